// Collectives on a dragonfly (Frontier-like nodes: 8 GPUs on 4 NICs, two GPUs per NIC), worked
// out by hand (4 GiB, so the ring's 126 latency steps stay under 0.5%): a ring all-reduce in rank
// order leaves each node by one NIC (GPU 7's, NIC 3) and enters the next by GPU 8's NIC 0, so its
// bus bandwidth is one NIC's goodput x NCCL's share, 400 Gb/s x 0.94 = 47 GB/s, and no algorithm
// can exceed the node's 4 NICs: 188 GB/s.
#include <gtest/gtest.h>

#include "colossus/collective/algorithm.h"
#include "colossus/collective/collective.h"
#include "colossus/topology/dragonfly_topology.h"
#include "test_fabrics.h"

namespace colossus {
namespace {

// 8 Frontier-like nodes (8 GPUs, 4 NICs of 400 Gb/s) in 4 groups of 4 switches, 2 nodes per
// group, one global link per group pair, InfiniBand-sized headers (goodput x share = 0.94).
ClusterSpec dragonfly_nodes() {
  ClusterSpec spec = testing::h100_cluster(8, {{16}});
  spec.pools[0].server.nics = 4;
  spec.pools[0].server.nvls = false;
  spec.fabric.kind = "dragonfly";
  spec.fabric.rail_optimized = false;
  spec.fabric.routing = Routing::ecmp;
  DragonflySpec& d = spec.fabric.dragonfly;
  d.groups = 4;
  d.switches_per_group = 4;
  d.endpoint_ports = 2;
  d.global_ports = 1;
  d.links_per_group_pair = 1;
  d.routing = DragonflyRouting::minimal;
  d.radix = 8;
  d.link_bandwidth = gbit_per_s(400);
  d.switch_latency = nanoseconds(200);
  spec.fabric.tiers.front().radix = 8;
  spec.fabric.tiers.front().down_ports = 8;
  return spec;
}

TEST(DragonflyCollective, AllReduceBusBandwidthIsBoundedByTheNodesNics) {
  const DragonflyTopology topo(dragonfly_nodes());
  Network net(topo);
  const auto call = CollectiveCall::consecutive(CollectiveOp::all_reduce, gib(4), 0, 64);
  CollectiveCall ring = call;
  ring.algorithm = "ring";
  const double nic = 47e9;
  const auto r = run_collective(net, ring);
  EXPECT_NEAR(r.busbw.value(), nic, 0.01 * nic);
  const auto best = run_collective(net, call);
  EXPECT_LE(best.busbw.value(), 4 * nic * 1.001) << best.algorithm;
  EXPECT_GE(best.busbw.value(), r.busbw.value() * 0.999);
}

}  // namespace
}  // namespace colossus
