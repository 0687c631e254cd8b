simulate tests/bad_specs/lora_rank_zero.yaml
