// The schedule registry: one table of names and factories, read by make_schedule and
// schedule_names. Adding a schedule adds one line here and one file.
#include "colossus/workload/pipeline_schedule.h"

#include <algorithm>

#include "colossus/core/error.h"
#include "colossus/workload/gpipe_schedule.h"
#include "colossus/workload/interleaved_schedule.h"
#include "colossus/workload/one_f_one_b_schedule.h"

namespace colossus {
namespace {

// One schedule of the registry: its name and how to make it.
struct ScheduleEntry {
  std::string_view name;
  std::unique_ptr<PipelineSchedule> (*make)();
};

// Makes a schedule of type S.
template <class S>
std::unique_ptr<PipelineSchedule> make() {
  return std::make_unique<S>();
}

constexpr ScheduleEntry kSchedules[] = {
    {"1f1b", make<OneFOneBSchedule>},
    {"interleaved", make<InterleavedSchedule>},
    {"gpipe", make<GpipeSchedule>},
};

}  // namespace

double PipelineSchedule::peak_activations(const PipelineShape& shape, int stage,
                                          const std::vector<double>& chunk_bytes) const {
  double held = 0, peak = 0;
  for (const PipelineOp& op : stage_order(shape, stage)) {
    const double bytes = chunk_bytes.at(static_cast<std::size_t>(op.chunk));
    if (op.pass == Pass::forward) {
      held += bytes;
      peak = std::max(peak, held);
    } else {
      held -= bytes;
    }
  }
  return peak;
}

double PipelineSchedule::peak_in_flight(const PipelineShape& shape, int stage) const {
  const std::vector<double> share(static_cast<std::size_t>(shape.virtual_stages),
                                  1.0 / shape.virtual_stages);
  return peak_activations(shape, stage, share);
}

std::vector<std::string> schedule_names() {
  std::vector<std::string> names;
  for (const ScheduleEntry& entry : kSchedules) names.emplace_back(entry.name);
  return names;
}

std::unique_ptr<PipelineSchedule> make_schedule(std::string_view name, const std::string& field,
                                                const SourceLocation& where) {
  for (const ScheduleEntry& entry : kSchedules) {
    if (entry.name == name) return entry.make();
  }
  std::string valid;
  for (const auto& n : schedule_names()) valid += (valid.empty() ? "" : ", ") + n;
  throw InputError(where, field,
                   "expected a pipeline schedule (" + valid + "), got '" + std::string(name) + "'");
}

}  // namespace colossus
