// Where a step's time goes, read from its timeline once: the bounding stage's compute stream is
// either running an op (its kernels, the in-layer communication folded into it by kind and its
// stretch on the shared fabric, and any stretch from the data-parallel stream beside it) or
// waiting. A wait before an op is charged to
// what the op waited for: while its input was in flight from another stage (produced there,
// not yet arrived) to PP, while it waited for that stage to produce it to the pipeline bubble,
// and while it waited for its chunk's first parameter bucket to DP. After the last op, the
// optimizer, and the data-parallel work still running before it (gradient reduction, a
// non-overlapped parameter gather) to DP; after the stage's end, waiting for the last stage to
// end is idle too. The idle time up to the schedule's own bubble is the bubble, the rest
// imbalance. The parts add up to the step time.
#pragma once

#include <array>
#include <iterator>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/sim/pipeline_executor.h"
#include "colossus/workload/parallelism.h"

namespace colossus::sim {

struct StepBreakdown;
struct PartSpan;

// Seconds for each group kind, in a flat array indexed by the kind (zero where none).
struct SecondsByKind {
  std::array<Seconds, std::size(kGroupKindNames)> seconds{};
  Seconds& operator[](GroupKind kind) { return seconds[static_cast<std::size_t>(kind)]; }
  Seconds operator[](GroupKind kind) const { return seconds[static_cast<std::size_t>(kind)]; }
};

// One pass (forward or backward) of a chunk, its in-layer communication folded in.
struct FoldedPass {
  Seconds duration{};     // on the compute stream, exposed communication included
  Seconds compute{};      // kernels only
  SecondsByKind exposed;  // exposed communication by the group kind waited for
};

// The breakdown of stage `stage` of `run`, whose chunks' passes are `forward` and `backward`
// (indexed by local chunk) and whose optimizer step takes `optimizer`, over the whole step (to
// run.step_time). Its idle time beyond `schedule_bubble` (what the schedule itself idles on a
// pipeline of equal stages) is imbalance. With `spans`, also the stretches each part is made of,
// in time order (an op's laid out compute first, then its exposed communication, then its
// stretch; of the idle stretches the first `schedule_bubble` seconds are the bubble, the rest
// imbalance).
StepBreakdown breakdown_of(const PipelineTimeline& run, int stage,
                           const std::vector<FoldedPass>& forward,
                           const std::vector<FoldedPass>& backward, Seconds optimizer,
                           Seconds schedule_bubble, std::vector<PartSpan>* spans = nullptr);
// The stage that bounds the step: the most compute-stream time plus optimizer (the first of
// equals).
int bounding_stage(const PipelineTimeline& run, const std::vector<Seconds>& optimizer);

}  // namespace colossus::sim
