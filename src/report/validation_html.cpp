// The validation report: each training row's predicted TFLOP/s per GPU against the measured
// one, on a diagonal with a +-5% band (the median-error target; the max target is 15%), coloured
// by FLOP formula; the collective calibration rows on their own scatter (GB/s); then the rows
// and the skipped rows as tables.
#include <fmt/format.h>

#include <map>

#include "colossus/report/html.h"
#include "colossus/report/svg_chart.h"
#include "colossus/report/validation_report.h"

namespace colossus::report {

std::string validation_html(const ValidationResults& v) {
  html::Page page;
  page.title = "Predicted against measured";
  page.subtitle = "colossus validate: published training throughput and collective bandwidth";
  page.sections.push_back(html::section(
      "headline", "Headline",
      html::figures(
          {{"rows compared", std::to_string(v.stats.rows), ""},
           {"median |error|", fmt::format("{:.1f} %", 100 * v.stats.median_abs), "target 5 %"},
           {"max |error|", fmt::format("{:.1f} %", 100 * v.stats.max_abs),
            fmt::format("target 15 %; {}", v.stats.max_id)}})));
  std::map<std::string, svg::Series> by_formula;
  std::vector<std::vector<std::string>> rows;
  for (const validation::RowComparison& c : v.rows) {
    const validation::RowJob& j = *c.job;
    if (!c.failure.empty()) {
      rows.push_back({j.id, std::to_string(j.gpus), j.layout(),
                      fmt::format("{:.1f}", j.measured_tflops_per_gpu), "failed", c.failure});
      continue;
    }
    const std::string formula(validation::to_string(j.formula));
    svg::Series& s = by_formula[formula];
    s.name = formula;
    s.points.push_back(
        {j.measured_tflops_per_gpu, c.predicted_tflops_per_gpu,
         fmt::format("{}: measured {:.1f}, predicted {:.1f} ({:+.1f} %)", j.id,
                     j.measured_tflops_per_gpu, c.predicted_tflops_per_gpu, 100 * c.error)});
    rows.push_back({j.id, std::to_string(j.gpus), j.layout(),
                    fmt::format("{:.1f}", j.measured_tflops_per_gpu),
                    fmt::format("{:.1f}", c.predicted_tflops_per_gpu),
                    fmt::format("{:+.1f} %", 100 * c.error)});
  }
  std::vector<svg::Series> series;
  for (auto& [name, s] : by_formula) series.push_back(std::move(s));
  const auto num = [](double x) { return fmt::format("{:g}", x); };
  std::string body = svg::scatter(
      "training", "Predicted against measured TFLOP/s per GPU; the band is +-5 %.", series,
      {"measured TFLOP/s per GPU", false, num}, {"predicted TFLOP/s per GPU", false, num}, 0.05);
  body += html::table({"row", "GPUs", "layout", "measured", "predicted", "error"}, rows,
                      {false, true, false, true, true, true});
  page.sections.push_back(html::section("training", "Training throughput", body));
  if (!v.collective.empty()) {
    svg::Series s{"collective rows", {}};
    std::vector<std::vector<std::string>> crows;
    for (const validation::CollectiveCalibrationRow& c : v.collective) {
      s.points.push_back({c.measured, c.predicted,
                          fmt::format("{}: measured {:.1f}, predicted {:.1f} {} ({:+.1f} %)", c.id,
                                      c.measured, c.predicted, c.unit, 100 * c.error())});
      crows.push_back({c.id, c.what, fmt::format("{:.1f}", c.measured),
                       fmt::format("{:.1f}", c.predicted),
                       fmt::format("{:+.1f} %", 100 * c.error()), c.unit});
    }
    std::string cbody = svg::scatter(
        "collective", "Collective calibration rows (eos-11616): predicted against measured, +-5 %.",
        {s}, {"measured", true, num, 10}, {"predicted", true, num, 10}, 0.05);
    cbody += html::table({"row", "what", "measured", "predicted", "error", "unit"}, crows,
                         {false, false, true, true, true, false});
    page.sections.push_back(html::section("collective", "Collective calibration", cbody));
  }
  if (!v.skipped.empty()) {
    std::vector<std::vector<std::string>> srows;
    for (const validation::SkippedRow& s : v.skipped) srows.push_back({s.id, s.reason});
    page.sections.push_back(
        html::section("skipped", "Skipped rows", html::table({"row", "reason"}, srows)));
  }
  return page.render();
}

std::vector<CsvTable> validation_tables(const ValidationResults& v) {
  CsvTable t{"training",
             {"id", "model", "cluster", "gpus", "layout", "flop_formula",
              "measured_tflop_per_s_per_gpu", "predicted_tflop_per_s_per_gpu", "error",
              "measured_tokens_per_s", "predicted_tokens_per_s", "tokens_error", "failure"},
             {}};
  for (const validation::RowComparison& c : v.rows) {
    const validation::RowJob& j = *c.job;
    const bool ok = c.failure.empty();
    const bool tokens = ok && j.measured_tokens_per_sec.has_value();
    t.rows.push_back({j.id, j.model_name, j.cluster, std::to_string(j.gpus), j.layout(),
                      std::string(validation::to_string(j.formula)),
                      csv_number(j.measured_tflops_per_gpu),
                      ok ? csv_number(c.predicted_tflops_per_gpu) : std::string(),
                      ok ? csv_number(c.error) : std::string(),
                      tokens ? csv_number(*j.measured_tokens_per_sec) : std::string(),
                      tokens ? csv_number(*c.predicted_tokens_per_sec) : std::string(),
                      tokens ? csv_number(*c.tokens_error) : std::string(), c.failure});
  }
  CsvTable col{"collective", {"id", "what", "unit", "measured", "predicted", "error"}, {}};
  for (const validation::CollectiveCalibrationRow& c : v.collective) {
    col.rows.push_back({c.id, c.what, c.unit, csv_number(c.measured), csv_number(c.predicted),
                        csv_number(c.error())});
  }
  CsvTable skipped{"skipped", {"id", "reason"}, {}};
  for (const validation::SkippedRow& s : v.skipped) skipped.rows.push_back({s.id, s.reason});
  return {t, col, skipped};
}

}  // namespace colossus::report
