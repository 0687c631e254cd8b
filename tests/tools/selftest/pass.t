# Records colossus_transcript must pass, run with `--colossus cat` so `colossus FILE` prints FILE
# (tests/tools/transcript_selftest.sh). Keys in another order, 1.5 within 1e-6 of 1.5000001.
$ colossus tests/tools/selftest/out.json
! json 1e-6
> {"name": "x", "gpus": 8, "schema": "selftest/1", "step": {"phases": [1, 2, 3], "time_s": 1.5000001}}

# Text, exactly.
$ colossus tests/tools/selftest/out.txt
> line one
> line two

# A failing command with its exit code and stderr.
$ colossus tests/tools/selftest/missing
! exit 1
2> colossus: tests/tools/selftest/missing: No such file or directory
