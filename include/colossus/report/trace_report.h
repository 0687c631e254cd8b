// The step's timeline as a Chrome/Perfetto trace (`--trace FILE`), in the Trace Event Format
// (the JSON object form: {"traceEvents": [...], "displayTimeUnit": "ms", "otherData": {...}}):
// one process per pipeline stage, one thread per stream it used (compute, pp_forward,
// pp_backward, dp, and tp/cp/ep for in-layer collectives on the shared fabric),
// each compute op and transfer a complete ("X") event in microseconds; a transfer's args carry
// what it moves, the collective, its algorithm and bytes per rank, and its time alone. One more
// process, "step breakdown", holds the bounding stage's step as the breakdown's parts, whose
// durations add up to each part's figure. Loads in ui.perfetto.dev and chrome://tracing.
#pragma once

#include <nlohmann/json.hpp>

#include "colossus/sim/simulation.h"

namespace colossus::report {

// The trace of a step; `source` names the scenario in otherData.
nlohmann::json simulation_trace(const sim::SimulationResult& r, const std::string& source);

}  // namespace colossus::report
