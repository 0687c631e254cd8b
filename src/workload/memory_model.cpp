// The memory model: parameters held per GPU per stage, their bytes by ZeRO stage, activations by
// recompute mode and the micro-batches in flight the pipeline schedule holds (Korthikanti et al.
// 2022, term by term, with flash attention's softmax statistics in place of the score matrix), and
// the fixed allowance.
#include "colossus/workload/memory_model.h"

#include <fmt/format.h>

#include <algorithm>

#include "colossus/workload/pipeline_schedule.h"

namespace colossus {
namespace {

// Parameters of a stage on one GPU, before ZeRO-3 sharding.
struct StageParams {
  double dense = 0;   // replicated over dp_cp
  double expert = 0;  // replicated over edp_cp
  double largest_layer = 0;
};

StageParams stage_params(const ModelSpec& m, const Parallelism& p, int stage) {
  StageParams sp;
  const double t = p.tp();
  for (int c = 0; c < p.vpp(); ++c) {
    auto [first, last] = p.layers(stage, c);
    for (int i = first; i < last; ++i) {
      LayerParams lp = layer_params(m, i);
      double dense =
          static_cast<double>(lp.attention + lp.dense_ffn) / t + static_cast<double>(lp.norms);
      double expert = static_cast<double>(lp.expert) * lp.experts / p.ep() / p.etp();
      sp.dense += dense;
      sp.expert += expert;
      sp.largest_layer = std::max(sp.largest_layer, dense + expert);
    }
  }
  const double table = static_cast<double>(m.vocab * m.hidden) / t;
  if (p.has_embedding(stage)) {
    sp.dense += table + (m.learned_positions ? static_cast<double>(m.seq_len * m.hidden) : 0);
  }
  if (p.has_output(stage)) {
    sp.dense += static_cast<double>(m.hidden) * (m.linear_bias ? 2 : 1);
    // Untied: the output projection. Tied with pp > 1: the last stage keeps its own copy of
    // the embedding for the logits (Megatron), kept in sync by an all-reduce.
    if (!m.tied_embeddings || p.pp() > 1) sp.dense += table;
  }
  return sp;
}

// Bytes as GiB with one decimal, for messages.
std::string gib_text(Bytes b) {
  return fmt::format("{:.1f}", b.value() / (1024.0 * 1024.0 * 1024.0));
}

// Activation bytes of layer `layer` for one micro-batch under recompute mode `rc`.
Bytes activation_bytes(const ModelSpec& m, const Parallelism& p, int layer, Recompute rc) {
  const double t = p.tp();
  const double rep = p.spec().sequence_parallel ? t : 1.0;  // replicated terms, split by SP
  const double s = static_cast<double>(p.seq_len()) / p.cp();
  const double b = p.micro_batch();
  const double h = static_cast<double>(m.hidden);
  const double sb = s * b;
  if (rc == Recompute::full) return bytes(2 * sb * h / rep);

  const double mask = m.dropout ? 1.0 : 0.0;
  // Bytes per element of a GEMM input kept for the weight gradient: FP8 training keeps the
  // FP8 copy it cast for the forward GEMM (Transformer Engine), 1 byte instead of 2.
  const double in = p.spec().precision == Precision::fp8 ? 1.0 : 2.0;
  // Attention: QKV input, Q, K, V, output-projection input, dropout mask.
  const double heads = static_cast<double>(m.heads);
  const double kv_local = std::max(1.0, static_cast<double>(m.kv_heads) / t) * t;
  double dqk = m.head_dim, dv = m.head_dim, latent = 0;
  if (m.is_mla()) {
    dqk = m.mla.qk_nope_head_dim + m.mla.qk_rope_head_dim;
    dv = m.mla.v_head_dim;
    latent = 2 * sb *
             static_cast<double>(m.mla.q_lora_rank + m.mla.kv_lora_rank + m.mla.qk_rope_head_dim) /
             rep;
  }
  double attention = in * sb * h / rep                        // QKV input (norm output)
                     + 2 * sb * (heads + kv_local) * dqk / t  // Q, K
                     + 2 * sb * kv_local * dv / t             // V
                     + in * sb * heads * dv / t               // output-projection input
                     + mask * sb * h / rep + latent;
  // Flash attention never stores the s x s scores (Korthikanti et al.'s 5as^2b term): it keeps
  // its FP32 softmax statistics (one log-sum-exp per query and head), which selective recompute
  // drops with the rest of the core attention.
  if (rc == Recompute::none) attention += 4 * heads * s * b / t;

  // FFN: its input, the intermediate activations (SwiGLU: gate and up outputs and their
  // product, the down projection's input; GELU: its input and output), dropout mask.
  auto ffn = [&](double tokens, double width, double split) {
    return (m.ffn_kind == FfnKind::swiglu ? 4 + in : 2 + in) * tokens * width / split;
  };
  double mlp = in * sb * h / rep + mask * sb * h / rep;
  if (m.layer_is_moe(layer)) {
    // Expert token copies this GPU computes: with etp = tp all T tokens' (gathered across TP),
    // with etp = 1 those of its sequence-parallel shard. With etp = tp the permuted inputs and
    // the expert outputs (kept for the combine's gradient) are stored as the SP shard and
    // re-gathered in backward, like a dense FFN's input.
    const double etp = p.etp();
    const double routed = (etp > 1 ? sb : sb / rep) * m.moe.top_k * m.moe.capacity_factor;
    const double stored = etp > 1 ? rep : 1.0;
    const double fe = static_cast<double>(m.moe.expert_ffn_hidden);
    mlp += in * routed * h / stored + ffn(routed, fe, etp) + 2 * routed * h / stored +
           ffn(sb, fe * m.moe.shared_experts, t);
  } else {
    mlp += ffn(sb, static_cast<double>(m.ffn_hidden), t);
  }
  const double norms = 4 * sb * h / rep;
  return bytes(attention + mlp + norms);
}

}  // namespace

Bytes layer_activation_bytes(const ModelSpec& m, const Parallelism& p, int layer) {
  return activation_bytes(m, p, layer, p.spec().recompute);
}

std::vector<StageMemory> memory_per_stage(const ModelSpec& m, const Parallelism& p,
                                          const MemoryOptions& options) {
  std::vector<StageMemory> out;
  const double dense_shards = p.group_size(GroupKind::dp_cp);
  const double expert_shards = p.group_size(GroupKind::edp_cp);
  const ZeroStage zero = p.spec().zero;
  const double grad_bytes = options.main_grads_fp32 ? 4 : 2;
  // Micro-batches' worth of a whole stage's activations each stage holds at its peak: the
  // schedule's own count.
  const auto schedule =
      make_schedule(p.spec().schedule, "parallelism.schedule", p.spec().at("parallelism.schedule"));
  const PipelineShape shape{p.pp(), p.micro_batches(), p.vpp()};
  for (int stage = 0; stage < p.pp(); ++stage) {
    StageParams sp = stage_params(m, p, stage);
    StageMemory mem;
    mem.stage = stage;
    mem.params = sp.dense + sp.expert;
    const double sharded = sp.dense / dense_shards + sp.expert / expert_shards;
    // ZeRO-3 keeps the shard plus the gathered weights of the layer in use and the prefetched
    // next one.
    mem.weights =
        bytes(zero == ZeroStage::weights ? 2 * (sharded + 2 * sp.largest_layer) : 2 * mem.params);
    mem.gradients = bytes(grad_bytes * (zero >= ZeroStage::gradients ? sharded : mem.params));
    mem.optimizer = bytes(12 * (zero >= ZeroStage::optimizer ? sharded : mem.params));

    // Full recompute re-materialises one layer's activations at a time in backward (flash
    // attention: without the scores, as selective).
    double per_microbatch = 0, transient = 0;
    for (int c = 0; c < p.vpp(); ++c) {
      auto [first, last] = p.layers(stage, c);
      for (int i = first; i < last; ++i) {
        per_microbatch += layer_activation_bytes(m, p, i).value();
        if (p.spec().recompute == Recompute::full)
          transient = std::max(transient, activation_bytes(m, p, i, Recompute::selective).value());
      }
    }
    const double in_flight = schedule->peak_in_flight(shape, stage);
    double activations = per_microbatch * in_flight + transient;
    if (p.has_output(stage)) {
      // BF16 logits and their FP32 softmax, per micro-batch the last chunk holds: with one
      // chunk per stage the stage's count (1 under 1F1B on the last stage, all m under GPipe);
      // interleaved, the last chunk's backward follows its forward at once (approximation: the
      // all-warm-up case m = p holds more).
      const double tokens = static_cast<double>(p.seq_len()) / p.cp() * p.micro_batch();
      activations += tokens * static_cast<double>(m.vocab) / p.tp() * (2 + 4) *
                     (p.vpp() == 1 ? in_flight : 1.0);
    }
    mem.activations = bytes(activations);
    Bytes rest = mem.weights + mem.gradients + mem.optimizer + mem.activations;
    mem.overhead = options.fixed_overhead + rest * options.fragmentation;
    out.push_back(mem);
  }
  return out;
}

void check_fits(const std::vector<StageMemory>& stages, const GpuSpec& gpu,
                const ParallelismSpec& where) {
  const StageMemory* worst = nullptr;
  for (const StageMemory& s : stages)
    if (!worst || s.total() > worst->total()) worst = &s;
  if (!worst || worst->total() <= gpu.hbm) return;
  throw InputError(where.at("parallelism"), "parallelism",
                   fmt::format("stage {} needs {} GiB per GPU (weights {}, grads {}, optimizer {}, "
                               "activations {}, overhead {}), {} has {} GiB",
                               worst->stage, gib_text(worst->total()), gib_text(worst->weights),
                               gib_text(worst->gradients), gib_text(worst->optimizer),
                               gib_text(worst->activations), gib_text(worst->overhead), gpu.name,
                               gib_text(gpu.hbm)));
}

}  // namespace colossus
