// Per-rank programs: what each distinct pipeline stage does in one training step, for the sim
// to schedule over the event core. DP replicas and the ranks of a TP/CP/EP group run the same
// program, so there is one StageProgram per pipeline stage.
//
// A stage runs, per micro-batch and virtual chunk, a forward and a backward list of Ops in
// order: compute ops (already timed by the compute model) and communication ops (kind, group,
// bytes; the sim times them with the collective layer). Between stages the activations (forward)
// and their gradients (backward) go point to point: ChunkProgram::pp_bytes. At the end of the
// step the gradients are reduced over data parallel (bucketed, overlappable with backward: the
// sim may start a chunk's reduction once the last micro-batch's backward of that chunk is done),
// the optimizer runs, and with ZeRO-1/2 the updated weights are all-gathered.
//
// The order of forwards and backwards (1F1B, interleaved) is the sim's pipeline schedule.
//
// Communication inside a layer (Megatron):
// - TP with sequence parallel: all-gather before QKV and before the FFN, reduce-scatter after
//   the output projection and after the FFN (forward); the mirror image in backward.
//   Without SP: one all-reduce after attention and one after the FFN (f/g operators).
// - CP (ring attention): cp - 1 send/recv steps of the local K and V, overlapped with the
//   attention blocks; backward also sends dK, dV.
// - EP: all-to-all dispatch before the experts and combine after them (forward and backward).
// - ZeRO-3/FSDP: all-gather of the layer's weights before its forward and its backward
//   (overlappable: prefetched), reduce-scatter of its gradients after its backward.
// Bytes follow nccl-tests: all-gather and all-reduce count the full (gathered) buffer,
// reduce-scatter its full input, all-to-all what one rank sends in total, send/recv one message.
//
// FLOPs per step (model FLOPs, for MFU; the Megatron / Narayanan et al. 2021 formula, which is
// PaLM's 6N + 12*l*h*s per token with the logits included and attention counted in full, not
// halved for causality):
//   per token, 6 * (matmul parameters a token passes through: attention projections, FFN or
//   shared + top-k experts, router, output projection) + 6 * l * s * a * (d_qk + d_v)
// which for GPT is 72*l*h^2*(1 + s/(6h) + V/(12*l*h)) per token. Hardware FLOPs (HFU) add the
// recomputed forward work: selective, the attention core again; full, every layer's forward.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "colossus/core/collective_op.h"
#include "colossus/hardware/compute_model.h"
#include "colossus/workload/memory_model.h"
#include "colossus/workload/model.h"
#include "colossus/workload/parallelism.h"

namespace colossus {

// One step of a chunk's program: a timed compute kernel group or a collective. A stage copies
// its layers' ops once per layer and layout, so an Op holds no string: its name is kept in parts
// (a string literal, the layer or MTP module it belongs to, a suffix) and put together by name().
struct Op {
  enum class Type { compute, comm };
  // Whether a collective is the backward mirror or the recompute replay of a forward one.
  enum class Copy { none, backward, recompute };
  Type type = Type::compute;
  const char* label = "";  // static text: "ffn backward", "tp all-gather (attention)"
  int layer = -1;          // the transformer layer it belongs to, or -1
  int mtp_module = -1;     // the multi-token-prediction module it belongs to, or -1
  Copy copy = Copy::none;
  // compute
  Seconds time{};
  Flops flops{};
  // comm
  CollectiveOp comm = CollectiveOp::all_reduce;
  GroupKind group = GroupKind::tp;
  Bytes bytes{};
  // Whether the op may run concurrently with the compute that follows it (CP ring steps,
  // ZeRO-3 prefetch, TP comm overlap); otherwise the next compute op waits for it.
  bool overlappable = false;
  // Whether TP comm overlap (Transformer Engine userbuffers, which pipelines the all-gathers and
  // reduce-scatters around their GEMMs) can hide it; a separate NCCL call, such as current
  // scaling's amax all-reduce, cannot.
  bool tp_overlap_hides = true;

  // "layer 3 ffn", "mtp 0 tp all-gather (attention) (backward)", "output layer and loss".
  std::string name() const;
};

// One virtual chunk of a stage (the whole stage with 1F1B), for one micro-batch.
struct ChunkProgram {
  int chunk = 0;
  int first_layer = 0, last_layer = 0;  // [first, last)
  std::vector<Op> forward;
  std::vector<Op> backward;   // includes recompute
  Bytes pp_bytes{};           // activation sent to the next stage (gradient back) per micro-batch
  Seconds forward_time{};     // sum of forward compute
  Seconds backward_time{};    // sum of backward compute (recompute included)
  Bytes dense_grad_bytes{};   // gradients this chunk reduces over dp_cp (per GPU, as reduced)
  Bytes expert_grad_bytes{};  // gradients this chunk reduces over edp_cp
};

// Everything one pipeline stage does in a step.
struct StageProgram {
  int stage = 0;
  std::vector<ChunkProgram> chunks;  // vpp of them, chunk c = virtual stage c * pp + stage
  // Data-parallel gradient reduction: reduce-scatter with ZeRO >= 1, all-reduce without.
  CollectiveOp grad_reduce = CollectiveOp::all_reduce;
  // After the optimizer with ZeRO-1/2: all-gather of the updated BF16 weights over dp_cp
  // (expert weights over edp_cp). Zero bytes otherwise.
  Bytes dense_param_gather_bytes{};
  Bytes expert_param_gather_bytes{};
  Seconds optimizer_time{};
  StageMemory memory;
};

// The whole step.
struct TrainingProgram {
  std::vector<StageProgram> stages;  // one per pipeline stage
  int micro_batches = 0;             // per replica per step (gradient accumulation steps)
  std::int64_t tokens_per_step = 0;
  Flops model_flops_per_step{};     // for MFU, whole job
  Flops hardware_flops_per_step{};  // for HFU, whole job (with recompute)
};

// Model FLOPs of training on one token at sequence length seq_len (formula above).
Flops model_flops_per_token(const ModelSpec& model, std::int64_t seq_len);
// Hardware FLOPs per token: model FLOPs plus recompute.
Flops hardware_flops_per_token(const ModelSpec& model, std::int64_t seq_len, Recompute recompute);

// Builds every stage's program.
TrainingProgram build_program(const ModelSpec& model, const Parallelism& par,
                              const ComputeModel& compute, const MemoryOptions& memory = {});

}  // namespace colossus
