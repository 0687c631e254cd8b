#!/usr/bin/env python3
"""Flash-attention throughput for a Colossus calibration profile (docs/calibration_profile.md).

Times PyTorch's scaled_dot_product_attention with the FlashAttention-2 backend forced
(torch.nn.attention.SDPBackend.FLASH_ATTENTION: the profile then says attention_kernel: flash2,
the class the compute model's fitted efficiencies describe), forward and backward, causal and
not, on the grid of sequence lengths and head dims of the sweep files (`seq` and `head_dim`
lines of `colossus calibration-shapes --sweep`), BF16, and appends the profile's `attention:`
table to --out. FLOPs are counted as the compute model counts them: forward 4 * s^2 * d per
head and sequence, halved when causal; backward 2.5x forward. Inputs are random; each point is
warmed up and timed with CUDA events over batches of at least ~2 ms; the median batch counts.
"""
import argparse
import sys

import torch
from torch.nn.attention import SDPBackend, sdpa_kernel


def read_axes(files):
    seqs, dims = set(), set()
    for name in files:
        with open(name) as f:
            for line in f:
                words = line.split()
                if not words:
                    continue
                if words[0] == "seq":
                    seqs.update(int(round(float(w))) for w in words[1:])
                elif words[0] == "head_dim":
                    dims.update(int(round(float(w))) for w in words[1:])
    if not seqs or not dims:
        sys.exit("attention.py: the sweep files have no seq or head_dim line")
    return sorted(seqs), sorted(dims)


def median_time(fn, batch_ms=2.0, batches=3):
    """Median per-call seconds of fn over timed batches, after a warm-up."""
    fn()
    torch.cuda.synchronize()
    start, stop = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    start.record()
    fn()
    stop.record()
    stop.synchronize()
    reps = max(1, min(1000, int(batch_ms / max(start.elapsed_time(stop), 1e-3)) + 1))
    times = []
    for _ in range(batches):
        start.record()
        for _ in range(reps):
            fn()
        stop.record()
        stop.synchronize()
        times.append(start.elapsed_time(stop) / 1e3 / reps)
    return sorted(times)[len(times) // 2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sweep", action="append", required=True)
    ap.add_argument("--out", required=True, help="profile file to append the table to")
    ap.add_argument("--tokens", type=int, default=32768,
                    help="batch x heads x seq per launch, to fill the GPU (default 32768 x 16)")
    args = ap.parse_args()
    seqs, dims = read_axes(args.sweep)
    torch.manual_seed(0)
    lines = ["attention:"]
    for backward in (False, True):
        for causal in (True, False):
            for seq in seqs:
                for d in dims:
                    batch = max(1, args.tokens // seq)
                    heads = 16
                    shape = (batch, heads, seq, d)
                    q, k, v = (torch.randn(shape, device="cuda", dtype=torch.bfloat16,
                                           requires_grad=backward) for _ in range(3))
                    with sdpa_kernel(SDPBackend.FLASH_ATTENTION):
                        if backward:
                            out = torch.nn.functional.scaled_dot_product_attention(
                                q, k, v, is_causal=causal)
                            grad = torch.randn_like(out)
                            fn = lambda: torch.autograd.grad(out, (q, k, v), grad,
                                                             retain_graph=True)
                        else:
                            fn = lambda: torch.nn.functional.scaled_dot_product_attention(
                                q, k, v, is_causal=causal)
                        t = median_time(fn)
                    flop = 4.0 * seq * seq * d * batch * heads * (0.5 if causal else 1.0)
                    if backward:
                        flop *= 2.5
                    lines.append("  - {pass: %s, causal: %s, seq: %d, head_dim: %d, tflops: %.2f}"
                                 % ("bwd" if backward else "fwd", "true" if causal else "false",
                                    seq, d, flop / t / 1e12))
                    del q, k, v
            print("attention %s %s done" % ("bwd" if backward else "fwd",
                                            "causal" if causal else "full"), file=sys.stderr)
    with open(args.out, "a") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
