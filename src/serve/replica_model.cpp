// The serving replica's memory (weights, activation reserve, paged KV cache) and the time of one
// engine iteration from the hardware layer's roofline (see replica_model.h and docs/serving.md).
#include "colossus/serve/replica_model.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace colossus::serve {
namespace {

double element_bytes(Precision p) {
  return p == Precision::fp8 ? 1.0 : 2.0;
}

double gib_of(Bytes b) {
  return b.value() / gib(1).value();
}

}  // namespace

ReplicaModel::ReplicaModel(const ModelSpec& model, const GpuSpec& gpu, const ReplicaConfig& config,
                           AllReduceTime all_reduce, const SourceLocation& where)
    : model_(model),
      gpu_(gpu),
      config_(config),
      all_reduce_(std::move(all_reduce)),
      compute_(gpu, default_calibration(gpu)) {
  const int tp = config_.tp;
  if (tp < 1 || model_.heads % tp != 0) {
    throw InputError(where, "--tp",
                     fmt::format("tensor parallelism {} must divide {}'s {} attention heads", tp,
                                 model_.name, model_.heads));
  }
  if (config_.precision == Precision::fp8 && gpu_.fp8_dense.value() <= 0) {
    throw InputError(where, "--precision",
                     fmt::format("GPU {} has no FP8 tensor cores", gpu_.name));
  }
  const std::int64_t context = model_.max_positions > 0 ? model_.max_positions : model_.seq_len;
  max_model_len_ = config_.max_model_len > 0 ? config_.max_model_len : context;

  // Weights: the linear layers in the serving precision, sharded by TP; the embedding and output
  // head vocabulary-parallel in BF16; norms (and MTP modules, which serving does not load) aside.
  double linear = 0, norms = 0;
  for (int i = 0; i < model_.layers; ++i) {
    const LayerParams p = layer_params(model_, i);
    linear += static_cast<double>(p.attention + p.dense_ffn + p.expert * p.experts);
    norms += static_cast<double>(p.norms);
  }
  const ParameterCount count = count_parameters(model_);
  const double rest = static_cast<double>(count.embedding + count.output);
  weights_ = bytes((linear * element_bytes(config_.precision) + rest * 2.0) / tp + norms * 2.0);

  // Activation reserve: what vLLM's profiling run at max_num_batched_tokens peaks at (estimate):
  // the FFN's gate/up output and activation (3 widths of the TP shard) and four hidden-wide
  // buffers per token in BF16, and FP32 logits for max_num_seqs rows of the vocabulary shard.
  const double ffn_width =
      std::max<double>(static_cast<double>(model_.ffn_hidden),
                       static_cast<double>(model_.moe.expert_ffn_hidden) * model_.moe.top_k);
  activations_ = bytes(static_cast<double>(config_.max_num_batched_tokens) *
                           (3.0 * ffn_width / tp + 4.0 * static_cast<double>(model_.hidden)) * 2.0 +
                       static_cast<double>(config_.max_num_seqs) *
                           static_cast<double>(model_.vocab) / tp * 4.0);

  // vLLM: weights, activations and cache within a share of HBM; TensorRT-LLM: the cache takes a
  // share of what the weights and activations leave.
  const bool trtllm = config_.kv_cache_free_fraction > 0;
  const Bytes usable = trtllm ? gpu_.hbm : gpu_.hbm * config_.gpu_memory_utilization;
  if (weights_ + activations_ >= usable) {
    throw InputError(
        where, "--tp",
        fmt::format("{} in {} needs {:.1f} GiB of weights and {:.1f} GiB of activations per GPU "
                    "at tp {}; {:.0f}% of the {}'s {:.1f} GiB is {:.1f} GiB (more GPUs, FP8, or a "
                    "smaller --max-num-batched-tokens)",
                    model_.name, to_string(config_.precision), gib_of(weights_),
                    gib_of(activations_), tp, 100 * (usable / gpu_.hbm), gpu_.name,
                    gib_of(gpu_.hbm), gib_of(usable)));
  }
  kv_cache_ = trtllm ? (usable - weights_ - activations_) * config_.kv_cache_free_fraction
                     : usable - weights_ - activations_;

  // KV bytes per token: K and V of the GPU's KV heads (at least one when tp exceeds them:
  // replicated), or MLA's compressed latent and rotary key, which every TP rank keeps whole.
  const double kvb = element_bytes(config_.kv_precision);
  if (model_.is_mla()) {
    kv_per_token_layer_ =
        static_cast<double>(model_.mla.kv_lora_rank + model_.mla.qk_rope_head_dim) * kvb;
    attn_flops_per_pair_ =
        2.0 * (model_.mla.qk_nope_head_dim + model_.mla.qk_rope_head_dim + model_.mla.v_head_dim) *
        model_.heads / tp;
  } else {
    const int kv_heads = std::max(1, model_.kv_heads / tp);
    kv_per_token_layer_ = 2.0 * kv_heads * model_.head_dim * kvb;
    attn_flops_per_pair_ = 4.0 * model_.head_dim * model_.heads / tp;
    // A per-query-head kernel reads the GPU's KV heads once per query head that shares them.
    if (config_.decode_attention == DecodeAttention::per_query_head)
      decode_kv_reads_ = static_cast<double>(model_.heads / tp) / kv_heads;
  }
  kv_per_token_ = bytes(kv_per_token_layer_ * model_.layers);
  kv_blocks_ = static_cast<std::int64_t>(
      std::floor(kv_cache_.value() / (kv_per_token_.value() * config_.block_size)));
  if (kv_blocks_ < 1) {
    throw InputError(where, "--tp",
                     fmt::format("no room for a KV cache: {:.2f} GiB per GPU hold less than one "
                                 "block of {} tokens; use more GPUs",
                                 gib_of(kv_cache_), config_.block_size));
  }
  dense_cache_.resize(static_cast<std::size_t>(config_.max_num_batched_tokens) + 1);
  dense_cached_.assign(dense_cache_.size(), 0);
}

Seconds ReplicaModel::gemm_time(double m, double n, double k, double batch,
                                double weight_bytes) const {
  if (m <= 0 || n <= 0 || k <= 0 || batch <= 0) return Seconds{};
  const Precision p = weight_bytes < 2 ? Precision::fp8 : Precision::bf16;
  const ComputeCalibration& c = compute_.calibration();
  // The curve in n and k only: divide the token dimension's saturation back out.
  const double eff = compute_.gemm_efficiency(m, n, k, p) / (m / (m + c.gemm_half_dim));
  const FlopRate peak = p == Precision::fp8 ? gpu_.fp8_dense : gpu_.bf16_dense;
  const Seconds compute = flops(2.0 * m * n * k * batch) / (peak * eff);
  const Seconds memory = bytes((k * n * weight_bytes + (m * k + m * n) * 2.0) * batch) /
                         (gpu_.hbm_bandwidth * c.memory_efficiency);
  return std::max(compute, memory) + c.launch_overhead;
}

Seconds ReplicaModel::memory_time(Bytes traffic) const {
  const ComputeCalibration& c = compute_.calibration();
  return traffic / (gpu_.hbm_bandwidth * c.memory_efficiency) + c.launch_overhead;
}

IterationTime ReplicaModel::dense_part(std::int64_t tokens) const {
  const auto slot = static_cast<std::size_t>(tokens);
  if (slot < dense_cache_.size() && dense_cached_[slot]) return dense_cache_[slot];
  IterationTime t;
  const double T = static_cast<double>(tokens), h = static_cast<double>(model_.hidden);
  const double tp = config_.tp, wb = element_bytes(config_.precision);
  const double vdim = model_.is_mla() ? model_.mla.v_head_dim : model_.head_dim;
  const double up_share = model_.ffn_kind == FfnKind::swiglu ? 2.0 / 3.0 : 0.5;
  const Seconds all_reduce =
      config_.tp > 1 ? all_reduce_(bytes(T * h * 2.0)) : Seconds{};  // BF16 activations
  for (int i = 0; i < model_.layers; ++i) {
    const LayerParams p = layer_params(model_, i);
    const double out_params = model_.heads * vdim * h;
    const double in_params = static_cast<double>(p.attention) - out_params;
    t.gemm += gemm_time(T, in_params / (h * tp), h, 1, wb);
    t.gemm += gemm_time(T, h, out_params / (h * tp), 1, wb);
    if (p.dense_ffn > 0) {
      const double ffn = static_cast<double>(p.dense_ffn);
      t.gemm += gemm_time(T, ffn * up_share / (h * tp), h, 1, wb);
      t.gemm += gemm_time(T, h, ffn * (1 - up_share) / (h * tp), 1, wb);
    }
    if (p.experts > 0) {
      // Routed experts: the tokens' top-k choices touch E (1 - (1 - k/E)^T) distinct experts
      // (uniform routing), each read once and fed its share of the T k assignments.
      const double e = p.experts, k = p.active_experts;
      const double touched = e * (1.0 - std::pow(1.0 - k / e, T));
      const double m = T * k / touched, w = static_cast<double>(p.expert);
      t.gemm += gemm_time(m, w * up_share / (h * tp), h, touched, wb);
      t.gemm += gemm_time(m, h, w * (1 - up_share) / (h * tp), touched, wb);
    }
    // Two fused residual+norms, rotary on Q and K, the FFN activation: BF16 reads and writes.
    const double qk = (model_.heads + model_.kv_heads) * model_.head_dim / tp;
    const double act = static_cast<double>(std::max<std::int64_t>(
                           p.dense_ffn > 0 ? model_.ffn_hidden : 0,
                           p.experts > 0 ? model_.moe.expert_ffn_hidden * p.active_experts : 0)) /
                       tp;
    t.memory_bound += memory_time(bytes(T * h * 2 * 2)) * 2.0;
    t.memory_bound += memory_time(bytes(T * qk * 2 * 2));
    t.memory_bound += memory_time(bytes(T * act * 2 * 3));
    t.communication += all_reduce * (model_.parallel_block ? 1.0 : 2.0);
  }
  t.memory_bound += memory_time(bytes(T * h * 2));  // embedding lookup
  if (slot < dense_cache_.size()) {
    dense_cache_[slot] = t;
    dense_cached_[slot] = 1;
  }
  return t;
}

IterationTime ReplicaModel::iteration(const BatchShape& s) const {
  IterationTime t = dense_part(s.tokens());
  const ComputeCalibration& c = compute_.calibration();
  const double layers = model_.layers;
  // Attention core per layer: the decode sequences read their cached keys and values; the
  // prefill chunks read their past, write their own and compute their causal pairs.
  if (s.tokens() > 0) {
    const double kvb = kv_per_token_layer_;
    const double traffic =
        (static_cast<double>(s.decode_context) * decode_kv_reads_ + s.prefill_context +
         static_cast<double>(s.prefill_tokens)) *
            kvb +
        static_cast<double>(s.tokens()) * 2.0 * model_.heads / config_.tp * model_.head_dim * 2.0;
    Seconds compute{};
    if (s.prefill_seqs > 0) {
      const double chunk = static_cast<double>(s.prefill_tokens) / s.prefill_seqs;
      const double eff = c.attention_fwd_efficiency * chunk / (chunk + c.attention_half_seq);
      compute += flops(s.prefill_pairs * attn_flops_per_pair_) / (gpu_.bf16_dense * eff);
    }
    compute += flops(static_cast<double>(s.decode_context) * attn_flops_per_pair_) /
               (gpu_.bf16_dense * c.attention_fwd_efficiency);
    const Seconds memory = bytes(traffic) / (gpu_.hbm_bandwidth * c.memory_efficiency);
    t.attention = (std::max(compute, memory) + c.launch_overhead) * layers;
  }
  // The output head on the sampled rows (vocabulary-parallel) and sampling over FP32 logits.
  if (s.sampled > 0) {
    const auto slot = static_cast<std::size_t>(s.sampled);
    if (slot >= head_cache_.size()) head_cache_.resize(slot + 1, {Seconds(-1), Seconds(-1)});
    auto& [head, sampling] = head_cache_[slot];
    if (head < Seconds{}) {
      const double h = static_cast<double>(model_.hidden);
      const double vocab = static_cast<double>(model_.vocab) / config_.tp;
      head = gemm_time(s.sampled, vocab, h, 1, 2.0);
      sampling = memory_time(bytes(static_cast<double>(s.sampled) * vocab * 4.0));
    }
    t.gemm += head;
    t.memory_bound += sampling;
  }
  return t;
}

}  // namespace colossus::serve
