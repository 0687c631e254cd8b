# Records colossus_transcript must fail, each with the message transcript_selftest.sh expects.
# A figure three times too large (as a collective made 3x slower would give).
$ colossus tests/tools/selftest/out.json
! json
> {"name": "x", "gpus": 8, "schema": "selftest/1", "step": {"phases": [1, 2, 3], "time_s": 0.5}}

# A relative difference of 1e-8, beyond the default tolerance 1e-9.
$ colossus tests/tools/selftest/out.json
! json
> {"name": "x", "gpus": 8, "schema": "selftest/1", "step": {"phases": [1, 2, 3], "time_s": 1.500000015}}

# A key the output lacks, and one it has that is not expected.
$ colossus tests/tools/selftest/out.json
! json
> {"name": "x", "gpus": 8, "schema": "selftest/1", "step": {"phases": [1, 2, 3], "bubble_s": 0.1}}

# An array of another length, an integer that differs, a string that differs.
$ colossus tests/tools/selftest/out.json
! json
> {"name": "z", "gpus": 9, "schema": "selftest/1", "step": {"phases": [1, 2], "time_s": 1.5}}

# Numbers: a figure 1e-8 off (beyond the default 1e-9), an integer in the text that differs (TP4
# for TP2), and a line too many.
$ colossus tests/tools/selftest/out.csv
! numbers
> point,step_time_s,layout,error
> 0,0.95689205246430504,"TP4 SP, ZeRO-1, micro-batch 1 x 4096 tokens",
> 1,,,small-job.yaml:6: parallelism.tp: tp * cp * pp = 3 * 1 * 1 = 3 must divide the 16 GPUs
> 2,1.5,,

# Text that differs in one line.
$ colossus tests/tools/selftest/out.txt
> line one
> line 2

# An unexpected exit code and stderr.
$ colossus tests/tools/selftest/missing
