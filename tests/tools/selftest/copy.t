# A record colossus_transcript must pass, run with `--colossus cp` so `colossus FROM TO` copies
# FROM to TO (tests/tools/transcript_selftest.sh): a file written under %t, compared as JSON, with
# an ignored value (/name: only its presence is checked).
$ colossus tests/tools/selftest/out.json %t/copy.json
! file %t/copy.json json
! ignore /name
f> {"gpus": 8, "name": "y", "schema": "selftest/1", "step": {"phases": [1, 2, 3], "time_s": 1.5}}
