// The cluster graph as the other layers see it: GPUs in servers (NVLink inside a server), a NIC
// per GPU, and a fabric of switches between the NICs. `Topology` is the interface; each kind of
// fabric is one implementation in its own file (the rail-optimized Clos: clos_topology.h), and
// make_topology builds the one a ClusterSpec describes. So a new topology kind is a new file and
// one line in make_topology, and nothing above this layer changes.
//
// The network layer sees the graph as *resources*: each is a capacity that flows share (a
// link direction, or for adaptive routing a bundle of equal parallel links that spraying keeps
// evenly loaded), and a route is the list of resources a flow crosses. Ids nvlink_out[N],
// nvlink_in[N], nic_out[N], nic_in[N] (index = GPU) come first in every kind; the fabric's own
// resources follow. Nothing is stored per GPU pair, so 300,000 GPUs fit in memory.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
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
  direct_link,  // a torus/mesh link between neighbouring chips (`tier`: its dimension)
  local_link,   // a dragonfly link between two switches of a group (a bundle of parallel links)
  global_link,  // a dragonfly link between two groups
};

struct Resource {
  ResourceKind kind;
  std::int8_t tier = -1;   // switch tier for switch_up/down; -1 otherwise
  std::int32_t links = 1;  // parallel links in this resource (1 for a single link direction)
  ByteRate capacity{};     // line rate of all its links together, one direction
};

// The resources one flow crosses, source to destination.
struct Route {
  // A Clos route has at most 2 NICs and 2 links per tier; a torus or mesh route one link per hop
  // (a 50 x 60 mesh: up to 108); a dragonfly route at most 2 NICs and 5 switch-to-switch links.
  // A real limit only for tori and meshes: ClosTopology's 6 tiers need 12, and TorusTopology
  // refuses dimensions whose longest route would not fit.
  static constexpr int kMaxHops = 112;
  std::array<ResourceId, kMaxHops> hops;  // only the first `count` are set
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

// Links of one kind in the fabric, for the bill of materials (switch tiers are counted from
// tiers(); a direct network such as a torus lists its links here).
struct LinkGroup {
  std::string name;        // e.g. "ICI inside a cube", "ICI between cubes (optical)"
  std::int64_t links = 0;  // cables or traces, each a pair of directions
  BitRate rate{};          // one direction of one link
  bool optical = false;    // optical links carry two transceivers each
  Dollars optic_price{};   // one transceiver
};

// The cluster graph: the queries the network, collective, sim and report layers use. The
// server layout (pools of identical servers, GPU ids server-major) is common to every kind and
// lives here; the fabric is the implementation's.
class Topology {
 public:
  virtual ~Topology() = default;
  Topology(const Topology&) = delete;
  Topology& operator=(const Topology&) = delete;

  // The spec the graph was built from.
  const ClusterSpec& spec() const { return spec_; }
  // GPUs in the cluster.
  std::int64_t gpu_count() const { return gpu_count_; }
  // Servers in the cluster.
  std::int64_t server_count() const { return gpu_count_ / gpus_per_server_; }
  // GPUs per server (the same in every pool).
  int gpus_per_server() const { return gpus_per_server_; }
  // The server of a GPU.
  int server_of(GpuId gpu) const { return gpu / gpus_per_server_; }
  // A GPU's index inside its server (its rail).
  int local_index(GpuId gpu) const { return gpu % gpus_per_server_; }
  // The server (and so GPU) model of a GPU's pool.
  const ServerSpec& server_spec(GpuId gpu) const;

  // The switch tiers as built, lowest first.
  virtual std::span<const TierShape> tiers() const = 0;
  // Number of switch tiers (leaf = tier 0).
  int tier_count() const { return static_cast<int>(tiers().size()); }
  // Number of resources (ids 0 .. resource_count() - 1).
  virtual std::size_t resource_count() const = 0;
  // What a resource is and its capacity; ids out of range throw std::out_of_range.
  virtual Resource resource(ResourceId id) const = 0;
  // A readable name of a resource, for reports ("gpu 17 nic_out", "leaf 3 up 5 -> spine").
  virtual std::string resource_name(ResourceId id) const = 0;

  // The lowest level two GPUs meet at: -1 same server (NVLink), 0 same leaf, 1 same tier-1
  // block (pod), and so on up to tier_count() - 1.
  virtual int meeting_tier(GpuId a, GpuId b) const = 0;
  // The route of one flow. Same server: over NVLink. Otherwise over the NICs and switches:
  // with ECMP, `flow_hash` picks one of the equal-cost paths (mixed first, so consecutive values
  // spread like real hashing, collisions included); with adaptive routing the flow is sprayed
  // over bundles and `flow_hash` is ignored. src == dst gives an empty route; ids out of range
  // throw std::out_of_range.
  virtual Route route(GpuId src, GpuId dst, std::uint64_t flow_hash, Routing routing) const = 0;
  // Whether route() under `routing` reads its flow_hash at all (where it does not, a caller may
  // pass any value, 0 say, and skip hashing the flow). True unless a topology knows better.
  virtual bool uses_flow_hash(Routing routing) const {
    (void)routing;
    return true;
  }
  // As above, with the cluster's own routing.
  Route route(GpuId src, GpuId dst, std::uint64_t flow_hash) const {
    return route(src, dst, flow_hash, spec_.fabric.routing);
  }

  // The kind of fabric as the cluster spec names it ("clos", "torus").
  virtual std::string_view kind() const = 0;
  // Whether two GPUs talk over their own NVLink domain's ports (the same server) rather than over
  // the fabric. A direct network has no NVLink domain: every pair crosses its links.
  virtual bool same_domain(GpuId a, GpuId b) const { return server_of(a) == server_of(b); }
  // GPUs a tensor- or expert-parallel group may span on the scale-up fabric: the NVLink domain
  // (a server), or the whole machine for a torus of chips.
  virtual std::int64_t scale_up_gpus() const { return gpus_per_server_; }
  // One direction across the cut that halves the GPUs (how each kind cuts: its file says).
  virtual BitRate bisection_bandwidth() const = 0;
  // The fabric's links other than switch tiers, by kind (a torus's ICI links); empty for a Clos.
  virtual std::vector<LinkGroup> direct_links() const { return {}; }

  // The share of its line rate a resource has left (fabric.link_faults): 1 healthy, (0, 1)
  // degraded, 0 down. resource() already reports the degraded capacity; routes avoid down ones.
  double fault_fraction(ResourceId id) const;
  // Whether any resource is degraded or down.
  bool has_faults() const { return !faults_.empty(); }
  // The faulted resources by id, each with its fraction left.
  std::span<const std::pair<ResourceId, double>> faults() const { return faults_; }

  // Whether leaves serve one rail each, as built.
  virtual bool rail_optimized() const = 0;
  // GPUs under one full block of tier `tier` (the top tier: the whole cluster).
  virtual std::int64_t gpus_per_block(int tier) const = 0;
  // Line rate of one link between tier `tier` and tier + 1.
  virtual BitRate uplink_rate(int tier) const = 0;
  // Uplinks leaving one tier-`tier` block towards tier + 1 (0 at the top tier).
  virtual std::int64_t block_uplinks(int tier) const = 0;

 protected:
  // Checks and lays out the server pools; throws InputError (naming spec.source) for a pool
  // that is empty, not whole servers, or of another server size than the first.
  explicit Topology(ClusterSpec spec);

  // The pool index of a GPU (pools laid out in order).
  std::size_t pool_of(GpuId gpu) const;
  // Resolves fabric.link_faults to resources by name (every kind's constructor calls it last,
  // once resource_name works); throws InputError naming the fault for a name no resource has,
  // a link named twice, or a GPU's own port set down (nothing routes around it).
  void resolve_faults();
  // A resource's healthy figures with its fault applied (capacity x fraction left).
  Resource with_fault(ResourceId id, Resource healthy) const;
  // Whether a route crosses a down resource.
  bool crosses_down(const Route& route) const;
  // The error for a flow no route can carry around the down links.
  [[noreturn]] void throw_no_route(GpuId src, GpuId dst) const;

  ClusterSpec spec_;
  std::int64_t gpu_count_ = 0;
  int gpus_per_server_ = 0;
  std::vector<std::int64_t> pool_end_;                 // first GPU after each pool
  std::vector<std::pair<ResourceId, double>> faults_;  // sorted by id
};

// Builds the topology a cluster spec describes: the kind named by spec.fabric.kind ("clos":
// ClosTopology, "torus": TorusTopology, "dragonfly": DragonflyTopology); throws InputError (naming
// spec.source) for an unknown kind or a fabric that cannot hold the GPUs.
std::unique_ptr<const Topology> make_topology(ClusterSpec spec);

// The fabric kinds make_topology knows, for messages ("clos, torus").
std::string topology_kinds();

}  // namespace colossus
