// The layout search (plan/layout_search.h): enumerate, check (resolve, schedule, memory) and
// bound every layout, then decide the survivors in fixed batches, in the order of their rank
// grid's best bound, skipping those the bound rules out. The checks run on `threads`
// std::jthreads; the simulations run on as many workers ahead of the batches (SimulateAhead), and
// the batches take their outcomes in order, so the outcome is the same for any thread count.
#include "colossus/plan/layout_search.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <tuple>

#include "colossus/facility/step_power.h"
#include "colossus/hardware/attention_kernel.h"
#include "colossus/plan/step_evaluator.h"
#include "colossus/sim/pattern_reuse.h"
#include "colossus/workload/pipeline_schedule.h"
#include "colossus/workload/program.h"

namespace colossus::plan {
namespace {

// Layouts simulated between two updates of the pruning thresholds. Fixed (not the thread
// count) so that which layouts are pruned does not depend on the machine.
constexpr std::size_t kBatch = 32;

// The divisors of n in increasing order.
std::vector<int> divisors(std::int64_t n) {
  std::vector<int> out;
  for (std::int64_t d = 1; d <= n; ++d)
    if (n % d == 0) out.push_back(static_cast<int>(d));
  return out;
}

// Powers of two up to `limit`.
std::vector<int> powers_of_two(std::int64_t limit) {
  std::vector<int> out;
  for (std::int64_t v = 1; v <= limit; v *= 2) out.push_back(static_cast<int>(v));
  return out;
}

template <typename T>
std::vector<T> or_default(const std::vector<T>& given, std::vector<T> fallback) {
  return given.empty() ? fallback : given;
}

// The job's GPU count as the simulation resolves it.
int job_gpus(const Topology& topology, const sim::Job& job) {
  if (job.gpus > 0) return job.gpus;
  if (job.pool >= 0) return static_cast<int>(topology.spec().pools[job.pool].gpu_count);
  return static_cast<int>(topology.gpu_count());
}

// The GPU the job's first rank runs on (its memory and compute set the checks and the bound).
const GpuSpec& job_gpu(const Topology& topology, const sim::Job& job) {
  return topology.spec().pools[job.pool >= 0 ? job.pool : 0].server.gpu;
}

// Equal first and last stages f with the middle stages even: the largest f <= the middle
// stages' layers, or -1 when none (Megatron's --decoder-first/last-pipeline-num-layers).
int uneven_end_layers(int layers, int pp) {
  if (pp < 3) return -1;
  for (int f = layers / pp; f >= 1; --f) {
    const int middle = layers - 2 * f;
    if (middle > 0 && middle % (pp - 2) == 0 && f <= middle / (pp - 2)) return f;
  }
  return -1;
}

// What the check of one layout found.
struct Checked {
  enum class Status { dropped, misses, fits } status = Status::dropped;
  std::string reason;   // the field that refused it, or "memory"
  std::string message;  // the refusal
  Seconds bound{};
  Bytes peak{};
};

// The compute of one micro-batch through the whole model (every layer, the embedding and the
// output) on one GPU of a layout, by the fields that shape its kernels (tp, cp, ep, etp,
// micro-batch, recompute, precision, stack): the workload layer's program of the same layout
// on one pipeline stage, with the fewest data-parallel ranks its expert grid allows (a kernel's
// time does not depend on pp, vpp, dp or ZeRO). Shared by the threads of a search.
class BusyCache {
 public:
  BusyCache(const Topology& topology, const sim::Job& job, const GpuSpec& gpu)
      : topology_(topology), job_(job), gpu_(gpu) {}

  Seconds busy(const ParallelismSpec& spec) {
    const int etp = spec.etp == 0 ? spec.tp : spec.etp;
    const auto key = std::make_tuple(spec.tp, spec.cp, spec.ep, etp, spec.micro_batch,
                                     static_cast<int>(spec.recompute),
                                     static_cast<int>(spec.precision), spec.sequence_parallel);
    {
      std::lock_guard lock(mutex_);
      if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    }
    ParallelismSpec ref = spec;
    ref.pp = 1;
    ref.vpp = 1;
    ref.schedule = "1f1b";
    ref.first_stage_layers = -1;
    ref.last_stage_layers = -1;
    const int expert_grid = spec.ep * etp;
    ref.dp = expert_grid / std::gcd(expert_grid, spec.tp * spec.cp);
    ref.global_batch = static_cast<std::int64_t>(spec.micro_batch) * ref.dp;
    const Parallelism par = resolve(ref, job_.model, spec.tp * spec.cp * ref.dp,
                                    static_cast<int>(topology_.scale_up_gpus()), nullptr);
    const ComputeCalibration calibration = with_attention_kernel(
        gpu_, job_.calibration ? *job_.calibration : default_calibration(gpu_), spec.attention,
        job_.model.head_dim);
    const TrainingProgram program =
        build_program(job_.model, par, ComputeModel(gpu_, calibration), job_.options.memory);
    Seconds total{};
    for (const ChunkProgram& chunk : program.stages.front().chunks)
      total += chunk.forward_time + chunk.backward_time;
    std::lock_guard lock(mutex_);
    return cache_.try_emplace(key, total).first->second;
  }

 private:
  const Topology& topology_;
  const sim::Job& job_;
  const GpuSpec& gpu_;
  std::mutex mutex_;
  std::map<std::tuple<int, int, int, int, int, int, int, bool>, Seconds> cache_;
};

// Resolves, checks the schedule and the memory (the workload layer's memory model, as the
// step simulation checks it), and bounds one layout: its busiest stage computes at least the
// average stage's share of the whole model, m micro-batches of it.
Checked check_layout(const Topology& topology, const sim::Job& job, const ParallelismSpec& spec,
                     int gpus, const GpuSpec& gpu, BusyCache& busy) {
  Checked out;
  try {
    const Parallelism par =
        resolve(spec, job.model, gpus, static_cast<int>(topology.scale_up_gpus()), nullptr);
    const auto schedule =
        make_schedule(spec.schedule, "parallelism.schedule", spec.at("parallelism.schedule"));
    schedule->check({par.pp(), par.micro_batches(), par.vpp()});
    for (const StageMemory& stage : memory_per_stage(job.model, par, job.options.memory))
      out.peak = std::max(out.peak, stage.total());
    if (out.peak > gpu.hbm) {
      out.status = Checked::Status::misses;
      out.reason = "memory";
      return out;
    }
    // Summed in another order than the stages' own sums: a relative 1e-9 keeps it below them.
    out.bound =
        busy.busy(spec) * (static_cast<double>(par.micro_batches()) / par.pp()) * (1.0 - 1e-9);
    out.status = Checked::Status::fits;
  } catch (const InputError& e) {
    out.reason = e.field();
    out.message = e.message();
  }
  return out;
}

// Runs f(i) for i in [0, n) on up to `threads` threads.
template <typename F>
void parallel_for(std::size_t n, int threads, F&& f) {
  const std::size_t workers = std::min<std::size_t>(n, std::max(1, threads));
  if (workers <= 1) {
    for (std::size_t i = 0; i < n; ++i) f(i, 0);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::jthread> pool;
  for (std::size_t w = 0; w < workers; ++w) {
    pool.emplace_back([&, w] {
      for (std::size_t i = next++; i < n; i = next++) f(i, w);
    });
  }
}

// The pruning rule: a layout whose score is at least `bound` can neither enter the top K (whose
// K-th score is `kth`) nor lead its TP x PP family (whose best score is `family`).
bool ruled_out_by_bound(double bound, double kth, double family) {
  return bound > kth && bound > family;
}

// Orders evaluated layouts: lower score first, then enumeration order.
bool better(const PlannedLayout& a, const PlannedLayout& b) {
  if (a.score != b.score) return a.score < b.score;
  return a.index < b.index;
}

// The objective of a simulated layout as a score (lower is better), and the lowest score a
// layout whose step is at least a bound can have: the same arithmetic as the simulation's on
// the shorter step (and, for cost, no electricity), so never above the layout's score.
class Scorer {
 public:
  Scorer(const Topology& topology, const sim::Job& job, Objective objective, int gpus)
      : topology_(topology), objective_(objective), gpus_(gpus) {
    const std::int64_t seq =
        job.parallelism.seq_len > 0 ? job.parallelism.seq_len : job.model.seq_len;
    tokens_ = job.parallelism.global_batch * seq;
    model_flops_ = model_flops_per_token(job.model, seq) * static_cast<double>(tokens_);
    // The slowest GPU of the cluster's pools: the highest MFU a step could show.
    peak_ = topology.spec().pools.front().server.gpu.bf16_dense;
    for (const auto& pool : topology.spec().pools)
      peak_ = std::min(peak_, pool.server.gpu.bf16_dense);
    if (objective_ != Objective::cost_per_token) return;
    if (!topology.spec().site) {
      throw InputError(SourceLocation{"<command line>", 0}, "--objective",
                       fmt::format("expected a cluster with a site section (its pricing) for "
                                   "cost-per-token; {} has none",
                                   topology.spec().name));
    }
    bom_ = bill_of_materials(topology);
    own_ = facility::ownership_cost(bom_, *topology.spec().site);
  }

  // The score of a simulated step (its timeline still there); sets the cost per token.
  double score(const sim::SimulationResult& r, std::optional<Dollars>& cost) const {
    switch (objective_) {
      case Objective::step_time:
        return r.step_time.value();
      case Objective::mfu:
        return -r.mfu;
      case Objective::tokens_per_s:
        return -r.tokens_per_second;
      case Objective::cost_per_token:
        cost = facility::step_usage(r, topology_.spec(), bom_, own_).per_million_tokens;
        return cost->value();
    }
    return r.step_time.value();
  }

  // The lowest score of a step of at least `step`.
  double bound(Seconds step) const {
    switch (objective_) {
      case Objective::step_time:
        return step.value();
      case Objective::mfu:
        return -(model_flops_ / step / gpus_ / peak_);
      case Objective::tokens_per_s:
        return -(static_cast<double>(tokens_) / step.value());
      case Objective::cost_per_token: {
        const double gpu_hours = gpus_ * step.value() / 3600.0;
        return (facility::usage_cost(own_, gpu_hours, Joules{}, *topology_.spec().site) *
                (1e6 / static_cast<double>(tokens_)))
            .value();
      }
    }
    return step.value();
  }

 private:
  const Topology& topology_;
  Objective objective_;
  int gpus_;
  std::int64_t tokens_ = 0;
  Flops model_flops_{};
  FlopRate peak_{};
  BillOfMaterials bom_;
  facility::OwnershipCost own_;
};

std::string family_of(const ParallelismSpec& s) {
  return fmt::format("TP{} PP{}", s.tp, s.pp);
}

// One layout's simulation, done ahead of the batch that keeps or prunes it.
struct Outcome {
  std::optional<PlannedLayout> layout;  // empty when the simulation refused the layout
  std::string refused;                  // the field that refused it
  CacheUse use;                         // what it took from the collective cache
  std::exception_ptr error;             // anything else the simulation threw
};

// Simulates a search's layouts on worker threads ahead of the batches that keep or prune them,
// so that no thread waits for the others at a batch's end. The layouts are positions in search
// order (rank grid by rank grid), cut into runs of one grid and at most kRun layouts. A worker
// takes runs up to kAhead positions past the first undecided batch: its own grid's next run
// where it can (its evaluator holds that grid's fabric), else the first run of a grid no other
// worker is on, else the first run left. A layout the thresholds already published rule out is
// skipped: thresholds only fall, so its batch prunes it too; what a worker simulated for a layout
// its batch pruned is dropped. The batches take the outcomes in order, so the search's result is
// the same for any thread count.
class SimulateAhead {
 public:
  static constexpr std::size_t kRun = 16;
  static constexpr std::size_t kAhead = 8 * kBatch;
  // Simulates the layout at a position on a worker's evaluator.
  using Simulate = std::function<Outcome(std::size_t position, std::size_t worker)>;

  // `positions`: those this process simulates, ascending, with their grid, bound score and
  // family (parallel arrays indexed by position); `prune`: whether the batches prune by bound.
  SimulateAhead(int threads, std::vector<std::size_t> positions, const std::vector<int>& grid,
                std::vector<double> bound, std::vector<int> family, std::size_t families,
                bool prune, Simulate simulate)
      : positions_(std::move(positions)),
        prune_(prune),
        bound_(std::move(bound)),
        family_(std::move(family)),
        simulate_(std::move(simulate)),
        family_score_(families, std::numeric_limits<double>::infinity()),
        outcomes_(positions_.size()),
        state_(positions_.size(), State::pending) {
    for (std::size_t i = 0; i < positions_.size(); ++i) {
      if (!runs_.empty() && runs_.back().end == i && runs_.back().grid == grid[positions_[i]] &&
          i - runs_.back().begin < kRun) {
        ++runs_.back().end;
      } else {
        runs_.push_back({i, i + 1, grid[positions_[i]]});
      }
    }
    claimed_.assign(runs_.size(), 0);
    const std::size_t workers = std::min<std::size_t>(runs_.size(), std::max(1, threads));
    last_run_.assign(workers, kNone);
    for (std::size_t w = 0; w < workers; ++w) pool_.emplace_back([this, w] { work(w); });
  }

  ~SimulateAhead() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
  }

  // The outcome at a position this process simulates, once a worker has it.
  Outcome take(std::size_t position) {
    const std::size_t i = index(position);
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return state_[i] != State::pending; });
    if (state_[i] == State::skipped) {
      throw std::logic_error("plan: a layout skipped as ruled out was not pruned by its batch");
    }
    Outcome out = std::move(*outcomes_[i]);
    outcomes_[i].reset();
    if (out.error) std::rethrow_exception(out.error);
    return out;
  }

  // Positions before `end` are decided; the thresholds after them are `kth` and, by family,
  // `family_score`.
  void decided(std::size_t end, double kth, const std::vector<double>& family_score) {
    {
      std::lock_guard lock(mutex_);
      for (; next_undecided_ < positions_.size() && positions_[next_undecided_] < end;
           ++next_undecided_) {
        outcomes_[next_undecided_].reset();
      }
      decided_end_ = end;
      kth_ = kth;
      family_score_ = family_score;
    }
    changed_.notify_all();
  }

 private:
  enum class State : std::uint8_t { pending, done, skipped };
  struct Run {
    std::size_t begin, end;  // indices into positions_
    int grid;
  };
  static constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

  // The index in positions_ of a position this process simulates.
  std::size_t index(std::size_t position) const {
    return static_cast<std::size_t>(
        std::lower_bound(positions_.begin(), positions_.end(), position) - positions_.begin());
  }

  // Whether the published thresholds rule out index i (called with the mutex held).
  bool ruled_out(std::size_t i) const {
    const std::size_t p = positions_[i];
    return p < decided_end_ ||
           (prune_ && ruled_out_by_bound(bound_[p], kth_, family_score_[family_[p]]));
  }

  // The next run for worker w, kNone when every run is taken (called with the mutex held;
  // waits while the runs left lie too far ahead).
  std::size_t claim(std::size_t w, std::unique_lock<std::mutex>& lock) {
    while (true) {
      while (first_free_ < runs_.size() && claimed_[first_free_]) ++first_free_;
      if (stop_ || first_free_ == runs_.size()) return kNone;
      const std::size_t limit = decided_end_ + kAhead;
      auto near = [&](std::size_t r) { return positions_[runs_[r].begin] < limit; };
      std::size_t pick = kNone;
      const std::size_t own = last_run_[w] == kNone ? kNone : last_run_[w] + 1;
      if (own < runs_.size() && !claimed_[own] && near(own) &&
          runs_[own].grid == runs_[last_run_[w]].grid) {
        pick = own;
      }
      for (std::size_t r = first_free_; pick == kNone && r < runs_.size() && near(r); ++r) {
        if (claimed_[r]) continue;
        bool taken = false;
        for (std::size_t o = 0; o < last_run_.size(); ++o) {
          taken |= o != w && last_run_[o] != kNone && runs_[last_run_[o]].grid == runs_[r].grid;
        }
        if (!taken) pick = r;
      }
      if (pick == kNone && near(first_free_)) pick = first_free_;
      if (pick != kNone) {
        claimed_[pick] = 1;
        last_run_[w] = pick;
        return pick;
      }
      changed_.wait(lock);
    }
  }

  // A worker: claims runs and simulates their layouts until none is left.
  void work(std::size_t w) {
    std::unique_lock lock(mutex_);
    for (std::size_t r = claim(w, lock); r != kNone; r = claim(w, lock)) {
      for (std::size_t i = runs_[r].begin; i < runs_[r].end && !stop_; ++i) {
        if (ruled_out(i)) {
          state_[i] = State::skipped;
          continue;
        }
        lock.unlock();
        Outcome out = simulate_(positions_[i], w);
        lock.lock();
        if (positions_[i] >= decided_end_) outcomes_[i] = std::make_unique<Outcome>(std::move(out));
        state_[i] = State::done;
        changed_.notify_all();
      }
    }
  }

  const std::vector<std::size_t> positions_;
  const bool prune_;
  const std::vector<double> bound_;
  const std::vector<int> family_;
  const Simulate simulate_;
  std::vector<Run> runs_;
  std::mutex mutex_;
  std::condition_variable changed_;  // an outcome stored, a batch decided, or stop
  // Guarded by mutex_:
  std::size_t decided_end_ = 0;
  double kth_ = std::numeric_limits<double>::infinity();
  std::vector<double> family_score_;
  std::vector<std::unique_ptr<Outcome>> outcomes_;
  std::vector<State> state_;
  std::vector<std::uint8_t> claimed_;
  std::vector<std::size_t> last_run_;  // by worker
  std::size_t first_free_ = 0;
  std::size_t next_undecided_ = 0;
  bool stop_ = false;
  std::vector<std::jthread> pool_;  // last: joined before the rest is destroyed
};

}  // namespace

std::string PlannedLayout::family() const {
  return family_of(spec);
}

std::vector<ParallelismSpec> enumerate_layouts(const Topology& topology, const sim::Job& job,
                                               const SearchSpace& space) {
  const SourceLocation where{"<command line>", 0};
  const int gpus = job_gpus(topology, job);
  const int layers = job.model.layers;
  const std::int64_t domain = topology.scale_up_gpus();
  for (int tp : space.tp) {
    if (tp > domain) {
      throw InputError(
          where, "--tp",
          fmt::format("expected at most the {} GPUs of {}'s NVLink domain (a tensor-parallel "
                      "group stays within one), got {}",
                      domain, topology.spec().name, tp));
    }
  }
  const std::int64_t seq =
      job.parallelism.seq_len > 0 ? job.parallelism.seq_len : job.model.seq_len;
  std::vector<int> cps;
  for (int c : powers_of_two(std::max<std::int64_t>(1, seq / kMinCpTokens))) {
    if (space.max_cp == 0 || c <= space.max_cp) cps.push_back(c);
  }
  if (space.max_cp > 0 && !space.cp.empty()) {
    for (int c : space.cp) {
      if (c > space.max_cp)
        throw InputError(where, "--cp",
                         fmt::format("expected at most --max-cp {}, got {}", space.max_cp, c));
    }
  }
  const int max_pp = space.max_pp > 0 ? std::min(space.max_pp, layers) : layers;
  for (int p : space.pp) {
    if (p > max_pp)
      throw InputError(where, "--pp",
                       fmt::format("expected at most --max-pp {} (and the model's {} layers), "
                                   "got {}",
                                   max_pp, layers, p));
  }
  const auto tps = or_default(space.tp, divisors(domain));
  const auto cp_values = or_default(space.cp, cps);
  const auto eps = or_default(
      space.ep, job.model.is_moe() ? divisors(job.model.moe.experts) : std::vector<int>{1});
  const auto mbs = or_default(space.micro_batch, powers_of_two(space.max_micro_batch));
  const auto zeros = or_default(space.zero, {ZeroStage::none, ZeroStage::optimizer,
                                             ZeroStage::gradients, ZeroStage::weights});
  const auto recomputes =
      or_default(space.recompute, {Recompute::none, Recompute::selective, Recompute::full});
  const auto precisions = or_default(space.precision, {job.parallelism.precision});

  std::vector<ParallelismSpec> out;
  for (int tp : tps) {
    for (int cp : cp_values) {
      if (gpus % (tp * cp) != 0) continue;
      const std::vector<int> pps = space.pp.empty() ? divisors(gpus / (tp * cp)) : space.pp;
      for (int pp : pps) {
        if (pp > max_pp) continue;
        const bool even = layers % pp == 0;
        const int ends = even ? -1 : uneven_end_layers(layers, pp);
        std::vector<int> vpps = space.vpp;
        if (vpps.empty()) {
          vpps.push_back(1);
          if (even && pp > 1) {
            for (int v = 2; v <= space.max_vpp; ++v)
              if ((layers / pp) % v == 0) vpps.push_back(v);
          }
        }
        for (int vpp : vpps) {
          std::vector<std::string> schedules = space.schedule;
          if (schedules.empty()) schedules.push_back(vpp > 1 ? "interleaved" : "1f1b");
          for (const std::string& schedule : schedules) {
            for (int ep : eps) {
              std::vector<int> etps = space.etp;
              if (etps.empty()) {
                etps.push_back(0);
                if (ep > 1 && tp > 1) etps.push_back(1);
              }
              for (int etp : etps) {
                for (int mb : mbs) {
                  for (ZeroStage zero : zeros) {
                    for (Recompute recompute : recomputes) {
                      for (Precision precision : precisions) {
                        ParallelismSpec s = job.parallelism;
                        s.tp = tp;
                        s.cp = cp;
                        s.pp = pp;
                        s.vpp = vpp;
                        s.schedule = schedule;
                        s.dp = 0;
                        s.ep = ep;
                        s.etp = etp;
                        s.micro_batch = mb;
                        s.zero = zero;
                        s.recompute = recompute;
                        s.recompute_layers = 0;
                        s.precision = precision;
                        s.first_stage_layers = ends;
                        s.last_stage_layers = ends;
                        out.push_back(std::move(s));
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return out;
}

PlanResult search_layouts(const Topology& topology, const PlanRequest& request) {
  const sim::Job& job = request.job;
  const int gpus = job_gpus(topology, job);
  const GpuSpec& gpu = job_gpu(topology, job);
  const std::vector<ParallelismSpec> specs = enumerate_layouts(topology, job, request.space);
  PlanResult result;
  result.objective = request.objective;
  result.gpu = gpu.name;
  const Scorer scorer(topology, job, request.objective, gpus);
  result.enumerated = static_cast<std::int64_t>(specs.size());

  std::vector<Checked> checked(specs.size());
  BusyCache busy(topology, job, gpu);
  parallel_for(specs.size(), request.threads, [&](std::size_t i, std::size_t) {
    checked[i] = check_layout(topology, job, specs[i], gpus, gpu, busy);
  });
  std::map<std::string, std::string> examples;  // a refusal of each reason
  std::vector<std::size_t> fits;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    const Checked& c = checked[i];
    if (c.status == Checked::Status::fits) {
      fits.push_back(i);
      continue;
    }
    ++result.dropped[c.reason];
    examples.try_emplace(c.reason, c.message);
    if (c.status == Checked::Status::misses &&
        (!result.closest_miss || c.peak < result.closest_miss->needs)) {
      const Parallelism par =
          resolve(specs[i], job.model, gpus, static_cast<int>(topology.scale_up_gpus()), nullptr);
      result.closest_miss = ClosestMiss{specs[i], sim::describe_layout(par), c.peak, gpu.hbm};
    }
  }
  result.fitted = static_cast<std::int64_t>(fits.size());
  const SourceLocation where{"<command line>", 0};
  if (fits.empty()) {
    if (result.closest_miss) {
      const ClosestMiss& m = *result.closest_miss;
      throw InputError(
          where, "--gpus",
          fmt::format("no layout of the {} enumerated fits in {}'s {:.1f} GiB: the closest, {}, "
                      "needs {:.1f} GiB per GPU, {:.1f} GiB more",
                      result.enumerated, gpu.name, m.hbm.value() / (1 << 30), m.layout,
                      m.needs.value() / (1 << 30), (m.needs - m.hbm).value() / (1 << 30)));
    }
    if (result.enumerated == 0)
      throw InputError(where, "--gpus", "no layout to search: the constraints leave none");
    auto most = std::max_element(result.dropped.begin(), result.dropped.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    throw InputError(
        where, most->first,
        fmt::format("none of the {} enumerated layouts is valid; {} refused by {}, "
                    "e.g. {}",
                    result.enumerated, most->second, most->first, examples[most->first]));
  }

  // Grids in the order of their best bound, layouts of a grid by bound.
  std::map<GridKey, Seconds> grid_bound;
  std::vector<GridKey> grids(specs.size());
  for (std::size_t i : fits) {
    const Parallelism par =
        resolve(specs[i], job.model, gpus, static_cast<int>(topology.scale_up_gpus()), nullptr);
    grids[i] = grid_key(par);
    auto [it, fresh] = grid_bound.try_emplace(grids[i], checked[i].bound);
    if (!fresh) it->second = std::min(it->second, checked[i].bound);
  }
  std::sort(fits.begin(), fits.end(), [&](std::size_t a, std::size_t b) {
    const Seconds ga = grid_bound[grids[a]], gb = grid_bound[grids[b]];
    if (ga != gb) return ga < gb;
    if (grids[a] != grids[b]) return grids[a] < grids[b];
    if (checked[a].bound != checked[b].bound) return checked[a].bound < checked[b].bound;
    return a < b;
  });

  StepCache cache;
  const int threads = std::max(1, request.threads);
  const int rank = request.ranks ? request.ranks->rank() : 0;
  const std::size_t ranks_size =
      request.ranks ? static_cast<std::size_t>(request.ranks->size()) : 1;
  // Under MPI, rank r simulates the positions r, r + size, ... of the search order; the step
  // times (exact, as hexadecimal floats) and refusals go to every rank, so all keep the same
  // thresholds.
  auto owner = [&](std::size_t position) { return static_cast<int>(position % ranks_size); };
  std::vector<int> grid_id(fits.size()), family_id(fits.size());
  std::vector<double> bound_score(fits.size());
  std::map<std::string, int> family_ids;
  std::vector<std::size_t> mine;
  for (std::size_t k = 0; k < fits.size(); ++k) {
    const std::size_t i = fits[k];
    grid_id[k] = k > 0 && grids[i] == grids[fits[k - 1]] ? grid_id[k - 1] : static_cast<int>(k);
    family_id[k] = family_ids.try_emplace(family_of(specs[i]), static_cast<int>(family_ids.size()))
                       .first->second;
    bound_score[k] = scorer.bound(checked[i].bound);
    if (owner(k) == rank) mine.push_back(k);
  }
  std::vector<std::unique_ptr<StepEvaluator>> evaluators(static_cast<std::size_t>(threads));
  std::vector<PlannedLayout> top;
  std::vector<std::optional<PlannedLayout>> family_best(family_ids.size());  // by family id
  const double infinity = std::numeric_limits<double>::infinity();
  // The thresholds the kept layouts set: the K-th best score, and each family's best.
  auto kth_now = [&] {
    return static_cast<int>(top.size()) >= request.top_k ? top.back().score : infinity;
  };
  auto family_scores = [&] {
    std::vector<double> scores(family_best.size(), infinity);
    for (std::size_t f = 0; f < family_best.size(); ++f)
      if (family_best[f]) scores[f] = family_best[f]->score;
    return scores;
  };
  // The collective cache's work for the layouts kept (a pruned layout simulated ahead is not).
  std::int64_t answers = 0;
  std::vector<std::uint8_t> timing_used;
  auto count = [&](const CacheUse& use) {
    answers += use.answers;
    for (int t : use.timings) {
      if (static_cast<std::size_t>(t) >= timing_used.size()) timing_used.resize(t + 1, 0);
      timing_used[t] = 1;
    }
  };
  std::optional<SimulateAhead> ahead;  // ended (its workers joined) once every batch is decided
  ahead.emplace(threads, mine, grid_id, bound_score, family_id, family_ids.size(), request.prune,
                [&](std::size_t k, std::size_t w) {
                  if (!evaluators[w])
                    evaluators[w] = std::make_unique<StepEvaluator>(topology, cache);
                  const std::size_t i = fits[k];
                  sim::Job j = job;
                  j.parallelism = specs[i];
                  Outcome out;
                  try {
                    PlannedLayout p;
                    p.index = static_cast<std::int64_t>(i);
                    p.spec = specs[i];
                    p.bound = checked[i].bound;
                    p.peak_memory = checked[i].peak;
                    p.result = evaluators[w]->simulate(j, &out.use);
                    p.score = scorer.score(p.result, p.cost_per_million_tokens);
                    p.result.timeline = {};
                    p.result.critical_path.clear();
                    out.layout = std::move(p);
                  } catch (const InputError& e) {
                    out.refused = e.field();
                  } catch (...) {
                    out.error = std::current_exception();
                  }
                  return out;
                });
  for (std::size_t start = 0; start < fits.size(); start += kBatch) {
    const std::size_t end = std::min(fits.size(), start + kBatch);
    const double kth = kth_now();
    const std::vector<double> family_score = family_scores();
    std::vector<std::size_t> batch;  // positions
    for (std::size_t k = start; k < end; ++k) {
      if (request.prune && ruled_out_by_bound(bound_score[k], kth, family_score[family_id[k]])) {
        ++result.pruned;
        continue;
      }
      batch.push_back(k);
    }
    std::vector<std::optional<PlannedLayout>> done(batch.size());
    std::vector<std::string> refused(batch.size());
    for (std::size_t b = 0; b < batch.size(); ++b) {
      if (owner(batch[b]) != rank) continue;
      Outcome out = ahead->take(batch[b]);
      count(out.use);
      done[b] = std::move(out.layout);
      refused[b] = std::move(out.refused);
    }
    if (ranks_size > 1) {
      std::string local;
      for (std::size_t b = 0; b < batch.size(); ++b) {
        if (owner(batch[b]) != rank) continue;
        local += done[b] ? fmt::format("{} ok {:a} {:a}\n", b, done[b]->result.step_time.value(),
                                       done[b]->score)
                         : fmt::format("{} refused {}\n", b, refused[b]);
      }
      std::string all;
      for (const std::string& part : request.ranks->gather(local)) all += part;
      all = request.ranks->broadcast(all);
      std::istringstream in(all);
      std::size_t b = 0;
      std::string what, value;
      std::string score;
      while (in >> b >> what >> value) {
        if (what == "ok") in >> score;
        if (owner(batch[b]) == rank) continue;
        if (what == "refused") {
          refused[b] = value;
          continue;
        }
        const std::size_t i = fits[batch[b]];
        PlannedLayout p;
        p.index = static_cast<std::int64_t>(i);
        p.spec = specs[i];
        p.bound = checked[i].bound;
        p.peak_memory = checked[i].peak;
        p.result.step_time = seconds(std::strtod(value.c_str(), nullptr));
        p.score = std::strtod(score.c_str(), nullptr);
        p.simulated_here = false;
        done[b] = std::move(p);
      }
    }
    for (std::size_t b = 0; b < batch.size(); ++b) {
      ++result.evaluated;
      if (!done[b]) {
        ++result.failed[refused[b]];
        continue;
      }
      PlannedLayout& p = *done[b];
      std::optional<PlannedLayout>& best = family_best[family_id[batch[b]]];
      if (!best || better(p, *best)) best = p;
      if (request.keep_all) result.all.push_back(p);
      top.push_back(std::move(p));
      std::sort(top.begin(), top.end(), better);
      if (static_cast<int>(top.size()) > request.top_k) top.pop_back();
    }
    ahead->decided(end, kth_now(), family_scores());
    if (request.progress) {
      request.progress(result.evaluated + result.pruned, static_cast<std::int64_t>(fits.size()));
    }
  }
  ahead.reset();
  if (top.empty()) {
    throw InputError(where, "--gpus",
                     fmt::format("every one of the {} fitting layouts was refused by the step "
                                 "simulation (e.g. by {})",
                                 result.fitted, result.failed.begin()->first));
  }
  std::sort(result.all.begin(), result.all.end(), better);
  result.top = std::move(top);
  for (std::optional<PlannedLayout>& p : family_best)
    if (p) result.families.push_back(std::move(*p));
  // Rank 0 simulates again what another rank ranked (the same simulation, the same figures).
  if (rank == 0) {
    if (!evaluators[0]) evaluators[0] = std::make_unique<StepEvaluator>(topology, cache);
    for (auto* list : {&result.top, &result.families}) {
      for (PlannedLayout& p : *list) {
        if (p.simulated_here) continue;
        sim::Job j = job;
        j.parallelism = p.spec;
        CacheUse use;
        p.result = evaluators[0]->simulate(j, &use);
        count(use);
        p.score = scorer.score(p.result, p.cost_per_million_tokens);
        p.result.timeline = {};
        p.result.critical_path.clear();
        p.simulated_here = true;
      }
    }
  }
  std::sort(result.families.begin(), result.families.end(), better);
  result.collectives_simulated = std::count(timing_used.begin(), timing_used.end(), 1);
  result.collective_cache_hits = answers - result.collectives_simulated;
  return result;
}

}  // namespace colossus::plan
