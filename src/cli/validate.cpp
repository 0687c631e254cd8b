// `colossus validate`: runs every training-throughput row of data/calibration/measured.json that
// Colossus can express through the step simulation and prints measured against predicted TFLOP/s
// per GPU (and tokens/s where the row gives them) with the error of each row, the median and
// maximum |error|, then each training-memory row's measured GiB per GPU against the memory model
// (peak and after-step allocation), the collective calibration rows, and the rows it skips with
// the reason
// (--report DIR: the same as a scatter against the +-5% band; --csv DIR: as tables). The
// command reports and exits 0; the accuracy targets are asserted by tests/unit/validation.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "colossus/cli/commands.h"
#include "colossus/cli/report_flags.h"
#include "colossus/core/error.h"
#include "colossus/core/printable.h"
#include "colossus/hardware/calibration_profile.h"
#include "colossus/report/report_files.h"
#include "colossus/report/top500_report.h"
#include "colossus/report/validation_report.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/preset_catalog.h"
#include "colossus/validation/collective_calibration.h"
#include "colossus/validation/hpl.h"
#include "colossus/validation/serving_validation.h"
#include "colossus/validation/validation.h"

namespace colossus::cli {
namespace {

struct ValidateOptions {
  bool json = false;
  bool hpl_only = false;
  bool verbose = false;
  std::vector<std::string> rows;
  std::string measured;
  std::string mapping;
  std::string calibration;  // a measured profile (docs/calibration_profile.md)
  ReportFlags outputs;
};

std::string percent(double fraction) {
  return fmt::format("{:+.1f}%", 100.0 * fraction);
}

// A row of the breakdown as "compute 81% tp 4% bubble 9% ...", parts above 0.5% only.
std::string breakdown_text(const sim::StepBreakdown& b) {
  const double total = b.total().value();
  if (total <= 0) return "";
  std::string s;
  auto part = [&](const char* name, Seconds t) {
    double f = t.value() / total;
    if (f >= 0.005) s += fmt::format("{}{} {:.0f}%", s.empty() ? "" : ", ", name, 100.0 * f);
  };
  part("compute", b.compute);
  part("tp", b.tp);
  part("cp", b.cp);
  part("ep", b.ep);
  part("pp", b.pp);
  part("dp", b.dp);
  part("bubble", b.bubble);
  part("imbalance", b.imbalance);
  part("optimizer", b.optimizer);
  return s;
}

nlohmann::ordered_json breakdown_json(const sim::StepBreakdown& b) {
  return {{"compute_s", b.compute.value()},
          {"tp_s", b.tp.value()},
          {"cp_s", b.cp.value()},
          {"ep_s", b.ep.value()},
          {"pp_s", b.pp.value()},
          {"dp_s", b.dp.value()},
          {"bubble_s", b.bubble.value()},
          {"imbalance_s", b.imbalance.value()},
          {"optimizer_s", b.optimizer.value()}};
}

// Keeps only the rows asked for with --row (every id must exist, expressed or skipped).
void select_rows(validation::RowMapping& m, const std::vector<std::string>& ids) {
  if (ids.empty()) return;
  std::vector<validation::RowJob> jobs, memory_jobs, cross_checks;
  std::vector<validation::SkippedRow> skipped;
  std::vector<std::string> seen;
  for (const std::string& id : ids) {
    if (std::find(seen.begin(), seen.end(), id) != seen.end()) {
      throw InputError({"<command line>", 0}, "--row",
                       fmt::format("row \"{}\" is named twice", printable_one_line(id)));
    }
    seen.push_back(id);
    bool found = false;
    for (const validation::RowJob& j : m.jobs)
      if (j.id == id) jobs.push_back(j), found = true;
    for (const validation::RowJob& j : m.memory_jobs)
      if (j.id == id) memory_jobs.push_back(j), found = true;
    for (const validation::RowJob& j : m.cross_checks)
      if (j.id == id) cross_checks.push_back(j), found = true;
    for (const validation::SkippedRow& s : m.skipped)
      if (s.id == id) skipped.push_back(s), found = true;
    if (!found) {
      std::string known;
      for (const validation::RowJob& j : m.jobs) known += (known.empty() ? "" : ", ") + j.id;
      for (const validation::RowJob& j : m.memory_jobs) known += ", " + j.id;
      for (const validation::RowJob& j : m.cross_checks) known += ", " + j.id;
      throw InputError(
          {"<command line>", 0}, "--row",
          fmt::format("no training-throughput or training-memory row \"{}\"; rows: {}", id, known));
    }
  }
  m.jobs = std::move(jobs);
  m.memory_jobs = std::move(memory_jobs);
  m.cross_checks = std::move(cross_checks);
  m.skipped = std::move(skipped);
}

void run(const ValidateOptions& opt) {
  if (opt.hpl_only) {
    const auto hpl = validation::hpl_rows();
    if (opt.json) {
      nlohmann::ordered_json out;
      out["schema"] = "colossus.validate_hpl/1";
      out["hpl"] = report::hpl_rows_json(hpl);
      fmt::print("{}\n", out.dump(2));
    } else {
      fmt::print("{}", report::hpl_rows_text(hpl).substr(1));
    }
    return;
  }
  const std::filesystem::path data =
      PresetCatalog::from_environment().data_dir() / "data" / "calibration";
  const std::filesystem::path measured =
      opt.measured.empty() ? data / "measured.json" : std::filesystem::path(opt.measured);
  const std::filesystem::path mapping_file =
      opt.mapping.empty() ? data / "row_mapping.yaml" : std::filesystem::path(opt.mapping);
  validation::RowMapping mapping = validation::map_rows(measured, mapping_file);
  select_rows(mapping, opt.rows);
  prepare_report_dirs(opt.outputs);
  // A measured profile applies to the rows on its GPU.
  std::shared_ptr<const CalibrationProfile> profile;
  int profiled_rows = 0;
  if (!opt.calibration.empty()) {
    profile = load_calibration_profile(opt.calibration, PresetCatalog::from_environment());
    std::map<std::string, bool> has_gpu;
    for (const validation::RowJob& j : mapping.jobs) {
      auto it = has_gpu.find(j.cluster);
      if (it == has_gpu.end())
        it = has_gpu.emplace(j.cluster, cluster_has_gpu(load_cluster(j.cluster), profile->gpu))
                 .first;
      profiled_rows += it->second ? 1 : 0;
    }
  }
  std::vector<validation::RowComparison> rows =
      validation::compare_rows(mapping, validation::simulation_predictor(profile));
  const std::vector<std::string> profile_warnings =
      profile ? profile->range_warnings() : std::vector<std::string>{};
  const std::string profile_line =
      profile ? fmt::format(
                    "calibration profile {}: {} measured on {} ({}); applies to {} of {} "
                    "rows (those on {})",
                    opt.calibration, profile->gpu, profile->provenance.device,
                    profile->provenance.date, profiled_rows, mapping.jobs.size(), profile->gpu)
              : std::string();
  validation::ErrorStats stats = validation::error_stats(rows);
  // Published runs kept as out-of-sample checks: simulated alike, outside the statistics.
  std::vector<validation::RowComparison> cross =
      validation::compare_cross_checks(mapping, validation::simulation_predictor(profile));
  std::vector<validation::MemoryComparison> memory =
      validation::compare_memory_rows(mapping, validation::simulation_predictor());
  validation::ErrorStats memory_stats = validation::memory_error_stats(memory);
  // The collective rows come with the full table only (--row selects training rows).
  std::vector<validation::CollectiveCalibrationRow> collective;
  if (opt.rows.empty()) {
    ClusterSpec eos = load_cluster("eos-11616");
    if (profile) apply_profile_to_cluster(eos, *profile);
    collective = validation::collective_calibration(measured, eos);
  }
  // The serving rows (colossus serve's predictions) likewise.
  std::vector<validation::ServingComparison> serving;
  if (opt.rows.empty())
    serving = validation::compare_serving(measured, PresetCatalog::from_environment());
  std::vector<validation::HplRow> hpl;  // the HPL rows, with the full table only
  if (opt.rows.empty()) hpl = validation::hpl_rows();
  if (!opt.outputs.report.empty() || !opt.outputs.csv.empty()) {
    const report::ValidationResults results{rows, stats, collective, mapping.skipped};
    if (!opt.outputs.report.empty()) {
      report::write_html_report(opt.outputs.report, report::validation_html(results));
    }
    if (!opt.outputs.csv.empty()) {
      report::write_csv_tables(opt.outputs.csv, report::validation_tables(results));
    }
  }

  if (opt.json) {
    nlohmann::ordered_json out;
    out["schema"] = "colossus.validate/1";
    out["rows"] = nlohmann::ordered_json::array();
    auto row_json = [](const validation::RowComparison& c) {
      const validation::RowJob& j = *c.job;
      nlohmann::ordered_json r = {{"id", j.id},
                                  {"model", j.model_name},
                                  {"cluster", j.cluster},
                                  {"gpus", j.gpus},
                                  {"layout", j.layout()},
                                  {"flop_formula", validation::to_string(j.formula)},
                                  {"measured_tflops_per_gpu", j.measured_tflops_per_gpu}};
      if (!c.failure.empty()) {
        r["failure"] = c.failure;
      } else {
        r["predicted_tflops_per_gpu"] = c.predicted_tflops_per_gpu;
        r["error"] = c.error;
        r["step_time_s"] = c.prediction.step.value();
        r["breakdown"] = breakdown_json(c.prediction.breakdown);
        r["predicted_peak_memory_bytes"] = c.prediction.peak_memory.value();
        if (j.measured_tokens_per_sec) {
          r["measured_tokens_per_sec"] = *j.measured_tokens_per_sec;
          r["predicted_tokens_per_sec"] = *c.predicted_tokens_per_sec;
          r["tokens_error"] = *c.tokens_error;
        }
      }
      r["filled"] = nlohmann::ordered_json::array();
      for (const validation::FilledField& f : j.filled)
        r["filled"].push_back({{"field", f.field}, {"value", f.value}, {"reason", f.reason}});
      if (!c.job->cross_check.empty()) r["cross_check"] = c.job->cross_check;
      return r;
    };
    for (const validation::RowComparison& c : rows) out["rows"].push_back(row_json(c));
    out["summary"] = {{"rows", stats.rows},
                      {"median_abs_error", stats.median_abs},
                      {"max_abs_error", stats.max_abs},
                      {"max_row", stats.max_id},
                      {"target_median_abs_error", 0.04},
                      {"target_max_abs_error", 0.12}};
    out["cross_checks"] = nlohmann::ordered_json::array();
    for (const validation::RowComparison& c : cross) out["cross_checks"].push_back(row_json(c));
    out["memory_rows"] = nlohmann::ordered_json::array();
    for (const validation::MemoryComparison& c : memory) {
      const validation::RowJob& j = *c.job;
      nlohmann::ordered_json r = {
          {"id", j.id}, {"model", j.model_name}, {"gpus", j.gpus}, {"layout", j.layout()}};
      if (!c.failure.empty()) {
        r["failure"] = c.failure;
      } else {
        r["quantity"] = c.quantity;
        r["rank"] = validation::to_string(j.memory->rank);
        r["stage"] = c.stage;
        r["measured_bytes"] = c.measured_bytes;
        r["predicted_bytes"] = c.predicted_bytes;
        r["error"] = c.error;
      }
      out["memory_rows"].push_back(r);
    }
    out["memory_summary"] = {{"rows", memory_stats.rows},
                             {"median_abs_error", memory_stats.median_abs},
                             {"max_abs_error", memory_stats.max_abs},
                             {"max_row", memory_stats.max_id},
                             {"target_median_abs_error", 0.05},
                             {"target_max_abs_error", 0.10}};
    out["collective"] = nlohmann::ordered_json::array();
    for (const validation::CollectiveCalibrationRow& c : collective)
      out["collective"].push_back({{"id", c.id},
                                   {"what", c.what},
                                   {"unit", c.unit},
                                   {"measured", c.measured},
                                   {"predicted", c.predicted},
                                   {"error", c.error()}});
    out["serving"] = nlohmann::ordered_json::array();
    for (const validation::ServingComparison& c : serving) {
      nlohmann::ordered_json r = {{"id", c.id},
                                  {"scenario", c.scenario},
                                  {"system", c.system},
                                  {"measured_output_tokens_per_s", c.measured}};
      if (c.failure.empty()) {
        r["predicted_output_tokens_per_s"] = c.predicted;
        r["error"] = c.error;
      } else {
        r["failure"] = c.failure;
      }
      out["serving"].push_back(r);
    }
    out["serving_summary"] = {{"rows", serving.size()},
                              {"median_abs_error", validation::serving_median_abs_error(serving)},
                              {"target_median_abs_error", 0.10}};
    if (profile)
      out["calibration"] = {{"file", opt.calibration},
                            {"gpu", profile->gpu},
                            {"device", profile->provenance.device},
                            {"date", profile->provenance.date},
                            {"synthetic", profile->provenance.synthetic},
                            {"rows", profiled_rows},
                            {"warnings", profile_warnings}};
    if (!hpl.empty()) out["hpl"] = report::hpl_rows_json(hpl);
    out["skipped"] = nlohmann::ordered_json::array();
    for (const validation::SkippedRow& s : mapping.skipped)
      out["skipped"].push_back({{"id", s.id}, {"reason", s.reason}});
    fmt::print("{}\n", out.dump(2));
    return;
  }

  fmt::print(
      "Training throughput, measured (published) vs predicted; TFLOP/s per GPU as each\n"
      "source counts it (model or hardware FLOPs), tokens/s where the row gives them.\n\n");
  if (profile) fmt::print("{}\n\n", profile_line);
  fmt::print("{:<44} {:>5}  {:<26} {:>8} {:>9} {:>7}  {:>10} {:>10} {:>7}\n", "row", "GPUs",
             "layout", "measured", "predicted", "error", "tok/s meas", "tok/s pred", "error");
  auto print_row = [&opt](const validation::RowComparison& c) {
    const validation::RowJob& j = *c.job;
    if (!c.failure.empty()) {
      fmt::print("{:<44} {:>5}  {:<26} {:>8.1f}  failed: {}\n", j.id, j.gpus, j.layout(),
                 j.measured_tflops_per_gpu, c.failure);
      return;
    }
    std::string tokens;
    if (j.measured_tokens_per_sec)
      tokens = fmt::format("{:>10.0f} {:>10.0f} {:>7}", *j.measured_tokens_per_sec,
                           *c.predicted_tokens_per_sec, percent(*c.tokens_error));
    fmt::print("{:<44} {:>5}  {:<26} {:>8.1f} {:>9.1f} {:>7}  {}\n", j.id, j.gpus, j.layout(),
               j.measured_tflops_per_gpu, c.predicted_tflops_per_gpu, percent(c.error), tokens);
    if (opt.verbose) {
      fmt::print("    {} on {}, {}; step {:.3f} s: {}\n", j.model_name, j.cluster,
                 validation::to_string(j.formula), c.prediction.step.value(),
                 breakdown_text(c.prediction.breakdown));
      fmt::print("    memory: {:.1f} GiB per GPU on the fullest stage, of {:.1f}\n",
                 c.prediction.peak_memory.value() / 1073741824.0,
                 c.prediction.gpu_hbm.value() / 1073741824.0);
      for (const validation::FilledField& f : j.filled)
        fmt::print("    {} = {}: {}\n", f.field, f.value, f.reason);
      for (const std::string& w : c.prediction.warnings) fmt::print("    warning: {}\n", w);
      for (const sim::CollectiveUse& u : c.prediction.collectives)
        fmt::print("    {} x{} per step: {} groups of {}, {} per rank, {:.3f} ms ({})\n", u.name,
                   u.calls_per_step, u.groups, u.group_size, to_string(u.bytes),
                   1e3 * u.time.value(), u.algorithm);
    }
  };
  for (const validation::RowComparison& c : rows) print_row(c);
  fmt::print("\n{} rows compared: median |error| {:.1f}%, max |error| {:.1f}% ({})\n", stats.rows,
             100.0 * stats.median_abs, 100.0 * stats.max_abs, stats.max_id);
  fmt::print("targets: median |error| <= 4%, max |error| <= 12%\n");
  if (!cross.empty()) {
    fmt::print(
        "\nCross-checks: published runs simulated alike but not in the statistics above (each\n"
        "family's reason below; docs/validation.md, 'Out-of-sample rows').\n\n");
    fmt::print("{:<44} {:>5}  {:<26} {:>8} {:>9} {:>7}\n", "row", "GPUs", "layout", "measured",
               "predicted", "error");
    std::vector<std::string> reasons;
    for (const validation::RowComparison& c : cross) {
      print_row(c);
      if (std::find(reasons.begin(), reasons.end(), c.job->cross_check) == reasons.end())
        reasons.push_back(c.job->cross_check);
    }
    fmt::print("\n");
    for (const std::string& r : reasons) fmt::print("  {}\n", r);
  }

  if (!memory.empty()) {
    fmt::print(
        "\nTraining memory, measured (published) vs predicted; GiB per GPU allocated by the\n"
        "caching allocator (live tensors: no fragmentation, CUDA context or NCCL buffers) on the\n"
        "stage the row was read on.\n\n");
    fmt::print("{:<40} {:<22} {:<24} {:>5} {:>8} {:>9} {:>7}\n", "row", "layout", "quantity",
               "stage", "measured", "predicted", "error");
    for (const validation::MemoryComparison& c : memory) {
      const validation::RowJob& j = *c.job;
      if (!c.failure.empty()) {
        fmt::print("{:<40} {:<22} failed: {}\n", j.id, j.layout(), c.failure);
        continue;
      }
      fmt::print("{:<40} {:<22} {:<24} {:>5} {:>8.2f} {:>9.2f} {:>7}\n", j.id, j.layout(),
                 c.quantity, c.stage, c.measured_bytes / 1073741824.0,
                 c.predicted_bytes / 1073741824.0, percent(c.error));
    }
    fmt::print("\n{} memory figures compared: median |error| {:.1f}%, max |error| {:.1f}% ({})\n",
               memory_stats.rows, 100.0 * memory_stats.median_abs, 100.0 * memory_stats.max_abs,
               memory_stats.max_id);
    fmt::print("targets: median |error| <= 5%, max |error| <= 10%\n");
  }

  if (!collective.empty()) {
    fmt::print("\nCollective calibration rows (eos-11616):\n");
    fmt::print("{:<36} {:<52} {:>9} {:>9} {:>7}\n", "row", "what", "measured", "predicted",
               "error");
    for (const validation::CollectiveCalibrationRow& c : collective)
      fmt::print("{:<36} {:<52} {:>9.1f} {:>9.1f} {:>7}  {}\n", c.id, c.what, c.measured,
                 c.predicted, percent(c.error()), c.unit);
  }
  if (!serving.empty()) {
    fmt::print("\nServing rows (colossus serve; output tokens/s of the system):\n");
    fmt::print("{:<46} {:<8} {:<30} {:>9} {:>9} {:>7}\n", "row", "scenario", "system", "measured",
               "predicted", "error");
    for (const validation::ServingComparison& c : serving) {
      if (!c.failure.empty()) {
        fmt::print("{:<46} {:<8} {:<30} {:>9.0f}  failed: {}\n", c.id, c.scenario, c.system,
                   c.measured, c.failure);
        continue;
      }
      fmt::print("{:<46} {:<8} {:<30} {:>9.0f} {:>9.0f} {:>7}\n", c.id, c.scenario, c.system,
                 c.measured, c.predicted, percent(c.error));
    }
    fmt::print("{} serving rows: median |error| {:.1f}% (target <= 10%)\n", serving.size(),
               100.0 * validation::serving_median_abs_error(serving));
  }
  if (!hpl.empty()) fmt::print("{}", report::hpl_rows_text(hpl));
  if (!mapping.skipped.empty()) {
    fmt::print("\nSkipped rows:\n");
    for (const validation::SkippedRow& s : mapping.skipped)
      fmt::print("  {}: {}\n", s.id, s.reason);
  }
  for (const std::string& w : profile_warnings) fmt::print("\nwarning: {}\n", w);
}

}  // namespace

void add_validate_command(CLI::App& app) {
  auto opt = std::make_shared<ValidateOptions>();
  auto* cmd = app.add_subcommand(
      "validate", "Predicted against measured training throughput (and collective bandwidth)");
  cmd->add_flag("--json", opt->json, "Print JSON instead of tables");
  cmd->add_flag("-v,--verbose", opt->verbose,
                "Also print each row's step breakdown and the defaults the mapping filled");
  cmd->add_option("--row", opt->rows, "Only this measured.json row id (repeatable)");
  cmd->add_flag("--hpl", opt->hpl_only,
                "Only the HPL rows: Top500 Rmax against the HPL estimate (docs/top500.md)");
  cmd->add_option("--measured", opt->measured,
                  "Measurements file (default: <data dir>/data/calibration/measured.json)");
  cmd->add_option("--mapping", opt->mapping,
                  "Row mapping file (default: <data dir>/data/calibration/row_mapping.yaml)");
  cmd->add_option("--calibration", opt->calibration,
                  "A measured calibration profile (docs/calibration_profile.md): the rows on its "
                  "GPU take its figures instead of the preset's fitted efficiencies");
  add_report_flags(cmd, opt->outputs);
  cmd->callback([opt] { run(*opt); });
}

}  // namespace colossus::cli
