#!/usr/bin/env python3
"""Times real transformer layers on one GPU, forward and forward + backward, BF16, for the
measured-layer comparison of docs/compute_model.md.

Each `layer` line of the sweep files (`colossus calibration-shapes --sweep`) describes one GPU's
share of a Llama-style layer under tensor parallelism: hidden size, query and KV heads on this
GPU, head dim, FFN width on this GPU, gated (SwiGLU) or not, sequence length and micro-batch.
The layer is plain PyTorch: RMSNorm, fused QKV projection, rotary embedding, FlashAttention-2
through scaled_dot_product_attention (causal; GQA without copying K and V where PyTorch allows),
output projection, residual, RMSNorm, fused gate/up projection, SiLU x up, down projection,
residual. No communication: what a TP rank computes between its collectives. Weights and the
input are random; each layer is warmed up and timed with CUDA events, median of the batches.
Writes one JSON object per layer to --out.
"""
import argparse
import json
import sys

import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel


def read_layers(files):
    layers = []
    for name in files:
        with open(name) as f:
            for line in f:
                words = line.split()
                if words and words[0] == "layer":
                    spec = {"model": words[1]}
                    it = iter(words[2:])
                    for key in it:
                        spec[key] = int(next(it))
                    layers.append(spec)
    return layers


class Layer(torch.nn.Module):
    def __init__(self, s):
        super().__init__()
        h, d = s["hidden"], s["head_dim"]
        self.heads, self.kv, self.d, self.gated = s["heads"], s["kv_heads"], d, s["gated"]
        kw = dict(device="cuda", dtype=torch.bfloat16)
        self.norm1 = torch.nn.Parameter(torch.ones(h, **kw))
        self.norm2 = torch.nn.Parameter(torch.ones(h, **kw))
        self.qkv = torch.nn.Linear(h, (self.heads + 2 * self.kv) * d, bias=False, **kw)
        self.out = torch.nn.Linear(self.heads * d, h, bias=False, **kw)
        self.up = torch.nn.Linear(h, s["ffn"] * (2 if self.gated else 1), bias=False, **kw)
        self.down = torch.nn.Linear(s["ffn"], h, bias=False, **kw)
        seq = s["seq"]
        inv = 1.0 / (500000.0 ** (torch.arange(0, d, 2, device="cuda").float() / d))
        angles = torch.outer(torch.arange(seq, device="cuda").float(), inv)
        self.cos = torch.cat([angles.cos()] * 2, -1).to(torch.bfloat16)[None, None]
        self.sin = torch.cat([angles.sin()] * 2, -1).to(torch.bfloat16)[None, None]

    def rope(self, x):
        half = x.shape[-1] // 2
        rotated = torch.cat([-x[..., half:], x[..., :half]], -1)
        return x * self.cos + rotated * self.sin

    def forward(self, x):
        b, s, h = x.shape
        y = F.rms_norm(x, (h,), self.norm1)
        q, k, v = self.qkv(y).split([self.heads * self.d, self.kv * self.d, self.kv * self.d], -1)
        q = self.rope(q.view(b, s, self.heads, self.d).transpose(1, 2))
        k = self.rope(k.view(b, s, self.kv, self.d).transpose(1, 2))
        v = v.view(b, s, self.kv, self.d).transpose(1, 2)
        with sdpa_kernel(SDPBackend.FLASH_ATTENTION):
            try:
                o = F.scaled_dot_product_attention(q, k, v, is_causal=True,
                                                   enable_gqa=self.kv != self.heads)
            except RuntimeError:
                rep = self.heads // self.kv
                o = F.scaled_dot_product_attention(q, k.repeat_interleave(rep, 1),
                                                   v.repeat_interleave(rep, 1), is_causal=True)
        x = x + self.out(o.transpose(1, 2).reshape(b, s, self.heads * self.d))
        y = F.rms_norm(x, (h,), self.norm2)
        u = self.up(y)
        if self.gated:
            g, u = u.chunk(2, -1)
            u = F.silu(g) * u
        else:
            u = F.gelu(u)
        return x + self.down(u)


def median_time(fn, reps=10, batches=3):
    for _ in range(3):
        fn()
    torch.cuda.synchronize()
    start, stop = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
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
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    torch.manual_seed(0)
    results = []
    for s in read_layers(args.sweep):
        layer = Layer(s)
        for p in layer.parameters():
            torch.nn.init.normal_(p, std=0.02)
        x = torch.randn(s["micro_batch"], s["seq"], s["hidden"], device="cuda",
                        dtype=torch.bfloat16, requires_grad=True)
        grad = torch.randn_like(x)

        def forward():
            with torch.no_grad():
                layer(x)

        def forward_backward():
            layer(x).backward(grad)

        fwd = median_time(forward)
        both = median_time(forward_backward)
        r = dict(s, forward_ms=fwd * 1e3, forward_backward_ms=both * 1e3,
                 backward_ms=(both - fwd) * 1e3, device=torch.cuda.get_device_name(),
                 torch=torch.__version__)
        results.append(r)
        print("layer %s tp %d seq %d: forward %.3f ms, forward+backward %.3f ms"
              % (s["model"], s["tp"], s["seq"], fwd * 1e3, both * 1e3), file=sys.stderr)
        del layer, x, grad
        torch.cuda.empty_cache()
    with open(args.out, "w") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
