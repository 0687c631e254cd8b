// Speed of the other system families (issue 12), one training step each, nothing cached between
// iterations: dense Llama 3 405B on a full TPU v5p pod (8,960 chips on a 3-D torus; goal < 1 s),
// Grok-1 across both pools of colossus-200k (196,608 H100 + H200 GPUs, one pass per GPU model;
// goal < 1 s), and memphis-grok1 with one straggler at 98,304 GPUs (the normal and the slow
// pipeline; goal < 2 s); all under 1 GiB peak memory (peak_rss_mib). Scenarios in
// bench/scenarios/.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include "colossus/sim/scenario.h"
#include "colossus/sim/simulation.h"
#include "colossus/topology/topology.h"

namespace colossus::sim {
namespace {

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return double(usage.ru_maxrss) / 1024.0;
}

void BM_SystemStep(benchmark::State& state, const char* scenario_file) {
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const Scenario scenario =
      load_scenario((catalog.data_dir() / "bench" / "scenarios" / scenario_file).string(), catalog);
  const std::unique_ptr<const Topology> topology = make_topology(scenario.cluster);
  for (auto _ : state) {
    const SimulationResult r = simulate(*topology, scenario.job);
    benchmark::DoNotOptimize(r.step_time);
    state.counters["step_s"] = r.step_time.value();
    state.counters["mfu"] = r.mfu;
    if (r.straggler) state.counters["slowdown"] = r.straggler->slowdown;
    for (const PoolTiming& p : r.pools) {
      if (!p.bounding) state.counters["faster_pool_wait_s"] = p.wait.value();
    }
  }
  state.counters["peak_rss_mib"] = peak_rss_mib();
}
BENCHMARK_CAPTURE(BM_SystemStep, TpuV5pPodLlama405b, "tpu-v5p-llama405b.yaml")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SystemStep, Colossus200kGrok1BothPools, "colossus200k-grok1.yaml")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SystemStep, MemphisGrok1Straggler, "memphis-grok1-straggler.yaml")
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace colossus::sim

BENCHMARK_MAIN();
