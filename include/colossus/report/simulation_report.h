// The report of a training step (`colossus simulate`) as text for people and JSON for
// machines (schema colossus.simulate/1: figures in base units named in the keys, the breakdown,
// stages, collectives, the shared fabric's tiers and, on request, the step's timeline). Both read
// only the SimulationResult, never the simulation.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "colossus/sim/simulation.h"

namespace colossus::report {

// The summary; `source` says where the job came from (a file, the command line).
std::string simulation_text(const sim::SimulationResult& r, const std::string& source);
// The JSON document of the same; `with_timeline` adds every span of the step (large: the trace
// of a 100k-GPU step's representative pipeline runs to megabytes).
nlohmann::ordered_json simulation_json(const sim::SimulationResult& r, const std::string& source,
                                       bool with_timeline = false);

}  // namespace colossus::report
