// `colossus simulate [SCENARIO.yaml] [flags] [--json]`: one training step of a job on a cluster
// at full scale. With no scenario and no --cluster/--model it runs the default scenario,
// examples/memphis-grok1.yaml (Grok-1 on the Memphis cluster; docs/scenario.md explains the
// layout). Flags override the scenario's fields or, with --cluster and --model, describe a job
// on their own. Prints a summary (layout, step time, MFU, TFLOP/s per GPU, tokens/s, days to
// train, the step's breakdown, memory per stage, the collectives; with a site section on the
// cluster the job's power by activity and its cost per step and per token) or, with --json, the
// same as JSON with stable keys in base units (_s, _bytes, _flop_per_s); --timeline adds every span
// of the step to the JSON. A problem with a value given as a flag is reported against the flag
// ("<command line>: --tp: ...").
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "colossus/cli/commands.h"
#include "colossus/cli/flags.h"
#include "colossus/cli/report_flags.h"
#include "colossus/core/error.h"
#include "colossus/facility/cost.h"
#include "colossus/facility/facility.h"
#include "colossus/facility/step_power.h"
#include "colossus/hardware/calibration_profile.h"
#include "colossus/report/csv_report.h"
#include "colossus/report/facility_report.h"
#include "colossus/report/html_report.h"
#include "colossus/report/report_files.h"
#include "colossus/report/simulation_report.h"
#include "colossus/report/trace_report.h"
#include "colossus/sim/megatron_args.h"
#include "colossus/sim/scenario.h"
#include "colossus/sim/simulation.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/model_loader.h"
#include "colossus/topology/bill_of_materials.h"
#include "colossus/topology/topology.h"
#include "colossus/workload/pipeline_schedule.h"

namespace colossus::cli {
namespace {

constexpr const char* kDefaultScenario = "examples/memphis-grok1.yaml";
const SourceLocation kCommandLine{"<command line>", 0};
// The most tokens (and sequences per batch) a flag accepts: 10^18, beyond any training run.
constexpr std::int64_t kMaxTokens = 1'000'000'000'000'000'000;

// The command's flags; each Option* tells whether the flag was given.
struct Flags {
  std::string scenario;
  std::string cluster, model, precision, fp8_scaling, recompute, schedule, lora_targets;
  std::string attention, optimizer, main_grads, recompute_method, memory_check;
  std::string ep_dispatcher, recompute_modules, allocator, cp_comm_type;
  double moe_rank_capacity_factor = 0, moe_paged_stash = 0;
  std::string overlap_grad_reduce, overlap_param_gather, overlap_p2p, tp_comm_overlap,
      ep_comm_overlap;
  int gpus = 0, tp = 1, pp = 1, vpp = 1, cp = 1, ep = 1, etp = 0, dp = 0, micro_batch = 1, zero = 1;
  int first_stage_layers = -1, last_stage_layers = -1, recompute_layers = 0;
  int lora_rank = 0;
  std::int64_t global_batch = 0, seq_len = 0;
  std::int64_t tokens = 0;
  bool json = false;
  bool timeline = false;
  bool isolated_phases = false;
  bool print_megatron_args = false;
  std::string megatron_file;
  std::string calibration;  // a measured profile (docs/calibration_profile.md)
  // Megatron-LM arguments given on the command line that are not aliases of a flag above.
  std::vector<std::pair<std::string, std::string*>> megatron_values;
  std::vector<std::pair<std::string, bool*>> megatron_switches;
  std::map<std::string, std::string> megatron_value_store;
  std::map<std::string, bool> megatron_switch_store;
  ReportFlags outputs;
  std::map<std::string, CLI::Option*> given;  // flag name -> option

  bool has(const std::string& flag) const {
    auto it = given.find(flag);
    return it != given.end() && it->second->count() > 0;
  }
};

// The job the flags describe: the scenario (or the default one) with the flags applied.
// `overridden` maps each field path a flag set to the flag's name, for error messages.
sim::Scenario build_scenario(const Flags& f, const PresetCatalog& catalog,
                             std::map<std::string, std::string>& overridden, std::string& origin,
                             std::vector<std::string>& ignored) {
  sim::Scenario s;
  if (!f.scenario.empty()) {
    s = sim::load_scenario(f.scenario, catalog);
    origin = f.scenario;
  } else if (!f.has("--cluster") && !f.has("--model") && !f.has("--megatron-args")) {
    const std::filesystem::path path = catalog.data_dir() / kDefaultScenario;
    s = sim::read_scenario(YamlReader::from_file(path, kDefaultScenario), catalog);
    origin = std::string(kDefaultScenario) + " (default)";
  } else {
    if (!f.has("--cluster") || (!f.has("--model") && !f.has("--megatron-args"))) {
      throw InputError(kCommandLine, f.has("--cluster") ? "--model" : "--cluster",
                       "without a scenario file, give both --cluster and --model (or "
                       "--megatron-args with the model's arguments)");
    }
    s.job.parallelism.source = kCommandLine;
    origin = "command line";
  }
  if (f.has("--cluster")) {
    const auto path = catalog.resolve(kClusterPresets, f.cluster, kCommandLine, "--cluster");
    s.cluster = load_cluster(path.string(), catalog);
  }
  if (f.has("--model")) {
    s.job.model = sim::load_job_model(f.model, catalog, kCommandLine, "--model");
  }
  // A Megatron launch script, then the Megatron arguments of the command line; the flags below
  // override both.
  auto apply_megatron = [&](const std::vector<sim::MegatronArg>& args, bool whole_script,
                            const std::string& blame) {
    const sim::MegatronApplied applied = sim::apply_megatron_args(
        args, s,
        whole_script ? std::filesystem::path(f.megatron_file).stem().string() : "megatron-args",
        whole_script);
    for (const std::string& field : applied.fields) {
      overridden[field] = blame;
      s.job.parallelism.lines.erase(field);
    }
    for (const std::string& note : applied.ignored) ignored.push_back(note);
  };
  if (f.has("--megatron-args")) {
    const auto args = sim::read_megatron_args(f.megatron_file);
    if (f.has("--model") && std::any_of(args.begin(), args.end(), [](const sim::MegatronArg& a) {
          return a.name == "--num-layers";
        })) {
      throw InputError(kCommandLine, "--model",
                       "the Megatron arguments of " + f.megatron_file +
                           " define the model (--num-layers ...); give one or the other");
    }
    apply_megatron(args, true, "--megatron-args " + f.megatron_file);
    if (origin == "command line") origin = f.megatron_file;
  }
  std::vector<sim::MegatronArg> command_line_args;
  for (const auto& [name, value] : f.megatron_values)
    if (f.has(name)) command_line_args.push_back({name, *value, kCommandLine});
  for (const auto& [name, on] : f.megatron_switches)
    if (*on) command_line_args.push_back({name, "", kCommandLine});
  if (!command_line_args.empty()) apply_megatron(command_line_args, false, "Megatron arguments");
  if (s.job.model.layers == 0) {
    throw InputError(kCommandLine, "--model",
                     "no model: give --model, or the model's Megatron arguments (--num-layers, "
                     "--hidden-size, --num-attention-heads, --vocab-size, --seq-length)");
  }
  ParallelismSpec& p = s.job.parallelism;
  auto set = [&](const std::string& flag, const std::string& field, auto& target, auto value) {
    if (!f.has(flag)) return;
    target = value;
    overridden[field] = flag;
    p.lines.erase(field);
  };
  set("--gpus", "gpus", s.job.gpus, f.gpus);
  set("--tp", "parallelism.tp", p.tp, f.tp);
  set("--pp", "parallelism.pp", p.pp, f.pp);
  set("--vpp", "parallelism.vpp", p.vpp, f.vpp);
  set("--cp", "parallelism.cp", p.cp, f.cp);
  set("--ep", "parallelism.ep", p.ep, f.ep);
  set("--etp", "parallelism.etp", p.etp, f.etp);
  set("--dp", "parallelism.dp", p.dp, f.dp);
  if (f.has("--lora-targets") && !f.has("--lora-rank") && !s.job.model.is_lora())
    throw InputError(kCommandLine, "--lora-targets",
                     "needs --lora-rank (or lora: in the scenario)");
  set("--lora-rank", "lora.rank", s.job.model.lora.rank, f.lora_rank);
  if (f.has("--lora-targets")) {
    std::string bad;
    auto targets = parse_lora_targets(f.lora_targets, &bad);
    if (!targets)
      throw InputError(kCommandLine, "--lora-targets",
                       fmt::format("expected q, k, v, o, gate, up, down, attention, mlp or all "
                                   "(comma-separated), got \"{}\"",
                                   bad));
    set("--lora-targets", "lora.targets", s.job.model.lora.targets, *targets);
  }
  if (f.has("--lora-rank") || f.has("--lora-targets")) validate_model(s.job.model);
  set("--first-stage-layers", "parallelism.first_stage_layers", p.first_stage_layers,
      f.first_stage_layers);
  set("--last-stage-layers", "parallelism.last_stage_layers", p.last_stage_layers,
      f.last_stage_layers);
  set("--micro-batch", "parallelism.micro_batch", p.micro_batch, f.micro_batch);
  set("--global-batch", "parallelism.global_batch", p.global_batch, f.global_batch);
  set("--seq-len", "parallelism.seq_len", p.seq_len, f.seq_len);
  set("--tokens", "train_tokens", s.job.train_tokens, f.tokens);
  if (f.isolated_phases) s.job.options.shared_fabric = false;
  set("--recompute-num-layers", "parallelism.recompute_layers", p.recompute_layers,
      f.recompute_layers);
  sim::SimOptions& o = s.job.options;
  for (auto [flag, field, target, text] :
       {std::tuple{"--tp-comm-overlap", "overlap.tp_comm_overlap", &o.tp_comm_overlap,
                   &f.tp_comm_overlap},
        std::tuple{"--ep-comm-overlap", "overlap.ep_comm_overlap", &o.ep_comm_overlap,
                   &f.ep_comm_overlap},
        std::tuple{"--overlap-grad-reduce", "overlap.grad_reduce", &o.overlap_grad_reduce,
                   &f.overlap_grad_reduce},
        std::tuple{"--overlap-param-gather", "overlap.param_gather", &o.overlap_param_gather,
                   &f.overlap_param_gather},
        std::tuple{"--overlap-p2p", "overlap.p2p", &o.overlap_p2p, &f.overlap_p2p}}) {
    if (f.has(flag)) set(flag, field, *target, sim::parse_overlap(*text, kCommandLine, flag));
  }
  if (f.has("--attention")) {
    set("--attention", "stack.attention", p.attention,
        parse_enum<AttentionKernel>(f.attention, kCommandLine, "--attention"));
  }
  if (f.has("--optimizer")) {
    set("--optimizer", "stack.optimizer", p.optimizer,
        parse_enum<Optimizer>(f.optimizer, kCommandLine, "--optimizer"));
  }
  if (f.has("--main-grads")) {
    if (f.main_grads != "fp32" && f.main_grads != "bf16")
      throw InputError(kCommandLine, "--main-grads",
                       "expected fp32 or bf16, got '" + f.main_grads + "'");
    set("--main-grads", "stack.main_grads", p.main_grads_fp32, f.main_grads == "fp32");
  }
  if (f.has("--recompute-method")) {
    set("--recompute-method", "parallelism.recompute_method", p.recompute_method,
        parse_enum<RecomputeMethod>(f.recompute_method, kCommandLine, "--recompute-method"));
  }
  if (f.has("--memory-check")) {
    set("--memory-check", "memory_check", o.memory_check,
        parse_enum<MemoryCheck>(f.memory_check, kCommandLine, "--memory-check"));
  }
  if (f.has("--precision")) {
    ParallelismSpec q = p;
    sim::apply_precision(f.precision, q, kCommandLine, "--precision");
    set("--precision", "parallelism.precision", p.precision, q.precision);
    if (f.precision == "mxfp8")
      set("--precision", "parallelism.fp8_scaling", p.fp8_scaling, q.fp8_scaling);
  }
  if (f.has("--fp8-scaling")) {
    set("--fp8-scaling", "parallelism.fp8_scaling", p.fp8_scaling,
        sim::parse_fp8_scaling(f.fp8_scaling, kCommandLine, "--fp8-scaling"));
    if (f.has("--precision") && f.precision == "mxfp8" && p.fp8_scaling != Fp8Scaling::mxfp8)
      throw InputError(
          kCommandLine, "--fp8-scaling",
          "--precision mxfp8 is FP8 with mxfp8 scaling, got --fp8-scaling " + f.fp8_scaling);
  }
  if (f.has("--recompute")) {
    set("--recompute", "parallelism.recompute", p.recompute,
        sim::parse_recompute(f.recompute, kCommandLine, "--recompute"));
  }
  if (f.has("--recompute-modules")) {
    std::vector<std::string> names;
    std::stringstream list(f.recompute_modules);
    for (std::string item; std::getline(list, item, ',');)
      if (!item.empty()) names.push_back(item);
    sim::apply_recompute_modules(names, p, kCommandLine, "--recompute-modules");
    overridden["parallelism.recompute_modules"] = "--recompute-modules";
  }
  if (f.has("--ep-dispatcher")) {
    set("--ep-dispatcher", "stack.ep_dispatcher", p.ep_dispatcher,
        parse_enum<EpDispatcher>(f.ep_dispatcher, kCommandLine, "--ep-dispatcher"));
  }
  if (f.has("--cp-comm-type")) {
    set("--cp-comm-type", "stack.cp_comm_type", p.cp_comm_type,
        parse_enum<CpCommType>(f.cp_comm_type, kCommandLine, "--cp-comm-type"));
  }
  if (f.has("--allocator")) {
    set("--allocator", "stack.allocator", p.allocator,
        parse_enum<Allocator>(f.allocator, kCommandLine, "--allocator"));
  }
  if (f.has("--moe-expert-rank-capacity-factor")) {
    set("--moe-expert-rank-capacity-factor", "stack.moe_rank_capacity_factor",
        p.moe_rank_capacity_factor, f.moe_rank_capacity_factor);
  }
  if (f.has("--moe-paged-stash")) {
    set("--moe-paged-stash", "stack.moe_paged_stash", p.moe_paged_stash, f.moe_paged_stash);
  }
  if (f.has("--zero")) {
    set("--zero", "parallelism.zero", p.zero, sim::parse_zero(f.zero, kCommandLine, "--zero"));
  }
  if (f.has("--schedule")) {
    make_schedule(f.schedule, "--schedule", kCommandLine);  // rejects unknown names
    set("--schedule", "parallelism.schedule", p.schedule, f.schedule);
  } else if (f.has("--vpp")) {
    // A virtual pipeline size picks the schedule, as in Megatron-LM.
    p.schedule = f.vpp > 1 ? "interleaved" : "1f1b";
    overridden["parallelism.schedule"] = "--vpp";
  }
  return s;
}

// Each job field a flag sets, and the flag: what an error on that field is blamed on.
constexpr std::pair<const char*, const char*> kFieldFlags[] = {
    {"gpus", "--gpus"},
    {"parallelism.tp", "--tp"},
    {"parallelism.pp", "--pp"},
    {"parallelism.vpp", "--vpp"},
    {"parallelism.cp", "--cp"},
    {"parallelism.ep", "--ep"},
    {"parallelism.etp", "--etp"},
    {"parallelism.recompute_layers", "--recompute-num-layers"},
    {"parallelism.recompute_method", "--recompute-method"},
    {"stack.attention", "--attention"},
    {"stack.optimizer", "--optimizer"},
    {"stack.main_grads", "--main-grads"},
    {"overlap.grad_reduce", "--overlap-grad-reduce"},
    {"overlap.param_gather", "--overlap-param-gather"},
    {"overlap.p2p", "--overlap-p2p"},
    {"parallelism.dp", "--dp"},
    {"parallelism.first_stage_layers", "--first-stage-layers"},
    {"parallelism.last_stage_layers", "--last-stage-layers"},
    {"parallelism.micro_batch", "--micro-batch"},
    {"parallelism.global_batch", "--global-batch"},
    {"parallelism.seq_len", "--seq-len"},
    {"parallelism.precision", "--precision"},
    {"parallelism.fp8_scaling", "--fp8-scaling"},
    {"parallelism.recompute_modules", "--recompute-modules"},
    {"stack.ep_dispatcher", "--ep-dispatcher"},
    {"stack.allocator", "--allocator"},
    {"stack.cp_comm_type", "--cp-comm-type"},
    {"stack.moe_rank_capacity_factor", "--moe-expert-rank-capacity-factor"},
    {"stack.moe_paged_stash", "--moe-paged-stash"},
    {"parallelism.recompute", "--recompute"},
    {"parallelism.zero", "--zero"},
    {"parallelism.schedule", "--schedule"},
    {"train_tokens", "--tokens"},
    {"overlap.tp_comm_overlap", "--tp-comm-overlap"},
    {"overlap.ep_comm_overlap", "--ep-comm-overlap"}};

// The words of a message ("tp * cp * pp = 8 * 1 * 1000" -> tp, cp, pp, 8, 1, 1000).
std::set<std::string> words_of(const std::string& text) {
  std::set<std::string> words;
  std::string word;
  for (char c : text + ' ') {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
      word += c;
    } else if (!word.empty()) {
      words.insert(word);
      word.clear();
    }
  }
  return words;
}

// The error the user should see for an error the job's checks raised: on the flag that set the
// field; or, for an error on a field no flag set, on the flags the message names ("tp * cp * pp
// ... must divide" with --pp given: --pp) or the flags set under the field ("parallelism" for the
// memory check, with --seq-len given: --seq-len, when the rest of the job is the scenario file's);
// or, without a scenario file, on the flag that was missing. Otherwise the error stands as the
// scenario file's.
InputError blamed(const InputError& e, const Flags& f,
                  const std::map<std::string, std::string>& overridden, bool no_scenario) {
  if (auto it = overridden.find(e.field()); it != overridden.end()) {
    return InputError(kCommandLine, it->second, e.message());
  }
  // A whole-layout error (the memory check) names the changes that would fix it: not a blame.
  const auto words = e.field() == "parallelism" ? std::set<std::string>{} : words_of(e.message());
  std::string flags;
  for (const auto& [field, flag] : overridden) {
    const std::string name = field.substr(field.rfind('.') + 1);
    const bool under = !no_scenario && field.rfind(e.field() + ".", 0) == 0;
    if (under || words.count(name) > 0) flags += (flags.empty() ? "" : ", ") + flag;
  }
  if (!flags.empty()) return InputError(kCommandLine, flags, e.message());
  if (no_scenario) {
    for (const auto& [field, flag] : kFieldFlags) {
      if (e.field() == field && !f.has(flag)) {
        return InputError(kCommandLine, flag, "required without a scenario file");
      }
    }
  }
  return e;
}

// Refuses a first or last pipeline stage with more layers than the model has, before the
// layout's check turns it into a negative remainder.
void check_stage_layers(const Flags& f, const sim::Scenario& s) {
  const int layers = s.job.model.layers;
  int given = 0;
  for (auto [flag, v] : {std::pair{"--first-stage-layers", f.first_stage_layers},
                         std::pair{"--last-stage-layers", f.last_stage_layers}}) {
    if (!f.has(flag)) continue;
    given += v;
    if (given > layers && given == v) {
      throw InputError(kCommandLine, flag,
                       fmt::format("expected at most the model's {} layers, got {}", layers, v));
    }
    if (given > layers) {
      throw InputError(kCommandLine, flag,
                       fmt::format("expected at most the {} of the model's {} layers that "
                                   "--first-stage-layers {} leaves, got {}",
                                   layers - (given - v), layers, given - v, v));
    }
  }
}

// The job's power by activity over the step and what a step and a token cost its owner.
report::StepPowerReport step_power_report(const sim::SimulationResult& r,
                                          const ClusterSpec& cluster, const Topology& topology) {
  const BillOfMaterials bom = bill_of_materials(topology);
  facility::StepUsage u =
      facility::step_usage(r, cluster, bom, facility::ownership_cost(bom, *cluster.site));
  return {std::move(u.power), u.per_step, u.per_million_tokens, *cluster.site};
}

void run(const Flags& f) {
  const PresetCatalog catalog = PresetCatalog::from_environment();
  std::map<std::string, std::string> overridden;
  std::string origin;
  std::vector<std::string> ignored;
  sim::Scenario s = build_scenario(f, catalog, overridden, origin, ignored);
  check_stage_layers(f, s);
  std::shared_ptr<const CalibrationProfile> profile;
  if (f.has("--calibration")) {
    profile = load_calibration_profile(f.calibration, catalog);
    if (!cluster_has_gpu(s.cluster, profile->gpu))
      throw InputError(kCommandLine, "--calibration",
                       fmt::format("{} measured {}; cluster {} has no such GPU", f.calibration,
                                   profile->gpu, s.cluster.name));
    apply_profile_to_cluster(s.cluster, *profile);
    s.job.profile = profile;
  }
  // What the reports call the job's source (origin itself tells blamed() whether a scenario
  // file was given).
  const std::string shown = profile ? origin + " with calibration " + f.calibration : origin;
  prepare_report_dirs(f.outputs);
  sim::SimulationResult r;
  std::unique_ptr<const Topology> topology_built;
  try {
    topology_built = make_topology(s.cluster);
    r = sim::simulate(*topology_built, s.job);
    for (const std::string& note : ignored)
      r.warnings.push_back("Megatron argument ignored: " + note);
    if (profile)
      for (const std::string& line : profile->range_warnings()) r.warnings.push_back(line);
    if (f.print_megatron_args) {
      fmt::print("{}", sim::megatron_args_text(s.job.model, r.parallelism, s.job.options, r.gpus));
      return;
    }
  } catch (const InputError& e) {
    throw blamed(e, f, overridden, origin == "command line");
  }
  std::optional<report::StepPowerReport> power;
  if (s.cluster.site) power = step_power_report(r, s.cluster, *topology_built);
  const report::StepPowerReport* shown_power = power ? &*power : nullptr;
  if (!f.outputs.report.empty()) {
    report::write_html_report(f.outputs.report, report::simulation_html(r, shown, shown_power));
  }
  if (!f.outputs.trace.empty()) {
    report::write_file_atomically(f.outputs.trace, report::simulation_trace(r, shown).dump(),
                                  "--trace");
  }
  if (!f.outputs.csv.empty()) {
    std::vector<report::CsvTable> tables = report::simulation_tables(r);
    if (power)
      for (report::CsvTable& t : report::step_power_tables(*power)) tables.push_back(std::move(t));
    report::write_csv_tables(f.outputs.csv, tables);
  }
  if (f.json) {
    nlohmann::ordered_json j = report::simulation_json(r, shown, f.timeline);
    j["power"] = power ? report::step_power_json(*power) : nlohmann::ordered_json(nullptr);
    fmt::print("{}\n", j.dump(2));
  } else {
    std::string text = report::simulation_text(r, shown);
    if (power) text += report::step_power_text(*power);
    fmt::print("{}", text);
  }
}

}  // namespace

void add_simulate_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("simulate",
                                 "Simulate one training step of a job on a cluster, at full scale");
  auto flags = std::make_shared<Flags>();
  Flags& f = *flags;
  cmd->add_option("scenario", f.scenario,
                  "Scenario file (default: " + std::string(kDefaultScenario) + ")");
  // A flag, with its Megatron-LM alias where it has one ("--tp,--tensor-model-parallel-size");
  // `given` is keyed by the first name.
  auto key = [](const std::string& names) { return names.substr(0, names.find(',')); };
  auto add = [&](const std::string& names, auto& target, const std::string& help) {
    f.given[key(names)] = cmd->add_option(names, target, help);
  };
  // A count flag: suffixes (15T) and the range of its field, named when refused.
  auto add_count = [&](const std::string& names, auto& target, std::int64_t min, std::int64_t max,
                       const std::string& help) {
    f.given[key(names)] = cmd->add_option(names, target, help)->transform(count_flag(min, max));
  };
  // An overlap switch: alone it means on; or on, off or a fraction.
  auto add_overlap = [&](const std::string& name, std::string& target, const std::string& help) {
    f.given[key(name)] = cmd->add_option(name, target, help)->expected(0, 1)->default_str("on");
  };
  add("--cluster", f.cluster, "Cluster preset name or YAML file");
  add("--model", f.model, "Model preset name, model YAML or Hugging Face config.json");
  add_count("--gpus", f.gpus, 1, kIntMax, "Use the first N GPUs of the cluster");
  add_count("--tp,--tensor-model-parallel-size", f.tp, 1, kIntMax, "Tensor-parallel size");
  add_count("--pp,--pipeline-model-parallel-size", f.pp, 1, kIntMax, "Pipeline-parallel stages");
  add_count("--vpp,--virtual-pipeline-model-parallel-size", f.vpp, 1, kIntMax,
            "Virtual stages per pipeline rank (interleaved schedule when > 1)");
  add_count("--cp,--context-parallel-size", f.cp, 1, kIntMax, "Context-parallel size");
  add_count("--ep,--expert-model-parallel-size", f.ep, 1, kIntMax,
            "Expert-parallel size (carved out of DP)");
  add_count("--etp,--expert-tensor-parallel-size", f.etp, 1, kIntMax,
            "Expert tensor-parallel size: 1 or tp (default tp)");
  add_count("--dp", f.dp, 0, kIntMax, "Data-parallel size (default: GPUs / (tp cp pp))");
  add_count("--lora-rank", f.lora_rank, 1, 1 << 20,
            "LoRA fine-tuning: adapters of this rank, the base frozen");
  add("--lora-targets", f.lora_targets,
      "Projections LoRA adapts, comma-separated: q,k,v,o,gate,up,down, attention, mlp, all "
      "(default q,k,v,o)");
  add_count("--first-stage-layers,--decoder-first-pipeline-num-layers", f.first_stage_layers, 0,
            kIntMax, "Layers on the first virtual pipeline stage (0: embedding only)");
  add_count("--last-stage-layers,--decoder-last-pipeline-num-layers", f.last_stage_layers, 0,
            kIntMax, "Layers on the last virtual pipeline stage (0: loss only)");
  add_count("--micro-batch,--micro-batch-size", f.micro_batch, 1, kIntMax,
            "Sequences per micro-batch");
  add_count("--global-batch,--global-batch-size", f.global_batch, 1, kMaxTokens,
            "Sequences per optimizer step");
  add_count("--seq-len,--seq-length", f.seq_len, 1, kIntMax,
            "Sequence length (default: the model's)");
  add("--precision", f.precision, "bf16, fp8 or mxfp8 (fp8 with mxfp8 scaling)");
  add("--fp8-scaling", f.fp8_scaling,
      "FP8 scaling recipe: delayed (amax history), current (each tensor's own amax) or mxfp8 "
      "(one scale per 32-element block; Blackwell)");
  add("--recompute-modules", f.recompute_modules,
      "With selective recompute, the modules re-run, comma-separated: core_attn (default), "
      "mla_up_proj");
  add("--ep-dispatcher", f.ep_dispatcher,
      "MoE token dispatcher: alltoall (NCCL, default) or hybridep (DeepEP's Hybrid-EP)");
  add("--cp-comm-type", f.cp_comm_type,
      "Context parallelism's K/V exchange: p2p (the ring, overlapped with attention; default) "
      "or allgather (one blocking all-gather of K and V per layer; Llama 3's CP)");
  add("--allocator", f.allocator,
      "PyTorch's CUDA allocator: caching (default; fragmentation allowance 5% of the "
      "activations) or expandable_segments (PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True; "
      "none)");
  add("--moe-expert-rank-capacity-factor", f.moe_rank_capacity_factor,
      "HybridEP: each EP rank's static token budget, x the balanced tokens (0: none)");
  add("--moe-paged-stash", f.moe_paged_stash,
      "Paged stash of the routed experts' activations: its CUDA buffer, x the balanced tokens "
      "in flight (Megatron's --moe-paged-stash-buffer-size-factor-cuda; 0: off)");
  add("--recompute", f.recompute, "Activation recompute: none, selective or full");
  add_count("--recompute-num-layers", f.recompute_layers, 0, kIntMax,
            "With full recompute: layers per recompute group (uniform) or recomputed layers per "
            "stage (block); 0: every layer");
  add("--recompute-method", f.recompute_method, "uniform or block (with --recompute-num-layers)");
  add_count("--zero", f.zero, 0, 3, "ZeRO stage 0, 1 (distributed optimizer), 2 or 3");
  add("--schedule", f.schedule, "Pipeline schedule: 1f1b, interleaved or gpipe");
  add("--attention", f.attention, "Attention kernel: unfused, flash1, flash2 or flash3");
  add("--optimizer", f.optimizer, "Optimizer: adam, adamw, lamb, adafactor, sgd or muon");
  add("--main-grads", f.main_grads, "Main-gradient buffer dtype: fp32 or bf16");
  add_overlap("--tp-comm-overlap", f.tp_comm_overlap,
              "Hide TP communication behind GEMMs: on, off or the hidden fraction");
  add_overlap("--ep-comm-overlap,--overlap-moe-expert-parallel-comm", f.ep_comm_overlap,
              "Hide the expert all-to-alls behind another micro-batch's compute: on, off or a "
              "fraction");
  add_overlap("--overlap-grad-reduce", f.overlap_grad_reduce,
              "Reduce gradients under the backward pass: on, off or a fraction");
  add_overlap("--overlap-param-gather", f.overlap_param_gather,
              "Gather parameters under the forward pass: on, off or a fraction");
  add_overlap("--overlap-p2p", f.overlap_p2p,
              "Pipeline sends beside compute: on, off or a fraction");
  add("--memory-check", f.memory_check,
      "A stage that does not fit in HBM: error (default), warn or off");
  add_count("--tokens", f.tokens, 0, kMaxTokens, "Tokens to train, for the time-to-train figure");
  add("--megatron-args", f.megatron_file,
      "A Megatron-LM launch script (or argument file): its arguments describe the job");
  add("--calibration", f.calibration,
      "A measured calibration profile (YAML, docs/calibration_profile.md): its GEMM, attention, "
      "copy and launch figures replace the GPU preset's fitted efficiencies");
  cmd->add_flag("--print-megatron-args", f.print_megatron_args,
                "Print the Megatron-LM arguments of the layout simulated instead of the summary");
  // Megatron-LM arguments with no Colossus flag of their own (applied as --megatron-args's).
  for (const char* name : {"--recompute-granularity", "--fp8-format", "--fp8-recipe",
                           "--attention-backend", "--num-layers-per-virtual-pipeline-stage"}) {
    std::string& value = f.megatron_value_store[name];
    f.given[name] = cmd->add_option(name, value, "Megatron-LM argument");
    f.megatron_values.emplace_back(name, &value);
  }
  for (const char* name :
       {"--sequence-parallel", "--use-distributed-optimizer", "--grad-reduce-in-bf16",
        "--fp8-param-gather", "--account-for-embedding-in-pipeline-split",
        "--account-for-loss-in-pipeline-split", "--recompute-activations"}) {
    bool& on = f.megatron_switch_store[name];
    cmd->add_flag(name, on, "Megatron-LM argument");
    f.megatron_switches.emplace_back(name, &on);
  }
  cmd->add_flag("--json", f.json, "Print JSON instead of text");
  cmd->add_flag("--timeline", f.timeline,
                "With --json: add the step's timeline (every compute op and transfer)");
  cmd->add_flag("--isolated-phases", f.isolated_phases,
                "Time each pipeline and data-parallel transfer alone, not on the shared fabric");
  add_report_flags(cmd, f.outputs, true);
  cmd->callback([flags] { run(*flags); });
}

}  // namespace colossus::cli
