#!/usr/bin/env bash
# Issue 16's MPI goal: the speed-up of a 1,000-point sweep (bench/scenarios/sweep-1000.yaml) from
# one process to `mpirun -n 2` (one worker thread per rank, so the ranks are the only
# parallelism). Prints the wall and CPU seconds of each run (and of each rank), the speed-up
# (wall of one over wall of two; the goal is >= 1.7x), that both CSVs are byte for byte the same,
# and the load average before and after: the wall figure is fair only on an otherwise quiet
# machine (load below 1 on two cores); on a busy one, the CPU figure (one rank's CPU seconds over
# the busier rank's) says what two free cores would give. Usage: bash bench/sweep_mpi_speedup.sh [colossus-binary] (default build/colossus).
set -eu
cd "$(dirname "$0")/.."
colossus=$(realpath "${1:-build/colossus}")
export COLOSSUS_DATA_DIR=$PWD
spec=bench/scenarios/sweep-1000.yaml
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "%e %U %S" -o "$tmp/one.time" "$colossus" sweep "$spec" --threads 1 >"$tmp/one.csv"
# Each rank under its own /usr/bin/time too: its CPU seconds, whatever else the machine runs.
/usr/bin/time -f "%e %U %S" -o "$tmp/two.time" \
  mpirun -n 2 --oversubscribe --allow-run-as-root -x COLOSSUS_DATA_DIR \
  bash -c 'exec /usr/bin/time -f "%U %S" -o "$0/rank$OMPI_COMM_WORLD_RANK.time" "$@"' "$tmp" \
  "$colossus" sweep "$spec" --threads 1 >"$tmp/two.csv"
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
points=$(($(wc -l <"$tmp/one.csv") - 1))
read -r w1 u1 s1 <"$tmp/one.time"
read -r w2 u2 s2 <"$tmp/two.time"
cmp -s "$tmp/one.csv" "$tmp/two.csv" && same="byte-identical" || same="DIFFERENT"
echo "points: $points (CSV of 1 and 2 ranks: $same)"
echo "1 rank:  wall ${w1} s, CPU ${u1} s user + ${s1} s sys"
echo "2 ranks: wall ${w2} s, CPU ${u2} s user + ${s2} s sys"
read -r r0u r0s <"$tmp/rank0.time"
read -r r1u r1s <"$tmp/rank1.time"
echo "   rank 0: CPU ${r0u} s user + ${r0s} s sys; rank 1: CPU ${r1u} s user + ${r1s} s sys"
awk -v a="$w1" -v b="$w2" -v p="$points" \
  'BEGIN { printf "speed-up %.2fx by wall time (goal >= 1.7x); %.1f points/s on 1 rank, %.1f on 2\n", a / b, p / a, p / b }'
# On a loaded machine the wall figure measures the other jobs; the CPU one says what two free
# cores would give: one rank's CPU over the busier rank's (MPI start and gather included).
awk -v u="$u1" -v s="$s1" -v a="$r0u" -v b="$r0s" -v c="$r1u" -v d="$r1s" \
  'BEGIN { m = (a + b > c + d) ? a + b : c + d; printf "speed-up %.2fx by CPU time (1 rank %.1f s, busier of 2 ranks %.1f s)\n", (u + s) / m, u + s, m }'
[ "$same" = "byte-identical" ]
