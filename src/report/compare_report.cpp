// The comparison's figures and its text, JSON and CSV. A delta is the variant's value minus the
// baseline's (the first variant), and its ratio to the baseline; a ratio is absent when the
// baseline's figure is 0 (an exposed part that only the variant has).
#include "colossus/report/compare_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>

#include "colossus/report/text.h"

namespace colossus::report {
namespace {}  // namespace

std::string figure_text(const ComparedFigure& f, double v) {
  switch (f.kind) {
    case FigureKind::seconds:
      return to_string(seconds(v));
    case FigureKind::fraction:
      return fmt::format("{:.1f} %", 100 * v);
    case FigureKind::flop_rate:
      return fmt::format("{:.0f} TFLOP/s", v / 1e12);
    case FigureKind::token_rate:
      return fmt::format("{:.3g} M/s", v / 1e6);
    case FigureKind::days:
      return fmt::format("{:.1f} d", v);
    case FigureKind::bytes:
      return fmt::format("{:.1f} GiB", v / gib(1).value());
  }
  return fmt::format("{:g}", v);
}

std::string delta_text(const ComparedFigure& f, std::size_t i) {
  const double base = f.values[0], v = f.values[i];
  if (base == 0 && v == 0) return "=";
  if (base == 0) return "new";
  const double ratio = v / base - 1;
  if (std::abs(ratio) < 5e-4) return "=";
  return fmt::format("{:+.1f} %", 100 * ratio);
}

std::vector<ComparedFigure> compared_figures(const std::vector<Variant>& variants) {
  std::vector<ComparedFigure> out;
  auto add = [&](std::string key, std::string label, FigureKind kind, bool higher, auto get) {
    ComparedFigure f{std::move(key), std::move(label), kind, {}, higher};
    for (const Variant& v : variants) f.values.push_back(get(v.result));
    out.push_back(std::move(f));
  };
  using R = const sim::SimulationResult&;
  add("step_time_s", "step time", FigureKind::seconds, false,
      [](R r) { return r.step_time.value(); });
  add("mfu", "MFU", FigureKind::fraction, true, [](R r) { return r.mfu; });
  add("hfu", "HFU", FigureKind::fraction, true, [](R r) { return r.hfu; });
  add("model_flop_per_s_per_gpu", "TFLOP/s per GPU", FigureKind::flop_rate, true,
      [](R r) { return r.model_flops_per_gpu.value(); });
  add("tokens_per_s", "tokens/s", FigureKind::token_rate, true,
      [](R r) { return r.tokens_per_second; });
  if (std::all_of(variants.begin(), variants.end(),
                  [](const Variant& v) { return v.result.train_tokens > 0; })) {
    add("time_to_train_days", "time to train", FigureKind::days, false,
        [](R r) { return r.time_to_train.value() / 86400; });
  }
  add("bubble_fraction", "bubble fraction", FigureKind::fraction, false,
      [](R r) { return r.bubble_fraction; });
  const auto parts = breakdown_parts(sim::StepBreakdown{});
  for (std::size_t i = 0; i < parts.size(); ++i) {
    add(fmt::format("breakdown_s.{}", parts[i].key), parts[i].label, FigureKind::seconds, false,
        [i](R r) { return breakdown_parts(r.breakdown)[i].time.value(); });
  }
  add("max_stage_memory_bytes", "largest stage memory", FigureKind::bytes, false, [](R r) {
    double m = 0;
    for (const sim::StageResult& s : r.stages) m = std::max(m, s.memory.total().value());
    return m;
  });
  return out;
}

std::string compare_text(const std::vector<Variant>& variants) {
  std::string out;
  auto to = std::back_inserter(out);
  fmt::format_to(to, "colossus compare: {} variants, deltas against the first\n", variants.size());
  for (std::size_t i = 0; i < variants.size(); ++i) {
    const sim::SimulationResult& r = variants[i].result;
    fmt::format_to(to, "  {:<2} {}: {} on {}, {} ({})\n", i == 0 ? "*" : "", variants[i].name,
                   r.model, r.cluster, r.layout, variants[i].source);
  }
  std::size_t width = 14;
  for (const Variant& v : variants) width = std::max(width, v.name.size() + 2);
  fmt::format_to(to, "\n  {:<22}", "figure");
  for (std::size_t i = 0; i < variants.size(); ++i) {
    fmt::format_to(to, "{:>{}}", variants[i].name, width);
    if (i > 0) fmt::format_to(to, "{:>10}", "delta");
  }
  fmt::format_to(to, "\n");
  for (const ComparedFigure& f : compared_figures(variants)) {
    fmt::format_to(to, "  {:<22}", f.label);
    for (std::size_t i = 0; i < f.values.size(); ++i) {
      fmt::format_to(to, "{:>{}}", figure_text(f, f.values[i]), width);
      if (i > 0) fmt::format_to(to, "{:>10}", delta_text(f, i));
    }
    fmt::format_to(to, "\n");
  }
  for (const Variant& v : variants) {
    for (const std::string& w : v.result.warnings) {
      fmt::format_to(to, "\nwarning ({}): {}\n", v.name, w);
    }
  }
  return out;
}

nlohmann::ordered_json compare_json(const std::vector<Variant>& variants) {
  nlohmann::ordered_json j;
  j["schema"] = "colossus.compare/1";
  j["baseline"] = variants.empty() ? "" : variants[0].name;
  j["variants"] = nlohmann::ordered_json::array();
  for (const Variant& v : variants) {
    j["variants"].push_back({{"name", v.name},
                             {"scenario", v.source},
                             {"model", v.result.model},
                             {"cluster", v.result.cluster},
                             {"layout", v.result.layout}});
  }
  j["figures"] = nlohmann::ordered_json::array();
  for (const ComparedFigure& f : compared_figures(variants)) {
    nlohmann::ordered_json fig;
    fig["key"] = f.key;
    fig["label"] = f.label;
    fig["higher_is_better"] = f.higher_is_better;
    fig["values"] = f.values;
    fig["deltas"] = nlohmann::ordered_json::array();
    fig["ratios"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < f.values.size(); ++i) {
      fig["deltas"].push_back(f.values[i] - f.values[0]);
      if (f.values[0] != 0) {
        fig["ratios"].push_back(f.values[i] / f.values[0]);
      } else {
        fig["ratios"].push_back(nullptr);
      }
    }
    j["figures"].push_back(fig);
  }
  return j;
}

std::vector<CsvTable> compare_tables(const std::vector<Variant>& variants) {
  CsvTable t{"compare", {"figure"}, {}};
  for (std::size_t i = 0; i < variants.size(); ++i) {
    t.header.push_back(variants[i].name);
    if (i > 0) t.header.push_back(variants[i].name + " delta");
  }
  for (const ComparedFigure& f : compared_figures(variants)) {
    std::vector<std::string> row{f.key};
    for (std::size_t i = 0; i < f.values.size(); ++i) {
      row.push_back(csv_number(f.values[i]));
      if (i > 0) row.push_back(csv_number(f.values[i] - f.values[0]));
    }
    t.rows.push_back(std::move(row));
  }
  return {t};
}

}  // namespace colossus::report
