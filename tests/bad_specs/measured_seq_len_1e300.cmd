validate --measured tests/bad_specs/measured_seq_len_1e300.json
