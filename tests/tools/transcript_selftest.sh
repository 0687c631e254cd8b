#!/usr/bin/env bash
# Self-test of colossus_transcript (tests/tools/transcript.cpp), run with `cat` as the command so
# each record's output is a fixture file: selftest/pass.t must pass, and selftest/copy.t with `cp` (a file written under %t); every record of
# selftest/fail.t must fail with the message below (a 3x figure, a 1e-8 difference beyond the
# default 1e-9, a missing and an extra key, array length, integer and string, a text line, an exit
# code, and under `! numbers` a decimal 1e-8 off, an integer in the text and a line count); and UPDATE=1 must rewrite fail.t so that it then passes.
# Usage: bash transcript_selftest.sh <colossus_transcript-binary> <source-dir>
set -u
tool=$(realpath "$1")
cd "$2" || exit 1
dir=tests/tools/selftest
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
  echo "FAIL $1"
  failures=$((failures + 1))
}

"$tool" --colossus "$(command -v cat)" --source-dir . "$dir/pass.t" >"$tmp/out" 2>&1 ||
  fail "pass.t does not pass: $(cat "$tmp/out")"
"$tool" --colossus "$(command -v cp)" --source-dir . "$dir/copy.t" >"$tmp/out" 2>&1 ||
  fail "copy.t does not pass: $(cat "$tmp/out")"

"$tool" --colossus "$(command -v cat)" --source-dir . "$dir/fail.t" >"$tmp/out" 2>&1
[ $? -eq 1 ] || fail "fail.t: exit code is not 1"
for message in \
  "/step/time_s: expected 0.5, got 1.5 (relative difference 0.667)" \
  "/step/time_s: expected 1.500000015, got 1.5 (relative difference 1e-08)" \
  "/step/bubble_s: missing (expected 0.1)" \
  "/step/time_s: extra key (got 1.5)" \
  "/step/phases: expected 2 elements, got 3" \
  "/gpus: expected 9, got 8" \
  '/name: expected "z", got "x"' \
  "- line 2" \
  "+ line two" \
  "exit code 1, expected 0" \
  "+ colossus: tests/tools/selftest/missing: No such file or directory" \
  "line 2: expected 0.95689205246430504, got 0.95689204246430504 (relative difference 1.05e-08)" \
  "line 2: expected '0,0.95689205246430504,\"TP4 SP" \
  "expected 4 lines, got 3" \
  "fail.t: 0 of 7 records passed"; do
  grep -qF -- "$message" "$tmp/out" || fail "fail.t: the report lacks: $message"
done

cp "$dir/fail.t" "$tmp/fail.t"
UPDATE=1 "$tool" --colossus "$(command -v cat)" --source-dir . "$tmp/fail.t" >"$tmp/out" 2>&1 ||
  fail "UPDATE=1 exit code is not 0: $(cat "$tmp/out")"
"$tool" --colossus "$(command -v cat)" --source-dir . "$tmp/fail.t" >"$tmp/out" 2>&1 ||
  fail "fail.t after UPDATE=1 does not pass: $(cat "$tmp/out")"
grep -q "^# A figure three times too large" "$tmp/fail.t" || fail "UPDATE=1 lost the comments"

if [ $failures -ne 0 ]; then cat "$tmp/out"; fi
echo "transcript self-test: $failures failed"
[ $failures -eq 0 ]
