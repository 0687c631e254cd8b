// GPipe (Huang et al. 2019): every stage runs all forwards, then all backwards. Same bubble as
// 1F1B, (p - 1) / (m + p - 1), but each stage holds the activations of all m micro-batches.
// Kept as the simplest baseline.
#pragma once

#include "colossus/workload/pipeline_schedule.h"

namespace colossus {

class GpipeSchedule : public PipelineSchedule {
 public:
  std::string name() const override { return "gpipe"; }
  // Needs exactly one chunk per stage.
  void check(const PipelineShape& shape) const override;
  std::vector<PipelineOp> stage_order(const PipelineShape& shape, int stage) const override;
};

}  // namespace colossus
