// The serving simulation: replicas of one ReplicaModel behind a router, each running vLLM-style
// continuous batching on the event core, fed by a request stream; and the metrics a service is
// judged by. Each replica iterates while it has work: it schedules its running sequences first
// (a decode token each, or their next prompt chunk), preempting the newest by recompute when the
// KV cache is full, then admits waiting requests first-come first-served while max_num_seqs,
// the token budget and free KV blocks allow; the iteration's time comes from the ReplicaModel.
// A request that could never fit the KV cache alone is rejected on arrival. Latencies go into
// bounded histograms, so memory follows the requests in flight, not the requests served.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "colossus/core/enum_names.h"
#include "colossus/serve/kv_transfer.h"
#include "colossus/serve/replica_model.h"
#include "colossus/serve/request_source.h"

namespace colossus::serve {

// Which replica a request goes to: in turn, or the one with the fewest requests in it.
enum class Router { round_robin, least_loaded };
inline constexpr EnumName<Router> kRouterNames[] = {{Router::round_robin, "round-robin"},
                                                    {Router::least_loaded, "least-loaded"}};
constexpr std::span<const EnumName<Router>> enum_table(Router) {
  return kRouterNames;
}

// A latency target: TTFT and TPOT bounds (infinite: none) and the percentile --find-capacity
// holds them at (MLPerf's server scenario: the 99th).
struct Slo {
  double ttft = std::numeric_limits<double>::infinity();  // seconds
  double tpot = std::numeric_limits<double>::infinity();  // seconds
  double percentile = 0.99;
  bool any() const {
    return ttft < std::numeric_limits<double>::infinity() ||
           tpot < std::numeric_limits<double>::infinity();
  }
};

struct ServingOptions {
  int replicas = 1;
  Router router = Router::round_robin;
  Slo slo;
  bool record_requests = false;  // keep one record per request (small runs, transcripts)
  // Disaggregated prefill and decode: the first `prefill_replicas` replicas only prefill (a
  // request arrives there, least-loaded); after its first token its KV cache moves over the
  // fabric (`kv_transfer`) to the least-loaded of the other replicas, which decode. 0: every
  // replica does both.
  int prefill_replicas = 0;
  KvTransferTime kv_transfer;
};

// Exact percentiles up to kExactLimit values, then a log-bucketed histogram (0.1% buckets from
// 100 ns to 10^6 s): bounded memory, deterministic.
class LatencyHistogram {
 public:
  static constexpr std::size_t kExactLimit = 65536;
  void add(double seconds);
  // The nearest-rank q-quantile (q in (0, 1]); 0 when empty.
  double percentile(double q) const;
  double mean() const { return count_ ? sum_ / static_cast<double>(count_) : 0.0; }
  std::uint64_t count() const { return count_; }

 private:
  std::vector<double> exact_;
  std::vector<std::uint32_t> buckets_;
  std::uint64_t count_ = 0;
  double sum_ = 0;
};

// One request's fate (with ServingOptions::record_requests).
struct RequestRecord {
  Request request;
  int replica = 0;
  bool rejected = false;
  double ttft = 0, tpot = 0, e2e = 0;  // seconds
  int preemptions = 0;
};

// A window of the run: mean running sequences per busy replica-second and mean KV occupancy.
struct TimelinePoint {
  double start = 0, end = 0;  // seconds
  double mean_batch = 0;      // running sequences, averaged over the replicas' busy time
  double kv_occupancy = 0;    // used KV blocks over all replicas' blocks, time-averaged
};

struct ServingResult {
  int replicas = 0, gpus_per_replica = 0;
  std::uint64_t arrived = 0, completed = 0, rejected = 0, preemptions = 0, iterations = 0;
  double first_arrival = 0, last_arrival = 0, end = 0;  // seconds
  double input_tokens = 0, output_tokens = 0;           // of completed requests
  LatencyHistogram ttft, tpot, e2e, queue;              // completed requests
  std::uint64_t met_slo = 0;                            // completed within both SLO bounds
  Slo slo;
  double mean_in_system = 0;             // time-average requests in the system over [0, end]
  double mean_batch = 0, max_batch = 0;  // running sequences per iteration (busy time average)
  double busy_replica_seconds = 0;       // the replicas' iteration time, summed
  double mean_kv_occupancy = 0, max_kv_occupancy = 0;
  int prefill_replicas = 0;        // disaggregated: replicas that only prefill
  std::uint64_t kv_transfers = 0;  // KV caches moved from prefill to decode replicas
  double kv_transfer_seconds = 0;  // their total time
  std::vector<TimelinePoint> timeline;
  std::vector<RequestRecord> records;

  double duration() const { return end; }
  double request_rate() const { return end > 0 ? static_cast<double>(completed) / end : 0.0; }
  double goodput() const { return end > 0 ? static_cast<double>(met_slo) / end : 0.0; }
  int gpus() const { return replicas * gpus_per_replica; }
};

// Runs the requests of `source` through `options.replicas` replicas of `model` until every
// request has finished or been rejected.
ServingResult simulate_serving(const ReplicaModel& model, RequestSource& source,
                               const ServingOptions& options);

// Whether a result meets its SLO at the SLO's percentile (TTFT and TPOT).
bool meets_slo(const ServingResult& result, const Slo& slo);

// --find-capacity: the highest Poisson rate one replica sustains within the SLO.
struct CapacityResult {
  double rate = 0;          // requests per second per replica
  double offline_rate = 0;  // the replica's offline throughput (the search's upper bound)
  ServingResult at_rate;    // the run at `rate`
  int runs = 0;             // simulations the search ran
};
CapacityResult find_capacity(const ReplicaModel& model, const LengthDistribution& prompt,
                             const LengthDistribution& output, const Slo& slo,
                             std::uint64_t requests, std::uint64_t seed);

}  // namespace colossus::serve
