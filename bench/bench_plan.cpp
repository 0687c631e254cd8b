// Benchmarks of the layout search and sweeps (issue 16's speed goals, on the 2-core machine):
// `plan` of grok-1 on memphis-100k (98,304 GPUs) with the full step simulation of every layout
// it evaluates, exhaustive (no pruning: every fitted layout simulated) and pruned; the goal is
// >= 1,000 layouts evaluated per second and <= 1 GiB. Counters: layouts enumerated, fitted and
// evaluated, evaluated per second of wall time, peak RSS (MiB). The space is the default one
// narrowed to TP8, ZeRO-1 and selective recompute (`colossus plan examples/memphis-grok1.yaml
// --tp 8 --zero 1 --recompute selective`); arguments: threads, prune.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>

#include "colossus/plan/layout_search.h"
#include "colossus/sim/scenario.h"
#include "colossus/spec/cluster_loader.h"

namespace colossus::plan {
namespace {

void BM_PlanGrok1Memphis(benchmark::State& state) {
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const sim::Scenario s =
      sim::load_scenario((catalog.data_dir() / "examples/memphis-grok1.yaml").string(), catalog);
  const std::unique_ptr<const Topology> topology = make_topology(s.cluster);
  PlanRequest request;
  request.job = s.job;
  request.threads = static_cast<int>(state.range(0));
  request.prune = state.range(1) != 0;
  request.space.tp = {8};
  request.space.zero = {ZeroStage::optimizer};
  request.space.recompute = {Recompute::selective};
  PlanResult r;
  double seconds_total = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    r = search_layouts(*topology, request);
    seconds_total +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    benchmark::DoNotOptimize(r.top.front().result.step_time);
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["enumerated"] = static_cast<double>(r.enumerated);
  state.counters["fitted"] = static_cast<double>(r.fitted);
  state.counters["evaluated"] = static_cast<double>(r.evaluated);
  state.counters["evaluated_per_s"] =
      static_cast<double>(r.evaluated) * static_cast<double>(state.iterations()) / seconds_total;
  state.counters["peak_rss_mib"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}
// (threads, prune)
BENCHMARK(BM_PlanGrok1Memphis)
    ->Args({2, 0})
    ->Args({2, 1})
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->UseRealTime();

}  // namespace
}  // namespace colossus::plan

BENCHMARK_MAIN();
