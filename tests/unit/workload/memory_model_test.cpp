// The memory model against closed forms: Korthikanti et al.'s activation formula for GPT by
// recompute mode and TP/SP (with flash attention's softmax statistics for the score matrix), ZeRO's
// bytes per parameter, the in-flight micro-batches of 1F1B and interleaved schedules, and the exact
// overflow message.
#include "colossus/workload/memory_model.h"

#include <gtest/gtest.h>

#include "colossus/spec/model_loader.h"

namespace colossus {
namespace {

ParallelismSpec layout(int tp, int pp, Recompute rc, bool sp = true) {
  ParallelismSpec s;
  s.source = {"job.yaml", 0};
  s.tp = tp;
  s.pp = pp;
  s.recompute = rc;
  s.sequence_parallel = sp;
  s.global_batch = 1024;
  return s;
}

// GPT-3 175B (MHA, 4h GELU FFN, dropout): the model Korthikanti et al. derive their formula for.
// s = 2048, b = 1, h = 12288, a = 96.
class GptActivations : public ::testing::Test {
 protected:
  ModelSpec gpt = load_model("gpt3-175b");
  double s = 2048, b = 1, h = 12288, a = 96;
  double activation(const ParallelismSpec& spec, int gpus) {
    Parallelism p = resolve(spec, gpt, gpus, 8);
    return layer_activation_bytes(gpt, p, 0).value();
  }
};

TEST_F(GptActivations, NoRecomputeNoTp) {
  // Korthikanti's s*b*h*(34 + 5*a*s/h) bytes, with flash attention's FP32 log-sum-exp per query
  // and head (4*a*s*b bytes) in place of the 5*a*s^2*b bytes of scores: s*b*h*(34 + 4*a/h).
  EXPECT_DOUBLE_EQ(activation(layout(1, 1, Recompute::none), 8), s * b * h * (34 + 4 * a / h));
}

TEST_F(GptActivations, TensorParallelWithAndWithoutSequenceParallel) {
  const double t = 8;
  // With SP everything is divided by t: s*b*h*(34/t + 4*a/(h*t)).
  EXPECT_DOUBLE_EQ(activation(layout(8, 1, Recompute::none), 64),
                   s * b * h * (34 / t + 4 * a / (h * t)));
  // Without SP the norms, their outputs and dropout masks stay whole: s*b*h*(10 + 24/t +
  // 4*a/(h*t)).
  EXPECT_DOUBLE_EQ(activation(layout(8, 1, Recompute::none, false), 64),
                   s * b * h * (10 + 24 / t + 4 * a / (h * t)));
}

TEST_F(GptActivations, SelectiveAndFullRecompute) {
  const double t = 8;
  // Selective drops the 4*a/h term; full keeps only the layer input 2*s*b*h (/t with SP).
  EXPECT_DOUBLE_EQ(activation(layout(8, 1, Recompute::selective), 64), s * b * h * 34 / t);
  EXPECT_DOUBLE_EQ(activation(layout(8, 1, Recompute::full), 64), 2 * s * b * h / t);
}

TEST_F(GptActivations, Fp8KeepsGemmInputsInOneByte) {
  // With TP + SP and selective recompute, 34*s*b*h/t in BF16. FP8 stores the QKV input (2sbh),
  // the output-projection input (2sbh), the FFN input (2sbh) and the GELU output feeding the
  // down projection (8sbh) at 1 byte: 7sbh less, 27*s*b*h/t.
  ParallelismSpec fp8 = layout(8, 1, Recompute::selective);
  fp8.precision = Precision::fp8;
  EXPECT_DOUBLE_EQ(activation(fp8, 64), s * b * h * 27 / 8);
}

TEST(MemoryModel, Zero3IsSixteenBytesPerParamOverDp) {
  // Mixed-precision Adam with BF16 gradients (ZeRO paper): 2 + 2 + 12 = 16 bytes per parameter,
  // all sharded over the 64 data-parallel ranks; plus the gathered BF16 weights of the layer in
  // use and the prefetched one (2 x 2 bytes x the largest layer).
  ModelSpec m = load_model("llama3-8b");
  ParallelismSpec s = layout(1, 1, Recompute::selective);
  s.zero = ZeroStage::weights;
  Parallelism p = resolve(s, m, 64, 8);
  MemoryOptions options;
  options.main_grads_fp32 = false;
  StageMemory mem = memory_per_stage(m, p, options).at(0);
  const double params = static_cast<double>(count_parameters(m).total);
  EXPECT_DOUBLE_EQ(mem.params, params);
  EXPECT_NEAR((mem.gradients + mem.optimizer).value(), 14 * params / 64, 1.0);
  EXPECT_NEAR(mem.weights.value(),
              2 * params / 64 + 4 * static_cast<double>(layer_params(m, 0).total()), 1.0);
}

TEST(MemoryModel, Zero1ShardsOnlyTheOptimizer) {
  // Megatron's distributed optimizer: 2-byte weights and 4-byte FP32 main grads whole, 12 bytes
  // of optimizer state over dp.
  ModelSpec m = load_model("llama3-8b");
  Parallelism p = resolve(layout(1, 1, Recompute::selective), m, 8, 8);
  StageMemory mem = memory_per_stage(m, p).at(0);
  const double params = static_cast<double>(count_parameters(m).total);
  EXPECT_NEAR(mem.weights.value(), 2 * params, 1.0);
  EXPECT_NEAR(mem.gradients.value(), 4 * params, 1.0);
  EXPECT_NEAR(mem.optimizer.value(), 12 * params / 8, 1.0);
}

TEST(MemoryModel, InFlightMicroBatchesByScheduleAndStage) {
  // Llama 3 70B, tp 8, pp 4, 32 micro-batches: 1F1B stage i holds pp - i micro-batches of its 20
  // layers; interleaved (vpp 2) stage 0 holds 2*(pp-1) + (vpp-1)*pp + 1 = 11 chunks of 10
  // layers = pp*(1 + (pp-1)/(pp*vpp)) = 5.5 micro-batches' worth.
  ModelSpec m = load_model("llama3-70b");
  Parallelism p = resolve(layout(8, 4, Recompute::selective), m, 1024, 8);
  const double layer = layer_activation_bytes(m, p, 0).value();
  auto mem = memory_per_stage(m, p);
  EXPECT_NEAR(mem[0].activations.value(), 4 * 20 * layer, 1.0);
  EXPECT_NEAR(mem[2].activations.value(), 2 * 20 * layer, 1.0);
  ParallelismSpec inter = layout(8, 4, Recompute::selective);
  inter.vpp = 2;
  inter.schedule = "interleaved";
  Parallelism pi = resolve(inter, m, 1024, 8);
  EXPECT_NEAR(memory_per_stage(m, pi)[0].activations.value(), 5.5 * 20 * layer, 1.0);
}

TEST(MemoryModel, GpipeHoldsEveryMicroBatchOnEveryStage) {
  // The same job under GPipe: every stage holds all 32 micro-batches of its 20 layers (the
  // schedule's peak_in_flight), 8x 1F1B's 4 on stage 0 and 32x its 1 on the last stage, which
  // also holds the 32 micro-batches' logits (BF16 and FP32 softmax over 128256 / 8 entries).
  ModelSpec m = load_model("llama3-70b");
  ParallelismSpec spec = layout(8, 4, Recompute::selective);
  spec.schedule = "gpipe";
  Parallelism p = resolve(spec, m, 1024, 8);
  const double layer = layer_activation_bytes(m, p, 0).value();
  auto mem = memory_per_stage(m, p);
  EXPECT_NEAR(mem[0].activations.value(), 32 * 20 * layer, 1.0);
  const double logits = 8192.0 * 128256 / 8 * (2 + 4);
  EXPECT_NEAR(mem[3].activations.value(), 32 * (20 * layer + logits), 1.0);
}

TEST(MemoryModel, OverflowMessage) {
  StageMemory stage;
  stage.stage = 0;
  stage.weights = gib(12.1);
  stage.gradients = gib(6.0);
  stage.optimizer = gib(36.3);
  stage.activations = gib(38.8);
  stage.overhead = gib(4.0);
  GpuSpec gpu;
  gpu.name = "h100-sxm";
  gpu.hbm = gib(80);
  ParallelismSpec where;
  where.source = {"job.yaml", 0};
  where.lines["parallelism"] = 7;
  try {
    check_fits({stage}, gpu, where);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              "job.yaml:7: parallelism: stage 0 needs 97.2 GiB per GPU (weights 12.1, grads 6.0, "
              "optimizer 36.3, activations 38.8, overhead 4.0), h100-sxm has 80.0 GiB");
  }
  stage.activations = gib(10);
  EXPECT_NO_THROW(check_fits({stage}, gpu, where));
}

}  // namespace
}  // namespace colossus
