// Every cluster preset under presets/clusters/ builds into a topology whose routes are well
// formed: a sample of random pairs, ECMP and adaptive, gives 2 + 2 x meeting-tier hops, all ids
// in range, up links then down links of the tiers below the meeting tier, and the GPU count
// the preset's pools add up to. (The exact inventories are the describe scenario tests.)
#include <gtest/gtest.h>

#include "colossus/core/random.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/topology/bill_of_materials.h"
#include "colossus/topology/dragonfly_topology.h"
#include "colossus/topology/topology.h"

namespace colossus {
namespace {

TEST(TopologyPresets, EveryClusterPresetRoutes) {
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const auto names = catalog.names(kClusterPresets);
  ASSERT_FALSE(names.empty());
  for (const std::string& name : names) {
    SCOPED_TRACE(name);
    const std::unique_ptr<const Topology> topo_built = make_topology(load_cluster(name, catalog));
    const Topology& topo = *topo_built;
    EXPECT_EQ(topo.gpu_count(), topo.spec().gpu_count());
    Random rng(7);
    const auto n = static_cast<std::uint64_t>(topo.gpu_count());
    for (int i = 0; i < 2000; ++i) {
      const auto a = static_cast<GpuId>(rng.below(n));
      const auto b = static_cast<GpuId>(rng.below(n));
      if (a == b) continue;
      const int m = topo.meeting_tier(a, b);
      if (topo.kind() != "torus") ASSERT_LT(m, topo.tier_count());
      for (Routing routing : {Routing::ecmp, Routing::adaptive}) {
        const Route r = topo.route(a, b, rng.next(), routing);
        if (topo.kind() == "torus") {
          // A torus route: one direct link per hop, at most half of each wrapping dimension
          // (the whole of a mesh's) per dimension.
          ASSERT_GE(r.count, 1);
          for (int h = 0; h < r.count; ++h) {
            ASSERT_EQ(topo.resource(r.hops[h]).kind, ResourceKind::direct_link);
          }
          continue;
        }
        if (topo.kind() == "dragonfly") {
          // Two NICs and at most 5 switch-to-switch links (Valiant), or NVLink inside a node.
          ASSERT_GE(r.count, 2);
          ASSERT_LE(r.count, 7);
          for (int h = 0; h < r.count; ++h) {
            ASSERT_LT(static_cast<std::size_t>(r.hops[h]), topo.resource_count());
          }
          continue;
        }
        // Inside a full-mesh server a flow crosses its pair's one link; through NVSwitches, the
        // GPU's port out and the peer's port in.
        const int inside = topo.server_spec(a).full_mesh ? 1 : 2;
        ASSERT_EQ(r.count, m < 0 ? inside : 2 + 2 * m);
        for (int h = 0; h < r.count; ++h) {
          ASSERT_GE(r.hops[h], 0);
          ASSERT_LT(static_cast<std::size_t>(r.hops[h]), topo.resource_count());
        }
        for (int h = 1; h + 1 < r.count; ++h) {
          const Resource res = topo.resource(r.hops[h]);
          const bool up = h <= m;
          ASSERT_EQ(res.kind, up ? ResourceKind::switch_up : ResourceKind::switch_down);
          ASSERT_EQ(res.tier, up ? h - 1 : r.count - 2 - h);
          ASSERT_GT(res.capacity.value(), 0);
        }
      }
    }
  }
}

TEST(TopologyPresets, FrontierCountsAreThePublishedOnes) {
  // Published (frontier.yaml's sources): 9,408 nodes, 37,632 MI250X (75,264 GCDs), 4 NICs per
  // node = 37,632 NICs, 74 groups of 32 switches = 2,368 switches; by hand: 74 x C(32,2) = 36,704
  // local links, C(74,2) x 4 = 10,804 global links.
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const auto topo_built = make_topology(load_cluster("frontier", catalog));
  const auto& topo = dynamic_cast<const DragonflyTopology&>(*topo_built);
  const BillOfMaterials bom = bill_of_materials(topo);
  EXPECT_EQ(bom.servers, 9408);
  EXPECT_EQ(bom.gpus, 75264);
  EXPECT_EQ(bom.gpus / topo.spec().pools[0].server.gpu.gcds, 37632);
  EXPECT_EQ(bom.nics, 37632);
  EXPECT_EQ(bom.switches, 2368);
  EXPECT_EQ(topo.local_links(), 36704);
  EXPECT_EQ(topo.global_links(), 10804);
  EXPECT_EQ(topo.nodes_per_group(), 128);
}

}  // namespace
}  // namespace colossus
