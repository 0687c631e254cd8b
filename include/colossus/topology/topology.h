// The cluster graph, built from a ClusterSpec: servers of GPUs on an NVSwitch domain, one NIC
// per GPU (its rail), and a multi-tier Clos of switches above the NICs (rail-optimized or not,
// with an oversubscription per tier). It is compact enough for 300,000 GPUs because nothing is
// stored per GPU pair: switch and link indices are arithmetic, and a route is computed on demand.
//
// The network layer sees the graph as *resources*: each is a capacity that flows share (a
// link direction, or for adaptive routing a bundle of equal parallel links that spraying keeps
// evenly loaded), and a route is the list of resources a flow crosses.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/spec/cluster_spec.h"

namespace colossus {

using GpuId = std::int32_t;       // 0..gpu_count-1, server-major: server * gpus_per_server + local
using ResourceId = std::int32_t;  // 0..resource_count-1

// What a resource is, for reports (hot links) and for the network's per-hop latency.
enum class ResourceKind : std::uint8_t {
  nvlink_out,   // GPU into its NVSwitch domain
  nvlink_in,    // NVSwitch domain into a GPU
  nic_out,      // NIC up to its leaf switch
  nic_in,       // leaf switch down to a NIC
  switch_up,    // switch of tier `tier` up to tier + 1 (one link, or a sprayed bundle)
  switch_down,  // tier + 1 down to tier `tier`
};

struct Resource {
  ResourceKind kind;
  std::int8_t tier = -1;   // switch tier for switch_up/down; -1 otherwise
  std::int32_t links = 1;  // parallel links in this resource (1 for a single link direction)
  ByteRate capacity{};     // line rate of all its links together, one direction
};

// The resources one flow crosses, source to destination.
struct Route {
  static constexpr int kMaxHops = 12;
  std::array<ResourceId, kMaxHops> hops{};
  int count = 0;
  Seconds latency{};  // one-way: NIC, switch and NVLink latencies along the way

  std::span<const ResourceId> resources() const {
    return {hops.data(), static_cast<std::size_t>(count)};
  }
};

// Sizes of one switch tier as built.
struct TierShape {
  std::string name;
  std::int64_t switches = 0;    // switches in this tier
  int down_ports = 0;           // ports per switch facing down
  int up_ports = 0;             // ports per switch facing up (0 at the top tier)
  std::int64_t links_down = 0;  // cables from the tier below (or NICs) into this tier
  BitRate port_bandwidth{};
};

class Topology {
 public:
  // Builds the graph; throws InputError (naming spec.source) if the fabric cannot hold the GPUs.
  explicit Topology(ClusterSpec spec);

  const ClusterSpec& spec() const { return spec_; }
  std::int64_t gpu_count() const { return gpu_count_; }
  std::int64_t server_count() const { return gpu_count_ / gpus_per_server_; }
  int gpus_per_server() const { return gpus_per_server_; }
  int server_of(GpuId gpu) const { return gpu / gpus_per_server_; }
  int local_index(GpuId gpu) const { return gpu % gpus_per_server_; }
  // The server (and so GPU) model of a GPU's pool.
  const ServerSpec& server_spec(GpuId gpu) const;

  std::span<const TierShape> tiers() const { return tiers_; }
  std::size_t resource_count() const;
  Resource resource(ResourceId id) const;

  // The lowest level two GPUs meet at: -1 same server (NVLink), 0 same leaf, 1 same tier-1
  // block (pod), and so on up to tier_count() - 1.
  int meeting_tier(GpuId a, GpuId b) const;

  // The route of one flow. Same server: over NVLink. Otherwise over the NICs and switches:
  // with ECMP, `flow_hash` picks one uplink at each tier; with adaptive routing the flow is
  // sprayed, so it crosses bundles instead of single links and `flow_hash` is ignored.
  Route route(GpuId src, GpuId dst, std::uint64_t flow_hash, Routing routing) const;
  // As above, with the cluster's own routing.
  Route route(GpuId src, GpuId dst, std::uint64_t flow_hash) const {
    return route(src, dst, flow_hash, spec_.fabric.routing);
  }

 private:
  ClusterSpec spec_;
  std::int64_t gpu_count_ = 0;
  int gpus_per_server_ = 0;
  std::vector<TierShape> tiers_;
  // Implementation state (block sizes per tier, resource offsets) lives here too.
};

}  // namespace colossus
