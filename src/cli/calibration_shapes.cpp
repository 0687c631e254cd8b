// `colossus calibration-shapes --model M [--tp T] [--cp C] [--ep E] [--seq-len S]
// [--micro-batch B] [--gpu G [--calibration FILE]] [--sweep] [--json]`: the kernels one
// transformer layer of a model runs on one GPU under a layout (forward and backward, as the
// workload layer derives them for the simulation): each GEMM's (m, n, k), each attention
// kernel's sequence length and head dim. The measuring tool (tools/calibrate/) sweeps these
// shapes: --sweep prints them in the tool's input format (the grid axes and the layer's
// dimensions for the PyTorch layer timing). With --gpu each kernel is timed by the compute model
// (the preset's fitted efficiencies, or a measured profile with --calibration) and the layer's
// forward and backward totals are given: what docs/compute_model.md compares with a measured
// layer. The shape derivation lives here, in C++, so that it is tested without a GPU.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "colossus/cli/commands.h"
#include "colossus/cli/flags.h"
#include "colossus/core/error.h"
#include "colossus/hardware/attention_kernel.h"
#include "colossus/hardware/calibration_profile.h"
#include "colossus/sim/scenario.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/workload/layer_ops.h"
#include "colossus/workload/parallelism.h"

namespace colossus::cli {
namespace {

const SourceLocation kCommandLine{"<command line>", 0};

// The powers of two every sweep covers besides the model's own dimensions, so that a profile
// serves other models too: 64 to 16384 (GEMM), 512 to 16384 (attention sequence).
constexpr double kLadderMin = 64, kLadderMax = 16384, kSeqLadderMin = 512;

struct Flags {
  std::string model, gpu, calibration, precision = "bf16";
  int tp = 1, cp = 1, ep = 1, micro_batch = 1;
  std::int64_t seq_len = 0;
  bool sweep = false, json = false;
  std::map<std::string, CLI::Option*> given;
  bool has(const std::string& flag) const {
    auto it = given.find(flag);
    return it != given.end() && it->second->count() > 0;
  }
};

// One kernel of the layer as printed: its pass, and its time when a GPU was given.
struct Row {
  const Kernel* kernel;
  bool backward;
  Seconds fitted{}, profiled{};
};

std::string shape_text(const Kernel& k) {
  if (k.kind == KernelKind::gemm)
    return fmt::format("{} x {} x {}{}", k.m, k.n, k.k,
                       k.batch > 1 ? fmt::format(" (x{})", k.batch) : "");
  if (k.kind == KernelKind::attention)
    return fmt::format("seq {} kv {} d {}{} (x{})", k.m, k.n, k.k, k.causal ? " causal" : "",
                       k.batch);
  return fmt::format("{:.1f} MiB", k.bytes.value() / 1048576.0);
}

void run(const Flags& f) {
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const ModelSpec model = sim::load_job_model(f.model, catalog, kCommandLine, "--model");
  ParallelismSpec spec;
  spec.source = kCommandLine;
  spec.tp = f.tp;
  spec.cp = f.cp;
  spec.ep = f.ep;
  spec.micro_batch = f.micro_batch;
  spec.global_batch = static_cast<std::int64_t>(f.micro_batch) * f.ep;
  spec.seq_len = f.seq_len;
  const int gpus = f.tp * f.cp * f.ep;
  std::vector<std::string> warnings;
  Parallelism par = [&] {
    try {
      return resolve(spec, model, gpus, gpus, &warnings);
    } catch (const InputError& e) {
      throw InputError(kCommandLine, "--tp", e.message());
    }
  }();
  const LayerKernels layer = layer_kernels(model, par, 0);
  const Precision precision = sim::parse_precision(f.precision, kCommandLine, "--precision");

  std::optional<GpuSpec> gpu;
  std::shared_ptr<const CalibrationProfile> profile;
  if (f.has("--calibration") && !f.has("--gpu"))
    throw InputError(kCommandLine, "--calibration", "needs --gpu (the GPU to time the layer on)");
  if (f.has("--gpu")) gpu = load_gpu(f.gpu, catalog);
  if (f.has("--calibration")) {
    profile = load_calibration_profile(f.calibration, catalog);
    if (profile->gpu != gpu->name)
      throw InputError(
          kCommandLine, "--calibration",
          fmt::format("{} measured {}, not --gpu {}", f.calibration, profile->gpu, gpu->name));
  }
  std::vector<Row> rows;
  for (const auto& [list, backward] :
       {std::pair{&layer.forward, false}, std::pair{&layer.backward, true}})
    for (const LayerKernel& k : *list) rows.push_back({&k.kernel, backward});
  Seconds fitted_total[2]{}, profiled_total[2]{};
  if (gpu) {
    const ComputeCalibration fitted = with_attention_kernel(*gpu, default_calibration(*gpu),
                                                            par.spec().attention, model.head_dim);
    const ComputeModel fitted_model(*gpu, fitted);
    std::optional<ComputeModel> profiled_model;
    if (profile)
      profiled_model.emplace(
          *gpu, with_attention_kernel(*gpu, with_profile(*gpu, default_calibration(*gpu), profile),
                                      par.spec().attention, model.head_dim));
    for (Row& r : rows) {
      r.fitted = fitted_model.time(*r.kernel, precision);
      fitted_total[r.backward] = fitted_total[r.backward] + r.fitted;
      if (profiled_model) {
        r.profiled = profiled_model->time(*r.kernel, precision);
        profiled_total[r.backward] = profiled_total[r.backward] + r.profiled;
      }
    }
  }

  // The sweep's axes: every GEMM dimension of the layer plus the ladder; attention sequence
  // lengths (the query length of each kernel) and head dims plus theirs.
  std::set<double> dims, seqs, head_dims;
  for (double d = kLadderMin; d <= kLadderMax; d *= 2) dims.insert(d);
  for (double s = kSeqLadderMin; s <= kLadderMax; s *= 2) seqs.insert(s);
  head_dims.insert(128);
  for (const Row& r : rows) {
    const Kernel& k = *r.kernel;
    // Whole numbers (an expert's share of tokens can be fractional): the tool measures those.
    if (k.kind == KernelKind::gemm)
      for (double d : {k.m, k.n, k.k}) dims.insert(std::max(1.0, std::round(d)));
    if (k.kind == KernelKind::attention) {
      seqs.insert(std::max(1.0, std::round(k.m)));
      head_dims.insert(std::max(1.0, std::round(k.k)));
    }
  }
  const int heads = model.heads / f.tp;
  const int kv_heads = std::max(1, model.kv_heads / f.tp);
  const std::int64_t ffn = model.ffn_hidden / f.tp;
  const std::string title =
      fmt::format("{} layer 0 at tp {}, cp {}, ep {}, seq {}, micro-batch {}, {}", model.name, f.tp,
                  f.cp, f.ep, par.seq_len(), f.micro_batch, to_string(precision));

  if (f.sweep) {
    auto line = [](const char* key, const std::set<double>& values) {
      std::string s = key;
      for (double v : values) s += fmt::format(" {}", v);
      return s + "\n";
    };
    fmt::print("# colossus calibration-shapes: {}\n", title);
    fmt::print("{}{}{}", line("dims", dims), line("seq", seqs), line("head_dim", head_dims));
    fmt::print(
        "layer {} tp {} seq {} micro_batch {} hidden {} heads {} kv_heads {} head_dim {} ffn {} "
        "gated {}\n",
        model.name, f.tp, par.seq_len() / f.cp, f.micro_batch, model.hidden, heads, kv_heads,
        model.head_dim, ffn, model.ffn_kind == FfnKind::swiglu ? 1 : 0);
    return;
  }
  if (f.json) {
    nlohmann::ordered_json out;
    out["schema"] = "colossus.calibration_shapes/1";
    out["model"] = model.name;
    out["tp"] = f.tp;
    out["cp"] = f.cp;
    out["ep"] = f.ep;
    out["seq_len"] = par.seq_len();
    out["micro_batch"] = f.micro_batch;
    out["precision"] = to_string(precision);
    if (gpu) out["gpu"] = gpu->name;
    if (profile) out["calibration"] = f.calibration;
    out["kernels"] = nlohmann::ordered_json::array();
    for (const Row& r : rows) {
      const Kernel& k = *r.kernel;
      nlohmann::ordered_json j = {{"name", k.name},
                                  {"pass", r.backward ? "backward" : "forward"},
                                  {"kind", k.kind == KernelKind::gemm        ? "gemm"
                                           : k.kind == KernelKind::attention ? "attention"
                                                                             : "memory"}};
      if (k.kind != KernelKind::memory_bound) {
        j["m"] = k.m;
        j["n"] = k.n;
        j["k"] = k.k;
        j["batch"] = k.batch;
      }
      j["flop"] = k.flops.value();
      j["bytes"] = k.bytes.value();
      if (gpu) j["fitted_s"] = r.fitted.value();
      if (profile) j["profile_s"] = r.profiled.value();
      out["kernels"].push_back(j);
    }
    if (gpu) {
      out["fitted_forward_s"] = fitted_total[0].value();
      out["fitted_backward_s"] = fitted_total[1].value();
    }
    if (profile) {
      out["profile_forward_s"] = profiled_total[0].value();
      out["profile_backward_s"] = profiled_total[1].value();
      out["warnings"] = profile->range_warnings();
    }
    fmt::print("{}\n", out.dump(2));
    return;
  }
  fmt::print("Kernels of {} on one GPU (m x n x k; attention: query and key lengths, head dim)\n",
             title);
  const bool timed = gpu.has_value();
  fmt::print("  {:<34}{:<10}{:>34}{}{}\n", "kernel", "pass", "shape",
             timed ? fmt::format("{:>12}", "fitted") : "",
             profile ? fmt::format("{:>12}", "profile") : "");
  for (const Row& r : rows) {
    fmt::print("  {:<34}{:<10}{:>34}{}{}\n", r.kernel->name, r.backward ? "backward" : "forward",
               shape_text(*r.kernel), timed ? fmt::format("{:>12}", to_string(r.fitted)) : "",
               profile ? fmt::format("{:>12}", to_string(r.profiled)) : "");
  }
  if (timed) {
    for (int pass : {0, 1})
      fmt::print("  {:<78}{:>12}{}\n", pass ? "backward total" : "forward total",
                 to_string(fitted_total[pass]),
                 profile ? fmt::format("{:>12}", to_string(profiled_total[pass])) : "");
    fmt::print("  on {}: fitted = the preset's efficiencies{}\n", gpu->name,
               profile ? "; profile = " + f.calibration : "");
  }
  if (profile)
    for (const std::string& w : profile->range_warnings()) fmt::print("warning: {}\n", w);
}

}  // namespace

void add_calibration_shapes_command(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "calibration-shapes",
      "The GEMM and attention shapes of one transformer layer on one GPU (what the calibration "
      "tool measures), optionally timed by the compute model");
  auto flags = std::make_shared<Flags>();
  Flags& f = *flags;
  auto add = [&](const std::string& name, auto& target, const std::string& help) {
    f.given[name] = cmd->add_option(name, target, help);
  };
  add("--model", f.model, "Model preset name, model YAML or Hugging Face config.json");
  cmd->get_option("--model")->required();
  f.given["--tp"] =
      cmd->add_option("--tp", f.tp, "Tensor-parallel size")->transform(count_flag(1, 4096));
  f.given["--cp"] =
      cmd->add_option("--cp", f.cp, "Context-parallel size")->transform(count_flag(1, 4096));
  f.given["--ep"] =
      cmd->add_option("--ep", f.ep, "Expert-parallel size")->transform(count_flag(1, 4096));
  f.given["--seq-len"] = cmd->add_option("--seq-len", f.seq_len,
                                         "Sequence length (default: "
                                         "the model's)")
                             ->transform(count_flag(1, kIntMax));
  f.given["--micro-batch"] =
      cmd->add_option("--micro-batch", f.micro_batch, "Sequences per micro-batch")
          ->transform(count_flag(1, 4096));
  add("--precision", f.precision, "bf16 (default) or fp8");
  add("--gpu", f.gpu, "GPU preset or file: time each kernel with the compute model");
  add("--calibration", f.calibration,
      "A measured calibration profile (with --gpu): time each kernel with it as well");
  cmd->add_flag("--sweep", f.sweep,
                "Print the calibration tool's input (grid axes and the layer's dimensions)");
  cmd->add_flag("--json", f.json, "Print JSON instead of a table");
  cmd->callback([flags] { run(*flags); });
}

}  // namespace colossus::cli
