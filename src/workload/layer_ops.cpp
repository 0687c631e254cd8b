// The kernels of a transformer layer for one micro-batch on one GPU after TP/CP/EP division, in
// the order Megatron runs them, with their backward and recompute counterparts. Shapes, not
// times: the compute model (hardware/) times them.
#include "colossus/workload/layer_ops.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace colossus {
namespace {

constexpr double kBf16 = 2.0;  // bytes per activation element
constexpr double kFp32 = 4.0;

// The sizes every kernel of a layer needs.
struct Dims {
  double tokens;     // T: tokens of the micro-batch on this GPU's sequence slice (b * s / cp)
  double sp_tokens;  // tokens a norm or elementwise kernel sees (T / tp with sequence parallel)
  double seq_local;  // s / cp
  double seq;        // s
  double b;          // micro-batch
  double h;
  double tp;
  double heads;     // query heads on this GPU
  double kv_heads;  // key/value heads on this GPU (replicated when tp > kv_heads)
};

// The sizes of a layout's micro-batch on one GPU.
Dims dims_of(const ModelSpec& m, const Parallelism& p) {
  Dims d{};
  d.b = p.micro_batch();
  d.seq = static_cast<double>(p.seq_len());
  d.seq_local = d.seq / p.cp();
  d.tokens = d.b * d.seq_local;
  d.tp = p.tp();
  d.sp_tokens = p.spec().sequence_parallel ? d.tokens / d.tp : d.tokens;
  d.h = static_cast<double>(m.hidden);
  d.heads = static_cast<double>(m.heads) / p.tp();
  d.kv_heads = std::max(1.0, static_cast<double>(m.kv_heads) / p.tp());
  return d;
}

// Adds a GEMM's forward kernel and its two backward kernels (data and weight gradients).
void add_gemm(PassKernels& out, const std::string& name, double m, double n, double k,
              double batch = 1) {
  out.forward.push_back(gemm_kernel(name + ".fwd", m, n, k, batch));
  out.backward.push_back(gemm_kernel(name + ".dgrad", m, k, n, batch));
  out.backward.push_back(gemm_kernel(name + ".wgrad", k, n, m, batch));
}

// Adds a memory-bound kernel moving `traffic` bytes forward and twice that backward.
void add_memory(PassKernels& out, const std::string& name, double traffic, double work = 0) {
  out.forward.push_back(memory_kernel(name + ".fwd", bytes(traffic), flops(work)));
  out.backward.push_back(memory_kernel(name + ".bwd", bytes(2 * traffic), flops(2 * work)));
}

// An FFN of width `width` (already divided by TP) over `tokens` tokens, `batch` of them
// (grouped expert GEMMs).
void add_ffn(PassKernels& out, const std::string& name, const ModelSpec& m, double tokens,
             double width, double h, double batch = 1) {
  const bool gated = m.ffn_kind == FfnKind::swiglu;
  add_gemm(out, name + ".up", tokens, gated ? 2 * width : width, h, batch);
  // Activation: reads the up (and gate) output, writes its product.
  double act = tokens * width * batch * kBf16 * (gated ? 3 : 2);
  add_memory(out, name + ".act", act, tokens * width * batch * (gated ? 6 : 8));
  add_gemm(out, name + ".down", tokens, h, width, batch);
}

// FP8 current scaling: each tensor cast to FP8 is read once more for its amax before the cast,
// the GEMM inputs of the layer: activations (m x k) forward, output gradients (m x n) backward.
// Weights are cast once per optimizer step (Transformer Engine keeps the FP8 copy across
// micro-batches) and are not counted.
void add_fp8_amax_reads(PassKernels& out, const std::string& layer) {
  double forward = 0, backward = 0;
  for (const Kernel& k : out.forward) {
    if (k.kind != KernelKind::gemm || !k.fp8_eligible) continue;
    forward += k.m * k.k * k.batch * kBf16;
    backward += k.m * k.n * k.batch * kBf16;
  }
  out.forward.push_back(memory_kernel(layer + ".fp8_amax.fwd", bytes(forward)));
  out.backward.push_back(memory_kernel(layer + ".fp8_amax.bwd", bytes(backward)));
}

}  // namespace

PassKernels layer_kernels(const ModelSpec& m, const Parallelism& p, int layer) {
  PassKernels out;
  const Dims d = dims_of(m, p);
  const std::string L = "layer" + std::to_string(layer);
  const double norm_bytes = d.sp_tokens * d.h * kBf16 * 2;      // read + write
  const double residual_bytes = d.sp_tokens * d.h * kBf16 * 3;  // two reads, one write

  // Attention block.
  add_memory(out, L + ".attn_norm", norm_bytes, d.sp_tokens * d.h * 4);
  double dqk = m.head_dim, dv = m.head_dim;
  if (m.is_mla()) {
    const double nope = m.mla.qk_nope_head_dim, rope = m.mla.qk_rope_head_dim;
    dqk = nope + rope;
    dv = m.mla.v_head_dim;
    // Down projections are replicated across TP (Megatron's MLA), up projections split by head.
    if (m.mla.q_lora_rank > 0) {
      add_gemm(out, L + ".q_down", d.tokens, static_cast<double>(m.mla.q_lora_rank), d.h);
      add_gemm(out, L + ".q_up", d.tokens, d.heads * dqk, static_cast<double>(m.mla.q_lora_rank));
    } else {
      add_gemm(out, L + ".q_proj", d.tokens, d.heads * dqk, d.h);
    }
    const double kv_lora = static_cast<double>(m.mla.kv_lora_rank);
    add_gemm(out, L + ".kv_down", d.tokens, kv_lora + rope, d.h);
    add_gemm(out, L + ".kv_up", d.tokens, d.heads * (nope + dv), kv_lora);
  } else {
    add_gemm(out, L + ".qkv", d.tokens, (d.heads + 2 * d.kv_heads) * dqk, d.h);
  }
  // Rotary embedding on Q and K.
  add_memory(out, L + ".rope", d.tokens * (d.heads + d.kv_heads) * dqk * kBf16 * 2);
  Kernel attn = attention_kernel(L + ".attention.fwd", d.b * d.heads, d.seq_local, d.seq, dqk, dv,
                                 true, false);
  attn.count = p.cp();  // one kernel per ring step
  Kernel attn_bwd = attention_kernel(L + ".attention.bwd", d.b * d.heads, d.seq_local, d.seq, dqk,
                                     dv, true, true);
  attn_bwd.count = p.cp();
  out.forward.push_back(attn);
  out.backward.push_back(attn_bwd);
  add_gemm(out, L + ".out_proj", d.tokens, d.h, d.heads * dv);
  add_memory(out, L + ".attn_residual", residual_bytes);

  // FFN block.
  add_memory(out, L + ".ffn_norm", norm_bytes, d.sp_tokens * d.h * 4);
  if (m.layer_is_moe(layer)) {
    const double experts = m.moe.experts;
    const double local_experts = experts / p.ep();
    // Expert token copies on this GPU: all T tokens' with etp = tp (gathered across TP), the
    // sequence-parallel shard's with etp = 1.
    const double routed =
        (p.etp() > 1 ? d.tokens : d.sp_tokens) * m.moe.top_k * m.moe.capacity_factor;
    add_gemm(out, L + ".router", d.sp_tokens, experts, d.h);
    add_memory(out, L + ".permute", d.sp_tokens * m.moe.top_k * d.h * kBf16 * 2);
    add_ffn(out, L + ".experts", m, routed / local_experts,
            static_cast<double>(m.moe.expert_ffn_hidden) / p.etp(), d.h, local_experts);
    add_memory(out, L + ".unpermute", d.sp_tokens * m.moe.top_k * d.h * kBf16 * 2);
    if (m.moe.shared_experts > 0)
      add_ffn(out, L + ".shared_experts", m, d.tokens,
              static_cast<double>(m.moe.shared_experts * m.moe.expert_ffn_hidden) / d.tp, d.h);
  } else {
    add_ffn(out, L + ".ffn", m, d.tokens, static_cast<double>(m.ffn_hidden) / d.tp, d.h);
  }
  add_memory(out, L + ".ffn_residual", residual_bytes);
  if (p.spec().precision == Precision::fp8 && p.spec().fp8_scaling == Fp8Scaling::current)
    add_fp8_amax_reads(out, L);

  switch (p.spec().recompute) {
    case Recompute::none:
      break;
    case Recompute::selective: {
      Kernel again = attn;
      again.name = L + ".attention.recompute";
      out.recompute.push_back(again);
      break;
    }
    case Recompute::full:
      for (Kernel k : out.forward) {
        k.name += ".recompute";
        out.recompute.push_back(k);
      }
      break;
  }
  return out;
}

PassKernels embedding_kernels(const ModelSpec& m, const Parallelism& p) {
  PassKernels out;
  const Dims d = dims_of(m, p);
  double lookup = d.sp_tokens * d.h * kBf16 * (m.learned_positions ? 3 : 1);
  out.forward.push_back(memory_kernel("embedding.fwd", bytes(lookup)));
  // Backward: scatter-add of the gradient rows into the FP32 main-grad table.
  out.backward.push_back(memory_kernel("embedding.bwd", bytes(d.tokens * d.h * (kBf16 + kFp32))));
  return out;
}

PassKernels output_kernels(const ModelSpec& m, const Parallelism& p) {
  PassKernels out;
  const Dims d = dims_of(m, p);
  add_memory(out, "final_norm", d.sp_tokens * d.h * kBf16 * 2, d.sp_tokens * d.h * 4);
  const double vocab = static_cast<double>(m.vocab) / d.tp;
  add_gemm(out, "logits", d.tokens, vocab, d.h);
  // Cross-entropy over FP32 logits: max, exp-sum and the gradient, about three passes.
  double ce = d.tokens * vocab * kFp32 * 3;
  out.forward.push_back(memory_kernel("cross_entropy.fwd", bytes(ce), flops(d.tokens * vocab * 5)));
  out.backward.push_back(
      memory_kernel("cross_entropy.bwd", bytes(ce), flops(d.tokens * vocab * 3)));
  return out;  // Megatron's full recompute covers transformer layers, not the output layer
}

std::vector<Kernel> optimizer_kernels(double params) {
  // Adam, fused multi-tensor: reads FP32 master weight, m, v and FP32 gradient (16 bytes),
  // writes master, m, v (12) and the BF16 weight copy (2); about 12 FLOPs per parameter.
  Kernel adam = memory_kernel("optimizer.adam", bytes(params * 30), flops(params * 12));
  return {adam};
}

Flops total_flops(const std::vector<Kernel>& kernels) {
  Flops sum{};
  for (const Kernel& k : kernels) sum += k.flops;
  return sum;
}

}  // namespace colossus
