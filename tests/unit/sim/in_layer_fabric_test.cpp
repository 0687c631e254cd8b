// In-layer collectives on the shared fabric, hand-solved. The fabric is the shared-uplink one of
// tests/unit/network/shared_fabric_test.cpp: three 8-GPU servers whose NICs sit on radix-8
// leaves at 3:1 (6 NICs down, 2 uplinks up; GPUs 0-5 on leaf 0, 6-11 on leaf 1, 12-17 on leaf
// 2), adaptive routing. An expert all-to-all pattern (0->8, 1->9, 2->10) and the data-parallel
// pattern (3->11, 4->12) each fill leaf 0's uplink bundle alone, so together each runs at
// rho = 1/2. One stage, one micro-batch: the forward is 1 ms of kernels then 1 ms of exposed
// expert all-to-all, the backward the same; the gradients (2 ms) reduce in two buckets of 1 ms,
// ready halfway through the backward and at its end.
#include <gtest/gtest.h>

#include <vector>

#include "../collective/test_fabrics.h"
#include "colossus/network/network.h"
#include "colossus/network/shared_fabric.h"
#include "colossus/sim/pipeline_executor.h"
#include "colossus/sim/simulation.h"
#include "colossus/sim/step_breakdown.h"
#include "colossus/topology/clos_topology.h"
#include "colossus/workload/pipeline_schedule.h"

namespace colossus::sim {
namespace {

std::vector<Flow> flows(std::vector<std::pair<GpuId, GpuId>> pairs) {
  std::vector<Flow> out;
  for (auto [s, d] : pairs) out.push_back({s, d, bytes(1), 0});
  return out;
}

class InLayer : public ::testing::Test {
 protected:
  const ClosTopology topology{testing::h100_cluster(3, {{8, 3.0}, {8}}, /*rail_optimized=*/false,
                                                    Transport::roce, Routing::adaptive)};
  Network network{topology};
  SharedFabric fabric{network};
  const PipelineShape shape{1, 1, 1};

  // The stage's costs with its expert all-to-all on `ep_pattern` and its DP stream on `dp`.
  PipelineCosts costs(int ep_pattern, int dp_pattern) {
    PipelineCosts c;
    StageCosts s;
    s.forward = {milliseconds(2)};
    s.backward = {milliseconds(2)};
    s.grad_reduce = {milliseconds(2)};
    s.param_gather = {Seconds{}};
    s.dp_pattern = dp_pattern;
    s.in_layer.push_back({Stream::ep, ep_pattern, {milliseconds(1)}, {milliseconds(1)}});
    c.stages.push_back(s);
    c.grad_buckets = 2;
    c.fabric = &fabric;
    return c;
  }
};

TEST_F(InLayer, AllToAllAndGradientReductionShareTheUplink) {
  // F: kernels [0, 1], all-to-all [1, 2] alone. B: kernels [2, 3]; bucket 0 is ready at
  // 2 + 2/2 = 3 ms, so from 3 ms the all-to-all and bucket 0 run at rho 1/2: both end at 5 ms.
  // Bucket 1 (ready at 4 ms) waits for bucket 0 and runs alone [5, 6]. Step: 6 ms.
  const int ep = fabric.add_pattern("ep", flows({{0, 8}, {1, 9}, {2, 10}}));
  const int dp = fabric.add_pattern("dp", flows({{3, 11}, {4, 12}}));
  const PipelineCosts c = costs(ep, dp);
  const PipelineTimeline t = run_pipeline(*make_schedule("1f1b"), shape, c);
  EXPECT_NEAR(t.step_time.value(), 6e-3, 1e-12);
  EXPECT_NEAR(t.stages[0].compute_end.value(), 5e-3, 1e-12);
  EXPECT_NEAR(t.stages[0].grad_reduce_end.value(), 6e-3, 1e-12);
  ASSERT_EQ(t.spans.size(), 2u);
  EXPECT_NEAR(t.spans[1].in_layer_stretch.value(), 1e-3, 1e-12);

  // The breakdown: 2 ms of kernels; the all-to-all's 2 ms alone plus its 1 ms stretch; the
  // last bucket's 1 ms after the compute to DP. 2 + 3 + 1 = 6 ms, the step.
  FoldedPass pass;
  pass.duration = milliseconds(2);
  pass.compute = milliseconds(1);
  pass.exposed[GroupKind::ep] = milliseconds(1);
  const StepBreakdown b =
      breakdown_of(t, 0, {pass}, {pass}, Seconds{}, Seconds{});  // pp 1: no bubble
  EXPECT_NEAR(b.compute.value(), 2e-3, 1e-12);
  EXPECT_NEAR(b.ep.value(), 3e-3, 1e-12);
  EXPECT_NEAR(b.dp.value(), 1e-3, 1e-12);
  EXPECT_NEAR(b.bubble.value(), 0.0, 1e-12);
}

TEST_F(InLayer, AllToAllOnOtherLinksDoesNotSlowDown) {
  // The all-to-all from leaf 1 to leaf 2 (6->14, 7->15) shares no resource with DP flows from
  // leaf 0 to leaf 1 (0->8, 1->9, 2->10: leaf 0's uplink, leaf 1's downlink): F [0, 2],
  // B [2, 4], buckets [3, 4] and [4, 5]: 5 ms, the step without a shared fabric.
  const int ep = fabric.add_pattern("ep", flows({{6, 14}, {7, 15}}));
  const int dp = fabric.add_pattern("dp", flows({{0, 8}, {1, 9}, {2, 10}}));
  PipelineCosts c = costs(ep, dp);
  EXPECT_NEAR(run_pipeline(*make_schedule("1f1b"), shape, c).step_time.value(), 5e-3, 1e-12);
  c.fabric = nullptr;
  EXPECT_NEAR(run_pipeline(*make_schedule("1f1b"), shape, c).step_time.value(), 5e-3, 1e-12);
}

TEST_F(InLayer, RejectsInLayerTimeLongerThanItsPass) {
  const int ep = fabric.add_pattern("ep", flows({{0, 8}}));
  PipelineCosts c = costs(ep, -1);
  c.stages[0].in_layer[0].backward = {milliseconds(3)};
  EXPECT_THROW(run_pipeline(*make_schedule("1f1b"), shape, c), std::invalid_argument);
}

}  // namespace
}  // namespace colossus::sim
