// Stragglers and mixed pools, worked out by hand: one GPU of 8 at half speed in a one-stage
// data-parallel job (closed form), a straggler index out of range, a TP group wider than the
// NVLink domain, and a job over an H100 pool and an H200 pool (the H100 pool bounds the step, the
// H200 pool waits; the H200 pool alone is faster), and a degraded NIC (the step with it against
// the step on healthy links).
#include <gtest/gtest.h>

#include "colossus/core/error.h"
#include "colossus/sim/simulation.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/model_loader.h"
#include "colossus/workload/program.h"

namespace colossus::sim {
namespace {

ModelSpec tiny_model() {
  return parse_model_yaml(R"(name: tiny
description: an 8-layer test model
layers: 8
hidden_size: 1024
attention_heads: 8
kv_heads: 8
head_dim: 128
ffn_hidden_size: 4096
ffn: gelu
vocab_size: 2048
seq_len: 1024
tied_embeddings: false
)",
                          "tiny.yaml");
}

const Topology& eos() {
  static const std::unique_ptr<const Topology> topology = make_topology(load_cluster("eos-11616"));
  return *topology;
}

// A cluster `name` of two 8-GPU pools, H100 servers and `second_server`, on one leaf of 400G
// RoCE switches with adaptive routing.
ClusterSpec two_pools(const std::string& name, const std::string& second_server) {
  const std::string yaml = "name: " + name + R"(
servers_per_rack: 8
pools:
  - gpu_count: 8
    server: supermicro-hgx-h100-liquid
  - gpu_count: 8
    server: )" + second_server +
                           R"(
fabric:
  transport: roce
  routing: adaptive
  rail_optimized: true
  tiers:
    - name: leaf
      switch: spectrum-sn5600
      port_gbps: 400
)";
  return parse_cluster_yaml(yaml, name + ".yaml", PresetCatalog::from_environment());
}

Job dp_job(int gpus, int micro_batches) {
  Job job;
  job.model = tiny_model();
  job.gpus = gpus;
  job.parallelism.tp = 1;
  job.parallelism.pp = 1;
  job.parallelism.dp = gpus;
  job.parallelism.micro_batch = 1;
  job.parallelism.global_batch = static_cast<std::int64_t>(micro_batches) * gpus;
  job.parallelism.recompute = Recompute::none;
  job.options.overlap_grad_reduce = false;
  job.options.overlap_param_gather = false;
  return job;
}

TEST(Straggler, OneGpuAtHalfSpeedInAOneStageJob) {
  // One stage, DP = 8, m = 4 micro-batches, a closed-form fabric of 100 GB/s bus bandwidth and no
  // overlap. Every rank: step = m (F + B) + R + O + A (simulation_test.cpp's hand-solved step:
  // R = G 7/8 / 100 GB/s, A = P 7/8 / 100 GB/s). A GPU at speed s runs every kernel 1/s as long
  // (its FLOPs, memory traffic and launch gaps), so its pipeline takes m (F + B)/s + R + O/s + A,
  // and the synchronous step waits for it: at s = 1/2, 2 m (F + B) + R + 2 O + A.
  Job job = dp_job(8, 4);
  AnalyticCommModel comm(gbyte_per_s(100), Seconds{});
  const SimulationResult base = simulate(eos(), job, comm);
  const Seconds compute = base.breakdown.compute;
  const Seconds optimizer = base.breakdown.optimizer;
  const Seconds rest = base.step_time - compute - optimizer;
  ASSERT_GT(rest, Seconds{});
  job.stragglers = {{5, 0.5}};
  const SimulationResult slow = simulate(eos(), job, comm);
  const Seconds expected = compute * 2.0 + optimizer * 2.0 + rest;
  EXPECT_NEAR(slow.step_time.value(), expected.value(), 1e-9 * expected.value());
  ASSERT_TRUE(slow.straggler.has_value());
  EXPECT_NEAR(slow.straggler->baseline.value(), base.step_time.value(), 1e-15);
  EXPECT_NEAR(slow.straggler->slowdown, expected / base.step_time, 1e-9);
  EXPECT_EQ(slow.straggler->slow_pipelines, 1);
  EXPECT_EQ(slow.straggler->distinct_programs, 2);  // the normal stage and the slow one
}

TEST(Straggler, IndexOutOfRangeAndTpWiderThanTheDomain) {
  Job job = dp_job(8, 4);
  AnalyticCommModel comm(gbyte_per_s(100), Seconds{});
  job.stragglers = {{8, 0.5}};
  try {
    simulate(eos(), job, comm);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("stragglers[0].gpu: expected a GPU index 0 to 7 of the "
                                         "job's 8 GPUs, got 8"),
              std::string::npos)
        << e.what();
  }
  Job wide = dp_job(16, 4);
  wide.parallelism.tp = 16;
  wide.parallelism.dp = 1;
  try {
    simulate(eos(), wide, comm);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("parallelism.tp: expected at most the 8 GPUs of the "
                                         "cluster's NVLink domain"),
              std::string::npos)
        << e.what();
  }
}

TEST(MixedPools, TheSlowerPoolBoundsAndTheFasterWaits) {
  // 8 H100 + 8 H200 (same GH100 compute, H200's HBM 4.8 vs 3.35 TB/s): the memory-bound kernels
  // run faster on H200, so the H200 pool's own step is shorter; a job over both waits for the
  // H100 pool, and the H200 ranks wait the difference each step.
  const ClusterSpec spec = two_pools("mixed", "supermicro-hgx-h200-liquid");
  const auto topo = make_topology(spec);
  Job job = dp_job(16, 4);
  const SimulationResult both = simulate(*topo, job);
  ASSERT_EQ(both.pools.size(), 2u);
  EXPECT_EQ(both.pools[0].gpu, "h100-sxm");
  EXPECT_TRUE(both.pools[0].bounding);
  EXPECT_FALSE(both.pools[1].bounding);
  EXPECT_LT(both.pools[1].own_step, both.pools[0].own_step);
  EXPECT_NEAR(both.pools[1].wait.value(), (both.pools[0].own_step - both.pools[1].own_step).value(),
              1e-15);
  EXPECT_NEAR(both.step_time.value(), both.pools[0].own_step.value(), 1e-15);
  // The H200 pool alone (8 GPUs) is faster than the same job on the H100 pool.
  Job h200 = dp_job(8, 4);
  h200.pool = 1;
  Job h100 = dp_job(8, 4);
  h100.pool = 0;
  const SimulationResult on_h200 = simulate(*topo, h200);
  const SimulationResult on_h100 = simulate(*topo, h100);
  EXPECT_EQ(on_h200.gpu, "h200-sxm");
  EXPECT_LT(on_h200.step_time, on_h100.step_time);
  EXPECT_TRUE(on_h200.pools.empty());
}

TEST(MixedPools, MicroBatchBalancingSplitsTheBatchByPoolSpeed) {
  // 8 H100 + 8 GPUs that are an H100 at speed r = 2 (twice the FLOP/s and HBM bandwidth, half
  // the launch gap: every kernel takes half as long, as a straggler's speed scales it). One
  // stage, DP = 16, m = 4 micro-batches per replica (64 in all), the closed-form fabric and no
  // overlap, so a replica running k micro-batches on pool i takes T_i(k) = k X_i + O_i + R + A
  // (X: one micro-batch's forward and backward, O: the optimizer, R + A: the gradient
  // reduce-scatter and all-gather, the same on both pools), with X_2 = X / 2 and O_2 = O / 2.
  // Even split: the H100 pool bounds at 4 X + O + R + A. Balanced, k_1 + k_2 = 8 (8 replicas
  // each cover 64): the continuous optimum k_2 / k_1 = r gives k_1 = 64 / (8 + 2 x 8) = 2.67;
  // of the integer splits (3, 5) costs max(3 X + O, 2.5 X + O/2) = 3 X + O and (2, 6) costs
  // max(2 X + O, 3 X + O/2) = 3 X + O/2 when X > O/2, so (2, 6) wins: the faster pool now bounds
  // at 3 X + O/2 + R + A and the H100 pool waits X - O/2.
  ClusterSpec spec = two_pools("mixed-speed", "supermicro-hgx-h100-liquid");
  GpuSpec& fast = spec.pools[1].server.gpu;
  fast.name = "h100-at-2x";
  fast.bf16_dense = fast.bf16_dense * 2.0;
  fast.fp8_dense = fast.fp8_dense * 2.0;
  fast.hbm_bandwidth = fast.hbm_bandwidth * 2.0;
  fast.calibration->launch_overhead = fast.calibration->launch_overhead / 2.0;
  const auto topo = make_topology(spec);
  AnalyticCommModel comm(gbyte_per_s(100), Seconds{});
  Job job = dp_job(16, 4);
  const SimulationResult even = simulate(*topo, job, comm);
  ASSERT_EQ(even.pools.size(), 2u);
  ASSERT_TRUE(even.pools[0].bounding);
  EXPECT_FALSE(even.pool_balance.has_value());
  const Seconds x = even.breakdown.compute / 4.0;
  const Seconds o = even.breakdown.optimizer;
  const Seconds rest = even.step_time - even.breakdown.compute - o;
  ASSERT_GT(x, o / 2.0);
  EXPECT_NEAR(even.pools[1].own_step.value(), (x * 2.0 + o / 2.0 + rest).value(),
              1e-9 * even.step_time.value());

  job.pool_balance = PoolBalance::micro_batches;
  const SimulationResult balanced = simulate(*topo, job, comm);
  ASSERT_TRUE(balanced.pool_balance.has_value());
  EXPECT_TRUE(balanced.pool_balance->balanced);
  EXPECT_EQ(balanced.pool_balance->even_micro_batches, 4);
  ASSERT_EQ(balanced.pools.size(), 2u);
  EXPECT_EQ(balanced.pools[0].replicas, 8);
  EXPECT_EQ(balanced.pools[1].replicas, 8);
  EXPECT_EQ(balanced.pools[0].micro_batches, 2);
  EXPECT_EQ(balanced.pools[1].micro_batches, 6);
  EXPECT_EQ(balanced.pools[0].fewer + balanced.pools[1].fewer, 0);
  const Seconds expected = x * 3.0 + o / 2.0 + rest;
  EXPECT_NEAR(balanced.step_time.value(), expected.value(), 1e-9 * expected.value());
  EXPECT_TRUE(balanced.pools[1].bounding);
  EXPECT_NEAR(balanced.pools[0].wait.value(), (x - o / 2.0).value(), 1e-9 * expected.value());
  EXPECT_NEAR(balanced.pool_balance->even_step.value(), even.step_time.value(), 1e-15);
  EXPECT_NEAR(balanced.pools[1].even_wait.value(), (x * 2.0 + o / 2.0).value(),
              1e-9 * expected.value());
  // The step's work is the job's global batch whichever pass bounds it.
  EXPECT_EQ(balanced.tokens_per_step, even.tokens_per_step);
  EXPECT_NEAR(balanced.tokens_per_second * balanced.step_time.value(),
              static_cast<double>(even.tokens_per_step), 1e-6);
  EXPECT_NEAR(balanced.model_flops_per_gpu / even.model_flops_per_gpu,
              even.step_time / balanced.step_time, 1e-12);

  // Stragglers and balancing together are refused.
  job.stragglers = {{3, 0.5}};
  EXPECT_THROW(simulate(*topo, job, comm), InputError);
}

TEST(LinkFaults, ADegradedNicSlowsOnlyTheJobsThatCrossIt) {
  // Two HGX H100 servers under one leaf; GPU 0's NIC at half rate both ways. A one-server job
  // (8 GPUs) talks over NVLink only: its step is the healthy one exactly (slowdown 1). A job
  // over both servers reduces gradients across the NICs, and GPU 0's ring neighbour waits on
  // the slow NIC: its step is longer than on healthy links, by at most the whole data-parallel
  // communication taking twice as long.
  const ClusterSpec spec = parse_cluster_yaml(R"(name: faulty
servers_per_rack: 8
pools:
  - gpu_count: 16
    server: supermicro-hgx-h100-liquid
fabric:
  transport: roce
  routing: adaptive
  rail_optimized: true
  tiers:
    - name: leaf
      switch: spectrum-sn5600
      port_gbps: 400
  link_faults:
    - link: gpu 0 nic_out
      bandwidth_fraction: 0.5
    - link: gpu 0 nic_in
      bandwidth_fraction: 0.5
)",
                                              "faulty.yaml", PresetCatalog::from_environment());
  const auto topo = make_topology(spec);
  const SimulationResult one = simulate(*topo, dp_job(8, 4));
  ASSERT_TRUE(one.link_faults.has_value());
  EXPECT_EQ(one.link_faults->degraded, 2);
  EXPECT_EQ(one.link_faults->down, 0);
  EXPECT_DOUBLE_EQ(one.link_faults->slowdown, 1.0);
  const SimulationResult two = simulate(*topo, dp_job(16, 4));
  ASSERT_TRUE(two.link_faults.has_value());
  EXPECT_GT(two.link_faults->slowdown, 1.0);
  EXPECT_EQ(two.step_time, two.link_faults->step);
  Seconds dp_comm{};
  for (const CollectiveUse& c : two.collectives) dp_comm += c.time * double(c.calls_per_step);
  EXPECT_LE((two.link_faults->step - two.link_faults->baseline).value(), dp_comm.value());
}

}  // namespace
}  // namespace colossus::sim
