// `colossus simulate [SCENARIO.yaml] [flags] [--json]`: one training step of a job on a cluster
// at full scale. With no scenario and no --cluster/--model it runs the default scenario,
// examples/memphis-grok1.yaml (Grok-1 on the Memphis cluster; docs/scenario.md explains the
// layout). Flags override the scenario's fields or, with --cluster and --model, describe a job
// on their own. Prints a summary (layout, step time, MFU, TFLOP/s per GPU, tokens/s, days to
// train, the step's breakdown, memory per stage, the collectives) or, with --json, the same as
// JSON with stable keys in base units (_s, _bytes, _flop_per_s); --timeline adds every span of
// the step to the JSON. A problem with a value given as
// a flag is reported against the flag ("<command line>: --tp: ...").
#include <fmt/format.h>

#include <cctype>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "colossus/cli/commands.h"
#include "colossus/cli/flags.h"
#include "colossus/core/error.h"
#include "colossus/report/simulation_report.h"
#include "colossus/sim/scenario.h"
#include "colossus/sim/simulation.h"
#include "colossus/spec/cluster_loader.h"
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
  std::string cluster, model, precision, fp8_scaling, recompute, schedule;
  int gpus = 0, tp = 1, pp = 1, vpp = 1, cp = 1, ep = 1, dp = 0, micro_batch = 1, zero = 1;
  int first_stage_layers = -1, last_stage_layers = -1;
  std::int64_t global_batch = 0, seq_len = 0;
  std::int64_t tokens = 0;
  double tp_comm_overlap = 0;
  bool json = false;
  bool timeline = false;
  bool isolated_phases = false;
  std::map<std::string, CLI::Option*> given;  // flag name -> option

  bool has(const std::string& flag) const {
    auto it = given.find(flag);
    return it != given.end() && it->second->count() > 0;
  }
};

// The job the flags describe: the scenario (or the default one) with the flags applied.
// `overridden` maps each field path a flag set to the flag's name, for error messages.
sim::Scenario build_scenario(const Flags& f, const PresetCatalog& catalog,
                             std::map<std::string, std::string>& overridden, std::string& origin) {
  sim::Scenario s;
  if (!f.scenario.empty()) {
    s = sim::load_scenario(f.scenario, catalog);
    origin = f.scenario;
  } else if (!f.has("--cluster") && !f.has("--model")) {
    const std::filesystem::path path = catalog.data_dir() / kDefaultScenario;
    s = sim::read_scenario(YamlReader::from_file(path, kDefaultScenario), catalog);
    origin = std::string(kDefaultScenario) + " (default)";
  } else {
    if (!f.has("--cluster") || !f.has("--model")) {
      throw InputError(kCommandLine, f.has("--cluster") ? "--model" : "--cluster",
                       "without a scenario file, give both --cluster and --model");
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
  set("--dp", "parallelism.dp", p.dp, f.dp);
  set("--first-stage-layers", "parallelism.first_stage_layers", p.first_stage_layers,
      f.first_stage_layers);
  set("--last-stage-layers", "parallelism.last_stage_layers", p.last_stage_layers,
      f.last_stage_layers);
  set("--micro-batch", "parallelism.micro_batch", p.micro_batch, f.micro_batch);
  set("--global-batch", "parallelism.global_batch", p.global_batch, f.global_batch);
  set("--seq-len", "parallelism.seq_len", p.seq_len, f.seq_len);
  set("--tokens", "train_tokens", s.job.train_tokens, f.tokens);
  if (f.isolated_phases) s.job.options.shared_fabric = false;
  set("--tp-comm-overlap", "overlap.tp_comm_overlap", s.job.options.tp_comm_overlap,
      f.tp_comm_overlap);
  if (f.has("--precision")) {
    set("--precision", "parallelism.precision", p.precision,
        sim::parse_precision(f.precision, kCommandLine, "--precision"));
  }
  if (f.has("--fp8-scaling")) {
    set("--fp8-scaling", "parallelism.fp8_scaling", p.fp8_scaling,
        sim::parse_fp8_scaling(f.fp8_scaling, kCommandLine, "--fp8-scaling"));
  }
  if (f.has("--recompute")) {
    set("--recompute", "parallelism.recompute", p.recompute,
        sim::parse_recompute(f.recompute, kCommandLine, "--recompute"));
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
    {"parallelism.dp", "--dp"},
    {"parallelism.first_stage_layers", "--first-stage-layers"},
    {"parallelism.last_stage_layers", "--last-stage-layers"},
    {"parallelism.micro_batch", "--micro-batch"},
    {"parallelism.global_batch", "--global-batch"},
    {"parallelism.seq_len", "--seq-len"},
    {"parallelism.precision", "--precision"},
    {"parallelism.fp8_scaling", "--fp8-scaling"},
    {"parallelism.recompute", "--recompute"},
    {"parallelism.zero", "--zero"},
    {"parallelism.schedule", "--schedule"},
    {"train_tokens", "--tokens"},
    {"overlap.tp_comm_overlap", "--tp-comm-overlap"}};

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
  const auto words = words_of(e.message());
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

void run(const Flags& f) {
  const PresetCatalog catalog = PresetCatalog::from_environment();
  std::map<std::string, std::string> overridden;
  std::string origin;
  const sim::Scenario s = build_scenario(f, catalog, overridden, origin);
  check_stage_layers(f, s);
  try {
    const std::unique_ptr<const Topology> topology_built = make_topology(s.cluster);
    const Topology& topology = *topology_built;
    const sim::SimulationResult r = sim::simulate(topology, s.job);
    if (f.json) {
      fmt::print("{}\n", report::simulation_json(r, origin, f.timeline).dump(2));
    } else {
      fmt::print("{}", report::simulation_text(r, origin));
    }
  } catch (const InputError& e) {
    throw blamed(e, f, overridden, origin == "command line");
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
  auto add = [&](const std::string& name, auto& target, const std::string& help) {
    f.given[name] = cmd->add_option(name, target, help);
  };
  // A count flag: suffixes (15T) and the range of its field, named when refused.
  auto add_count = [&](const std::string& name, auto& target, std::int64_t min, std::int64_t max,
                       const std::string& help) {
    f.given[name] = cmd->add_option(name, target, help)->transform(count_flag(min, max));
  };
  add("--cluster", f.cluster, "Cluster preset name or YAML file");
  add("--model", f.model, "Model preset name, model YAML or Hugging Face config.json");
  add_count("--gpus", f.gpus, 1, kIntMax, "Use the first N GPUs of the cluster");
  add_count("--tp", f.tp, 1, kIntMax, "Tensor-parallel size");
  add_count("--pp", f.pp, 1, kIntMax, "Pipeline-parallel stages");
  add_count("--vpp", f.vpp, 1, kIntMax,
            "Virtual stages per pipeline rank (interleaved schedule when > 1)");
  add_count("--cp", f.cp, 1, kIntMax, "Context-parallel size");
  add_count("--ep", f.ep, 1, kIntMax, "Expert-parallel size (carved out of DP)");
  add_count("--dp", f.dp, 0, kIntMax, "Data-parallel size (default: GPUs / (tp cp pp))");
  add_count("--first-stage-layers", f.first_stage_layers, 1, kIntMax,
            "Layers on the first virtual pipeline stage (default: an even split)");
  add_count("--last-stage-layers", f.last_stage_layers, 1, kIntMax,
            "Layers on the last virtual pipeline stage (default: an even split)");
  add_count("--micro-batch", f.micro_batch, 1, kIntMax, "Sequences per micro-batch");
  add_count("--global-batch", f.global_batch, 1, kMaxTokens, "Sequences per optimizer step");
  add_count("--seq-len", f.seq_len, 1, kIntMax, "Sequence length (default: the model's)");
  add("--precision", f.precision, "bf16 or fp8");
  add("--fp8-scaling", f.fp8_scaling,
      "FP8 scaling recipe: delayed (amax history) or current (each tensor's own amax)");
  add("--recompute", f.recompute, "Activation recompute: none, selective or full");
  add_count("--zero", f.zero, 0, 3, "ZeRO stage 0, 1 (distributed optimizer), 2 or 3");
  add("--schedule", f.schedule, "Pipeline schedule: 1f1b, interleaved or gpipe");
  add("--tp-comm-overlap", f.tp_comm_overlap,
      "Fraction of TP communication hidden behind GEMMs (0..1)");
  add_count("--tokens", f.tokens, 0, kMaxTokens, "Tokens to train, for the time-to-train figure");
  cmd->add_flag("--json", f.json, "Print JSON instead of text");
  cmd->add_flag("--timeline", f.timeline,
                "With --json: add the step's timeline (every compute op and transfer)");
  cmd->add_flag("--isolated-phases", f.isolated_phases,
                "Time each pipeline and data-parallel transfer alone, not on the shared fabric");
  cmd->callback([flags] { run(*flags); });
}

}  // namespace colossus::cli
