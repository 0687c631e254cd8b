// Counts a built Topology into a BillOfMaterials; the counting rules are in the header.
#include "colossus/topology/bill_of_materials.h"

#include <algorithm>

namespace colossus {
namespace {

// Whether every leaf's NICs sit in one compute rack, so its cables can be copper.
bool leaf_cables_in_rack(const Topology& topo) {
  const std::int64_t per_rack = topo.spec().servers_per_rack;
  if (topo.tier_count() == 1) return topo.server_count() <= per_rack;
  const std::int64_t down = topo.tiers().front().down_ports;
  if (topo.rail_optimized()) return per_rack % down == 0;
  return (per_rack * topo.gpus_per_server()) % down == 0;
}

// One direction across the cut that halves the GPUs (see the header).
BitRate bisection(const Topology& topo) {
  const std::int64_t n = topo.gpu_count();
  const auto last = static_cast<GpuId>(n - 1);
  const int joined = topo.meeting_tier(0, last);
  BitRate per_gpu = topo.server_spec(0).nic.bandwidth;
  if (joined < 0) {
    per_gpu = to_bit_rate(topo.server_spec(0).gpu.nvlink_bandwidth);
  } else {
    for (const auto& pool : topo.spec().pools)
      per_gpu = std::min(per_gpu, pool.server.nic.bandwidth);
    for (int t = 0; t < joined; ++t) {
      const BitRate uplinks = topo.uplink_rate(t) * static_cast<double>(topo.block_uplinks(t));
      per_gpu = std::min(per_gpu, uplinks / static_cast<double>(topo.gpus_per_block(t)));
    }
  }
  return per_gpu * (static_cast<double>(n) / 2.0);
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
  bom.nics = bom.gpus;
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
    bom.injection_bandwidth += pool.server.nic.bandwidth * n;
    bom.bf16_dense += gpu.bf16_dense * n;
    bom.fp8_dense += gpu.fp8_dense * n;
    bom.hbm += gpu.hbm * n;
    bom.hbm_bandwidth += gpu.hbm_bandwidth * n;
    bom.gpu_power += gpu.tdp * n;
    bom.host_power += pool.server.host_power * servers;
    bom.gpu_cost += gpu.price * n;
    bom.host_cost += pool.server.host_price * servers;
    bom.nic_cost += pool.server.nic.price * n;
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

  bom.bisection_bandwidth = bisection(topo);
  bom.it_power = bom.gpu_power + bom.host_power + bom.switch_power;
  bom.total_cost = bom.gpu_cost + bom.host_cost + bom.nic_cost + bom.switch_cost + bom.optics_cost;
  return bom;
}

}  // namespace colossus
