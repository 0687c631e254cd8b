#!/usr/bin/env bash
# The same sweep in one process and under `mpirun -n 2` (oversubscribed, as root in CI): the CSV
# must be byte for byte the same, with and without --db (docs/plan.md). Registered only when the
# build has MPI (tests/CMakeLists.txt).
# Usage: bash sweep_mpi.sh <colossus-binary> <source-dir>
set -u
colossus=$1
cd "$2" || exit 1
export COLOSSUS_DATA_DIR=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
spec=tests/scenarios/sweep/small.yaml
fail() { echo "FAIL: $*"; exit 1; }
mpi=(mpirun -n 2 --oversubscribe --allow-run-as-root -x COLOSSUS_DATA_DIR)

"$colossus" sweep "$spec" --threads 1 >"$tmp/one.csv" || fail "the single-process sweep"
"${mpi[@]}" "$colossus" sweep "$spec" --threads 1 >"$tmp/two.csv" 2>"$tmp/err" ||
  fail "mpirun: $(tail -5 "$tmp/err")"
diff "$tmp/one.csv" "$tmp/two.csv" >"$tmp/diff" || fail "CSV differs: $(head -5 "$tmp/diff")"
"${mpi[@]}" "$colossus" sweep "$spec" --threads 1 --db "$tmp/s.sqlite" >"$tmp/db.csv" 2>"$tmp/err" ||
  fail "mpirun --db: $(tail -5 "$tmp/err")"
diff "$tmp/one.csv" "$tmp/db.csv" >"$tmp/diff" || fail "CSV with --db differs: $(head -5 "$tmp/diff")"
echo "sweep_mpi: 2 ranks print the single process's CSV, with and without --db"
