// The power section of a step's report: the job's IT power over one step (the step function the
// facility layer builds from the timeline), its average, peak and swing at the wall, the energy
// of a step and what a step and a million tokens cost the owner (report/facility_report.h).
#include <fmt/format.h>

#include "colossus/facility/facility.h"
#include "colossus/report/html.h"
#include "colossus/report/html_sections.h"
#include "colossus/report/svg_chart.h"
#include "colossus/report/text.h"

namespace colossus::report::sections {

std::string step_power(const StepPowerReport& r) {
  const facility::StepPower& p = r.power;
  const Watts wall_average = facility::wall_power(p.average, r.site);
  const Joules wall_energy = step_wall_energy(r);
  std::string body = html::figures(
      {{"IT power, average", power_text(p.average), power_text(wall_average) + " at the wall"},
       {"IT power, peak", power_text(p.peak),
        power_text(facility::wall_power(p.peak, r.site)) + " at the wall"},
       {"swing", power_text(p.swing),
        fmt::format("every {} (one step); trough {}", to_string(p.period), power_text(p.trough))},
       {"energy per step", fmt::format("{:.3g} kWh", wall_energy.value() / facility::kJoulesPerKwh),
        "at the wall"},
       {"cost per step", to_string(r.per_step), "owned GPU-hours + electricity"},
       {"cost per 1M tokens", fmt::format("${:.3f}", r.per_million_tokens.value()), ""}});
  // The profile as a step function through each stretch's ends, without markers: a step of a
  // pipelined job has hundreds of stretches (power_profile.csv lists them).
  svg::Series it{"job IT power (MW)", {}, false};
  for (const facility::PowerSegment& s : p.profile) {
    it.points.push_back({s.start.value(), s.power.value() / 1e6, ""});
    it.points.push_back({s.end.value(), s.power.value() / 1e6, ""});
  }
  const svg::Axis x{"time in the step (s)", false, [](double v) { return fmt::format("{:g}", v); }};
  const svg::Axis y{"MW", false, [](double v) { return fmt::format("{:g}", v); }};
  body += svg::line_chart("power", "The job's IT power over one step (before cooling and PUE).",
                          {it}, x, y);
  body +=
      fmt::format("<p class=\"note\">Power model {}, PUE {}: wall power is IT power x PUE.</p>\n",
                  html::escape(r.site.power_model.name), r.site.pue);
  return html::section("power", "Power and cost", body);
}

}  // namespace colossus::report::sections
