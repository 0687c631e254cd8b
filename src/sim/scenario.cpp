// The scenario loader: a YAML document to a cluster and a Job, through spec/yaml_reader.h so
// every message names file:line and the field path. Layout fields keep the workload layer's
// names ("parallelism.tp"), and the document's lines are handed to the ParallelismSpec, so the
// layer that finds a problem (resolve, check_fits) points at the right line of this file.
#include "colossus/sim/scenario.h"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/model_loader.h"

namespace colossus::sim {
namespace {

// The most tokens one step may hold (global batch x sequence length): a million times today's
// largest, and far enough from 2^63 for every product the simulation forms with it.
constexpr double kMaxTokensPerStep = 1e13;

// Reads the parallelism section into the job's ParallelismSpec and schedule.
void read_parallelism(const YamlReader& node, Job& job) {
  node.expect_keys({"global_batch"}, {"tp",
                                      "sequence_parallel",
                                      "cp",
                                      "pp",
                                      "vpp",
                                      "schedule",
                                      "dp",
                                      "ep",
                                      "zero",
                                      "first_stage_layers",
                                      "last_stage_layers",
                                      "micro_batch",
                                      "seq_len",
                                      "recompute",
                                      "recompute_layers",
                                      "recompute_method",
                                      "precision",
                                      "fp8_scaling",
                                      "recompute_modules",
                                      "fp8_param_gather",
                                      "etp",
                                      "account_for_embedding",
                                      "account_for_loss",
                                      "order"});
  ParallelismSpec& p = job.parallelism;
  const IntRange positive = IntRange::positive(1 << 24);
  if (auto v = node.find_int("tp", positive)) p.tp = static_cast<int>(*v);
  if (auto v = node.find_bool("sequence_parallel")) p.sequence_parallel = *v;
  if (auto v = node.find_int("cp", positive)) p.cp = static_cast<int>(*v);
  if (auto v = node.find_int("pp", positive)) p.pp = static_cast<int>(*v);
  if (auto v = node.find_int("vpp", positive)) p.vpp = static_cast<int>(*v);
  if (auto v = node.find_enum("schedule", {"1f1b", "interleaved", "gpipe"})) {
    p.schedule = *v;
  }
  if (auto v = node.find_int("dp", IntRange::non_negative(1 << 24))) p.dp = static_cast<int>(*v);
  if (auto v = node.find_int("ep", positive)) p.ep = static_cast<int>(*v);
  if (auto v = node.find_int("etp", positive)) p.etp = static_cast<int>(*v);
  if (auto v = node.find_bool("fp8_param_gather")) p.fp8_param_gather = *v;
  if (auto v = node.find_bool("account_for_embedding")) p.account_for_embedding = *v;
  if (auto v = node.find_bool("account_for_loss")) p.account_for_loss = *v;
  if (auto v = node.find_int("zero", IntRange::between(0, 3))) {
    p.zero = parse_zero(*v, node.location_of("zero"), node.field_path("zero"));
  }
  // Zero layers on the first or last stage: an embedding-only or loss-only stage.
  if (auto v = node.find_int("first_stage_layers", IntRange::non_negative(1 << 24))) {
    p.first_stage_layers = static_cast<int>(*v);
  }
  if (auto v = node.find_int("last_stage_layers", IntRange::non_negative(1 << 24))) {
    p.last_stage_layers = static_cast<int>(*v);
  }
  if (auto v = node.find_int("micro_batch", positive)) p.micro_batch = static_cast<int>(*v);
  p.global_batch = node.get_int("global_batch", IntRange::positive(1LL << 40));
  if (auto v = node.find_int("seq_len", IntRange::positive(1LL << 30))) p.seq_len = *v;
  // Tokens per step, checked before the product is formed (2^40 * 2^30 overflows int64).
  if (static_cast<double>(p.global_batch) * static_cast<double>(p.seq_len) > kMaxTokensPerStep) {
    node.fail_at(
        "global_batch",
        fmt::format("global_batch {} x seq_len {} tokens per step, expected at most {:.0e}",
                    p.global_batch, p.seq_len, kMaxTokensPerStep));
  }
  if (auto v = node.find_enum("recompute", {"none", "selective", "full"})) {
    p.recompute = parse_recompute(*v, node.location_of("recompute"), node.field_path("recompute"));
  }
  if (auto v = node.find_int("recompute_layers", IntRange::non_negative(1 << 24))) {
    p.recompute_layers = static_cast<int>(*v);
  }
  if (auto v = node.find_enum("recompute_method", {"uniform", "block"})) {
    p.recompute_method = parse_enum<RecomputeMethod>(*v, node.location_of("recompute_method"),
                                                     node.field_path("recompute_method"));
  }
  const auto precision = node.find_enum("precision", {"bf16", "fp8", "mxfp8"});
  if (precision) {
    apply_precision(*precision, p, node.location_of("precision"), node.field_path("precision"));
  }
  if (auto v = node.find_enum("fp8_scaling", {"delayed", "current", "mxfp8"})) {
    p.fp8_scaling =
        parse_fp8_scaling(*v, node.location_of("fp8_scaling"), node.field_path("fp8_scaling"));
    if (precision == "mxfp8" && p.fp8_scaling != Fp8Scaling::mxfp8)
      node.fail_at(
          "fp8_scaling",
          fmt::format("precision mxfp8 is FP8 with mxfp8 scaling, got fp8_scaling {}", *v));
  }
  if (auto modules = node.optional_child("recompute_modules")) {
    std::vector<std::string> names;
    for (const YamlReader& item : modules->elements())
      names.push_back(item.as_enum({"core_attn", "mla_up_proj"}));
    apply_recompute_modules(names, p, modules->location(), modules->path());
  }
  if (auto order = node.optional_child("order")) {
    const auto items = order->elements();
    if (items.size() != 5) order->fail("expected a list of the 5 dimensions tp, cp, ep, dp, pp");
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string d = items[i].as_enum({"tp", "cp", "ep", "dp", "pp"});
      p.order[i] = d == "tp"   ? GroupKind::tp
                   : d == "cp" ? GroupKind::cp
                   : d == "ep" ? GroupKind::ep
                   : d == "dp" ? GroupKind::dp
                               : GroupKind::pp;
    }
  }
}

// An overlap key's value: on/off (true/false) or a fraction in [0, 1].
double overlap_value(const YamlReader& node, std::string_view key) {
  const YamlReader v = node.child(key);
  return parse_overlap(v.as_string(), v.location(), v.path());
}

// Reads the overlap section into the job's options.
void read_overlap(const YamlReader& node, SimOptions& options) {
  node.expect_keys({}, {"tp_comm_overlap", "ep_comm_overlap", "grad_reduce", "param_gather", "p2p",
                        "grad_bucket_params", "shared_fabric"});
  if (node.has("tp_comm_overlap")) options.tp_comm_overlap = overlap_value(node, "tp_comm_overlap");
  if (node.has("ep_comm_overlap")) options.ep_comm_overlap = overlap_value(node, "ep_comm_overlap");
  if (node.has("grad_reduce")) options.overlap_grad_reduce = overlap_value(node, "grad_reduce");
  if (node.has("param_gather")) options.overlap_param_gather = overlap_value(node, "param_gather");
  if (node.has("p2p")) options.overlap_p2p = overlap_value(node, "p2p");
  if (auto v = node.find_bool("shared_fabric")) options.shared_fabric = *v;
  if (auto v = node.find_int("grad_bucket_params", IntRange::non_negative(1LL << 40))) {
    options.grad_bucket_params = *v;
  }
}

// Reads the stack section: attention kernel, optimizer, main-gradient dtype, MoE dispatcher,
// CUDA allocator, context parallelism's K/V exchange.
void read_stack(const YamlReader& node, ParallelismSpec& p) {
  node.expect_keys(
      {}, {"attention", "optimizer", "main_grads", "ep_dispatcher", "moe_rank_capacity_factor",
           "moe_paged_stash", "allocator", "cp_comm_type"});
  if (auto v = node.find_enum("cp_comm_type", {"p2p", "allgather"})) {
    p.cp_comm_type = parse_enum<CpCommType>(*v, node.location_of("cp_comm_type"),
                                            node.field_path("cp_comm_type"));
  }
  if (auto v = node.find_enum("ep_dispatcher", {"alltoall", "hybridep"})) {
    p.ep_dispatcher = parse_enum<EpDispatcher>(*v, node.location_of("ep_dispatcher"),
                                               node.field_path("ep_dispatcher"));
  }
  if (auto v = node.find_enum("allocator", {"caching", "expandable_segments"})) {
    p.allocator =
        parse_enum<Allocator>(*v, node.location_of("allocator"), node.field_path("allocator"));
  }
  if (auto v = node.find_number("moe_rank_capacity_factor", NumberRange::between(0.0, 1e6)))
    p.moe_rank_capacity_factor = *v;
  if (auto v = node.find_number("moe_paged_stash", NumberRange::between(0.0, 1e6)))
    p.moe_paged_stash = *v;
  if (auto v = node.find_enum("attention", {"unfused", "flash1", "flash2", "flash3"})) {
    p.attention = parse_enum<AttentionKernel>(*v, node.location_of("attention"),
                                              node.field_path("attention"));
  }
  if (auto v = node.find_enum("optimizer", {"adam", "adamw", "lamb", "adafactor", "sgd", "muon"})) {
    p.optimizer =
        parse_enum<Optimizer>(*v, node.location_of("optimizer"), node.field_path("optimizer"));
  }
  if (auto v = node.find_enum("main_grads", {"fp32", "bf16"})) p.main_grads_fp32 = *v == "fp32";
}

}  // namespace

Recompute parse_recompute(const std::string& text, const SourceLocation& where,
                          const std::string& field) {
  return parse_enum<Recompute>(text, where, field);
}

Precision parse_precision(const std::string& text, const SourceLocation& where,
                          const std::string& field) {
  const Precision p = parse_enum<Precision>(text, where, field);
  if (p == Precision::fp4)
    throw InputError(where, field,
                     "FP4 is a serving precision (colossus serve); training takes bf16 or fp8");
  return p;
}

Fp8Scaling parse_fp8_scaling(const std::string& text, const SourceLocation& where,
                             const std::string& field) {
  return parse_enum<Fp8Scaling>(text, where, field);
}

void apply_precision(const std::string& text, ParallelismSpec& p, const SourceLocation& where,
                     const std::string& field) {
  if (text == "mxfp8") {
    p.precision = Precision::fp8;
    p.fp8_scaling = Fp8Scaling::mxfp8;
    return;
  }
  p.precision = parse_precision(text, where, field);
}

void apply_recompute_modules(const std::vector<std::string>& modules, ParallelismSpec& p,
                             const SourceLocation& where, const std::string& field) {
  if (modules.empty())
    throw InputError(where, field, "expected at least one of core_attn, mla_up_proj");
  p.recompute_core_attn = false;
  p.recompute_mla_up_proj = false;
  for (const std::string& m : modules) {
    if (m == "core_attn")
      p.recompute_core_attn = true;
    else if (m == "mla_up_proj")
      p.recompute_mla_up_proj = true;
    else
      throw InputError(where, field, fmt::format("expected core_attn or mla_up_proj, got '{}'", m));
  }
  if (p.recompute != Recompute::selective)
    throw InputError(where, field,
                     "recompute modules need recompute: selective (Megatron's --recompute-modules "
                     "applies to --recompute-granularity selective)");
}

double parse_overlap(const std::string& text, const SourceLocation& where,
                     const std::string& field) {
  if (text == "on" || text == "true") return 1.0;
  if (text == "off" || text == "false") return 0.0;
  char* end = nullptr;
  const double value = text.empty() ? -1.0 : std::strtod(text.c_str(), &end);
  if (text.empty() || end != text.c_str() + text.size() || !(value >= 0.0 && value <= 1.0)) {
    throw InputError(where, field, "expected on, off or a fraction in [0, 1], got '" + text + "'");
  }
  return value;
}

ZeroStage parse_zero(std::int64_t stage, const SourceLocation& where, const std::string& field) {
  if (stage < 0 || stage > 3) {
    throw InputError(where, field,
                     "expected a ZeRO stage 0, 1, 2 or 3, got " + std::to_string(stage));
  }
  return static_cast<ZeroStage>(stage);
}

ModelSpec load_job_model(const std::string& name_or_file, const PresetCatalog& catalog,
                         const SourceLocation& where, const std::string& field,
                         const std::filesystem::path& base) {
  std::filesystem::path dir(name_or_file);
  if (dir.is_relative() && !base.empty()) dir = base / dir;
  std::error_code ec;
  const bool model_dir =
      std::filesystem::is_directory(dir, ec) && std::filesystem::exists(dir / "config.json", ec);
  const bool json = model_dir || (name_or_file.size() >= 5 &&
                                  name_or_file.compare(name_or_file.size() - 5, 5, ".json") == 0);
  if (json) {
    std::filesystem::path path(name_or_file);
    if (path.is_relative() && !base.empty()) path = base / path;
    // A directory or device gets its own message from the loader's bounded read.
    if (std::error_code ec; !std::filesystem::exists(path, ec)) {
      throw InputError(where, field, "no such file: " + path.string());
    }
    return load_model_hf_config(path.string());
  }
  return load_model_yaml(catalog.resolve("models", name_or_file, where, field, base).string());
}

Scenario read_scenario(const YamlReader& root, const PresetCatalog& catalog) {
  root.expect_keys({"cluster", "model", "parallelism"},
                   {"name", "description", "gpus", "train_tokens", "overlap", "stack",
                    "memory_check", "lora", "pool", "stragglers", "pool_balance"});
  Scenario s;
  s.source = {root.file(), 0};
  s.name = root.find_string("name").value_or(std::filesystem::path(root.file()).stem().string());
  s.description = root.find_string("description").value_or("");
  const std::filesystem::path base = std::filesystem::path(root.file()).parent_path();
  s.cluster = read_cluster(root.child("cluster"), catalog);

  Job& job = s.job;
  const YamlReader model = root.child("model");
  job.model = load_job_model(model.as_string(), catalog, model.location(), "model", base);
  // LoRA fine-tuning of the model: rank-r adapters on chosen projections, the base frozen.
  if (auto lora = root.optional_child("lora")) read_lora(*lora, job.model.lora);
  job.parallelism.source = {root.file(), 0};
  root.collect_lines(job.parallelism.lines);
  read_parallelism(root.child("parallelism"), job);
  if (auto v = root.find_int("gpus", IntRange::positive(1LL << 31))) {
    if (*v > s.cluster.gpu_count()) {
      root.fail_at("gpus", "expected at most the cluster's " +
                               std::to_string(s.cluster.gpu_count()) + " GPUs, got " +
                               std::to_string(*v));
    }
    job.gpus = static_cast<int>(*v);
  }
  if (auto v = root.find_number("train_tokens", NumberRange::non_negative(1e18))) {
    job.train_tokens = static_cast<std::int64_t>(*v);
  }
  if (auto overlap = root.optional_child("overlap")) read_overlap(*overlap, job.options);
  if (auto stack = root.optional_child("stack")) read_stack(*stack, job.parallelism);
  if (auto v = root.find_enum("memory_check", {"error", "warn", "off"})) {
    job.options.memory_check = parse_enum<MemoryCheck>(*v, root.location_of("memory_check"),
                                                       root.field_path("memory_check"));
  }
  if (auto v = root.find_int("pool", IntRange::non_negative(1 << 20))) {
    if (*v >= static_cast<std::int64_t>(s.cluster.pools.size())) {
      root.fail_at("pool", fmt::format("expected a pool index 0 to {} of the cluster, got {}",
                                       s.cluster.pools.size() - 1, *v));
    }
    job.pool = static_cast<int>(*v);
  }
  if (auto v = root.find_enum("pool_balance", {"none", "micro_batches"})) {
    job.pool_balance = parse_enum<PoolBalance>(*v, root.location_of("pool_balance"),
                                               root.field_path("pool_balance"));
  }
  if (root.has("stragglers")) {
    for (const YamlReader& st : root.items("stragglers", 1)) {
      st.expect_keys({"gpu", "speed"});
      Straggler x;
      x.gpu = st.get_int("gpu", IntRange::non_negative(1LL << 40));
      x.speed = st.get_number("speed", NumberRange{0.0, 1.0, true});
      job.stragglers.push_back(x);
    }
  }
  return s;
}

Scenario load_scenario(const std::string& path, const PresetCatalog& catalog) {
  return read_scenario(YamlReader::from_file(path), catalog);
}

Scenario parse_scenario_yaml(const std::string& text, const std::string& file,
                             const PresetCatalog& catalog) {
  return read_scenario(YamlReader::from_string(text, file), catalog);
}

}  // namespace colossus::sim
