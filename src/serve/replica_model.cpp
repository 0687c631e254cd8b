// The serving replica's memory (weights, activation reserve, paged KV cache) and the time of one
// engine iteration from the hardware layer's roofline (see replica_model.h and docs/serving.md).
#include "colossus/serve/replica_model.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace colossus::serve {
namespace {

// Bytes per element of weights or cache. NVFP4 (Blackwell's FP4 format) stores 4-bit E2M1 values
// with one FP8 (E4M3) scale per block of 16: 4.5 bits, 0.5625 bytes (NVIDIA Technical Blog,
// "Introducing NVFP4 for Efficient and Accurate Low-Precision Inference", 2025; the per-tensor
// FP32 scale is negligible).
double element_bytes(Precision p) {
  switch (p) {
    case Precision::fp4:
      return 4.5 / 8;
    case Precision::fp8:
      return 1.0;
    case Precision::bf16:
      break;
  }
  return 2.0;
}

double gib_of(Bytes b) {
  return b.value() / gib(1).value();
}

// Expected distinct ranks a token's top-k experts sit on, of `ep` ranks holding experts / ep each
// (uniform routing): ep (1 - C(E - E/ep, k) / C(E, k)). DeepEP-style dispatch sends a token once
// to each such rank.
double ranks_per_token(double experts, double top_k, double ep) {
  double miss = 1.0;  // a given rank holds none of the token's k experts
  for (int i = 0; i < static_cast<int>(top_k); ++i)
    miss *= std::max(0.0, (experts - experts / ep - i) / (experts - i));
  return ep * (1.0 - miss);
}

IterationTime& operator+=(IterationTime& a, const IterationTime& b) {
  a.gemm += b.gemm;
  a.attention += b.attention;
  a.memory_bound += b.memory_bound;
  a.communication += b.communication;
  a.expert += b.expert;
  a.pipeline += b.pipeline;
  return a;
}

}  // namespace

std::int64_t model_context(const ModelSpec& model) {
  return model.max_positions > 0 ? model.max_positions : model.seq_len;
}

bool unchunked_budget_holds(const ReplicaConfig& config, std::int64_t max_model_len) {
  return config.chunked_prefill || config.kv_admission != KvAdmission::on_demand ||
         config.max_num_batched_tokens >= max_model_len;
}

std::string layout_text(const ReplicaConfig& c) {
  std::string s = fmt::format("TP{}", c.tp);
  if (c.pp > 1) s += fmt::format(" x PP{}", c.pp);
  if (c.dp_attention > 1) s = fmt::format("DP{} attention x TP{}", c.dp_attention, c.tp);
  if (c.ep > 1) s += fmt::format(", EP{}", c.ep);
  return s;
}

ReplicaModel::ReplicaModel(const ModelSpec& model, const GpuSpec& gpu, const ReplicaConfig& config,
                           AllReduceTime all_reduce, const SourceLocation& where)
    : ReplicaModel(model, gpu, config, ReplicaComms{std::move(all_reduce), {}, {}, {}}, where) {}

ReplicaModel::ReplicaModel(const ModelSpec& model, const GpuSpec& gpu, const ReplicaConfig& config,
                           ReplicaComms comms, const SourceLocation& where)
    : model_(model),
      gpu_(gpu),
      config_(config),
      comms_(std::move(comms)),
      compute_(gpu, default_calibration(gpu)) {
  const int tp = config_.tp, pp = config_.pp, ep = config_.ep;
  if (tp < 1 || model_.heads % tp != 0) {
    throw InputError(where, "--tp",
                     fmt::format("tensor parallelism {} must divide {}'s {} attention heads", tp,
                                 model_.name, model_.heads));
  }
  const int dp = config_.dp_attention;
  if (dp != 1) {
    if (dp < 1 || !model_.is_moe())
      throw InputError(where, "--dp-attention",
                       fmt::format("data-parallel attention needs a mixture-of-experts model; {} "
                                   "is dense (use --replicas for data parallelism)",
                                   model_.name));
    if (pp != 1)
      throw InputError(where, "--dp-attention",
                       "data-parallel attention with pipeline stages is not modelled; use --pp 1");
    if (model_.moe.experts % (dp * tp) != 0)
      throw InputError(where, "--dp-attention",
                       fmt::format("the experts spread over dp-attention {} x tp {} = {} GPUs, "
                                   "which must divide {}'s {} routed experts",
                                   dp, tp, dp * tp, model_.name, model_.moe.experts));
    if (ep != dp * tp)
      throw InputError(where, "--ep",
                       fmt::format("with data-parallel attention the experts span every GPU of "
                                   "the replica: ep must be dp-attention {} x tp {} = {}, got {}",
                                   dp, tp, dp * tp, ep));
  } else if (ep != 1) {
    if (!model_.is_moe())
      throw InputError(where, "--ep",
                       fmt::format("expert parallelism needs a mixture-of-experts model; {} is "
                                   "dense (use --tp)",
                                   model_.name));
    if (ep < 1 || model_.moe.experts % ep != 0)
      throw InputError(where, "--ep",
                       fmt::format("expert parallelism {} must divide {}'s {} routed experts", ep,
                                   model_.name, model_.moe.experts));
    if (ep != tp)
      throw InputError(where, "--ep",
                       fmt::format("expert parallelism spans a stage's tensor-parallel GPUs: ep "
                                   "must be 1 or tp {}, got {} (ep > tp: --dp-attention ep / tp)",
                                   tp, ep));
  }
  if (pp < 1 || model_.layers % pp != 0) {
    throw InputError(where, "--pp",
                     fmt::format("pipeline parallelism {} must divide {}'s {} layers", pp,
                                 model_.name, model_.layers));
  }
  if ((pp > 1 && !comms_.pipeline_send) ||
      (ep > 1 && (!comms_.all_to_all || (tp > 1 && !comms_.all_gather))) ||
      (tp > 1 && !comms_.all_reduce))
    throw std::invalid_argument("ReplicaModel: a collective the layout needs was not given");
  if (config_.precision == Precision::fp8 && gpu_.fp8_dense.value() <= 0) {
    throw InputError(where, "--precision",
                     fmt::format("GPU {} has no FP8 tensor cores", gpu_.name));
  }
  if (config_.precision == Precision::fp4 && gpu_.fp4_dense.value() <= 0) {
    throw InputError(where, "--precision",
                     fmt::format("GPU {} has no FP4 tensor cores (its preset states no "
                                 "fp4_dense_tflops; FP4 needs Blackwell: b200, gb200, gb300)",
                                 gpu_.name));
  }
  if (config_.kv_precision == Precision::fp4) {
    throw InputError(where, "--kv-precision", "an FP4 KV cache is not modelled; use bf16 or fp8");
  }
  max_model_len_ = config_.max_model_len > 0 ? config_.max_model_len : model_context(model_);
  stage_layers_ = model_.layers / pp;

  // Weights of each stage: its layers' linear layers in the serving precision, sharded by TP
  // (routed experts by EP when ep > 1: experts / ep whole experts per GPU); the embedding (first
  // stage) and output head (last; the tied embedding when the head has none of its own and there
  // are several stages) vocabulary-parallel in BF16; norms whole (MTP modules are not loaded).
  // The binding stage is the one that holds the most.
  const ParameterCount count = count_parameters(model_);
  const double wb = element_bytes(config_.precision);
  for (int stage = 0; stage < pp; ++stage) {
    double linear = 0, experts = 0, norms = 0;
    for (int i = stage * stage_layers_; i < (stage + 1) * stage_layers_; ++i) {
      const LayerParams p = layer_params(model_, i);
      linear += static_cast<double>(p.attention + p.dense_ffn);
      experts += static_cast<double>(p.expert * p.experts);
      norms += static_cast<double>(p.norms);
    }
    double rest = 0;
    if (stage == 0) rest += static_cast<double>(count.embedding);
    if (stage == pp - 1)
      rest += static_cast<double>(pp > 1 && model_.tied_embeddings ? count.embedding + count.output
                                                                   : count.output);
    const Bytes w =
        bytes((linear * wb + rest * 2.0) / tp + experts * wb / (ep > 1 ? ep : tp) + norms * 2.0);
    weights_ = std::max(weights_, w);
  }

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
                    "at tp {}{}; {:.0f}% of the {}'s {:.1f} GiB is {:.1f} GiB (more GPUs, FP8, or "
                    "a smaller --max-num-batched-tokens)",
                    model_.name, to_string(config_.precision), gib_of(weights_),
                    gib_of(activations_), tp, pp > 1 ? fmt::format(" pp {}", pp) : "",
                    100 * (usable / gpu_.hbm), gpu_.name, gib_of(gpu_.hbm), gib_of(usable)));
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
  kv_per_token_ = bytes(kv_per_token_layer_ * stage_layers_);  // a GPU caches its stage's layers
  // Each attention group's GPUs hold that group's cache: D groups, D times the blocks.
  kv_blocks_ = static_cast<std::int64_t>(
                   std::floor(kv_cache_.value() / (kv_per_token_.value() * config_.block_size))) *
               dp;
  if (kv_blocks_ < engines()) {  // every virtual engine or attention group needs a block
    throw InputError(where, "--tp",
                     fmt::format("no room for a KV cache: {:.2f} GiB per GPU hold less than one "
                                 "block of {} tokens; use more GPUs",
                                 gib_of(kv_cache_), config_.block_size));
  }
  // CUDA-graph sizes TensorRT-LLM keeps (model_engine.py, _filter_cuda_graph_batch_sizes): those
  // up to the largest pure-decode batch, min(max batch size, max num tokens); with padding, the
  // first larger size given is replaced by that bound.
  std::vector<int> sizes = config_.cuda_graph_batch_sizes;
  std::sort(sizes.begin(), sizes.end());
  sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
  if (!sizes.empty() && sizes.front() < 1)
    throw InputError(
        where, "--cuda-graph-batch-sizes",
        fmt::format("a CUDA-graph batch size must be a positive count, got {}", sizes.front()));
  const int graph_bound = static_cast<int>(
      std::min<std::int64_t>(config_.max_num_seqs, config_.max_num_batched_tokens));
  for (int b : sizes) {
    if (b <= graph_bound) {
      graph_sizes_.push_back(b);
      continue;
    }
    if (graph_sizes_.empty() || graph_sizes_.back() != graph_bound)
      graph_sizes_.push_back(graph_bound);
    break;
  }
  dense_cache_.resize(static_cast<std::size_t>(pp) *
                      (static_cast<std::size_t>(config_.max_num_batched_tokens) + 1));
  dense_cached_.assign(dense_cache_.size(), 0);
  if (dp > 1) {
    const auto per_group = static_cast<std::size_t>(config_.max_num_batched_tokens) + 1;
    const Seconds unknown(std::numeric_limits<double>::quiet_NaN());
    expert_gemm_cache_.assign(per_group * static_cast<std::size_t>(dp), unknown);
    all_to_all_cache_.assign(per_group, unknown);
    lone_.resize(static_cast<std::size_t>(dp));
  }
}

int ReplicaModel::graph_batch(int decodes) const {
  const auto it = std::lower_bound(graph_sizes_.begin(), graph_sizes_.end(), decodes);
  return it == graph_sizes_.end() ? decodes : *it;
}

BatchShape ReplicaModel::padded(const BatchShape& s) const {
  if (graph_sizes_.empty() || s.prefill_seqs > 0 || s.decode_seqs == 0) return s;
  const int pad = graph_batch(s.decode_seqs) - s.decode_seqs;
  if (pad <= 0) return s;
  BatchShape p = s;
  p.decode_seqs += pad;
  p.decode_context += pad;  // a dummy sequence has one cached token
  p.sampled += pad;
  return p;
}

Seconds ReplicaModel::gemm_time(double m, double n, double k, double batch,
                                double weight_bytes) const {
  if (m <= 0 || n <= 0 || k <= 0 || batch <= 0) return Seconds{};
  const Precision p = weight_bytes < 1   ? Precision::fp4
                      : weight_bytes < 2 ? Precision::fp8
                                         : Precision::bf16;
  const ComputeCalibration& c = compute_.calibration();
  // The curve in n and k only: divide the token dimension's saturation back out. FP4 GEMMs take
  // FP8's efficiency against the FP4 peak (an estimate: no FP4 GEMM measurement in the presets).
  const Precision curve = p == Precision::fp4 ? Precision::fp8 : p;
  const double eff = compute_.gemm_efficiency(m, n, k, curve) / (m / (m + c.gemm_half_dim));
  const FlopRate peak = p == Precision::fp4   ? gpu_.fp4_dense
                        : p == Precision::fp8 ? gpu_.fp8_dense
                                              : gpu_.bf16_dense;
  const Seconds compute = flops(2.0 * m * n * k * batch) / (peak * eff);
  const Seconds memory = bytes((k * n * weight_bytes + (m * k + m * n) * 2.0) * batch) /
                         (gpu_.hbm_bandwidth * c.memory_efficiency);
  return std::max(compute, memory) + c.launch_overhead;
}

Seconds ReplicaModel::memory_time(Bytes traffic) const {
  const ComputeCalibration& c = compute_.calibration();
  return traffic / (gpu_.hbm_bandwidth * c.memory_efficiency) + c.launch_overhead;
}

IterationTime ReplicaModel::dense_part(int stage, std::int64_t tokens) const {
  const std::size_t per_stage = static_cast<std::size_t>(config_.max_num_batched_tokens) + 1;
  const auto slot = static_cast<std::size_t>(stage) * per_stage + static_cast<std::size_t>(tokens);
  const bool cacheable = static_cast<std::size_t>(tokens) < per_stage;
  if (cacheable && dense_cached_[slot]) return dense_cache_[slot];
  IterationTime t;
  const double T = static_cast<double>(tokens), h = static_cast<double>(model_.hidden);
  const double tp = config_.tp, wb = element_bytes(config_.precision);
  const double vdim = model_.is_mla() ? model_.mla.v_head_dim : model_.head_dim;
  const double up_share = model_.ffn_kind == FfnKind::swiglu ? 2.0 / 3.0 : 0.5;
  const Bytes activations = bytes(T * h * 2.0);  // BF16 hidden states of the iteration's tokens
  const Seconds all_reduce = config_.tp > 1 ? comms_.all_reduce(activations) : Seconds{};
  // EP: after the combine an all-gather replicates the T outputs on the TP ranks (an all-reduce
  // when shared experts, TP-sharded, add their partial sums); nothing on one GPU.
  Seconds after_moe{};
  if (config_.ep > 1 && config_.tp > 1 && model_.is_moe())
    after_moe = model_.moe.shared_experts > 0 ? all_reduce : comms_.all_gather(activations);
  for (int i = stage * stage_layers_; i < (stage + 1) * stage_layers_; ++i) {
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
    // Two fused residual+norms, rotary on Q and K, the FFN activation: BF16 reads and writes.
    const double qk = (model_.heads + model_.kv_heads) * model_.head_dim / tp;
    const double act = static_cast<double>(std::max<std::int64_t>(
                           p.dense_ffn > 0 ? model_.ffn_hidden : 0,
                           p.experts > 0 ? model_.moe.expert_ffn_hidden * p.active_experts : 0)) /
                       tp;
    t.memory_bound += memory_time(bytes(T * h * 2 * 2)) * 2.0;
    t.memory_bound += memory_time(bytes(T * qk * 2 * 2));
    t.memory_bound += memory_time(bytes(T * act * 2 * 3));
    if (p.experts > 0 && config_.ep > 1) {
      t.communication += all_reduce + after_moe;
    } else {
      t.communication += all_reduce * (model_.parallel_block ? 1.0 : 2.0);
    }
  }
  if (config_.dp_attention == 1) t += expert_part(stage, tokens, tokens);
  if (stage == 0) t.memory_bound += memory_time(activations);  // embedding lookup
  // vLLM's intermediate tensors between stages: the hidden states and the residual, BF16.
  if (stage < config_.pp - 1) t.pipeline = comms_.pipeline_send(stage, bytes(T * h * 2.0 * 2.0));
  if (cacheable) {
    dense_cache_[slot] = t;
    dense_cached_[slot] = 1;
  }
  return t;
}

IterationTime ReplicaModel::expert_part(int stage, std::int64_t tokens, std::int64_t sender) const {
  IterationTime t;
  if (!model_.is_moe()) return t;
  const bool dp = config_.dp_attention > 1;
  const bool cached_gemm =
      dp && static_cast<std::size_t>(tokens) < expert_gemm_cache_.size() &&
      !std::isnan(expert_gemm_cache_[static_cast<std::size_t>(tokens)].value());
  const bool cached_a2a = dp && static_cast<std::size_t>(sender) < all_to_all_cache_.size() &&
                          !std::isnan(all_to_all_cache_[static_cast<std::size_t>(sender)].value());
  if (cached_gemm) t.gemm = expert_gemm_cache_[static_cast<std::size_t>(tokens)];
  if (cached_a2a) t.expert = all_to_all_cache_[static_cast<std::size_t>(sender)];
  if (cached_gemm && cached_a2a) return t;
  const double T = static_cast<double>(tokens), h = static_cast<double>(model_.hidden);
  const double tp = config_.tp, ep = config_.ep, wb = element_bytes(config_.precision);
  const double up_share = model_.ffn_kind == FfnKind::swiglu ? 2.0 / 3.0 : 0.5;
  // EP: each GPU dispatches its 1/tp share of its group's (TP-replicated) tokens, once to every
  // rank holding one of a token's experts, in BF16; the combine returns as much.
  Seconds expert_a2a{};
  if (config_.ep > 1 && !cached_a2a) {
    const double ranks = ranks_per_token(model_.moe.experts, model_.moe.top_k, ep);
    expert_a2a = comms_.all_to_all(bytes(static_cast<double>(sender) / tp * ranks * h * 2.0)) * 2.0;
  }
  Seconds gemm{}, a2a{};
  for (int i = stage * stage_layers_; i < (stage + 1) * stage_layers_; ++i) {
    const LayerParams p = layer_params(model_, i);
    if (p.experts == 0) continue;
    // Routed experts: the tokens' top-k choices touch E (1 - (1 - k/E)^T) distinct experts
    // (uniform routing), each read once and fed its share of the T k assignments: with EP a GPU
    // holds 1/ep of them whole, with TP every GPU holds 1/tp of each.
    const bool expert_parallel = config_.ep > 1;
    const double e = p.experts, k = p.active_experts;
    const double touched = e * (1.0 - std::pow(1.0 - k / e, T));
    const double m = T * k / touched, w = static_cast<double>(p.expert);
    const double split = expert_parallel ? 1.0 : tp,
                 count = expert_parallel ? touched / ep : touched;
    gemm += gemm_time(m, w * up_share / (h * split), h, count, wb);
    gemm += gemm_time(m, h, w * (1 - up_share) / (h * split), count, wb);
    a2a += expert_a2a;
  }
  if (!cached_gemm) t.gemm = gemm;
  if (!cached_a2a) t.expert = a2a;
  if (dp) {
    if (static_cast<std::size_t>(tokens) < expert_gemm_cache_.size())
      expert_gemm_cache_[static_cast<std::size_t>(tokens)] = t.gemm;
    if (static_cast<std::size_t>(sender) < all_to_all_cache_.size())
      all_to_all_cache_[static_cast<std::size_t>(sender)] = t.expert;
  }
  return t;
}

IterationTime ReplicaModel::batch_part(int stage, const BatchShape& s) const {
  IterationTime t;
  const ComputeCalibration& c = compute_.calibration();
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
    t.attention = (std::max(compute, memory) + c.launch_overhead) * stage_layers_;
  }
  // The output head on the sampled rows (vocabulary-parallel) and sampling over FP32 logits, on
  // the last stage.
  if (s.sampled > 0 && stage == config_.pp - 1) {
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

IterationTime ReplicaModel::iteration(const BatchShape& shape) const {
  if (config_.dp_attention > 1) {
    lone_[0] = shape;
    return iteration(std::span<const BatchShape>(lone_));
  }
  const BatchShape s = padded(shape);
  IterationTime t = dense_part(0, s.tokens());
  t += batch_part(0, s);
  for (int stage = 1; stage < config_.pp; ++stage) {
    t += dense_part(stage, s.tokens());
    t += batch_part(stage, s);
  }
  return t;
}

IterationTime ReplicaModel::iteration(std::span<const BatchShape> groups) const {
  if (config_.dp_attention == 1) return iteration(groups.front());
  // The slowest group's attention side (groups with no work join with nothing to compute), then
  // the experts on every group's tokens, dispatched padded to the largest group's (SGLang's
  // DpPaddingMode::MAX_LEN for decode, python/sglang/srt/layers/dp_attention.py).
  IterationTime slowest;
  double slowest_total = -1;
  std::int64_t all = 0, most = 0;
  for (const BatchShape& shape : groups) {
    const BatchShape g = padded(shape);
    const std::int64_t n = g.tokens();
    all += n;
    most = std::max(most, n);
    if (n == 0) continue;
    IterationTime t = dense_part(0, n);
    t += batch_part(0, g);
    if (t.total().value() > slowest_total) {
      slowest = t;
      slowest_total = t.total().value();
    }
  }
  if (all > 0) slowest += expert_part(0, all, most);
  return slowest;
}

void ReplicaModel::stage_times(const BatchShape& shape, std::vector<Seconds>& out) const {
  out.resize(static_cast<std::size_t>(config_.pp));
  if (config_.dp_attention > 1) {
    out[0] = iteration(shape).total();
    return;
  }
  const BatchShape s = padded(shape);
  for (int stage = 0; stage < config_.pp; ++stage) {
    IterationTime t = dense_part(stage, s.tokens());
    t += batch_part(stage, s);
    out[static_cast<std::size_t>(stage)] = t.total();
  }
}

}  // namespace colossus::serve
