// A dragonfly of switches (HPE Slingshot in Frontier, Aurora, El Capitan): g groups of a
// switches; the switches of a group all-to-all by local links (L1, copper in a Cray EX cabinet),
// every pair of groups joined by L global links (L2, optical). Nodes hang off the switches by
// their NICs (L0): a chassis of c switches (c = NICs per node) serves p nodes (p = endpoint ports
// per switch), NIC j of each node on switch j of the chassis, so a node's NICs land on c
// different switches and a group holds (a / c) x p nodes (Frontier: 32 / 4 x 16 = 128). Nodes
// fill the groups in order; the last group may be partly filled (Frontier's 9,408 nodes fill
// 73.5 of its 74 cabinets).
//
// GPUs and NICs of a node: the node's G GPUs and c NICs split into gcd(G, c) equal shares (a
// share's GPUs use its NICs): Frontier's 8 GCDs and 4 NICs give 4 shares of 2 GCDs on one NIC,
// Aurora's 6 GPUs and 8 NICs 2 shares of 3 GPUs on 4 NICs (one per CPU socket). A flow leaves
// by one NIC of its share, picked by the flow hash, and enters by one of the destination's.
//
// Global links: group G's links to group H are numbered k = 0..L-1; link k is global port
// q = ((H - G - 1) mod g) x L + k of G, held by switch q mod a (ports dealt round-robin over
// the group's switches), and lands on switch q' mod a of H (q' the same cable's port in H).
//
// Routes (switch-to-switch hops): minimal: at most 3 (local to the switch holding a link to
// the destination group, the global link, local to the destination switch); Valiant: through
// an intermediate group picked by the flow hash among the g - 2 others, at most 5 (minimal to
// it, minimal from it); adaptive (UGAL-like): a flow between groups takes the minimal path or
// a Valiant one by its hash, half each (the steady state UGAL reaches when the minimal links are
// loaded; under uniform load real UGAL stays minimal more often: an approximation). Flows inside
// a group are minimal under every routing. The parallel global link k is picked by the hash.
//
// Resource ids: nvlink_out[N], nvlink_in[N], nic_out[N], nic_in[N] (per GPU; the NIC ones are
// unused by routes, whose NIC hops are per NIC), then per NIC (node x c + j) nic out, then nic
// in, then per ordered switch pair of a group a local bundle (switch s x (a - 1) + the other's
// rank), then per ordered group pair and k a global link ((G x (g - 1) + offset) x L + k).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/spec/cluster_spec.h"
#include "colossus/topology/topology.h"

namespace colossus {

class DragonflyTopology final : public Topology {
 public:
  // Builds the dragonfly; throws InputError (naming spec.source) if the nodes do not fit the
  // groups, a chassis does not divide a group, or the global links do not fit the ports.
  explicit DragonflyTopology(ClusterSpec spec);

  // One tier: the switches (so the bill of materials counts them, their power and price).
  std::span<const TierShape> tiers() const override { return tiers_; }
  std::size_t resource_count() const override;
  Resource resource(ResourceId id) const override;
  std::string resource_name(ResourceId id) const override;
  // -1 the same node, 0 otherwise (the one switch tier).
  int meeting_tier(GpuId a, GpuId b) const override;
  // With Routing::adaptive the UGAL-like choice; otherwise the spec's minimal or Valiant.
  Route route(GpuId src, GpuId dst, std::uint64_t flow_hash, Routing routing) const override;
  using Topology::route;
  // The route under a named dragonfly routing. Around down links (fabric.link_faults) the flow
  // takes the first route that avoids them among other NICs, global links and intermediate
  // groups (minimal, then Valiant), as the adaptive routing of a Slingshot switch would.
  Route route(GpuId src, GpuId dst, std::uint64_t flow_hash, DragonflyRouting routing) const;
  std::string_view kind() const override { return "dragonfly"; }
  // The cut between the first half of the groups and the rest: g/2 x (g - g/2) x L global
  // links, at most the injection of the smaller half's NICs.
  BitRate bisection_bandwidth() const override;
  // NIC links (L0), local links (L1) and global links (L2, optical unless the spec says not).
  std::vector<LinkGroup> direct_links() const override;
  bool rail_optimized() const override { return false; }
  std::int64_t gpus_per_block(int tier) const override;
  BitRate uplink_rate(int tier) const override;
  std::int64_t block_uplinks(int) const override { return 0; }

  // Shape queries (the tests count links with them).
  int groups() const { return groups_; }
  int switches_per_group() const { return a_; }
  int nics_per_node() const { return nics_; }
  std::int64_t nodes_per_group() const { return std::int64_t{a_ / nics_} * p_; }
  // Global switch index (group x a + local) of NIC j of a node.
  std::int64_t switch_of_nic(std::int64_t node, int j) const { return node / p_ * nics_ + j; }
  int group_of_switch(std::int64_t sw) const { return static_cast<int>(sw / a_); }
  // The local switch of group G holding global link k towards group H.
  int global_port_switch(int g_from, int g_to, int k) const;
  // Links of one kind as cabled: NIC cables, local cables (both directions one cable), global.
  std::int64_t nic_links() const;
  std::int64_t local_links() const;
  std::int64_t global_links() const;
  // Switch-to-switch hops of a route (resources of kind local_link or global_link).
  int switch_hops(const Route& r) const;

 private:
  // The route one hash picks, whether or not it crosses a down link.
  Route route_once(GpuId src, GpuId dst, std::uint64_t flow_hash, DragonflyRouting routing) const;
  // A resource's figures before link faults.
  Resource healthy_resource(ResourceId id) const;
  // The NIC (index within its node) a GPU's flow uses, by hash.
  int nic_of(GpuId gpu, std::uint64_t hash) const;
  // Appends the minimal switch path from switch a to switch b; returns hops appended.
  void minimal_path(std::int64_t from, std::int64_t to, std::uint64_t hash, Route& r) const;
  ResourceId local_id(std::int64_t from, std::int64_t to) const;
  ResourceId global_id(int g_from, int g_to, int k) const;
  int offset(int g_from, int g_to) const { return (g_to - g_from - 1 + groups_) % groups_; }

  int groups_ = 0, a_ = 0, p_ = 0, nics_ = 0, links_ = 0, local_per_pair_ = 0;
  int gpu_shares_ = 1;  // gcd(GPUs, NICs) per node
  std::int64_t nodes_ = 0;
  std::int64_t first_nic_out_ = 0, first_nic_in_ = 0, first_local_ = 0, first_global_ = 0,
               resource_count_ = 0;
  std::vector<TierShape> tiers_;
};

}  // namespace colossus
