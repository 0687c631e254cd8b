// The serving simulation on the event core: continuous-batching replicas behind a router, the
// request stream pulled one arrival at a time, and the metrics (serving.h).
#include "colossus/serve/serving.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <memory>

#include "colossus/core/event_queue.h"

namespace colossus::serve {

namespace {

constexpr double kHistogramMin = 1e-7;  // seconds
constexpr double kHistogramStep = 1.001;
const double kLogStep = std::log(kHistogramStep);
constexpr std::size_t kHistogramBuckets = 29934;  // log(1e13) / log(1.001)

std::size_t bucket_of(double x) {
  if (x <= kHistogramMin) return 0;
  const auto b = static_cast<std::size_t>(std::log(x / kHistogramMin) / kLogStep);
  return std::min(b, kHistogramBuckets - 1);
}

}  // namespace

void LatencyHistogram::add(double seconds) {
  ++count_;
  sum_ += seconds;
  if (buckets_.empty()) {
    exact_.push_back(seconds);
    if (exact_.size() <= kExactLimit) return;
    buckets_.assign(kHistogramBuckets, 0);
    for (double x : exact_) ++buckets_[bucket_of(x)];
    exact_.clear();
    exact_.shrink_to_fit();
    return;
  }
  ++buckets_[bucket_of(seconds)];
}

double LatencyHistogram::percentile(double q) const {
  if (count_ == 0) return 0.0;
  const auto rank =
      static_cast<std::uint64_t>(std::max(1.0, std::ceil(q * static_cast<double>(count_) - 1e-9)));
  if (buckets_.empty()) {
    std::vector<double> v = exact_;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(rank - 1), v.end());
    return v[rank - 1];
  }
  std::uint64_t seen = 0;
  for (std::size_t b = 0; b < buckets_.size(); ++b) {
    seen += buckets_[b];
    if (seen >= rank) return kHistogramMin * std::pow(kHistogramStep, static_cast<double>(b) + 0.5);
  }
  return 0.0;
}

namespace {

// A sequence in a replica: its request and how far it has got.
struct Seq {
  Request req;
  std::int64_t computed = 0;   // tokens whose KV is in the cache
  std::int64_t generated = 0;  // output tokens produced
  std::int64_t blocks = 0;     // KV blocks held
  std::int64_t step = 0;       // tokens scheduled in the current iteration
  double first_token = -1;
  int preemptions = 0;
  std::int64_t known() const { return req.prompt + generated; }
};

// The run's shared state: the event queue, the sequence pool and the metrics.
class Simulation;

// One replica's scheduler (vLLM V1's: running first, then waiting, one token budget). A replica of
// pp pipeline stages runs pp of them, vLLM's virtual engines (V0): each with its own queues and
// 1/pp of the KV blocks, their batches following one another through the stages. A replica with
// data-parallel attention runs one per attention group, each with its group's KV blocks, and the
// simulation iterates them in lockstep (their MoE layers share every all-to-all).
class Replica {
 public:
  Replica(Simulation& sim, int index, bool prefill_only)
      : sim_(&sim), index_(index), prefill_only_(prefill_only) {}
  void arrive(std::uint32_t seq);
  std::size_t load() const { return running_.size() + waiting_.size(); }
  // Forms the next iteration's batch into `shape`; false when there is nothing to run.
  bool form(BatchShape& shape);
  // Applies the finished iteration's progress (nothing when its batch was empty).
  void apply();
  std::size_t batch_size() const { return batch_.size(); }
  std::int64_t used_blocks() const { return used_blocks_; }

 private:
  void start();   // forms and times the next iteration, or goes idle
  void finish();  // applies the iteration's progress and starts the next
  bool allocate(Seq& s, std::int64_t tokens);
  void preempt(std::uint32_t seq);

  Simulation* sim_;
  int index_;          // the replica (not the virtual engine) requests are reported on
  bool prefill_only_;  // disaggregated prefill: sequences leave after their first token
  std::vector<std::uint32_t> running_;
  std::deque<std::uint32_t> waiting_;
  std::vector<std::uint32_t> batch_;  // sequences of the iteration in flight
  std::int64_t used_blocks_ = 0;
  bool busy_ = false;
  double step_start_ = 0;
};

class Simulation {
 public:
  Simulation(const ReplicaModel& model, RequestSource& source, const ServingOptions& options)
      : model_(&model), source_(&source), options_(options) {
    result_.replicas = options.replicas;
    result_.gpus_per_replica = model.gpus();
    result_.slo = options.slo;
    pp_ = model.config().pp;
    dp_ = model.config().dp_attention;
    engines_ = model.engines();
    // vLLM V0: num_gpu_blocks //= pipeline_parallel_size; each attention group its own cache.
    blocks_ = model.kv_blocks() / engines_;
    result_.prefill_replicas = options.prefill_replicas;
    replicas_.reserve(static_cast<std::size_t>(options.replicas) * engines_);
    for (int r = 0; r < options.replicas; ++r)
      for (int v = 0; v < engines_; ++v)
        replicas_.emplace_back(*this, r, r < options.prefill_replicas);
    stage_free_.assign(replicas_.size(), 0.0);
    if (dp_ > 1) {
      groups_busy_.assign(static_cast<std::size_t>(options.replicas), 0);
      shapes_.resize(static_cast<std::size_t>(dp_));
    }
  }

  ServingResult run() {
    pending_ = source_->next();
    if (pending_) {
      result_.first_arrival = pending_->arrival;
      queue_.schedule(seconds(pending_->arrival), [this] { arrivals(); });
    }
    queue_.run();
    result_.end = std::max(result_.end, last_change_);
    const double busy = busy_time_;
    result_.busy_replica_seconds = busy;
    result_.mean_batch = busy > 0 ? batch_time_ / busy : 0.0;
    result_.mean_in_system = result_.end > 0 ? in_system_time_ / result_.end : 0.0;
    result_.mean_kv_occupancy =
        result_.end > 0 ? kv_time_ / (static_cast<double>(blocks_) *
                                      static_cast<double>(replicas_.size()) * result_.end)
                        : 0.0;
    for (Window& w : windows_) {
      TimelinePoint p;
      p.start = static_cast<double>(&w - windows_.data()) * window_;
      p.end = p.start + window_;
      p.mean_batch = w.busy > 0 ? w.batch / w.busy : 0.0;
      p.kv_occupancy =
          w.kv / (static_cast<double>(blocks_) * static_cast<double>(replicas_.size()) * window_);
      result_.timeline.push_back(p);
    }
    std::sort(
        result_.records.begin(), result_.records.end(),
        [](const RequestRecord& a, const RequestRecord& b) { return a.request.id < b.request.id; });
    return std::move(result_);
  }

  // Every request arriving now goes to a replica; the next arrival is scheduled.
  void arrivals() {
    const double now = queue_.now().value();
    while (pending_ && pending_->arrival <= now) {
      route(*pending_);
      pending_ = source_->next();
    }
    if (pending_) queue_.schedule(seconds(pending_->arrival), [this] { arrivals(); });
  }

  void route(const Request& r) {
    ++result_.arrived;
    result_.last_arrival = r.arrival;
    int target = 0;
    if (options_.prefill_replicas > 0) {
      target = least_loaded(0, options_.prefill_replicas);
    } else if (options_.router == Router::round_robin) {
      target = static_cast<int>(next_replica_++ % static_cast<std::uint64_t>(options_.replicas));
    } else {
      target = least_loaded(0, options_.replicas);
    }
    // A request that alone would overflow the cache can never run: rejected now (guaranteed no
    // evict reserves its last token's block too); so is an unchunked prompt longer than the token
    // budget, which no iteration can hold.
    const ReplicaConfig& c = model_->config();
    const bool reserve = c.kv_admission == KvAdmission::guaranteed_no_evict;
    const std::int64_t need = blocks_for(r.prompt + r.output - (reserve ? 0 : 1));
    if (need > blocks_ || r.prompt + r.output > model_->max_model_len() ||
        (!c.chunked_prefill && r.prompt > c.max_num_batched_tokens)) {
      ++result_.rejected;
      if (options_.record_requests) {
        RequestRecord rec;
        rec.request = r;
        rec.replica = target;
        rec.rejected = true;
        result_.records.push_back(rec);
      }
      return;
    }
    change_in_system(+1);
    std::uint32_t slot;
    if (free_.empty()) {
      slot = static_cast<std::uint32_t>(pool_.size());
      pool_.emplace_back();
    } else {
      slot = free_.back();
      free_.pop_back();
    }
    pool_[slot] = Seq{};
    pool_[slot].req = r;
    engine_for(target).arrive(slot);
  }

  // Requests in replica r (all its virtual engines or attention groups).
  std::size_t load(int r) const {
    std::size_t n = 0;
    for (int v = 0; v < engines_; ++v)
      n += replicas_[static_cast<std::size_t>(r * engines_ + v)].load();
    return n;
  }

  // The replica of [first, end) holding the fewest requests (the first of equals).
  int least_loaded(int first, int end) const {
    if (engines_ == 1) {
      int best = first;
      for (int i = first + 1; i < end; ++i)
        if (replicas_[static_cast<std::size_t>(i)].load() <
            replicas_[static_cast<std::size_t>(best)].load())
          best = i;
      return best;
    }
    int best = first;
    std::size_t best_load = load(first);
    for (int i = first + 1; i < end; ++i)
      if (const std::size_t l = load(i); l < best_load) {
        best = i;
        best_load = l;
      }
    return best;
  }

  // Replica r's virtual engine with the fewest unfinished requests (vLLM V0's add_request picks
  // the scheduler of least cost so; the first of equals), or its attention group with the fewest
  // (vLLM's DP load balancing by queue lengths; SGLang's --load-balance-method shortest_queue).
  Replica& engine_for(int r) {
    std::size_t best = static_cast<std::size_t>(r * engines_);
    for (std::size_t i = best + 1; i < static_cast<std::size_t>((r + 1) * engines_); ++i)
      if (replicas_[i].load() < replicas_[best].load()) best = i;
    return replicas_[best];
  }

  // Data-parallel attention: replica r's groups iterate now unless they already are.
  void wake_groups(int r) {
    auto& busy = groups_busy_[static_cast<std::size_t>(r)];
    if (busy) return;
    busy = 1;
    queue_.schedule_after(Seconds{}, [this, r] { start_groups(r); });
  }

  // One lockstep iteration of replica r's attention groups: each forms its batch, and while any
  // has work all of them run one (an idle group joins the collectives with an empty batch, vLLM's
  // dummy forward passes) timed by the slowest group and the shared MoE layers.
  void start_groups(int r) {
    const std::size_t first = static_cast<std::size_t>(r) * static_cast<std::size_t>(dp_);
    bool any = false;
    double batch = 0, blocks = 0;
    for (std::size_t v = 0; v < shapes_.size(); ++v) {
      shapes_[v] = BatchShape{};
      any = replicas_[first + v].form(shapes_[v]) || any;
      batch += static_cast<double>(replicas_[first + v].batch_size());
      blocks += static_cast<double>(replicas_[first + v].used_blocks());
    }
    if (!any) {
      groups_busy_[static_cast<std::size_t>(r)] = 0;
      return;
    }
    const double now = queue_.now().value();
    const Seconds dt = model_->iteration(std::span<const BatchShape>(shapes_)).total();
    iteration(now, now + dt.value(), batch, blocks, 1.0, dp_);
    queue_.schedule_after(dt, [this, r] { finish_groups(r); });  // fits std::function's buffer
  }

  // The end of replica r's lockstep iteration: every group applies its progress, then the next.
  void finish_groups(int r) {
    const std::size_t first = static_cast<std::size_t>(r) * static_cast<std::size_t>(dp_);
    for (std::size_t v = 0; v < static_cast<std::size_t>(dp_); ++v) replicas_[first + v].apply();
    start_groups(r);
  }

  // A prefilled sequence's KV cache moves to the least-loaded decode replica.
  void hand_off(std::uint32_t slot) {
    const int target = least_loaded(options_.prefill_replicas, options_.replicas);
    const Seconds t = options_.kv_transfer ? options_.kv_transfer(pool_[slot].computed) : Seconds{};
    ++result_.kv_transfers;
    result_.kv_transfer_seconds += t.value();
    queue_.schedule_after(t, [this, slot, target] { engine_for(target).arrive(slot); });
  }

  // A finished sequence's metrics; its slot is freed.
  void complete(std::uint32_t slot, int replica) {
    const Seq& s = pool_[slot];
    const double now = queue_.now().value();
    const double ttft = s.first_token - s.req.arrival, e2e = now - s.req.arrival;
    const double tpot = s.req.output > 1 ? (now - s.first_token) / (s.req.output - 1) : 0.0;
    ++result_.completed;
    result_.input_tokens += static_cast<double>(s.req.prompt);
    result_.output_tokens += static_cast<double>(s.req.output);
    result_.ttft.add(ttft);
    result_.tpot.add(tpot);
    result_.e2e.add(e2e);
    if (ttft <= options_.slo.ttft && tpot <= options_.slo.tpot) ++result_.met_slo;
    if (options_.record_requests) {
      RequestRecord rec;
      rec.request = s.req;
      rec.replica = replica;
      rec.ttft = ttft;
      rec.tpot = tpot;
      rec.e2e = e2e;
      rec.preemptions = s.preemptions;
      result_.records.push_back(rec);
    }
    result_.end = std::max(result_.end, now);
    change_in_system(-1);
    free_.push_back(slot);
  }

  void change_in_system(int delta) {
    const double now = queue_.now().value();
    in_system_time_ += in_system_ * (now - last_change_);
    last_change_ = now;
    in_system_ += delta;
  }

  // Adds an iteration's batch and KV blocks over [start, end] to the averages and windows; `share`
  // of that time counts as the replica's GPUs busy (a pipelined replica's batch keeps one stage of
  // pp busy at a time: its stages' time over pp); `engines` schedulers' blocks are counted (a
  // replica's attention groups iterate together).
  void iteration(double start, double end, double batch, double blocks, double share = 1.0,
                 int engines = 1) {
    ++result_.iterations;
    const double dt = end - start;
    busy_time_ += dt * share;
    batch_time_ += batch * dt * share;
    kv_time_ += blocks * dt;
    result_.max_batch = std::max(result_.max_batch, batch);
    result_.max_kv_occupancy =
        std::max(result_.max_kv_occupancy, blocks / (static_cast<double>(blocks_) * engines));
    // Timeline windows: 64 at most; when the run outgrows them, pairs merge and width doubles.
    while (end > window_ * kWindows) {
      std::vector<Window> merged(kWindows);
      for (std::size_t i = 0; i < windows_.size(); ++i) {
        merged[i / 2].batch += windows_[i].batch;
        merged[i / 2].busy += windows_[i].busy;
        merged[i / 2].kv += windows_[i].kv;
      }
      windows_ = std::move(merged);
      window_ *= 2;
    }
    if (windows_.empty()) windows_.resize(kWindows);
    double t = start;
    while (t < end) {
      const auto w = static_cast<std::size_t>(std::min<double>(kWindows - 1, t / window_));
      const double until = std::min(end, (static_cast<double>(w) + 1) * window_);
      const double part = std::max(until - t, 0.0);
      windows_[w].batch += batch * part * share;
      windows_[w].busy += part * share;
      windows_[w].kv += blocks * part;
      if (until <= t) break;
      t = until;
    }
  }

  std::int64_t blocks_for(std::int64_t tokens) const {
    const std::int64_t bs = model_->config().block_size;
    return (tokens + bs - 1) / bs;
  }

  EventQueue queue_;
  const ReplicaModel* model_;
  RequestSource* source_;
  ServingOptions options_;
  ServingResult result_;
  std::vector<Replica> replicas_;
  std::vector<Seq> pool_;
  std::vector<std::uint32_t> free_;
  std::optional<Request> pending_;
  std::int64_t blocks_ = 0;         // per virtual engine or attention group
  int pp_ = 1;                      // pipeline stages, virtual engines per replica
  int dp_ = 1;                      // attention groups per replica
  int engines_ = 1;                 // schedulers per replica: pp or dp
  std::vector<char> groups_busy_;   // DP attention: whether replica r's groups are iterating
  std::vector<BatchShape> shapes_;  // DP attention: the groups' batches being formed
  std::vector<double> stage_free_;  // when each replica's stage s (index r * pp + s) is next free
  std::vector<Seconds> stage_times_;
  std::uint64_t next_replica_ = 0;
  double in_system_ = 0, in_system_time_ = 0, last_change_ = 0;
  double busy_time_ = 0, batch_time_ = 0, kv_time_ = 0;
  struct Window {
    double batch = 0, busy = 0, kv = 0;
  };
  static constexpr std::size_t kWindows = 64;
  std::vector<Window> windows_;
  double window_ = 1.0 / 64;

  friend class Replica;
};

void Replica::arrive(std::uint32_t seq) {
  waiting_.push_back(seq);
  if (sim_->dp_ > 1) {
    sim_->wake_groups(index_);
    return;
  }
  if (!busy_) {
    busy_ = true;
    // Started after every arrival of this instant has been routed (same-time events run in order).
    sim_->queue_.schedule_after(Seconds{}, [this] { start(); });
  }
}

bool Replica::allocate(Seq& s, std::int64_t tokens) {
  const std::int64_t need = sim_->blocks_for(s.computed + tokens) - s.blocks;
  if (need <= 0) return true;  // already held (guaranteed no evict reserved them at admission)
  if (need > sim_->blocks_ - used_blocks_) return false;
  s.blocks += need;
  used_blocks_ += need;
  return true;
}

void Replica::preempt(std::uint32_t slot) {
  Seq& s = sim_->pool_[slot];
  used_blocks_ -= s.blocks;
  s.blocks = 0;
  s.computed = 0;  // recompute: prompt and generated tokens are prefilled again
  ++s.preemptions;
  ++sim_->result_.preemptions;
  waiting_.push_front(slot);
}

bool Replica::form(BatchShape& shape) {
  const ReplicaConfig& c = sim_->model_->config();
  std::int64_t budget = c.max_num_batched_tokens;
  batch_.clear();
  auto add = [&](Seq& s, std::int64_t n) {
    s.step = n;
    budget -= n;
    const bool decode = n == 1 && s.computed >= s.req.prompt;
    if (decode) {
      ++shape.decode_seqs;
      shape.decode_context += s.computed + 1;
    } else {
      ++shape.prefill_seqs;
      shape.prefill_tokens += n;
      shape.prefill_pairs += static_cast<double>(n) *
                             (static_cast<double>(s.computed) + (static_cast<double>(n) + 1) / 2);
      shape.prefill_context += static_cast<double>(s.computed);
    }
    if (s.computed + n == s.known()) ++shape.sampled;
  };
  bool preempted = false;
  for (std::size_t i = 0; i < running_.size() && budget > 0;) {
    Seq& s = sim_->pool_[running_[i]];
    const std::int64_t left = s.known() - s.computed;
    const std::int64_t n = std::min(left, budget);
    if (!c.chunked_prefill && n < left) {
      ++i;
      continue;
    }
    bool victim_self = false;
    while (!allocate(s, n)) {
      const std::uint32_t victim = running_.back();
      running_.pop_back();
      preempt(victim);
      preempted = true;
      if (&sim_->pool_[victim] == &s) {
        victim_self = true;
        break;
      }
    }
    if (victim_self) break;
    add(s, n);
    batch_.push_back(running_[i]);
    ++i;
  }
  while (!preempted && !waiting_.empty() && budget > 0 &&
         running_.size() < static_cast<std::size_t>(c.max_num_seqs)) {
    Seq& s = sim_->pool_[waiting_.front()];
    const std::int64_t left = s.known() - s.computed;
    const std::int64_t n = std::min(left, budget);
    if (!c.chunked_prefill && n < left) break;
    // Guaranteed no evict: the whole prompt and output are reserved now, so the running
    // sequences never need a block and nothing is preempted.
    const std::int64_t reserve = c.kv_admission == KvAdmission::guaranteed_no_evict
                                     ? s.req.prompt + s.req.output - s.computed
                                     : n;
    if (!allocate(s, reserve)) break;
    add(s, n);
    running_.push_back(waiting_.front());
    batch_.push_back(waiting_.front());
    waiting_.pop_front();
  }
  return !batch_.empty();
}

void Replica::start() {
  BatchShape shape;
  if (!form(shape)) {
    busy_ = false;
    return;
  }
  const double now = sim_->queue_.now().value();
  step_start_ = now;
  if (sim_->pp_ == 1) {
    const Seconds dt = sim_->model_->iteration_time(shape);
    sim_->iteration(now, now + dt.value(), static_cast<double>(batch_.size()),
                    static_cast<double>(used_blocks_));
    sim_->queue_.schedule_after(dt, [this] { finish(); });
    return;
  }
  // Through the stages in order, each taking the batch when it is free of the batches before it
  // (first formed, first served: batches never overtake, so this is exact at formation time).
  std::vector<Seconds>& stages = sim_->stage_times_;
  sim_->model_->stage_times(shape, stages);
  const std::size_t first = static_cast<std::size_t>(index_ * sim_->pp_);
  double t = now, work = 0;
  for (std::size_t s = 0; s < stages.size(); ++s) {
    t = std::max(t, sim_->stage_free_[first + s]) + stages[s].value();
    sim_->stage_free_[first + s] = t;
    work += stages[s].value();
  }
  const double share = t > now ? work / sim_->pp_ / (t - now) : 1.0;
  sim_->iteration(now, t, static_cast<double>(batch_.size()), static_cast<double>(used_blocks_),
                  share);
  sim_->queue_.schedule(seconds(t), [this] { finish(); });
}

void Replica::finish() {
  apply();
  start();
}

void Replica::apply() {
  const double now = sim_->queue_.now().value();
  bool done_any = false;
  for (std::uint32_t slot : batch_) {
    Seq& s = sim_->pool_[slot];
    s.computed += s.step;
    s.step = 0;
    if (s.computed == s.known()) {
      ++s.generated;
      if (s.first_token < 0) s.first_token = now;
      if (s.generated == s.req.output) {
        used_blocks_ -= s.blocks;
        s.blocks = 0;
        s.step = -1;  // marks finished
        done_any = true;
      } else if (prefill_only_) {
        used_blocks_ -= s.blocks;  // the cache leaves with the sequence
        s.blocks = 0;
        s.step = -2;  // marks handed off to a decode replica
        done_any = true;
      }
    }
  }
  if (done_any) {
    std::size_t keep = 0;
    for (std::size_t i = 0; i < running_.size(); ++i) {
      const std::uint32_t slot = running_[i];
      if (sim_->pool_[slot].step == -1) {
        sim_->complete(slot, index_);
      } else if (sim_->pool_[slot].step == -2) {
        sim_->pool_[slot].step = 0;
        sim_->hand_off(slot);
      } else {
        running_[keep++] = slot;
      }
    }
    running_.resize(keep);
  }
}

}  // namespace

ServingResult simulate_serving(const ReplicaModel& model, RequestSource& source,
                               const ServingOptions& options) {
  Simulation sim(model, source, options);
  return sim.run();
}

bool meets_slo(const ServingResult& r, const Slo& slo) {
  if (r.completed == 0) return false;
  return r.ttft.percentile(slo.percentile) <= slo.ttft &&
         r.tpot.percentile(slo.percentile) <= slo.tpot;
}

CapacityResult find_capacity(const ReplicaModel& model, const LengthDistribution& prompt,
                             const LengthDistribution& output, const Slo& slo,
                             std::uint64_t requests, std::uint64_t seed) {
  CapacityResult out;
  ServingOptions options;
  options.slo = slo;
  auto run = [&](ArrivalProcess arrivals) {
    auto source = synthetic_source(arrivals, prompt, output, requests, seed);
    ++out.runs;
    return simulate_serving(model, *source, options);
  };
  ServingResult offline = run({ArrivalProcess::Kind::offline, 0, 1});
  out.offline_rate = offline.request_rate();
  double lo = 0, hi = out.offline_rate;
  std::optional<ServingResult> best;
  // Bisection on the Poisson rate to 0.5% of the offline throughput.
  while (hi - lo > 0.005 * out.offline_rate) {
    const double mid = (lo + hi) / 2;
    ServingResult r = run({ArrivalProcess::Kind::poisson, mid, 1});
    if (meets_slo(r, slo)) {
      lo = mid;
      best = std::move(r);
    } else {
      hi = mid;
    }
  }
  out.rate = lo;
  if (best) out.at_rate = std::move(*best);
  return out;
}

}  // namespace colossus::serve
