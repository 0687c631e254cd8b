// Parallel layouts: validation against the model and the cluster (each error names the field and
// what was expected), the layers of each virtual pipeline stage, and the map between GPU ids and
// coordinates (dense tp, cp, dp, pp in a configurable order; expert etp, ep, edp inside a
// pipeline stage), from which every group of every kind is read into one flat table: a dense
// kind's as sums of digits times strides, an expert kind's in one pass over the GPU ids, their
// coordinates counted like an odometer.
#include "colossus/workload/parallelism.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <numeric>

#include "colossus/workload/pipeline_schedule.h"

namespace colossus {

SourceLocation ParallelismSpec::at(const std::string& field) const {
  return {source.file, lines.line(field)};
}

namespace {

// Throws at a parallelism field ("tp" -> "parallelism.tp").
[[noreturn]] void fail(const ParallelismSpec& s, const std::string& field,
                       const std::string& message) {
  std::string path = "parallelism." + field;
  throw InputError(s.at(path), path, message);
}

// Throws at a software-stack field ("moe_paged_stash" -> "stack.moe_paged_stash").
[[noreturn]] void fail_stack(const ParallelismSpec& s, const std::string& field,
                             const std::string& message) {
  std::string path = "stack." + field;
  throw InputError(s.at(path), path, message);
}

// Throws unless v >= 1.
void require_positive(const ParallelismSpec& s, const std::string& field, std::int64_t v) {
  if (v < 1) fail(s, field, fmt::format("expected an integer >= 1, got {}", v));
}

// Layers of each virtual stage, in virtual-stage order.
std::vector<int> split_layers(const ParallelismSpec& s, const ModelSpec& model) {
  const int stages = s.pp * s.vpp;
  const int layers = model.layers;
  std::vector<int> counts(stages, -1);
  if (stages == 1) {
    for (auto [field, v] : {std::pair{"first_stage_layers", s.first_stage_layers},
                            std::pair{"last_stage_layers", s.last_stage_layers}})
      if (v >= 0 && v != layers)
        fail(s, field,
             fmt::format("expected the model's {} layers with a single pipeline stage, got {}",
                         layers, v));
    return {layers};
  }
  if ((s.account_for_embedding || s.account_for_loss) && s.first_stage_layers < 0 &&
      s.last_stage_layers < 0) {
    // Megatron: (layers + embedding + loss) split evenly, the embedding and the loss each taking
    // one layer's place on the first and last virtual stage.
    const int units = layers + (s.account_for_embedding ? 1 : 0) + (s.account_for_loss ? 1 : 0);
    if (units % stages != 0 || units / stages < 1)
      fail(s, "account_for_embedding",
           fmt::format("the model's {} layers plus the embedding/loss ({} in all) do not split "
                       "evenly over pp * vpp = {} virtual stages",
                       layers, units, stages));
    std::vector<int> even(static_cast<std::size_t>(stages), units / stages);
    if (s.account_for_embedding) --even.front();
    if (s.account_for_loss) --even.back();
    return even;
  }
  int fixed = 0, free_stages = stages;
  if (s.first_stage_layers >= 0) {
    counts.front() = s.first_stage_layers;
    fixed += s.first_stage_layers;
    --free_stages;
  }
  if (s.last_stage_layers >= 0) {
    counts.back() = s.last_stage_layers;
    fixed += s.last_stage_layers;
    --free_stages;
  }
  const int rest = layers - fixed;
  const bool uneven = s.first_stage_layers >= 0 || s.last_stage_layers >= 0;
  if (rest < 0 || (free_stages == 0 && rest != 0) || (free_stages > 0 && rest % free_stages != 0)) {
    if (!uneven)
      fail(s, s.vpp > 1 ? "vpp" : "pp",
           fmt::format("the model's {} layers do not split evenly over pp * vpp = {} * {} = {} "
                       "virtual stages; change pp/vpp or set parallelism.first_stage_layers / "
                       "last_stage_layers (--first-stage-layers / --last-stage-layers)",
                       layers, s.pp, s.vpp, stages));
    fail(s, s.first_stage_layers >= 0 ? "first_stage_layers" : "last_stage_layers",
         fmt::format("the other {} virtual stages must share the remaining {} of {} layers "
                     "evenly, and they do not",
                     free_stages, rest, layers));
  }
  for (int& c : counts)
    if (c < 0) c = rest / free_stages;
  return counts;
}

}  // namespace

int Parallelism::dim_size(GroupKind dim) const {
  return dim == GroupKind::ep ? 1 : group_size(dim);  // "ep" has size 1 in the dense grid
}

int Parallelism::group_size(GroupKind kind) const {
  const int edp = spec_.tp * spec_.cp * spec_.dp / (spec_.etp * spec_.ep);
  switch (kind) {
    case GroupKind::tp:
      return spec_.tp;
    case GroupKind::cp:
      return spec_.cp;
    case GroupKind::dp:
      return spec_.dp;
    case GroupKind::ep:
      return spec_.ep;
    case GroupKind::edp:
    case GroupKind::edp_cp:
      return edp;
    case GroupKind::pp:
      return spec_.pp;
    case GroupKind::dp_cp:
      return spec_.dp * spec_.cp;
  }
  return 1;
}

std::pair<int, int> Parallelism::layers(int stage, int chunk) const {
  return virtual_stage_layers_.at(static_cast<std::size_t>(chunk * spec_.pp + stage));
}

Recompute Parallelism::layer_recompute(int layer) const {
  if (spec_.recompute != Recompute::full || spec_.recompute_layers == 0 ||
      spec_.recompute_method == RecomputeMethod::uniform)
    return spec_.recompute;
  for (const auto& [first, last] : virtual_stage_layers_)
    if (layer >= first && layer < last)
      return layer - first < spec_.recompute_layers ? Recompute::full : Recompute::none;
  return spec_.recompute;
}

Parallelism::Coordinates Parallelism::coordinates(int rank) const {
  Coordinates c;
  int local = 0, stride = 1;  // index inside the pipeline stage, over the non-pp dimensions
  for (GroupKind dim : spec_.order) {
    int size = dim_size(dim);
    int v = rank % size;
    rank /= size;
    switch (dim) {
      case GroupKind::tp:
        c.tp = v;
        break;
      case GroupKind::cp:
        c.cp = v;
        break;
      case GroupKind::dp:
        c.dp = v;
        break;
      case GroupKind::pp:
        c.pp = v;
        break;
      default:
        break;
    }
    if (dim != GroupKind::pp) {
      local += v * stride;
      stride *= size;
    }
  }
  c.etp = local % spec_.etp;
  c.ep = local / spec_.etp % spec_.ep;
  c.edp = local / (spec_.etp * spec_.ep);
  return c;
}

int Parallelism::dp_index(int rank) const {
  return coordinates(rank).dp;
}

int Parallelism::rank(const Coordinates& c) const {
  int r = 0, stride = 1;
  for (GroupKind dim : spec_.order) {
    int v = dim == GroupKind::tp   ? c.tp
            : dim == GroupKind::cp ? c.cp
            : dim == GroupKind::dp ? c.dp
            : dim == GroupKind::pp ? c.pp
                                   : 0;
    r += v * stride;
    stride *= dim_size(dim);
  }
  return r;
}

Parallelism::GroupTable Parallelism::group_table(GroupKind kind) const {
  GroupTable out;
  out.size = group_size(kind);
  out.ranks.resize(static_cast<std::size_t>(gpus_));
  const bool expert = kind == GroupKind::ep || kind == GroupKind::edp || kind == GroupKind::edp_cp;
  if (!expert) {
    // A rank is the sum of its dense digits times their strides, so a dense kind's groups are
    // the sums over the kind's own dimensions (`offsets`) added to those over the others
    // (`bases`), each list ascending: a dimension's stride exceeds every sum below it.
    std::vector<int> offsets{0}, bases{0};
    int stride = 1;
    for (GroupKind dim : spec_.order) {
      const bool own = dim == kind ||
                       (kind == GroupKind::dp_cp && (dim == GroupKind::dp || dim == GroupKind::cp));
      std::vector<int>& list = own ? offsets : bases;
      const std::size_t below = list.size();
      for (int v = 1; v < dim_size(dim); ++v) {
        for (std::size_t i = 0; i < below; ++i) list.push_back(list[i] + v * stride);
      }
      stride *= dim_size(dim);
    }
    for (std::size_t g = 0; g < bases.size(); ++g) {
      for (std::size_t i = 0; i < offsets.size(); ++i) {
        out.ranks[g * offsets.size() + i] = bases[g] + offsets[i];
      }
    }
    return out;
  }
  const int edp = group_size(GroupKind::edp);
  // An expert kind's groups: the GPUs that share the expert coordinates (and the stage) the
  // kind keeps fixed, whose mixed-radix index is a rank's group key.
  auto fixed = [&](const Coordinates& c) -> std::array<std::pair<int, int>, 3> {
    if (kind == GroupKind::ep) return {{{c.etp, spec_.etp}, {c.edp, edp}, {c.pp, spec_.pp}}};
    return {{{c.etp, spec_.etp}, {c.ep, spec_.ep}, {c.pp, spec_.pp}}};  // edp, edp_cp
  };
  // The ranks in ascending order with their dense digits counted like an odometer (the first
  // dimension of `order` fastest), so no rank is divided into its coordinates; the index inside
  // the pipeline stage (`local`, over the non-pp digits) gives the expert coordinates.
  std::array<int*, 5> digit{};
  std::array<int, 5> size{}, local_stride{};
  Coordinates c;
  int stride = 1;
  for (std::size_t d = 0; d < spec_.order.size(); ++d) {
    const GroupKind dim = spec_.order[d];
    size[d] = dim_size(dim);
    digit[d] = dim == GroupKind::tp   ? &c.tp
               : dim == GroupKind::cp ? &c.cp
               : dim == GroupKind::dp ? &c.dp
               : dim == GroupKind::pp ? &c.pp
                                      : nullptr;  // "ep": size 1 in the dense grid
    local_stride[d] = dim == GroupKind::pp ? 0 : stride;
    if (dim != GroupKind::pp) stride *= size[d];
  }
  // A group's index is the order in which its first (lowest) rank is met.
  std::vector<int> index(static_cast<std::size_t>(gpus_ / out.size), -1);
  std::vector<int> filled;
  filled.reserve(index.size());
  for (int r = 0; r < gpus_; ++r) {
    int local = 0;
    for (std::size_t d = 0; d < size.size(); ++d) {
      if (digit[d]) local += *digit[d] * local_stride[d];
    }
    c.etp = local % spec_.etp;
    c.ep = local / spec_.etp % spec_.ep;
    c.edp = local / (spec_.etp * spec_.ep);
    int key = 0, key_stride = 1;
    for (auto [v, range] : fixed(c)) {
      key += v * key_stride;
      key_stride *= range;
    }
    int& g = index[static_cast<std::size_t>(key)];
    if (g < 0) {
      g = static_cast<int>(filled.size());
      filled.push_back(0);
    }
    out.ranks[static_cast<std::size_t>(g) * out.size + filled[g]++] = r;
    for (std::size_t d = 0; d < size.size(); ++d) {
      if (!digit[d]) continue;
      if (++*digit[d] < size[d]) break;
      *digit[d] = 0;
    }
  }
  return out;
}

std::vector<std::vector<int>> Parallelism::groups(GroupKind kind) const {
  const GroupTable table = group_table(kind);
  std::vector<std::vector<int>> out;
  out.reserve(static_cast<std::size_t>(table.count()));
  for (int g = 0; g < table.count(); ++g) {
    const std::span<const int> group = table.group(g);
    out.emplace_back(group.begin(), group.end());
  }
  return out;
}

Parallelism resolve(ParallelismSpec s, const ModelSpec& model, int gpus, int gpus_per_server,
                    std::vector<std::string>* warnings) {
  require_positive(s, "tp", s.tp);
  require_positive(s, "cp", s.cp);
  require_positive(s, "pp", s.pp);
  require_positive(s, "vpp", s.vpp);
  require_positive(s, "ep", s.ep);
  require_positive(s, "micro_batch", s.micro_batch);
  if (s.dp < 0)
    fail(s, "dp", fmt::format("expected an integer >= 1 (or 0: derived), got {}", s.dp));
  if (gpus < 1) throw InputError(s.source, "gpus", fmt::format("expected >= 1, got {}", gpus));

  std::vector<GroupKind> order(s.order.begin(), s.order.end());
  std::sort(order.begin(), order.end());
  if (std::adjacent_find(order.begin(), order.end()) != order.end() ||
      std::any_of(order.begin(), order.end(), [](GroupKind k) {
        return k != GroupKind::tp && k != GroupKind::cp && k != GroupKind::ep &&
               k != GroupKind::dp && k != GroupKind::pp;
      }))
    fail(s, "order", "expected a permutation of tp, cp, ep, dp, pp");

  const std::int64_t model_parallel = std::int64_t{s.tp} * s.cp * s.pp;
  if (s.dp == 0) {
    if (gpus % model_parallel != 0)
      fail(s, "tp",
           fmt::format("tp * cp * pp = {} * {} * {} = {} must divide the {} GPUs", s.tp, s.cp, s.pp,
                       model_parallel, gpus));
    s.dp = static_cast<int>(gpus / model_parallel);
  } else if (model_parallel * s.dp != gpus) {
    fail(s, "dp",
         fmt::format("expected tp * cp * pp * dp = the {} GPUs, got {} * {} * {} * {} = {}", gpus,
                     s.tp, s.cp, s.pp, s.dp, model_parallel * s.dp));
  }
  if (s.seq_len == 0) s.seq_len = model.seq_len;
  require_positive(s, "seq_len", s.seq_len);

  if (model.heads % s.tp != 0)
    fail(s, "tp",
         fmt::format("expected a divisor of the model's attention_heads ({}), got {}", model.heads,
                     s.tp));
  if (model.kv_heads % s.tp != 0 && s.tp % model.kv_heads != 0)
    fail(s, "tp",
         fmt::format("expected a divisor or a multiple of the model's kv_heads ({}), got {}",
                     model.kv_heads, s.tp));
  if (s.tp > gpus_per_server && warnings)
    warnings->push_back(fmt::format(
        "parallelism.tp = {} is wider than a server ({} GPUs): tensor-parallel collectives "
        "cross the RDMA fabric",
        s.tp, gpus_per_server));
  if (s.seq_len % s.cp != 0)
    fail(s, "cp", fmt::format("expected a divisor of seq_len ({}), got {}", s.seq_len, s.cp));
  if (s.tp == 1) s.sequence_parallel = false;
  if (s.sequence_parallel && s.seq_len / s.cp % s.tp != 0)
    fail(s, "sequence_parallel",
         fmt::format("sequence parallel needs seq_len / cp ({}) divisible by tp ({})",
                     s.seq_len / s.cp, s.tp));

  if (s.ep > 1 && !model.is_moe())
    fail(s, "ep", fmt::format("expected 1 for a dense model, got {}", s.ep));
  if (model.is_moe() && model.moe.experts % s.ep != 0)
    fail(s, "ep",
         fmt::format("expected a divisor of the model's experts ({}), got {}", model.moe.experts,
                     s.ep));
  if (s.etp == 0) s.etp = s.tp;
  if (s.etp != 1 && s.etp != s.tp)
    fail(s, "etp", fmt::format("expected 1 or tp ({}), got {}", s.tp, s.etp));
  const std::int64_t stage_gpus = std::int64_t{s.tp} * s.cp * s.dp;
  if (stage_gpus % (std::int64_t{s.ep} * s.etp) != 0)
    fail(s, "ep",
         fmt::format("expected ep * etp to divide tp * cp * dp = {}: expert parallelism is carved "
                     "out of the GPUs of a pipeline stage, got {} * {}",
                     stage_gpus, s.ep, s.etp));
  if (model.is_moe() && s.tp > 1 && !s.sequence_parallel)
    fail(s, "sequence_parallel",
         "expected true: mixture-of-experts layers with tp > 1 need sequence parallel (Megatron)");
  if (s.global_batch < 1)
    fail(s, "global_batch", fmt::format("expected an integer >= 1, got {}", s.global_batch));
  const std::int64_t per_step = std::int64_t{s.micro_batch} * s.dp;
  if (s.global_batch % per_step != 0)
    fail(s, "global_batch",
         fmt::format("expected a multiple of micro_batch * dp = {} * {} = {}, got {}",
                     s.micro_batch, s.dp, per_step, s.global_batch));
  const std::int64_t micro_batches = s.global_batch / per_step;

  if (s.recompute_layers < 0)
    fail(s, "recompute_layers",
         fmt::format("expected an integer >= 0 (0: every layer), got {}", s.recompute_layers));
  if (s.recompute_layers > 0 && s.recompute != Recompute::full)
    fail(s, "recompute_layers",
         fmt::format("recompute_layers = {} needs recompute: full (Megatron's "
                     "--recompute-num-layers applies to --recompute-granularity full)",
                     s.recompute_layers));

  if (s.recompute_mla_up_proj && s.recompute != Recompute::selective)
    fail(s, "recompute_modules",
         "mla_up_proj needs recompute: selective (Megatron's "
         "--recompute-modules applies to --recompute-granularity selective)");
  if (s.recompute_mla_up_proj && !model.is_mla())
    fail(s, "recompute_modules",
         "mla_up_proj needs a model with multi-head latent attention (mla: in the model)");
  if (s.moe_rank_capacity_factor != 0 && !(s.moe_rank_capacity_factor >= 1.0))
    fail_stack(s, "moe_rank_capacity_factor",
               fmt::format("expected 0 (none) or a number >= 1 (times the balanced tokens), got {}",
                           s.moe_rank_capacity_factor));
  if (s.moe_rank_capacity_factor > 0 && s.ep_dispatcher != EpDispatcher::hybridep)
    fail_stack(
        s, "moe_rank_capacity_factor",
        "needs ep_dispatcher: hybridep (Megatron: moe_expert_rank_capacity_factor requires the "
        "flex dispatcher's hybridep backend)");
  if (s.moe_paged_stash != 0 && !(s.moe_paged_stash > 0))
    fail_stack(
        s, "moe_paged_stash",
        fmt::format("expected 0 (off) or a CUDA buffer factor > 0, got {}", s.moe_paged_stash));
  if (s.moe_paged_stash > 0 && s.moe_rank_capacity_factor == 0)
    fail_stack(s, "moe_paged_stash",
               "needs moe_rank_capacity_factor (Megatron: moe_paged_stash requires "
               "moe_expert_rank_capacity_factor)");
  if ((s.moe_rank_capacity_factor > 0 || s.ep_dispatcher == EpDispatcher::hybridep) &&
      !model.is_moe())
    fail_stack(s, s.moe_rank_capacity_factor > 0 ? "moe_rank_capacity_factor" : "ep_dispatcher",
               "needs a mixture-of-experts model");

  make_schedule(s.schedule, "parallelism.schedule", s.at("parallelism.schedule"));
  const bool interleaved = s.schedule == "interleaved";
  if (s.vpp > 1 && !interleaved)
    fail(s, "vpp", fmt::format("vpp = {} needs schedule: interleaved", s.vpp));
  if (interleaved) {
    if (s.pp < 2) fail(s, "schedule", "the interleaved schedule needs pp >= 2");
    if (micro_batches % s.pp != 0)
      fail(s, "schedule",
           fmt::format("the interleaved schedule needs the micro-batch count (global_batch / "
                       "(micro_batch * dp) = {}) to be a multiple of pp ({})",
                       micro_batches, s.pp));
  }

  Parallelism par;
  par.gpus_ = gpus;
  par.micro_batches_ = static_cast<int>(micro_batches);
  std::vector<int> counts = split_layers(s, model);
  int first = 0;
  for (int c : counts) {
    par.virtual_stage_layers_.emplace_back(first, first + c);
    first += c;
  }
  par.spec_ = std::move(s);
  return par;
}

}  // namespace colossus
