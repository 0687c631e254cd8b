simulate --calibration tests/bad_specs/calibration_no_attention_table.yaml
