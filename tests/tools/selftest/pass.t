# Records colossus_transcript must pass, run with `--colossus cat` so `colossus FILE` prints FILE
# (tests/tools/transcript_selftest.sh). Keys in another order, 1.5 within 1e-6 of 1.5000001.
$ colossus tests/tools/selftest/out.json
! json 1e-6
> {"name": "x", "gpus": 8, "schema": "selftest/1", "step": {"phases": [1, 2, 3], "time_s": 1.5000001}}

# CSV with a 17-digit figure, compared as numbers: the shortest spelling of the same double (a
# last digit another compiler may print otherwise) is within the default 1e-9.
$ colossus tests/tools/selftest/out.csv
! numbers
> point,step_time_s,layout,error
> 0,0.956892042464305,"TP2 SP, ZeRO-1, micro-batch 1 x 4096 tokens",
> 1,,,small-job.yaml:6: parallelism.tp: tp * cp * pp = 3 * 1 * 1 = 3 must divide the 16 GPUs

# Text, exactly.
$ colossus tests/tools/selftest/out.txt
> line one
> line two

# A failing command with its exit code and stderr.
$ colossus tests/tools/selftest/missing
! exit 1
2> colossus: tests/tools/selftest/missing: No such file or directory
