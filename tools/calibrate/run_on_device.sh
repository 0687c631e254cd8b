#!/usr/bin/env bash
# The one prepared GPU run of issue 18: on a machine with one NVIDIA Hopper GPU (the device
# tool's `run`, which sets $OUT), from the repository root:
#   bash tools/calibrate/run_on_device.sh [GPU_PRESET]
# builds tools/calibrate/calibrate.cu with nvcc (cuBLASLt), measures the copy bandwidth, the
# launch overhead and the GEMM grid of the committed sweep files (tools/calibrate/sweeps/, from
# `colossus calibration-shapes --sweep`: Llama 3 8B at TP 1 and Llama 3 70B at TP 8, sequence
# 4096 and 8192), appends the flash-attention table (attention.py, PyTorch SDPA's FlashAttention-2
# backend), and times the four real layers of the sweep files forward and backward (layers.py).
# Writes under $OUT: profile.yaml (the calibration profile), layers.json (the layer timings),
# env.txt (GPU, driver, nvcc, PyTorch), run.log (everything printed). Each stage has its own
# time limit inside CALIBRATE_LIMIT_S (default 300 s) so that the whole run, machine start
# included, leaves room in a 15-minute lease to run it again. Nothing here changes the GPU's
# settings (no clocks, power or reset). GPU_PRESET defaults to the preset matching the GPU's name
# (h100-sxm or h200-sxm).
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-/tmp/colossus-calibrate-out}
mkdir -p "$OUT"
LIMIT=${CALIBRATE_LIMIT_S:-300}
WORK=$(mktemp -d)
exec > >(tee "$OUT/run.log") 2>&1
start=$(date +%s)
left() { echo $((LIMIT - ($(date +%s) - start))); }

name=$(nvidia-smi --query-gpu=name --format=csv,noheader | head -1)
driver=$(nvidia-smi --query-gpu=driver_version --format=csv,noheader | head -1)
preset=${1:-}
if [ -z "$preset" ]; then
  case "$name" in
    *H200*) preset=h200-sxm ;;
    *H100*HBM3*|*H100*SXM*) preset=h100-sxm ;;
    *) echo "run_on_device.sh: no preset known for GPU '$name'; give one as the argument"; exit 2 ;;
  esac
fi
torch_version=$(python3 -c 'import torch; print(torch.__version__)' 2>/dev/null || echo "")
{
  echo "gpu: $name"; echo "driver: $driver"; echo "preset: $preset"
  echo "torch: ${torch_version:-none}"
  nvcc --version | tail -2
  nvidia-smi --query-gpu=clocks.sm,clocks.max.sm,clocks.mem,power.limit,temperature.gpu \
    --format=csv
} > "$OUT/env.txt"
cat "$OUT/env.txt"

sweeps=()
for f in tools/calibrate/sweeps/*.txt; do sweeps+=(--sweep "$f"); done

echo "== build ($(left) s left)"
build() {  # build LIBRARY [nvcc flags...]
  local lib=$1
  shift
  timeout 120 nvcc -O2 -std=c++17 -gencode=arch=compute_90,code=sm_90 "$@" \
    tools/calibrate/calibrate.cu "$lib" -o "$WORK/colossus-calibrate"
}
if ! build -lcublasLt; then
  # No cuBLAS in the toolkit: PyTorch's wheel (nvidia-cublas) carries it.
  cublas=$(python3 -c 'import nvidia.cublas; print(list(nvidia.cublas.__path__)[0])' \
           2>/dev/null || true)
  lib=$(ls "$cublas"/lib/libcublasLt.so* 2>/dev/null | head -1)
  if [ -n "$lib" ] && build "$lib" -I"$cublas/include"; then
    export LD_LIBRARY_PATH="$cublas/lib:${LD_LIBRARY_PATH:-}"
  else
    echo "build failed"
    exit 1
  fi
fi

echo "== copy, launch, GEMM grid ($(left) s left)"
gemm_limit=$(( $(left) - 90 ))
timeout $((gemm_limit + 30)) "$WORK/colossus-calibrate" "${sweeps[@]}" --gpu "$preset" \
  --driver "$driver" --torch "$torch_version" --attention-kernel flash2 \
  --time-limit "$gemm_limit" --out "$WORK/profile.yaml"
gemm_rc=$?
echo "colossus-calibrate exit $gemm_rc"

echo "== attention ($(left) s left)"
if [ "$gemm_rc" -eq 0 ]; then
  PYTHONUNBUFFERED=1 timeout 60 python3 tools/calibrate/attention.py "${sweeps[@]}" \
    --out "$WORK/profile.yaml" && cp "$WORK/profile.yaml" "$OUT/profile.yaml"
else
  cp "$WORK/profile.yaml" "$OUT/profile-incomplete.yaml"
fi

echo "== layers ($(left) s left)"
PYTHONUNBUFFERED=1 timeout $(( $(left) > 20 ? $(left) : 20 )) python3 tools/calibrate/layers.py \
  "${sweeps[@]}" --out "$OUT/layers.json"

echo "== done in $(( $(date +%s) - start )) s"
ls -l "$OUT"
grep -c "dtype: bf16" "$OUT/profile.yaml" 2>/dev/null | sed 's/^/bf16 GEMM points: /'
grep -c "dtype: fp8" "$OUT/profile.yaml" 2>/dev/null | sed 's/^/fp8 GEMM points: /'
grep -c "pass:" "$OUT/profile.yaml" 2>/dev/null | sed 's/^/attention points: /'
grep -E "hbm_copy|launch_overhead" "$OUT/profile.yaml" 2>/dev/null
cat "$OUT/layers.json" 2>/dev/null | python3 -c 'import json,sys
for r in json.load(sys.stdin): print("%-10s tp %d seq %5d: fwd %.3f ms, fwd+bwd %.3f ms" % (r["model"], r["tp"], r["seq"], r["forward_ms"], r["forward_backward_ms"]))'
