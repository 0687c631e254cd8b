// What `colossus plan` prints: the search's counts (enumerated, dropped by reason, fitted,
// evaluated, pruned), the top K layouts with their breakdowns and a sentence on why each beats
// the next, the best layout of each TP x PP family, and the baseline layout when one was given;
// as text or as the colossus.plan/1 JSON (docs/json.md).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "colossus/plan/layout_search.h"

namespace colossus::report {

// What the plan was asked: the job in words and where it came from.
struct PlanContext {
  std::string cluster;
  std::string model;
  std::string source;  // "examples/memphis-grok1.yaml" or "command line"
  std::int64_t gpus = 0;
  std::int64_t global_batch = 0;
  std::int64_t seq_len = 0;
  // The base scenario's own layout, simulated, when the plan started from a scenario file.
  std::optional<sim::SimulationResult> baseline;
  std::optional<Dollars> baseline_cost;  // its dollars per million tokens (cost objective)
  std::string written;                   // the winner's scenario file, when written
};

// Why `a` (ranked above) beats `b`: how much shorter its step is (led by how much less a million
// tokens cost, when ranked by cost), the fields of the layout that differ, and the parts of the
// breakdown that moved most.
std::string why_better(const plan::PlannedLayout& a, const plan::PlannedLayout& b);

std::string plan_text(const plan::PlanResult& r, const PlanContext& c);
nlohmann::ordered_json plan_json(const plan::PlanResult& r, const PlanContext& c);

}  // namespace colossus::report
