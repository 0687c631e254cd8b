simulate --calibration tests/bad_specs/calibration_other_gpu.yaml
