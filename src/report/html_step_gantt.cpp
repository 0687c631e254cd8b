// The pipeline's Gantt chart: one lane per stage and stream (compute, the forward and backward
// sends, the data-parallel stream), each compute op coloured by pass and each transfer by what
// it moves (an op's in-layer TP/CP/EP collectives on the shared fabric among them), from the
// result's timeline; then the bounding stage's step as the breakdown's parts.
#include <fmt/format.h>

#include <map>

#include "colossus/report/html.h"
#include "colossus/report/html_sections.h"
#include "colossus/report/svg_chart.h"
#include "colossus/report/text.h"

namespace colossus::report::sections {
namespace {

// Series of the chart: passes, then what transfers move.
enum Series { kForward, kBackward, kActivations, kGradients, kParameters, kInLayer };

int series_of(sim::TransferWork w) {
  switch (w) {
    case sim::TransferWork::activations:
      return kActivations;
    case sim::TransferWork::gradients:
      return kGradients;
    case sim::TransferWork::parameters:
      return kParameters;
    case sim::TransferWork::in_layer:
      return kInLayer;
  }
  return kGradients;
}

}  // namespace

std::string step_gantt(const sim::SimulationResult& r) {
  const sim::PipelineTimeline& t = r.timeline;
  const auto fmt_time = [](double v) { return to_string(seconds(v)); };
  // Lanes keyed by (stage, stream) in that order; only lanes with something on them.
  std::map<std::pair<int, int>, svg::GanttRow> lanes;
  auto lane = [&](int stage, sim::Stream s) -> svg::GanttRow& {
    svg::GanttRow& row = lanes[{stage, static_cast<int>(s)}];
    if (row.label.empty()) row.label = fmt::format("stage {} {}", stage, to_string(s));
    return row;
  };
  for (const sim::OpSpan& s : t.spans) {
    const bool fwd = s.op.pass == Pass::forward;
    lane(s.stage, sim::Stream::compute)
        .bars.push_back({s.start.value(), s.end.value(), fwd ? kForward : kBackward,
                         fmt::format("stage {} {} mb {} chunk {}: {} .. {}", s.stage,
                                     fwd ? "forward" : "backward", s.op.micro_batch, s.op.chunk,
                                     to_string(s.start), to_string(s.end))});
  }
  for (const sim::TransferSpan& s : t.transfers) {
    lane(s.stage, s.stream)
        .bars.push_back({s.start.value(), s.end.value(), series_of(s.work),
                         fmt::format("stage {} {} ({}): {} .. {}, {} alone", s.stage,
                                     to_string(s.stream), transfer_work_name(s.work),
                                     to_string(s.start), to_string(s.end), to_string(s.alone))});
  }
  std::vector<svg::GanttRow> rows;
  for (auto& [key, row] : lanes) rows.push_back(std::move(row));
  std::string body = svg::gantt(
      "gantt",
      fmt::format("One pipeline's step: {} compute ops and {} transfers per lane over {}.",
                  t.spans.size(), t.transfers.size(), to_string(r.step_time)),
      rows,
      {"forward", "backward", "activations", "gradients", "parameters", "in-layer collectives"},
      r.step_time.value(), fmt_time);
  // The bounding stage's step, stretch by stretch, coloured as the breakdown bar.
  svg::GanttRow path{fmt::format("stage {} step", r.breakdown.stage), {}};
  const auto parts = breakdown_parts(r.breakdown);
  for (const sim::PartSpan& p : r.critical_path) {
    int series = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (parts[i].part == p.part) series = int(i);
    }
    path.bars.push_back(
        {p.start.value(), p.end.value(), series,
         fmt::format("{}: {} .. {}", part_label(p.part), to_string(p.start), to_string(p.end))});
  }
  std::vector<std::string> labels;
  for (const BreakdownPart& p : parts) labels.push_back(p.label);
  body += svg::gantt("critical-path",
                     fmt::format("Stage {}'s step (the bounding stage) as the breakdown's parts.",
                                 r.breakdown.stage),
                     {path}, labels, r.step_time.value(), fmt_time);
  return html::section("timeline", "Pipeline timeline", body);
}

}  // namespace colossus::report::sections
