// The schedule registry: names to schedules. Adding a schedule adds one line here and one file.
#include "colossus/sim/pipeline_schedule.h"

#include "colossus/core/error.h"
#include "colossus/sim/gpipe_schedule.h"
#include "colossus/sim/interleaved_schedule.h"
#include "colossus/sim/one_f_one_b_schedule.h"

namespace colossus::sim {

std::vector<std::string> schedule_names() {
  return {"1f1b", "interleaved", "gpipe"};
}

std::unique_ptr<PipelineSchedule> make_schedule(std::string_view name, const std::string& field,
                                                const SourceLocation& where) {
  if (name == "1f1b") return std::make_unique<OneFOneBSchedule>();
  if (name == "interleaved") return std::make_unique<InterleavedSchedule>();
  if (name == "gpipe") return std::make_unique<GpipeSchedule>();
  std::string valid;
  for (const auto& n : schedule_names()) valid += (valid.empty() ? "" : ", ") + n;
  throw InputError(where, field,
                   "expected a pipeline schedule (" + valid + "), got '" + std::string(name) + "'");
}

}  // namespace colossus::sim
