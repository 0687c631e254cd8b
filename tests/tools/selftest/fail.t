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

# Text that differs in one line.
$ colossus tests/tools/selftest/out.txt
> line one
> line 2

# An unexpected exit code and stderr.
$ colossus tests/tools/selftest/missing
