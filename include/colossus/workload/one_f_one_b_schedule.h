// 1F1B (PipeDream-flush; Megatron-LM's default non-interleaved schedule, Narayanan et al. 2021
// §2.2.1): stage s first runs p - s - 1 warm-up forwards, then alternates one forward and one
// backward, then drains the remaining backwards. With uniform stages and free communication its
// bubble is (p - 1) * (t_f + t_b), a fraction (p - 1) / (m + p - 1) of the step, and stage s
// holds at most p - s micro-batches of activations.
#pragma once

#include "colossus/workload/pipeline_schedule.h"

namespace colossus {

class OneFOneBSchedule : public PipelineSchedule {
 public:
  std::string name() const override { return "1f1b"; }
  // Needs exactly one chunk per stage.
  void check(const PipelineShape& shape) const override;
  std::vector<PipelineOp> stage_order(const PipelineShape& shape, int stage) const override;
};

}  // namespace colossus
