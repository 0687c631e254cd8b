// Where the step goes: the bounding stage's step as one bar split into the breakdown's parts
// (report/text.h's order and labels), then the same figures as a table.
#include <fmt/format.h>

#include "colossus/report/html.h"
#include "colossus/report/html_sections.h"
#include "colossus/report/svg_chart.h"
#include "colossus/report/text.h"

namespace colossus::report::sections {

std::string step_breakdown(const sim::SimulationResult& r) {
  std::vector<svg::Segment> segments;
  std::vector<std::vector<std::string>> rows;
  const double step = r.step_time.value();
  for (const BreakdownPart& p : breakdown_parts(r.breakdown)) {
    segments.push_back({p.label, p.time.value()});
    rows.push_back({p.label, to_string(p.time),
                    fmt::format("{:.1f} %", step > 0 ? 100 * p.time.value() / step : 0)});
  }
  const std::string caption = fmt::format(
      "Where the step goes on stage {}, the busiest, which bounds the step: the parts add up to "
      "the step time.",
      r.breakdown.stage);
  std::string body = svg::stacked_bars("breakdown", caption, {{"step", segments}},
                                       [](double v) { return to_string(seconds(v)); });
  body += html::table({"part", "time", "share"}, rows, {false, true, true});
  return html::section("breakdown", "Where the step goes", body);
}

}  // namespace colossus::report::sections
