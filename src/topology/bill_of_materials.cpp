// Counts a built Topology into a BillOfMaterials; the counting rules are in the header.
#include "colossus/topology/bill_of_materials.h"

#include <algorithm>

namespace colossus {
namespace {

// Whether every leaf's NICs sit in one compute rack, so its cables can be copper.
bool leaf_cables_in_rack(const Topology& topo) {
  const std::int64_t per_rack = topo.spec().servers_per_rack;
  if (topo.tier_count() == 0) return true;
  // A dragonfly's NICs reach switches of their own group (an HPE Cray EX cabinet): copper.
  if (topo.kind() == "dragonfly") return true;
  if (topo.tier_count() == 1) return topo.server_count() <= per_rack;
  const std::int64_t down = topo.tiers().front().down_ports;
  if (topo.rail_optimized()) return per_rack % down == 0;
  return (per_rack * topo.gpus_per_server()) % down == 0;
}

}  // namespace

BillOfMaterials bill_of_materials(const Topology& topo) {
  const ClusterSpec& spec = topo.spec();
  BillOfMaterials bom;
  bom.cluster = spec.name;
  bom.gpus = topo.gpu_count();
  bom.servers = topo.server_count();
  bom.gpus_per_server = topo.gpus_per_server();
  bom.servers_per_rack = spec.servers_per_rack;
  bom.racks = spec.servers_per_rack > 0
                  ? (bom.servers + spec.servers_per_rack - 1) / spec.servers_per_rack
                  : 0;
  bom.nics = 0;
  bom.fabric_kind = std::string(topo.kind());
  bom.rail_optimized = topo.rail_optimized();

  for (const ServerPool& pool : spec.pools) {
    const GpuSpec& gpu = pool.server.gpu;
    const auto n = static_cast<double>(pool.gpu_count);
    const double servers = n / pool.server.gpus;
    auto it = std::find_if(bom.gpu_types.begin(), bom.gpu_types.end(),
                           [&](const GpuTypeCount& g) { return g.name == gpu.name; });
    if (it == bom.gpu_types.end()) {
      bom.gpu_types.push_back({gpu.name, gpu.description, pool.gpu_count});
    } else {
      it->count += pool.gpu_count;
    }
    const double nics = servers * pool.server.nic_count();
    bom.nics += static_cast<std::int64_t>(servers) * pool.server.nic_count();
    bom.injection_bandwidth += pool.server.nic.bandwidth * nics;
    bom.bf16_dense += gpu.bf16_dense * n;
    bom.fp8_dense += gpu.fp8_dense * n;
    bom.hbm += gpu.hbm * n;
    bom.hbm_bandwidth += gpu.hbm_bandwidth * n;
    bom.gpu_power += gpu.tdp * n;
    bom.host_power += pool.server.host_power * servers;
    bom.gpu_cost += gpu.price * n;
    bom.host_cost += pool.server.host_price * servers;
    bom.nic_cost += pool.server.nic.price * nics;
    bom.compute_trays += static_cast<std::int64_t>(servers) * pool.server.compute_trays;
    bom.nvlink_switch_trays += static_cast<std::int64_t>(servers) * pool.server.nvlink_switch_trays;
    // A full mesh's link joins two GPUs; an NVLink link joins a GPU to a switch.
    bom.nvlink_links +=
        pool.gpu_count * pool.server.nvlink_links_per_gpu / (pool.server.full_mesh ? 2 : 1);
  }
  for (const LinkGroup& g : topo.direct_links()) {
    LinkBill link{g.name, g.links, g.rate, g.optical, g.optical ? 2 * g.links : 0, Dollars{}};
    link.optics_cost = g.optic_price * static_cast<double>(link.transceivers);
    bom.links += link.links;
    bom.transceivers += link.transceivers;
    bom.optics_cost += link.optics_cost;
    bom.direct_links.push_back(link);
  }

  const bool leaf_copper = leaf_cables_in_rack(topo);
  for (int t = 0; t < topo.tier_count(); ++t) {
    const TierShape& shape = topo.tiers()[t];
    const TierSpec& ts = spec.fabric.tiers[t];
    TierBill tier;
    tier.name = shape.name;
    tier.switch_model = ts.switch_model;
    tier.switches = shape.switches;
    tier.down_ports = shape.down_ports;
    tier.up_ports = shape.up_ports;
    tier.port_bandwidth = shape.port_bandwidth;
    tier.links = shape.links_down;
    const bool copper = t == 0 && leaf_copper;
    tier.copper_links = copper ? tier.links : 0;
    tier.optical_links = copper ? 0 : tier.links;
    tier.transceivers = 2 * tier.optical_links;
    const auto switches = static_cast<double>(tier.switches);
    tier.power = ts.switch_power * switches;
    tier.switch_cost = ts.switch_price * switches;
    tier.optics_cost = ts.optic_price * static_cast<double>(tier.transceivers);
    bom.switches += tier.switches;
    bom.links += tier.links;
    bom.transceivers += tier.transceivers;
    bom.switch_power += tier.power;
    bom.switch_cost += tier.switch_cost;
    bom.optics_cost += tier.optics_cost;
    bom.tiers.push_back(tier);
  }

  bom.bisection_bandwidth = topo.bisection_bandwidth();
  bom.it_power = bom.gpu_power + bom.host_power + bom.switch_power;
  bom.total_cost = bom.gpu_cost + bom.host_cost + bom.nic_cost + bom.switch_cost + bom.optics_cost;
  return bom;
}

}  // namespace colossus
