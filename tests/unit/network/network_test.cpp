// The fabric model and Network on small clusters built in code (H100-like servers: 8 GPUs,
// NVLink 450 GB/s per direction, one 400 Gb/s NIC per GPU; radix-8 or radix-32 two-tier
// fabrics). Each expected rate is line rate x efficiency divided among the flows sharing the
// bottleneck, derived in the test's comment.
#include "colossus/network/network.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "colossus/core/error.h"
#include "colossus/network/fabric_model.h"
#include "colossus/network/flow_components.h"
#include "colossus/topology/clos_topology.h"

namespace colossus {
namespace {

constexpr double kNic = 50e9;      // 400 Gb/s in bytes/s
constexpr double kNvlink = 450e9;  // per direction
constexpr double kRoceEff = 4096.0 / (4096.0 + 82.0);

// `servers` 8-GPU servers on a two-tier Clos of radix-`radix` switches at 400 Gb/s per port.
ClusterSpec two_tier(int servers, int radix, double leaf_oversubscription = 1.0,
                     bool rail_optimized = true, Routing routing = Routing::ecmp) {
  ClusterSpec spec;
  spec.name = "test";
  spec.source = {"<test>", 0};
  ServerSpec server;
  server.name = "hgx-h100";
  server.gpus = 8;
  server.gpu.name = "h100-sxm";
  server.gpu.nvlink_bandwidth = byte_per_s(kNvlink);
  server.gpu.calibration = GpuCalibration{};
  server.gpu.calibration->nvlink_efficiency = 370.0 / 450.0;              // H100's
  server.gpu.calibration->network_efficiency = 0.94 * 4122.0 / 4096.0;    // H100's
  server.gpu.calibration->nvls_efficiency = (275.0 * 9.0 / 8.0) / 370.0;  // H100's
  server.nic.name = "cx7";
  server.nic.bandwidth = gbit_per_s(400);
  server.nic.latency = nanoseconds(1000);
  server.nvlink_latency = nanoseconds(500);
  spec.pools.push_back({servers * 8, server});
  spec.fabric.transport = Transport::roce;
  spec.fabric.mtu = bytes(4096);
  spec.fabric.routing = routing;
  spec.fabric.rail_optimized = rail_optimized;
  TierSpec leaf;
  leaf.name = "leaf";
  leaf.radix = radix;
  leaf.port_bandwidth = gbit_per_s(400);
  leaf.oversubscription = leaf_oversubscription;
  leaf.latency = nanoseconds(300);
  TierSpec spine = leaf;
  spine.name = "spine";
  spine.oversubscription = 1.0;
  spec.fabric.tiers = {leaf, spine};
  return spec;
}

TEST(TransportEfficiency, PacketFormats) {
  // RoCEv2: 82 bytes around each 4096-byte payload (preamble/SFD 8, Ethernet 14, IPv4 20, UDP 8,
  // BTH 12, ICRC 4, FCS 4, gap 12): 4096 / 4178. InfiniBand: 26 (LRH 8, BTH 12, ICRC 4, VCRC 2):
  // 4096 / 4122. A 1024-byte MTU pays the same headers on a quarter of the payload.
  EXPECT_DOUBLE_EQ(transport_efficiency(Transport::roce, bytes(4096)), 4096.0 / 4178.0);
  EXPECT_DOUBLE_EQ(transport_efficiency(Transport::infiniband, bytes(4096)), 4096.0 / 4122.0);
  EXPECT_DOUBLE_EQ(transport_efficiency(Transport::roce, bytes(1024)), 1024.0 / 1106.0);
  EXPECT_GT(transport_efficiency(Transport::infiniband, bytes(4096)),
            transport_efficiency(Transport::roce, bytes(4096)));
}

TEST(FabricModel, RejectsZeroMtu) {
  ClusterSpec spec = two_tier(4, 8);
  spec.fabric.mtu = bytes(0);
  const ClosTopology topo(spec);
  EXPECT_THROW(FabricModel(topo, Routing::ecmp, 0.8), InputError);
}

TEST(FabricModel, OnlyUsedResourcesBecomeConstraints) {
  // GPU 0 -> 8 and GPU 0 -> 16 stay under the rail-0 leaf: they cross nic_out of GPU 0 (shared:
  // one constraint) and nic_in of GPUs 8 and 16, so 3 constraints out of the fabric's many.
  const ClosTopology topo(two_tier(4, 8));
  FabricModel model(topo, Routing::ecmp, 0.8);
  const std::vector<Flow> flows{{0, 8, gib(1), 0}, {0, 16, gib(1), 0}};
  const MaxMinSolver solver = model.build(flows);
  EXPECT_EQ(solver.constraint_count(), 3);
  EXPECT_GT(topo.resource_count(), 100u);
  EXPECT_EQ(solver.constraints_of(0)[0], solver.constraints_of(1)[0]);
  for (ResourceId id : model.constraint_resources()) {
    const ResourceKind kind = topo.resource(id).kind;
    EXPECT_TRUE(kind == ResourceKind::nic_out || kind == ResourceKind::nic_in);
  }
  // NVLink gets the NVLink efficiency, RDMA resources the transport's.
  EXPECT_DOUBLE_EQ(model.efficiency(ResourceKind::nvlink_in), 0.8);
  EXPECT_DOUBLE_EQ(model.efficiency(ResourceKind::switch_up), kRoceEff);
}

TEST(Network, InfinibandFabricUsesInfinibandHeaders) {
  // The same single flow on an InfiniBand fabric: 50 GB/s x 4096 / 4122.
  ClusterSpec spec = two_tier(4, 8);
  spec.fabric.transport = Transport::infiniband;
  const ClosTopology topo(spec);
  Network net(topo);
  const std::vector<Flow> flows{{0, 8, gib(1), 0}};
  EXPECT_NEAR(net.steady_rates(flows)[0].value(), kNic * 4096.0 / 4122.0, 1.0);
}

TEST(Network, SingleFlowGetsLineRateTimesEfficiency) {
  // GPU 0 -> GPU 8 (server 1, same rail: same leaf). Alone, it is limited by its NICs:
  // 50 GB/s x 4096/4178 = 49.02 GB/s.
  const ClosTopology topo(two_tier(4, 8));
  Network net(topo);
  const std::vector<Flow> flows{{0, 8, gib(1), 0}};
  const auto rates = net.steady_rates(flows);
  EXPECT_NEAR(rates[0].value(), kNic * kRoceEff, 1.0);
  EXPECT_DOUBLE_EQ(net.transport_efficiency(), kRoceEff);
}

TEST(Network, TwoFlowsSharingANicGetHalfEach) {
  // GPU 0 sends to GPUs 8 and 16: both cross GPU 0's nic_out, so each gets half of 49.02 GB/s.
  const ClosTopology topo(two_tier(4, 8));
  Network net(topo);
  const std::vector<Flow> flows{{0, 8, gib(1), 0}, {0, 16, gib(1), 0}};
  const auto rates = net.steady_rates(flows);
  EXPECT_NEAR(rates[0].value(), kNic * kRoceEff / 2, 1.0);
  EXPECT_NEAR(rates[1].value(), kNic * kRoceEff / 2, 1.0);
}

TEST(Network, NvlinkFlowsRunAtNvlinkRate) {
  // GPU 0 -> GPU 1 in one server crosses only NVLink: 450 GB/s x 370/450 = 370 GB/s. Adding
  // GPU 2 -> GPU 1 shares GPU 1's NVLink input: 185 GB/s each.
  const ClosTopology topo(two_tier(4, 8));
  Network net(topo);
  const std::vector<Flow> one{{0, 1, gib(1), 0}};
  EXPECT_NEAR(net.steady_rates(one)[0].value(), 370e9, 1.0);
  const std::vector<Flow> two{{0, 1, gib(1), 0}, {2, 1, gib(1), 0}};
  const auto rates = net.steady_rates(two);
  EXPECT_NEAR(rates[0].value(), 185e9, 1.0);
  EXPECT_NEAR(rates[1].value(), 185e9, 1.0);
}

TEST(Network, OversubscribedUplinksLimitCrossLeafFlows) {
  // Leaf radix 8 at 3:1 oversubscription: 6 down ports, 2 up. 6 servers, rail-optimized, so
  // the rail-0 leaf holds the 6 servers' GPU 0. Each GPU 0 sends to the next server's GPU 1
  // (rail 1: another leaf), so 6 flows leave the rail-0 leaf over 2 uplinks and enter the
  // rail-1 leaf over 2 downlinks. Sprayed (adaptive), each gets 2 x 49.02 / 6 GB/s: line rate
  // x efficiency divided by the oversubscription factor 3.
  const ClosTopology topo(two_tier(6, 8, 3.0, true, Routing::adaptive));
  Network net(topo);
  std::vector<Flow> flows;
  for (int s = 0; s < 6; ++s) flows.push_back({s * 8, ((s + 1) % 6) * 8 + 1, gib(1), 0});
  for (const ByteRate& r : net.steady_rates(flows)) {
    EXPECT_NEAR(r.value(), kNic * kRoceEff / 3.0, 1.0);
  }
  // The hot resources are the two bundles, fully used; each NIC is a third used.
  const auto loads = net.steady_loads(flows);
  EXPECT_NEAR(loads[0].utilization(), 1.0, 1e-9);
  EXPECT_NEAR(loads[1].utilization(), 1.0, 1e-9);
  EXPECT_EQ(loads[0].flows, 6);
  EXPECT_NEAR(loads.back().utilization(), 1.0 / 3.0, 1e-9);
}

TEST(Network, DegradedAndDownUplinksLimitCrossLeafFlows) {
  // The 6 flows of OversubscribedUplinksLimitCrossLeafFlows (rail-0 leaf -> rail-1 leaf over
  // the rail-0 leaf's 2 uplinks). Sprayed, with uplink 1 at half rate: the up bundle keeps 1.5
  // links, so each flow gets 1.5 x 49.02 / 6 = 49.02 / 4 GB/s. With ECMP and uplink 1 down,
  // every flow takes plane 0 (spine 0, then downlink 0 into the rail-1 leaf): 49.02 / 6 each,
  // whatever the hashes.
  const char* up1 = "leaf block 0 switch 0 uplink 1 up (spine)";
  ClusterSpec sprayed = two_tier(6, 8, 3.0, true, Routing::adaptive);
  sprayed.fabric.link_faults = {{up1, 0.5}};
  const ClosTopology half(sprayed);
  Network net(half);
  std::vector<Flow> flows;
  for (int s = 0; s < 6; ++s) flows.push_back({s * 8, ((s + 1) % 6) * 8 + 1, gib(1), 0});
  for (const ByteRate& r : net.steady_rates(flows)) {
    EXPECT_NEAR(r.value(), kNic * kRoceEff / 4.0, 1.0);
  }
  ClusterSpec hashed = two_tier(6, 8, 3.0, true, Routing::ecmp);
  hashed.fabric.link_faults = {{up1, 0.0}};
  const ClosTopology down(hashed);
  Network ecmp(down);
  for (const ByteRate& r : ecmp.steady_rates(flows)) {
    EXPECT_NEAR(r.value(), kNic * kRoceEff / 6.0, 1.0);
  }
}

TEST(Network, OversubscribedSpinesLimitCrossPodFlows) {
  // Three tiers of radix-16 switches, one 8-GPU server per leaf (not rail-optimized): leaves
  // 8 down / 8 up; spines at 3:1, 12 down / 4 up, so a pod is 12 leaves = 96 GPUs with 8 x 4 = 32
  // uplinks to the core against 96 NICs below. 24 servers make two pods. Every GPU of pod 0
  // sends to its counterpart in pod 1: 96 flows share pod 0's 32 sprayed uplinks, so each gets
  // 32/96 = 1/3 of line rate x efficiency: the spine tier's oversubscription factor.
  ClusterSpec spec = two_tier(24, 16, 1.0, false, Routing::adaptive);
  TierSpec core = spec.fabric.tiers[1];
  core.name = "core";
  spec.fabric.tiers[1].oversubscription = 3.0;
  spec.fabric.tiers.push_back(core);
  const ClosTopology topo(spec);
  ASSERT_EQ(topo.gpus_per_block(1), 96);
  Network net(topo);
  std::vector<Flow> flows;
  for (int g = 0; g < 96; ++g) {
    ASSERT_NE(topo.block_of(g, 1), topo.block_of(g + 96, 1));
    flows.push_back({g, g + 96, gib(1), 0});
  }
  for (const ByteRate& r : net.steady_rates(flows)) {
    EXPECT_NEAR(r.value(), kNic * kRoceEff / 3.0, 1.0);
  }
}

TEST(Network, TwoFlowsOfDifferentSizesShareANic) {
  // Both flows leave GPU 0's NIC (C = 49.02 GB/s). The short one (S1 = 1 GiB) finishes at
  // 2 S1 / C; the long one (S2 = 3 GiB) then has S2 - S1 left at C: (S1 + S2) / C.
  const ClosTopology topo(two_tier(4, 8));
  Network net(topo);
  const double c = kNic * kRoceEff;
  const std::vector<Flow> flows{{0, 8, gib(1), 0}, {0, 16, gib(3), 0}};
  const PhaseResult r = net.run_phase(flows);
  EXPECT_NEAR(r.finish[0].value(), 2 * gib(1).value() / c, 1e-12);
  EXPECT_NEAR(r.finish[1].value(), gib(4).value() / c, 1e-12);
  EXPECT_DOUBLE_EQ(r.makespan.value(), r.finish[1].value());
}

TEST(Network, WideCompletionWindowIsAnApproximation) {
  // Sizes 1 GiB and 1.2 GiB sharing GPU 0's NIC (C = 49.02 GB/s). Exactly: 2 GiB / C and
  // 2.2 GiB / C. With a 50% completion window both complete at the first solve, each stamped
  // with its time at the shared rate C/2: 2 GiB / C and 2.4 GiB / C (9% late for the second).
  const ClosTopology topo(two_tier(4, 8));
  NetworkOptions wide;
  wide.completion_epsilon = 0.5;
  Network net(topo, wide);
  const double c = kNic * kRoceEff;
  const std::vector<Flow> flows{{0, 8, gib(1), 0}, {0, 16, gib(1.2), 0}};
  const PhaseResult r = net.run_phase(flows);
  EXPECT_NEAR(r.finish[0].value(), gib(2).value() / c, 1e-12);
  EXPECT_NEAR(r.finish[1].value(), gib(2.4).value() / c, 1e-12);
}

TEST(FabricModel, IdenticalFlowsFormOneClass) {
  // Four flows GPU 0 -> GPU 8 with the same entropy have one route: one class of weight 4. A
  // fifth flow to GPU 16 is its own class. With sizes mattering, a 2 GiB copy of the first
  // splits off.
  const ClosTopology topo(two_tier(4, 8));
  FabricModel model(topo, Routing::ecmp, 0.8);
  std::vector<Flow> flows(4, Flow{0, 8, gib(1), 3});
  flows.push_back({0, 16, gib(1), 0});
  const FlowClasses classes = model.build_classes(flows, false);
  EXPECT_EQ(classes.solver.variable_count(), 2);
  EXPECT_EQ(classes.members[classes.class_of[0]], 4);
  EXPECT_EQ(classes.members[classes.class_of[4]], 1);
  flows[3].size = gib(2);
  EXPECT_EQ(model.build_classes(flows, true).solver.variable_count(), 3);
  EXPECT_EQ(model.build_classes(flows, false).solver.variable_count(), 2);
}

TEST(Network, GroupedFlowsShareAsIndividuals) {
  // Five flows leave GPU 0's NIC (four of them identical, grouped into one class): max-min gives
  // each C / 5, and the NIC's load report counts 5 flows at full use.
  const ClosTopology topo(two_tier(4, 8));
  Network net(topo);
  std::vector<Flow> flows(4, Flow{0, 8, gib(1), 0});
  flows.push_back({0, 16, gib(1), 0});
  for (const ByteRate& r : net.steady_rates(flows)) EXPECT_NEAR(r.value(), kNic * kRoceEff / 5, 1);
  const auto loads = net.steady_loads(flows);
  EXPECT_EQ(loads[0].flows, 5);
  EXPECT_NEAR(loads[0].utilization(), 1.0, 1e-12);
}

TEST(Network, GroupedPhaseMatchesTheDerivation) {
  // Three identical 1 GiB flows GPU 0 -> 8 (one class) and one 2 GiB flow on the same route
  // (another class: its size differs). Four flows share C: the three finish at 4 S / C having
  // each moved S; the big one has S left alone at C: 5 S / C.
  const ClosTopology topo(two_tier(4, 8));
  Network net(topo);
  const double c = kNic * kRoceEff;
  std::vector<Flow> flows(3, Flow{0, 8, gib(1), 0});
  flows.push_back({0, 8, gib(2), 0});
  const PhaseResult r = net.run_phase(flows);
  for (int i = 0; i < 3; ++i) EXPECT_NEAR(r.finish[i].value(), 4 * gib(1).value() / c, 1e-12);
  EXPECT_NEAR(r.finish[3].value(), 5 * gib(1).value() / c, 1e-12);
}

// One step of a ring over all GPUs: GPU g sends `size` to GPU g + 1 (mod n).
std::vector<Flow> ring_step(int gpus, Bytes size) {
  std::vector<Flow> flows;
  for (int g = 0; g < gpus; ++g) flows.push_back({g, (g + 1) % gpus, size, 0});
  return flows;
}

TEST(Network, RingStepIsLimitedByTheSlowestHop) {
  // 32 GPUs on 4 servers: 28 flows inside servers over NVLink (370 GB/s) and 4 between servers
  // (GPU 7 of one server to GPU 0 of the next: rail 7 leaf to rail 0 leaf through the spines).
  // Sprayed, the 4 cross flows share the rail-7 leaf's 4-link bundle, one link each, so every
  // flow has its own capacity and the step takes S / 49.02 GB/s.
  const ClosTopology topo(two_tier(4, 8));
  NetworkOptions adaptive;
  adaptive.override_routing = true;
  adaptive.routing = Routing::adaptive;
  Network net(topo, adaptive);
  const Bytes s = mib(64);
  const PhaseResult r = net.run_phase(ring_step(32, s));
  EXPECT_NEAR(r.makespan.value(), s.value() / (kNic * kRoceEff), 1e-12);
  EXPECT_NEAR(r.finish[0].value(), s.value() / 370e9, 1e-12);

  // With ECMP the 4 cross flows are hashed onto the 4 uplinks; where k flows collide on one
  // link, each gets 1/k of it and the step takes k x S / 49.02 GB/s for the worst k.
  Network ecmp(topo);
  int worst = 1;
  for (const ResourceLoad& l : ecmp.steady_loads(ring_step(32, s))) {
    if (topo.resource(l.resource).kind == ResourceKind::switch_up) worst = std::max(worst, l.flows);
  }
  const PhaseResult e = ecmp.run_phase(ring_step(32, s));
  EXPECT_NEAR(e.makespan.value(), worst * s.value() / (kNic * kRoceEff), 1e-12);
}

TEST(Network, LatencyAddsNicsAndSwitches) {
  // Same server: the NVLink latency (500 ns). Same leaf (GPU 0 -> GPU 8, rail 0): two NICs and
  // one leaf, 1000 + 1000 + 300 ns. Across leaves (GPU 0 -> GPU 9): leaf, spine, leaf: 2900 ns.
  const ClosTopology topo(two_tier(4, 8));
  const Network net(topo);
  EXPECT_NEAR(net.latency(0, 1).value(), 500e-9, 1e-15);
  EXPECT_NEAR(net.latency(0, 8).value(), 2300e-9, 1e-15);
  EXPECT_NEAR(net.latency(0, 9).value(), 2900e-9, 1e-15);
}

TEST(Network, SelfFlowFinishesAtOnce) {
  // A flow from a GPU to itself crosses no resource: it takes no time.
  const ClosTopology topo(two_tier(4, 8));
  Network net(topo);
  const std::vector<Flow> flows{{3, 3, gib(1), 0}, {0, 8, gib(1), 0}};
  const PhaseResult r = net.run_phase(flows);
  EXPECT_DOUBLE_EQ(r.finish[0].value(), 0.0);
  EXPECT_GT(r.finish[1].value(), 0.0);
}

// Mean steady rate over line rate of a set of flows.
double mean_fraction_of_line_rate(Network& net, const std::vector<Flow>& flows) {
  double sum = 0;
  for (const ByteRate& r : net.steady_rates(flows)) sum += r.value();
  return sum / flows.size() / kNic;
}

TEST(Network, EcmpCollisionsVersusAdaptiveRouting) {
  // A 2-tier full-bisection fabric of radix-32 switches, leaf per 16 GPUs (not rail-optimized):
  // 32 leaves x 16 GPUs, each leaf with 16 uplinks to 16 spines. Every GPU sends one long flow to
  // the same position one leaf over (g -> g + 16), so each leaf sends 16 flows over 16
  // uplinks. ECMP hashes each flow onto a random uplink: a link is busy with probability
  // 1 - (1 - 1/16)^16 = 0.644, and busy links are saturated and shared, so the mean flow rate
  // is ~0.64 x line rate x efficiency = ~0.63 (NVIDIA quotes ~60% for standard Ethernet). With
  // 512 flows the mean is within a few percent of that, so 0.55-0.72 must hold. Sprayed
  // (adaptive), every flow gets the full line rate x efficiency (0.98; NVIDIA quotes 95% for
  // Spectrum-X).
  const ClosTopology topo(two_tier(64, 32, 1.0, false));
  std::vector<Flow> flows;
  for (int g = 0; g < 512; ++g) flows.push_back({g, (g + 16) % 512, gib(1), 0});
  Network ecmp(topo);
  const double e = mean_fraction_of_line_rate(ecmp, flows);
  EXPECT_GT(e, 0.55);
  EXPECT_LT(e, 0.72);
  NetworkOptions adaptive;
  adaptive.override_routing = true;
  adaptive.routing = Routing::adaptive;
  Network spray(topo, adaptive);
  EXPECT_NEAR(mean_fraction_of_line_rate(spray, flows), kRoceEff, 1e-9);
}

TEST(Network, EcmpEntropySpreadsFlowsDifferently) {
  // The same src/dst pairs with different entropy (another queue pair) hash onto other uplinks:
  // the allocation changes but stays ECMP-like (below the sprayed optimum), and the same entropy
  // gives the same result (deterministic).
  const ClosTopology topo(two_tier(64, 32, 1.0, false));
  std::vector<Flow> a;
  std::vector<Flow> b;
  for (int g = 0; g < 512; ++g) {
    a.push_back({g, (g + 16) % 512, gib(1), 0});
    b.push_back({g, (g + 16) % 512, gib(1), 1});
  }
  Network net(topo);
  const auto ra = net.steady_rates(a);
  const auto rb = net.steady_rates(b);
  EXPECT_NE(ra, rb);
  EXPECT_EQ(ra, net.steady_rates(a));
}

// An all-to-all among GPU `rail` of servers 0..3: 12 flows under the rail's own leaf.
std::vector<Flow> rail_all_to_all(int rail, Bytes size) {
  std::vector<Flow> flows;
  for (int a = 0; a < 4; ++a) {
    for (int b = 0; b < 4; ++b) {
      if (a != b) flows.push_back({a * 8 + rail, b * 8 + rail, size, 0});
    }
  }
  return flows;
}

TEST(ComponentFinder, RailsUnderTheirOwnLeavesAreSameSubproblems) {
  // Each rail's all-to-all crosses only its GPUs' NICs and its own leaf (two_tier(4, 8): one
  // leaf per rail for the 4 servers), so rails 0..3 are 4 components; rails 0..2 move 1 MiB per
  // flow, rail 3 moves 2 MiB, so with sizes compared there are 2 distinct subproblems, without
  // them 1.
  const ClosTopology topo(two_tier(4, 8));
  FabricModel model(topo, Routing::ecmp, 370.0 / 450.0);
  std::vector<Flow> flows;
  for (int rail = 0; rail < 4; ++rail) {
    const auto part = rail_all_to_all(rail, mib(rail == 3 ? 2 : 1));
    flows.insert(flows.end(), part.begin(), part.end());
  }
  ComponentFinder finder;
  const auto sized = finder.find(model, flows, /*same_size=*/true);
  ASSERT_TRUE(sized.has_value());
  EXPECT_EQ(sized->count(), 4);
  EXPECT_EQ(sized->distinct(), 2);
  EXPECT_EQ(sized->same_as, (std::vector<int>{0, 0, 0, 3}));
  const auto unsized = finder.find(model, flows, /*same_size=*/false);
  ASSERT_TRUE(unsized.has_value());
  EXPECT_EQ(unsized->distinct(), 1);
  // Each rail's component crosses its 4 NICs out and the leaf's 4 links down to its NICs.
  EXPECT_EQ(unsized->resource_start, (std::vector<int>{0, 8, 16, 24, 32}));
}

TEST(ComponentFinder, OneDominantComponentIsLeftWhole) {
  // Rail 0's 12 flows plus one flow of rail 1: rail 0's component holds 12 of 13 flows, more
  // than half, so splitting would save little and the phase is solved whole.
  const ClosTopology topo(two_tier(4, 8));
  FabricModel model(topo, Routing::ecmp, 370.0 / 450.0);
  std::vector<Flow> flows = rail_all_to_all(0, mib(1));
  flows.push_back({1, 9, mib(1), 0});
  ComponentFinder finder;
  EXPECT_FALSE(finder.find(model, flows, /*same_size=*/true).has_value());
}

TEST(ComponentFinder, CapacitiesKeptAcrossFindsMatchFreshOnes) {
  // The finder keeps each resource's usable capacity between finds; a finder reused on a model
  // of another NVLink efficiency (and one reused after a find on the same model) must decide
  // as a fresh finder does. Rails 0..3 at equal sizes are one subproblem; a rail on NVLink-only
  // pairs (same server) is compared by its NVLink capacities.
  const ClosTopology topo(two_tier(4, 8));
  FabricModel a(topo, Routing::ecmp, 370.0 / 450.0);
  FabricModel b(topo, Routing::ecmp, 0.5);
  std::vector<Flow> flows;
  for (int rail = 0; rail < 4; ++rail) {
    const auto part = rail_all_to_all(rail, mib(1));
    flows.insert(flows.end(), part.begin(), part.end());
  }
  for (int s = 0; s < 4; ++s) flows.push_back({s * 8, s * 8 + 1, mib(1), 0});
  ComponentFinder reused;
  for (const FabricModel* model : {&a, &b, &a, &b}) {
    ComponentFinder fresh;
    const auto want = fresh.find(*model, flows, /*same_size=*/true);
    const auto got = reused.find(*model, flows, /*same_size=*/true);
    ASSERT_TRUE(want.has_value());
    ASSERT_TRUE(got.has_value());
    EXPECT_EQ(got->same_as, want->same_as);
    EXPECT_EQ(got->resources, want->resources);
    EXPECT_EQ(got->distinct(), 2);
  }
}

TEST(FabricModel, RouteHashIsZeroOnlyWhereRoutesIgnoreIt) {
  // A Clos under adaptive routing sprays over bundles and ignores the hash, so the model skips
  // it; under ECMP the hash picks the path.
  const ClosTopology topo(two_tier(4, 8));
  const Flow f{0, 31, mib(1), 7};
  EXPECT_FALSE(topo.uses_flow_hash(Routing::adaptive));
  EXPECT_TRUE(topo.uses_flow_hash(Routing::ecmp));
  EXPECT_EQ(FabricModel(topo, Routing::adaptive, 0.8).route_hash(f), 0u);
  EXPECT_EQ(FabricModel(topo, Routing::ecmp, 0.8).route_hash(f), FabricModel::flow_hash(f));
  for (int dst = 1; dst < 32; ++dst) {
    const Route r0 = topo.route(0, dst, 0, Routing::adaptive);
    const Route r1 =
        topo.route(0, dst, FabricModel::flow_hash({0, dst, mib(1), 3}), Routing::adaptive);
    EXPECT_TRUE(std::equal(r0.resources().begin(), r0.resources().end(), r1.resources().begin(),
                           r1.resources().end()));
  }
}

TEST(Network, SplitPhaseGivesTheHandSolvedAnswer) {
  // Eight rails each run a 4-GPU all-to-all of 1 MiB per flow. Every NIC sends 3 flows and its
  // leaf link receives 3, so each flow gets C / 3 (C = 49.02 GB/s) and finishes at 3 S / C; the
  // rail-3 copy of 2 MiB finishes at 6 S / C. Split by rail, the answer must be the same as
  // solving the whole phase: each rail alone is the same hand-solved case.
  const ClosTopology topo(two_tier(4, 8));
  Network net(topo);
  const double c = kNic * kRoceEff;
  const Bytes s = mib(1);
  std::vector<Flow> flows;
  for (int rail = 0; rail < 8; ++rail) {
    const auto part = rail_all_to_all(rail, rail == 3 ? s * 2.0 : s);
    flows.insert(flows.end(), part.begin(), part.end());
  }
  const PhaseResult r = net.run_phase(flows);
  for (std::size_t i = 0; i < flows.size(); ++i) {
    const double expected = (flows[i].src % 8 == 3 ? 6.0 : 3.0) * s.value() / c;
    EXPECT_NEAR(r.finish[i].value(), expected, 1e-15) << "flow " << i;
  }
  EXPECT_NEAR(r.makespan.value(), 6.0 * s.value() / c, 1e-15);
  for (const ByteRate& rate : net.steady_rates(flows)) EXPECT_NEAR(rate.value(), c / 3.0, 1e-3);
  // Loads: 8 rails x 8 resources, each full (3 flows of C / 3).
  const std::vector<ResourceLoad> loads = net.resource_loads(flows);
  ASSERT_EQ(loads.size(), 64u);
  for (std::size_t k = 0; k < loads.size(); ++k) {
    EXPECT_NEAR(loads[k].utilization(), 1.0, 1e-12);
    EXPECT_EQ(loads[k].flows, 3);
    if (k > 0) EXPECT_LT(loads[k - 1].resource, loads[k].resource);
  }
}

}  // namespace
}  // namespace colossus
