#!/usr/bin/env bash
# Scenario test of `colossus validate`: the full table prints a median and maximum |error| and
# the skipped rows and exits 0; --row limits it to one row; --json is valid JSON with a summary;
# an unknown row id is one line on stderr and exit code 2.
# Usage: bash validate.sh <colossus-binary> <source-dir>
set -u
bin="$1"
src="$2"
cd "$src" || exit 1
fail=0
check() {  # check NAME CONDITION-EXIT-CODE
  if [ "$2" -ne 0 ]; then
    echo "FAIL: $1"
    fail=1
  else
    echo "ok: $1"
  fi
}

out=$("$bin" validate 2>/tmp/validate_err.$$)
check "validate exits 0" $?
echo "$out" | grep -Eq '^[0-9]+ rows compared: median \|error\| [0-9.]+%, max \|error\| [0-9.]+%'
check "prints the median and max |error|" $?
echo "$out" | grep -q 'nemo-26.06-dgx-gb200-llama-31-405b-256gpu: GB200'
check "lists skipped rows with their reason" $?
echo "$out" | grep -q 'nccl-allreduce-8xh100-nvls'
check "prints the collective calibration rows" $?

out=$("$bin" validate --row megatron-a100-gpt3-175b-1024gpu)
check "--row exits 0" $?
[ "$(echo "$out" | grep -c '^megatron-a100-')" -eq 1 ]
check "--row prints exactly that row" $?
echo "$out" | grep -q '^1 rows compared'
check "--row summarises one row" $?

json=$("$bin" validate --json --row mpt-7b-h100-128gpu)
check "--json exits 0" $?
echo "$json" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["rows"]==1 and d["rows"][0]["id"]=="mpt-7b-h100-128gpu" and "predicted_tflops_per_gpu" in d["rows"][0]'
check "--json holds the row and the summary" $?

out=$("$bin" validate --row nosuch 2>/tmp/validate_err.$$)
code=$?
[ $code -eq 2 ]
check "unknown row exits 2" $?
[ -z "$out" ] && [ "$(wc -l < /tmp/validate_err.$$)" -eq 1 ] && grep -q 'no training-throughput row "nosuch"' /tmp/validate_err.$$
check "unknown row is one line on stderr" $?
rm -f /tmp/validate_err.$$
exit $fail
