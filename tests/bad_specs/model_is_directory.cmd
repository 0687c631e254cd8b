simulate --cluster selene-a100 --gpus 8 --global-batch 16 --model tests/bad_specs/folder.json
