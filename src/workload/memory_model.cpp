// The memory model: parameters held per GPU per stage, their bytes by ZeRO stage, activations by
// recompute mode and the micro-batches in flight the pipeline schedule holds (Korthikanti et al.
// 2022, term by term, with flash attention's softmax statistics in place of the score matrix), and
// the fixed allowance.
#include "colossus/workload/memory_model.h"

#include <fmt/format.h>

#include <algorithm>

#include "colossus/workload/optimizer.h"
#include "colossus/workload/pipeline_schedule.h"

namespace colossus {
namespace {

// Parameters of a stage on one GPU, before ZeRO-3 sharding.
struct StageParams {
  double dense = 0;   // replicated over dp_cp
  double expert = 0;  // replicated over edp_cp
  double largest_layer = 0;
  double embedding = 0;  // of which: embedding and output tables (no FP8 copies)
  // Of those, the ones with gradients and optimizer states: all, or LoRA's adapters only.
  double dense_trainable = 0;
  double expert_trainable = 0;
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
    const std::int64_t positions = m.max_positions > 0 ? m.max_positions : m.seq_len;
    const double e = table + (m.learned_positions ? static_cast<double>(positions * m.hidden) : 0);
    sp.dense += e;
    sp.embedding += e;
  }
  if (p.has_output(stage)) {
    sp.dense += static_cast<double>(m.hidden) * (m.linear_bias ? 2 : 1);
    // Untied: the output projection. Tied with pp > 1: the last stage keeps its own copy of
    // the embedding for the logits (Megatron), kept in sync by an all-reduce.
    if (!m.tied_embeddings || p.pp() > 1) {
      sp.dense += table;
      sp.embedding += table;
    }
    // Multi-token-prediction modules live on the last stage (Megatron).
    if (m.mtp_layers > 0) {
      const MtpParams mtp = mtp_params(m);
      sp.dense +=
          m.mtp_layers *
          (static_cast<double>(mtp.layer.attention + mtp.layer.dense_ffn + mtp.projection) / t +
           static_cast<double>(mtp.layer.norms + mtp.norms));
      sp.expert += m.mtp_layers * static_cast<double>(mtp.layer.expert) * mtp.layer.experts /
                   p.ep() / p.etp();
    }
  }
  sp.dense_trainable = sp.dense;
  sp.expert_trainable = sp.expert;
  if (m.is_lora()) {
    // LoRA: only the adapters train (split by TP like their base projections).
    sp.dense_trainable = 0;
    sp.expert_trainable = 0;
    for (int c = 0; c < p.vpp(); ++c) {
      auto [first, last] = p.layers(stage, c);
      for (int i = first; i < last; ++i)
        sp.dense_trainable += static_cast<double>(lora_params(m, i)) / t;
    }
    if (p.has_output(stage))
      sp.dense_trainable += m.mtp_layers * static_cast<double>(lora_params(m, m.layers - 1)) / t;
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
  // MXFP8 keeps each block of 32 elements' E8M0 scale beside it.
  const bool fp8 = p.spec().precision == Precision::fp8;
  const bool mx = fp8 && p.spec().fp8_scaling == Fp8Scaling::mxfp8;
  const double in = fp8 ? 1.0 + (mx ? kMxfp8ScaleBytesPerElement : 0.0) : 2.0;
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
  // Recomputing MLA's up projections (selective, mla_up_proj) keeps only the latents: Q, K and
  // V are re-projected from them before the attention backward.
  const bool up_proj_recomputed =
      rc == Recompute::selective && p.spec().recompute_mla_up_proj && m.is_mla();
  const double qkv = up_proj_recomputed ? 0.0
                                        : 2 * sb * (heads + kv_local) * dqk / t  // Q, K
                                              + 2 * sb * kv_local * dv / t;      // V
  double attention = in * sb * h / rep                 // QKV input (norm output)
                     + qkv + in * sb * heads * dv / t  // output-projection input
                     + mask * sb * h / rep + latent;
  // Flash attention never stores the s x s scores (Korthikanti et al.'s 5as^2b term): it keeps
  // its FP32 softmax statistics (one log-sum-exp per query and head), which selective recompute
  // drops with the rest of the core attention. Unfused attention keeps the softmax output (2
  // bytes per score) and, with dropout, its mask (1) and output (2): 5as^2b, as the paper counts.
  const bool core_attention_kept =
      rc == Recompute::none || (rc == Recompute::selective && !p.spec().recompute_core_attn);
  if (core_attention_kept) {
    if (p.spec().attention == AttentionKernel::unfused)
      attention += (2 + 3 * mask) * heads * s * static_cast<double>(p.seq_len()) * b / t;
    else
      attention += 4 * heads * s * b / t;
  }

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
    const double balanced = (etp > 1 ? sb : sb / rep) * m.moe.top_k;
    const double routed = balanced * m.moe_routed_share();
    const double stored = etp > 1 ? rep : 1.0;
    const double fe = static_cast<double>(m.moe.expert_ffn_hidden);
    // The routed tokens' saved tensors take the size of the tokens received, except with a rank
    // capacity (HybridEP's static buffers: rank_capacity x the balanced tokens) and with the
    // paged stash, which packs them by their real count into its buffer of paged_stash x the
    // balanced tokens in flight (Megatron: moe_paged_stash_buffer_size_factor_cuda).
    const ParallelismSpec& ps = p.spec();
    const double saved = ps.moe_paged_stash > 0            ? balanced * ps.moe_paged_stash
                         : ps.moe_rank_capacity_factor > 0 ? balanced * ps.moe_rank_capacity_factor
                                                           : routed;
    mlp += in * saved * h / stored + ffn(saved, fe, etp) + 2 * saved * h / stored +
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
  const double grad_bytes = p.spec().main_grads_fp32 ? 4 : 2;
  const double state_bytes = optimizer_traits(p.spec().optimizer).state_bytes;
  const bool fp8 = p.spec().precision == Precision::fp8;
  const auto schedule =
      make_schedule(p.spec().schedule, "parallelism.schedule", p.spec().at("parallelism.schedule"));
  const PipelineShape shape{p.pp(), p.micro_batches(), p.vpp()};
  const double tokens = static_cast<double>(p.seq_len()) / p.cp() * p.micro_batch();
  const int group =
      p.spec().recompute == Recompute::full ? std::max(1, p.spec().recompute_layers) : 1;
  const bool uniform_groups = p.spec().recompute == Recompute::full &&
                              p.spec().recompute_method == RecomputeMethod::uniform;
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
    // FP8 training: Transformer Engine casts each GEMM weight to FP8 once per step and caches
    // it and its transpose across the micro-batches (1 + 1 bytes per weight parameter); with
    // FP8 parameters (fp8_param_gather) those are the weights and no BF16 copy is kept.
    // Under ZeRO-3 only the gathered layers (in use and prefetched) have them.
    const double gemm_weights =
        zero == ZeroStage::weights ? 2 * sp.largest_layer : mem.params - sp.embedding;
    if (fp8 && !p.spec().fp8_param_gather) mem.weights += bytes(2 * gemm_weights);
    // MXFP8: each of the two FP8 copies (rowwise and columnwise) has its block scales.
    if (fp8 && p.spec().fp8_scaling == Fp8Scaling::mxfp8)
      mem.weights += bytes(2 * kMxfp8ScaleBytesPerElement * gemm_weights);
    // Gradients and optimizer states: of the trainable parameters (LoRA: the adapters only).
    const double trainable = sp.dense_trainable + sp.expert_trainable;
    const double trainable_sharded =
        sp.dense_trainable / dense_shards + sp.expert_trainable / expert_shards;
    mem.gradients =
        bytes(grad_bytes * (zero >= ZeroStage::gradients ? trainable_sharded : trainable));
    mem.optimizer =
        bytes(state_bytes * (zero >= ZeroStage::optimizer ? trainable_sharded : trainable));

    // Activations of one micro-batch through each chunk; the schedule's order says how many
    // micro-batches of each chunk are held at once. Full recompute re-materialises what it
    // recomputes in backward, transiently: one layer (N with uniform groups of N layers).
    std::vector<double> chunk_bytes;
    double transient = 0;
    for (int c = 0; c < p.vpp(); ++c) {
      auto [first, last] = p.layers(stage, c);
      double chunk = 0;
      for (int i = first; i < last; ++i) {
        const Recompute rc = p.layer_recompute(i);
        const bool group_input = !uniform_groups || (i - first) % group == 0;
        if (rc != Recompute::full || group_input) chunk += activation_bytes(m, p, i, rc).value();
        if (rc == Recompute::full && group_input) {
          double run = 0;  // the layers re-run together, from layer i
          for (int j = i; j < std::min(last, i + (uniform_groups ? group : 1)); ++j)
            run += activation_bytes(m, p, j, Recompute::none).value();
          transient = std::max(transient, run);
        }
      }
      if (c == p.vpp() - 1 && p.has_output(stage)) {
        // BF16 logits and their FP32 softmax, held from the loss until its backward.
        chunk += tokens * static_cast<double>(m.vocab) / p.tp() * (2 + 4);
        // The multi-token-prediction modules (Megatron: on the last stage): a layer shaped like
        // the last one each, and a second set of logits.
        chunk += m.mtp_layers *
                 (activation_bytes(m, p, m.layers - 1, p.layer_recompute(m.layers - 1)).value() +
                  tokens * static_cast<double>(m.vocab) / p.tp() * (2 + 4));
      }
      chunk_bytes.push_back(chunk);
    }
    mem.in_flight = schedule->peak_in_flight(shape, stage);
    mem.activations = bytes(schedule->peak_activations(shape, stage, chunk_bytes) + transient);
    // The caching allocator fragments what churns, the activations; weights, gradients and
    // optimizer states are allocated once, in Megatron's contiguous parameter and gradient
    // buffers. Expandable segments leave no slivers (memory_model.h).
    const double fragmentation = p.spec().allocator == Allocator::expandable_segments
                                     ? options.expandable_fragmentation
                                     : options.fragmentation;
    mem.overhead = options.fixed_overhead + mem.activations * fragmentation;
    out.push_back(mem);
  }
  return out;
}

namespace {

// The stage that needs the most.
const StageMemory* worst_stage(const std::vector<StageMemory>& stages) {
  const StageMemory* worst = nullptr;
  for (const StageMemory& s : stages)
    if (!worst || s.total() > worst->total()) worst = &s;
  return worst;
}

// One change to a layout that saves memory, as the flag that makes it.
struct Remedy {
  std::string flag;
  ParallelismSpec spec;
};

// The changes worth trying, cheapest in step time first.
std::vector<Remedy> remedies(const ParallelismSpec& s) {
  std::vector<Remedy> out;
  auto add = [&](std::string flag, auto change) {
    ParallelismSpec c = s;
    change(c);
    out.push_back({std::move(flag), std::move(c)});
  };
  if (s.recompute == Recompute::none)
    add("--recompute selective", [](ParallelismSpec& c) { c.recompute = Recompute::selective; });
  if (s.zero < ZeroStage::optimizer)
    add("--zero 1", [](ParallelismSpec& c) { c.zero = ZeroStage::optimizer; });
  if (s.micro_batch > 1)
    add(fmt::format("--micro-batch {}", s.micro_batch / 2),
        [](ParallelismSpec& c) { c.micro_batch /= 2; });
  if (s.zero < ZeroStage::weights)
    add("--zero 3", [](ParallelismSpec& c) { c.zero = ZeroStage::weights; });
  if (s.recompute != Recompute::full || s.recompute_layers > 0)
    add("--recompute full", [](ParallelismSpec& c) {
      c.recompute = Recompute::full;
      c.recompute_layers = 0;
    });
  for (const char* dim : {"tp", "pp", "cp"}) {
    add(fmt::format("--{} {}", dim,
                    2 * (dim[0] == 't'   ? s.tp
                         : dim[0] == 'p' ? s.pp
                                         : s.cp)),
        [dim](ParallelismSpec& c) {
          int& v = dim[0] == 't' ? c.tp : dim[0] == 'p' ? c.pp : c.cp;
          v *= 2;
          c.dp = 0;  // derived again from the GPUs
          if (dim[0] == 'p' && c.vpp > 1) c.vpp = 1, c.schedule = "1f1b";
          if (dim[0] == 'p') c.first_stage_layers = c.last_stage_layers = -1;
        });
  }
  return out;
}

}  // namespace

std::optional<std::string> memory_overflow(const ModelSpec& model, const Parallelism& par,
                                           const std::vector<StageMemory>& stages,
                                           const GpuSpec& gpu, const MemoryOptions& options) {
  const StageMemory* worst = worst_stage(stages);
  if (!worst || worst->total() <= gpu.hbm) return std::nullopt;
  std::string fixes;
  int found = 0;
  for (const Remedy& r : remedies(par.spec())) {
    if (found == 2) break;
    try {
      const Parallelism changed = resolve(r.spec, model, par.gpus(), par.gpus());
      const std::vector<StageMemory> changed_stages = memory_per_stage(model, changed, options);
      const StageMemory* w = worst_stage(changed_stages);
      if (!w || w->total() > gpu.hbm) continue;
      fixes += fmt::format("{}{} ({} GiB)", found ? " or " : "", r.flag, gib_text(w->total()));
      ++found;
    } catch (const InputError&) {
      continue;  // not a valid layout for this model and GPU count
    }
  }
  return fmt::format(
      "stage {} needs {} GiB per GPU, {} GiB more than {}'s {} GiB (weights {}, grads {}, "
      "optimizer {}, activations {} for {:g} micro-batches of {} x {} tokens in flight, overhead "
      "{}); {}",
      worst->stage, gib_text(worst->total()), gib_text(worst->total() - gpu.hbm), gpu.name,
      gib_text(gpu.hbm), gib_text(worst->weights), gib_text(worst->gradients),
      gib_text(worst->optimizer), gib_text(worst->activations), worst->in_flight, par.micro_batch(),
      par.seq_len(), gib_text(worst->overhead),
      found ? "it fits with " + fixes
            : "no single change of recompute, ZeRO stage, micro-batch, tp, pp or cp makes it fit");
}

void check_fits(const ModelSpec& model, const Parallelism& par,
                const std::vector<StageMemory>& stages, const GpuSpec& gpu,
                const MemoryOptions& options) {
  if (auto line = memory_overflow(model, par, stages, gpu, options))
    throw InputError(par.spec().at("parallelism"), "parallelism", *line);
}

}  // namespace colossus
