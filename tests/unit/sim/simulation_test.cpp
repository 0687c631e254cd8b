// The step simulation: a hand-solvable step (one stage, two data-parallel GPUs, closed-form
// communication), the overlap knobs, the breakdown adding up to the step, symmetry at scale on
// the real fabric, determinism, and the errors a bad job gives.
#include "colossus/sim/simulation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "colossus/core/error.h"
#include "colossus/network/network.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/model_loader.h"
#include "colossus/workload/program.h"

namespace colossus::sim {
namespace {

// A small dense GPT-like model: 8 layers of width 1024 and a small vocabulary (so the first and
// last pipeline stages are nearly as fast as the others), so tests run in milliseconds.
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

// The Eos cluster (DGX H100, 8 GPUs per server, InfiniBand NDR), built once.
const Topology& eos() {
  static const std::unique_ptr<const Topology> topology_built =
      make_topology(load_cluster("eos-11616"));
  static const Topology& topology = *topology_built;
  return topology;
}

// A job of the tiny model on the first `gpus` GPUs.
Job tiny_job(int gpus, int tp, int pp, int dp, int micro_batches) {
  Job job;
  job.model = tiny_model();
  job.gpus = gpus;
  ParallelismSpec& p = job.parallelism;
  p.tp = tp;
  p.pp = pp;
  p.dp = dp;
  p.micro_batch = 1;
  p.global_batch = static_cast<std::int64_t>(micro_batches) * dp;
  p.recompute = Recompute::none;
  return job;
}

// The workload layer's program of a job on Eos, to derive expected values from its inputs.
TrainingProgram program_of(const Job& job) {
  const Parallelism par =
      resolve(job.parallelism, job.model, job.gpus, eos().gpus_per_server(), nullptr);
  const GpuSpec& gpu = eos().server_spec(0).gpu;
  return build_program(job.model, par, ComputeModel(gpu, default_calibration(gpu)),
                       job.options.memory);
}

TEST(Simulation, HandSolvedDataParallelStep) {
  // One stage (no TP, no PP), DP = 2 on one server, m = 4 micro-batches, and a closed-form
  // fabric of 100 GB/s bus bandwidth and no latency. Each micro-batch costs F + B of compute (the
  // workload layer's kernel times); the gradients G bytes are reduce-scattered over 2 ranks:
  // R = G (2 - 1)/2 / 100 GB/s, in n equal buckets; the ZeRO-1 parameter all-gather (P bytes,
  // same factor) runs after the optimizer O when not overlapped.
  // - No overlap: step = m (F + B) + R + O + A, with A = P / 2 / 100 GB/s.
  // - Gradient overlap with n buckets: bucket k is ready (k + 1)/n of the way through the last
  //   backward, so the reduction ends at max(m (F + B) + R / n, m (F + B) - B + B / n + R).
  Job job = tiny_job(2, 1, 1, 2, 4);
  job.options.overlap_param_gather = false;
  const TrainingProgram program = program_of(job);
  ASSERT_EQ(program.stages.size(), 1u);
  const StageProgram& stage = program.stages[0];
  const ChunkProgram& chunk = stage.chunks[0];
  const Seconds F = chunk.forward_time, B = chunk.backward_time, O = stage.optimizer_time;
  const ByteRate bw = gbyte_per_s(100);
  const Seconds R = chunk.dense_grad_bytes * 0.5 / bw;
  const Seconds A = stage.dense_param_gather_bytes * 0.5 / bw;
  ASSERT_GT(R, Seconds{});
  const double m = 4;

  AnalyticCommModel comm(bw, Seconds{});
  job.options.overlap_grad_reduce = false;
  const SimulationResult serial = simulate(eos(), job, comm);
  EXPECT_NEAR(serial.step_time.value(), (m * (F + B) + R + O + A).value(), 1e-12);

  // Buckets of a quarter of the parameters: 4 buckets.
  const double params = chunk.dense_grad_bytes.value() / 4.0;  // FP32 main grads
  job.options.grad_bucket_params = static_cast<std::int64_t>(std::ceil(params / 4.0));
  job.options.overlap_grad_reduce = true;
  const SimulationResult overlapped = simulate(eos(), job, comm);
  const double n = 4;
  const Seconds end = std::max(m * (F + B) + R / n, m * (F + B) - B + B / n + R);
  EXPECT_NEAR(overlapped.step_time.value(), (end + O + A).value(), 1e-12);
  EXPECT_LT(overlapped.step_time, serial.step_time);
}

TEST(Simulation, BreakdownAddsUpToTheStep) {
  // Every second of the critical stage is compute, exposed communication of one kind, bubble or
  // optimizer: the parts must add up to the step time.
  Job job = tiny_job(32, 4, 4, 2, 8);
  AnalyticCommModel comm(gbyte_per_s(40), microseconds(10));
  comm.set_bandwidth(GroupKind::tp, gbyte_per_s(360));
  const SimulationResult r = simulate(eos(), job, comm);
  EXPECT_NEAR(r.breakdown.total().value(), r.step_time.value(), 1e-9 * r.step_time.value());
  EXPECT_GT(r.breakdown.tp, Seconds{});
  EXPECT_GT(r.breakdown.bubble, Seconds{});
  EXPECT_EQ(r.stages.size(), 4u);
}

TEST(Simulation, FreeCommunicationLeavesTheScheduleBubble) {
  // With free communication, 1F1B over p = 4 stages of forward/backward times (f_s, b_s) and
  // m = 12 micro-batches: the slowest stage k is busy m (f_k + b_k), after the forwards of the
  // stages before it and before their backwards, so
  //   m (f_k + b_k) + sum_{s != k} (f_s + b_s)  <=  step - optimizer  <=  (m + p - 1)(f_k + b_k);
  // with equal stages both bounds are the closed form (m + p - 1)(t_f + t_b).
  Job job = tiny_job(4, 1, 4, 1, 12);
  AnalyticCommModel comm(gbyte_per_s(1e12), Seconds{});
  const SimulationResult r = simulate(eos(), job, comm);
  const auto slowest = std::max_element(r.stages.begin(), r.stages.end(),
                                        [](const StageResult& a, const StageResult& b) {
                                          return a.forward + a.backward < b.forward + b.backward;
                                        });
  const Seconds k = slowest->forward + slowest->backward;
  Seconds others{};
  for (const StageResult& st : r.stages) {
    if (&st != &*slowest) others += st.forward + st.backward;
  }
  const Seconds pipeline = r.step_time - r.breakdown.optimizer;
  EXPECT_GE(pipeline.value(), (k * 12 + others).value() * (1 - 1e-9));
  EXPECT_LE(pipeline.value(), (k * 15).value() * (1 + 1e-9));
  EXPECT_GT(r.bubble_fraction, 0.1);  // the uniform closed form is 3/15 = 0.2
  EXPECT_LT(r.breakdown.pp, r.step_time * 1e-6);
}

TEST(Simulation, TpCommOverlapHidesThatFraction) {
  // The TP collectives' time t costs t(1 - x) exposed with tp_comm_overlap x, plus the hidden
  // t x running beside the GEMMs and taking comm_compute_share s of the GPU: t(1 - x + x s).
  Job job = tiny_job(8, 8, 1, 1, 2);
  AnalyticCommModel comm(gbyte_per_s(360), microseconds(5));
  const double s = default_calibration(eos().server_spec(0).gpu).comm_compute_share;
  const Seconds none = simulate(eos(), job, comm).breakdown.tp;
  job.options.tp_comm_overlap = 0.5;
  const Seconds half = simulate(eos(), job, comm).breakdown.tp;
  job.options.tp_comm_overlap = 1.0;
  const Seconds all = simulate(eos(), job, comm).breakdown.tp;
  ASSERT_GT(none, Seconds{});
  EXPECT_NEAR(half.value(), (0.5 + 0.5 * s) * none.value(), 1e-12);
  EXPECT_NEAR(all.value(), s * none.value(), 1e-12);
}

// A small MoE model: the tiny model's layers with 8 experts, top-2, for expert parallelism.
Job tiny_moe_job() {
  Job job = tiny_job(8, 1, 1, 8, 2);
  job.model = parse_model_yaml(R"(name: tiny-moe
description: an 8-layer MoE test model
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
moe:
  experts: 8
  top_k: 2
  expert_ffn_hidden_size: 4096
)",
                               "tiny-moe.yaml");
  job.parallelism.ep = 8;
  return job;
}

TEST(Simulation, EpCommOverlapHidesTheAllToAllsUpToThePassCompute) {
  // Fast all-to-alls (each pass's sum t below its compute): ep_comm_overlap x leaves t(1 - x)
  // exposed plus the hidden t x taking comm_compute_share s of the GPU: t(1 - x + x s), as TP.
  Job job = tiny_moe_job();
  const double s = default_calibration(eos().server_spec(0).gpu).comm_compute_share;
  AnalyticCommModel fast(gbyte_per_s(2000), microseconds(0));
  const Seconds none = simulate(eos(), job, fast).breakdown.ep;
  job.options.ep_comm_overlap = 0.5;
  const Seconds half = simulate(eos(), job, fast).breakdown.ep;
  job.options.ep_comm_overlap = 1.0;
  const Seconds all = simulate(eos(), job, fast).breakdown.ep;
  ASSERT_GT(none, Seconds{});
  EXPECT_NEAR(half.value(), (0.5 + 0.5 * s) * none.value(), 1e-12);
  EXPECT_NEAR(all.value(), s * none.value(), 1e-12);

  // Slow all-to-alls (more than each pass's compute C): at most C hides, so the exposed time
  // falls by C (1 - s) summed over the passes, i.e. by the step's compute times (1 - s).
  AnalyticCommModel slow(gbyte_per_s(1), microseconds(0));
  job.options.ep_comm_overlap = 0.0;
  const SimulationResult off = simulate(eos(), job, slow);
  job.options.ep_comm_overlap = 1.0;
  const SimulationResult on = simulate(eos(), job, slow);
  EXPECT_NEAR(on.breakdown.ep.value(),
              off.breakdown.ep.value() - (1 - s) * off.breakdown.compute.value(),
              1e-9 * off.breakdown.ep.value());
}

TEST(Simulation, DispatcherAllToAllRunsAtItsInTrainingEfficiency) {
  // The tiny MoE job's dispatch and combine each move a micro-batch's 1024 tokens x top-2 x
  // hidden 1024 x 2 bytes = 4 MiB per rank over EP 8. The closed-form model gives an all-to-all
  // of S bytes per rank (n - 1) / n x S / B = 7/8 x 4 MiB / 100 GB/s = 36.7 us; in the step the
  // NCCL dispatcher's all-to-all runs at kAlltoallDispatcherEfficiency of that (49.6 us).
  Job job = tiny_moe_job();
  AnalyticCommModel model(gbyte_per_s(100), microseconds(0));
  const SimulationResult r = simulate(eos(), job, model);
  const auto use = std::find_if(r.collectives.begin(), r.collectives.end(), [](const auto& c) {
    return c.group == GroupKind::ep && c.op == CollectiveOp::all_to_all;
  });
  ASSERT_NE(use, r.collectives.end());
  const double bytes = 1024.0 * 2 * 1024 * 2;
  EXPECT_NEAR(use->time.value(), 7.0 / 8 * bytes / 100e9 / kAlltoallDispatcherEfficiency, 1e-12);
}

TEST(Simulation, HybridEpAllToAllTakesTheFabricTimeAsItIs) {
  // The same 4 MiB per rank as above: HybridEP has no published in-training factor, so its
  // all-to-all is the closed form's 7/8 x 4 MiB / 100 GB/s = 36.7 us, 0.74 of NCCL's 49.6 us.
  Job job = tiny_moe_job();
  job.parallelism.ep_dispatcher = EpDispatcher::hybridep;
  AnalyticCommModel model(gbyte_per_s(100), microseconds(0));
  const SimulationResult r = simulate(eos(), job, model);
  const auto use = std::find_if(r.collectives.begin(), r.collectives.end(), [](const auto& c) {
    return c.group == GroupKind::ep && c.op == CollectiveOp::all_to_all;
  });
  ASSERT_NE(use, r.collectives.end());
  const double bytes = 1024.0 * 2 * 1024 * 2;
  EXPECT_NEAR(use->time.value(), 7.0 / 8 * bytes / 100e9, 1e-12);
}

TEST(Simulation, MfuIsModelFlopsOverPeak) {
  // MFU = model FLOPs per step / (step time x GPUs x dense BF16 peak) (PaLM's definition).
  Job job = tiny_job(8, 2, 2, 2, 4);
  AnalyticCommModel comm(gbyte_per_s(50), microseconds(5));
  const SimulationResult r = simulate(eos(), job, comm);
  const TrainingProgram program = program_of(job);
  const double expected = program.model_flops_per_step.value() /
                          (r.step_time.value() * 8 * eos().server_spec(0).gpu.bf16_dense.value());
  EXPECT_NEAR(r.mfu, expected, 1e-12);
  EXPECT_EQ(r.tokens_per_step, 8 * 1024);  // global batch 2 x 4 sequences of 1024 tokens
  EXPECT_NEAR(r.tokens_per_second, 8 * 1024 / r.step_time.value(), 1e-6);
}

TEST(Simulation, DoublingDataParallelKeepsTheStep) {
  // Symmetry at scale on the real (full-bisection InfiniBand) fabric: with the same per-GPU batch,
  // twice the data-parallel replicas only lengthen the gradient reduction's ring (2(n-1)/n of the
  // same bytes per rank), so the step stays within a few percent.
  Job job = tiny_job(64, 8, 1, 8, 4);
  const SimulationResult small = simulate(eos(), job);
  job.gpus = 128;
  job.parallelism.dp = 16;
  job.parallelism.global_batch = 16 * 4;
  const SimulationResult big = simulate(eos(), job);
  EXPECT_NEAR(big.step_time.value(), small.step_time.value(), 0.05 * small.step_time.value());
  EXPECT_NEAR(big.tokens_per_second, 2 * small.tokens_per_second, 0.1 * small.tokens_per_second);
}

TEST(Simulation, IsDeterministic) {
  // The same job twice gives bit-identical results.
  Job job = tiny_job(64, 8, 2, 4, 8);
  const SimulationResult a = simulate(eos(), job);
  const SimulationResult b = simulate(eos(), job);
  EXPECT_EQ(a.step_time.value(), b.step_time.value());
  EXPECT_EQ(a.breakdown.dp.value(), b.breakdown.dp.value());
  EXPECT_EQ(a.breakdown.bubble.value(), b.breakdown.bubble.value());
  ASSERT_EQ(a.collectives.size(), b.collectives.size());
  for (std::size_t i = 0; i < a.collectives.size(); ++i) {
    EXPECT_EQ(a.collectives[i].time.value(), b.collectives[i].time.value());
  }
}

TEST(Simulation, RejectsBadJobs) {
  AnalyticCommModel comm(gbyte_per_s(50), Seconds{});
  Job job = tiny_job(8, 3, 1, 1, 2);  // 3 does not divide 8 heads... nor 8 GPUs
  EXPECT_THROW(simulate(eos(), job, comm), InputError);
  job = tiny_job(20000, 1, 1, 20000, 1);  // more GPUs than Eos has
  try {
    simulate(eos(), job, comm);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.field(), "gpus");
  }
  job = tiny_job(8, 8, 1, 1, 1);
  job.options.tp_comm_overlap = 1.5;
  EXPECT_THROW(simulate(eos(), job, comm), InputError);
  // Llama 3 70B on 8 GPUs with TP8 does not fit in 80 GB (70B x 18 bytes / 8 > 150 GB).
  job = tiny_job(8, 8, 1, 1, 1);
  job.model = load_model("llama3-70b");
  try {
    simulate(eos(), job, comm);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("GiB"), std::string::npos) << e.what();
  }
}

TEST(Simulation, GpipeHoldsEveryMicroBatch) {
  // 1F1B stage 0 of p = 4 holds min(p, m) = 4 micro-batches of activations, GPipe all m = 12:
  // its activation memory is 3x, the step time the same closed form (both (m + p - 1)(t_f + t_b)
  // for equal stages; here within 1% since the schedules differ only in order).
  Job job = tiny_job(4, 1, 4, 1, 12);
  AnalyticCommModel comm(gbyte_per_s(100), Seconds{});
  const SimulationResult one_f_one_b = simulate(eos(), job, comm);
  job.parallelism.schedule = "gpipe";
  const SimulationResult gpipe = simulate(eos(), job, comm);
  EXPECT_NEAR(gpipe.stages[0].memory.activations / one_f_one_b.stages[0].memory.activations, 3.0,
              1e-9);
  EXPECT_EQ(gpipe.stages[0].memory.weights, one_f_one_b.stages[0].memory.weights);
  EXPECT_NEAR(gpipe.step_time.value(), one_f_one_b.step_time.value(),
              0.01 * one_f_one_b.step_time.value());
}

TEST(Simulation, PartialGradReduceOverlapRunsTheRestAfterTheBackward) {
  // The hand-solved step of HandSolvedDataParallelStep with 4 buckets and overlap_grad_reduce
  // 0.5: half of each bucket's reduction overlaps as before (R/2 in all), the other half R/2
  // runs after the last backward, before the optimizer:
  //   step = max(m (F + B) + R/2/n, m (F + B) - B + B/n + R/2) + R/2 + O + A.
  Job job = tiny_job(2, 1, 1, 2, 4);
  job.options.overlap_param_gather = 0.0;
  const TrainingProgram program = program_of(job);
  const StageProgram& stage = program.stages[0];
  const ChunkProgram& chunk = stage.chunks[0];
  const Seconds F = chunk.forward_time, B = chunk.backward_time, O = stage.optimizer_time;
  const ByteRate bw = gbyte_per_s(100);
  const Seconds R = chunk.dense_grad_bytes * 0.5 / bw;
  const Seconds A = stage.dense_param_gather_bytes * 0.5 / bw;
  const double m = 4, n = 4;
  AnalyticCommModel comm(bw, Seconds{});
  job.options.grad_bucket_params =
      static_cast<std::int64_t>(std::ceil(chunk.dense_grad_bytes.value() / 4.0 / n));
  job.options.overlap_grad_reduce = 0.5;
  const SimulationResult r = simulate(eos(), job, comm);
  const Seconds end = std::max(m * (F + B) + R * 0.5 / n, m * (F + B) - B + B / n + R * 0.5);
  EXPECT_NEAR(r.step_time.value(), (end + R * 0.5 + O + A).value(), 1e-12);
  EXPECT_NEAR(r.breakdown.optimizer.value(), O.value(), 1e-15);  // the rest is charged to DP
}

TEST(Simulation, BlockingPipelineSendsJoinTheSendersPasses) {
  // overlap_p2p 0: each stage waits for its own sends, one p2p time per pass that sends (pp 2,
  // 1F1B: stage 0's forwards, stage 1's backwards), exposed PP on the bounding stage.
  Job job = tiny_job(2, 1, 2, 1, 8);
  AnalyticCommModel comm(gbyte_per_s(10), microseconds(20));
  const SimulationResult on = simulate(eos(), job, comm);
  job.options.overlap_p2p = 0.0;
  const SimulationResult off = simulate(eos(), job, comm);
  Seconds p2p{};
  for (const CollectiveUse& u : off.collectives)
    if (u.group == GroupKind::pp) p2p = u.time;
  ASSERT_GT(p2p, Seconds{});
  // At least the 8 blocked sends; the pipeline's own waits may shift around them.
  EXPECT_GE((off.breakdown.pp - on.breakdown.pp).value(), 0.9 * (p2p * 8).value());
  EXPECT_GT(off.step_time, on.step_time);
}

TEST(Simulation, UnevenStagesSplitBubbleFromImbalance) {
  // 8 layers over pp 4 with 5 on the first stage and 1 on each other: stage 0 bounds the step
  // (the most compute), and its idle time is the schedule's own bubble, at most (p - 1)(f + b)
  // of its own passes, plus imbalance; the parts still add up to the step. The breakdown is
  // measured on stage 0, not on the stage that ends last.
  Job job = tiny_job(4, 1, 4, 1, 12);
  job.parallelism.first_stage_layers = 5;
  AnalyticCommModel comm(gbyte_per_s(1e12), Seconds{});
  const SimulationResult r = simulate(eos(), job, comm);
  EXPECT_EQ(r.breakdown.stage, 0);
  const Seconds own = r.stages[0].forward + r.stages[0].backward;
  EXPECT_LE(r.breakdown.bubble.value(), (own * 3).value() * (1 + 1e-9));
  EXPECT_GE(r.breakdown.imbalance, Seconds{});
  EXPECT_NEAR(r.breakdown.total().value(), r.step_time.value(), 1e-9 * r.step_time.value());
  EXPECT_NEAR(r.breakdown.compute.value(), (own * 12).value(), 1e-6 * r.step_time.value());
}

TEST(Simulation, AttentionKernelsOrderTheStep) {
  // The stack's attention kernel: flash1 runs attention at half flash2's rate, flash3 at 1.5x,
  // unfused slower still at this sequence length; nothing else changes.
  Job job = tiny_job(8, 1, 1, 8, 2);
  AnalyticCommModel comm(gbyte_per_s(100), Seconds{});
  auto step = [&](AttentionKernel k) {
    job.parallelism.attention = k;
    return simulate(eos(), job, comm).step_time;
  };
  const Seconds f1 = step(AttentionKernel::flash1), f2 = step(AttentionKernel::flash2),
                f3 = step(AttentionKernel::flash3), unfused = step(AttentionKernel::unfused);
  EXPECT_GT(f1, f2);
  EXPECT_LT(f3, f2);
  EXPECT_GT(unfused, f2);
}

TEST(Simulation, OptimizerStepCostsFollowTheirTraffic) {
  // The elementwise optimizer steps are memory-bound: SGD moves 22 bytes a parameter against
  // Adam's 30, Adafactor 18; Muon adds its Newton-Schulz GEMMs to SGD's pass.
  Job job = tiny_job(8, 1, 1, 8, 2);
  auto optimizer_time = [&](Optimizer o) {
    job.parallelism.optimizer = o;
    return program_of(job).stages[0].optimizer_time;
  };
  const Seconds adam = optimizer_time(Optimizer::adam), sgd = optimizer_time(Optimizer::sgd);
  EXPECT_NEAR(sgd / adam, 22.0 / 30.0, 0.02);
  EXPECT_NEAR(optimizer_time(Optimizer::adafactor) / adam, 18.0 / 30.0, 0.02);
  EXPECT_GT(optimizer_time(Optimizer::muon), sgd);
}

TEST(Simulation, MemoryCheckWarnOrOff) {
  // Llama 3 70B on 8 GPUs does not fit: warn runs it and says why, off says nothing.
  AnalyticCommModel comm(gbyte_per_s(50), Seconds{});
  Job job = tiny_job(8, 8, 1, 1, 1);
  job.model = load_model("llama3-70b");
  job.options.memory_check = MemoryCheck::warn;
  const SimulationResult warned = simulate(eos(), job, comm);
  ASSERT_FALSE(warned.warnings.empty());
  EXPECT_EQ(warned.warnings.back().rfind("memory: stage 0 needs ", 0), 0u)
      << warned.warnings.back();
  job.options.memory_check = MemoryCheck::off;
  const SimulationResult silent = simulate(eos(), job, comm);
  for (const std::string& w : silent.warnings) EXPECT_EQ(w.find("memory"), std::string::npos);
}

}  // namespace
}  // namespace colossus::sim
