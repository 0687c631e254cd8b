// Many step simulations of one job's layouts on one cluster, sharing what the layouts have in
// common instead of rebuilding it per layout: the topology and the network (built once), the
// collective timings and the step's fabric patterns. A collective's time is keyed by its
// operation, its exact rank groups and its bytes, so two layouts whose groups of a kind are the
// same GPUs (EP groups do not move when only PP changes) share one collective simulation; the
// fabric patterns are keyed by the rank grid (gpus, tp, cp, pp, dp, ep, etp, order), which is
// all they depend on: the first worker to meet a grid builds and seals them, every later
// fabric of the grid (any worker's) starts from the sealed system; while a grid is built, each
// pattern's loads come from the PatternLoadCache, keyed by the GPU groups its flows are drawn
// from (the pipeline and data-parallel patterns of a grid's expert variants are the same). Every
// cache returns what an uncached sim::simulate computes, byte for byte
// (tests/unit/plan/step_evaluator_test.cpp checks the JSON of both).
//
// Threads: one StepCache is shared by all workers (its maps behind one mutex, released while a
// miss simulates); each worker thread owns a StepEvaluator (its network, its collective engine,
// whose algorithm profiles all workers share, and its fabrics). A search that simulates layouts it
// may then discard (plan simulates ahead of its pruning decisions) counts the cache's work by the
// layouts it keeps: each simulation reports the timings it used (CacheUse).
#pragma once

#include <array>
#include <cstdint>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>
#include <vector>

#include "colossus/collective/collective.h"
#include "colossus/network/network.h"
#include "colossus/network/shared_fabric.h"
#include "colossus/sim/comm_model.h"
#include "colossus/sim/pattern_reuse.h"
#include "colossus/sim/simulation.h"
#include "colossus/topology/topology.h"

namespace colossus::plan {

// What fixes a layout's rank groups: the job's GPU count, tp, cp, pp, dp, ep, etp and the
// placement order (a Parallelism's groups are a function of these alone).
using GridKey = std::array<int, 12>;
GridKey grid_key(const Parallelism& par);

// What one simulation took from the collective cache: how many answers, and which timings (by
// id; a timing is simulated once, on its first use by any layout).
struct CacheUse {
  std::int64_t answers = 0;
  std::vector<int> timings;
};

// The collective timings of a search, shared by its workers.
class StepCache {
 public:
  StepCache();
  // Time of `op` of `bytes` on every group of `kind` of the layout at once (as
  // sim::FabricCommModel answers it), run on `engine` when no worker has; the answer is
  // recorded in `use` when given.
  sim::CommTiming time(const Parallelism& par, CollectiveOp op, GroupKind kind, Bytes bytes,
                       CollectiveEngine& engine, CacheUse* use = nullptr);
  // The algorithm profiles the workers' engines share.
  const std::shared_ptr<CollectiveProfiles>& profiles() const { return profiles_; }
  // Answers served from the cache (a search counts by the layouts it keeps: CacheUse).
  std::int64_t hits() const;
  // The fabric patterns' loads, shared by the workers' fabrics while they build a grid's.
  PatternLoadCache& pattern_loads() { return pattern_loads_; }
  // A rank grid's sealed step patterns (null when no worker has built them yet), and storing
  // them once built.
  struct GridPatterns {
    std::shared_ptr<const SealedPatterns> sealed;
    std::vector<sim::StagePatterns> stages;
  };
  GridPatterns grid_patterns(const GridKey& grid) const;
  void store_grid_patterns(const GridKey& grid, GridPatterns patterns);
  // What the pattern loads may hold: a quarter of the search's 1 GiB goal (issue 16), about
  // the patterns of 20 rank grids of grok-1 on memphis-100k (measured: 4 to 12 MiB a grid).
  static constexpr std::size_t kPatternLoadBytes = std::size_t{256} << 20;

 private:
  // The interned call (group 0's ranks and the groups' offsets) of a kind on a grid.
  // Called with `lock` on mutex_ held; releases it while it reads a new grid's groups.
  int call_id(const Parallelism& par, GroupKind kind, std::unique_lock<std::mutex>& lock);

  mutable std::mutex mutex_;  // the maps and counters
  std::shared_ptr<CollectiveProfiles> profiles_;
  std::map<std::pair<GridKey, GroupKind>, int> grid_calls_;
  std::map<std::pair<std::vector<GpuId>, std::vector<GpuId>>, int> call_ids_;
  std::vector<CollectiveCall> calls_;
  struct Timing {
    sim::CommTiming timing;
    int id;  // in the order simulated
  };
  std::map<std::tuple<CollectiveOp, int, double>, Timing> timings_;
  std::int64_t hits_ = 0;
  PatternLoadCache pattern_loads_{kPatternLoadBytes};
  std::map<GridKey, GridPatterns> grid_patterns_;  // small: a constraint per resource class
};

// One worker's simulations: its own network and the shared fabrics of the last few grids.
class StepEvaluator {
 public:
  // Without `fabric_loads` the results leave the shared fabric's tier loads (fabric_load) empty:
  // a search never reads them, and not recording them saves a sum per loaded constraint at every
  // advance of the fabric.
  StepEvaluator(const Topology& topology, StepCache& cache, bool fabric_loads = false);
  // The step of `job` on the topology: the same result as sim::simulate(topology, job) (but for
  // fabric_load, see above). The collective answers it took are added to `use` when given, also
  // when the simulation refuses the layout.
  sim::SimulationResult simulate(const sim::Job& job, CacheUse* use = nullptr);

 private:
  struct GridFabric {
    GridKey grid;
    std::unique_ptr<SharedFabric> fabric;
    std::vector<sim::StagePatterns> patterns;
  };
  // Fabrics kept: a search visits layouts grid by grid, so a few suffice.
  static constexpr std::size_t kFabrics = 4;

  const Topology& topology_;
  StepCache& cache_;
  Network network_;
  CollectiveEngine engine_;
  bool fabric_loads_;
  std::list<GridFabric> fabrics_;  // most recently used first
};

}  // namespace colossus::plan
