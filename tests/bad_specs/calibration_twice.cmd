simulate --calibration tests/bad_specs/calibration_twice.yaml
