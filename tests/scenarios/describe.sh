#!/usr/bin/env bash
# Scenario test of `colossus describe`, as data: for every cluster preset in presets/clusters/
# and every cluster file in tests/scenarios/describe/*.yaml, the output must equal
# tests/scenarios/describe/<name>.expected byte for byte (exit code 0, nothing on stderr); the
# JSON of <name> must equal <name>.json.expected where that file exists. A preset without an
# expected file, or an expected file without its cluster, fails too.
#
# Usage: bash describe.sh <colossus-binary> <source-dir>
# After a deliberate change, UPDATE=1 rewrites the expected files; check the diff by hand.
set -u
colossus=$1
srcdir=$2
cd "$srcdir" || exit 1
export COLOSSUS_DATA_DIR="$srcdir"
dir=tests/scenarios/describe
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failures=0
checked=0
# Runs `colossus describe ARG [FLAGS]` and compares it with EXPECTED.
check() {
  local expected=$1
  shift
  checked=$((checked + 1))
  "$colossus" describe "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ "${UPDATE:-0}" = 1 ] && [ $rc -eq 0 ]; then
    cp "$tmp/out" "$expected"
  fi
  if [ $rc -ne 0 ] || [ -s "$tmp/err" ]; then
    echo "FAIL describe $*: exit code $rc, stderr: $(cat "$tmp/err")"
    failures=$((failures + 1))
  elif [ ! -f "$expected" ]; then
    echo "FAIL describe $*: no $expected (run with UPDATE=1, then check it by hand)"
    failures=$((failures + 1))
  elif ! diff -u "$expected" "$tmp/out" >"$tmp/diff"; then
    echo "FAIL describe $*: output differs from $expected:"
    cat "$tmp/diff"
    failures=$((failures + 1))
  fi
}

names=()
for preset in presets/clusters/*.yaml; do
  name=$(basename "$preset" .yaml)
  names+=("$name")
  check "$dir/$name.expected" "$name"
done
for file in "$dir"/*.yaml; do
  [ -e "$file" ] || continue
  name=$(basename "$file" .yaml)
  names+=("$name")
  check "$dir/$name.expected" "$file"
done
for json in "$dir"/*.json.expected; do
  [ -e "$json" ] || continue
  name=$(basename "$json" .json.expected)
  arg=$name
  [ -f "$dir/$name.yaml" ] && arg=$dir/$name.yaml
  check "$json" "$arg" --json
done

# Expected files whose cluster is gone are stale.
for expected in "$dir"/*.expected; do
  name=$(basename "$expected" .expected)
  name=${name%.json}
  found=0
  for n in "${names[@]}"; do [ "$n" = "$name" ] && found=1; done
  if [ $found -eq 0 ]; then
    echo "FAIL $expected: no cluster preset or file named $name"
    failures=$((failures + 1))
  fi
done

if [ $checked -eq 0 ]; then
  echo "FAIL: no clusters to describe"
  exit 1
fi
echo "describe: $checked checked, $failures failed"
[ $failures -eq 0 ]
