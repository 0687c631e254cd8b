// The memory model against closed forms: Korthikanti et al.'s activation formula for GPT by
// recompute mode and TP/SP (with flash attention's softmax statistics for the score matrix), ZeRO's
// bytes per parameter, the in-flight micro-batches of 1F1B and interleaved schedules, and the exact
// overflow message.
#include "colossus/workload/memory_model.h"

#include <gmock/gmock.h>
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
  s.main_grads_fp32 = false;
  Parallelism p = resolve(s, m, 64, 8);
  StageMemory mem = memory_per_stage(m, p).at(0);
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

TEST_F(GptActivations, ExpandableSegmentsDropTheFragmentationAllowance) {
  // The same job under both allocators: the caching allocator's allowance is 3 GiB + 5% of the
  // activations, expandable segments' 3 GiB alone (memory_model.h); so the difference is
  // 0.05 x activations and nothing else moves. GPT-3 175B, TP 8 + SP, selective, PP 1, one
  // micro-batch in flight: 96 layers of s*b*h*34/t bytes plus the logits.
  ParallelismSpec spec = layout(8, 1, Recompute::selective);
  StageMemory caching = memory_per_stage(gpt, resolve(spec, gpt, 64, 8)).at(0);
  spec.allocator = Allocator::expandable_segments;
  StageMemory expandable = memory_per_stage(gpt, resolve(spec, gpt, 64, 8)).at(0);
  EXPECT_EQ(expandable.activations, caching.activations);
  EXPECT_GE(caching.activations.value(), 96 * s * b * h * 34 / 8);
  EXPECT_DOUBLE_EQ(expandable.overhead.value(), 3.0 * 1024 * 1024 * 1024);
  EXPECT_NEAR(caching.overhead.value() - expandable.overhead.value(),
              0.05 * caching.activations.value(), 1.0);
  EXPECT_NEAR(caching.total().value() - expandable.total().value(),
              0.05 * caching.activations.value(), 1.0);
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

TEST_F(GptActivations, UnfusedAttentionKeepsTheScores) {
  // Korthikanti et al.'s own count for unfused attention with dropout: s*b*h*(34 + 5*a*s/h)
  // bytes (softmax output 2, dropout mask 1 and dropout output 2 bytes per score).
  ParallelismSpec spec = layout(1, 1, Recompute::none);
  spec.attention = AttentionKernel::unfused;
  EXPECT_DOUBLE_EQ(activation(spec, 8), s * b * h * (34 + 5 * a * s / h));
  // Selective recompute drops the scores with the rest of the core attention: 34*s*b*h.
  spec.recompute = Recompute::selective;
  EXPECT_DOUBLE_EQ(activation(spec, 8), s * b * h * 34);
}

TEST(MemoryModel, OptimizerStateBytesPerParameter) {
  // FP32 master weights plus the optimizer's own state, sharded over dp = 8 by the distributed
  // optimizer: Adam 12, LAMB 12, SGD with momentum 8, Muon 8, Adafactor 4 bytes per parameter.
  ModelSpec m = load_model("llama3-8b");
  const double params = static_cast<double>(count_parameters(m).total);
  for (auto [optimizer, bytes_per_param] :
       {std::pair{Optimizer::adam, 12.0}, std::pair{Optimizer::lamb, 12.0},
        std::pair{Optimizer::sgd, 8.0}, std::pair{Optimizer::muon, 8.0},
        std::pair{Optimizer::adafactor, 4.0}}) {
    ParallelismSpec s = layout(1, 1, Recompute::selective);
    s.optimizer = optimizer;
    StageMemory mem = memory_per_stage(m, resolve(s, m, 8, 8)).at(0);
    EXPECT_NEAR(mem.optimizer.value(), bytes_per_param * params / 8, 1.0) << to_string(optimizer);
  }
}

TEST(MemoryModel, Fp8KeepsWeightCopiesUnlessParametersAreFp8) {
  // FP8 training caches each GEMM weight in FP8 and its transpose (1 + 1 bytes per weight that
  // is not an embedding table); with --fp8-param-gather those are the weights, no BF16 copy.
  ModelSpec m = load_model("llama3-8b");
  const ParameterCount c = count_parameters(m);
  const double gemm = static_cast<double>(c.total - c.embedding - m.vocab * m.hidden);
  ParallelismSpec s = layout(1, 1, Recompute::selective);
  const double bf16 = memory_per_stage(m, resolve(s, m, 8, 8)).at(0).weights.value();
  s.precision = Precision::fp8;
  EXPECT_NEAR(memory_per_stage(m, resolve(s, m, 8, 8)).at(0).weights.value(), bf16 + 2 * gemm,
              64.0);
  s.fp8_param_gather = true;
  EXPECT_NEAR(memory_per_stage(m, resolve(s, m, 8, 8)).at(0).weights.value(), bf16, 1.0);
}

TEST_F(GptActivations, Mxfp8AddsOneScaleBytePer32KeptElements) {
  // The 7sbh/t elements FP8 keeps at 1 byte (above) carry one E8M0 scale per 32 under MXFP8:
  // (27 + 7/32) s b h / t.
  ParallelismSpec mx = layout(8, 1, Recompute::selective);
  mx.precision = Precision::fp8;
  mx.fp8_scaling = Fp8Scaling::mxfp8;
  EXPECT_DOUBLE_EQ(activation(mx, 64), s * b * h * (27 + 7.0 / 32) / 8);
}

TEST(MemoryModel, Mxfp8AddsTheScalesOfBothWeightCopies) {
  // Each GEMM weight's rowwise and columnwise FP8 copies carry a scale byte per 32 elements:
  // 2/32 bytes per GEMM weight over plain FP8.
  ModelSpec m = load_model("llama3-8b");
  const ParameterCount c = count_parameters(m);
  const double gemm = static_cast<double>(c.total - c.embedding - m.vocab * m.hidden);
  ParallelismSpec s = layout(1, 1, Recompute::selective);
  s.precision = Precision::fp8;
  s.fp8_param_gather = true;
  const double fp8 = memory_per_stage(m, resolve(s, m, 8, 8)).at(0).weights.value();
  s.fp8_scaling = Fp8Scaling::mxfp8;
  EXPECT_NEAR(memory_per_stage(m, resolve(s, m, 8, 8)).at(0).weights.value(), fp8 + 2.0 / 32 * gemm,
              64.0);
}

// DeepSeek-V3 at TP 1 on 8 GPUs (EP 8), layer 3 (the first MoE layer), s = 4096, b = 1, BF16.
class DeepSeekActivations : public ::testing::Test {
 protected:
  ModelSpec ds = load_model("deepseek-v3");
  double s = 4096, h = 7168, fe = 2048, k = 8, heads = 128, dqk = 192, dv = 128;
  ParallelismSpec spec(Recompute rc) {
    ParallelismSpec p = layout(1, 1, rc);
    p.ep = 8;
    return p;
  }
  double activation(const ParallelismSpec& p, int layer = 3) {
    return layer_activation_bytes(ds, resolve(p, ds, 8, 8), layer).value();
  }
};

TEST_F(DeepSeekActivations, MlaUpProjRecomputeDropsQueriesKeysAndValues) {
  // Recomputing the up projections keeps only the latents: Q and K (128 heads x 192, BF16) and
  // V (128 x 128) are not kept, 2 s (128 x 192 x 2 + 128 x 128) bytes less than no recompute
  // (both keep the attention core's softmax statistics).
  ParallelismSpec up = spec(Recompute::selective);
  up.recompute_core_attn = false;
  up.recompute_mla_up_proj = true;
  EXPECT_DOUBLE_EQ(activation(spec(Recompute::none)) - activation(up),
                   2 * s * (2 * heads * dqk + heads * dv));
  // With core_attn as well, the statistics (4 bytes per query and head) go too.
  up.recompute_core_attn = true;
  EXPECT_DOUBLE_EQ(activation(spec(Recompute::none)) - activation(up),
                   2 * s * (2 * heads * dqk + heads * dv) + 4 * heads * s);
}

TEST_F(DeepSeekActivations, RankCapacityAndPagedStashSizeTheRoutedTensors) {
  // The routed tokens' saved tensors per token copy, BF16: the permuted input 2h, SwiGLU's
  // intermediates 6 fe, the expert output 2h; s x top-8 balanced copies. A rank capacity of 1.5
  // sizes them at 1.5 x, a paged stash of 1.2 at 1.2 x.
  const double per_copy = 4 * h + 6 * fe;
  ParallelismSpec p = spec(Recompute::none);
  const double dropless = activation(p);
  p.ep_dispatcher = EpDispatcher::hybridep;
  p.moe_rank_capacity_factor = 1.5;
  EXPECT_DOUBLE_EQ(activation(p) - dropless, 0.5 * s * k * per_copy);
  p.moe_paged_stash = 1.2;
  EXPECT_NEAR(activation(p) - dropless, 0.2 * s * k * per_copy, 1e-3);
  // A dense layer (0) has no routed tokens: unchanged.
  EXPECT_DOUBLE_EQ(activation(p, 0), activation(spec(Recompute::none), 0));
}

TEST_F(DeepSeekActivations, CapacityFactorPadsOnlyWithPadToCapacity) {
  // Megatron's drop policy under balanced routing: a factor >= 1 drops nothing and pads nothing;
  // 0.5 drops half the copies; with pad_to_capacity every expert computes its capacity, 1.5 x.
  const double per_copy = 4 * h + 6 * fe;
  const double balanced = activation(spec(Recompute::none));
  ds.moe.capacity_factor = 1.5;
  EXPECT_DOUBLE_EQ(activation(spec(Recompute::none)), balanced);
  ds.moe.pad_to_capacity = true;
  EXPECT_DOUBLE_EQ(activation(spec(Recompute::none)) - balanced, 0.5 * s * k * per_copy);
  ds.moe.pad_to_capacity = false;
  ds.moe.capacity_factor = 0.5;
  EXPECT_DOUBLE_EQ(balanced - activation(spec(Recompute::none)), 0.5 * s * k * per_copy);
}

TEST(MemoryModel, PartialRecompute) {
  // Llama 3 70B, tp 8, pp 4 (20 layers a stage), one micro-batch in flight on the last stage.
  // Block, N = 5: the first 5 layers keep their input (full recompute), the other 15 everything;
  // the transient is one re-run layer. Uniform, N = 5: 4 groups keep one input each; the
  // transient is a group of 5 layers re-run at once.
  ModelSpec m = load_model("llama3-70b");
  ParallelismSpec s = layout(8, 4, Recompute::full);
  s.global_batch = 4;
  const Parallelism full = resolve(s, m, 32, 8);
  const double input = layer_activation_bytes(m, full, 0).value();
  ParallelismSpec none_spec = layout(8, 4, Recompute::none);
  none_spec.global_batch = 4;
  const double whole = layer_activation_bytes(m, resolve(none_spec, m, 32, 8), 0).value();
  const double logits = 8192.0 * 128256 / 8 * (2 + 4);
  s.recompute_layers = 5;
  s.recompute_method = RecomputeMethod::block;
  EXPECT_NEAR(memory_per_stage(m, resolve(s, m, 32, 8))[3].activations.value(),
              5 * input + 15 * whole + logits + whole, 1.0);
  s.recompute_method = RecomputeMethod::uniform;
  EXPECT_NEAR(memory_per_stage(m, resolve(s, m, 32, 8))[3].activations.value(),
              4 * input + logits + 5 * whole, 1.0);
}

TEST(MemoryModel, ZeroLayerFirstAndLastStages) {
  // Megatron's account_for_embedding/loss_in_pipeline_split: Llama 3 8B's 32 layers + embedding
  // + loss = 34 units over pp 2 = 17 each: the first stage 16 layers, the last 16 layers. With
  // explicit counts a first stage of 0 layers holds the embedding alone.
  ModelSpec m = load_model("llama3-8b");
  ParallelismSpec s = layout(1, 2, Recompute::selective);
  s.account_for_embedding = s.account_for_loss = true;
  Parallelism p = resolve(s, m, 16, 8);
  EXPECT_EQ(p.layers(0, 0), std::make_pair(0, 16));
  EXPECT_EQ(p.layers(1, 0), std::make_pair(16, 32));
  ParallelismSpec e = layout(1, 2, Recompute::selective);
  e.first_stage_layers = 0;
  Parallelism pe = resolve(e, m, 16, 8);
  EXPECT_EQ(pe.layers(0, 0), std::make_pair(0, 0));
  StageMemory embedding_only = memory_per_stage(m, pe).at(0);
  EXPECT_DOUBLE_EQ(embedding_only.params, static_cast<double>(m.vocab * m.hidden));
}

TEST(MemoryModel, OverflowMessageNamesStageExcessSequenceAndFixes) {
  // Llama 3 8B on 8 GPUs, TP 1, no recompute, 8192 tokens: 15 GiB of BF16 weights, 30 of FP32
  // main grads, 11 of sharded optimizer and ~40 of activations do not fit 80 GiB. The line
  // names the stage, the excess, the micro-batches of 1 x 8192 tokens in flight, and the first
  // two changes, cheapest first, that fit: selective recompute saves only flash attention's
  // statistics and the ZeRO-1 optimizer is already sharded, so ZeRO-3, then full recompute.
  ModelSpec m = load_model("llama3-8b");
  ParallelismSpec s = layout(1, 1, Recompute::none);
  s.global_batch = 16;
  s.lines.set("parallelism", 7);
  Parallelism p = resolve(s, m, 8, 8);
  GpuSpec gpu;
  gpu.name = "h100-sxm";
  gpu.hbm = gib(80);
  const auto stages = memory_per_stage(m, p);
  const auto line = memory_overflow(m, p, stages, gpu);
  ASSERT_TRUE(line.has_value());
  EXPECT_THAT(*line, testing::StartsWith("stage 0 needs "));
  EXPECT_THAT(*line, testing::HasSubstr("GiB more than h100-sxm's 80.0 GiB"));
  EXPECT_THAT(*line, testing::HasSubstr("for 1 micro-batches of 1 x 8192 tokens in flight"));
  EXPECT_THAT(*line, testing::MatchesRegex(".*; it fits with --zero 3 \\([0-9.]+ GiB\\) or "
                                           "--recompute full \\([0-9.]+ GiB\\)"));
  try {
    check_fits(m, p, stages, gpu);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), "job.yaml:7: parallelism: " + *line);
  }
  gpu.hbm = gib(1000);
  EXPECT_FALSE(memory_overflow(m, p, stages, gpu).has_value());
}

}  // namespace
}  // namespace colossus
