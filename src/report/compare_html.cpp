// The report of `colossus compare --report DIR`: the figures side by side with their deltas
// (better in one colour, worse in another), the breakdown of each variant as bars on one scale,
// and the memory of each variant's stages against the HBM.
#include <fmt/format.h>

#include <cmath>

#include "colossus/report/compare_report.h"
#include "colossus/report/html.h"
#include "colossus/report/svg_chart.h"
#include "colossus/report/text.h"

namespace colossus::report {
namespace {

// The delta table: figure, each variant's value, and each delta against the baseline.
std::string delta_table(const std::vector<Variant>& variants) {
  std::string out = "<table>\n<thead><tr><th>figure</th>";
  for (std::size_t i = 0; i < variants.size(); ++i) {
    out += fmt::format("<th class=\"n\">{}</th>", html::escape(variants[i].name));
    if (i > 0) out += "<th class=\"n\">delta</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const ComparedFigure& f : compared_figures(variants)) {
    out += fmt::format("<tr><td>{}</td>", html::escape(f.label));
    for (std::size_t i = 0; i < f.values.size(); ++i) {
      const double v = f.values[i];
      const std::string text = figure_text(f, v);
      out += fmt::format("<td class=\"n\">{}</td>", html::escape(text));
      if (i == 0) continue;
      const double base = f.values[0];
      const std::string delta = delta_text(f, i);
      std::string cls;
      if (delta != "=") cls = (v > base) == f.higher_is_better ? "better" : "worse";
      out += fmt::format("<td class=\"n {}\">{}</td>", cls, html::escape(delta));
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

}  // namespace

std::string compare_html(const std::vector<Variant>& variants) {
  html::Page page;
  const sim::SimulationResult& base = variants.front().result;
  page.title = fmt::format("{} on {}: {} variants", base.model, base.cluster, variants.size());
  page.subtitle = "colossus compare: deltas against the first variant (green better, red worse)";
  std::vector<std::vector<std::string>> which;
  for (const Variant& v : variants) {
    which.push_back({v.name, v.source, v.result.layout, to_string(v.result.step_time)});
  }
  std::string head = html::table({"variant", "scenario", "layout", "step time"}, which);
  page.sections.push_back(html::section("variants", "Variants", head));
  page.sections.push_back(html::section("figures", "Figures side by side", delta_table(variants)));
  std::vector<std::pair<std::string, std::vector<svg::Segment>>> rows;
  for (const Variant& v : variants) {
    std::vector<svg::Segment> segments;
    for (const BreakdownPart& p : breakdown_parts(v.result.breakdown)) {
      segments.push_back({p.label, p.time.value()});
    }
    rows.push_back({v.name, segments});
  }
  page.sections.push_back(html::section(
      "breakdown", "Where the step goes",
      svg::stacked_bars("breakdown", "Each variant's step by the breakdown's parts, one scale.",
                        rows, [](double v) { return to_string(seconds(v)); })));
  std::vector<svg::Column> columns;
  double hbm = 0;
  for (const Variant& v : variants) {
    hbm = std::max(hbm, v.result.gpu_hbm.value());
    for (const sim::StageResult& st : v.result.stages) {
      const StageMemory& m = st.memory;
      const double g = gib(1).value();
      columns.push_back({fmt::format("{} s{}", v.name, st.stage),
                         {m.weights.value() / g, m.gradients.value() / g, m.optimizer.value() / g,
                          m.activations.value() / g, m.overhead.value() / g}});
    }
  }
  const double hbm_gib = hbm / gib(1).value();
  page.sections.push_back(html::section(
      "memory", "Memory per stage",
      svg::stacked_columns("memory", "Memory per GPU of each variant's stages (GiB) against HBM.",
                           {"weights", "gradients", "optimizer", "activations", "overhead"},
                           columns, hbm_gib, fmt::format("HBM {:.0f} GiB", hbm_gib),
                           [](double v) { return fmt::format("{:.0f}", v); })));
  return page.render();
}

}  // namespace colossus::report
