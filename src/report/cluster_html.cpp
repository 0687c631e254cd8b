// The report of `colossus describe --report DIR`: the cluster's inventory and fabric tiers.
#include <fmt/format.h>

#include "colossus/report/html.h"
#include "colossus/report/html_report.h"
#include "colossus/report/html_sections.h"

namespace colossus::report {

std::string cluster_html(const Topology& topo, const BillOfMaterials& bom) {
  html::Page page;
  page.title = fmt::format("{}", bom.cluster);
  page.subtitle = "colossus describe: inventory, fabric tiers, power and capital cost";
  page.sections = {sections::cluster_inventory(topo, bom), sections::fabric_tiers(topo, bom)};
  return page.render();
}

}  // namespace colossus::report
