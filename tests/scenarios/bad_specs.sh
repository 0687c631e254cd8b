#!/usr/bin/env bash
# Bad specs must be rejected cleanly: for each tests/bad_specs/NAME.expected, runs
# `colossus describe NAME.yaml` (or `colossus describe $(cat NAME.args)`) from the source
# directory and checks exit code 2, an empty stdout, and stderr equal to the expected line.
# Usage: bash bad_specs.sh <colossus-binary> <source-dir>
set -u
colossus=$(realpath "$1")
cd "$2" || exit 1
failures=0
cases=0
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
for expected in tests/bad_specs/*.expected; do
  name=${expected%.expected}
  cases=$((cases + 1))
  if [ -f "$name.yaml" ]; then
    arg="$name.yaml"
  elif [ -f "$name.args" ]; then
    arg=$(cat "$name.args")
  else
    echo "FAIL $name: no $name.yaml or $name.args"
    failures=$((failures + 1))
    continue
  fi
  "$colossus" describe "$arg" >"$out" 2>"$err"
  rc=$?
  if [ "$rc" -ne 2 ]; then
    echo "FAIL $name: exit code $rc, expected 2"
    cat "$err"
    failures=$((failures + 1))
  elif [ -s "$out" ]; then
    echo "FAIL $name: stdout is not empty"
    head -5 "$out"
    failures=$((failures + 1))
  elif ! diff -u "$expected" "$err" >/dev/null; then
    echo "FAIL $name: stderr differs from $expected"
    diff -u "$expected" "$err"
    failures=$((failures + 1))
  fi
done
echo "bad_specs: $((cases - failures)) of $cases cases passed"
[ "$failures" -eq 0 ]
