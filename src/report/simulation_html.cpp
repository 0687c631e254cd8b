// The report of `colossus simulate --report DIR`: the step's sections in reading order, the
// job's power and cost among them when the cluster has a site.
#include <fmt/format.h>

#include "colossus/report/html.h"
#include "colossus/report/html_report.h"
#include "colossus/report/html_sections.h"

namespace colossus::report {

std::string simulation_html(const sim::SimulationResult& r, const std::string& source,
                            const StepPowerReport* power) {
  html::Page page;
  page.title = fmt::format("{} on {}", r.model, r.cluster);
  page.subtitle = fmt::format("colossus simulate: one training step, {}", r.layout);
  page.sections = {sections::step_headline(r, source), sections::step_breakdown(r),
                   sections::step_gantt(r), sections::stage_memory(r)};
  if (power) page.sections.push_back(sections::step_power(*power));
  page.sections.push_back(sections::step_collectives(r));
  page.sections.push_back(sections::fabric_load(r));
  return page.render();
}

}  // namespace colossus::report
