// Unit tests of the torus/mesh topology: dimension-order routes worked out by hand on a small
// 3-D torus (the shorter way round each ring, x then y then z), a mesh that cannot wrap, the link
// inventory and bisection of a 4 x 4 torus with blocks, and the dimension error.
#include "colossus/topology/torus_topology.h"

#include <gtest/gtest.h>

#include <vector>

#include "colossus/core/error.h"
#include "colossus/topology/bill_of_materials.h"
#include "test_clusters.h"

namespace colossus {
namespace {

// A torus (or mesh) of `dims` one-chip servers, links of 800 Gb/s and 100 ns per hop.
ClusterSpec torus_cluster(std::vector<int> dims, std::vector<bool> wrap,
                          std::vector<int> block = {}) {
  std::int64_t chips = 1;
  for (int k : dims) chips *= k;
  ClusterSpec spec = make_cluster(chips, 1, {}, false);
  spec.fabric.kind = "torus";
  spec.fabric.torus.dims = std::move(dims);
  spec.fabric.torus.wrap = std::move(wrap);
  spec.fabric.torus.link_bandwidth = gbit_per_s(800);
  spec.fabric.torus.hop_latency = nanoseconds(100);
  spec.fabric.torus.block = std::move(block);
  return spec;
}

TEST(TorusTopology, DimensionOrderRoutesOnA3DTorus) {
  // 4 x 3 x 2 with wrap-around: chip id = x + 4 (y + 3 z).
  const TorusTopology t(torus_cluster({4, 3, 2}, {true, true, true}));
  ASSERT_EQ(t.gpu_count(), 24);
  // (0,0,0) -> (3,2,1): x 0 -> 3 is 1 hop backwards over the wrap (not 3 forwards), landing on
  // chip 3; y 0 -> 2 in a ring of 3 is 1 hop backwards, landing on (3,2,0) = chip 11; z 0 -> 1
  // is 1 hop forwards (a tie of 1 and 1 in a ring of 2 goes the positive way).
  const Route r = t.route(0, 3 + 4 * (2 + 3 * 1), 0);
  ASSERT_EQ(r.count, 3);
  EXPECT_EQ(r.hops[0], t.link(0, 0, 1));
  EXPECT_EQ(r.hops[1], t.link(3, 1, 1));
  EXPECT_EQ(r.hops[2], t.link(11, 2, 0));
  EXPECT_DOUBLE_EQ(r.latency.value(), 3 * 100e-9);
  // (1,0,0) -> (3,1,0): x forwards 2 hops (a tie of 2 and 2 goes the positive way) through chips
  // 1 and 2, then y forwards 1 hop from chip 3.
  const Route s = t.route(1, 3 + 4 * 1, 0);
  ASSERT_EQ(s.count, 3);
  EXPECT_EQ(s.hops[0], t.link(1, 0, 0));
  EXPECT_EQ(s.hops[1], t.link(2, 0, 0));
  EXPECT_EQ(s.hops[2], t.link(3, 1, 0));
  EXPECT_EQ(t.route(5, 5, 0).count, 0);
  // Every link runs at 800 Gb/s = 100 GB/s and names its chip and direction.
  EXPECT_DOUBLE_EQ(t.resource(t.link(3, 1, 1)).capacity.value(), 100e9);
  EXPECT_EQ(t.resource(t.link(3, 1, 1)).kind, ResourceKind::direct_link);
  EXPECT_EQ(t.resource_name(t.link(3, 1, 1)), "chip 3 y- link (ICI)");
}

TEST(TorusTopology, AMeshGoesTheLongWay) {
  // 4 x 3 mesh: (0,0) -> (3,0) has no wrap link, so 3 hops forwards.
  const TorusTopology t(torus_cluster({4, 3}, {false, false}));
  const Route r = t.route(0, 3, 0);
  ASSERT_EQ(r.count, 3);
  EXPECT_EQ(r.hops[2], t.link(2, 0, 0));
}

TEST(TorusTopology, LinksAndBisectionOfA4x4TorusWithBlocks) {
  // 4 x 4 torus of 2 x 2 blocks: each dimension has 4 rings of 4 links (wrap included) = 32
  // links; in each ring the links 1 -> 2 and 3 -> 0 cross a block boundary: 16 between blocks,
  // 16 inside. Bisection: cut x in the middle: 4 rings x 2 crossings x 800 Gb/s = 6.4 Tb/s.
  ClusterSpec spec = torus_cluster({4, 4}, {true, true}, {2, 2});
  spec.fabric.torus.optical_between_blocks = true;
  spec.fabric.torus.optic_price = dollars(100);
  const TorusTopology t(spec);
  const auto links = t.direct_links();
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links[0].links, 16);
  EXPECT_FALSE(links[0].optical);
  EXPECT_EQ(links[1].links, 16);
  EXPECT_TRUE(links[1].optical);
  EXPECT_DOUBLE_EQ(t.bisection_bandwidth().value(), 6.4e12);
  const BillOfMaterials bom = bill_of_materials(t);
  EXPECT_EQ(bom.links, 32);
  EXPECT_EQ(bom.transceivers, 32);
  EXPECT_DOUBLE_EQ(bom.optics_cost.value(), 3200);
  EXPECT_EQ(bom.fabric_kind, "torus");
}

TEST(TorusTopology, DimensionsMustMultiplyToTheChips) {
  ClusterSpec spec = torus_cluster({4, 4}, {true, true});
  spec.fabric.torus.dims = {4, 5};
  spec.lines.set("fabric.dims", 7);
  try {
    TorusTopology t(spec);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              "test.yaml:7: fabric.dims: dimensions 4 x 5 make 20 chips, the cluster's pools "
              "have 16; expected dimensions whose product is the chip count");
  }
  spec.fabric.kind = "dragonfly";
  EXPECT_THROW(make_topology(spec), InputError);
}

}  // namespace
}  // namespace colossus
