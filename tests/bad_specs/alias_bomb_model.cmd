simulate --cluster selene-a100 --model tests/bad_specs/alias_bomb_model.yaml
