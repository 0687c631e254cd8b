// The shared collective timings and the per-worker fabrics of a layout search
// (plan/step_evaluator.h). The collective answer is the one sim::FabricCommModel gives: every
// group of the kind in one call (group 0 plus one offset per group), timed by the collective
// engine, whose size-independent profiles are cached by the groups.
#include "colossus/plan/step_evaluator.h"

namespace colossus::plan {
namespace {

// The communication model a StepEvaluator hands the step simulation: the shared cache.
class CachedCommModel : public sim::CommModel {
 public:
  CachedCommModel(StepCache& cache, CollectiveEngine& engine, CacheUse* use)
      : cache_(cache), engine_(engine), use_(use) {}
  sim::CommTiming time(const Parallelism& par, CollectiveOp op, GroupKind kind,
                       Bytes bytes) override {
    return cache_.time(par, op, kind, bytes, engine_, use_);
  }

 private:
  StepCache& cache_;
  CollectiveEngine& engine_;
  CacheUse* use_;
};

}  // namespace

GridKey grid_key(const Parallelism& par) {
  const ParallelismSpec& s = par.spec();
  GridKey key{par.gpus(), s.tp, s.cp, s.pp, s.dp, s.ep, s.etp, 0, 0, 0, 0, 0};
  for (std::size_t i = 0; i < s.order.size(); ++i) key[7 + i] = static_cast<int>(s.order[i]);
  return key;
}

StepCache::StepCache() : profiles_(std::make_shared<CollectiveProfiles>()) {}

int StepCache::call_id(const Parallelism& par, GroupKind kind, std::unique_lock<std::mutex>& lock) {
  const auto grid = std::make_pair(grid_key(par), kind);
  if (auto it = grid_calls_.find(grid); it != grid_calls_.end()) return it->second;
  // A new grid's groups are read without the lock (every group of the kind: up to one GPU id per
  // GPU), so the other workers' lookups go on meanwhile.
  lock.unlock();
  const Parallelism::GroupTable groups = par.group_table(kind);
  CollectiveCall call = CollectiveCall::translates(groups.ranks, groups.size);
  auto key = std::make_pair(call.ranks, call.group_offsets);
  lock.lock();
  if (auto it = grid_calls_.find(grid); it != grid_calls_.end()) return it->second;
  auto it = call_ids_.find(key);
  if (it == call_ids_.end()) {
    it = call_ids_.emplace(std::move(key), static_cast<int>(calls_.size())).first;
    calls_.push_back(std::move(call));
  }
  grid_calls_.emplace(grid, it->second);
  return it->second;
}

sim::CommTiming StepCache::time(const Parallelism& par, CollectiveOp op, GroupKind kind,
                                Bytes bytes, CollectiveEngine& engine, CacheUse* use) {
  if (par.group_size(kind) <= 1 || bytes <= Bytes{}) return {};
  std::unique_lock lock(mutex_);
  const int id = call_id(par, kind, lock);
  const auto key = std::make_tuple(op, id, bytes.value());
  // The answer, counted as a hit and recorded in `use`.
  auto answer = [&](const Timing& t) {
    ++hits_;
    if (use) {
      ++use->answers;
      use->timings.push_back(t.id);
    }
    return t.timing;
  };
  if (auto it = timings_.find(key); it != timings_.end()) return answer(it->second);
  CollectiveCall call = calls_[id];
  lock.unlock();
  // A miss runs on the worker's own engine while the other workers go on (the engines share
  // their profiles); a worker that timed the same key meanwhile has stored the same answer.
  call.op = op;
  call.size = bytes;
  call.dtype = DataType::bfloat16;
  call.where = {"<job>", 0};
  const CollectiveResult r = engine.run(call);
  const sim::CommTiming timing{r.time, r.algorithm};
  lock.lock();
  if (auto it = timings_.find(key); it != timings_.end()) return answer(it->second);
  const int timing_id = static_cast<int>(timings_.size());
  timings_.emplace(key, Timing{timing, timing_id});
  if (use) {
    ++use->answers;
    use->timings.push_back(timing_id);
  }
  return timing;
}

std::int64_t StepCache::hits() const {
  std::lock_guard lock(mutex_);
  return hits_;
}

StepCache::GridPatterns StepCache::grid_patterns(const GridKey& grid) const {
  std::lock_guard lock(mutex_);
  const auto it = grid_patterns_.find(grid);
  return it == grid_patterns_.end() ? GridPatterns{} : it->second;
}

void StepCache::store_grid_patterns(const GridKey& grid, GridPatterns patterns) {
  std::lock_guard lock(mutex_);
  grid_patterns_.try_emplace(grid, std::move(patterns));
}

StepEvaluator::StepEvaluator(const Topology& topology, StepCache& cache, bool fabric_loads)
    : topology_(topology),
      cache_(cache),
      network_(topology),
      engine_(network_, cache.profiles()),
      fabric_loads_(fabric_loads) {}

sim::SimulationResult StepEvaluator::simulate(const sim::Job& job, CacheUse* use) {
  CachedCommModel comm(cache_, engine_, use);
  const std::int64_t cluster_gpus = topology_.gpu_count();
  const int gpus = job.gpus > 0    ? job.gpus
                   : job.pool >= 0 ? static_cast<int>(topology_.spec().pools[job.pool].gpu_count)
                                   : static_cast<int>(cluster_gpus);
  GridKey grid{};
  try {
    grid = grid_key(resolve(job.parallelism, job.model, gpus,
                            static_cast<int>(topology_.scale_up_gpus()), nullptr));
  } catch (const InputError&) {
    // A layout that does not resolve: the simulation reports it as it would alone.
    SharedFabric fabric(network_);
    return sim::simulate(topology_, job, comm, &fabric);
  }
  auto it = fabrics_.begin();
  while (it != fabrics_.end() && it->grid != grid) ++it;
  bool built_here = false;
  if (it == fabrics_.end()) {
    if (fabrics_.size() >= kFabrics) fabrics_.pop_back();
    StepCache::GridPatterns known = cache_.grid_patterns(grid);
    if (known.sealed) {
      fabrics_.push_front(
          {grid, std::make_unique<SharedFabric>(network_, known.sealed), std::move(known.stages)});
    } else {
      fabrics_.push_front(
          {grid, std::make_unique<SharedFabric>(network_, &cache_.pattern_loads()), {}});
      built_here = true;
    }
  } else if (it != fabrics_.begin()) {
    fabrics_.splice(fabrics_.begin(), fabrics_, it);
  }
  GridFabric& f = fabrics_.front();
  f.fabric->record_loads(fabric_loads_);
  sim::SimulationResult result =
      sim::simulate_reusing_patterns(topology_, job, comm, f.fabric.get(), &f.patterns);
  if (built_here && !f.patterns.empty()) {
    cache_.store_grid_patterns(grid, {f.fabric->sealed(), f.patterns});
  }
  return result;
}

}  // namespace colossus::plan
