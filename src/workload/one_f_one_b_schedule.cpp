// 1F1B order per stage: warm-up forwards, steady one-forward-one-backward, cool-down backwards
// (Megatron-LM forward_backward_pipelining_without_interleaving).
#include "colossus/workload/one_f_one_b_schedule.h"

#include <algorithm>

#include "colossus/core/error.h"

namespace colossus {

void OneFOneBSchedule::check(const PipelineShape& shape) const {
  if (shape.virtual_stages != 1) {
    throw InputError({"<job>", 0}, "parallelism.vpp",
                     "the 1f1b schedule runs one chunk per stage, got vpp " +
                         std::to_string(shape.virtual_stages) + " (use the interleaved schedule)");
  }
}

std::vector<PipelineOp> OneFOneBSchedule::stage_order(const PipelineShape& shape, int stage) const {
  const int m = shape.micro_batches;
  const int warmup = std::min(shape.stages - stage - 1, m);
  std::vector<PipelineOp> order;
  order.reserve(2 * static_cast<std::size_t>(m));
  for (int i = 0; i < warmup; ++i) order.push_back({Pass::forward, i, 0});
  for (int i = 0; i < m - warmup; ++i) {
    order.push_back({Pass::forward, warmup + i, 0});
    order.push_back({Pass::backward, i, 0});
  }
  for (int i = m - warmup; i < m; ++i) order.push_back({Pass::backward, i, 0});
  return order;
}

}  // namespace colossus
