// `colossus plan [SCENARIO.yaml] [--cluster C --model M] [--gpus N] [constraints]`: the best
// parallel layouts of a job on a cluster. The job's fixed parts (model, GPUs, global batch or
// tokens per step, sequence length, overlap and stack options) come from the scenario file (its
// own layout is then simulated too, as the baseline) or from the flags; the constraints narrow
// the search (`--tp 8`, `--max-pp 16`, `--zero 1,3`, `--recompute selective,full`). Prints the
// counts of the search, the top K with their breakdowns and why each beats the next, and the best
// layout of each TP x PP family; `--write-scenario FILE` writes the winner as a scenario file
// `colossus simulate` reads. docs/plan.md explains the search and its pruning bound.
#include <fmt/format.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "colossus/cli/commands.h"
#include "colossus/cli/flags.h"
#include "colossus/core/error.h"
#include "colossus/facility/step_power.h"
#include "colossus/plan/layout_search.h"
#include "colossus/report/plan_report.h"
#include "colossus/report/report_files.h"
#include "colossus/sim/scenario.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/topology/topology.h"

namespace colossus::cli {
namespace {

const SourceLocation kCommandLine{"<command line>", 0};

struct Flags {
  std::string scenario, cluster, model;
  std::string tp, pp, vpp, cp, ep, etp, micro_batch, zero, recompute, schedule, precision;
  int gpus = 0, max_pp = 0, max_vpp = 8, max_cp = 0, max_micro_batch = 8, top = 5, threads = 0;
  std::int64_t global_batch = 0, seq_len = 0, tokens_per_step = 0;
  bool tp_within_server = false, no_prune = false, json = false;
  std::string write_scenario, objective = "step-time";
  std::map<std::string, CLI::Option*> given;
  bool has(const std::string& flag) const {
    auto it = given.find(flag);
    return it != given.end() && it->second->count() > 0;
  }
};

// The comma-separated items of a flag's value.
std::vector<std::string> items_of(const std::string& text) {
  std::vector<std::string> out;
  std::string item;
  std::stringstream in(text);
  while (std::getline(in, item, ',')) out.push_back(item);
  return out;
}

// A list of positive counts ("4,8").
std::vector<int> count_list(const std::string& text, const std::string& flag) {
  std::vector<int> out;
  for (const std::string& item : items_of(text)) {
    char* end = nullptr;
    const long v = std::strtol(item.c_str(), &end, 10);
    if (item.empty() || *end != '\0' || v < 1 || v > kIntMax) {
      throw InputError(kCommandLine, flag,
                       fmt::format("expected positive counts separated by commas, got '{}'", text));
    }
    out.push_back(static_cast<int>(v));
  }
  return out;
}

// The job's fixed parts: the scenario (or the flags' cluster and model) with the flags applied.
sim::Scenario base_scenario(const Flags& f, const PresetCatalog& catalog, std::string& source,
                            std::string& cluster_ref, std::string& model_ref) {
  sim::Scenario s;
  if (!f.scenario.empty()) {
    s = sim::load_scenario(f.scenario, catalog);
    source = f.scenario;
  } else {
    if (!f.has("--cluster") || !f.has("--model")) {
      throw InputError(kCommandLine, f.has("--cluster") ? "--model" : "--cluster",
                       "without a scenario file, give both --cluster and --model");
    }
    source = "command line";
  }
  if (f.has("--cluster")) {
    const auto path = catalog.resolve("clusters", f.cluster, kCommandLine, "--cluster");
    s.cluster = load_cluster(path.string(), catalog);
    cluster_ref = f.cluster;
  }
  if (f.has("--model")) {
    s.job.model = sim::load_job_model(f.model, catalog, kCommandLine, "--model");
    model_ref = f.model;
  }
  ParallelismSpec& p = s.job.parallelism;
  if (f.has("--gpus")) {
    if (f.gpus > s.cluster.gpu_count())
      throw InputError(kCommandLine, "--gpus",
                       fmt::format("expected at most the cluster's {} GPUs, got {}",
                                   s.cluster.gpu_count(), f.gpus));
    s.job.gpus = f.gpus;
  }
  if (f.has("--seq-len")) p.seq_len = f.seq_len;
  if (p.seq_len == 0) p.seq_len = s.job.model.seq_len;
  if (f.has("--global-batch") && f.has("--tokens-per-step"))
    throw InputError(kCommandLine, "--tokens-per-step",
                     "give --global-batch or --tokens-per-step, not both");
  if (f.has("--global-batch")) p.global_batch = f.global_batch;
  if (f.has("--tokens-per-step")) {
    if (p.seq_len <= 0 || f.tokens_per_step % p.seq_len != 0)
      throw InputError(kCommandLine, "--tokens-per-step",
                       fmt::format("expected a multiple of the sequence length {}, got {}",
                                   p.seq_len, f.tokens_per_step));
    p.global_batch = f.tokens_per_step / p.seq_len;
  }
  if (p.global_batch <= 0)
    throw InputError(kCommandLine, "--global-batch",
                     "required without a scenario file (or --tokens-per-step)");
  return s;
}

// The space the flags allow.
plan::SearchSpace search_space(const Flags& f, const Topology& topology) {
  plan::SearchSpace space;
  if (f.has("--tp")) space.tp = count_list(f.tp, "--tp");
  if (f.has("--pp")) space.pp = count_list(f.pp, "--pp");
  if (f.has("--vpp")) space.vpp = count_list(f.vpp, "--vpp");
  if (f.has("--cp")) space.cp = count_list(f.cp, "--cp");
  if (f.has("--ep")) space.ep = count_list(f.ep, "--ep");
  if (f.has("--etp")) space.etp = count_list(f.etp, "--etp");
  if (f.has("--micro-batch")) space.micro_batch = count_list(f.micro_batch, "--micro-batch");
  if (f.has("--zero")) {
    for (const std::string& z : items_of(f.zero)) {
      if (z.size() != 1 || z[0] < '0' || z[0] > '3')
        throw InputError(
            kCommandLine, "--zero",
            fmt::format("expected ZeRO stages 0 to 3 separated by commas, got '{}'", f.zero));
      space.zero.push_back(static_cast<ZeroStage>(z[0] - '0'));
    }
  }
  if (f.has("--recompute"))
    for (const std::string& r : items_of(f.recompute))
      space.recompute.push_back(sim::parse_recompute(r, kCommandLine, "--recompute"));
  if (f.has("--precision"))
    for (const std::string& p : items_of(f.precision))
      space.precision.push_back(sim::parse_precision(p, kCommandLine, "--precision"));
  if (f.has("--schedule")) {
    for (const std::string& s : items_of(f.schedule)) {
      make_schedule(s, "--schedule", kCommandLine);
      space.schedule.push_back(s);
    }
  }
  space.max_pp = f.max_pp;
  space.max_vpp = f.max_vpp;
  space.max_cp = f.max_cp;
  space.max_micro_batch = f.max_micro_batch;
  if (f.tp_within_server) {
    for (int tp : space.tp) {
      if (tp > topology.gpus_per_server())
        throw InputError(kCommandLine, "--tp",
                         fmt::format("--tp {} contradicts --tp-within-server: {}'s servers hold {} "
                                     "GPUs",
                                     tp, topology.spec().name, topology.gpus_per_server()));
    }
    if (space.tp.empty()) {
      for (int tp = 1; tp <= topology.gpus_per_server(); ++tp)
        if (topology.gpus_per_server() % tp == 0) space.tp.push_back(tp);
    }
  }
  return space;
}

// A file reference of the scenario, usable from any folder: a preset name as is, a file made
// absolute (relative ones are relative to the scenario's folder).
std::string portable_ref(const std::string& ref, const std::filesystem::path& base) {
  if (!PresetCatalog::looks_like_file(ref, base)) return ref;
  std::filesystem::path p(ref);
  if (p.is_relative()) p = base / p;
  return std::filesystem::absolute(p).lexically_normal().string();
}

// The winner as a scenario file: the base scenario's document (or a new one) with its
// parallelism replaced by the winner's.
std::string winner_yaml(const Flags& f, const sim::Scenario& s, const plan::PlannedLayout& w,
                        const std::string& cluster_ref, const std::string& model_ref) {
  YAML::Node root;
  std::filesystem::path base;
  if (!f.scenario.empty()) {
    root = YAML::LoadFile(f.scenario);
    base = std::filesystem::path(f.scenario).parent_path();
  }
  root["name"] = s.name.empty() ? std::string("plan-winner") : s.name + "-plan";
  root["description"] = "the best layout colossus plan found: " + w.result.layout;
  if (!cluster_ref.empty()) root["cluster"] = cluster_ref;
  if (!model_ref.empty()) root["model"] = model_ref;
  if (root["cluster"] && root["cluster"].IsScalar())
    root["cluster"] = portable_ref(root["cluster"].as<std::string>(), base);
  if (root["model"] && root["model"].IsScalar())
    root["model"] = portable_ref(root["model"].as<std::string>(), base);
  if (s.job.gpus > 0) root["gpus"] = s.job.gpus;
  const ParallelismSpec& p = w.spec;
  YAML::Node par = root["parallelism"] ? root["parallelism"] : YAML::Node(YAML::NodeType::Map);
  par["tp"] = p.tp;
  par["sequence_parallel"] = p.sequence_parallel;
  par["cp"] = p.cp;
  par["pp"] = p.pp;
  par["vpp"] = p.vpp;
  par["schedule"] = p.schedule;
  par["ep"] = p.ep;
  if (p.etp > 0) {
    par["etp"] = p.etp;
  } else {
    par.remove("etp");
  }
  par.remove("dp");
  par["zero"] = static_cast<int>(p.zero);
  if (p.first_stage_layers >= 0) {
    par["first_stage_layers"] = p.first_stage_layers;
    par["last_stage_layers"] = p.last_stage_layers;
  } else {
    par.remove("first_stage_layers");
    par.remove("last_stage_layers");
  }
  par["micro_batch"] = p.micro_batch;
  par["global_batch"] = p.global_batch;
  par["seq_len"] = p.seq_len;
  par["recompute"] = std::string(to_string(p.recompute));
  par.remove("recompute_layers");
  par.remove("recompute_method");
  par["precision"] = std::string(to_string(p.precision));
  root["parallelism"] = par;
  YAML::Emitter out;
  out << root;
  return std::string("# Written by colossus plan (docs/plan.md).\n") + out.c_str() + "\n";
}

void run(const Flags& f) {
  plan::Ranks ranks;
  const PresetCatalog catalog = PresetCatalog::from_environment();
  std::string source, cluster_ref, model_ref;
  const sim::Scenario s = base_scenario(f, catalog, source, cluster_ref, model_ref);
  const std::unique_ptr<const Topology> topology = make_topology(s.cluster);
  plan::PlanRequest request;
  request.job = s.job;
  request.space = search_space(f, *topology);
  request.objective = parse_enum<plan::Objective>(f.objective, kCommandLine, "--objective");
  request.top_k = f.top;
  request.prune = !f.no_prune;
  request.ranks = &ranks;
  request.threads =
      f.threads > 0
          ? f.threads
          : std::max(1, static_cast<int>(std::thread::hardware_concurrency()) / ranks.size());
  const bool tty = ranks.root() && isatty(STDERR_FILENO) != 0;
  const auto started = std::chrono::steady_clock::now();
  if (tty) {
    request.progress = [started](std::int64_t done, std::int64_t total) {
      const double elapsed =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      const double rate = elapsed > 0 ? static_cast<double>(done) / elapsed : 0.0;
      fmt::print(stderr, "\r  {} / {} layouts, {:.0f}/s, ETA {:.0f} s   ", done, total, rate,
                 rate > 0 ? static_cast<double>(total - done) / rate : 0.0);
    };
  }
  const plan::PlanResult r = plan::search_layouts(*topology, request);
  if (tty) fmt::print(stderr, "\n");
  if (!ranks.root()) return;
  report::PlanContext c;
  c.cluster = s.cluster.name;
  c.model = s.job.model.name;
  c.source = source;
  c.gpus = s.job.gpus > 0 ? s.job.gpus : topology->gpu_count();
  c.global_batch = s.job.parallelism.global_batch;
  c.seq_len = s.job.parallelism.seq_len;
  if (!f.scenario.empty()) {
    try {
      sim::SimulationResult b = sim::simulate(*topology, s.job);
      if (request.objective == plan::Objective::cost_per_token) {
        const BillOfMaterials bom = bill_of_materials(*topology);
        c.baseline_cost =
            facility::step_usage(b, s.cluster, bom, facility::ownership_cost(bom, *s.cluster.site))
                .per_million_tokens;
      }
      b.timeline = {};
      c.baseline = std::move(b);
    } catch (const InputError&) {
      // The scenario's own layout may not fit or divide; the search stands without it.
    }
  }
  if (!f.write_scenario.empty()) {
    report::write_file_atomically(f.write_scenario,
                                  winner_yaml(f, s, r.top.front(), cluster_ref, model_ref),
                                  "--write-scenario");
    c.written = f.write_scenario;
  }
  if (f.json) {
    fmt::print("{}\n", report::plan_json(r, c).dump(2));
  } else {
    fmt::print("{}", report::plan_text(r, c));
  }
}

}  // namespace

void add_plan_command(CLI::App& app) {
  auto* cmd =
      app.add_subcommand("plan", "Search the parallel layouts of a job for the fastest step");
  auto flags = std::make_shared<Flags>();
  Flags& f = *flags;
  cmd->add_option("scenario", f.scenario,
                  "Scenario file: the job's fixed parts (its layout is the baseline)");
  auto add = [&](const std::string& name, auto& target, const std::string& help) {
    f.given[name] = cmd->add_option(name, target, help);
  };
  auto add_count = [&](const std::string& name, auto& target, std::int64_t min, std::int64_t max,
                       const std::string& help) {
    f.given[name] = cmd->add_option(name, target, help)->transform(count_flag(min, max));
  };
  add("--cluster", f.cluster, "Cluster preset name or YAML file");
  add("--model", f.model, "Model preset name, model YAML or Hugging Face config.json");
  add_count("--gpus", f.gpus, 1, kIntMax, "Use the first N GPUs of the cluster (default: all)");
  add_count("--global-batch", f.global_batch, 1, 1LL << 40, "Sequences per optimizer step");
  add_count("--tokens-per-step", f.tokens_per_step, 1, 1LL << 50,
            "Tokens per optimizer step (instead of --global-batch)");
  add_count("--seq-len", f.seq_len, 1, kIntMax, "Sequence length (default: the model's)");
  add("--tp", f.tp, "Tensor-parallel sizes to try, e.g. 8 or 4,8");
  add("--pp", f.pp, "Pipeline stages to try");
  add("--vpp", f.vpp, "Virtual stages per pipeline rank to try");
  add("--cp", f.cp, "Context-parallel sizes to try");
  add("--ep", f.ep, "Expert-parallel sizes to try");
  add("--etp", f.etp, "Expert tensor-parallel sizes to try (1 or tp)");
  add("--micro-batch", f.micro_batch, "Micro-batch sizes to try");
  add("--zero", f.zero, "ZeRO stages to try, e.g. 1,3");
  add("--recompute", f.recompute, "Recompute modes to try: none, selective, full");
  add("--schedule", f.schedule, "Pipeline schedules to try: 1f1b, interleaved, gpipe");
  add("--precision", f.precision, "Precisions to try: bf16, fp8 (default: the job's)");
  add_count("--max-pp", f.max_pp, 1, kIntMax, "Most pipeline stages");
  add_count("--max-vpp", f.max_vpp, 1, kIntMax, "Most virtual stages per rank (default 8)");
  add_count("--max-cp", f.max_cp, 1, kIntMax, "Largest context-parallel size");
  add_count("--max-micro-batch", f.max_micro_batch, 1, kIntMax, "Largest micro-batch (default 8)");
  cmd->add_flag("--tp-within-server", f.tp_within_server,
                "Keep tensor-parallel groups inside one server");
  add_count("--top", f.top, 1, 1000, "Layouts to list (default 5)");
  add_count("--threads", f.threads, 1, 1024, "Worker threads (default: the CPU count)");
  cmd->add_flag("--no-prune", f.no_prune, "Simulate every fitting layout (no bound)");
  add("--objective", f.objective,
      "Rank by step-time (default), mfu, tokens-per-s or cost-per-token (needs the cluster's "
      "site)");
  add("--write-scenario", f.write_scenario, "Write the winner as a scenario file");
  cmd->add_flag("--json", f.json, "Print JSON instead of text");
  cmd->callback([flags] { run(*flags); });
}

}  // namespace colossus::cli
