simulate --calibration tests/bad_specs/calibration_unknown_gpu.yaml
