// The step's collectives: one call of each (all groups of the kind at once), its algorithm, and
// how many calls one pipeline makes per step.
#include <fmt/format.h>

#include "colossus/report/html.h"
#include "colossus/report/html_sections.h"
#include "colossus/report/text.h"

namespace colossus::report::sections {

std::string step_collectives(const sim::SimulationResult& r) {
  std::vector<std::vector<std::string>> rows;
  for (const sim::CollectiveUse& c : r.collectives) {
    rows.push_back({c.name, fmt::format("{} x {}", grouped(c.groups), c.group_size),
                    to_string(c.bytes), to_string(c.time), c.algorithm,
                    std::to_string(c.calls_per_step)});
  }
  return html::section(
      "collectives", "Collectives",
      "<p class=\"note\">One call, all groups of the kind at once; calls per step by one "
      "pipeline.</p>\n" +
          html::table({"collective", "groups x ranks", "bytes/rank", "time", "algorithm", "calls"},
                      rows, {false, true, true, true, false, true}));
}

}  // namespace colossus::report::sections
