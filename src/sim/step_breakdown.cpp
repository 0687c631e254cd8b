// The breakdown from the timeline: one walk over the bounding stage's compute spans, splitting
// each idle gap by the op's recorded dependencies (input produced / arrived, first parameter
// bucket) and each op by its folded pass; then its idle time into the schedule's bubble and
// imbalance.
#include "colossus/sim/step_breakdown.h"

#include <algorithm>

#include "colossus/sim/simulation.h"

namespace colossus::sim {
namespace {

// Length of the overlap of [a0, a1] and [b0, b1] (0 if they do not meet).
Seconds overlap(Seconds a0, Seconds a1, Seconds b0, Seconds b1) {
  return std::max(Seconds{}, std::min(a1, b1) - std::max(a0, b0));
}

// The part of the breakdown a group kind's exposed communication belongs to.
Seconds& slot(StepBreakdown& b, GroupKind kind) {
  switch (kind) {
    case GroupKind::tp:
      return b.tp;
    case GroupKind::cp:
      return b.cp;
    case GroupKind::ep:
      return b.ep;
    case GroupKind::pp:
      return b.pp;
    default:
      return b.dp;
  }
}

}  // namespace

StepBreakdown breakdown_of(const PipelineTimeline& run, int stage,
                           const std::vector<FoldedPass>& forward,
                           const std::vector<FoldedPass>& backward, Seconds optimizer,
                           Seconds schedule_bubble) {
  StepBreakdown b;
  b.stage = stage;
  Seconds last_end{};
  for (const OpSpan& span : run.spans) {
    if (span.stage != stage) continue;
    if (span.start > last_end) {
      // Waiting for the input until it arrived: in flight (PP) or not yet produced (bubble).
      const Seconds input_end = std::min(span.start, std::max(last_end, span.arrived));
      const Seconds in_flight = span.arrived > span.produced
                                    ? overlap(last_end, input_end, span.produced, span.arrived)
                                    : Seconds{};
      b.pp += in_flight;
      b.bubble += input_end - last_end - in_flight;
      // Then for the chunk's first parameter bucket (DP); anything else is the bubble.
      const Seconds rest = span.start - input_end;
      (span.params_ready > input_end ? b.dp : b.bubble) += rest;
    }
    const FoldedPass& pass =
        (span.op.pass == Pass::forward ? forward
                                       : backward)[static_cast<std::size_t>(span.op.chunk)];
    b.compute += pass.compute;
    for (const auto& [kind, t] : pass.exposed) slot(b, kind) += t;
    // Beyond its costed duration: its in-layer collectives slowed on the shared fabric (charged
    // below, by kind), then the DP stream beside it or its last parameter bucket's wait.
    b.dp += std::max(Seconds{}, (span.end - span.start) - span.base - span.in_layer_stretch);
    last_end = std::max(last_end, span.end);
  }
  for (const TransferSpan& t : run.transfers) {
    if (t.stage != stage) continue;
    if (t.stream == Stream::tp) b.tp += t.end - t.start - t.alone;
    if (t.stream == Stream::cp) b.cp += t.end - t.start - t.alone;
    if (t.stream == Stream::ep) b.ep += t.end - t.start - t.alone;
  }
  const Seconds stage_end = run.stages[static_cast<std::size_t>(stage)].end;
  b.optimizer = optimizer;
  b.dp += std::max(Seconds{}, stage_end - last_end - optimizer);
  b.bubble += std::max(Seconds{}, run.step_time - stage_end);
  if (b.bubble > schedule_bubble) {
    b.imbalance = b.bubble - schedule_bubble;
    b.bubble = schedule_bubble;
  }
  return b;
}

int bounding_stage(const PipelineTimeline& run, const std::vector<Seconds>& optimizer) {
  int bounding = 0;
  Seconds most{};
  for (std::size_t s = 0; s < run.stages.size(); ++s) {
    const Seconds busy = run.stages[s].compute_busy + optimizer.at(s);
    if (busy > most) {
      most = busy;
      bounding = static_cast<int>(s);
    }
  }
  return bounding;
}

}  // namespace colossus::sim
