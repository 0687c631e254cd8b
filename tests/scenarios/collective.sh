#!/usr/bin/env bash
# Scenario test of `colossus collective`, as data: each tests/scenarios/collective/NAME.args is
# one command line. With NAME.expected, the command must exit 0 with nothing on stderr and print
# exactly that table. With NAME.error, it must exit 2 with an empty stdout and exactly that one
# line on stderr (bad input: unknown op or algorithm, too many ranks, bad sizes, a size beyond its
# range, too many rows, ...). Tables are in nccl-tests' format (size, count, type, redop, root,
# then out-of-place and in-place time, algbw, busbw, #wrong) and are also checked for its
# definitions: busbw / algbw is 2(n-1)/n for all_reduce, (n-1)/n for all_gather, reduce_scatter
# and all_to_all (to the printed precision). Last, -J FILE must write nccl-tests' JSON shape.
#
# Usage: bash collective.sh <colossus-binary> <source-dir>
# After a deliberate change, UPDATE=1 rewrites the .expected files; check the diff by hand.
set -u
colossus=$1
srcdir=$2
cd "$srcdir" || exit 1
export COLOSSUS_DATA_DIR="$srcdir"
dir=tests/scenarios/collective
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failures=0
cases=0
for args_file in "$dir"/*.args; do
  name=${args_file%.args}
  cases=$((cases + 1))
  read -r -a args <"$args_file"
  "$colossus" collective "${args[@]}" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  if [ -f "$name.error" ]; then
    if [ $rc -ne 2 ] || [ -s "$tmp/out" ] || ! diff -u "$name.error" "$tmp/err" >/dev/null; then
      echo "FAIL $name: exit code $rc (expected 2), stderr:"
      diff -u "$name.error" "$tmp/err"
      failures=$((failures + 1))
    fi
    continue
  fi
  if [ "${UPDATE:-0}" = 1 ] && [ $rc -eq 0 ]; then cp "$tmp/out" "$name.expected"; fi
  if [ $rc -ne 0 ] || [ -s "$tmp/err" ]; then
    echo "FAIL $name: exit code $rc, stderr: $(cat "$tmp/err")"
    failures=$((failures + 1))
  elif [ ! -f "$name.expected" ]; then
    echo "FAIL $name: no $name.expected (or $name.error)"
    failures=$((failures + 1))
  elif ! diff -u "$name.expected" "$tmp/out" >/dev/null; then
    echo "FAIL $name: output differs from $name.expected"
    diff -u "$name.expected" "$tmp/out"
    failures=$((failures + 1))
  else
    # busbw / algbw against the definition, on rows where algbw is printed with 3+ digits.
    ranks=$(sed -n 's/.*, \([0-9]*\) ranks x.*/\1/p' "$tmp/out")
    op=$(sed -n 's/^# colossus collective: \([a-z_]*\) on.*/\1/p' "$tmp/out")
    bad=$(awk -v n="$ranks" -v op="$op" '
      !/^#/ && $7 >= 10 {
        f = (op == "all_reduce") ? 2 * (n - 1) / n : (op == "broadcast" || op == "send_recv") ? 1 : (n - 1) / n
        if ($8 / $7 < f * 0.99 || $8 / $7 > f * 1.01) print
      }' "$tmp/out")
    if [ -n "$bad" ]; then
      echo "FAIL $name: busbw / algbw is not the nccl-tests factor on: $bad"
      failures=$((failures + 1))
    fi
  fi
done
# -J FILE writes nccl-tests' JSON (its util.cu): the top-level keys in its order, and per result
# the size and count of the table (16 ranks, 1 MiB all_gather of float: 16384 elements per rank)
# with out_of_place and in_place timings whose nwrong is null (nothing is checked).
cases=$((cases + 1))
"$colossus" collective --cluster memphis-100k --op all_gather --ranks 16 -b 1M -e 2M \
  -J "$tmp/ag.json" >"$tmp/out" 2>"$tmp/err"
if ! python3 - "$tmp/ag.json" "$tmp/out" <<'EOF'; then
import json, sys
d = json.load(open(sys.argv[1]))
keys = ["version", "start_time", "args", "env", "nccl_version", "config", "results",
        "out_of_bounds", "average_bus_bandwidth", "errors", "end_time"]
assert list(d) == keys, list(d)
assert d["version"] == 3 and len(d["config"]["devices"]) == 16, d["config"]
rows = [l.split() for l in open(sys.argv[2]) if not l.startswith("#") and l.strip()]
assert len(d["results"]) == len(rows) == 2, rows
for r, row in zip(d["results"], rows):
    assert (r["size"], r["count"], r["type"], r["redop"], r["root"]) == (
        int(row[0]), int(row[1]), row[2], row[3], "    -1"), (r, row)
    for place, first in (("out_of_place", 5), ("in_place", 9)):
        t = r[place]
        assert sorted(t) == ["alg_bw", "bus_bw", "nwrong", "time"] and t["nwrong"] is None, t
        assert f"{t['time']:.2f}" == row[first] and f"{t['bus_bw']:.2f}" == row[first + 2], (t, row)
assert d["results"][0]["count"] == 16384
assert d["out_of_bounds"] == {"count": 0, "okay": True}
EOF
  echo "FAIL -J: the JSON is not nccl-tests' shape or disagrees with the table"
  failures=$((failures + 1))
fi

echo "collective: $((cases - failures)) of $cases cases passed"
[ "$failures" -eq 0 ]
