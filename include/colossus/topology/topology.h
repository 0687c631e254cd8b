// The cluster graph, built from a ClusterSpec: servers of GPUs on an NVSwitch domain, one NIC
// per GPU (its rail), and a multi-tier Clos of switches above the NICs (rail-optimized or not,
// with an oversubscription per tier). It is compact enough for 300,000 GPUs because nothing is
// stored per GPU pair: switch and link indices are arithmetic, and a route is computed on demand.
//
// The network layer sees the graph as *resources*: each is a capacity that flows share (a
// link direction, or for adaptive routing a bundle of equal parallel links that spraying keeps
// evenly loaded), and a route is the list of resources a flow crosses.
//
// Structure (a folded Clos of blocks): a tier-0 block is one leaf; it serves NIC r of d0
// consecutive servers when rail-optimized (leaf = group * G + r), else d0 consecutive NICs. A
// tier-t block is d_t consecutive tier-(t-1) blocks plus m_t switches, m_t = the uplinks leaving
// one child block (m_{t-1} * u_{t-1}); uplink j of every child goes to switch j of the block (a
// "plane"). The top tier is one block over all child blocks, with floor(radix / children)
// parallel links per switch-child pair. Up ports are ceil(down / oversubscription).
//
// Resource ids: nvlink_out[N], nvlink_in[N], nic_out[N], nic_in[N] (index = GPU), then per
// boundary t (tier t to t + 1): up links, down links (block * uplinks per block + j), up
// bundles, down bundles (one per tier-t block).
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
  int down_ports = 0;           // ports per switch facing down (cabled, at the top tier)
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
  // with ECMP, `flow_hash` picks one uplink at each tier (and, where a top switch has parallel
  // links into the destination's block, one of those); with adaptive routing the flow is sprayed,
  // so it crosses bundles instead of single links and `flow_hash` is ignored. `flow_hash` is mixed
  // (mix64) before it picks a path, so consecutive values spread like real hashing, collisions
  // included. src == dst gives an empty route; ids out of range throw std::out_of_range.
  Route route(GpuId src, GpuId dst, std::uint64_t flow_hash, Routing routing) const;
  // As above, with the cluster's own routing.
  Route route(GpuId src, GpuId dst, std::uint64_t flow_hash) const {
    return route(src, dst, flow_hash, spec_.fabric.routing);
  }

  // Whether leaves serve one rail each, as built (a single switch has no rails).
  bool rail_optimized() const { return rail_optimized_; }
  // Number of switch tiers (leaf = tier 0).
  int tier_count() const { return static_cast<int>(tiers_.size()); }
  // The leaf switch (tier-0 index) a GPU's NIC is cabled to.
  std::int64_t leaf_of(GpuId gpu) const;
  // The index of the tier-`tier` block holding a GPU (tier 0: its leaf; top tier: always 0).
  std::int64_t block_of(GpuId gpu, int tier) const;
  // GPUs under one full block of tier `tier` (the top tier: the whole cluster).
  std::int64_t gpus_per_block(int tier) const;
  // Line rate of one link between tier `tier` and tier + 1 (slower end of the cable).
  BitRate uplink_rate(int tier) const;
  // Uplinks leaving one tier-`tier` block towards tier + 1 (0 at the top tier).
  std::int64_t block_uplinks(int tier) const;
  // Equal-cost paths between two GPUs that meet at tier `meeting` (1 at tier 0 and below).
  std::int64_t path_count(int meeting) const;
  // A readable name of a resource, for reports ("gpu 17 nic_out", "leaf 3 up 5 -> spine").
  std::string resource_name(ResourceId id) const;

 private:
  // One boundary between tier t and t + 1: its blocks, links and where its resources start.
  struct Boundary {
    std::int64_t blocks = 0;           // tier-t blocks
    std::int64_t uplinks = 0;          // uplinks per tier-t block (switches per block x up ports)
    int up_ports = 0;                  // up ports per tier-t switch
    std::int64_t parallel = 1;         // links per (upper switch, block) pair: >1 only at the top
    BitRate rate{};                    // one link's line rate
    std::int64_t first_up_link = 0;    // resource ids, in this order: up links, down links,
    std::int64_t first_down_link = 0;  // up bundles (one per block), down bundles
    std::int64_t first_up_bundle = 0;
    std::int64_t first_down_bundle = 0;
  };
  // The pool index of a GPU (pools laid out in order).
  std::size_t pool_of(GpuId gpu) const;
  // Latency of crossing the switches of tiers 0..meeting up and back down.
  Seconds switch_latency(int meeting) const;

  ClusterSpec spec_;
  std::int64_t gpu_count_ = 0;
  int gpus_per_server_ = 0;
  std::vector<TierShape> tiers_;
  bool rail_optimized_ = true;              // as built (a single switch has no rails)
  std::vector<std::int64_t> pool_end_;      // first GPU after each pool
  std::vector<std::int64_t> leaf_divisor_;  // leaves per tier-t block (1 at tier 0)
  std::vector<std::int64_t> block_gpus_;    // GPUs per full tier-t block
  std::vector<Boundary> boundaries_;        // tier_count() - 1 of them
  std::int64_t resource_count_ = 0;
};

}  // namespace colossus
