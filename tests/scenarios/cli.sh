#!/usr/bin/env bash
# Scenario test of the `colossus` command line itself (src/cli/main.cpp): no subcommand prints the
# short usage and exits 2; `help`, `help SUBCOMMAND`, `--version` and `-V` exit 0; a mistyped
# subcommand or long flag is one line with "did you mean" and exit 2; output that cannot be written
# (stdout on /dev/full, or closed) is one line on stderr and exit 1, not a silent exit 0.
# Usage: bash cli.sh <colossus-binary> <source-dir>
set -u
colossus=$1
cd "$2" || exit 1
export COLOSSUS_DATA_DIR=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
cases=0

# expect CODE STDOUT-GREP STDERR-LINE ARGS...: the exit code, a line stdout must contain (or ""
# for empty) and stderr exactly (or "*" for anything).
expect() {
  local code=$1 out=$2 err=$3
  shift 3
  cases=$((cases + 1))
  "$colossus" "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ $rc -ne "$code" ] ||
    { [ -n "$out" ] && ! grep -qF -- "$out" "$tmp/out"; } ||
    { [ -z "$out" ] && [ -s "$tmp/out" ]; } ||
    { [ "$err" != "*" ] && [ "$(cat "$tmp/err")" != "$err" ]; }; then
    echo "FAIL colossus $*: exit $rc (expected $code), stdout: $(head -3 "$tmp/out"), stderr: $(cat "$tmp/err")"
    failures=$((failures + 1))
  fi
}

expect 2 "" "*" # no subcommand: the usage on stderr
grep -q "^  simulate " "$tmp/err" || { echo "FAIL colossus: the usage does not list simulate"; failures=$((failures + 1)); }
expect 0 "Subcommands:" "" help
expect 0 "--tokens" "" help simulate
expect 0 "colossus 0." "" --version
expect 0 "(git " "" -V
expect 2 "" "<command line>: unknown subcommand 'simulat'; did you mean 'simulate'?" simulat
expect 2 "" "<command line>: unknown subcommand 'bogus'; expected one of presets, describe, collective, simulate, campaign, validate, compare, serve, calibration-shapes, plan, sweep, help" bogus
expect 2 "" "<command line>: unknown subcommand 'bogus'; expected one of presets, describe, collective, simulate, campaign, validate, compare, serve, calibration-shapes, plan, sweep, help" help bogus
expect 2 "" "<command line>: unknown option --rank for collective; did you mean --ranks?" collective --rank 8

# Output that is lost is an error: a full disk, a closed stdout.
for args in "describe memphis-100k" "simulate" "collective" "help"; do
  cases=$((cases + 1))
  # shellcheck disable=SC2086
  "$colossus" $args >/dev/full 2>"$tmp/err"
  rc=$?
  if [ $rc -ne 1 ] || [ "$(wc -l <"$tmp/err")" -ne 1 ] || ! grep -q "could not write the output" "$tmp/err"; then
    echo "FAIL colossus $args >/dev/full: exit $rc (expected 1), stderr: $(cat "$tmp/err")"
    failures=$((failures + 1))
  fi
  cases=$((cases + 1))
  # shellcheck disable=SC2086
  "$colossus" $args >&- 2>"$tmp/err"
  rc=$?
  if [ $rc -ne 1 ] || [ "$(wc -l <"$tmp/err")" -ne 1 ]; then
    echo "FAIL colossus $args with stdout closed: exit $rc (expected 1), stderr: $(cat "$tmp/err")"
    failures=$((failures + 1))
  fi
done

echo "cli: $((cases - failures)) of $cases cases passed"
[ "$failures" -eq 0 ]
