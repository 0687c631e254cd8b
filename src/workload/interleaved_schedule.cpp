// Interleaved 1F1B order per stage, following Megatron-LM's
// forward_backward_pipelining_with_interleaving: the k-th forward of a stage is micro-batch
// (k / (p v)) p + k % p through chunk (k % (p v)) / p; backwards visit the chunks in reverse.
#include "colossus/workload/interleaved_schedule.h"

#include <algorithm>

#include "colossus/core/error.h"

namespace colossus {
namespace {

// The k-th forward (or backward) op of a stage.
PipelineOp kth_op(const PipelineShape& shape, int k, Pass pass) {
  const int p = shape.stages;
  const int v = shape.virtual_stages;
  const int in_group = k % (p * v);
  int chunk = in_group / p;
  if (pass == Pass::backward) chunk = v - 1 - chunk;
  const int micro_batch = (k / (p * v)) * p + in_group % p;
  return {pass, micro_batch, chunk};
}

// Forwards a stage runs before its first backward: Megatron-Core's get_pp_rank_microbatches
// (schedules.py), all of them only when that count reaches the total. Megatron-LM before
// November 2024 (commit 4295be1, "tunable schedule with overlapping") also ran every forward
// first whenever m = p; the current rule is followed, so with m = p the late stages start
// their backwards early (stage p - 1 holds (v - 1) p + 1 chunks, not m v).
int warmup_ops(const PipelineShape& shape, int stage) {
  const int p = shape.stages;
  const int total = shape.micro_batches * shape.virtual_stages;
  return std::min((p - stage - 1) * 2 + (shape.virtual_stages - 1) * p, total);
}

}  // namespace

void InterleavedSchedule::check(const PipelineShape& shape) const {
  if (shape.stages == 1 && shape.virtual_stages != 1) {
    throw InputError({"<job>", 0}, "parallelism.vpp",
                     "interleaving needs more than one pipeline stage, got pp 1 and vpp " +
                         std::to_string(shape.virtual_stages));
  }
  if (shape.micro_batches % shape.stages != 0) {
    throw InputError({"<job>", 0}, "training.global_batch",
                     "the interleaved schedule needs the micro-batches per step (" +
                         std::to_string(shape.micro_batches) +
                         ") to be a multiple of the pipeline stages (" +
                         std::to_string(shape.stages) + ")");
  }
}

std::vector<PipelineOp> InterleavedSchedule::stage_order(const PipelineShape& shape,
                                                         int stage) const {
  const int total = shape.micro_batches * shape.virtual_stages;
  const int warmup = warmup_ops(shape, stage);
  std::vector<PipelineOp> order;
  order.reserve(2 * static_cast<std::size_t>(total));
  for (int k = 0; k < warmup; ++k) order.push_back(kth_op(shape, k, Pass::forward));
  for (int k = 0; k < total - warmup; ++k) {
    order.push_back(kth_op(shape, warmup + k, Pass::forward));
    order.push_back(kth_op(shape, k, Pass::backward));
  }
  for (int k = total - warmup; k < total; ++k) order.push_back(kth_op(shape, k, Pass::backward));
  return order;
}

}  // namespace colossus
