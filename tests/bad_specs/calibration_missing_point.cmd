simulate --calibration tests/bad_specs/calibration_missing_point.yaml
