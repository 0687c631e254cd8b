simulate --cluster selene-a100 --model tests/bad_specs/self_alias_model.yaml
