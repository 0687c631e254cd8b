simulate --calibration tests/bad_specs/calibration_above_peak.yaml
