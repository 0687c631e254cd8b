// The layout search of `colossus plan`: every parallel layout of a job on a cluster (TP, CP, PP,
// VPP and schedule, EP and ETP, micro-batch, ZeRO stage, recompute, optionally precision), the
// ones that do not divide or do not fit in HBM dropped with the reason counted, the rest ranked
// by the full step simulation (sim::simulate through plan/step_evaluator.h's caches).
//
// Pruning is safe: a layout's step is at least its busiest stage's compute (m micro-batches'
// forward and backward kernels, recompute included), because a stage's compute stream runs them
// one after the other; and the busiest stage computes at least the average, 1/pp of the whole
// model's kernels (timed once per kernel shape: tp, cp, ep, etp, micro-batch, recompute,
// precision). A layout
// whose bound exceeds both the K-th best step found so far and the best step of its TP x PP
// family cannot enter the top K nor lead its family, so it is skipped. Layouts are evaluated in
// fixed batches in the order of their grid's bound, the thresholds updated between batches, so
// the counts and the result do not depend on the thread count; the result equals the
// exhaustive search's (tests/unit/plan/layout_search_test.cpp). docs/plan.md explains it.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "colossus/core/enum_names.h"
#include "colossus/core/units.h"
#include "colossus/plan/ranks.h"
#include "colossus/sim/simulation.h"
#include "colossus/topology/topology.h"

namespace colossus::plan {

// The values each dimension may take; an empty list means the default set (docs/plan.md):
// tp the divisors of the NVLink domain, cp powers of two with at least kMinCpTokens tokens per
// rank, pp every count that divides the GPUs and splits the layers (evenly, or with equal
// first and last stages), vpp the divisors of a stage's layers up to max_vpp, ep the divisors
// of the expert count, etp 1 and tp, micro-batch powers of two up to max_micro_batch, every
// ZeRO stage, every recompute mode, and the job's precision.
struct SearchSpace {
  std::vector<int> tp, cp, pp, vpp, ep, etp, micro_batch;
  std::vector<ZeroStage> zero;
  std::vector<Recompute> recompute;
  std::vector<std::string> schedule;  // empty: 1f1b for vpp 1, interleaved above
  std::vector<Precision> precision;   // empty: the job's
  int max_pp = 0;                     // 0: the layer count
  int max_vpp = 8;
  int max_cp = 0;  // 0: by kMinCpTokens
  int max_micro_batch = 8;
};

// Fewest tokens per context-parallel rank the default cp values keep (an estimate: Llama 3 ran
// CP16 at 131,072 tokens, 8,192 per rank; below a few thousand the ring's steps stop hiding
// behind the attention).
inline constexpr std::int64_t kMinCpTokens = 2048;

// What the search ranks by. MFU and tokens per second rank as step time does (a job's tokens and
// model FLOPs per step do not depend on its layout); cost per token is the owner's dollars per
// million tokens (facility::step_usage: the GPU-hours at the site's fixed rate plus the
// electricity the step's power draws), which can prefer a slower layout that draws less.
enum class Objective { step_time, mfu, tokens_per_s, cost_per_token };
inline constexpr EnumName<Objective> kObjectiveNames[] = {
    {Objective::step_time, "step-time"},
    {Objective::mfu, "mfu"},
    {Objective::tokens_per_s, "tokens-per-s"},
    {Objective::cost_per_token, "cost-per-token"}};
constexpr std::span<const EnumName<Objective>> enum_table(Objective) {
  return kObjectiveNames;
}

// The search: the job's fixed parts (model, GPUs, batch, sequence, options, stack) and the space.
struct PlanRequest {
  sim::Job job;
  SearchSpace space;
  Objective objective = Objective::step_time;
  int top_k = 5;
  int threads = 1;
  bool prune = true;
  bool keep_all = false;  // keep every evaluated layout in PlanResult::all (tests)
  // The MPI ranks the evaluations are split over (nullptr: this process alone); every rank
  // calls search_layouts, rank 0's result is complete (others hold only step times).
  Ranks* ranks = nullptr;
  // Called after each batch with (evaluated and pruned so far, total to consider); may be empty.
  std::function<void(std::int64_t, std::int64_t)> progress;
};

// One evaluated layout.
struct PlannedLayout {
  std::int64_t index = 0;  // enumeration order (ties in step time go to the lower index)
  ParallelismSpec spec;
  Seconds bound{};   // compute lower bound
  double score = 0;  // the objective, lower is better (MFU, tokens/s negated)
  std::optional<Dollars> cost_per_million_tokens;  // with the cost-per-token objective
  Bytes peak_memory{};                             // the worst stage's footprint per GPU
  sim::SimulationResult result;                    // without its timeline
  bool simulated_here = true;  // false: another MPI rank simulated it (only its step time)
  std::string family() const;  // "TP8 PP4"
};

// The closest layout to fitting when none fits: how much its worst stage needs.
struct ClosestMiss {
  ParallelismSpec spec;
  std::string layout;
  Bytes needs{};
  Bytes hbm{};
};

struct PlanResult {
  Objective objective = Objective::step_time;
  std::int64_t enumerated = 0;                  // combinations of the dimensions' values
  std::map<std::string, std::int64_t> dropped;  // by reason: the field that refused, or "memory"
  std::int64_t fitted = 0;                      // resolved and fit in HBM
  std::int64_t evaluated = 0;                   // fully simulated
  std::int64_t pruned = 0;                      // skipped by the bound
  std::map<std::string, std::int64_t> failed;   // simulated and refused, by field
  std::int64_t collectives_simulated = 0;
  std::int64_t collective_cache_hits = 0;
  std::vector<PlannedLayout> top;       // the best top_k, best first
  std::vector<PlannedLayout> families;  // the best of each TP x PP family, best first
  std::vector<PlannedLayout> all;       // every evaluated layout, best first (keep_all)
  std::optional<ClosestMiss> closest_miss;
  std::string gpu;  // the GPU the memory check used
};

// Every layout of the space, before any check (the job's parallelism with the varied fields set).
std::vector<ParallelismSpec> enumerate_layouts(const Topology& topology, const sim::Job& job,
                                               const SearchSpace& space);

// Runs the search. Throws InputError when the space is empty or contradicts the cluster (a tp
// wider than the NVLink domain), when no layout fits (the line names the closest miss), or for
// the cost-per-token objective on a cluster without a site section (no pricing).
PlanResult search_layouts(const Topology& topology, const PlanRequest& request);

}  // namespace colossus::plan
