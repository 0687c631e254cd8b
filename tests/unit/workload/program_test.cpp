// Per-stage programs and FLOPs: the Megatron FLOPs formula, 6*N*tokens plus the attention term,
// recompute in hardware FLOPs, kernel FLOPs of a layer against its parameter count, and the
// communication ops a layer issues under TP (with and without SP), EP and CP.
#include "colossus/workload/program.h"

#include <gtest/gtest.h>

#include "../test_gpus.h"
#include "colossus/spec/model_loader.h"
#include "colossus/workload/layer_ops.h"

namespace colossus {
namespace {

ParallelismSpec layout(int tp, int pp, std::int64_t global_batch) {
  ParallelismSpec s;
  s.source = {"job.yaml", 0};
  s.tp = tp;
  s.pp = pp;
  s.global_batch = global_batch;
  return s;
}

int count_ops(const std::vector<Op>& ops, CollectiveOp kind, GroupKind group) {
  int n = 0;
  for (const Op& op : ops)
    if (op.type == Op::Type::comm && op.comm == kind && op.group == group) ++n;
  return n;
}

TEST(Flops, MegatronFormulaForGpt) {
  // Narayanan et al. 2021: 72 * l * h^2 * (1 + s/(6h) + V/(12*l*h)) FLOPs per token.
  ModelSpec gpt = load_model("gpt3-175b");
  const double l = 96, h = 12288, s = 2048, V = 50257;
  const double want = 72 * l * h * h * (1 + s / (6 * h) + V / (12 * l * h));
  EXPECT_NEAR(model_flops_per_token(gpt, 2048).value(), want, want * 1e-12);
}

TEST(Flops, SixNPlusAttentionForDenseModel) {
  // Dense Llama 3 8B without recompute: 6 * N * tokens, where N excludes the input embedding
  // (a lookup) and the norm weights (not matmuls), plus the attention term 12 * l * s * h per
  // token (QK^T and AV over the full sequence, forward + backward).
  ModelSpec m = load_model("llama3-8b");
  const double l = 32, h = 4096, s = 8192;
  const double n =
      static_cast<double>(count_parameters(m).total) - 128256.0 * 4096 - (2 * l + 1) * h;
  EXPECT_NEAR(model_flops_per_token(m, 8192).value(), 6 * n + 12 * l * s * h, 1.0);
  // Without recompute, hardware FLOPs equal model FLOPs.
  EXPECT_EQ(hardware_flops_per_token(m, 8192, Recompute::none), model_flops_per_token(m, 8192));
  // Selective recompute re-runs the attention forward: + 4 * s * h per layer per token.
  EXPECT_NEAR(hardware_flops_per_token(m, 8192, Recompute::selective).value(),
              6 * n + 12 * l * s * h + l * 4 * s * h, 1.0);
  // Full recompute re-runs every layer's forward: + 2 * N_layers + 4 * s * h per layer.
  const double n_layers = n - 128256.0 * 4096;  // without the output projection
  EXPECT_NEAR(hardware_flops_per_token(m, 8192, Recompute::full).value(),
              6 * n + 12 * l * s * h + 2 * n_layers + l * 4 * s * h, 1.0);
}

TEST(Flops, StepFlopsScaleWithTokens) {
  ModelSpec m = load_model("llama3-8b");
  Parallelism p = resolve(layout(1, 1, 64), m, 8, 8);
  ComputeModel compute(test_h100(), default_calibration(test_h100()));
  TrainingProgram program = build_program(m, p, compute);
  EXPECT_EQ(program.tokens_per_step, 64 * 8192);
  EXPECT_EQ(program.micro_batches, 8);
  EXPECT_NEAR(program.model_flops_per_step.value(),
              model_flops_per_token(m, 8192).value() * 64 * 8192, 1e3);
}

// Each layer's compute ops in the program against its own kernels timed directly: the builder
// builds each shape of layer once and reuses it, so layers of different shapes (dense and MoE,
// windowed and global, recomputed in full or not) must still get their own kernels, named after
// their own index.
void expect_layers_timed_as_their_kernels(const ModelSpec& m, const Parallelism& p) {
  ComputeModel compute(test_h100(), default_calibration(test_h100()));
  TrainingProgram program = build_program(m, p, compute);
  auto time_of = [&](const std::vector<LayerKernel>& kernels) {
    double t = 0;
    for (const LayerKernel& lk : kernels) t += compute.time(lk.kernel, p.spec().precision).value();
    return t;
  };
  int layers = 0;
  for (const StageProgram& stage : program.stages) {
    for (const ChunkProgram& chunk : stage.chunks) {
      for (int layer = chunk.first_layer; layer < chunk.last_layer; ++layer, ++layers) {
        const std::string name = "layer " + std::to_string(layer) + " ";
        auto sum = [&](const std::vector<Op>& ops) {
          double t = 0;
          for (const Op& op : ops)
            if (op.type == Op::Type::compute && op.name().rfind(name, 0) == 0) t += op.time.value();
          return t;
        };
        const LayerKernels k = layer_kernels(m, p, layer);
        const double forward = time_of(k.forward);
        const double backward = time_of(k.backward) + time_of(k.recompute);
        EXPECT_NEAR(sum(chunk.forward), forward, forward * 1e-12) << name;
        EXPECT_NEAR(sum(chunk.backward), backward, backward * 1e-12) << name;
      }
    }
  }
  EXPECT_EQ(layers, m.layers);
}

TEST(Program, LayersOfEveryShapeGetTheirOwnKernels) {
  // DeepSeek-V3: 3 dense layers, then MoE (MLA attention).
  ModelSpec deepseek = load_model("deepseek-v3");
  ParallelismSpec moe = layout(1, 1, 64);
  moe.seq_len = 4096;
  expect_layers_timed_as_their_kernels(deepseek, resolve(moe, deepseek, 8, 8));
  // Gemma 2 style windows on Llama 3 8B (every second layer global), on two stages with the
  // first 3 layers of each stage recomputed in full (block method) and the rest not at all.
  ModelSpec windowed = load_model("llama3-8b");
  windowed.attention_window = 4096;
  windowed.global_every = 2;
  ParallelismSpec block = layout(1, 2, 64);
  block.recompute = Recompute::full;
  block.recompute_method = RecomputeMethod::block;
  block.recompute_layers = 3;
  expect_layers_timed_as_their_kernels(windowed, resolve(block, windowed, 16, 8));
}

TEST(LayerKernels, GemmFlopsMatchParametersAfterTp) {
  // One micro-batch of T = 8192 tokens through a Llama 3 70B layer on tp = 8: the forward GEMMs
  // do 2 * (layer matmul parameters / 8) * T FLOPs; backward GEMMs twice that; causal flash
  // attention 4 * s^2 * h / 2 / 8.
  ModelSpec m = load_model("llama3-70b");
  Parallelism p = resolve(layout(8, 1, 64), m, 64, 8);
  LayerKernels k = layer_kernels(m, p, 0);
  double gemm_fwd = 0, gemm_bwd = 0, attn_fwd = 0;
  for (const LayerKernel& lk : k.forward) {
    if (lk.kernel.kind == KernelKind::gemm) gemm_fwd += lk.kernel.flops.value();
    if (lk.kernel.kind == KernelKind::attention) attn_fwd += lk.kernel.flops.value();
  }
  for (const LayerKernel& lk : k.backward)
    if (lk.kernel.kind == KernelKind::gemm) gemm_bwd += lk.kernel.flops.value();
  LayerParams lp = layer_params(m, 0);
  const double matmul = static_cast<double>(lp.attention + lp.dense_ffn);
  EXPECT_NEAR(gemm_fwd, 2 * matmul / 8 * 8192, 1.0);
  EXPECT_NEAR(gemm_bwd, 2 * gemm_fwd, 1.0);
  EXPECT_NEAR(attn_fwd, 4.0 * 8192 * 8192 * 8192 / 2 / 8, 1.0);
  // Selective recompute: the attention forward once more.
  ASSERT_EQ(k.recompute.size(), 1u);
  EXPECT_EQ(k.recompute[0].kernel.flops.value(), attn_fwd);
  EXPECT_EQ(k.recompute[0].part, LayerPart::attention);
}

// The bytes of a layer's FP8 amax reads in `part` (0 if there is none).
double amax_bytes(const std::vector<LayerKernel>& kernels, LayerPart part) {
  double sum = 0;
  for (const LayerKernel& lk : kernels)
    if (lk.part == part && lk.kernel.name.find(".fp8_amax.") != std::string::npos)
      sum += lk.kernel.bytes.value();
  return sum;
}

TEST(LayerKernels, Fp8CurrentScalingReadsEachGemmInputInItsPart) {
  // Llama 3 70B on tp = 8 with sequence parallelism, T = 8192 tokens: per GPU 8 query heads and
  // 1 KV head of 128, FFN width 28672 / 8 = 3584 (SwiGLU: up GEMM 2 x 3584 wide). Current
  // scaling takes each FP8 GEMM input's amax before its cast, in the part of the GEMM it feeds,
  // on the tensor as Transformer Engine quantizes it. The QKV and FFN-up inputs are the fused
  // LayerNorm's output, cast on the local T / 8 = 1024 tokens before the all-gather: the norm
  // writes BF16 and a pass reads it and writes FP8, 3 bytes x 1024 x h. The output projection's
  // input (T x 1024) and the FFN-down input (T x 3584) take one BF16 read each. Backward the
  // output gradients: T x 1280 (QKV) and T x 7168 (up) read once; the output projection's and
  // FFN-down's (n = h) are cast on the 1024-token shard before their all-gather, 2 x 1024 x h.
  // None is left in the residual part.
  ModelSpec m = load_model("llama3-70b");
  ParallelismSpec spec = layout(8, 1, 64);
  spec.precision = Precision::fp8;
  spec.fp8_scaling = Fp8Scaling::current;
  LayerKernels k = layer_kernels(m, resolve(spec, m, 64, 8), 0);
  const double T = 8192, h = 8192, shard = T / 8;
  EXPECT_DOUBLE_EQ(amax_bytes(k.forward, LayerPart::qkv), 3 * shard * h);
  EXPECT_DOUBLE_EQ(amax_bytes(k.forward, LayerPart::out_proj), 2 * T * 1024);
  EXPECT_DOUBLE_EQ(amax_bytes(k.forward, LayerPart::ffn), 3 * shard * h + 2 * T * 3584);
  EXPECT_DOUBLE_EQ(amax_bytes(k.backward, LayerPart::qkv), 2 * T * 1280);
  EXPECT_DOUBLE_EQ(amax_bytes(k.backward, LayerPart::out_proj), 2 * shard * h);
  EXPECT_DOUBLE_EQ(amax_bytes(k.backward, LayerPart::ffn), 2 * T * 7168 + 2 * shard * h);
  EXPECT_EQ(amax_bytes(k.forward, LayerPart::ffn_residual), 0.0);
  EXPECT_EQ(amax_bytes(k.backward, LayerPart::ffn_residual), 0.0);
  // Delayed scaling fuses the cast into the producer: no extra pass; nor in BF16.
  spec.fp8_scaling = Fp8Scaling::delayed;
  k = layer_kernels(m, resolve(spec, m, 64, 8), 0);
  EXPECT_EQ(amax_bytes(k.forward, LayerPart::qkv) + amax_bytes(k.forward, LayerPart::ffn), 0.0);
  // Without sequence parallelism every TP rank holds all T tokens of the norm output and of
  // the output gradient: the same passes over T rows.
  spec.fp8_scaling = Fp8Scaling::current;
  spec.sequence_parallel = false;
  k = layer_kernels(m, resolve(spec, m, 64, 8), 0);
  EXPECT_DOUBLE_EQ(amax_bytes(k.forward, LayerPart::qkv), 3 * T * h);
  EXPECT_DOUBLE_EQ(amax_bytes(k.backward, LayerPart::out_proj), 2 * T * h);
  spec.sequence_parallel = true;
  spec.precision = Precision::bf16;
  k = layer_kernels(m, resolve(spec, m, 64, 8), 0);
  EXPECT_EQ(amax_bytes(k.forward, LayerPart::qkv) + amax_bytes(k.forward, LayerPart::ffn), 0.0);
}

TEST(Program, Fp8CurrentScalingAllReducesTheAmaxOfEachSequenceParallelCast) {
  // Transformer Engine reduces the amax of a tensor cast before a TP all-gather over the TP
  // group (with_amax_reduction): per dense layer the QKV and FFN-up inputs forward, the output
  // projection's and FFN-down's output gradients backward. Llama 3 70B, tp 8 with SP, pp 4:
  // 20 layers per stage, so 40 four-byte TP all-reduces each way, none hidden by TP comm
  // overlap; none with delayed scaling or without sequence parallelism. (The only other TP
  // all-reduce, the cross-entropy's, is on the last stage.)
  ModelSpec m = load_model("llama3-70b");
  ParallelismSpec spec = layout(8, 4, 1024);
  spec.precision = Precision::fp8;
  spec.fp8_scaling = Fp8Scaling::current;
  ComputeModel compute(test_h100(), default_calibration(test_h100()));
  auto amax_ops = [&](bool forward) {
    const TrainingProgram program = build_program(m, resolve(spec, m, 1024, 8), compute);
    const ChunkProgram& c = program.stages[1].chunks[0];
    EXPECT_EQ(c.last_layer - c.first_layer, 20);
    int n = 0;
    for (const Op& op : forward ? c.forward : c.backward)
      if (op.type == Op::Type::comm && op.comm == CollectiveOp::all_reduce &&
          op.group == GroupKind::tp) {
        EXPECT_DOUBLE_EQ(op.bytes.value(), 4.0) << op.name();
        EXPECT_FALSE(op.tp_overlap_hides) << op.name();
        ++n;
      }
    return n;
  };
  EXPECT_EQ(amax_ops(true), 40);
  EXPECT_EQ(amax_ops(false), 40);
  spec.fp8_scaling = Fp8Scaling::delayed;
  EXPECT_EQ(amax_ops(true) + amax_ops(false), 0);
  spec.fp8_scaling = Fp8Scaling::current;
  spec.sequence_parallel = false;  // TP all-reduces of activations then, not of amaxes
  const TrainingProgram plain = build_program(m, resolve(spec, m, 1024, 8), compute);
  for (const Op& op : plain.stages[1].chunks[0].forward) {
    if (op.type == Op::Type::comm) {
      EXPECT_GT(op.bytes.value(), 4.0) << op.name();
    }
  }
}

TEST(LayerKernels, MoeAmaxReadsLandInRouterExpertsAndSharedExperts) {
  // A MoE layer in FP8 with current scaling: the router GEMM's amax read is in the router part,
  // the expert GEMMs' in the experts' (ffn) part, the shared experts' in theirs; every GEMM
  // part has one, and nothing lands in the residual part.
  ModelSpec m = load_model("deepseek-v3");
  ParallelismSpec spec = layout(8, 1, 64);
  spec.precision = Precision::fp8;
  spec.fp8_scaling = Fp8Scaling::current;
  const int moe_layer = m.layers - 1;
  ASSERT_TRUE(m.layer_is_moe(moe_layer));
  LayerKernels k = layer_kernels(m, resolve(spec, m, 64, 8), moe_layer);
  for (LayerPart part : {LayerPart::qkv, LayerPart::out_proj, LayerPart::router, LayerPart::ffn,
                         LayerPart::shared_experts}) {
    EXPECT_GT(amax_bytes(k.forward, part), 0.0) << static_cast<int>(part);
    EXPECT_GT(amax_bytes(k.backward, part), 0.0) << static_cast<int>(part);
  }
  EXPECT_EQ(amax_bytes(k.forward, LayerPart::ffn_residual), 0.0);
  EXPECT_EQ(amax_bytes(k.forward, LayerPart::unpermute), 0.0);
}

TEST(Program, TensorParallelCommunicationWithSequenceParallel) {
  // Llama 3 70B, tp 8 with SP, pp 4: each layer's forward has 2 all-gathers and 2
  // reduce-scatters of the full activation b*s*h*2 bytes; backward mirrors them. The pipeline
  // message is the sequence-parallel shard b*s*h*2/8.
  ModelSpec m = load_model("llama3-70b");
  Parallelism p = resolve(layout(8, 4, 1024), m, 1024, 8);
  ComputeModel compute(test_h100(), default_calibration(test_h100()));
  TrainingProgram program = build_program(m, p, compute);
  ASSERT_EQ(program.stages.size(), 4u);
  const ChunkProgram& c = program.stages[1].chunks[0];
  EXPECT_EQ(c.last_layer - c.first_layer, 20);
  EXPECT_EQ(count_ops(c.forward, CollectiveOp::all_gather, GroupKind::tp), 40);
  EXPECT_EQ(count_ops(c.forward, CollectiveOp::reduce_scatter, GroupKind::tp), 40);
  EXPECT_EQ(count_ops(c.backward, CollectiveOp::all_gather, GroupKind::tp), 40);
  EXPECT_EQ(count_ops(c.backward, CollectiveOp::reduce_scatter, GroupKind::tp), 40);
  for (const Op& op : c.forward)
    if (op.type == Op::Type::comm) {
      EXPECT_DOUBLE_EQ(op.bytes.value(), 8192.0 * 8192 * 2);
    }
  EXPECT_DOUBLE_EQ(c.pp_bytes.value(), 8192.0 * 8192 * 2 / 8);
  // Distributed optimizer (ZeRO-1): gradients reduce-scattered, FP32, 4 bytes per parameter.
  EXPECT_EQ(program.stages[1].grad_reduce, CollectiveOp::reduce_scatter);
  EXPECT_NEAR(c.dense_grad_bytes.value(), 4 * program.stages[1].memory.params, 1.0);
  EXPECT_NEAR(program.stages[1].dense_param_gather_bytes.value(),
              2 * program.stages[1].memory.params, 1.0);
  EXPECT_GT(c.forward_time.value(), 0);
  // Backward is about twice the forward plus the attention recompute: between 2x and 3x.
  EXPECT_GT(c.backward_time / c.forward_time, 2.0);
  EXPECT_LT(c.backward_time / c.forward_time, 3.0);
}

TEST(Program, Fp8GathersOneBytePerElement) {
  // Transformer Engine casts to FP8 before a TP all-gather that feeds FP8 GEMMs: the forward
  // gathers and the backward gathers of output gradients move b*s*h bytes, half of BF16; the
  // reduce-scatters (forward outputs, backward input gradients) stay BF16, b*s*h*2.
  ModelSpec m = load_model("llama3-70b");
  ParallelismSpec s = layout(8, 4, 1024);
  s.precision = Precision::fp8;
  Parallelism p = resolve(s, m, 1024, 8);
  ComputeModel compute(test_h100(), default_calibration(test_h100()));
  const TrainingProgram program = build_program(m, p, compute);
  const ChunkProgram& c = program.stages[1].chunks[0];
  for (const auto* pass : {&c.forward, &c.backward})
    for (const Op& op : *pass) {
      if (op.type != Op::Type::comm || op.group != GroupKind::tp) continue;
      EXPECT_DOUBLE_EQ(op.bytes.value(),
                       8192.0 * 8192 * (op.comm == CollectiveOp::all_gather ? 1 : 2));
    }
  // The output layer's GEMM stays BF16 (Megatron's output layer is not a Transformer Engine
  // module): its gather and the backward reduce-scatter move b*s*h*2.
  const ChunkProgram& last = program.stages[3].chunks[0];
  int output_ops = 0;
  for (const auto* pass : {&last.forward, &last.backward})
    for (const Op& op : *pass)
      if (op.type == Op::Type::comm && op.name().rfind("output tp all-gather", 0) == 0) {
        ++output_ops;
        EXPECT_DOUBLE_EQ(op.bytes.value(), 8192.0 * 8192 * 2) << op.name();
      }
  EXPECT_EQ(output_ops, 2);
}

TEST(Program, TensorParallelWithoutSequenceParallelUsesAllReduce) {
  ModelSpec m = load_model("llama3-8b");
  ParallelismSpec s = layout(4, 1, 64);
  s.sequence_parallel = false;
  Parallelism p = resolve(s, m, 8, 8);
  ComputeModel compute(test_h100(), default_calibration(test_h100()));
  const TrainingProgram program = build_program(m, p, compute);
  const ChunkProgram& c = program.stages[0].chunks[0];
  EXPECT_EQ(count_ops(c.forward, CollectiveOp::all_reduce, GroupKind::tp), 2 * 32 + 1);  // + loss
  EXPECT_EQ(count_ops(c.forward, CollectiveOp::all_gather, GroupKind::tp), 0);
}

TEST(Program, ExpertParallelAllToAll) {
  // Mixtral with ep 8 (tp 1): a dispatch and a combine all-to-all per MoE layer, forward and
  // backward, each moving the tokens' top-2 copies: b * s * 2 * h * 2 bytes.
  ModelSpec m = load_model("mixtral-8x7b");
  ParallelismSpec s = layout(1, 1, 64);
  s.ep = 8;
  s.seq_len = 4096;
  Parallelism p = resolve(s, m, 8, 8);
  ComputeModel compute(test_h100(), default_calibration(test_h100()));
  const TrainingProgram program = build_program(m, p, compute);
  const ChunkProgram& c = program.stages[0].chunks[0];
  EXPECT_EQ(count_ops(c.forward, CollectiveOp::all_to_all, GroupKind::ep), 2 * 32);
  EXPECT_EQ(count_ops(c.backward, CollectiveOp::all_to_all, GroupKind::ep), 2 * 32);
  for (const Op& op : c.forward)
    if (op.type == Op::Type::comm) {
      EXPECT_DOUBLE_EQ(op.bytes.value(), 4096.0 * 2 * 4096 * 2);
    }
  // Expert gradients: 8 experts / ep 8 = 1 expert per GPU, reduced over the edp group.
  LayerParams lp = layer_params(m, 0);
  EXPECT_NEAR(c.expert_grad_bytes.value(), 4.0 * static_cast<double>(lp.expert) * 32, 1.0);
}

TEST(Program, ExpertTensorParallelOneRunsWholeExperts) {
  // Mixtral, tp 2 with SP, ep 4, etp 1, seq 4096: each GPU dispatches its sequence shard's
  // top-2 copies (4096 / 2 x 2 x 4096 x 2 bytes) and runs whole experts (8 / 4 = 2 per GPU,
  // full width), with no TP collective around them.
  ModelSpec m = load_model("mixtral-8x7b");
  ParallelismSpec s = layout(2, 1, 64);
  s.ep = 4;
  s.etp = 1;
  s.seq_len = 4096;
  Parallelism p = resolve(s, m, 8, 8);
  ComputeModel compute(test_h100(), default_calibration(test_h100()));
  const TrainingProgram program = build_program(m, p, compute);
  const ChunkProgram& c = program.stages[0].chunks[0];
  for (const Op& op : c.forward) {
    if (op.group == GroupKind::ep) {
      EXPECT_DOUBLE_EQ(op.bytes.value(), 2048.0 * 2 * 4096 * 2);
    }
  }
  EXPECT_EQ(count_ops(c.forward, CollectiveOp::all_to_all, GroupKind::ep), 64);
  // TP collectives per layer: the attention's all-gather and reduce-scatter only (the MoE block
  // routes its sequence shard directly), plus the output layer's all-gather.
  EXPECT_EQ(count_ops(c.forward, CollectiveOp::all_gather, GroupKind::tp), 32 + 1);
  EXPECT_EQ(count_ops(c.forward, CollectiveOp::reduce_scatter, GroupKind::tp), 32);
  LayerParams lp = layer_params(m, 0);
  EXPECT_NEAR(c.expert_grad_bytes.value(), 4.0 * static_cast<double>(lp.expert) * 2 * 32, 1.0);
}

TEST(Program, ContextParallelRingAndZero3Gathers) {
  ModelSpec m = load_model("llama3-8b");
  ParallelismSpec s = layout(1, 1, 64);
  s.cp = 4;
  s.zero = ZeroStage::weights;
  Parallelism p = resolve(s, m, 8, 8);  // dp 2
  ComputeModel compute(test_h100(), default_calibration(test_h100()));
  const TrainingProgram program = build_program(m, p, compute);
  const ChunkProgram& c = program.stages[0].chunks[0];
  // Ring attention: per layer 3 steps of the local K and V (2048 tokens x 8 KV heads x 128 x
  // 2 tensors x 2 bytes).
  EXPECT_EQ(count_ops(c.forward, CollectiveOp::send_recv, GroupKind::cp), 32);
  for (const Op& op : c.forward)
    if (op.group == GroupKind::cp) {
      EXPECT_DOUBLE_EQ(op.bytes.value(), 2048.0 * 8 * 256 * 2 * 3);
    }
  // ZeRO-3: weights gathered before each layer's forward and backward, gradients
  // reduce-scattered after its backward; nothing left for the end of the step.
  EXPECT_EQ(count_ops(c.forward, CollectiveOp::all_gather, GroupKind::dp_cp), 32);
  EXPECT_EQ(count_ops(c.backward, CollectiveOp::all_gather, GroupKind::dp_cp), 32);
  EXPECT_EQ(count_ops(c.backward, CollectiveOp::reduce_scatter, GroupKind::dp_cp), 32);
  EXPECT_EQ(c.dense_grad_bytes.value(), 0);
}

// All-gather context parallelism (Transformer Engine's AttnFuncWithCPAndKVAllGather, Llama 3's
// CP): per layer one blocking all-gather of K and V over CP 4 before attention. Llama 3 8B at
// TP 2: 8 / 2 = 4 KV heads per rank, 8192 / 4 = 2048 local tokens, K and V of 128 each in BF16:
// 2048 x 4 x 256 x 2 = 4 MiB local, gathered 4 x 4 = 16 MiB (nccl-tests size). Backward: K and
// V gathered again before the attention backward, dK and dV reduce-scattered (16 MiB) after it.
// No ring; the attention FLOPs are the ring's.
TEST(Program, ContextParallelAllGatherOfKeysAndValues) {
  ModelSpec m = load_model("llama3-8b");
  ParallelismSpec s = layout(2, 1, 64);
  s.cp = 4;
  s.cp_comm_type = CpCommType::allgather;
  Parallelism p = resolve(s, m, 8, 8);  // dp 1
  ComputeModel compute(test_h100(), default_calibration(test_h100()));
  const TrainingProgram program = build_program(m, p, compute);
  const ChunkProgram& c = program.stages[0].chunks[0];
  const double gathered = 16.0 * 1024 * 1024;
  EXPECT_EQ(count_ops(c.forward, CollectiveOp::send_recv, GroupKind::cp), 0);
  EXPECT_EQ(count_ops(c.backward, CollectiveOp::send_recv, GroupKind::cp), 0);
  EXPECT_EQ(count_ops(c.forward, CollectiveOp::all_gather, GroupKind::cp), 32);
  EXPECT_EQ(count_ops(c.backward, CollectiveOp::all_gather, GroupKind::cp), 32);
  EXPECT_EQ(count_ops(c.backward, CollectiveOp::reduce_scatter, GroupKind::cp), 32);
  for (const auto* ops : {&c.forward, &c.backward})
    for (const Op& op : *ops)
      if (op.group == GroupKind::cp) {
        EXPECT_DOUBLE_EQ(op.bytes.value(), gathered) << op.name();
        EXPECT_FALSE(op.overlappable) << op.name();
      }
  // Forward: the gather right after the QKV projection, before attention; backward: gather,
  // attention backward, reduce-scatter.
  auto index_of = [](const std::vector<Op>& ops, const std::string& name) {
    for (std::size_t i = 0; i < ops.size(); ++i)
      if (ops[i].name() == name) return static_cast<int>(i);
    return -1;
  };
  EXPECT_EQ(index_of(c.forward, "layer 0 cp all-gather K/V") + 1,
            index_of(c.forward, "layer 0 attention"));
  const int bwd_attention = index_of(c.backward, "layer 0 attention backward");
  ASSERT_GE(bwd_attention, 1);
  EXPECT_EQ(index_of(c.backward, "layer 0 cp all-gather K/V (backward)"), bwd_attention - 1);
  EXPECT_EQ(index_of(c.backward, "layer 0 cp all-gather K/V (backward) (backward)"), -1);
  EXPECT_EQ(c.backward[bwd_attention + 1].comm, CollectiveOp::reduce_scatter);
  EXPECT_EQ(c.backward[bwd_attention + 1].group, GroupKind::cp);
  // The same attention FLOPs as the ring, in two kernels (the two local query chunks).
  ParallelismSpec ring = s;
  ring.cp_comm_type = CpCommType::p2p;
  auto attention = [&](const Parallelism& q) {
    double f = 0;
    int launches = 0;
    const LayerKernels k = layer_kernels(m, q, 0);
    for (const LayerKernel& lk : k.forward)
      if (lk.part == LayerPart::attention) f += lk.kernel.flops.value(), launches = lk.kernel.count;
    return std::pair{f, launches};
  };
  EXPECT_DOUBLE_EQ(attention(p).first, attention(resolve(ring, m, 8, 8)).first);
  EXPECT_EQ(attention(p).second, 2);
  EXPECT_EQ(attention(resolve(ring, m, 8, 8)).second, 4);
}

// Sum of the FLOPs of a layer's forward and backward kernels.
double layer_flops(const LayerKernels& k) {
  double f = 0;
  for (const LayerKernel& lk : k.forward) f += lk.kernel.flops.value();
  for (const LayerKernel& lk : k.backward) f += lk.kernel.flops.value();
  return f;
}

TEST(Flops, ParallelBlockHasTheSequentialBlocksFlopsAndHalfItsTpCollectives) {
  // A parallel block (GPT-J, PaLM) computes the same GEMMs and attention as the sequential one:
  // its model FLOPs per token are 72 l h^2 (1 + s/(6h) + V/(12 l h)) for GPT-3's shapes either
  // way. What changes is communication: with TP + SP one all-gather before the block and one
  // reduce-scatter after it, instead of two of each.
  ModelSpec seq = load_model("gpt3-175b");
  ModelSpec par = seq;
  par.parallel_block = true;
  const double l = 96, h = 12288, s = 2048, V = 50257;
  const double want = 72 * l * h * h * (1 + s / (6 * h) + V / (12 * l * h));
  EXPECT_NEAR(model_flops_per_token(par, 2048).value(), want, want * 1e-12);
  Parallelism p = resolve(layout(8, 1, 64), par, 64, 8);
  // Kernel FLOPs of a layer: equal (a parallel block only drops one residual add, no FLOPs).
  EXPECT_DOUBLE_EQ(layer_flops(layer_kernels(par, p, 0)), layer_flops(layer_kernels(seq, p, 0)));
  ComputeModel compute(test_h100(), default_calibration(test_h100()));
  const ChunkProgram c = build_program(par, p, compute).stages[0].chunks[0];
  EXPECT_EQ(count_ops(c.forward, CollectiveOp::all_gather, GroupKind::tp), 96 + 1);  // + output
  EXPECT_EQ(count_ops(c.forward, CollectiveOp::reduce_scatter, GroupKind::tp), 96);
}

TEST(Flops, SlidingWindowAttentionAtLongSequences) {
  // Mistral-7B-shaped layers (32 x 4096, 32 heads of 128, 8 KV heads, SwiGLU 14336, vocab
  // 32000) at s = 131072 with a 4096-token window on every layer: attention per token and layer
  // 6 x a x (d_qk + d_v) x k with k = 2w - w^2/s = 8064 keys (full attention: k = s). The rest
  // is 6 N: the difference from full attention is exactly 6 a (2d) (s - 8064) per layer.
  ModelSpec m = load_model("llama3-8b");
  m.vocab = 32000;
  ModelSpec windowed = m;
  windowed.attention_window = 4096;
  const double s = 131072, a = 32, d = 128;
  const double saved = 32 * 6 * a * 2 * d * (s - 8064);
  EXPECT_NEAR(
      model_flops_per_token(m, 131072).value() - model_flops_per_token(windowed, 131072).value(),
      saved, saved * 1e-12);
  // The kernels: the attention forward at s = 131072 does 8064 / 131072 of the causal work.
  ParallelismSpec spec = layout(1, 1, 8);
  spec.seq_len = 131072;
  Parallelism p = resolve(spec, m, 8, 8);
  auto attention = [&](const ModelSpec& model) {
    for (const LayerKernel& lk : layer_kernels(model, p, 0).forward)
      if (lk.part == LayerPart::attention) return lk.kernel.flops.value();
    return 0.0;
  };
  EXPECT_NEAR(attention(windowed) / attention(m), 8064.0 / 131072.0, 1e-12);
  // Gemma 2 style: every second layer global, so layer 1 keeps the full attention.
  windowed.global_every = 2;
  auto attention_of = [&](int layer) {
    for (const LayerKernel& lk : layer_kernels(windowed, p, layer).forward)
      if (lk.part == LayerPart::attention) return lk.kernel.flops.value();
    return 0.0;
  };
  EXPECT_DOUBLE_EQ(attention_of(1), attention(m));
}

TEST(Flops, LoraFreezesTheBase) {
  // LoRA on Llama 3 8B: a frozen weight costs forward + data gradient (4 FLOPs per parameter per
  // token instead of 6), each adapter parameter 6; the attention core is unchanged.
  ModelSpec base = load_model("llama3-8b");
  ModelSpec lora = base;
  lora.lora.rank = 16;
  const double s = 8192;
  const double attention = 32 * 3 * 2 * s * 32 * 256;  // 3 x 2 s a (d_qk + d_v) per layer
  const double n = model_flops_per_token(base, 8192).value() - attention;  // 6 N
  EXPECT_NEAR(model_flops_per_token(lora, 8192).value(), n * 4 / 6 + 6 * 13'631'488 + attention,
              1e3);
  // The kernels agree: a layer's GEMMs lose their weight-gradient kernels.
  Parallelism p = resolve(layout(1, 1, 8), lora, 8, 8);
  int wgrad = 0, lora_gemms = 0;
  for (const LayerKernel& lk : layer_kernels(lora, p, 0).backward) {
    if (lk.kernel.name.find(".wgrad") != std::string::npos &&
        lk.kernel.name.find(".lora_") == std::string::npos)
      ++wgrad;
    if (lk.kernel.name.find(".lora_") != std::string::npos) ++lora_gemms;
  }
  EXPECT_EQ(wgrad, 0);
  EXPECT_EQ(lora_gemms, 4 * 2 * 2);  // q, k, v, o: A and B, each dgrad + wgrad
  // Memory: gradients and optimizer states of the 13.6M adapters only.
  ComputeModel compute(test_h100(), default_calibration(test_h100()));
  const TrainingProgram program = build_program(lora, p, compute);
  EXPECT_NEAR(program.stages[0].memory.optimizer.value(), 12.0 * 13'631'488 / 8, 1.0);
  EXPECT_NEAR(program.stages[0].chunks[0].dense_grad_bytes.value(), 4.0 * 13'631'488, 1.0);
}

TEST(Flops, DeepSeekV3WithMtpMatchesMegatronsCount) {
  // Megatron-LM's num_floating_point_operations for DeepSeek-V3 (MLA, 3 dense + 58 MoE layers,
  // one MTP module counted as a 62nd MoE layer plus its [2h -> h] projection and a second
  // output head) at s = 4096, attention not halved: per token 6 x (MLA projections + FFN /
  // shared + 8 routed experts + router) per layer + 6 x 2 h^2 + 12 h V + 6 x 62 x s a (192 +
  // 128). Here by hand from the layer parameter counts.
  ModelSpec m = load_model("deepseek-v3");
  const double h = 7168, V = 129280, s = 4096, a = 128;
  const double mla = 187'105'280;  // the layer's attention projections
  const double dense = 3 * h * 18432, moe = 9 * 3 * h * 2048 + h * 256;
  const double want = 6 * (3 * (mla + dense) + 59 * (mla + moe) + 2 * h * h + 2 * V * h) +
                      62 * 6 * s * a * (192 + 128);
  EXPECT_NEAR(model_flops_per_token(m, 4096).value(), want, want * 1e-12);
  // On the last stage of a pipeline the MTP module adds a layer and a second output block.
  ParallelismSpec spec = layout(1, 2, 8);
  spec.first_stage_layers = 31;
  Parallelism p = resolve(spec, m, 16, 8);
  ComputeModel compute(test_h100(), default_calibration(test_h100()));
  const TrainingProgram program = build_program(m, p, compute);
  int outputs = 0;
  for (const Op& op : program.stages[1].chunks[0].forward)
    if (op.name() == "output layer and loss") ++outputs;
  EXPECT_EQ(outputs, 2);
}

}  // namespace
}  // namespace colossus
