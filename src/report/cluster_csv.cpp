// The tables of `colossus describe` as CSV: one row of the cluster's figures, and its switch
// tiers, with the JSON's keys and units.
#include "colossus/report/csv_report.h"

namespace colossus::report {

std::vector<CsvTable> cluster_tables(const Topology& topo, const BillOfMaterials& bom) {
  CsvTable summary{
      "cluster",
      {"cluster", "gpus", "servers", "racks", "nics", "switches", "links", "transceivers",
       "injection_bandwidth_bit_per_s", "bisection_bandwidth_bit_per_s", "bf16_dense_flop_per_s",
       "fp8_dense_flop_per_s", "hbm_bytes", "it_power_w", "total_cost_usd"},
      {}};
  summary.rows.push_back(
      {topo.spec().name, std::to_string(bom.gpus), std::to_string(bom.servers),
       std::to_string(bom.racks), std::to_string(bom.nics), std::to_string(bom.switches),
       std::to_string(bom.links), std::to_string(bom.transceivers),
       csv_number(bom.injection_bandwidth.value()), csv_number(bom.bisection_bandwidth.value()),
       csv_number(bom.bf16_dense.value()), csv_number(bom.fp8_dense.value()),
       csv_number(bom.hbm.value()), csv_number(bom.it_power.value()),
       csv_number(bom.total_cost.value())});
  CsvTable tiers{"tiers",
                 {"name", "switch", "switches", "down_ports", "up_ports",
                  "port_bandwidth_bit_per_s", "links", "copper_links", "optical_links",
                  "transceivers", "power_w", "switch_cost_usd", "optics_cost_usd"},
                 {}};
  for (const TierBill& t : bom.tiers) {
    tiers.rows.push_back({t.name, t.switch_model, std::to_string(t.switches),
                          std::to_string(t.down_ports), std::to_string(t.up_ports),
                          csv_number(t.port_bandwidth.value()), std::to_string(t.links),
                          std::to_string(t.copper_links), std::to_string(t.optical_links),
                          std::to_string(t.transceivers), csv_number(t.power.value()),
                          csv_number(t.switch_cost.value()), csv_number(t.optics_cost.value())});
  }
  return {summary, tiers};
}

}  // namespace colossus::report
