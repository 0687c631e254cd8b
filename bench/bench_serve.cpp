// Benchmarks of the serving simulation (issue 20's speed goals, on one core):
// one hour of Poisson traffic, 1,000,000 requests over 100 replicas of Llama 3 70B in FP8 on
// 8xH100 (TP8; prompt lognormal mean 1,000, output lognormal mean 200, both CV 0.5) in <= 10 s,
// with memory following the requests in flight (the request stream is pulled one at a time; the
// counters report peak RSS and the requests in flight); and --find-capacity for the same replica
// (p99 TTFT <= 2 s, TPOT <= 50 ms, 1,000 requests per run) in <= 30 s. The replica model (its
// TP all-reduces from the collective layer) is built outside the timed loop, as it is once per
// command. The same million requests over 100 replicas of DeepSeek-V3 in FP8 with data-parallel
// attention (8 groups of TP1 on 8 H200s each, EP8) time the lockstep scheduler.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include "colossus/serve/serving.h"
#include "colossus/serve/tp_all_reduce.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/model_loader.h"

namespace colossus::serve {
namespace {

ReplicaModel llama70b_fp8() {
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const ClusterSpec cluster = load_cluster("eos-11616", catalog);
  ReplicaConfig c;
  c.tp = 8;
  c.precision = Precision::fp8;
  return ReplicaModel(load_model("llama3-70b"), cluster.pools[0].server.gpu, c,
                      tp_all_reduce(cluster, 0, 8));
}

ReplicaModel deepseek_v3_dp8() {
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const ClusterSpec cluster = load_cluster("colossus-200k", catalog);
  const std::size_t pool = pool_with_gpu(cluster, "h200-sxm", {"<bench>", 0}, "gpu");
  ReplicaConfig c;
  c.tp = 1;
  c.dp_attention = 8;
  c.ep = 8;
  c.precision = Precision::fp8;
  return ReplicaModel(load_model("deepseek-v3"), cluster.pools[pool].server.gpu, c,
                      replica_comms(cluster, pool, 1, 1, 8));
}

const LengthDistribution kPrompt{LengthDistribution::Kind::lognormal, 1000, 0.5};
const LengthDistribution kOutput{LengthDistribution::Kind::lognormal, 200, 0.5};

// An hour of Poisson traffic (range(0) requests over range(1) replicas of `model`), streamed,
// with peak RSS and the run's figures as counters.
void run_poisson_hour(benchmark::State& state, const ReplicaModel& model) {
  const auto requests = static_cast<std::uint64_t>(state.range(0));
  ServingOptions options;
  options.replicas = static_cast<int>(state.range(1));
  const double rate = static_cast<double>(requests) / 3600.0;
  ServingResult r;
  for (auto _ : state) {
    auto source =
        synthetic_source({ArrivalProcess::Kind::poisson, rate, 1}, kPrompt, kOutput, requests, 1);
    r = simulate_serving(model, *source, options);
    benchmark::DoNotOptimize(r.completed);
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_mib"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
  state.counters["iterations"] = static_cast<double>(r.iterations);
  state.counters["mean_in_flight"] = r.mean_in_system;
  state.counters["simulated_s"] = r.end;
}

void BM_PoissonHour(benchmark::State& state) {
  run_poisson_hour(state, llama70b_fp8());
}

BENCHMARK(BM_PoissonHour)
    ->Args({1'000'000, 100})
    ->Args({100'000, 10})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

void BM_PoissonHourDpAttention(benchmark::State& state) {
  run_poisson_hour(state, deepseek_v3_dp8());
}

BENCHMARK(BM_PoissonHourDpAttention)
    ->Args({1'000'000, 100})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

void BM_FindCapacity(benchmark::State& state) {
  const ReplicaModel model = llama70b_fp8();
  Slo slo;
  slo.ttft = 2.0;
  slo.tpot = 0.05;
  CapacityResult c;
  for (auto _ : state) {
    c = find_capacity(model, kPrompt, kOutput, slo, 1000, 1);
    benchmark::DoNotOptimize(c.rate);
  }
  state.counters["rate_per_replica"] = c.rate;
  state.counters["runs"] = c.runs;
}

BENCHMARK(BM_FindCapacity)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

}  // namespace
}  // namespace colossus::serve

BENCHMARK_MAIN();
