// Parameter counts from a transformer's architecture: attention projections (standard, GQA or
// multi-head latent attention), norms, dense or gated FFNs, routed and shared experts, routers,
// embeddings and the output layer. Biases and LayerNorm biases are counted when the model has
// them (GPT-3); RMSNorm models (Llama) have one weight vector per norm.
#include "colossus/workload/model.h"

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

ParameterCount count_parameters(const ModelSpec& m) {
  ParameterCount c;
  c.embedding = m.vocab * m.hidden + (m.learned_positions ? m.seq_len * m.hidden : 0);
  c.output = norm_params(m, m.hidden) + (m.tied_embeddings ? 0 : m.vocab * m.hidden);
  c.total = c.embedding + c.output;
  c.active = c.total;
  for (int i = 0; i < m.layers; ++i) {
    LayerParams p = layer_params(m, i);
    c.total += p.total();
    c.active += p.active();
    c.expert += p.expert * p.experts;
  }
  return c;
}

}  // namespace colossus
