// GPipe order per stage: all forwards, then all backwards (in reverse micro-batch order, as
// the last forward's activations are the freshest; the order does not change the step time).
#include "colossus/workload/gpipe_schedule.h"

#include "colossus/core/error.h"

namespace colossus {

void GpipeSchedule::check(const PipelineShape& shape) const {
  if (shape.virtual_stages != 1) {
    throw InputError({"<job>", 0}, "parallelism.vpp",
                     "the gpipe schedule runs one chunk per stage, got vpp " +
                         std::to_string(shape.virtual_stages));
  }
}

std::vector<PipelineOp> GpipeSchedule::stage_order(const PipelineShape& shape, int) const {
  std::vector<PipelineOp> order;
  for (int i = 0; i < shape.micro_batches; ++i) order.push_back({Pass::forward, i, 0});
  for (int i = 0; i < shape.micro_batches; ++i) order.push_back({Pass::backward, i, 0});
  return order;
}

}  // namespace colossus
