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
StepPart part_of(GroupKind kind) {
  switch (kind) {
    case GroupKind::tp:
      return StepPart::tp;
    case GroupKind::cp:
      return StepPart::cp;
    case GroupKind::ep:
      return StepPart::ep;
    case GroupKind::pp:
      return StepPart::pp;
    default:
      return StepPart::dp;
  }
}

// The part an in-layer stream's stretch belongs to (compute: not an in-layer stream).
StepPart stream_part(Stream s) {
  switch (s) {
    case Stream::tp:
      return StepPart::tp;
    case Stream::cp:
      return StepPart::cp;
    case Stream::ep:
      return StepPart::ep;
    default:
      return StepPart::compute;
  }
}

// The figure of a part.
Seconds& slot(StepBreakdown& b, StepPart part) {
  switch (part) {
    case StepPart::compute:
      return b.compute;
    case StepPart::tp:
      return b.tp;
    case StepPart::cp:
      return b.cp;
    case StepPart::ep:
      return b.ep;
    case StepPart::pp:
      return b.pp;
    case StepPart::dp:
      return b.dp;
    case StepPart::bubble:
      return b.bubble;
    case StepPart::imbalance:
      return b.imbalance;
    case StepPart::optimizer:
      return b.optimizer;
  }
  return b.compute;
}

// Adds `t` to a part, and (when spans are kept) a stretch of it after the last one.
class Charger {
 public:
  Charger(StepBreakdown& b, std::vector<PartSpan>* spans) : b_(b), spans_(spans) {}
  void add(StepPart part, Seconds t) {
    slot(b_, part) += t;
    if (!spans_ || t <= Seconds{}) return;
    const Seconds start = spans_->empty() ? Seconds{} : spans_->back().end;
    spans_->push_back({part, start, start + t});
  }

 private:
  StepBreakdown& b_;
  std::vector<PartSpan>* spans_;
};

// Relabels the bubble stretches beyond the first `bubble` seconds as imbalance (splitting the
// stretch that crosses it).
void split_bubble(std::vector<PartSpan>& spans, Seconds bubble) {
  std::vector<PartSpan> out;
  Seconds seen{};
  for (const PartSpan& s : spans) {
    if (s.part != StepPart::bubble) {
      out.push_back(s);
      continue;
    }
    const Seconds keep = std::clamp(bubble - seen, Seconds{}, s.end - s.start);
    seen += s.end - s.start;
    if (keep > Seconds{}) out.push_back({StepPart::bubble, s.start, s.start + keep});
    if (s.start + keep < s.end) out.push_back({StepPart::imbalance, s.start + keep, s.end});
  }
  spans = std::move(out);
}

}  // namespace

StepBreakdown breakdown_of(const PipelineTimeline& run, int stage,
                           const std::vector<FoldedPass>& forward,
                           const std::vector<FoldedPass>& backward, Seconds optimizer,
                           Seconds schedule_bubble, std::vector<PartSpan>* spans) {
  StepBreakdown b;
  b.stage = stage;
  Charger charge(b, spans);
  if (spans) spans->clear();
  // The stage's in-layer collectives on the fabric, in the order they ended (each inside its op).
  std::vector<const TransferSpan*> in_layer;
  for (const TransferSpan& t : run.transfers) {
    if (t.stage == stage && stream_part(t.stream) != StepPart::compute) in_layer.push_back(&t);
  }
  std::size_t next = 0;
  Seconds last_end{};
  for (const OpSpan& span : run.spans) {
    if (span.stage != stage) continue;
    if (span.start > last_end) {
      // Waiting for the input until it arrived: in flight (PP) or not yet produced (bubble).
      const Seconds input_end = std::min(span.start, std::max(last_end, span.arrived));
      const Seconds in_flight = span.arrived > span.produced
                                    ? overlap(last_end, input_end, span.produced, span.arrived)
                                    : Seconds{};
      charge.add(StepPart::bubble, input_end - last_end - in_flight);
      charge.add(StepPart::pp, in_flight);
      // Then for the chunk's first parameter bucket (DP); anything else is the bubble.
      const Seconds rest = span.start - input_end;
      charge.add(span.params_ready > input_end ? StepPart::dp : StepPart::bubble, rest);
    }
    const FoldedPass& pass =
        (span.op.pass == Pass::forward ? forward
                                       : backward)[static_cast<std::size_t>(span.op.chunk)];
    charge.add(StepPart::compute, pass.compute);
    for (std::size_t kind = 0; kind < pass.exposed.seconds.size(); ++kind)
      charge.add(part_of(static_cast<GroupKind>(kind)), pass.exposed.seconds[kind]);
    // Its in-layer collectives slowed on the shared fabric, by kind (they ran inside it).
    for (; next < in_layer.size() && in_layer[next]->end <= span.end; ++next) {
      const TransferSpan& t = *in_layer[next];
      charge.add(stream_part(t.stream), t.end - t.start - t.alone);
    }
    // Beyond its costed duration and that stretch: the DP stream beside it, or its last
    // parameter bucket's wait.
    charge.add(StepPart::dp,
               std::max(Seconds{}, (span.end - span.start) - span.base - span.in_layer_stretch));
    last_end = std::max(last_end, span.end);
  }
  for (; next < in_layer.size(); ++next) {
    const TransferSpan& t = *in_layer[next];
    charge.add(stream_part(t.stream), t.end - t.start - t.alone);
  }
  const Seconds stage_end = run.stages[static_cast<std::size_t>(stage)].end;
  charge.add(StepPart::dp, std::max(Seconds{}, stage_end - last_end - optimizer));
  charge.add(StepPart::optimizer, optimizer);
  charge.add(StepPart::bubble, std::max(Seconds{}, run.step_time - stage_end));
  if (b.bubble > schedule_bubble) {
    b.imbalance = b.bubble - schedule_bubble;
    b.bubble = schedule_bubble;
    if (spans) split_bubble(*spans, schedule_bubble);
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
