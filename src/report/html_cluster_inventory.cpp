// A cluster's headline figures as cards (GPUs, servers, racks, switches, bisection, peak compute,
// power, capital cost), then where the power and the money go as stacked bars.
#include <fmt/format.h>

#include "colossus/report/html.h"
#include "colossus/report/html_sections.h"
#include "colossus/report/svg_chart.h"
#include "colossus/report/text.h"

namespace colossus::report::sections {

std::string cluster_inventory(const Topology& topo, const BillOfMaterials& bom) {
  std::string gpus;
  for (const GpuTypeCount& g : bom.gpu_types) {
    gpus += fmt::format("{}{} {}", gpus.empty() ? "" : " + ", grouped(g.count), g.name);
  }
  std::string body = html::figures({
      {"GPUs", grouped(bom.gpus), gpus},
      {"servers", grouped(bom.servers), fmt::format("{} GPUs each", bom.gpus_per_server)},
      {"racks", grouped(bom.racks), fmt::format("{} servers each", bom.servers_per_rack)},
      {"switches", grouped(bom.switches), fmt::format("{} tiers", bom.tiers.size())},
      {"bisection", fmt::format("{:.1f} Pb/s", bom.bisection_bandwidth.value() / 1e15),
       fmt::format("injection {:.1f} Pb/s", bom.injection_bandwidth.value() / 1e15)},
      {"BF16 dense", fmt::format("{:.1f} EFLOP/s", bom.bf16_dense.value() / 1e18),
       fmt::format("FP8 {:.1f} EFLOP/s", bom.fp8_dense.value() / 1e18)},
      {"IT power", fmt::format("{:.1f} MW", bom.it_power.value() / 1e6), ""},
      {"capital cost", fmt::format("${:.2f} B", bom.total_cost.value() / 1e9),
       "GPUs, hosts, NICs, switches, optics"},
  });
  body += fmt::format("<p class=\"note\">{}</p>\n", html::escape(topo.spec().description));
  const auto mw = [](double v) { return fmt::format("{:.1f} MW", v / 1e6); };
  body += svg::stacked_bars("power", "IT power at full load: GPUs, hosts, switches.",
                            {{"power",
                              {{"GPUs", bom.gpu_power.value()},
                               {"hosts", bom.host_power.value()},
                               {"switches", bom.switch_power.value()}}}},
                            mw);
  body += svg::stacked_bars("cost", "Capital cost: GPUs, hosts, NICs, switches, transceivers.",
                            {{"cost",
                              {{"GPUs", bom.gpu_cost.value()},
                               {"hosts", bom.host_cost.value()},
                               {"NICs", bom.nic_cost.value()},
                               {"switches", bom.switch_cost.value()},
                               {"optics", bom.optics_cost.value()}}}},
                            [](double v) { return fmt::format("${:.2f} B", v / 1e9); });
  return html::section("inventory", "Inventory", body);
}

}  // namespace colossus::report::sections
