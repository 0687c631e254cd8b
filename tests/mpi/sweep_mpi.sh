#!/usr/bin/env bash
# The same sweep in one process and under `mpirun -n 2` (oversubscribed, as root in CI): the CSV
# must be byte for byte the same, with and without --db, and so must a plan's (docs/plan.md). Registered only when the
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
# Under the sanitizer build, Open MPI's own MCA components leak at exit (LeakSanitizer reports
# them from libmpi and unloaded plugins, not from Colossus): leak checks stay on for the
# single-process run and are off for the ranks. A Release build ignores ASAN_OPTIONS.
mpi=(env "ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
  mpirun -n 2 --oversubscribe --allow-run-as-root -x COLOSSUS_DATA_DIR -x ASAN_OPTIONS)

"$colossus" sweep "$spec" --threads 1 >"$tmp/one.csv" || fail "the single-process sweep"
"${mpi[@]}" "$colossus" sweep "$spec" --threads 1 >"$tmp/two.csv" 2>"$tmp/err" ||
  fail "mpirun: $(tail -5 "$tmp/err")"
diff "$tmp/one.csv" "$tmp/two.csv" >"$tmp/diff" || fail "CSV differs: $(head -5 "$tmp/diff")"
"${mpi[@]}" "$colossus" sweep "$spec" --threads 1 --db "$tmp/s.sqlite" >"$tmp/db.csv" 2>"$tmp/err" ||
  fail "mpirun --db: $(tail -5 "$tmp/err")"
diff "$tmp/one.csv" "$tmp/db.csv" >"$tmp/diff" || fail "CSV with --db differs: $(head -5 "$tmp/diff")"
# plan: the ranks split the layouts (every N-th in search order); rank 0 prints the single process's search (the
# collective-cache line aside: each rank keeps its own cache).
plan=(plan --cluster eos-11616 --model llama3-8b --gpus 16 --global-batch 32 --seq-len 4096 --tp 4,8 --top 3 --threads 1)
"$colossus" "${plan[@]}" | grep -v '^  collectives' >"$tmp/plan-one.txt" || fail "plan"
"${mpi[@]}" "$colossus" "${plan[@]}" 2>"$tmp/err" | grep -v '^  collectives' >"$tmp/plan-two.txt" ||
  fail "mpirun plan: $(tail -5 "$tmp/err")"
diff "$tmp/plan-one.txt" "$tmp/plan-two.txt" >"$tmp/diff" || fail "plan differs: $(head -5 "$tmp/diff")"
echo "sweep_mpi: 2 ranks print the single process's sweep CSV (with and without --db) and plan"
