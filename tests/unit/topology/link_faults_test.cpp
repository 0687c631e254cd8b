// Degraded and down links (fabric.link_faults) on small fabrics worked out by hand: the capacity
// a degraded link and the bundle holding it keep, ECMP routes moving off a down uplink onto the
// surviving planes (and only the flows that crossed it), torus routes taking another dimension
// order or the longer way round a ring, and the bad inputs: an unknown link name, a GPU's own
// port down, a link named twice, a fabric with no path left, a mesh too long for a Route.
#include <gtest/gtest.h>

#include <set>

#include "colossus/core/error.h"
#include "colossus/topology/clos_topology.h"
#include "colossus/topology/torus_topology.h"
#include "test_clusters.h"

namespace colossus {
namespace {

// The id of the resource with this name (the test's own lookup, not the topology's).
ResourceId named(const Topology& topo, const std::string& name) {
  for (ResourceId id = 0; id < static_cast<ResourceId>(topo.resource_count()); ++id) {
    if (topo.resource_name(id) == name) return id;
  }
  ADD_FAILURE() << "no resource " << name;
  return -1;
}

// 32 GPUs, 2 per server, radix-8 leaves and spines at full bisection (clos_topology_test's
// k = 8 fat tree): 8 leaves of 4 GPUs, each with 4 uplinks of 400 Gb/s (50 GB/s), one to each
// of 4 spines. Leaf 0 holds GPUs 0-3, leaf 7 GPUs 28-31.
ClusterSpec fat_tree(Routing routing, std::vector<LinkFault> faults) {
  ClusterSpec spec = make_cluster(32, 2, {{8}, {8}}, false);
  spec.fabric.routing = routing;
  spec.fabric.link_faults = std::move(faults);
  return spec;
}

constexpr const char* kUp1 = "leaf block 0 switch 0 uplink 1 up (spine)";
constexpr const char* kUp2 = "leaf block 0 switch 0 uplink 2 up (spine)";

TEST(LinkFaults, DegradedLinkAndItsBundleKeepWhatIsLeft) {
  // Uplink 1 of leaf 0 down, uplink 2 at half rate: 0 and 25 GB/s. Sprayed, leaf 0's up bundle
  // is its 4 links: 4 x 50 = 200 GB/s healthy, (4 - 1 - 0.5) x 50 = 125 GB/s with the faults.
  const ClosTopology healthy(fat_tree(Routing::adaptive, {}));
  const ClosTopology topo(fat_tree(Routing::adaptive, {{kUp1, 0.0}, {kUp2, 0.5}}));
  EXPECT_FALSE(healthy.has_faults());
  ASSERT_TRUE(topo.has_faults());
  EXPECT_EQ(topo.faults().size(), 2u);
  EXPECT_DOUBLE_EQ(topo.resource(named(topo, kUp1)).capacity.value(), 0.0);
  EXPECT_DOUBLE_EQ(topo.resource(named(topo, kUp2)).capacity.value(), 25e9);
  EXPECT_DOUBLE_EQ(topo.fault_fraction(named(topo, kUp2)), 0.5);
  // The sprayed route 0 -> 31 crosses leaf 0's up bundle first after the NIC.
  const Route r = topo.route(0, 31, 0);
  ASSERT_EQ(r.count, 4);
  EXPECT_DOUBLE_EQ(healthy.resource(r.hops[1]).capacity.value(), 200e9);
  EXPECT_DOUBLE_EQ(topo.resource(r.hops[1]).capacity.value(), 125e9);
  // Leaf 7's bundle is untouched.
  EXPECT_DOUBLE_EQ(topo.resource(r.hops[2]).capacity.value(), 200e9);
}

TEST(LinkFaults, EcmpMovesOnlyTheFlowsThatCrossedTheDownLink) {
  // ECMP over the 4 planes of leaf 0: with uplink 1 down, no route from GPU 0 to leaf 7 uses
  // it; a flow that did not cross it keeps its path; the moved flows land on planes 0, 2, 3.
  const ClosTopology healthy(fat_tree(Routing::ecmp, {}));
  const ClosTopology topo(fat_tree(Routing::ecmp, {{kUp1, 0.0}}));
  const ResourceId down = named(topo, kUp1);
  std::set<ResourceId> planes;
  int moved = 0;
  for (std::uint64_t hash = 0; hash < 400; ++hash) {
    const Route before = healthy.route(0, 31, hash);
    const Route after = topo.route(0, 31, hash);
    ASSERT_EQ(after.count, 4);
    EXPECT_NE(after.hops[1], down);
    planes.insert(after.hops[1]);
    if (before.hops[1] == down) {
      ++moved;
    } else {
      EXPECT_TRUE(
          std::equal(before.hops.begin(), before.hops.begin() + before.count, after.hops.begin()));
    }
  }
  EXPECT_EQ(planes.size(), 3u);
  // About a quarter of 400 hashes crossed uplink 1 (binomial: 100 +- 9).
  EXPECT_GT(moved, 60);
  EXPECT_LT(moved, 140);
}

TEST(LinkFaults, EveryUplinkDownLeavesNoRoute) {
  // All 4 uplinks of leaf 0 down: GPU 0 reaches its own leaf (GPU 2) but not leaf 7.
  std::vector<LinkFault> faults;
  for (int j = 0; j < 4; ++j) {
    faults.push_back({"leaf block 0 switch 0 uplink " + std::to_string(j) + " up (spine)", 0.0});
  }
  const ClosTopology topo(fat_tree(Routing::ecmp, faults));
  EXPECT_EQ(topo.route(0, 2, 7).count, 2);
  EXPECT_THROW(topo.route(0, 31, 7), InputError);
  const ClosTopology sprayed(fat_tree(Routing::adaptive, faults));
  EXPECT_THROW(sprayed.route(0, 31, 7), InputError);
}

TEST(LinkFaults, BadFaultsAreInputErrors) {
  // A name no resource has, a GPU's own port down (nothing routes around it), a link twice.
  EXPECT_THROW(ClosTopology(fat_tree(Routing::ecmp, {{"leaf 0 uplink 1", 0.0}})), InputError);
  EXPECT_THROW(ClosTopology(fat_tree(Routing::ecmp, {{"gpu 3 nic_out", 0.0}})), InputError);
  EXPECT_NO_THROW(ClosTopology(fat_tree(Routing::ecmp, {{"gpu 3 nic_out", 0.5}})));
  EXPECT_THROW(ClosTopology(fat_tree(Routing::ecmp, {{kUp1, 0.0}, {kUp1, 0.5}})), InputError);
}

// 16 one-chip servers on a 4 x 4 torus of 800 Gb/s links (or a mesh without wrap).
ClusterSpec torus_4x4(bool wrap, std::vector<LinkFault> faults) {
  ClusterSpec spec = make_cluster(16, 1, {{16}}, false);
  spec.fabric.tiers.clear();
  spec.fabric.kind = "torus";
  spec.fabric.torus.dims = {4, 4};
  spec.fabric.torus.wrap = {wrap, wrap};
  spec.fabric.torus.link_bandwidth = gbit_per_s(800);
  spec.fabric.link_faults = std::move(faults);
  return spec;
}

TEST(LinkFaults, TorusRoutesTakeAnotherOrderOrTheLongWayRound) {
  // Chip 0 (0,0) -> chip 5 (1,1): dimension order crosses 0 x+ (to chip 1), then 1 y+ (to 5).
  // With 0 x+ down, y first: 0 y+ (to chip 4), then 4 x+ (to 5).
  const TorusTopology topo(torus_4x4(true, {{"chip 0 x+ link (ICI)", 0.0}}));
  const Route r = topo.route(0, 5, 0);
  ASSERT_EQ(r.count, 2);
  EXPECT_EQ(r.hops[0], topo.link(0, 1, 0));
  EXPECT_EQ(r.hops[1], topo.link(4, 0, 0));
  // Chip 0 -> chip 1 (one x hop): with 0 x+ down, no other order helps; the ring goes the
  // other way: 0 -> 3 -> 2 -> 1 over x- links (3 hops).
  const Route around = topo.route(0, 1, 0);
  ASSERT_EQ(around.count, 3);
  EXPECT_EQ(around.hops[0], topo.link(0, 0, 1));
  EXPECT_EQ(around.hops[1], topo.link(3, 0, 1));
  EXPECT_EQ(around.hops[2], topo.link(2, 0, 1));
  // In a mesh there is no other way round a line: chip 0 -> chip 1 has no route.
  const TorusTopology mesh(torus_4x4(false, {{"chip 0 x+ link (ICI)", 0.0}}));
  EXPECT_EQ(mesh.route(0, 5, 0).count, 2);
  EXPECT_THROW(mesh.route(0, 1, 0), InputError);
}

TEST(LinkFaults, MeshTooLongForARouteIsAnInputError) {
  // A 60 x 60 mesh: the longest route crosses 59 + 59 = 118 links, over Route::kMaxHops (112);
  // 50 x 60 (Dojo's ExaPOD) needs 108 and is built.
  ClusterSpec spec = torus_4x4(false, {});
  spec.pools[0].gpu_count = 3600;
  spec.fabric.torus.dims = {60, 60};
  EXPECT_THROW(TorusTopology{spec}, InputError);
  spec.pools[0].gpu_count = 3000;
  spec.fabric.torus.dims = {50, 60};
  EXPECT_NO_THROW(TorusTopology{spec});
}

}  // namespace
}  // namespace colossus
