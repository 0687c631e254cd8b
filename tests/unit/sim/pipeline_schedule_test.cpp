// Pipeline schedules against their closed forms (Narayanan et al. 2021, "Efficient Large-Scale
// Language Model Training on GPU Clusters Using Megatron-LM", §2.2): with p uniform stages, m
// micro-batches, forward and backward times t_f, t_b per stage and free communication,
//  - 1F1B and GPipe take (m + p - 1) (t_f + t_b): the bubble is (p - 1)(t_f + t_b), a fraction
//    (p - 1) / (m + p - 1) of the step;
//  - interleaved 1F1B with v chunks per stage (each t_f / v, t_b / v) has a bubble of
//    (p - 1)(t_f + t_b) / v, so the step is (m + (p - 1) / v)(t_f + t_b) and the bubble
//    fraction (p - 1) / (v m + p - 1).
#include "colossus/workload/pipeline_schedule.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "colossus/core/error.h"
#include "colossus/sim/pipeline_executor.h"

namespace colossus::sim {
namespace {

// Uniform costs: every chunk of every stage takes t_f / v forward and t_b / v backward.
PipelineCosts uniform(const PipelineShape& shape, Seconds tf, Seconds tb) {
  PipelineCosts costs;
  const auto v = static_cast<std::size_t>(shape.virtual_stages);
  for (int s = 0; s < shape.stages; ++s) {
    StageCosts c;
    c.forward.assign(v, tf / static_cast<double>(v));
    c.backward.assign(v, tb / static_cast<double>(v));
    c.grad_reduce.assign(v, Seconds{});
    c.param_gather.assign(v, Seconds{});
    costs.stages.push_back(c);
  }
  return costs;
}

// Bubble fraction of stage 0: idle time of its compute stream over the step.
double bubble_fraction(const PipelineTimeline& t) {
  return (t.step_time - t.stages[0].compute_busy) / t.step_time;
}

class ClosedForm : public ::testing::TestWithParam<std::tuple<int, int>> {};

TEST_P(ClosedForm, OneFOneBMatchesMegatron) {
  const auto [p, m] = GetParam();
  const PipelineShape shape{p, m, 1};
  const Seconds tf = milliseconds(10), tb = milliseconds(20);
  const auto schedule = make_schedule("1f1b");
  const PipelineTimeline t = run_pipeline(*schedule, shape, uniform(shape, tf, tb));
  // Step (m + p - 1)(t_f + t_b), bubble fraction (p - 1)/(m + p - 1).
  EXPECT_NEAR(t.step_time.value(), (m + p - 1) * (tf + tb).value(), 1e-12);
  EXPECT_NEAR(bubble_fraction(t), double(p - 1) / (m + p - 1), 1e-9);
}

TEST_P(ClosedForm, GpipeMatchesMegatron) {
  const auto [p, m] = GetParam();
  const PipelineShape shape{p, m, 1};
  const Seconds tf = milliseconds(10), tb = milliseconds(20);
  const PipelineTimeline t = run_pipeline(*make_schedule("gpipe"), shape, uniform(shape, tf, tb));
  // GPipe has the same bubble as 1F1B: (m + p - 1)(t_f + t_b).
  EXPECT_NEAR(t.step_time.value(), (m + p - 1) * (tf + tb).value(), 1e-12);
}

INSTANTIATE_TEST_SUITE_P(Shapes, ClosedForm,
                         ::testing::Values(std::make_tuple(1, 1), std::make_tuple(1, 8),
                                           std::make_tuple(2, 4), std::make_tuple(4, 4),
                                           std::make_tuple(4, 16), std::make_tuple(8, 3),
                                           std::make_tuple(8, 64)));

class InterleavedClosedForm : public ::testing::TestWithParam<std::tuple<int, int, int>> {};

TEST_P(InterleavedClosedForm, BubbleIsDividedByChunks) {
  const auto [p, m, v] = GetParam();
  const PipelineShape shape{p, m, v};
  const Seconds tf = milliseconds(12), tb = milliseconds(24);
  const PipelineTimeline t =
      run_pipeline(*make_schedule("interleaved"), shape, uniform(shape, tf, tb));
  // Narayanan et al. 2021 §2.2.2: bubble time (p - 1)(t_f + t_b)/v on top of m(t_f + t_b).
  const double expected = (m + double(p - 1) / v) * (tf + tb).value();
  EXPECT_NEAR(t.step_time.value(), expected, 1e-9);
  EXPECT_NEAR(bubble_fraction(t), double(p - 1) / (v * m + p - 1), 1e-9);
}

INSTANTIATE_TEST_SUITE_P(Shapes, InterleavedClosedForm,
                         ::testing::Values(std::make_tuple(2, 4, 2), std::make_tuple(4, 8, 2),
                                           std::make_tuple(4, 8, 4), std::make_tuple(8, 16, 2),
                                           std::make_tuple(8, 32, 4), std::make_tuple(4, 4, 3)));

TEST(Interleaved, OneChunkIsOneFOneB) {
  // With v = 1 Megatron's interleaved code warms up (p - s - 1) * 2 forwards instead of
  // p - s - 1, but with uniform stages the step is still 1F1B's (m + p - 1)(t_f + t_b).
  const PipelineShape shape{4, 8, 1};
  const auto t = run_pipeline(*make_schedule("interleaved"), shape,
                              uniform(shape, milliseconds(1), milliseconds(2)));
  EXPECT_NEAR(t.step_time.value(), (8 + 3) * 3e-3, 1e-12);
}

TEST(Schedules, EveryOpRunsOnceOnEveryStage) {
  // Each stage runs each (pass, micro-batch, chunk) exactly once: 2 m v ops.
  for (const auto& name : schedule_names()) {
    const PipelineShape shape{4, 8, name == "interleaved" ? 2 : 1};
    const auto schedule = make_schedule(name);
    for (int s = 0; s < shape.stages; ++s) {
      const auto order = schedule->stage_order(shape, s);
      std::set<std::tuple<int, int, int>> seen;
      for (const auto& op : order) seen.insert({int(op.pass), op.micro_batch, op.chunk});
      EXPECT_EQ(order.size(), 2u * 8 * shape.virtual_stages) << name;
      EXPECT_EQ(seen.size(), order.size()) << name;
    }
  }
}

TEST(Schedules, OneFOneBWarmsUpPMinusSMinusOneForwards) {
  // Stage 1 of 4: two warm-up forwards, then F2 B0 F3 B1 ... (PipeDream-flush).
  const auto order = make_schedule("1f1b")->stage_order({4, 6, 1}, 1);
  ASSERT_EQ(order.size(), 12u);
  EXPECT_EQ(order[0], (PipelineOp{Pass::forward, 0, 0}));
  EXPECT_EQ(order[1], (PipelineOp{Pass::forward, 1, 0}));
  EXPECT_EQ(order[2], (PipelineOp{Pass::forward, 2, 0}));
  EXPECT_EQ(order[3], (PipelineOp{Pass::backward, 0, 0}));
  EXPECT_EQ(order[11], (PipelineOp{Pass::backward, 5, 0}));
}

TEST(Schedules, PeakInFlight) {
  // 1F1B stage s holds p - s micro-batches (stage 0 of 8: 8); GPipe holds all m.
  EXPECT_EQ(make_schedule("1f1b")->peak_in_flight({8, 32, 1}, 0), 8);
  EXPECT_EQ(make_schedule("1f1b")->peak_in_flight({8, 32, 1}, 7), 1);
  EXPECT_EQ(make_schedule("1f1b")->peak_in_flight({8, 4, 1}, 0), 4);
  EXPECT_EQ(make_schedule("gpipe")->peak_in_flight({8, 32, 1}, 3), 32);
  // Interleaved stage 0 of p = 4, v = 2: warm-up (p - 1) * 2 + (v - 1) p = 10 chunk passes,
  // 11 in flight at the peak = 5.5 stages' worth (Megatron: p (1 + (p - 1)/(p v)) = 5.5).
  EXPECT_DOUBLE_EQ(make_schedule("interleaved")->peak_in_flight({4, 8, 2}, 0), 5.5);
}

TEST(Schedules, MegatronInFlightCountsByHand) {
  // 1F1B (Megatron forward_backward_pipelining_without_interleaving): stage s runs
  // p - s - 1 warm-up forwards, then one more forward before its first backward, so it holds
  // min(p - s, m): p = 4, m = 8 gives 4, 3, 2, 1; with m = 2 stage 0 holds 2.
  for (int stage = 0; stage < 4; ++stage)
    EXPECT_EQ(make_schedule("1f1b")->peak_in_flight({4, 8, 1}, stage), 4 - stage);
  EXPECT_EQ(make_schedule("1f1b")->peak_in_flight({4, 2, 1}, 0), 2);
  // GPipe: all m forwards first, on every stage.
  EXPECT_EQ(make_schedule("gpipe")->peak_in_flight({4, 8, 1}, 3), 8);
  // Interleaved (forward_backward_pipelining_with_interleaving): warm-up
  // (p - s - 1) * 2 + (v - 1) * p chunk forwards, then one more. p = 4, v = 2, m = 8:
  // stage 0: 6 + 4 + 1 = 11 chunks = 5.5 stages' worth; stage 3: 0 + 4 + 1 = 5 -> 2.5.
  // p = 2, v = 3, m = 4: stage 0: 2 + 4 + 1 = 7 chunks = 7/3; stage 1: 0 + 4 + 1 = 5 -> 5/3.
  EXPECT_DOUBLE_EQ(make_schedule("interleaved")->peak_in_flight({4, 8, 2}, 3), 2.5);
  EXPECT_NEAR(make_schedule("interleaved")->peak_in_flight({2, 4, 3}, 0), 7.0 / 3, 1e-12);
  EXPECT_NEAR(make_schedule("interleaved")->peak_in_flight({2, 4, 3}, 1), 5.0 / 3, 1e-12);
  // m = p = 4, v = 2 (Megatron-Core's get_pp_rank_microbatches, since November 2024): stage 0's
  // warm-up 6 + 4 = 10 reaches the 8 chunk passes, so it runs every forward first (all 4
  // micro-batches); stage 3's is 0 + 4 = 4, then one more: 5 chunks = 2.5 micro-batches.
  EXPECT_DOUBLE_EQ(make_schedule("interleaved")->peak_in_flight({4, 4, 2}, 0), 4.0);
  EXPECT_DOUBLE_EQ(make_schedule("interleaved")->peak_in_flight({4, 4, 2}, 3), 2.5);
}

TEST(Schedules, PeakActivationsWeighChunksUnevenly) {
  // Interleaved p = 2, v = 2, m = 2 (stage 0: warm-up 2 + 2 = all 4 chunk passes), stage 0 holds
  // chunk 0 (10 bytes a micro-batch) and chunk 1 (1 byte): its forwards are mb0 c0, mb1 c0, mb0 c1,
  // mb1 c1 before any backward, so the peak is 2 * 10 + 2 * 1 = 22 bytes, not 2 * (10 + 1) / 2 per
  // chunk-count.
  EXPECT_DOUBLE_EQ(make_schedule("interleaved")->peak_activations({2, 2, 2}, 0, {10, 1}), 22);
  // 1F1B p = 3, m = 6, stage 1: warm-up 1 forward, then forward, backward...: 2 held at most.
  EXPECT_DOUBLE_EQ(make_schedule("1f1b")->peak_activations({3, 6, 1}, 1, {7}), 14);
}

TEST(Schedules, RejectsShapesTheyCannotRun) {
  EXPECT_THROW(make_schedule("1f1b")->check({4, 8, 2}), InputError);
  EXPECT_THROW(make_schedule("interleaved")->check({4, 6, 2}), InputError);  // 6 % 4 != 0
  EXPECT_THROW(make_schedule("interleaved")->check({1, 6, 2}), InputError);
  EXPECT_NO_THROW(make_schedule("interleaved")->check({4, 8, 2}));
  try {
    make_schedule("zero-bubble", "parallelism.schedule");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.field(), "parallelism.schedule");
    EXPECT_EQ(e.message(),
              "expected a pipeline schedule (1f1b, interleaved, gpipe), got 'zero-bubble'");
  }
}

TEST(Executor, PointToPointTransfersAddToTheCriticalPath) {
  // p = 2, m = 1, transfer c each way: F on stage 0 [0, t_f], c, F on stage 1, B on stage 1,
  // c, B on stage 0: step = 2 (t_f + t_b) + 2 c.
  const PipelineShape shape{2, 1, 1};
  auto costs = uniform(shape, milliseconds(1), milliseconds(2));
  costs.p2p_forward = microseconds(100);
  costs.p2p_backward = microseconds(100);
  const auto t = run_pipeline(*make_schedule("1f1b"), shape, costs);
  EXPECT_NEAR(t.step_time.value(), 2 * 3e-3 + 2 * 100e-6, 1e-12);
}

TEST(Executor, GradientReductionOverlapsTheLastBackward) {
  // One stage, one micro-batch, t_f = 1 ms, t_b = 2 ms, reduction R = 4 ms in B = 4 buckets of
  // 1 ms, bucket k ready at t_f + (k + 1) t_b / 4. The DP stream is the bottleneck (1 ms per
  // bucket > 0.5 ms between buckets): it starts at 1.5 ms and ends at 5.5 ms; + optimizer 0.5.
  // Without overlap: 1 + 2 + 4 + 0.5 = 7.5 ms.
  const PipelineShape shape{1, 1, 1};
  auto costs = uniform(shape, milliseconds(1), milliseconds(2));
  costs.stages[0].grad_reduce = {milliseconds(4)};
  costs.stages[0].optimizer = microseconds(500);
  costs.grad_buckets = 4;
  const auto overlapped = run_pipeline(*make_schedule("1f1b"), shape, costs);
  EXPECT_NEAR(overlapped.step_time.value(), 6.0e-3, 1e-12);
  EXPECT_NEAR(overlapped.stages[0].grad_reduce_end.value(), 5.5e-3, 1e-12);
  costs.overlap_grad_reduce = false;
  const auto serial = run_pipeline(*make_schedule("1f1b"), shape, costs);
  EXPECT_NEAR(serial.step_time.value(), 7.5e-3, 1e-12);
}

TEST(Executor, ParameterGatherSlowsTheComputeBesideIt) {
  // One stage, one micro-batch, t_f = 4 ms, t_b = 2 ms; the weight gather (4 ms in 4 buckets)
  // lets F0 start at 1 ms and holds a quarter of the GPU until 4 ms: F0 does 2.25 ms of work
  // by then and ends at 5.75 ms (after the 5 ms the last bucket allows); B0 ends at 7.75 ms.
  // Without the share: F0 ends at 5 ms, the step at 7 ms.
  const PipelineShape shape{1, 1, 1};
  auto costs = uniform(shape, milliseconds(4), milliseconds(2));
  costs.stages[0].param_gather = {milliseconds(4)};
  costs.grad_buckets = 4;
  costs.comm_compute_share = 0.25;
  const auto t = run_pipeline(*make_schedule("1f1b"), shape, costs);
  EXPECT_NEAR(t.step_time.value(), 7.75e-3, 1e-12);
  EXPECT_NEAR(t.stages[0].comm_slowdown.value(), 0.75e-3, 1e-12);
  costs.comm_compute_share = 0;
  EXPECT_NEAR(run_pipeline(*make_schedule("1f1b"), shape, costs).step_time.value(), 7e-3, 1e-12);
}

TEST(Executor, ParameterGatherDelaysOnlyTheFirstForward) {
  // One stage, two micro-batches, t_f = 1 ms, t_b = 2 ms, gather G = 2 ms in 2 buckets. The
  // first forward starts after the first bucket (1 ms) and cannot end before the last bucket
  // (2 ms) + t_f / 2 = 2.5 ms; then F1, B0, B1... 1F1B with p = 1: F0 B0 F1 B1 => 2.5 + 2 + 1 + 2
  // = 7.5 ms. Without overlap the gather follows the optimizer: 6 + 2 = 8 ms.
  const PipelineShape shape{1, 2, 1};
  auto costs = uniform(shape, milliseconds(1), milliseconds(2));
  costs.stages[0].param_gather = {milliseconds(2)};
  costs.grad_buckets = 2;
  const auto overlapped = run_pipeline(*make_schedule("1f1b"), shape, costs);
  EXPECT_NEAR(overlapped.step_time.value(), 7.5e-3, 1e-12);
  costs.overlap_param_gather = false;
  const auto serial = run_pipeline(*make_schedule("1f1b"), shape, costs);
  EXPECT_NEAR(serial.step_time.value(), 8.0e-3, 1e-12);
}

TEST(Executor, SlowestStageSetsThePace) {
  // 1F1B with one stage twice as slow: steady state runs at the slow stage's pace, so the step
  // is at least m (t_f + t_b) of the slow stage plus the others' fill and drain.
  const PipelineShape shape{4, 16, 1};
  auto costs = uniform(shape, milliseconds(1), milliseconds(2));
  costs.stages[2].forward = {milliseconds(2)};
  costs.stages[2].backward = {milliseconds(4)};
  const auto t = run_pipeline(*make_schedule("1f1b"), shape, costs);
  // Lower bound: slow stage busy 16 * 6 = 96 ms, plus stages 0-1 forwards before it (2 ms) and
  // their backwards after it (4 ms): 102 ms; and the run must not exceed a generous bound.
  EXPECT_GE(t.step_time.value(), 102e-3 - 1e-12);
  EXPECT_LT(t.step_time.value(), 110e-3);
}

TEST(Executor, RejectsMismatchedCosts) {
  const PipelineShape shape{2, 2, 1};
  auto costs = uniform(shape, milliseconds(1), milliseconds(2));
  costs.stages.pop_back();
  EXPECT_THROW(run_pipeline(*make_schedule("1f1b"), shape, costs), std::invalid_argument);
}

}  // namespace
}  // namespace colossus::sim
