// Unit tests of the bill of materials: counts, copper versus optical cables, bisection with and
// without oversubscription, compute, memory, power and cost of small hand-counted clusters, and
// the Memphis figures (100,000 GPUs, 12,500 servers, 1,563 racks, 98.9 EFLOP/s BF16).
#include "colossus/topology/bill_of_materials.h"

#include <gtest/gtest.h>

#include "test_clusters.h"

namespace colossus {
namespace {

// The k = 8 two-tier fat tree (topology_test.cpp): 32 GPUs, 16 servers of 2, 8 leaves with
// 4 NICs each, 4 spines. Racks: 16 / 8 = 2. A ToR leaf serves 4 NICs and a rack holds 16, so
// leaves divide racks evenly: the 32 NIC cables are copper; the 32 leaf-spine cables optical,
// 64 transceivers.
TEST(BillOfMaterials, TwoTierCounts) {
  const BillOfMaterials bom =
      bill_of_materials(*make_topology(make_cluster(32, 2, {{8}, {8}}, false)));
  EXPECT_EQ(bom.gpus, 32);
  EXPECT_EQ(bom.servers, 16);
  EXPECT_EQ(bom.racks, 2);
  EXPECT_EQ(bom.nics, 32);
  ASSERT_EQ(bom.tiers.size(), 2u);
  EXPECT_EQ(bom.tiers[0].switches, 8);
  EXPECT_EQ(bom.tiers[0].links, 32);
  EXPECT_EQ(bom.tiers[0].copper_links, 32);
  EXPECT_EQ(bom.tiers[0].optical_links, 0);
  EXPECT_EQ(bom.tiers[0].transceivers, 0);
  EXPECT_EQ(bom.tiers[1].switches, 4);
  EXPECT_EQ(bom.tiers[1].links, 32);
  EXPECT_EQ(bom.tiers[1].optical_links, 32);
  EXPECT_EQ(bom.tiers[1].transceivers, 64);
  EXPECT_EQ(bom.switches, 12);
  EXPECT_EQ(bom.links, 64);
  EXPECT_EQ(bom.transceivers, 64);
  // Full bisection: 16 GPUs x 400 Gb/s = 6.4 Tb/s; injection 32 x 400 Gb/s = 12.8 Tb/s.
  EXPECT_DOUBLE_EQ(bom.bisection_bandwidth.value(), 6.4e12);
  EXPECT_DOUBLE_EQ(bom.injection_bandwidth.value(), 12.8e12);
}

// Compute, memory, power and cost of the same 32 GPUs (figures of test_clusters.h):
// 32 PFLOP/s BF16, 64 PFLOP/s FP8, 2,560 GiB, 96 TB/s; power 32 x 700 W = 22.4 kW GPUs +
// 16 x 3 kW = 48 kW hosts + 12 x 1 kW switches = 82.4 kW; cost 32 x $25k = $800k GPUs +
// 16 x $100k = $1.6M hosts + 32 x $2k = $64k NICs + 12 x $30k = $360k switches + 64 x $500 =
// $32k optics = $2.856M.
TEST(BillOfMaterials, ComputePowerCost) {
  const BillOfMaterials bom =
      bill_of_materials(*make_topology(make_cluster(32, 2, {{8}, {8}}, false)));
  EXPECT_DOUBLE_EQ(bom.bf16_dense.value(), 32e15);
  EXPECT_DOUBLE_EQ(bom.fp8_dense.value(), 64e15);
  EXPECT_DOUBLE_EQ(bom.hbm.value(), gib(2560).value());
  EXPECT_DOUBLE_EQ(bom.hbm_bandwidth.value(), 96e12);
  EXPECT_DOUBLE_EQ(bom.gpu_power.value(), 22400);
  EXPECT_DOUBLE_EQ(bom.host_power.value(), 48000);
  EXPECT_DOUBLE_EQ(bom.switch_power.value(), 12000);
  EXPECT_DOUBLE_EQ(bom.it_power.value(), 82400);
  EXPECT_DOUBLE_EQ(bom.gpu_cost.value(), 800000);
  EXPECT_DOUBLE_EQ(bom.host_cost.value(), 1600000);
  EXPECT_DOUBLE_EQ(bom.nic_cost.value(), 64000);
  EXPECT_DOUBLE_EQ(bom.switch_cost.value(), 360000);
  EXPECT_DOUBLE_EQ(bom.optics_cost.value(), 32000);
  EXPECT_DOUBLE_EQ(bom.total_cost.value(), 2856000);
  ASSERT_EQ(bom.gpu_types.size(), 1u);
  EXPECT_EQ(bom.gpu_types[0].count, 32);
}

// Leaves at 3:1: 6 NICs share 2 uplinks, 133.3 Gb/s each; 48 GPUs: 24 x 133.3 Gb/s = 3.2 Tb/s.
TEST(BillOfMaterials, OversubscribedLeafBisection) {
  const BillOfMaterials bom =
      bill_of_materials(*make_topology(make_cluster(48, 2, {{8, 3.0}, {8}}, false)));
  EXPECT_NEAR(bom.bisection_bandwidth.value(), 3.2e12, 1.0);
}

// Meta's shape in miniature: full-bisection leaves (4 down, 4 up), pods of 7 leaves whose
// spines are 7:1 (7 down, 1 up), 8 pods under a radix-8 top: 224 GPUs. A pod's 28 GPUs share
// its 4 spine uplinks: 4 x 400 / 28 = 57.1 Gb/s per GPU (Llama 3's 1:7 above the pods gives
// 400 / 7 Gb/s), so the bisection is 112 x 400 / 7 Gb/s = 6.4 Tb/s.
TEST(BillOfMaterials, OversubscribedAbovePodsBisection) {
  const BillOfMaterials bom =
      bill_of_materials(*make_topology(make_cluster(224, 2, {{8}, {8, 7.0}, {8}}, false)));
  EXPECT_EQ(bom.tiers[1].down_ports, 7);
  EXPECT_EQ(bom.tiers[1].up_ports, 1);
  EXPECT_NEAR(bom.bisection_bandwidth.value(), 112 * 400e9 / 7, 1.0);
  // The same cluster in one pod's worth (28 GPUs) never crosses the spine uplinks: the two
  // halves meet at the spines, so only the leaves (full bisection) count: 14 x 400 Gb/s.
  const BillOfMaterials pod =
      bill_of_materials(*make_topology(make_cluster(28, 2, {{8}, {8, 7.0}, {8}}, false)));
  EXPECT_DOUBLE_EQ(pod.bisection_bandwidth.value(), 14 * 400e9);
}

// Rail-optimized leaves spanning racks are optical; rail groups inside one rack are copper.
// 64 GPUs, 4 per server, leaves of 4 servers: with 8 servers per rack a group of 4 fits
// (8 % 4 == 0); with 2 per rack it spans two racks.
TEST(BillOfMaterials, LeafCablesCopperOnlyInsideARack) {
  ClusterSpec spec = make_cluster(64, 4, {{8}, {16}}, true);
  EXPECT_EQ(bill_of_materials(*make_topology(spec)).tiers[0].copper_links, 64);
  spec.servers_per_rack = 2;
  const BillOfMaterials bom = bill_of_materials(*make_topology(spec));
  EXPECT_EQ(bom.racks, 8);
  EXPECT_EQ(bom.tiers[0].copper_links, 0);
  EXPECT_EQ(bom.tiers[0].optical_links, 64);
  EXPECT_EQ(bom.tiers[0].transceivers, 128);
}

// Two pools: GPU types are listed in pool order and merged by name; totals add up.
TEST(BillOfMaterials, MixedPools) {
  ClusterSpec spec = make_cluster(16, 2, {{8}, {16}}, false);
  ServerPool other = spec.pools[0];
  other.server.gpu.name = "bigger";
  other.server.gpu.hbm = gib(140);
  other.gpu_count = 8;
  spec.pools.push_back(other);
  spec.pools.push_back(spec.pools[0]);
  const BillOfMaterials bom = bill_of_materials(*make_topology(spec));
  EXPECT_EQ(bom.gpus, 40);
  ASSERT_EQ(bom.gpu_types.size(), 2u);
  EXPECT_EQ(bom.gpu_types[0].name, "gpu");
  EXPECT_EQ(bom.gpu_types[0].count, 32);
  EXPECT_EQ(bom.gpu_types[1].name, "bigger");
  EXPECT_EQ(bom.gpu_types[1].count, 8);
  // 32 x 80 + 8 x 140 = 3,680 GiB.
  EXPECT_DOUBLE_EQ(bom.hbm.value(), gib(3680).value());
}

// Memphis as hardware.md describes it: 100,000 H100 (989.4 TFLOP/s dense BF16), 8 per server,
// 8 servers per rack, rail-optimized leaves of 64 servers (512-GPU arrays), three tiers of
// 128 x 400 Gb/s. Servers 100,000 / 8 = 12,500; racks ceil(12,500 / 8) = 1,563;
// 98.94 EFLOP/s. Leaves: ceil(12,500 / 64) = 196 arrays x 8 rails = 1,568; spines: pods of 64
// leaves, ceil(1,568 / 64) = 25 pods x 64 = 1,600; cores: each pod has 64 x 64 = 4,096
// uplinks, the 128-port cores take floor(128 / 25) = 5 links per pod, ceil(4,096 / 5) = 820.
TEST(BillOfMaterials, MemphisFigures) {
  ClusterSpec spec = make_cluster(100000, 8, {{128}, {128}, {128}}, true);
  spec.pools[0].server.gpu.bf16_dense = tflop_per_s(989.4);
  const BillOfMaterials bom = bill_of_materials(*make_topology(spec));
  EXPECT_EQ(bom.gpus, 100000);
  EXPECT_EQ(bom.servers, 12500);
  EXPECT_EQ(bom.racks, 1563);
  EXPECT_NEAR(bom.bf16_dense.value(), 98.94e18, 1e12);
  EXPECT_EQ(bom.tiers[0].switches, 1568);
  EXPECT_EQ(bom.tiers[1].switches, 1600);
  EXPECT_EQ(bom.tiers[2].switches, 820);
  EXPECT_EQ(bom.tiers[2].down_ports, 125);
  // Full bisection: 50,000 x 400 Gb/s = 20 Pb/s.
  EXPECT_DOUBLE_EQ(bom.bisection_bandwidth.value(), 20e15);
}

}  // namespace
}  // namespace colossus
