#!/usr/bin/env bash
# The committed sweep files of tools/calibrate/sweeps/ (the shapes run_on_device.sh measures on a
# GPU, where no colossus binary runs) must be what `colossus calibration-shapes --sweep` prints
# for their model, TP size and sequence length, named MODEL_tpT_seqS.txt: regenerate and compare.
# Usage: calibration_sweeps.sh <colossus> <source-dir>
set -euo pipefail
colossus=$1
cd "$2"
status=0
count=0
for file in tools/calibrate/sweeps/*.txt; do
  name=$(basename "$file" .txt)
  model=${name%%_tp*}
  rest=${name#"$model"_tp}
  tp=${rest%%_seq*}
  seq=${rest#*_seq}
  if ! diff -u "$file" <("$colossus" calibration-shapes --model "$model" --tp "$tp" \
                          --seq-len "$seq" --sweep); then
    echo "FAIL: $file differs from colossus calibration-shapes --model $model --tp $tp --seq-len $seq --sweep"
    status=1
  fi
  count=$((count + 1))
done
[ "$count" -ge 4 ] || { echo "FAIL: expected the 4 sweep files of run_on_device.sh, found $count"; exit 1; }
echo "$count sweep files match"
exit $status
