// Benchmarks of the campaign Monte Carlo (issue 14's speed goals, on the 2-core machine):
// 10,000 replicas of a 54-day campaign of 16,384 GPUs (goal <= 2 s) and 1,000 replicas of a
// 90-day campaign of 100,000 GPUs (goal <= 2 s), both <= 512 MiB. The job's failure modes are
// the hgx-8gpu preset's on memphis-100k's topology; checkpoints every 30 min blocking 10 s,
// restarts as the preset says. The step simulation is not timed (a campaign runs it once per
// distinct phase, `bench_simulate` times it). Counters: failures per replica, peak RSS (MiB).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include "colossus/campaign/campaign.h"
#include "colossus/spec/cluster_loader.h"

namespace colossus::campaign {
namespace {

void BM_CampaignMonteCarlo(benchmark::State& state) {
  const std::int64_t gpus = state.range(0);
  const double period_days = static_cast<double>(state.range(1));
  const int replicas = static_cast<int>(state.range(2));
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const std::unique_ptr<const Topology> topology =
      make_topology(load_cluster("memphis-100k", catalog));
  const ReliabilitySpec reliability =
      load_reliability("hgx-8gpu", catalog, {"<bench>", 0}, "reliability");
  PhaseModel phase;
  phase.name = "train";
  phase.work = days(period_days);  // more than fits: the period ends the run
  phase.interval = seconds(1800);
  phase.checkpoint_block = seconds(10);
  phase.checkpoint_persist = seconds(10);
  phase.restart = reliability.recovery.restart_fixed +
                  reliability.recovery.restart_per_1000_gpus * (gpus / 1000.0);
  phase.modes = failure_modes(reliability, count_units(*topology, gpus));
  EngineOptions options;
  options.replicas = replicas;
  options.seed = 1;
  options.spare_servers = 64;
  options.horizon = days(period_days);
  double failures = 0;
  for (auto _ : state) {
    const EngineResult r = run_monte_carlo({phase}, options);
    failures = 0;
    for (const ReplicaOutcome& o : r.replicas) failures += o.interruptions;
    benchmark::DoNotOptimize(failures);
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["failures_per_replica"] = failures / replicas;
  state.counters["peak_rss_mib"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}

BENCHMARK(BM_CampaignMonteCarlo)
    ->Args({16384, 54, 10000})
    ->Args({100000, 90, 1000})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

}  // namespace
}  // namespace colossus::campaign

BENCHMARK_MAIN();
