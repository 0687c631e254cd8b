// The memory footprint of a training job per GPU, for each pipeline stage: weights, gradients,
// optimizer states (by ZeRO stage and optimizer), activations (by recompute mode, attention
// kernel and the pipeline schedule's order) and a fixed allowance; memory_overflow says, as one
// line, whether the worst stage fits in HBM and what would make it fit. docs/software_stack.md
// gives every figure and its source.
//
// Bytes per parameter: weights 2 (BF16), plus Transformer Engine's cached FP8 weight and its
// transpose (2 per GEMM weight) in FP8 training unless the weights are FP8 parameters
// (fp8_param_gather); gradients 4 (Megatron's FP32 main grads; 2 with main_grads_fp32 = false);
// optimizer the optimizer's state with the FP32 master (Adam 12; optimizer.h). ZeRO-1 shards
// the optimizer over the gradient-reduction group (dp x cp; the expert-data-parallel group for
// experts), ZeRO-2 also the gradients, ZeRO-3/FSDP also the weights (plus the gathered weights
// of the layer in use and the prefetched one).
//
// Activations per layer per micro-batch follow Korthikanti et al. 2022 ("Reducing Activation
// Recomputation in Large Transformer Models"), term by term so that GQA, SwiGLU, MoE and
// dropout-free models are covered. Their 5*a*s^2*b bytes of attention scores belong to unfused
// attention (kept with stack.attention: unfused); flash attention keeps only its FP32 softmax
// statistics, 4*a*s*b bytes. For GPT (MHA, 4h GELU, dropout) a flash-attention layer is
//   s*b*h*(34 + 4*a/h) bytes, divided by t with TP + sequence parallel;
// selective recompute drops the 4*a/h term (the core attention is re-run), full recompute keeps
// only the layer input 2*s*b*h (/t with SP; partial recompute per recompute_layers / method).
// Context parallel divides s by cp. FP8 training keeps the FP8 copies of GEMM inputs (1 byte).
// In flight: the schedule's order (PipelineSchedule::peak_activations), each chunk weighing what
// it holds; the last stage also holds each in-flight micro-batch's logits (BF16 and FP32).
// Fixed allowance: CUDA context and cuBLAS/NCCL workspaces (MemoryOptions::fixed_overhead, 3 GiB,
// an estimate) plus fragmentation of the caching allocator (5% of the activations, an estimate;
// the static buffers are allocated once). With PyTorch's expandable_segments allocator
// (stack.allocator) the fragmentation allowance is MemoryOptions::expandable_fragmentation, 0:
// PyTorch publishes no figure; its docs (notes/cuda.rst) say the slivers left at the ends of
// per-request segments, which the 5% stands for, do not form when requests tile into one
// growing segment per stream, and freed pages of that segment coalesce (an estimate).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "colossus/core/enum_names.h"
#include "colossus/core/units.h"
#include "colossus/spec/cluster_spec.h"
#include "colossus/workload/model.h"
#include "colossus/workload/parallelism.h"

namespace colossus {

// Knobs of the memory model, with the values stated above.
struct MemoryOptions {
  Bytes fixed_overhead = gib(3);        // CUDA context, cuBLAS and NCCL workspaces
  double fragmentation = 0.05;          // caching-allocator waste, fraction of the activations
  double expandable_fragmentation = 0;  // the same with expandable_segments (an estimate)
};

// One pipeline stage's footprint on one of its GPUs.
struct StageMemory {
  int stage = 0;
  double params = 0;  // parameters held by the GPU before ZeRO-3 sharding
  Bytes weights{};
  Bytes gradients{};
  Bytes optimizer{};
  Bytes activations{};   // all micro-batches in flight, plus the logits on the last stage
  double in_flight = 0;  // micro-batches of the whole stage's activations held at the peak
  Bytes overhead{};      // fixed allowance + fragmentation (by the stack's allocator)
  Bytes total() const { return weights + gradients + optimizer + activations + overhead; }
};

// Activation bytes of one transformer layer for one micro-batch on one GPU.
Bytes layer_activation_bytes(const ModelSpec& model, const Parallelism& par, int layer);

// Memory per GPU for every pipeline stage.
std::vector<StageMemory> memory_per_stage(const ModelSpec& model, const Parallelism& par,
                                          const MemoryOptions& options = {});

// What a job does when a stage does not fit in HBM: refuse it (error, the default), run it and
// say so (warn), or not check (off).
enum class MemoryCheck { error, warn, off };
inline constexpr EnumName<MemoryCheck> kMemoryCheckNames[] = {
    {MemoryCheck::error, "error"}, {MemoryCheck::warn, "warn"}, {MemoryCheck::off, "off"}};
constexpr std::span<const EnumName<MemoryCheck>> enum_table(MemoryCheck) {
  return kMemoryCheckNames;
}

// The worst stage's overflow as one line, or nullopt when every stage fits: which stage, how
// much it needs and by how much it exceeds the GPU, its parts, the micro-batches in flight and
// their sequence length, and the one or two changes (recompute, ZeRO, micro-batch, tp, pp, cp)
// that make it fit, each with what it would then need, e.g. "stage 0 needs 93.2 GiB per GPU,
// 13.2 GiB more than h100-sxm's 80.0 GiB (weights 12.1, ...; activations 38.8 for 4
// micro-batches of 1 x 8192 tokens in flight); it fits with --recompute selective (71.3 GiB) or
// --zero 3 (64.0 GiB)".
std::optional<std::string> memory_overflow(const ModelSpec& model, const Parallelism& par,
                                           const std::vector<StageMemory>& stages,
                                           const GpuSpec& gpu, const MemoryOptions& options = {});

// Throws InputError (at the parallelism spec) with memory_overflow's line if a stage exceeds
// the GPU's HBM.
void check_fits(const ModelSpec& model, const Parallelism& par,
                const std::vector<StageMemory>& stages, const GpuSpec& gpu,
                const MemoryOptions& options = {});

}  // namespace colossus
