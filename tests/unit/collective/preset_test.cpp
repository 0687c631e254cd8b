// Collectives on the shipped cluster presets: the contention Meta's 24k RoCE cluster puts above
// its pods. (The calibration rows of measured.json are tests/unit/validation's.)
#include <gtest/gtest.h>

#include "colossus/collective/collective.h"
#include "colossus/spec/cluster_loader.h"

namespace colossus {
namespace {

TEST(PresetContention, Meta24kCrossPodAllReduceSlowsBySevenfold) {
  // meta-24k-roce: pods of 3,072 GPUs (192 ToRs of 16); each ToR has 16 uplinks, so a pod has
  // 16 cluster switches, each with 192 down and ceil(192/7) = 28 up ports: 448 uplinks leave a
  // pod for its 3,072 NICs. 3,072 data-parallel groups of 8 ranks, one per pod (GPU p x 3072 +
  // j): every ring edge leaves its pod, each GPU with 2 channel flows. Alone, a flow gets B/2
  // (its NIC); all together, a pod's 6,144 flows share 448 uplinks: 448 B / 6144 = B / 13.7.
  // Slowdown 3072 / 448 = 6.86, the paper's 1:7 (192 / 28 with whole ports). Adaptive routing so
  // that the bundle is shared evenly (the preset's E-ECMP only adds collisions on top). Within 1%.
  const std::unique_ptr<const Topology> topo_built = make_topology(load_cluster("meta-24k-roce"));
  const Topology& topo = *topo_built;
  Network net(topo, NetworkOptions{true, Routing::adaptive});
  CollectiveCall call;
  call.op = CollectiveOp::all_reduce;
  call.size = gib(1);
  call.algorithm = "ring";
  call.protocol = Protocol::simple;
  for (int p = 0; p < 8; ++p) call.ranks.push_back(p * 3072);
  const auto alone = run_collective(net, call);
  for (int j = 0; j < 3072; ++j) call.group_offsets.push_back(j);
  const auto all = run_collective(net, call);
  const double factor = all.phases[0].bandwidth / alone.phases[0].bandwidth;
  EXPECT_NEAR(factor, 3072.0 / 448.0, 0.01 * 3072.0 / 448.0);
}

}  // namespace
}  // namespace colossus
