// Collectives on the other system families, each figure worked out by hand: ring vs the
// per-dimension torus algorithm on a 4 x 4 torus, all-reduce inside one 72-GPU NVLink domain vs
// across two, and the direct algorithm on a full mesh of 8 GPUs. Network-class rates are line
// rate x the transport's goodput x NCCL's share (tuning.network_efficiency), and with InfiniBand
// headers that product is exactly 0.94 of line rate (tuning.cpp).
#include <gtest/gtest.h>

#include "colossus/collective/algorithm.h"
#include "colossus/collective/collective.h"
#include "colossus/topology/clos_topology.h"
#include "colossus/topology/torus_topology.h"
#include "test_fabrics.h"

namespace colossus {
namespace {

CollectiveCall forced(CollectiveCall call, std::string algorithm) {
  call.algorithm = std::move(algorithm);
  return call;
}

// 16 one-chip servers on a 4 x 4 torus of 800 Gb/s (100 GB/s) links, no hop latency.
ClusterSpec torus_4x4() {
  ClusterSpec spec = testing::h100_cluster(2, {{16}});
  spec.pools[0].gpu_count = 16;
  spec.pools[0].server.gpus = 1;
  spec.pools[0].server.nvls = false;
  spec.fabric.tiers.clear();
  spec.fabric.kind = "torus";
  spec.fabric.torus.dims = {4, 4};
  spec.fabric.torus.wrap = {true, true};
  spec.fabric.torus.link_bandwidth = gbit_per_s(800);
  spec.fabric.routing = Routing::ecmp;  // dimension order
  return spec;
}

TEST(TorusCollective, RingVsPerDimensionBusBandwidthOn4x4Torus) {
  // B = 100 GB/s x 0.94 = 94 GB/s per link and direction once the network's and NCCL's shares
  // are taken. A ring in rank order (row-major) crosses every link at most once per ring: its
  // 2 channels share each link, each carries half the data: busbw = B = 94 GB/s.
  // The torus algorithm reduce-scatters along x rings (both ways: each direction carries half of
  // 3/4 of S) then along y rings on S/4, and all-gathers back: T = 2 (3/8 + 3/32) S / B =
  // 15/16 S / B, and busbw = S / T x 2 (15/16) = 2 B = 188 GB/s. At 4 GiB the latency terms (a
  // few us of ~40 ms) are under 0.1%; within 1%.
  const TorusTopology topo(torus_4x4());
  Network net(topo);
  const auto call = CollectiveCall::consecutive(CollectiveOp::all_reduce, gib(4), 0, 16);
  const auto ring = run_collective(net, forced(call, "ring"));
  const auto torus = run_collective(net, forced(call, "torus"));
  EXPECT_NEAR(ring.busbw.value(), 94e9, 0.01 * 94e9);
  EXPECT_NEAR(torus.busbw.value(), 188e9, 0.01 * 188e9);
  // The tuner picks the torus algorithm for a large all-reduce.
  EXPECT_EQ(run_collective(net, call).algorithm, "torus");
}

// `domains` NVL72 domains (72 GPUs of 900 GB/s NVLink, NVLS) with one 400 Gb/s NIC per GPU on
// a non-blocking InfiniBand leaf/spine.
ClusterSpec nvl72(int domains) {
  ClusterSpec spec = testing::h100_cluster(1, {{288}, {288}}, /*rail_optimized=*/false);
  ServerSpec& server = spec.pools[0].server;
  server.gpus = 72;
  server.compute_trays = 18;
  server.nvlink_switch_trays = 9;
  server.gpu.nvlink_bandwidth = gbyte_per_s(900);
  spec.pools[0].gpu_count = 72 * domains;
  spec.fabric.tiers[0].down_ports = 144;
  return spec;
}

TEST(Nvl72Collective, AllReduceInsideOneDomainVsAcrossTwo) {
  // Inside one domain: 72 GPUs on the NVLink switches, forced ring: every GPU's port carries its
  // rings' flows, busbw = the port's goodput = 900 x 370/450 = 740 GB/s. The ring's 142 steps
  // of a few us are 0.6 ms; at 64 GiB (~180 ms) under 0.4%: within 1%.
  const ClosTopology one(nvl72(1));
  Network net1(one);
  const auto inside = run_collective(
      net1, forced(CollectiveCall::consecutive(CollectiveOp::all_reduce, gib(64), 0, 72), "ring"));
  EXPECT_NEAR(inside.busbw.value(), 740e9, 0.01 * 740e9);
  // Across two domains: 72 groups of 2 ranks, GPU g of domain 0 with GPU g of domain 1 (as a
  // data-parallel group of TP72 replicas). Every byte crosses the GPU's NIC: busbw = 400 Gb/s x
  // 0.94 = 47 GB/s, 1/16 of the in-domain figure.
  const ClosTopology two(nvl72(2));
  Network net2(two);
  CollectiveCall across;
  across.op = CollectiveOp::all_reduce;
  across.size = gib(4);
  across.ranks = {0, 72};
  for (int g = 0; g < 72; ++g) across.group_offsets.push_back(g);
  const auto r = run_collective(net2, forced(across, "ring"));
  EXPECT_NEAR(r.busbw.value(), 47e9, 0.01 * 47e9);
  // NVLS inside the domain beats the ring (NVLink SHARP, as on 8 GPUs).
  const auto nvls = run_collective(
      net1, forced(CollectiveCall::consecutive(CollectiveOp::all_reduce, gib(64), 0, 72), "nvls"));
  EXPECT_GT(nvls.busbw.value(), inside.busbw.value());
}

TEST(MeshCollective, DirectAllReduceUsesEveryLinkOfAFullMesh) {
  // 8 GPUs, each pair on its own link of 448/7 = 64 GB/s (MI300X), goodput x 370/450 (the test
  // GPU's NVLink efficiency): 52.6 GB/s per link. A ring uses one link per GPU: busbw = 52.6
  // GB/s. The direct algorithm sends 1/8 of the buffer over all 7 links at once in each of its
  // two phases: T = 2 (S/8) / 52.6 GB/s, busbw = S/T x 14/8 = 7 x 52.6 = 368 GB/s.
  ClusterSpec spec = testing::h100_cluster(1, {{16}}, true, Transport::infiniband,
                                           Routing::adaptive, /*nvls=*/false);
  spec.pools[0].server.full_mesh = true;
  spec.pools[0].server.gpu.nvlink_bandwidth = gbyte_per_s(448);
  const ClosTopology topo(spec);
  Network net(topo);
  const double link = 64e9 * 370.0 / 450.0;
  const auto call = CollectiveCall::consecutive(CollectiveOp::all_reduce, gib(4), 0, 8);
  const auto ring = run_collective(net, forced(call, "ring"));
  const auto direct = run_collective(net, forced(call, "mesh_direct"));
  EXPECT_NEAR(ring.busbw.value(), link, 0.01 * link);
  EXPECT_NEAR(direct.busbw.value(), 7 * link, 0.01 * 7 * link);
  EXPECT_EQ(run_collective(net, call).algorithm, "mesh_direct");
}

}  // namespace
}  // namespace colossus
