// The step simulation for callers that simulate many layouts (plan/): the step's traffic
// patterns carried from one simulation to the next on one shared fabric, and a layout in words.
// The patterns depend only on the rank grid (gpus, tp, cp, pp, dp, ep, etp, order), so a layout
// search reuses them across layouts that differ in batch, recompute, ZeRO, precision or schedule.
#pragma once

#include <string>
#include <vector>

#include "colossus/sim/simulation.h"
#include "colossus/sim/step_traffic.h"

namespace colossus::sim {

// simulate(topology, job, comm, fabric) with `patterns` carried on `fabric`: empty, they are
// registered and stored there; filled (by a job of the same rank grid on the same fabric), the
// fabric is reset and they are reused. The result is the same as on a fresh fabric.
SimulationResult simulate_reusing_patterns(const Topology& topology, const Job& job,
                                           CommModel& comm, SharedFabric* fabric,
                                           std::vector<StagePatterns>* patterns);

// A resolved layout in words, as SimulationResult::layout says it: "TP8 SP, PP8 interleaved x2,
// DP1536 (EP8), ZeRO-1, micro-batch 1 x 8192 tokens, global batch 12288, bf16, ...".
std::string describe_layout(const Parallelism& par);

}  // namespace colossus::sim
