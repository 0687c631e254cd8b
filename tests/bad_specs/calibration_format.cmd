simulate --calibration tests/bad_specs/calibration_format.yaml
