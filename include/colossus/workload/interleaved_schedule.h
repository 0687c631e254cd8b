// Interleaved 1F1B (Narayanan et al. 2021 §2.2.2, Megatron-LM's
// forward_backward_pipelining_with_interleaving): each stage holds v model chunks (virtual
// stages) and runs micro-batches in groups of p through one chunk after the other. Stage s warms
// up with (p - s - 1) * 2 + (v - 1) * p forwards, then alternates, then drains. The paper's
// bubble time is (p - 1) * (t_f + t_b) / v, where t_f, t_b are the forward and backward times
// of a whole stage (all v chunks), so the bubble fraction is (p - 1) / (v * m + p - 1). The
// paper's schedule needs m to be a multiple of p.
#pragma once

#include "colossus/workload/pipeline_schedule.h"

namespace colossus {

class InterleavedSchedule : public PipelineSchedule {
 public:
  std::string name() const override { return "interleaved"; }
  // Needs m % p == 0 and, with p == 1, v == 1.
  void check(const PipelineShape& shape) const override;
  std::vector<PipelineOp> stage_order(const PipelineShape& shape, int stage) const override;
};

}  // namespace colossus
