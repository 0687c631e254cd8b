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
//
// A pattern's loads are a function of its flows alone (on a given network), and routing every
// flow of a pattern over 100,000 GPUs is most of what building a fabric costs; a
// PatternLoadCache keeps them across the fabrics of many layouts (a layout search), keyed by a
// description that fixes the flows exactly (the flows themselves, or e.g. the GPU ids of the
// groups and how flows are drawn between them; compared word for word, never assumed from a
// hash), so the pipeline and data-parallel patterns of layouts that differ only in their expert
// grid are computed once, and a described pattern's flows are drawn only when it is new.
// Sealing (merging the resources into constraints) yields a SealedPatterns, immutable and small
// (a constraint per class of identical resources): a fabric built from one runs exactly as the
// fabric that sealed it, so many fabrics (threads, layouts of one rank grid) share one.
#pragma once

#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <unordered_map>
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

// The lone steady loads of one pattern: the resources its flows cross with demand > 0.
struct PatternLoads {
  std::vector<ResourceId> resources;
  std::vector<double> demand;    // bytes/s alone, parallel to resources
  std::vector<double> capacity;  // usable bytes/s of each resource
  std::int64_t flows = 0;        // the pattern's flows
};

// Patterns' loads shared by the fabrics of networks on one topology with the same options,
// keyed by a description of the pattern: words whose first names how the flows are drawn from
// the others (kFlowWords: the flows themselves; other values are the caller's, which must make
// equal keys equal flows); least recently used entries go past `max_bytes` (keys and loads
// counted). Thread-safe: a miss computes on the caller's network outside the lock.
class PatternLoadCache {
 public:
  static constexpr std::uint32_t kFlowWords = 0;
  explicit PatternLoadCache(std::size_t max_bytes);
  // The key of `flows` as they are: kFlowWords, then each flow's src, dst, size and entropy.
  static std::vector<std::uint32_t> flows_key(std::span<const Flow> flows);
  // The loads on `network` of the pattern `key` describes: the cached ones when this exact key
  // was seen, else those of the flows `draw` returns.
  std::shared_ptr<const PatternLoads> loads(Network& network, std::span<const std::uint32_t> key,
                                            const std::function<std::vector<Flow>()>& draw);
  // The loads of `flows` on `network`, keyed by the flows themselves.
  std::shared_ptr<const PatternLoads> loads(Network& network, std::span<const Flow> flows);
  // Patterns computed (misses) and served from the cache (hits).
  std::int64_t misses() const;
  std::int64_t hits() const;

 private:
  struct Entry {
    std::uint64_t hash = 0;
    std::vector<std::uint32_t> key;
    std::shared_ptr<const PatternLoads> loads;
    std::size_t bytes = 0;
  };
  mutable std::mutex mutex_;
  std::size_t max_bytes_;
  std::size_t bytes_ = 0;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_multimap<std::uint64_t, std::list<Entry>::iterator> by_hash_;
  const Topology* topology_ = nullptr;  // of the first network seen (the others must match)
  std::int64_t hits_ = 0;
  std::int64_t misses_ = 0;
};

// A fabric's patterns once sealed: the merged constraints and each pattern's coefficients on
// them.
struct SealedPatterns {
  struct Pattern {
    std::string name;
    std::vector<int> constraints;      // merged constraints it loads
    std::vector<double> coefficients;  // its demand on each (bytes/s alone)
  };
  std::vector<Pattern> patterns;
  std::vector<double> constraint_capacity;       // usable bytes/s of each constraint
  std::vector<ResourceId> constraint_resource;   // one representative per constraint
  std::vector<std::int64_t> constraint_members;  // resources merged into each constraint
};

class SharedFabric {
 public:
  // Activities ending within this of the end of an advance end in it (the executor's clock is
  // a sum of doubles).
  static constexpr double kTolerance = 1e-12;

  // Flows of patterns run on `network` (which must outlive this); their loads come from
  // `cache` when given (shared with other fabrics; it must outlive this too).
  explicit SharedFabric(Network& network, PatternLoadCache* cache = nullptr);
  // A sealed fabric with the patterns of `sealed` (from sealed() of a fabric on a network of
  // the same topology and options): it runs as that fabric does.
  SharedFabric(Network& network, std::shared_ptr<const SealedPatterns> sealed);

  // Registers a pattern (before the first start); returns its id. A pattern with no flow
  // crossing a shared resource (all its flows inside one GPU) never slows down.
  int add_pattern(std::string name, std::span<const Flow> flows);
  // The loads of the pattern `key` describes (as PatternLoadCache keys them): from the fabric's
  // cache when it has one and knows the key, else computed from the flows `draw` returns.
  std::shared_ptr<const PatternLoads> pattern_loads(std::span<const std::uint32_t> key,
                                                    const std::function<std::vector<Flow>()>& draw);
  // Registers a pattern by its loads (from pattern_loads); returns its id.
  int add_pattern(std::string name, std::shared_ptr<const PatternLoads> loads);
  const std::string& pattern_name(int pattern) const;
  // The network the patterns run on.
  const Network& network() const { return *network_; }
  int pattern_count() const;
  // The patterns sealed (sealing them now if no activity has started yet), to build other
  // fabrics from.
  std::shared_ptr<const SealedPatterns> sealed();

  // Starts an activity of `pattern` that would take `alone` with the fabric to itself; returns
  // its id (a variable of the system, reused by the pattern's later activities once it ends).
  int start(int pattern, Seconds alone);
  // Time until the first running activity ends (infinity when none runs).
  Seconds next_completion();
  // Moves on by dt; returns the activities that ended (ids from start) with their offsets, in
  // the fabric's own buffer: valid until the next advance.
  const std::vector<Completion>& advance(Seconds dt);
  bool idle() const { return model_.idle(); }
  // Ends every activity and forgets the loads; keeps the patterns (for another run).
  void reset();
  // The progress rate (share of its lone speed) of a running activity.
  double progress(int activity);

  // Utilisation of the resources the patterns cross, by kind and tier, over the time advanced
  // (empty while loads are not recorded).
  std::vector<TierLoad> tier_loads() const;
  // Whether advance() records each constraint's busy time and peak for tier_loads() (on unless
  // turned off; off, tier_loads() is empty): a caller that never reads tier_loads() (a layout
  // search) saves a sum per loaded constraint per advance. Set it before a run, not during one.
  void record_loads(bool on) { record_loads_ = on; }
  // Constraints after merging identical resources (for tests and benchmarks).
  int constraint_count() const { return solver_.constraint_count(); }

 private:
  struct Pattern {
    std::string name;
    std::shared_ptr<const PatternLoads> loads;  // the resources crossed with demand > 0
  };
  // Builds the merged constraints from every pattern's demands (at the first start) and drops
  // the loads.
  void seal();
  // A fresh solver and fluid model on the sealed constraints, no activity running.
  void start_over();

  Network* network_;
  PatternLoadCache* cache_;
  std::vector<Pattern> patterns_;                 // until sealed
  std::shared_ptr<const SealedPatterns> sealed_;  // once sealed
  MaxMinSolver solver_;
  FluidModel model_;
  std::vector<int> pattern_of_;                   // variable -> pattern
  RateMemo rates_;                                // solutions by the running patterns
  std::vector<std::vector<int>> idle_variables_;  // per pattern: variables free for reuse
  std::vector<double> busy_;                      // per constraint: integral of utilisation
  std::vector<double> peak_;                      // per constraint: highest utilisation
  double elapsed_ = 0;
  bool record_loads_ = true;
};

}  // namespace colossus
