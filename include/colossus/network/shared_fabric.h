// The fabric a whole training step shares. A *pattern* is the traffic one kind of transfer puts
// in the fabric while it runs, for all its replicas at once (e.g. stage 2's data-parallel
// reduce-scatter over every data-parallel group of that stage, or the forward sends from stage 2
// to stage 3 of every pipeline). Alone in the fabric, its flows run at their max-min fair rates
// (Network::steady_loads), which load each resource with a demand in bytes/s. An *activity* of a
// pattern is one transfer that takes `alone` seconds with the fabric to itself; while several
// activities run, each progresses at a rate rho <= 1 of its lone speed, rho from one max-min
// system whose variables are the activities and whose constraints are the resources they share
// (a resource loads sum(demand x rho) <= capacity). Activities start and end at any time over
// the fluid model (network/fluid_model.h), so the data-parallel, pipeline and other traffic of
// the step meet on the links they cross.
//
// Exact: one activity alone runs in its `alone` time; activities on disjoint resources do not
// slow each other. Approximate: on a shared bottleneck, activities share by progress (equal rho
// where their weights are equal), not flow by flow; a pattern's flows slow down together.
// Resources with identical capacity and demands are one constraint (exact: they bind together),
// which keeps the system small on a symmetric fabric of 100,000 GPUs.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/network/fluid_model.h"
#include "colossus/network/maxmin_solver.h"
#include "colossus/network/network.h"

namespace colossus {

// How busy the resources of one kind and tier were over a run of the shared fabric.
struct TierLoad {
  ResourceKind kind = ResourceKind::nic_out;
  int tier = -1;
  std::int64_t resources = 0;  // resources of this kind any pattern crosses
  double peak = 0;             // the highest utilisation any of them reached (0..1)
  // Time-average utilisation over the run of the busiest of them.
  double busiest_average = 0;
};

class SharedFabric {
 public:
  // Activities ending within this of the end of an advance end in it (the executor's clock is
  // a sum of doubles).
  static constexpr double kTolerance = 1e-12;

  // Flows of patterns run on `network` (which must outlive this).
  explicit SharedFabric(Network& network);

  // Registers a pattern (before the first start); returns its id. A pattern with no flow
  // crossing a shared resource (all its flows inside one GPU) never slows down.
  int add_pattern(std::string name, std::span<const Flow> flows);
  const std::string& pattern_name(int pattern) const { return patterns_[pattern].name; }
  // The network the patterns run on.
  const Network& network() const { return *network_; }
  int pattern_count() const { return static_cast<int>(patterns_.size()); }

  // Starts an activity of `pattern` that would take `alone` with the fabric to itself; returns
  // its id (a variable of the system, reused by the pattern's later activities once it ends).
  int start(int pattern, Seconds alone);
  // Time until the first running activity ends (infinity when none runs).
  Seconds next_completion();
  // Moves on by dt; returns the activities that ended (ids from start) with their offsets.
  std::vector<Completion> advance(Seconds dt);
  bool idle() const { return model_.idle(); }
  // Ends every activity and forgets the loads; keeps the patterns (for another run).
  void reset();
  // The progress rate (share of its lone speed) of a running activity.
  double progress(int activity);

  // Utilisation of the resources the patterns cross, by kind and tier, over the time advanced.
  std::vector<TierLoad> tier_loads() const;
  // Constraints after merging identical resources (for tests and benchmarks).
  int constraint_count() const { return solver_.constraint_count(); }

 private:
  struct Pattern {
    std::string name;
    std::vector<ResourceId> resources;  // crossed, with demand > 0
    std::vector<double> demand;         // bytes/s alone, parallel to resources
    std::vector<double> capacity;       // usable bytes/s of each resource
    std::vector<int> constraints;       // after sealing: merged constraints
    std::vector<double> coefficients;   // demand on each merged constraint
  };
  // Builds the merged constraints from every pattern's demands (at the first start).
  void seal();

  Network* network_;
  std::vector<Pattern> patterns_;
  MaxMinSolver solver_;
  FluidModel model_;
  bool sealed_ = false;
  std::vector<int> pattern_of_;                   // variable -> pattern
  std::vector<std::vector<int>> idle_variables_;  // per pattern: variables free for reuse
  std::vector<double> constraint_capacity_;       // usable bytes/s of each constraint
  std::vector<ResourceId> constraint_resource_;   // one representative per constraint
  std::vector<std::int64_t> constraint_members_;  // resources merged into each constraint
  std::vector<double> busy_;                      // per constraint: integral of utilisation
  std::vector<double> peak_;                      // per constraint: highest utilisation
  double elapsed_ = 0;
};

}  // namespace colossus
