// Benchmarks of `simulate`, one training step at full scale: Grok-1 on memphis-100k (the default
// scenario, 98,304 GPUs; goal < 1 s wall and < 1 GiB peak memory) and Llama 3 405B on
// b200-300k (examples/b200-llama405b.yaml, 294,912 GPUs; goal < 3 s). Each iteration builds the
// network and the collective engine afresh (nothing cached between iterations), as one `colossus
// simulate` run does; the topology is built once outside the timed loop, as it is shared with
// `describe`. The isolated variants are the baseline of the shared fabric's cost.
#include <benchmark/benchmark.h>

#include "colossus/core/allocator.h"
#include "colossus/sim/scenario.h"
#include "colossus/sim/simulation.h"
#include "colossus/topology/topology.h"

namespace colossus::sim {
namespace {

// Loads an example scenario once, then times simulate() on it, with the step's transfers on the
// shared fabric (the default) or each alone (isolated phases, the baseline beside it).
void BM_SimulateExample(benchmark::State& state, const char* example, bool shared_fabric) {
  const PresetCatalog catalog = PresetCatalog::from_environment();
  Scenario scenario = load_scenario((catalog.data_dir() / "examples" / example).string(), catalog);
  scenario.job.options.shared_fabric = shared_fabric;
  const std::unique_ptr<const Topology> topology_built = make_topology(scenario.cluster);
  const Topology& topology = *topology_built;
  for (auto _ : state) {
    const SimulationResult r = simulate(topology, scenario.job);
    benchmark::DoNotOptimize(r.step_time);
    state.counters["step_s"] = r.step_time.value();
    state.counters["mfu"] = r.mfu;
  }
}
// The default scenario of `colossus simulate`.
BENCHMARK_CAPTURE(BM_SimulateExample, MemphisGrok1, "memphis-grok1.yaml", true)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SimulateExample, MemphisGrok1Isolated, "memphis-grok1.yaml", false)
    ->Unit(benchmark::kMillisecond);
// Llama 3 405B on the 300k-B200 cluster (TP8, CP2, PP9 interleaved x7, DP 2,048 on 294,912 GPUs).
BENCHMARK_CAPTURE(BM_SimulateExample, B200Llama405b, "b200-llama405b.yaml", true)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SimulateExample, B200Llama405bIsolated, "b200-llama405b.yaml", false)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace colossus::sim

// Google Benchmark's main, after the allocator settings the colossus command uses.
int main(int argc, char** argv) {
  colossus::tune_allocator();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
