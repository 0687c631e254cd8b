// The fabric's switch tiers: the capacity of the links into each tier from below (links x port
// bandwidth) as bars, and each tier's switches, ports, links and optics as a table.
#include <fmt/format.h>

#include "colossus/report/html.h"
#include "colossus/report/html_sections.h"
#include "colossus/report/svg_chart.h"
#include "colossus/report/text.h"

namespace colossus::report::sections {

std::string fabric_tiers(const Topology& topo, const BillOfMaterials& bom) {
  std::vector<svg::Bar> items;
  std::vector<std::vector<std::string>> rows;
  for (const TierBill& t : bom.tiers) {
    const double capacity = double(t.links) * t.port_bandwidth.value();
    items.push_back({fmt::format("into {}", t.name), capacity,
                     fmt::format("{}: {} links x {:.0f} Gb/s", t.name, grouped(t.links),
                                 t.port_bandwidth.value() / 1e9)});
    rows.push_back({t.name, t.switch_model, grouped(t.switches), std::to_string(t.down_ports),
                    std::to_string(t.up_ports),
                    fmt::format("{:.0f}", t.port_bandwidth.value() / 1e9), grouped(t.links),
                    grouped(t.copper_links), grouped(t.optical_links), grouped(t.transceivers)});
  }
  items.push_back({"bisection", bom.bisection_bandwidth.value(), "one direction across the cut"});
  std::string body = fmt::format(
      "<p class=\"note\">{} fabric, {} routing{}.</p>\n", to_string(topo.spec().fabric.transport),
      to_string(topo.spec().fabric.routing), bom.rail_optimized ? ", rail-optimized" : "");
  body += svg::bars("tiers", "Link capacity into each switch tier from below, and the bisection.",
                    items, 0, [](double v) { return fmt::format("{:.1f} Pb/s", v / 1e15); });
  body += html::table({"tier", "switch", "switches", "down ports", "up ports", "port Gb/s",
                       "links from below", "copper", "optical", "transceivers"},
                      rows, {false, false, true, true, true, true, true, true, true, true});
  return html::section("fabric-tiers", "Fabric tiers", body);
}

}  // namespace colossus::report::sections
