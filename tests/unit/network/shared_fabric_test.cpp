// The fluid model and the step's shared fabric, with hand-solved answers. The cluster: three
// 8-GPU servers (tests/unit/collective/test_fabrics.h), one 400 Gb/s NIC per GPU, NICs on
// leaves in order (not rail-optimized), radix-8 leaves at 3:1 (6 NICs down, 2 uplinks up) under
// one spine tier, adaptive routing, so a leaf's uplinks are one bundle of 2 x 400 Gb/s. GPUs 0-5
// sit on leaf 0, 6-11 on leaf 1, 12-17 on leaf 2. C below is one NIC's goodput (50 GB/s x RoCE
// efficiency).
#include "colossus/network/shared_fabric.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

#include "../collective/test_fabrics.h"
#include "colossus/network/engine.h"
#include "colossus/network/fluid_model.h"
#include "colossus/topology/clos_topology.h"

namespace colossus {
namespace {

// 24 GPUs on radix-8 leaves at 3:1, not rail-optimized, RoCE, adaptive routing.
ClusterSpec three_leaves() {
  return testing::h100_cluster(3, {{8, 3.0}, {8}}, /*rail_optimized=*/false, Transport::roce,
                               Routing::adaptive);
}

std::vector<Flow> flows(std::vector<std::pair<GpuId, GpuId>> pairs) {
  std::vector<Flow> out;
  for (auto [s, d] : pairs) out.push_back({s, d, bytes(1), 0});
  return out;
}

TEST(FluidModel, ActivitiesStartingLaterShareWhatIsLeft) {
  // One link of 100 B/s. A starts at 0 with 300 B; B starts at 1 s with 100 B. A runs alone at
  // 100 B/s until 1 s (200 B left); then both at 50 B/s: B ends at 1 + 100/50 = 3 s, when A has
  // 100 B left, which it moves alone at 100 B/s: A ends at 4 s.
  MaxMinSolver solver;
  const int link = solver.add_constraint(100.0);
  const int a = solver.add_variable(std::vector<int>{link});
  FluidModel model(solver);
  model.start(a, 300.0);
  EXPECT_DOUBLE_EQ(model.next_completion().value(), 3.0);
  EXPECT_TRUE(model.advance(seconds(1.0)).empty());
  const int b = solver.add_variable(std::vector<int>{link});
  model.start(b, 100.0);
  EXPECT_DOUBLE_EQ(model.next_completion().value(), 2.0);
  auto done = model.advance(seconds(2.0));
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].variable, b);
  EXPECT_DOUBLE_EQ(model.remaining(a), 100.0);
  EXPECT_DOUBLE_EQ(model.next_completion().value(), 1.0);
  done = model.advance(seconds(1.0));
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].variable, a);
  EXPECT_TRUE(model.idle());
}

TEST(FluidModel, MemoAnswersARepeatedSetWithTheSolvedRates) {
  // One link of capacity 100 and two classes: class 0 uses it with coefficient 1, class 1 with
  // coefficient 3. Alone, a class-0 activity runs at its bound 1 (100 > 1); with a class-1
  // activity beside it both are limited by x + 3y <= 100 only above their bounds, so both run at
  // 1. With a tighter link (capacity 2): x + 3y = 2, x = y = 1/2. The second time the same
  // classes run (other variables, same order), the memo answers without a solve, with the
  // same rates bit for bit.
  MaxMinSolver solver;
  const int link = solver.add_constraint(2.0);
  std::vector<int> class_of;
  RateMemo memo;
  FluidModel model(solver);
  model.memoize(&class_of, &memo);
  auto add = [&](int cls) {
    class_of.push_back(cls);
    return solver.add_variable(std::vector<int>{link}, std::vector<double>{cls == 0 ? 1.0 : 3.0},
                               1.0, 1.0);
  };
  const int a = add(0), b = add(1);
  model.start(a, 1.0);
  model.start(b, 1.0);
  EXPECT_DOUBLE_EQ(model.rate(a), 0.5);
  EXPECT_DOUBLE_EQ(model.rate(b), 0.5);
  EXPECT_EQ(model.solves(), 1);
  EXPECT_EQ(model.advance(seconds(2.0)).size(), 2u);
  const int c = add(0), d = add(1);
  model.start(c, 1.0);
  model.start(d, 1.0);
  EXPECT_EQ(model.rate(c), 0.5);
  EXPECT_EQ(model.rate(d), 0.5);
  EXPECT_EQ(model.solves(), 1);  // answered by the memo
  EXPECT_EQ(memo.size(), 1u);
  model.cancel(d);
  EXPECT_DOUBLE_EQ(model.rate(c), 1.0);  // alone: its bound
  EXPECT_EQ(model.solves(), 2);
}

TEST(MaxMinSolver, CoefficientsScaleAVariablesUse) {
  // Capacity 12; x uses it with coefficient 2, y with 1; equal weights: 2L + L = 12, L = 4:
  // x = y = 4, and x's use is 8. With y bounded at 1: x = (12 - 1) / 2 = 5.5.
  MaxMinSolver s;
  const int c = s.add_constraint(12.0);
  s.add_variable(std::vector<int>{c}, std::vector<double>{2.0});
  s.add_variable(std::vector<int>{c});
  s.solve();
  EXPECT_DOUBLE_EQ(s.value(0), 4.0);
  EXPECT_DOUBLE_EQ(s.value(1), 4.0);
  EXPECT_DOUBLE_EQ(s.usage(c), 12.0);
  MaxMinSolver t;
  const int d = t.add_constraint(12.0);
  t.add_variable(std::vector<int>{d}, std::vector<double>{2.0});
  t.add_variable(std::vector<int>{d}, 1.0, 1.0);
  t.solve();
  EXPECT_DOUBLE_EQ(t.value(0), 5.5);
  EXPECT_DOUBLE_EQ(t.value(1), 1.0);
}

// DP: 0->8, 1->9, 2->10; PP: 3->11, 4->12. All five leave leaf 0 through its uplink bundle
// (2C). Alone, the 3 DP flows share 2C (2C/3 each, under their NICs' C) and the 2 PP flows share
// 2C (C each): each pattern alone fills the bundle, demand 2C. Together,
// 2C rho_dp + 2C rho_pp <= 2C with equal shares: rho = 1/2 each.
class SharedUplink : public ::testing::Test {
 protected:
  const ClosTopology topology{three_leaves()};
  Network network{topology};
  SharedFabric fabric{network};
  const int dp = fabric.add_pattern("dp", flows({{0, 8}, {1, 9}, {2, 10}}));
  const int pp = fabric.add_pattern("pp", flows({{3, 11}, {4, 12}}));

  // Runs the fabric until idle; each activity's end, in order.
  std::vector<std::pair<int, double>> run() {
    Seconds now{};
    std::vector<std::pair<int, double>> ends;
    while (!fabric.idle()) {
      const Seconds dt = fabric.next_completion();
      for (const Completion& c : fabric.advance(dt)) {
        ends.emplace_back(c.variable, (now + c.at).value());
      }
      now += dt;
    }
    return ends;
  }
};

TEST_F(SharedUplink, TwoTransfersOfOneSecondEndAtTwo) {
  // Both at rho 1/2: 1 s of lone work each ends at 2 s, and the bundle is full all along.
  const int a = fabric.start(dp, seconds(1.0));
  const int b = fabric.start(pp, seconds(1.0));
  EXPECT_DOUBLE_EQ(fabric.progress(a), 0.5);
  EXPECT_DOUBLE_EQ(fabric.progress(b), 0.5);
  EXPECT_DOUBLE_EQ(fabric.next_completion().value(), 2.0);
  EXPECT_EQ(fabric.advance(seconds(2.0)).size(), 2u);
  bool found = false;
  for (const TierLoad& t : fabric.tier_loads()) {
    if (t.kind == ResourceKind::switch_up && t.tier == 0) {
      found = true;
      EXPECT_DOUBLE_EQ(t.peak, 1.0);
      EXPECT_DOUBLE_EQ(t.busiest_average, 1.0);
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(SharedUplink, ShorterTransferLeavesTheLinkToTheOther) {
  // The PP transfer taking 0.5 s alone: both at rho 1/2 until PP has done its 0.5 s of work at
  // t = 1 s; DP then has 0.5 s of work left alone: it ends at 1.5 s.
  const int a = fabric.start(dp, seconds(1.0));
  const int b = fabric.start(pp, seconds(0.5));
  const auto ends = run();
  ASSERT_EQ(ends.size(), 2u);
  EXPECT_EQ(ends[0].first, b);
  EXPECT_NEAR(ends[0].second, 1.0, 1e-12);
  EXPECT_EQ(ends[1].first, a);
  EXPECT_NEAR(ends[1].second, 1.5, 1e-12);
}

TEST(SharedFabric, TrafficOnSeparateLinksDoesNotSlowDown) {
  // The same DP transfer beside pipeline sends from leaf 1 to leaf 2 (6->14, 7->15): they share
  // no resource (leaf 0's uplink and leaf 1's downlink for DP, leaf 1's uplink and leaf 2's
  // downlink for PP), so each runs at its lone speed.
  const ClosTopology topology(three_leaves());
  Network network(topology);
  SharedFabric fabric(network);
  const int dp = fabric.add_pattern("dp", flows({{0, 8}, {1, 9}, {2, 10}}));
  const int pp = fabric.add_pattern("pp", flows({{6, 14}, {7, 15}}));
  const int a = fabric.start(dp, seconds(1.0));
  const int b = fabric.start(pp, seconds(1.0));
  EXPECT_DOUBLE_EQ(fabric.progress(a), 1.0);
  EXPECT_DOUBLE_EQ(fabric.progress(b), 1.0);
  EXPECT_DOUBLE_EQ(fabric.next_completion().value(), 1.0);
}

TEST(SharedFabric, IdenticalResourcesMergeIntoOneConstraint) {
  // GPU i -> GPU 8 + i for i in 0..5, from leaf 0 to leaves 1 and 2 (8..11 on leaf 1, 12, 13 on
  // leaf 2). The six nic_out and
  // six nic_in resources carry the same demand and capacity: one constraint each for the
  // sending and receiving NICs, plus the up bundle and the down bundle: 4 constraints.
  const ClosTopology topology(three_leaves());
  Network network(topology);
  SharedFabric fabric(network);
  const int p =
      fabric.add_pattern("dp", flows({{0, 8}, {1, 9}, {2, 10}, {3, 11}, {4, 12}, {5, 13}}));
  fabric.start(p, seconds(1.0));
  EXPECT_EQ(fabric.constraint_count(), 4);
}

TEST(SharedFabric, BuiltFromSealedPatternsRunsAsTheOriginal) {
  // The SharedUplink case (rho 1/2 each, PP of 0.5 s ends at 1 s, DP at 1.5 s) on a fabric built
  // from the first one's sealed patterns: the same constraints, the same answer.
  const ClosTopology topology(three_leaves());
  Network network(topology);
  SharedFabric first(network);
  const int dp = first.add_pattern("dp", flows({{0, 8}, {1, 9}, {2, 10}}));
  const int pp = first.add_pattern("pp", flows({{3, 11}, {4, 12}}));
  SharedFabric second(network, first.sealed());
  EXPECT_EQ(second.pattern_count(), 2);
  EXPECT_EQ(second.pattern_name(pp), "pp");
  EXPECT_EQ(second.constraint_count(), first.constraint_count());
  const int a = second.start(dp, seconds(1.0));
  const int b = second.start(pp, seconds(0.5));
  EXPECT_DOUBLE_EQ(second.progress(a), 0.5);
  EXPECT_DOUBLE_EQ(second.progress(b), 0.5);
  EXPECT_NEAR(second.next_completion().value(), 1.0, 1e-12);
  EXPECT_THROW(second.add_pattern("late", flows({{0, 8}})), std::logic_error);
}

TEST(PatternLoadCache, SameFlowsShareLoadsOtherFlowsDoNot) {
  // Two fabrics registering the DP flows {0->8, 1->9, 2->10}: the second gets the first's loads
  // (one miss, one hit; the same object), and both merge them into the same constraints: the
  // three flows share leaf 0's 2C up bundle (2C/3 each), so the six NICs (out and in, 2C/3 of
  // C each) are one constraint, the up bundle and leaf 1's down bundle (2C of 2C) another. The
  // same pairs on another channel (entropy 1) are other flows: a miss.
  const ClosTopology topology(three_leaves());
  Network network(topology);
  PatternLoadCache cache(std::size_t{1} << 20);
  const std::vector<Flow> dp = flows({{0, 8}, {1, 9}, {2, 10}});
  const auto first = cache.loads(network, dp);
  const auto second = cache.loads(network, dp);
  EXPECT_EQ(first, second);
  EXPECT_EQ(cache.misses(), 1);
  EXPECT_EQ(cache.hits(), 1);
  SharedFabric a(network, &cache), b(network, &cache);
  a.add_pattern("dp", dp);
  b.add_pattern("dp", dp);
  a.start(0, seconds(1.0));
  b.start(0, seconds(1.0));
  EXPECT_EQ(a.constraint_count(), 2);
  EXPECT_EQ(b.constraint_count(), 2);
  EXPECT_EQ(cache.hits(), 3);
  std::vector<Flow> other = dp;
  for (Flow& f : other) f.entropy = 1;
  cache.loads(network, other);
  EXPECT_EQ(cache.misses(), 2);
}

TEST(PatternLoadCache, ADescribedPatternIsDrawnOnlyWhenItsKeyIsNew) {
  // A caller's key (word 0 not kFlowWords) stands for the flows its draw returns: the first ask
  // draws them (a miss) and gets the loads of those flows as keyed by themselves; the second
  // ask of the same key is a hit and draws nothing; another key is a miss. A fabric without a
  // cache draws every time. The DP flows of the test above: 2C/3 on each of the six NICs.
  const ClosTopology topology(three_leaves());
  Network network(topology);
  PatternLoadCache cache(std::size_t{1} << 20);
  const std::vector<Flow> dp = flows({{0, 8}, {1, 9}, {2, 10}});
  int drawn = 0;
  auto draw = [&] {
    ++drawn;
    return dp;
  };
  const std::vector<std::uint32_t> key = {7, 0, 1, 2};
  const auto first = cache.loads(network, key, draw);
  const auto second = cache.loads(network, key, draw);
  EXPECT_EQ(drawn, 1);
  EXPECT_EQ(first, second);
  EXPECT_EQ(first->flows, 3);
  const auto by_flows = cache.loads(network, dp);
  EXPECT_NE(by_flows, first);  // another key: computed again, to the same loads
  EXPECT_EQ(by_flows->resources, first->resources);
  EXPECT_EQ(by_flows->demand, first->demand);
  ASSERT_EQ(first->resources.size(), 8u);  // 6 NICs, leaf 0's up and leaf 1's down bundle
  EXPECT_NEAR(first->demand[0] / first->capacity[0], 2.0 / 3.0, 1e-12);
  cache.loads(network, std::vector<std::uint32_t>{7, 0, 1}, draw);
  EXPECT_EQ(drawn, 2);
  EXPECT_EQ(cache.misses(), 3);
  EXPECT_EQ(cache.hits(), 1);
  SharedFabric alone(network);
  alone.pattern_loads(key, draw);
  EXPECT_EQ(drawn, 3);
}

TEST(PatternLoadCache, EvictsTheLeastRecentlyUsedPastItsBudget) {
  // A budget below two entries' bytes keeps only the last one used: asking for the first
  // pattern again after a second one computes it again (a miss).
  const ClosTopology topology(three_leaves());
  Network network(topology);
  PatternLoadCache cache(1);
  cache.loads(network, flows({{0, 8}}));
  cache.loads(network, flows({{6, 14}}));
  cache.loads(network, flows({{0, 8}}));
  EXPECT_EQ(cache.misses(), 3);
  EXPECT_EQ(cache.hits(), 0);
}

}  // namespace
}  // namespace colossus
