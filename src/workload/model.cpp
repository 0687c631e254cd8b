// Parameter counts from a transformer's architecture: attention projections (standard, GQA or
// multi-head latent attention), norms, dense or gated FFNs, routed and shared experts, routers,
// embeddings and the output layer. Biases and LayerNorm biases are counted when the model has
// them (GPT-3); RMSNorm models (Llama) have one weight vector per norm. Also the multi-token-
// prediction modules (DeepSeek-V3) and LoRA adapters (r * (in + out) per adapted projection).
#include "colossus/workload/model.h"

#include <fmt/format.h>

namespace colossus {
namespace {

// Weights (and biases) of one FFN of width f.
std::int64_t ffn_params(const ModelSpec& m, std::int64_t f) {
  const std::int64_t h = m.hidden;
  if (m.ffn_kind == FfnKind::swiglu) return 3 * h * f + (m.linear_bias ? 2 * f + h : 0);
  return 2 * h * f + (m.linear_bias ? f + h : 0);
}

// Weights of one norm over a vector of width w.
std::int64_t norm_params(const ModelSpec& m, std::int64_t w) {
  return m.linear_bias ? 2 * w : w;
}

}  // namespace

LayerParams layer_params(const ModelSpec& m, int layer) {
  LayerParams p;
  const std::int64_t h = m.hidden;
  const std::int64_t a = m.heads;
  if (m.is_mla()) {
    const std::int64_t qk = m.mla.qk_nope_head_dim + m.mla.qk_rope_head_dim;
    const std::int64_t q =
        m.mla.q_lora_rank > 0 ? h * m.mla.q_lora_rank + m.mla.q_lora_rank * a * qk : h * a * qk;
    const std::int64_t kv_down = h * (m.mla.kv_lora_rank + m.mla.qk_rope_head_dim);
    const std::int64_t kv_up = m.mla.kv_lora_rank * a * (m.mla.qk_nope_head_dim + m.mla.v_head_dim);
    const std::int64_t out = a * m.mla.v_head_dim * h;
    p.attention = q + kv_down + kv_up + out;
    p.norms = norm_params(m, m.mla.kv_lora_rank) +
              (m.mla.q_lora_rank > 0 ? norm_params(m, m.mla.q_lora_rank) : 0);
  } else {
    const std::int64_t q = a * m.head_dim;
    const std::int64_t kv = std::int64_t{m.kv_heads} * m.head_dim;
    p.attention = h * (q + 2 * kv) + q * h + (m.linear_bias ? q + 2 * kv + h : 0);
  }
  p.norms += 2 * norm_params(m, h);
  if (m.layer_is_moe(layer)) {
    p.dense_ffn = m.moe.shared_experts * ffn_params(m, m.moe.expert_ffn_hidden) +
                  h * m.moe.experts;  // router
    p.expert = ffn_params(m, m.moe.expert_ffn_hidden);
    p.experts = m.moe.experts;
    p.active_experts = m.moe.top_k;
  } else {
    p.dense_ffn = ffn_params(m, m.ffn_hidden);
  }
  return p;
}

MtpParams mtp_params(const ModelSpec& m) {
  MtpParams p;
  // Megatron: the module's layer is an MoE layer when the model's last layer is.
  p.layer = layer_params(m, m.layers - 1);
  p.projection = 2 * m.hidden * m.hidden + (m.linear_bias ? m.hidden : 0);
  p.norms = 3 * norm_params(m, m.hidden);
  return p;
}

std::int64_t lora_params(const ModelSpec& m, int layer) {
  if (!m.is_lora()) return 0;
  const std::int64_t r = m.lora.rank, h = m.hidden, a = m.heads;
  const unsigned t = m.lora.targets;
  // An adapter on W [in x out]: A [in x r] and B [r x out].
  auto adapter = [&](unsigned target, std::int64_t in, std::int64_t out) {
    return (t & target) ? r * (in + out) : std::int64_t{0};
  };
  std::int64_t n = 0;
  if (m.is_mla()) {
    const std::int64_t qk = m.mla.qk_nope_head_dim + m.mla.qk_rope_head_dim;
    const std::int64_t ql = m.mla.q_lora_rank, kvl = m.mla.kv_lora_rank;
    n += ql > 0 ? adapter(lora_q, h, ql) + adapter(lora_q, ql, a * qk) : adapter(lora_q, h, a * qk);
    n += adapter(lora_k, h, kvl + m.mla.qk_rope_head_dim);  // the joint K/V down projection
    n += adapter(lora_v, kvl, a * (m.mla.qk_nope_head_dim + m.mla.v_head_dim));  // K/V up
    n += adapter(lora_o, a * m.mla.v_head_dim, h);
  } else {
    const std::int64_t q = a * m.head_dim, kv = std::int64_t{m.kv_heads} * m.head_dim;
    n += adapter(lora_q, h, q) + adapter(lora_k, h, kv) + adapter(lora_v, h, kv) +
         adapter(lora_o, q, h);
  }
  // The dense FFN, or an MoE layer's shared experts (one adapter per matrix of the shared FFN).
  const std::int64_t f =
      m.layer_is_moe(layer) ? m.moe.shared_experts * m.moe.expert_ffn_hidden : m.ffn_hidden;
  if (f > 0) {
    if (m.ffn_kind == FfnKind::swiglu) n += adapter(lora_gate, h, f);
    n += adapter(lora_up, h, f) + adapter(lora_down, f, h);
  }
  return n;
}

ParameterCount count_parameters(const ModelSpec& m) {
  ParameterCount c;
  const std::int64_t positions = m.max_positions > 0 ? m.max_positions : m.seq_len;
  c.embedding = m.vocab * m.hidden + (m.learned_positions ? positions * m.hidden : 0);
  c.output = norm_params(m, m.hidden) + (m.tied_embeddings ? 0 : m.vocab * m.hidden);
  c.total = c.embedding + c.output;
  c.active = c.total;
  for (int i = 0; i < m.layers; ++i) {
    LayerParams p = layer_params(m, i);
    c.total += p.total();
    c.active += p.active();
    c.expert += p.expert * p.experts;
    c.lora += lora_params(m, i);
  }
  if (m.mtp_layers > 0) {
    const MtpParams mtp = mtp_params(m);
    const std::int64_t own = mtp.projection + mtp.norms;
    c.mtp = m.mtp_layers * (mtp.layer.total() + own);
    c.total += c.mtp;
    c.active += m.mtp_layers * (mtp.layer.active() + own);
    c.expert += m.mtp_layers * mtp.layer.expert * mtp.layer.experts;
  }
  c.total += c.lora;
  c.active += c.lora;
  c.trainable = m.is_lora() ? c.lora : c.total;
  return c;
}

namespace {

// A parameter count for people: "8.03 B", "124.4 M".
std::string count_text(std::int64_t n) {
  const double v = static_cast<double>(n);
  if (v >= 1e9) return fmt::format("{:.2f} B", v / 1e9);
  if (v >= 1e6) return fmt::format("{:.1f} M", v / 1e6);
  return fmt::format("{:.0f} K", v / 1e3);
}

}  // namespace

std::string model_summary(const ModelSpec& m) {
  const ParameterCount c = count_parameters(m);
  std::string out = fmt::format("{} parameters", count_text(c.total));
  if (c.active != c.total) out += fmt::format(" ({} active)", count_text(c.active));
  out += fmt::format(", {} layers, hidden {}, {} heads / {} KV heads of {}", m.layers, m.hidden,
                     m.heads, m.kv_heads, m.head_dim);
  if (m.is_mla())
    out += fmt::format(" (MLA: q rank {}, KV rank {}, qk {}+{}, v {})", m.mla.q_lora_rank,
                       m.mla.kv_lora_rank, m.mla.qk_nope_head_dim, m.mla.qk_rope_head_dim,
                       m.mla.v_head_dim);
  out += fmt::format(", FFN {} {}", m.ffn_hidden, m.ffn_kind == FfnKind::swiglu ? "gated" : "GELU");
  if (m.is_moe()) {
    out += fmt::format(", {} experts top-{} of {}", m.moe.experts, m.moe.top_k,
                       m.moe.expert_ffn_hidden);
    if (m.moe.shared_experts > 0) out += fmt::format(" + {} shared", m.moe.shared_experts);
    out += fmt::format(" in {} of {} layers", m.moe_layers(), m.layers);
  }
  out += fmt::format(", vocab {}", m.vocab);
  if (m.tied_embeddings) out += " (tied)";
  if (m.attention_window > 0) {
    out += fmt::format(", sliding window {}", m.attention_window);
    out += m.global_every > 0 ? fmt::format(" (1 layer in {} global)", m.global_every)
                              : std::string(" (all layers)");
  }
  if (m.parallel_block) out += ", parallel attention+FFN";
  if (m.mtp_layers > 0)
    out += fmt::format(", {} MTP module{} ({})", m.mtp_layers, m.mtp_layers > 1 ? "s" : "",
                       count_text(c.mtp));
  if (m.is_lora())
    out += fmt::format(", LoRA rank {} on {} ({} trainable)", m.lora.rank,
                       lora_target_names(m.lora.targets), count_text(c.trainable));
  return out;
}

}  // namespace colossus
