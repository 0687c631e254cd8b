#!/usr/bin/env bash
# A sweep killed with SIGKILL after some points are committed to --db, then run again with the
# same --db: every point is in the table exactly once, the rerun computed only the points that
# were missing (its first stderr line says how many were already there), and its CSV is byte for
# byte the CSV of an uninterrupted run without --db (docs/plan.md).
# Usage: bash sweep_resume.sh <colossus-binary> <source-dir>
set -u
colossus=$1
cd "$2" || exit 1
export COLOSSUS_DATA_DIR=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# 576 points, about 2 s of work: a kill sent within a poll of the third commit always lands before
# the last point (with the 24-point small.yaml, a fast machine finished before the kill).
spec=tests/scenarios/sweep/resume.yaml
fail() { echo "FAIL: $*"; exit 1; }

"$colossus" sweep "$spec" --threads 2 >"$tmp/reference.csv" || fail "the uninterrupted sweep"
total=$(($(wc -l <"$tmp/reference.csv") - 1))
[ "$total" -eq 576 ] || fail "expected 576 points (3 tp x 3 micro-batches x 32 batches x 2), got $total"

count() { sqlite3 "$tmp/sweep.sqlite" "SELECT count(*) FROM resume" 2>/dev/null || echo 0; }
"$colossus" sweep "$spec" --threads 1 --db "$tmp/sweep.sqlite" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 2000); do
  [ "$(count)" -ge 3 ] && break
  sleep 0.01
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
kept=$(count)
[ "$kept" -ge 3 ] || fail "expected at least 3 points committed before the kill, got $kept"
[ "$kept" -lt "$total" ] || fail "the sweep finished before the kill ($kept points): nothing resumed"

"$colossus" sweep "$spec" --threads 1 --db "$tmp/sweep.sqlite" >"$tmp/resumed.csv" 2>"$tmp/err" ||
  fail "the resumed sweep: $(cat "$tmp/err")"
expected="colossus sweep: $total points, $kept already in $tmp/sweep.sqlite, $((total - kept)) to compute on 1 rank(s)"
[ "$(head -1 "$tmp/err")" = "$expected" ] || fail "stderr: $(head -1 "$tmp/err"), expected: $expected"
[ "$(count)" -eq "$total" ] || fail "expected $total rows, got $(count)"
distinct=$(sqlite3 "$tmp/sweep.sqlite" "SELECT count(DISTINCT point) FROM resume")
[ "$distinct" -eq "$total" ] || fail "expected $total distinct points, got $distinct"
diff "$tmp/reference.csv" "$tmp/resumed.csv" >"$tmp/diff" || fail "rows differ: $(head -5 "$tmp/diff")"
echo "sweep_resume: killed after $kept of $total points; resumed with $((total - kept)); rows identical"
