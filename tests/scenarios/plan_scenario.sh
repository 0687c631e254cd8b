#!/usr/bin/env bash
# The winner `colossus plan --write-scenario` writes is a scenario `colossus simulate` reads, and
# simulating it gives the plan's winning step time exactly (the same simulation, the caches give
# the uncached figures): Llama 3 8B on 16 GPUs of Eos.
# Usage: bash plan_scenario.sh <colossus-binary> <source-dir>
set -u
colossus=$1
cd "$2" || exit 1
export COLOSSUS_DATA_DIR=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$colossus" plan --cluster eos-11616 --model llama3-8b --gpus 16 --global-batch 32 --seq-len 4096 \
  --top 1 --json --write-scenario "$tmp/best.yaml" >"$tmp/plan.json" || fail "plan"
"$colossus" simulate "$tmp/best.yaml" --json >"$tmp/sim.json" || fail "simulate the winner"
planned=$(grep -m1 '"step_time_s"' "$tmp/plan.json" | tr -d ' ,')
simulated=$(grep -m1 '"step_time_s"' "$tmp/sim.json" | tr -d ' ,')
[ -n "$planned" ] && [ "$planned" = "$simulated" ] || fail "plan $planned, simulate $simulated"
echo "plan_scenario: the written winner simulates to the plan's step ($planned)"
