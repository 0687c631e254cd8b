// The scenario loader: a YAML document to a cluster and a Job, through spec/yaml_reader.h so
// every message names file:line and the field path. Layout fields keep the workload layer's
// names ("parallelism.tp"), and the document's lines are handed to the ParallelismSpec, so the
// layer that finds a problem (resolve, check_fits) points at the right line of this file.
#include "colossus/sim/scenario.h"

#include <fmt/format.h>

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
  node.expect_keys({"global_batch"},
                   {"tp", "sequence_parallel", "cp", "pp", "vpp", "schedule", "dp", "ep", "zero",
                    "first_stage_layers", "last_stage_layers", "micro_batch", "seq_len",
                    "recompute", "precision", "fp8_scaling", "order"});
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
  if (auto v = node.find_int("zero", IntRange::between(0, 3))) {
    p.zero = parse_zero(*v, node.location_of("zero"), node.field_path("zero"));
  }
  if (auto v = node.find_int("first_stage_layers", positive)) {
    p.first_stage_layers = static_cast<int>(*v);
  }
  if (auto v = node.find_int("last_stage_layers", positive)) {
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
  if (auto v = node.find_enum("precision", {"bf16", "fp8"})) {
    p.precision = parse_precision(*v, node.location_of("precision"), node.field_path("precision"));
  }
  if (auto v = node.find_enum("fp8_scaling", {"delayed", "current"})) {
    p.fp8_scaling =
        parse_fp8_scaling(*v, node.location_of("fp8_scaling"), node.field_path("fp8_scaling"));
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

// Reads the overlap section into the job's options.
void read_overlap(const YamlReader& node, SimOptions& options) {
  node.expect_keys({}, {"tp_comm_overlap", "grad_reduce", "param_gather", "grad_bucket_params",
                        "shared_fabric"});
  if (auto v = node.find_number("tp_comm_overlap", NumberRange::between(0, 1))) {
    options.tp_comm_overlap = *v;
  }
  if (auto v = node.find_bool("grad_reduce")) options.overlap_grad_reduce = *v;
  if (auto v = node.find_bool("param_gather")) options.overlap_param_gather = *v;
  if (auto v = node.find_bool("shared_fabric")) options.shared_fabric = *v;
  if (auto v = node.find_int("grad_bucket_params", IntRange::non_negative(1LL << 40))) {
    options.grad_bucket_params = *v;
  }
}

}  // namespace

Recompute parse_recompute(const std::string& text, const SourceLocation& where,
                          const std::string& field) {
  return parse_enum<Recompute>(text, where, field);
}

Precision parse_precision(const std::string& text, const SourceLocation& where,
                          const std::string& field) {
  return parse_enum<Precision>(text, where, field);
}

Fp8Scaling parse_fp8_scaling(const std::string& text, const SourceLocation& where,
                             const std::string& field) {
  return parse_enum<Fp8Scaling>(text, where, field);
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
  const bool json =
      name_or_file.size() >= 5 && name_or_file.compare(name_or_file.size() - 5, 5, ".json") == 0;
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
                   {"name", "description", "gpus", "train_tokens", "overlap"});
  Scenario s;
  s.source = {root.file(), 0};
  s.name = root.find_string("name").value_or(std::filesystem::path(root.file()).stem().string());
  s.description = root.find_string("description").value_or("");
  const std::filesystem::path base = std::filesystem::path(root.file()).parent_path();
  s.cluster = read_cluster(root.child("cluster"), catalog);

  Job& job = s.job;
  const YamlReader model = root.child("model");
  job.model = load_job_model(model.as_string(), catalog, model.location(), "model", base);
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
