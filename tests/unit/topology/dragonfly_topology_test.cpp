// The dragonfly topology on a fabric small enough to count by hand (test_clusters.h:
// make_dragonfly): 4 groups of 4 switches, 2 nodes per switch, one global link per group pair.
// Links, the switches holding each global link, route lengths under minimal and Valiant routing,
// NIC sharing of a Frontier-like node, the bisection, and the shapes that are refused.
#include "colossus/topology/dragonfly_topology.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "colossus/core/error.h"
#include "colossus/topology/bill_of_materials.h"
#include "test_clusters.h"

namespace colossus {
namespace {

TEST(DragonflyTopology, HandCountedLinksOf4GroupsOf4Switches) {
  // 4 groups x 4 switches = 16 switches; 2 nodes per switch = 32 NIC cables; a group's 4
  // switches all-to-all = C(4,2) = 6 local cables, 24 in all; C(4,2) = 6 group pairs x 1 link = 6
  // global cables (optical: 12 transceivers). Cables in all: 32 + 24 + 6 = 62.
  const DragonflyTopology topo(make_dragonfly(4, 32));
  EXPECT_EQ(topo.nodes_per_group(), 8);
  EXPECT_EQ(topo.nic_links(), 32);
  EXPECT_EQ(topo.local_links(), 24);
  EXPECT_EQ(topo.global_links(), 6);
  const BillOfMaterials bom = bill_of_materials(topo);
  EXPECT_EQ(bom.switches, 16);
  EXPECT_EQ(bom.nics, 32);
  EXPECT_EQ(bom.links, 62);
  EXPECT_EQ(bom.transceivers, 12);
  // Resources: 4 per GPU (128), 32 NIC out + 32 NIC in, 16 switches x 3 local directions (48),
  // 4 x 3 ordered group pairs x 1 global link (12): 252.
  EXPECT_EQ(topo.resource_count(), 252u);
}

TEST(DragonflyTopology, GlobalLinksAreDealtRoundRobinOverTheGroupsSwitches) {
  // Group 0's global port q = (H - 0 - 1) mod 4 for H = 1, 2, 3 is on switch q: 0, 1, 2.
  // Group 1's link to group 0 is its port (0 - 1 - 1) mod 4 = 2: switch 2.
  const DragonflyTopology topo(make_dragonfly(4, 32));
  EXPECT_EQ(topo.global_port_switch(0, 1, 0), 0);
  EXPECT_EQ(topo.global_port_switch(0, 2, 0), 1);
  EXPECT_EQ(topo.global_port_switch(0, 3, 0), 2);
  EXPECT_EQ(topo.global_port_switch(1, 0, 0), 2);
}

TEST(DragonflyTopology, LinkFaultsDegradeOrDetourThroughAnotherGroup) {
  // The one global link from group 0 to group 1 down: node 2 (group 0) reaches node 12 (group 1)
  // only through group 2 or 3 (Valiant's detour: two global links, neither the down one). The
  // link from group 0 to group 2 at half rate keeps 200 Gb/s = 25 GB/s of its 50.
  ClusterSpec spec = make_dragonfly(4, 32);
  spec.fabric.link_faults = {{"group 0 -> group 1 global link 0", 0.0},
                             {"group 0 -> group 2 global link 0", 0.5}};
  const DragonflyTopology topo(spec);
  ASSERT_TRUE(topo.has_faults());
  const Route r = topo.route(2, 12, 0, DragonflyRouting::minimal);
  int globals = 0;
  for (ResourceId id : r.resources()) {
    EXPECT_GT(topo.fault_fraction(id), 0.0) << topo.resource_name(id);
    if (topo.resource(id).kind == ResourceKind::global_link) ++globals;
  }
  EXPECT_EQ(globals, 2);
  for (ResourceId id = 0; id < static_cast<ResourceId>(topo.resource_count()); ++id) {
    if (topo.resource_name(id) == "group 0 -> group 2 global link 0") {
      EXPECT_DOUBLE_EQ(topo.resource(id).capacity.value(), 25e9);
    }
  }
  // Two groups joined by one link, that link down: no route is left, one clear error.
  ClusterSpec cut = make_dragonfly(2, 16);
  cut.fabric.link_faults = {{"group 0 -> group 1 global link 0", 0.0}};
  const DragonflyTopology split(cut);
  EXPECT_THROW((void)split.route(0, 8, 0, DragonflyRouting::minimal), InputError);
}

TEST(DragonflyTopology, MinimalRoutesCrossAtMostThreeSwitchLinks) {
  const DragonflyTopology topo(make_dragonfly(4, 32));
  // Node 2 (group 0, switch 1) to node 12 (group 1, switch 2): local 1 -> 0 (switch 0 holds the
  // link to group 1), the global link, and it lands on group 1's switch 2, the destination:
  // 2 switch links, 3 switches, 2 NICs.
  const Route a = topo.route(2, 12, 0, DragonflyRouting::minimal);
  EXPECT_EQ(topo.switch_hops(a), 2);
  EXPECT_EQ(a.count, 4);
  EXPECT_NEAR(a.latency.value(), 2e-6 + 3 * 100e-9, 1e-12);
  // Node 2 to node 8 (group 1, switch 0): one more local link, 2 -> 0 in group 1: 3.
  EXPECT_EQ(topo.switch_hops(topo.route(2, 8, 0, DragonflyRouting::minimal)), 3);
  // Nodes 0 and 1 share switch 0: no switch link. Node 0 to node 2: one local link.
  EXPECT_EQ(topo.switch_hops(topo.route(0, 1, 0, DragonflyRouting::minimal)), 0);
  EXPECT_EQ(topo.switch_hops(topo.route(0, 2, 0, DragonflyRouting::minimal)), 1);
  int longest = 0;
  for (GpuId s = 0; s < 32; ++s) {
    for (GpuId d = 0; d < 32; ++d) {
      longest = std::max(longest, topo.switch_hops(topo.route(s, d, 7, DragonflyRouting::minimal)));
    }
  }
  EXPECT_EQ(longest, 3);
}

TEST(DragonflyTopology, ValiantRoutesCrossAtMostFiveSwitchLinksThroughAnotherGroup) {
  const DragonflyTopology topo(make_dragonfly(4, 32));
  int longest = 0;
  std::set<std::string> middles;
  for (GpuId s = 0; s < 32; ++s) {
    for (GpuId d = 0; d < 32; ++d) {
      for (std::uint64_t h = 0; h < 8; ++h) {
        const Route r = topo.route(s, d, h, DragonflyRouting::valiant);
        longest = std::max(longest, topo.switch_hops(r));
        if (s / 8 == d / 8) {
          // Inside a group Valiant is minimal.
          const Route m = topo.route(s, d, h, DragonflyRouting::minimal);
          EXPECT_EQ(r.count, m.count);
        } else if (s == 2 && d == 12) {
          // Two global links, the first into group 2 or 3 (never 0 -> 1 directly).
          int globals = 0;
          for (ResourceId id : r.resources()) {
            if (topo.resource(id).kind != ResourceKind::global_link) continue;
            ++globals;
            const std::string name = topo.resource_name(id);
            if (name.rfind("group 0 ->", 0) == 0) middles.insert(name.substr(0, 18));
          }
          EXPECT_EQ(globals, 2);
        }
      }
    }
  }
  EXPECT_EQ(longest, 5);
  EXPECT_EQ(middles, (std::set<std::string>{"group 0 -> group 2", "group 0 -> group 3"}));
}

TEST(DragonflyTopology, GcdsShareTheirNodesNics) {
  // Frontier-like nodes: 8 GPUs (GCDs) and 4 NICs, so GCDs 2i and 2i + 1 share NIC i, on switch
  // i of the chassis. 4 switches per group and 2 endpoint ports: 2 nodes per group.
  ClusterSpec spec = make_dragonfly(4, 64);
  spec.pools[0].server.gpus = 8;
  spec.pools[0].server.nics = 4;
  const DragonflyTopology topo(std::move(spec));
  EXPECT_EQ(topo.nodes_per_group(), 2);
  EXPECT_EQ(topo.switch_of_nic(0, 3), 3);
  EXPECT_EQ(topo.switch_of_nic(2, 0), 4);  // node 2 starts group 1
  for (GpuId g = 0; g < 8; ++g) {
    const Route r = topo.route(g, 8 + g, 11, DragonflyRouting::minimal);
    EXPECT_EQ(topo.resource_name(r.hops[0]), fmt::format("node 0 nic {} out", g / 2));
  }
  // A NIC is one 400 Gb/s link; the GCD's own nic_out names its share (one NIC).
  EXPECT_DOUBLE_EQ(
      topo.resource(topo.route(0, 8, 0, DragonflyRouting::minimal).hops[0]).capacity.value(), 50e9);
  EXPECT_EQ(bill_of_materials(topo).nics, 32);
}

TEST(DragonflyTopology, BisectionIsTheGlobalLinksBetweenHalvesOfTheGroups) {
  // 2 x 2 group pairs x 1 link x 400 Gb/s = 1.6 Tb/s, under the 16 NICs x 400 Gb/s of a half.
  const DragonflyTopology topo(make_dragonfly(4, 32));
  EXPECT_DOUBLE_EQ(topo.bisection_bandwidth().value(), 1.6e12);
}

TEST(DragonflyTopology, RefusesMoreGroupsThanGlobalPortsAndTooManyNodes) {
  // 6 groups need 5 global links each; 4 switches x 1 global port = 4.
  EXPECT_THROW(DragonflyTopology(make_dragonfly(6, 32)), InputError);
  // 4 groups hold 32 nodes.
  EXPECT_THROW(DragonflyTopology(make_dragonfly(4, 34)), InputError);
  // A chassis of 3 NICs does not divide 4 switches.
  ClusterSpec spec = make_dragonfly(4, 6);
  spec.pools[0].server.gpus = 3;
  spec.pools[0].server.nics = 3;
  spec.pools[0].gpu_count = 6;
  EXPECT_THROW(DragonflyTopology(std::move(spec)), InputError);
}

}  // namespace
}  // namespace colossus
