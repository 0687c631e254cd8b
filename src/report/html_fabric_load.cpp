// The hot links: each resource tier of the shared fabric the step's transfers crossed, by its
// peak utilization, hottest first (the busiest resource's step average in the tooltip and table).
#include <fmt/format.h>

#include <algorithm>

#include "colossus/report/html.h"
#include "colossus/report/html_sections.h"
#include "colossus/report/svg_chart.h"
#include "colossus/report/text.h"

namespace colossus::report::sections {
std::string fabric_load(const sim::SimulationResult& r) {
  if (!r.shared_fabric) {
    return html::section("fabric", "Hot links and switch tiers",
                         "<p class=\"note\">Isolated phases: each transfer was timed alone, so "
                         "there is no shared-fabric load to show.</p>\n");
  }
  std::vector<TierLoad> tiers = r.fabric_load;
  std::stable_sort(tiers.begin(), tiers.end(),
                   [](const TierLoad& a, const TierLoad& b) { return a.peak > b.peak; });
  std::vector<svg::Bar> items;
  std::vector<std::vector<std::string>> rows;
  for (const TierLoad& t : tiers) {
    items.push_back(
        {tier_name(t), t.peak,
         fmt::format("{}: peak {:.1f} %, busiest step average {:.1f} %, {} resources", tier_name(t),
                     100 * t.peak, 100 * t.busiest_average, grouped(t.resources))});
    rows.push_back({tier_name(t), grouped(t.resources), fmt::format("{:.1f} %", 100 * t.peak),
                    fmt::format("{:.1f} %", 100 * t.busiest_average)});
  }
  std::string body =
      svg::bars("fabric", "Peak utilization of each resource tier the step's transfers crossed.",
                items, 1.0, [](double v) { return fmt::format("{:.1f} %", 100 * v); });
  body += html::table({"resources", "count", "peak", "busiest, step avg"}, rows,
                      {false, true, true, true});
  return html::section("fabric", "Hot links and switch tiers", body);
}

}  // namespace colossus::report::sections
