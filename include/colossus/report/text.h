// Small text helpers shared by the reports, and the parts of a step's breakdown in the order
// every report lists them (so text, JSON, CSV, HTML, trace and comparison name them alike).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "colossus/network/shared_fabric.h"
#include "colossus/sim/simulation.h"

namespace colossus::report {

// An integer with thousands separators: 100000 -> "100,000".
std::string grouped(std::int64_t v);

// One part of a step's breakdown: its key (JSON, CSV), its label (text, HTML) and its time.
struct BreakdownPart {
  sim::StepPart part;
  const char* key;    // "compute", "bubble", "tp", ...
  const char* label;  // "compute", "pipeline bubble", "exposed TP", ...
  Seconds time;
};
// The parts of `b`: compute, bubble, imbalance, tp, cp, ep, pp, dp, optimizer.
std::vector<BreakdownPart> breakdown_parts(const sim::StepBreakdown& b);
// The label of a part, as breakdown_parts names it.
const char* part_label(sim::StepPart part);
// The key of a part.
const char* part_key(sim::StepPart part);

// A resource tier of the shared fabric: "switch up from tier 0", "nic out".
std::string tier_name(const TierLoad& t);

// What a transfer moves ("activations", "gradients", "parameters", "in_layer").
const char* transfer_work_name(sim::TransferWork w);

}  // namespace colossus::report
