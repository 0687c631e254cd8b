#!/usr/bin/env bash
# Scenario test of `colossus simulate`, as data, in tests/scenarios/simulate/:
#  - NAME.args + NAME.error: the command line must exit 2 with an empty stdout and print exactly
#    that one line on stderr (bad input);
#  - NAME.args + NAME.fields: `colossus simulate ARGS --json` must exit 0 with an empty stderr,
#    contain every line of NAME.fields that starts with '"' verbatim (stable layout fields, e.g.
#    `"tp": 8,`), and for every line `range KEY MIN MAX` have its first numeric "KEY" in
#    [MIN, MAX] (figures that calibration may move, checked for sanity rather than to the digit);
#  - NAME.args + NAME.contains: the text output must exit 0 and contain each line verbatim;
#  - every scenario file under examples/ must run (exit 0, empty stderr).
# Usage: bash simulate.sh <colossus-binary> <source-dir>
set -u
colossus=$1
srcdir=$2
cd "$srcdir" || exit 1
export COLOSSUS_DATA_DIR="$srcdir"
dir=tests/scenarios/simulate
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
checked=0

fail() {
  echo "FAIL $1"
  failures=$((failures + 1))
}

# Runs colossus simulate with the args of $1 plus extra args; sets rc, leaves out/err in $tmp.
run_args() {
  local args_file=$1
  shift
  local args=()
  read -r -a args <"$args_file" || true
  "$colossus" simulate "${args[@]}" "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
}

for args_file in "$dir"/*.args; do
  name=${args_file%.args}
  base=$(basename "$name")
  if [ -f "$name.error" ]; then
    checked=$((checked + 1))
    run_args "$args_file"
    if [ $rc -ne 2 ] || [ -s "$tmp/out" ] || ! diff -u "$name.error" "$tmp/err" >"$tmp/diff"; then
      fail "$base: exit code $rc (expected 2), stdout $(wc -c <"$tmp/out") bytes, stderr:"
      cat "$tmp/diff"
    fi
  fi
  if [ -f "$name.fields" ]; then
    checked=$((checked + 1))
    run_args "$args_file" --json
    if [ $rc -ne 0 ] || [ -s "$tmp/err" ]; then
      fail "$base --json: exit code $rc, stderr: $(cat "$tmp/err")"
      continue
    fi
    while IFS= read -r line; do
      case "$line" in
        \"*)
          grep -qF -- "$line" "$tmp/out" || fail "$base: JSON lacks the line: $line"
          ;;
        range\ *)
          read -r _ key lo hi <<<"$line"
          value=$(grep -m1 -oE "\"$key\": -?[0-9.eE+-]+" "$tmp/out" | sed 's/.*: //')
          if [ -z "$value" ]; then
            fail "$base: JSON lacks \"$key\""
          elif ! awk -v v="$value" -v lo="$lo" -v hi="$hi" 'BEGIN { exit !(v >= lo && v <= hi) }'; then
            fail "$base: \"$key\" = $value is outside [$lo, $hi]"
          fi
          ;;
      esac
    done <"$name.fields"
  fi
  if [ -f "$name.contains" ]; then
    checked=$((checked + 1))
    run_args "$args_file"
    if [ $rc -ne 0 ] || [ -s "$tmp/err" ]; then
      fail "$base: exit code $rc, stderr: $(cat "$tmp/err")"
      continue
    fi
    while IFS= read -r line; do
      grep -qF -- "$line" "$tmp/out" || fail "$base: output lacks the line: $line"
    done <"$name.contains"
  fi
  if [ ! -f "$name.error" ] && [ ! -f "$name.fields" ] && [ ! -f "$name.contains" ]; then
    fail "$base: no $name.error, .fields or .contains"
  fi
done

for example in examples/*.yaml; do
  [ -e "$example" ] || continue
  checked=$((checked + 1))
  "$colossus" simulate "$example" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  if [ $rc -ne 0 ] || [ -s "$tmp/err" ]; then
    fail "$example: exit code $rc, stderr: $(cat "$tmp/err")"
  fi
done

echo "simulate scenarios: $checked checked, $failures failed"
[ $failures -eq 0 ]
