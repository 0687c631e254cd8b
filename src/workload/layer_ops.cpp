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
constexpr double kFp8 = 1.0;

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

// A GEMM's forward kernel and its two backward kernels (data and weight gradients); a frozen
// weight (LoRA's base) has no weight-gradient GEMM.
PassKernels gemm(const std::string& name, double m, double n, double k, double batch = 1,
                 bool trainable = true) {
  PassKernels out;
  out.forward.push_back(gemm_kernel(name + ".fwd", m, n, k, batch));
  out.backward.push_back(gemm_kernel(name + ".dgrad", m, k, n, batch));
  if (trainable) out.backward.push_back(gemm_kernel(name + ".wgrad", k, n, m, batch));
  return out;
}

// A memory-bound kernel moving `traffic` bytes forward and twice that backward.
PassKernels memory(const std::string& name, double traffic, double work = 0) {
  PassKernels out;
  out.forward.push_back(memory_kernel(name + ".fwd", bytes(traffic), flops(work)));
  out.backward.push_back(memory_kernel(name + ".bwd", bytes(2 * traffic), flops(2 * work)));
  return out;
}

// Appends the forward and backward kernels of `pass` to `out`.
void add(PassKernels& out, const PassKernels& pass) {
  out.forward.insert(out.forward.end(), pass.forward.begin(), pass.forward.end());
  out.backward.insert(out.backward.end(), pass.backward.begin(), pass.backward.end());
}

// Appends the forward and backward kernels of `pass` to a layer's, in `part`.
void add(LayerKernels& out, LayerPart part, const PassKernels& pass) {
  for (const Kernel& k : pass.forward) out.forward.push_back({k, part});
  for (const Kernel& k : pass.backward) out.backward.push_back({k, part});
}

// A projection [tokens, k] x [k, n] of the base model: trainable unless LoRA freezes the base;
// with a LoRA adapter on it (target), the adapter's two GEMMs [tokens, k] x [k, r] and
// [tokens, r] x [r, n], trainable, follow (their sharding follows the base weight's: k and n
// are this GPU's).
PassKernels projection(const ModelSpec& m, const std::string& name, double tokens, double n,
                       double k, unsigned target = 0) {
  PassKernels out = gemm(name, tokens, n, k, 1, !m.is_lora());
  if (m.is_lora() && (m.lora.targets & target)) {
    const double r = m.lora.rank;
    add(out, gemm(name + ".lora_a", tokens, r, k));
    add(out, gemm(name + ".lora_b", tokens, n, r));
  }
  return out;
}

// An FFN of width `width` (already divided by TP) over `tokens` tokens, `batch` of them
// (grouped expert GEMMs). `adapted`: a dense FFN whose matrices LoRA may adapt (routed experts
// are never adapted, and are frozen with the rest of the base).
PassKernels ffn(const std::string& name, const ModelSpec& m, double tokens, double width, double h,
                double batch = 1, bool adapted = true) {
  const bool gated = m.ffn_kind == FfnKind::swiglu;
  PassKernels out;
  if (adapted && m.is_lora()) {
    if (gated) add(out, projection(m, name + ".gate", tokens, width, h, lora_gate));
    add(out, projection(m, name + ".up", tokens, width, h, lora_up));
  } else {
    out = gemm(name + ".up", tokens, gated ? 2 * width : width, h, batch, !m.is_lora());
  }
  // Activation: reads the up (and gate) output, writes its product.
  double act = tokens * width * batch * kBf16 * (gated ? 3 : 2);
  add(out, memory(name + ".act", act, tokens * width * batch * (gated ? 6 : 8)));
  if (adapted && m.is_lora())
    add(out, projection(m, name + ".down", tokens, h, width, lora_down));
  else
    add(out, gemm(name + ".down", tokens, h, width, batch, !m.is_lora()));
  return out;
}

// The tensors Transformer Engine casts to FP8 for each FP8 GEMM of a layer: the activation input
// forward (m x k) and the output gradient backward (m x n). With sequence parallelism TE casts the
// local shard before the TP all-gather, so a GEMM fed by the gathered hidden stream (m = T tokens,
// k = h: QKV, FFN up, MLA down projections) has its input cast on T / tp tokens, and one whose
// output is reduce-scattered back to the stream (n = h) has its output gradient cast on T / tp
// before the backward all-gather. For each, adds a memory kernel in that GEMM's part, named
// <gemm>.<what>.fwd/.bwd: `stream_input_bytes` per element of a hidden-stream input (which comes
// from the fused LayerNorm), `bytes` per element of any other tensor; `launches` is each kernel's
// launch count (0: it runs inside the cast kernel).
void add_fp8_cast_traffic(LayerKernels& out, const Dims& d, const std::string& what,
                          double stream_input_bytes, double bytes_per_element, int launches) {
  const std::size_t forward = out.forward.size();
  for (std::size_t i = 0; i < forward; ++i) {
    const LayerKernel lk = out.forward[i];
    const Kernel& k = lk.kernel;
    if (k.kind != KernelKind::gemm || !k.fp8_eligible) continue;
    const std::string stem = k.name.substr(0, k.name.rfind('.')) + "." + what;
    const bool stream_rows = k.m == d.tokens && k.batch == 1;
    const double input = stream_rows && k.k == d.h ? d.sp_tokens * d.h * stream_input_bytes
                                                   : k.m * k.k * k.batch * bytes_per_element;
    const double grad = stream_rows && k.n == d.h ? d.sp_tokens * d.h * bytes_per_element
                                                  : k.m * k.n * k.batch * bytes_per_element;
    Kernel fwd = memory_kernel(stem + ".fwd", bytes(input));
    Kernel bwd = memory_kernel(stem + ".bwd", bytes(grad));
    fwd.count = launches;
    bwd.count = launches;
    out.forward.push_back({fwd, lk.part});
    out.backward.push_back({bwd, lk.part});
  }
}

// FP8 current scaling: each tensor cast to FP8 needs its own amax before the cast (Transformer
// Engine's Float8CurrentScalingQuantizer), where delayed scaling takes the scale from its amax
// history and fuses the cast into the producer: one more pass per cast tensor. The hidden-stream
// inputs come from the fused LayerNorm (LayerNormLinear / LayerNormMLP): with current scaling the
// norm kernel writes BF16 and its amax (TE's FUSED_NORM_AMAX_FP8 path, normalization.cpp) and a
// separate pass reads it and writes FP8, 3 bytes per element; delayed scaling writes FP8 from the
// norm (FULLY_FUSED). Other inputs and the output gradients take one more BF16 read (2 bytes).
// Weights are cast once per optimizer step (TE keeps the FP8 copy across micro-batches) and are
// not counted.
void add_fp8_amax_reads(LayerKernels& out, const Dims& d) {
  add_fp8_cast_traffic(out, d, "fp8_amax", kBf16 + kFp8, kBf16, 1);
}

// MXFP8: each cast to FP8 also writes one E8M0 scale byte per 32 elements, in the cast kernel
// itself (no launch of its own), on the same tensors.
void add_mxfp8_scale_writes(LayerKernels& out, const Dims& d) {
  add_fp8_cast_traffic(out, d, "mxfp8_scales", kMxfp8ScaleBytesPerElement,
                       kMxfp8ScaleBytesPerElement, 0);
}

}  // namespace

LayerKernels layer_kernels(const ModelSpec& m, const Parallelism& p, int layer) {
  LayerKernels out;
  const Dims d = dims_of(m, p);
  const std::string L = "layer" + std::to_string(layer);
  const double norm_bytes = d.sp_tokens * d.h * kBf16 * 2;      // read + write
  const double residual_bytes = d.sp_tokens * d.h * kBf16 * 3;  // two reads, one write

  // Attention block.
  add(out, LayerPart::attn_norm, memory(L + ".attn_norm", norm_bytes, d.sp_tokens * d.h * 4));
  double dqk = m.head_dim, dv = m.head_dim;
  if (m.is_mla()) {
    const double nope = m.mla.qk_nope_head_dim, rope = m.mla.qk_rope_head_dim;
    dqk = nope + rope;
    dv = m.mla.v_head_dim;
    // Down projections are replicated across TP (Megatron's MLA), up projections split by head.
    if (m.mla.q_lora_rank > 0) {
      add(out, LayerPart::qkv,
          projection(m, L + ".q_down", d.tokens, static_cast<double>(m.mla.q_lora_rank), d.h,
                     lora_q));
      add(out, LayerPart::qkv,
          projection(m, L + ".q_up", d.tokens, d.heads * dqk,
                     static_cast<double>(m.mla.q_lora_rank), lora_q));
    } else {
      add(out, LayerPart::qkv, projection(m, L + ".q_proj", d.tokens, d.heads * dqk, d.h, lora_q));
    }
    const double kv_lora = static_cast<double>(m.mla.kv_lora_rank);
    add(out, LayerPart::qkv, projection(m, L + ".kv_down", d.tokens, kv_lora + rope, d.h, lora_k));
    add(out, LayerPart::qkv,
        projection(m, L + ".kv_up", d.tokens, d.heads * (nope + dv), kv_lora, lora_v));
  } else if (m.is_lora()) {
    add(out, LayerPart::qkv, projection(m, L + ".q", d.tokens, d.heads * dqk, d.h, lora_q));
    add(out, LayerPart::qkv, projection(m, L + ".k", d.tokens, d.kv_heads * dqk, d.h, lora_k));
    add(out, LayerPart::qkv, projection(m, L + ".v", d.tokens, d.kv_heads * dqk, d.h, lora_v));
  } else {
    add(out, LayerPart::qkv, gemm(L + ".qkv", d.tokens, (d.heads + 2 * d.kv_heads) * dqk, d.h));
  }
  // Rotary embedding on Q and K.
  add(out, LayerPart::qkv,
      memory(L + ".rope", d.tokens * (d.heads + d.kv_heads) * dqk * kBf16 * 2));
  Kernel attn = attention_kernel(L + ".attention.fwd", d.b * d.heads, d.seq_local, d.seq, dqk, dv,
                                 true, false);
  // One kernel per ring step; the all-gather CP runs one per local query chunk (two, the
  // load-balanced halves; Transformer Engine's AttnFuncWithCPAndKVAllGather).
  const int attn_launches =
      p.cp() > 1 && p.spec().cp_comm_type == CpCommType::allgather ? 2 : p.cp();
  attn.count = attn_launches;
  Kernel attn_bwd = attention_kernel(L + ".attention.bwd", d.b * d.heads, d.seq_local, d.seq, dqk,
                                     dv, true, true);
  attn_bwd.count = attn_launches;
  // A sliding window: the kernel visits only the blocks within w of the diagonal, s*w - w^2/2
  // of the s^2/2 causal pairs (model.h's attended_keys).
  const double window_share = m.attended_keys(layer, p.seq_len()) / d.seq;
  attn.flops = attn.flops * window_share;
  attn_bwd.flops = attn_bwd.flops * window_share;
  out.forward.push_back({attn, LayerPart::attention});
  out.backward.push_back({attn_bwd, LayerPart::attention});
  add(out, LayerPart::out_proj,
      projection(m, L + ".out_proj", d.tokens, d.h, d.heads * dv, lora_o));
  // A parallel block adds both branches to the residual at once, after the FFN.
  if (!m.parallel_block)
    add(out, LayerPart::ffn_norm, memory(L + ".attn_residual", residual_bytes));

  // FFN block.
  add(out, LayerPart::ffn_norm, memory(L + ".ffn_norm", norm_bytes, d.sp_tokens * d.h * 4));
  if (m.layer_is_moe(layer)) {
    const double experts = m.moe.experts;
    const double local_experts = experts / p.ep();
    // Expert token copies on this GPU: all T tokens' with etp = tp (gathered across TP), the
    // sequence-parallel shard's with etp = 1.
    const double routed =
        (p.etp() > 1 ? d.tokens : d.sp_tokens) * m.moe.top_k * m.moe_routed_share();
    add(out, LayerPart::router, gemm(L + ".router", d.sp_tokens, experts, d.h, 1, !m.is_lora()));
    add(out, LayerPart::router,
        memory(L + ".permute", d.sp_tokens * m.moe.top_k * d.h * kBf16 * 2));
    add(out, LayerPart::ffn,
        ffn(L + ".experts", m, routed / local_experts,
            static_cast<double>(m.moe.expert_ffn_hidden) / p.etp(), d.h, local_experts, false));
    add(out, LayerPart::unpermute,
        memory(L + ".unpermute", d.sp_tokens * m.moe.top_k * d.h * kBf16 * 2));
    if (m.moe.shared_experts > 0)
      add(out, LayerPart::shared_experts,
          ffn(L + ".shared_experts", m, d.tokens,
              static_cast<double>(m.moe.shared_experts * m.moe.expert_ffn_hidden) / d.tp, d.h));
  } else {
    add(out, LayerPart::ffn,
        ffn(L + ".ffn", m, d.tokens, static_cast<double>(m.ffn_hidden) / d.tp, d.h));
  }
  add(out, LayerPart::ffn_residual, memory(L + ".ffn_residual", residual_bytes));
  if (p.spec().precision == Precision::fp8 && p.spec().fp8_scaling == Fp8Scaling::current)
    add_fp8_amax_reads(out, d);
  if (p.spec().precision == Precision::fp8 && p.spec().fp8_scaling == Fp8Scaling::mxfp8)
    add_mxfp8_scale_writes(out, d);

  switch (p.layer_recompute(layer)) {
    case Recompute::none:
      break;
    case Recompute::selective: {
      // MLA's up projections (and the rotary embedding on their output) re-run from the latents
      // before the attention they feed.
      if (p.spec().recompute_mla_up_proj && m.is_mla()) {
        for (LayerKernel k : out.forward) {
          const std::string& n = k.kernel.name;
          if (k.part != LayerPart::qkv ||
              !(n.ends_with(".q_up.fwd") || n.ends_with(".kv_up.fwd") || n.ends_with(".rope.fwd")))
            continue;
          k.kernel.name += ".recompute";
          out.recompute.push_back(k);
        }
      }
      if (p.spec().recompute_core_attn) {
        Kernel again = attn;
        again.name = L + ".attention.recompute";
        out.recompute.push_back({again, LayerPart::attention});
      }
      break;
    }
    case Recompute::full:
      for (LayerKernel k : out.forward) {
        k.kernel.name += ".recompute";
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
  // Backward: scatter-add of the gradient rows into the FP32 main-grad table (none when LoRA
  // freezes the table).
  if (!m.is_lora())
    out.backward.push_back(memory_kernel("embedding.bwd", bytes(d.tokens * d.h * (kBf16 + kFp32))));
  return out;
}

PassKernels output_kernels(const ModelSpec& m, const Parallelism& p) {
  PassKernels out;
  const Dims d = dims_of(m, p);
  add(out, memory("final_norm", d.sp_tokens * d.h * kBf16 * 2, d.sp_tokens * d.h * 4));
  const double vocab = static_cast<double>(m.vocab) / d.tp;
  add(out, gemm("logits", d.tokens, vocab, d.h, 1, !m.is_lora()));
  // Cross-entropy over FP32 logits: max, exp-sum and the gradient, about three passes.
  double ce = d.tokens * vocab * kFp32 * 3;
  out.forward.push_back(memory_kernel("cross_entropy.fwd", bytes(ce), flops(d.tokens * vocab * 5)));
  out.backward.push_back(
      memory_kernel("cross_entropy.bwd", bytes(ce), flops(d.tokens * vocab * 3)));
  return out;  // Megatron's full recompute covers transformer layers, not the output layer
}

PassKernels mtp_kernels(const ModelSpec& m, const Parallelism& p) {
  PassKernels out;
  const Dims d = dims_of(m, p);
  // The shifted tokens' embedding lookup, the two RMSNorms, and the [2h -> h] projection of
  // their concatenation (replicated across TP as Megatron's MTP does with sequence parallel,
  // on the sequence shard).
  out.forward.push_back(memory_kernel("mtp.embedding.fwd", bytes(d.sp_tokens * d.h * kBf16)));
  add(out, memory("mtp.norms", d.sp_tokens * d.h * kBf16 * 4, d.sp_tokens * d.h * 8));
  add(out, gemm("mtp.projection", d.tokens, d.h / d.tp, 2 * d.h, 1, !m.is_lora()));
  return out;
}

Flops total_flops(const std::vector<Kernel>& kernels) {
  Flops sum{};
  for (const Kernel& k : kernels) sum += k.flops;
  return sum;
}

}  // namespace colossus
