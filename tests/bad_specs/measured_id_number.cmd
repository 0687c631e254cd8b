validate --measured tests/bad_specs/measured_id_number.json
