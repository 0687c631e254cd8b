// Unit tests of the Clos topology: hand-counted small fat trees (switches, links, blocks),
// rail-optimized and ToR leaves, routes (hops, resources, ECMP planes, adaptive bundles),
// meeting tiers, latencies and the not-enough-tiers error.
#include "colossus/topology/clos_topology.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "colossus/core/error.h"
#include "test_clusters.h"

namespace colossus {
namespace {

ResourceId nic_out(const Topology& topo, GpuId g) {
  return static_cast<ResourceId>(2 * topo.gpu_count() + g);
}
ResourceId nic_in(const Topology& topo, GpuId g) {
  return static_cast<ResourceId>(3 * topo.gpu_count() + g);
}

// Two tiers of radix-8 switches at full bisection, 2 GPUs per server, 32 GPUs:
// a leaf splits its 8 ports 4 down / 4 up (radix * o / (1 + o) = 4), so 32 NICs need 32 / 4 = 8
// leaves; the spine tier takes all 8 ports down, one per leaf, and each leaf's 4 uplinks go to
// 4 different spines (uplink j to spine j): 4 spines of 8 down ports. Cables: 32 NIC-leaf,
// 8 leaves x 4 = 32 leaf-spine. This is the k = 8 two-tier fat tree: k^2 / 2 = 32 hosts.
TEST(ClosTopology, TwoTierFullBisectionCounts) {
  ClosTopology topo(make_cluster(32, 2, {{8}, {8}}, false));
  EXPECT_EQ(topo.gpu_count(), 32);
  EXPECT_EQ(topo.server_count(), 16);
  ASSERT_EQ(topo.tiers().size(), 2u);
  const TierShape& leaf = topo.tiers()[0];
  EXPECT_EQ(leaf.switches, 8);
  EXPECT_EQ(leaf.down_ports, 4);
  EXPECT_EQ(leaf.up_ports, 4);
  EXPECT_EQ(leaf.links_down, 32);
  const TierShape& spine = topo.tiers()[1];
  EXPECT_EQ(spine.switches, 4);
  EXPECT_EQ(spine.down_ports, 8);
  EXPECT_EQ(spine.up_ports, 0);
  EXPECT_EQ(spine.links_down, 32);
  // Resources: 4 per GPU (NVLink out/in, NIC out/in) = 128; 32 up + 32 down links; one up and
  // one down bundle per leaf = 16. Total 208.
  EXPECT_EQ(topo.resource_count(), 208u);
  EXPECT_EQ(topo.path_count(1), 4);
  EXPECT_EQ(topo.gpus_per_block(0), 4);
}

// The same switches with leaves at 3:1 oversubscription: radix 8 splits 6 down / 2 up
// (6 + round(6 / 3) = 8). 48 GPUs fill 8 leaves (the spine's 8 ports), each with 2 uplinks:
// 2 spines of 8 down ports, 16 leaf-spine cables.
TEST(ClosTopology, TwoTierOversubscribedCounts) {
  ClosTopology topo(make_cluster(48, 2, {{8, 3.0}, {8}}, false));
  EXPECT_EQ(topo.tiers()[0].switches, 8);
  EXPECT_EQ(topo.tiers()[0].down_ports, 6);
  EXPECT_EQ(topo.tiers()[0].up_ports, 2);
  EXPECT_EQ(topo.tiers()[1].switches, 2);
  EXPECT_EQ(topo.tiers()[1].links_down, 16);
  EXPECT_EQ(topo.path_count(1), 2);
  // An up bundle of a leaf is its 2 uplinks: 2 x 400 Gb/s = 100 GB/s.
  const Route r = topo.route(0, 47, 0, Routing::adaptive);
  ASSERT_EQ(r.count, 4);
  const Resource up = topo.resource(r.hops[1]);
  EXPECT_EQ(up.kind, ResourceKind::switch_up);
  EXPECT_EQ(up.links, 2);
  EXPECT_DOUBLE_EQ(up.capacity.value(), 100e9);
}

// With parallel top links (16 GPUs, 4 leaves, 2 links per spine-leaf pair) a route takes one
// of the 4 leaf uplinks j to spine j / 2, and that spine hashes again to pick one of its 2
// links j' into the destination leaf (j' / 2 == j / 2). Ids: 16 GPUs x 4 = 64 GPU resources,
// then up links leaf x 4 + j, then the 16 down links: leaf 3's link j' is 64 + 16 + 12 + j'.
// Over 256 hashes all 4 x 2 (j, j') combinations appear.
TEST(ClosTopology, ParallelTopLinksRehashAtTheTop) {
  ClosTopology topo(make_cluster(16, 2, {{8}, {8}}, false));
  std::set<std::pair<int, int>> seen;
  for (std::uint64_t h = 0; h < 256; ++h) {
    const Route r = topo.route(0, 15, h, Routing::ecmp);
    ASSERT_EQ(r.count, 4);
    const int j = r.hops[1] - 64;
    const int j_down = r.hops[2] - 92;
    ASSERT_GE(j, 0);
    ASSERT_LT(j, 4);
    ASSERT_GE(j_down, 0);
    ASSERT_LT(j_down, 4);
    EXPECT_EQ(j_down / 2, j / 2);
    seen.insert({j, j_down});
  }
  EXPECT_EQ(seen.size(), 8u);
}

// A single switch: every NIC on it, routes NIC to NIC through it.
TEST(ClosTopology, SingleSwitch) {
  ClosTopology topo(make_cluster(8, 2, {{8}}, true));
  EXPECT_FALSE(topo.rail_optimized());
  ASSERT_EQ(topo.tiers().size(), 1u);
  EXPECT_EQ(topo.tiers()[0].switches, 1);
  EXPECT_EQ(topo.tiers()[0].links_down, 8);
  EXPECT_EQ(topo.meeting_tier(0, 7), 0);
  const Route r = topo.route(0, 7, 3);
  ASSERT_EQ(r.count, 2);
  EXPECT_NEAR(r.latency.value(), 2.1e-6, 1e-15);  // 2 NICs + one 100 ns switch
  EXPECT_EQ(topo.resource_count(), 32u);          // 4 per GPU, no switch links
}

// Resource names say what and where, for reports of hot links.
TEST(ClosTopology, ResourceNames) {
  ClosTopology topo(make_cluster(32, 2, {{8}, {8}}, false));
  EXPECT_EQ(topo.resource_name(5), "gpu 5 nvlink_out");
  EXPECT_EQ(topo.resource_name(32 + 5), "gpu 5 nvlink_in");
  EXPECT_EQ(topo.resource_name(64 + 5), "gpu 5 nic_out");
  EXPECT_EQ(topo.resource_name(96 + 5), "gpu 5 nic_in");
  // Ids 128.. are the 32 up links (leaf x 4 + j), then 32 down links, then the bundles.
  EXPECT_EQ(topo.resource_name(128 + 4 * 3 + 2), "leaf block 3 switch 0 uplink 2 up (spine)");
  EXPECT_EQ(topo.resource_name(160 + 4 * 7 + 1), "leaf block 7 switch 0 uplink 1 down (spine)");
  EXPECT_EQ(topo.resource_name(192 + 2), "leaf block 2 up bundle (4 links to spine)");
  EXPECT_EQ(topo.resource_name(200 + 6), "leaf block 6 down bundle (4 links to spine)");
}

// Fewer leaves than the top tier's ports: 16 GPUs on radix-8 leaves (4 down) are 4 leaves; the
// top tier then connects each spine to each leaf with floor(8 / 4) = 2 parallel links, so the
// 4 uplinks of a leaf need ceil(4 / 2) = 2 spines (not 4 half-empty ones).
TEST(ClosTopology, TopTierUsesParallelLinks) {
  ClosTopology topo(make_cluster(16, 2, {{8}, {8}}, false));
  EXPECT_EQ(topo.tiers()[0].switches, 4);
  EXPECT_EQ(topo.tiers()[1].switches, 2);
  EXPECT_EQ(topo.tiers()[1].down_ports, 8);
  EXPECT_EQ(topo.tiers()[1].links_down, 16);
  // Still 4 equal-cost paths between leaves: one per leaf uplink.
  EXPECT_EQ(topo.path_count(1), 4);
}

// Partly filled: 20 GPUs need ceil(20 / 4) = 5 leaves; 8 / 5 = 1 link per spine-leaf pair, so
// 4 spines with 5 of their 8 ports used.
TEST(ClosTopology, LastBlockPartlyFilled) {
  ClosTopology topo(make_cluster(20, 2, {{8}, {8}}, false));
  EXPECT_EQ(topo.tiers()[0].switches, 5);
  EXPECT_EQ(topo.tiers()[1].switches, 4);
  EXPECT_EQ(topo.tiers()[1].down_ports, 5);
  EXPECT_EQ(topo.tiers()[1].links_down, 20);
}

// Three tiers of radix 8 at full bisection: the k = 8 fat tree of Al-Fares et al. (k^3 / 4 =
// 128 hosts): 32 leaves (4 NICs each), pods of 4 leaves + 4 spines (16 GPUs), 8 pods = 32
// spines, and 16 cores (each pod has 4 spines x 4 up = 16 uplinks, uplink j to core j; a core
// has one link to each of the 8 pods). Cables: 128 NIC, 128 leaf-spine, 128 spine-core.
TEST(ClosTopology, ThreeTierCounts) {
  ClosTopology topo(make_cluster(128, 2, {{8}, {8}, {8}}, false));
  ASSERT_EQ(topo.tiers().size(), 3u);
  EXPECT_EQ(topo.tiers()[0].switches, 32);
  EXPECT_EQ(topo.tiers()[1].switches, 32);
  EXPECT_EQ(topo.tiers()[1].down_ports, 4);
  EXPECT_EQ(topo.tiers()[1].up_ports, 4);
  EXPECT_EQ(topo.tiers()[2].switches, 16);
  EXPECT_EQ(topo.tiers()[2].down_ports, 8);
  for (const TierShape& t : topo.tiers()) EXPECT_EQ(t.links_down, 128);
  EXPECT_EQ(topo.gpus_per_block(1), 16);
  EXPECT_EQ(topo.path_count(1), 4);   // 4 spines in a pod
  EXPECT_EQ(topo.path_count(2), 16);  // 16 cores

  // GPU 0 (leaf 0, pod 0) to GPU 127 (leaf 31, pod 7) meets at the core: NIC, leaf-spine,
  // spine-core up, core-spine, spine-leaf down, NIC: 6 hops. Latency: 2 NICs (2 us) + leaf and
  // spine twice (2 x 100 + 2 x 200 ns) + core once (300 ns) = 2.9 us.
  EXPECT_EQ(topo.meeting_tier(0, 127), 2);
  const Route r = topo.route(0, 127, 42, Routing::ecmp);
  ASSERT_EQ(r.count, 6);
  EXPECT_EQ(r.hops[0], nic_out(topo, 0));
  EXPECT_EQ(r.hops[5], nic_in(topo, 127));
  const ResourceKind kinds[] = {ResourceKind::nic_out,     ResourceKind::switch_up,
                                ResourceKind::switch_up,   ResourceKind::switch_down,
                                ResourceKind::switch_down, ResourceKind::nic_in};
  const int tiers[] = {-1, 0, 1, 1, 0, -1};
  for (int i = 0; i < 6; ++i) {
    const Resource res = topo.resource(r.hops[i]);
    EXPECT_EQ(res.kind, kinds[i]) << i;
    EXPECT_EQ(res.tier, tiers[i]) << i;
    EXPECT_EQ(res.links, 1);
    EXPECT_DOUBLE_EQ(res.capacity.value(), 50e9);  // 400 Gb/s
  }
  EXPECT_NEAR(r.latency.value(), 2.9e-6, 1e-15);

  // Inside a pod (GPU 0 and GPU 15 are leaves 0 and 3 of pod 0): 4 hops, 2 us + 2 x 100 +
  // 200 ns = 2.4 us. On the same leaf (GPUs 0 and 3, different servers): 2 hops, 2.1 us.
  EXPECT_EQ(topo.meeting_tier(0, 15), 1);
  EXPECT_EQ(topo.route(0, 15, 1).count, 4);
  EXPECT_NEAR(topo.route(0, 15, 1).latency.value(), 2.4e-6, 1e-15);
  EXPECT_EQ(topo.meeting_tier(0, 3), 0);
  const Route leaf = topo.route(0, 3, 1);
  ASSERT_EQ(leaf.count, 2);
  EXPECT_EQ(leaf.hops[0], nic_out(topo, 0));
  EXPECT_EQ(leaf.hops[1], nic_in(topo, 3));
  EXPECT_NEAR(leaf.latency.value(), 2.1e-6, 1e-15);
}

// ECMP: one hash is one path, stable; over many hashes every plane (core) is used, about
// evenly (multinomial: 1,600 flows over 16 cores, 100 each, sd ~10; the bounds are 6 sd), and
// the way down mirrors the way up (same uplink index in the destination's blocks).
TEST(ClosTopology, EcmpSpreadsOverPlanes) {
  ClosTopology topo(make_cluster(128, 2, {{8}, {8}, {8}}, false));
  std::map<ResourceId, int> spine_core;
  for (std::uint64_t h = 0; h < 1600; ++h) {
    const Route r = topo.route(0, 127, h, Routing::ecmp);
    ASSERT_EQ(r.count, 6);
    const Route again = topo.route(0, 127, h, Routing::ecmp);
    for (int i = 0; i < 6; ++i) EXPECT_EQ(r.hops[i], again.hops[i]);
    ++spine_core[r.hops[2]];
    // Link ids are (block x uplinks per block + j) past the boundary's first up (or down)
    // link, and the down links start right after all up links. Spine-core: 8 pods x 16 = 128
    // up links, so pod 7's down link with the same j is 128 + 7 x 16 = 240 ids further.
    // Leaf-spine: 32 leaves x 4 = 128 up links; leaf 31's: 128 + 31 x 4 = 252 further.
    EXPECT_EQ(r.hops[3] - r.hops[2], 240);
    EXPECT_EQ(r.hops[4] - r.hops[1], 252);
  }
  EXPECT_EQ(spine_core.size(), 16u);
  for (const auto& [id, n] : spine_core) {
    EXPECT_GT(n, 40) << topo.resource_name(id);
    EXPECT_LT(n, 160) << topo.resource_name(id);
  }
}

// Adaptive routing crosses bundles: leaf 0's 4 uplinks (200 GB/s), pod 0's 16 uplinks to the
// cores (800 GB/s), then pod 7's 16 downlinks and leaf 31's 4 downlinks; the hash is ignored.
TEST(ClosTopology, AdaptiveRoutesCrossBundles) {
  ClosTopology topo(make_cluster(128, 2, {{8}, {8}, {8}}, false));
  const Route r = topo.route(0, 127, 1, Routing::adaptive);
  const Route other = topo.route(0, 127, 99, Routing::adaptive);
  ASSERT_EQ(r.count, 6);
  const int links[] = {1, 4, 16, 16, 4, 1};
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(r.hops[i], other.hops[i]);
    const Resource res = topo.resource(r.hops[i]);
    EXPECT_EQ(res.links, links[i]) << i;
    EXPECT_DOUBLE_EQ(res.capacity.value(), 50e9 * links[i]) << i;
  }
  // Another source in the same pod shares the pod's bundle but not the leaf's.
  const Route r2 = topo.route(4, 127, 1, Routing::adaptive);
  EXPECT_NE(r2.hops[1], r.hops[1]);
  EXPECT_EQ(r2.hops[2], r.hops[2]);
  // Distinct ids for distinct bundles: down bundle of pod 7 is not pod 0's up bundle.
  EXPECT_NE(r.hops[2], r.hops[3]);
}

// Rail-optimized leaves serve NIC r of d0 = 4 consecutive servers (leaf = group * 4 + r), ToR
// leaves serve 4 consecutive NICs. 4 GPUs per server, 64 GPUs, radix-8 leaves (4 down), a
// radix-16 spine tier.
TEST(ClosTopology, RailOptimizedVersusTor) {
  ClosTopology rail(make_cluster(64, 4, {{8}, {16}}, true));
  ClosTopology tor(make_cluster(64, 4, {{8}, {16}}, false));
  // Both have 64 / 4 = 16 leaves (rail: 16 servers / 4 = 4 groups x 4 rails) and 4 spines
  // (4 uplinks per leaf, one link per spine-leaf pair: 16 / 16 = 1).
  EXPECT_EQ(rail.tiers()[0].switches, 16);
  EXPECT_EQ(tor.tiers()[0].switches, 16);
  EXPECT_EQ(rail.tiers()[1].switches, 4);
  // GPU 22 = server 5, local 2: rail group 5 / 4 = 1, leaf 1 * 4 + 2 = 6; ToR leaf 22 / 4 = 5.
  EXPECT_EQ(rail.leaf_of(22), 6);
  EXPECT_EQ(tor.leaf_of(22), 5);
  // GPU 0 and GPU 4 (servers 0 and 1, both local 0) share a rail leaf, not a ToR.
  EXPECT_EQ(rail.meeting_tier(0, 4), 0);
  EXPECT_EQ(tor.meeting_tier(0, 4), 1);
  // GPU 0 and GPU 5 (servers 0 and 1, rails 0 and 1) meet at the spines when rail-optimized.
  EXPECT_EQ(rail.meeting_tier(0, 5), 1);
  // The same server is NVLink for both.
  EXPECT_EQ(rail.meeting_tier(0, 3), -1);
  EXPECT_EQ(tor.meeting_tier(0, 3), -1);
  // Same rail, servers 0 and 4 (groups 0 and 1): leaves 0 and 4, meet at the spine.
  EXPECT_EQ(rail.meeting_tier(0, 16), 1);
}

// Inside a server: NVLink out of the source, into the destination, at 450 GB/s; latency is
// the NVLink latency. The GPU's own NIC is its rail.
TEST(ClosTopology, RoutesInsideServerAndToSelf) {
  ClosTopology topo(make_cluster(32, 2, {{8}, {8}}, false));
  const Route r = topo.route(2, 3, 7);
  ASSERT_EQ(r.count, 2);
  EXPECT_EQ(r.hops[0], 2);
  EXPECT_EQ(r.hops[1], 32 + 3);
  EXPECT_EQ(topo.resource(r.hops[0]).kind, ResourceKind::nvlink_out);
  EXPECT_EQ(topo.resource(r.hops[1]).kind, ResourceKind::nvlink_in);
  EXPECT_DOUBLE_EQ(topo.resource(r.hops[0]).capacity.value(), 450e9);
  EXPECT_DOUBLE_EQ(r.latency.value(), 2e-6);
  EXPECT_EQ(topo.route(5, 5, 0).count, 0);
  EXPECT_THROW(topo.route(0, 32, 0), std::out_of_range);
  EXPECT_THROW(topo.resource(208), std::out_of_range);
}

// 40 GPUs do not fit two tiers of radix 8 (at most 8 leaves x 4 NICs = 32).
TEST(ClosTopology, NotEnoughTiersIsAnInputError) {
  try {
    ClosTopology topo(make_cluster(40, 2, {{8}, {8}}, false));
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(),
                 "test.yaml:12: fabric.tiers: 2 tiers of radix 8, 8 hold at most 32 GPUs, "
                 "the cluster has 40");
  }
  // Rail-optimized with 4 GPUs per server: at most floor(8 leaves / 4 rails) = 2 groups of
  // 4 servers = 32 GPUs too; 36 GPUs do not fit.
  EXPECT_THROW(ClosTopology(make_cluster(36, 4, {{8}, {8}}, true)), InputError);
  EXPECT_NO_THROW(ClosTopology(make_cluster(32, 4, {{8}, {8}}, true)));
  // A single switch holds its radix.
  EXPECT_NO_THROW(ClosTopology(make_cluster(8, 2, {{8}}, true)));
  EXPECT_THROW(ClosTopology(make_cluster(10, 2, {{8}}, false)), InputError);
}

// Ports that do not fit the radix are an input error, not a silent default.
TEST(ClosTopology, PortsOverRadixIsAnInputError) {
  EXPECT_THROW(ClosTopology(make_cluster(16, 2, {{8, 1.0, 6}, {8}}, false)), InputError);
}

// Absurd radixes give more links than resource ids can count: an input error, not an overflow.
// Radix 200,000 splits 100,000 down / 100,000 up; the spine block then has 100,000 switches of
// 100,000 uplinks: 1e10 links > 2^31 ids. The second case would overflow 64 bits unsaturated.
TEST(ClosTopology, TooManyResourcesIsAnInputError) {
  EXPECT_THROW(ClosTopology(make_cluster(16, 2, {{200000}, {200000}, {8}}, false)), InputError);
  EXPECT_THROW(
      ClosTopology(make_cluster(
          16, 2,
          {{2000000000}, {2000000000}, {2000000000}, {2000000000}, {2000000000}, {2000000000}},
          false)),
      InputError);
}

// Routes of a 4,096-GPU three-tier rail-optimized cluster (radix 16, 16, 64: at most 64 x 8
// leaves / 8 rails x 8 servers x 8 GPUs = 4,096) stay in range and mirror:
// each up link has a down link of the same tier, and the count is 2 + 2 x meeting tier.
TEST(ClosTopology, RoutesAreWellFormed) {
  ClosTopology topo(make_cluster(4096, 8, {{16}, {16}, {64}}, true));
  for (GpuId a = 0; a < 4096; a += 37) {
    for (GpuId b = 0; b < 4096; b += 53) {
      const int m = topo.meeting_tier(a, b);
      for (Routing routing : {Routing::ecmp, Routing::adaptive}) {
        const Route r = topo.route(a, b, static_cast<std::uint64_t>(a * 7919 + b), routing);
        if (a == b) continue;
        ASSERT_EQ(r.count, m < 0 ? 2 : 2 + 2 * m);
        for (int i = 0; i < r.count; ++i) {
          ASSERT_GE(r.hops[i], 0);
          ASSERT_LT(static_cast<std::size_t>(r.hops[i]), topo.resource_count());
        }
        for (int i = 1; i + 1 < r.count; ++i) {
          const Resource res = topo.resource(r.hops[i]);
          const bool up = i <= m;
          EXPECT_EQ(res.kind, up ? ResourceKind::switch_up : ResourceKind::switch_down);
          EXPECT_EQ(res.tier, up ? i - 1 : r.count - 2 - i);
        }
      }
    }
  }
}

// Every cluster spec of today is a Clos: the factory builds a ClosTopology, the same graph as
// building it directly (same resources, same routes).
TEST(ClosTopology, FactoryBuildsTheClosOfASpec) {
  const ClusterSpec spec = make_cluster(32, 2, {{8}, {8}}, false);
  const std::unique_ptr<const Topology> built = make_topology(spec);
  const ClosTopology direct(spec);
  ASSERT_NE(dynamic_cast<const ClosTopology*>(built.get()), nullptr);
  EXPECT_EQ(built->resource_count(), direct.resource_count());
  const Route a = built->route(0, 31, 7);
  const Route b = direct.route(0, 31, 7);
  EXPECT_TRUE(std::equal(a.resources().begin(), a.resources().end(), b.resources().begin(),
                         b.resources().end()));
}

}  // namespace
}  // namespace colossus
