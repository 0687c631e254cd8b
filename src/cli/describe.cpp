// `colossus describe CLUSTER|FILE.yaml [--json]`: loads a cluster (a preset name or a YAML
// file), builds its topology and prints its bill of materials (report/cluster_report.h): GPUs,
// servers, racks, NICs, the switch tiers with their cables and optics, bisection bandwidth, peak
// compute, HBM, power and capital cost.
#include <fmt/format.h>

#include <memory>
#include <string>

#include "colossus/cli/commands.h"
#include "colossus/report/cluster_report.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/topology/bill_of_materials.h"
#include "colossus/topology/topology.h"

namespace colossus::cli {

void add_describe_command(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "describe", "Inventory and bill of materials of a cluster (preset name or YAML file)");
  auto cluster = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  cmd->add_option("cluster", *cluster, "cluster preset name or FILE.yaml")->required();
  cmd->add_flag("--json", *json, "print JSON (base units, unit-suffixed keys)");
  cmd->callback([cluster, json] {
    const std::unique_ptr<const Topology> topo_built = make_topology(load_cluster(*cluster));
    const Topology& topo = *topo_built;
    const BillOfMaterials bom = bill_of_materials(topo);
    if (*json) {
      fmt::print("{}\n", report::cluster_json(topo, bom).dump(2));
    } else {
      fmt::print("{}", report::cluster_text(topo, bom));
    }
  });
}

}  // namespace colossus::cli
