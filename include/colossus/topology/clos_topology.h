// The rail-optimized (or plain) multi-tier Clos, the one Topology kind of today's presets:
// servers of GPUs on an NVSwitch domain, one NIC per GPU (its rail), and a folded Clos of switches
// above the NICs, with an oversubscription per tier. It is compact enough for 300,000 GPUs
// because nothing is stored per GPU pair: switch and link indices are arithmetic, and a route is
// computed on demand.
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
// bundles, down bundles (one per tier-t block); then, when a pool's servers join their GPUs by a
// full mesh of direct links (AMD MI300X) rather than NVSwitches, one link per ordered GPU pair of
// every server.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/spec/cluster_spec.h"
#include "colossus/topology/topology.h"

namespace colossus {

class ClosTopology final : public Topology {
 public:
  // Builds the graph; throws InputError (naming spec.source) if the fabric cannot hold the GPUs.
  explicit ClosTopology(ClusterSpec spec);

  std::span<const TierShape> tiers() const override { return tiers_; }
  std::string_view kind() const override { return "clos"; }
  // The GPUs split into two halves made of whole blocks; the cut crosses, for each half, the
  // uplinks of its blocks at every boundary below the tier that joins them: N/2 x the smallest
  // per-GPU bandwidth on the way up (the NIC, or a block's uplinks shared by its GPUs).
  BitRate bisection_bandwidth() const override;
  // Topology::tier_count without the virtual call (routes ask it at every tier).
  int tier_count() const { return static_cast<int>(tiers_.size()); }
  std::size_t resource_count() const override;
  // With fabric.link_faults applied; a bundle loses what its degraded or down links lose.
  Resource resource(ResourceId id) const override;
  std::string resource_name(ResourceId id) const override;
  int meeting_tier(GpuId a, GpuId b) const override;
  // ECMP: `flow_hash` picks one uplink at each tier (and, where a top switch has parallel links
  // into the destination's block, one of those); adaptive: sprayed over bundles. A path that
  // crosses a down link is hashed again until one does not (ECMP drops the dead next hop), so
  // the flows it carried spread over the surviving paths.
  Route route(GpuId src, GpuId dst, std::uint64_t flow_hash, Routing routing) const override;
  // Adaptive routing sprays over bundles: only ECMP hashes.
  bool uses_flow_hash(Routing routing) const override { return routing != Routing::adaptive; }
  using Topology::route;
  // A single switch has no rails, so it is never rail-optimized.
  bool rail_optimized() const override { return rail_optimized_; }
  std::int64_t gpus_per_block(int tier) const override;
  // The slower end of the cable.
  BitRate uplink_rate(int tier) const override;
  std::int64_t block_uplinks(int tier) const override;

  // The leaf switch (tier-0 index) a GPU's NIC is cabled to.
  std::int64_t leaf_of(GpuId gpu) const;
  // The index of the tier-`tier` block holding a GPU (tier 0: its leaf; top tier: always 0).
  std::int64_t block_of(GpuId gpu, int tier) const;
  // Equal-cost paths between two GPUs that meet at tier `meeting` (1 at tier 0 and below).
  std::int64_t path_count(int meeting) const;

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
  // Latency of crossing the switches of tiers 0..meeting up and back down.
  Seconds switch_latency(int meeting) const;
  // The resource's figures as built, no fault applied.
  Resource healthy_resource(ResourceId id) const;
  // Writes the ECMP hops of path `flow_hash` (up from the source's blocks, down into the
  // destination's) after the first h hops; returns the new hop count.
  int ecmp_hops(Route& r, int h, std::int64_t leaf_src, std::int64_t leaf_dst, int meeting,
                std::uint64_t flow_hash) const;

  std::vector<TierShape> tiers_;
  bool rail_optimized_ = true;              // as built (a single switch has no rails)
  std::vector<std::int64_t> leaf_divisor_;  // leaves per tier-t block (1 at tier 0)
  std::vector<std::int64_t> block_gpus_;    // GPUs per full tier-t block
  std::vector<Boundary> boundaries_;        // tier_count() - 1 of them
  std::int64_t first_mesh_link_ = -1;       // full-mesh servers' pair links (-1: none)
  std::int64_t resource_count_ = 0;
};

}  // namespace colossus
