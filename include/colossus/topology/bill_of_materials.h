// The bill of materials of a built cluster: what `colossus describe` prints. GPUs, servers,
// racks, NICs, switches and cables per tier (copper or optical, and their transceivers), the
// bisection bandwidth, peak compute, HBM, power at full load and capital cost. Everything is
// counted from the Topology as built, so partly filled blocks and parallel top links show.
//
// Counting rules, stated once:
// - Racks are compute racks only: ceil(servers / servers_per_rack). Switch racks are not counted
//   (the presets give no switches per rack).
// - A NIC-to-leaf cable is copper (DAC) when every leaf's NICs sit in one rack (a ToR that
//   divides the rack evenly, or a rail group of servers inside one rack); otherwise optical.
//   Switch-to-switch cables are optical: they run between network racks, beyond the ~3 m reach
//   of copper at 400 Gb/s and above. An optical link has two transceivers, priced at the
//   optic_price of the tier it goes into.
// - Bisection: each topology kind's own cut (Topology::bisection_bandwidth): for a Clos, N/2 x
//   the smallest per-GPU bandwidth on the way up; for a torus, the links across the middle of
//   its longest dimension.
// - NVLink domains: a server is one NVLink domain; its compute trays, NVLink switch trays and
//   NVLink links (links per GPU x GPUs) are counted from the server preset. A direct network
//   (torus, mesh) lists its links by kind; an optical one has two transceivers.
// - Power: GPUs at TDP + hosts (server power at full load minus GPUs) + switches. Cost: GPUs,
//   hosts, NICs, switches and transceivers; cables themselves and facilities are not counted.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/topology/topology.h"

namespace colossus {

// GPUs of one model.
struct GpuTypeCount {
  std::string name;         // preset name, e.g. "h100-sxm"
  std::string description;  // e.g. "NVIDIA H100 SXM5 80 GB"
  std::int64_t count = 0;
};

// One switch tier's hardware.
struct TierBill {
  std::string name;          // "leaf", "spine", "core"
  std::string switch_model;  // e.g. "spectrum-sn5600"
  std::int64_t switches = 0;
  int down_ports = 0;  // cabled down ports per switch
  int up_ports = 0;    // up ports per switch (0 at the top tier)
  BitRate port_bandwidth{};
  std::int64_t links = 0;  // cables into this tier from below (from the NICs for the leaves)
  std::int64_t copper_links = 0;
  std::int64_t optical_links = 0;
  std::int64_t transceivers = 0;  // 2 per optical link
  Watts power{};                  // switches x switch power
  Dollars switch_cost{};
  Dollars optics_cost{};
};

// Links of one kind outside the switch tiers (a torus's ICI links), counted.
struct LinkBill {
  std::string name;
  std::int64_t links = 0;
  BitRate rate{};  // one direction of one link
  bool optical = false;
  std::int64_t transceivers = 0;
  Dollars optics_cost{};
};

struct BillOfMaterials {
  std::string cluster;  // the cluster's name
  std::int64_t gpus = 0;
  std::vector<GpuTypeCount> gpu_types;  // one per distinct GPU model, in pool order
  std::int64_t servers = 0;
  int gpus_per_server = 0;
  std::int64_t racks = 0;  // compute racks
  int servers_per_rack = 0;
  std::int64_t nics = 0;
  std::string fabric_kind;               // "clos", "torus"
  std::int64_t compute_trays = 0;        // trays of all NVLink domains
  std::int64_t nvlink_switch_trays = 0;  // NVLink switch trays of rack-scale domains
  std::int64_t nvlink_links = 0;         // GPU NVLink links (0 where the presets do not say)
  std::vector<LinkBill> direct_links;    // a direct network's links by kind
  bool rail_optimized = false;           // as built (a single switch has no rails)
  std::vector<TierBill> tiers;           // leaf first
  std::int64_t switches = 0;
  std::int64_t links = 0;  // all cables: NIC-leaf and switch-switch
  std::int64_t transceivers = 0;
  BitRate injection_bandwidth{};  // all NICs together, one direction
  BitRate bisection_bandwidth{};  // one direction across the cut
  FlopRate bf16_dense{};
  FlopRate fp8_dense{};
  Bytes hbm{};
  ByteRate hbm_bandwidth{};
  Watts gpu_power{};
  Watts host_power{};
  Watts switch_power{};
  Watts it_power{};  // GPUs + hosts + switches
  Dollars gpu_cost{};
  Dollars host_cost{};
  Dollars nic_cost{};
  Dollars switch_cost{};
  Dollars optics_cost{};
  Dollars total_cost{};
};

// Counts the cluster's hardware, power and cost.
BillOfMaterials bill_of_materials(const Topology& topology);

}  // namespace colossus
