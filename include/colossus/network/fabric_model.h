// The network model (SimGrid's network models in spirit): it maps the topology's resources to
// solver constraints and flows to solver variables. A resource's constraint is its line rate
// times the efficiency of what crosses it, so solver values are goodput in bytes per second:
//   - NIC and switch links carry RDMA packets: goodput = line rate x transport_efficiency(),
//     from the packet format at the fabric MTU (RoCEv2 or InfiniBand; byte counts below);
//   - NVLink resources are not RDMA: they get their own efficiency (NetworkOptions::
//     nvlink_efficiency, the NCCL maintainers' 370 of 450 GB/s). The network applies it, so the
//     collective layer must not apply NVLink protocol overhead again.
// Only resources some flow crosses get a constraint, so a phase of a few flows on a 300,000-GPU
// fabric stays small. Routes come from Topology::route: with ECMP each flow is hashed (src, dst,
// entropy) onto one path, so hash collisions cost what they cost; with adaptive routing /
// packet spraying flows cross the topology's bundle resources (all parallel uplinks of a block
// as one evenly loaded capacity), which is exact for perfect spraying and optimistic otherwise.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/network/flow.h"
#include "colossus/network/maxmin_solver.h"
#include "colossus/topology/topology.h"

namespace colossus {

// Per-packet bytes on the wire besides the payload, and where they come from.
struct PacketOverhead {
  // RoCEv2 over Ethernet: preamble + start-of-frame delimiter 8, Ethernet header 14 (two MACs
  // and the EtherType; no 802.1Q tag: RoCE fabrics mark priority with DSCP), IPv4 header 20,
  // UDP header 8, InfiniBand Base Transport Header 12, invariant CRC 4, Ethernet FCS 4, and the
  // minimum inter-frame gap 12 (IEEE 802.3 and the IBTA RoCEv2 annex).
  static constexpr int kRoce = 8 + 14 + 20 + 8 + 12 + 4 + 4 + 12;  // 82 bytes
  // InfiniBand: Local Route Header 8, Base Transport Header 12, invariant CRC 4, variant CRC 2
  // (IBTA spec vol. 1; no Global Route Header inside one subnet).
  static constexpr int kInfiniband = 8 + 12 + 4 + 2;  // 26 bytes
  // Not counted, for either: the 16-byte RDMA Extended Transport Header carried only by the
  // first packet of an RDMA write, ACK packets on the reverse path, and link-level flow control.
};

// Goodput over line rate for full packets of `mtu` payload bytes: mtu / (mtu + overhead).
// RoCEv2 at 4096: 4096 / 4178 = 0.980; InfiniBand at 4096: 4096 / 4122 = 0.994. The MTU is the
// RDMA path MTU (payload per packet), as RoCE and InfiniBand use the word.
double transport_efficiency(Transport transport, Bytes mtu);

// Flows grouped into classes of identical flows: the same route (and the same size, when the
// sizes matter). k flows on one route get the same max-min rate, so one variable of weight k,
// whose value is k times that rate, is exactly equivalent to them; so is one transfer of k times
// the size for k flows of equal size. Grouping is exact, not an approximation: it only saves
// work (NCCL channels between the same GPUs under adaptive routing, for instance).
struct FlowClasses {
  MaxMinSolver solver;        // one variable per class, weight = its flow count
  std::vector<int> class_of;  // flow -> class (variable)
  std::vector<int> members;   // class -> number of flows in it
};

class FabricModel {
 public:
  // `routing` is the routing in force (the cluster's or an override); `nvlink_efficiency` the
  // share of NVLink line rate flows can use.
  FabricModel(const Topology& topology, Routing routing, double nvlink_efficiency);

  const Topology& topology() const { return *topology_; }
  Routing routing() const { return routing_; }
  double transport_efficiency() const { return transport_efficiency_; }
  double nvlink_efficiency() const { return nvlink_efficiency_; }
  // The share of its line rate a resource of this kind gives to flows.
  double efficiency(ResourceKind kind) const;
  // Line rate x efficiency of one resource: what the flows crossing it share.
  ByteRate usable_capacity(ResourceId id) const;
  // What ECMP hashes for a flow: src, dst and its entropy.
  static std::uint64_t flow_hash(const Flow& flow);
  // The hash to route a flow with: flow_hash(), or 0 where the topology's routes under the
  // routing in force ignore it (adaptive routing on a Clos), which saves hashing every flow.
  std::uint64_t route_hash(const Flow& flow) const { return hashed_ ? flow_hash(flow) : 0; }

  // A solver with variable i for flows[i] (rates in bytes/s of goodput) and one constraint per
  // resource the flows cross; constraint_resources() then maps constraints back to resources.
  MaxMinSolver build(std::span<const Flow> flows);
  // As build(), one variable per class of identical flows (same route; same size too when
  // `same_size`).
  FlowClasses build_classes(std::span<const Flow> flows, bool same_size);
  // The resource behind each constraint of the last build() or build_classes().
  std::span<const ResourceId> constraint_resources() const { return constraint_resource_; }

 private:
  const Topology* topology_;
  Routing routing_;
  double transport_efficiency_;
  double nvlink_efficiency_;
  bool hashed_ = true;              // whether routes read the flow hash (Topology::uses_flow_hash)
  std::vector<int> constraint_of_;  // resource -> constraint during build(), -1 when unused
  std::vector<ResourceId> constraint_resource_;

  // The solver constraints of a route's resources (added on first use) into `out`.
  void constraints_of(const Route& route, MaxMinSolver& solver, int* out);
};

}  // namespace colossus
