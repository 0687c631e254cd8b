// Benchmarks of the layout search and sweeps (issue 16's speed goals, on the 2-core machine):
// `plan` of grok-1 on memphis-100k (98,304 GPUs) with the full step simulation of every layout
// it evaluates; the goal is >= 1,000 layouts evaluated per second and <= 1 GiB.
// - BM_PlanGrok1MemphisDefaultSpace: the whole default space, as `colossus plan
//   examples/memphis-grok1.yaml --threads 2` searches it (23,504 layouts evaluated): the goal's
//   figure.
// - BM_PlanGrok1Memphis: the default space narrowed to TP8, ZeRO-1 and selective recompute
//   (`--tp 8 --zero 1 --recompute selective`), few layouts per rank grid, so the once-per-grid
//   work dominates; exhaustive (no pruning: every fitted layout simulated) and pruned.
// Counters: layouts enumerated, fitted and evaluated, evaluated per second of wall time and per
// CPU-second (the comparable figure on a shared machine), peak RSS (MiB). Arguments: threads,
// prune.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>

#include "colossus/plan/layout_search.h"
#include "colossus/sim/scenario.h"
#include "colossus/spec/cluster_loader.h"

namespace colossus::plan {
namespace {

// CPU seconds (user and system) this process has used so far.
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec * 1e-6; };
  return secs(usage.ru_utime) + secs(usage.ru_stime);
}

// Searches `request` (the job of examples/memphis-grok1.yaml filled in) once per iteration.
void run_plan(benchmark::State& state, PlanRequest request) {
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const sim::Scenario s =
      sim::load_scenario((catalog.data_dir() / "examples/memphis-grok1.yaml").string(), catalog);
  const std::unique_ptr<const Topology> topology = make_topology(s.cluster);
  request.job = s.job;
  request.threads = static_cast<int>(state.range(0));
  request.prune = state.range(1) != 0;
  PlanResult r;
  double seconds_total = 0;
  double cpu_total = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_seconds();
    r = search_layouts(*topology, request);
    cpu_total += cpu_seconds() - cpu_start;
    seconds_total +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    benchmark::DoNotOptimize(r.top.front().result.step_time);
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const double evaluated =
      static_cast<double>(r.evaluated) * static_cast<double>(state.iterations());
  state.counters["enumerated"] = static_cast<double>(r.enumerated);
  state.counters["fitted"] = static_cast<double>(r.fitted);
  state.counters["evaluated"] = static_cast<double>(r.evaluated);
  state.counters["evaluated_per_s"] = evaluated / seconds_total;
  state.counters["evaluated_per_cpu_s"] = evaluated / cpu_total;
  state.counters["peak_rss_mib"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void BM_PlanGrok1MemphisDefaultSpace(benchmark::State& state) {
  run_plan(state, PlanRequest{});
}
// (threads, prune): as `colossus plan examples/memphis-grok1.yaml --threads 2`.
BENCHMARK(BM_PlanGrok1MemphisDefaultSpace)
    ->Args({2, 1})
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->UseRealTime();

void BM_PlanGrok1Memphis(benchmark::State& state) {
  PlanRequest request;
  request.space.tp = {8};
  request.space.zero = {ZeroStage::optimizer};
  request.space.recompute = {Recompute::selective};
  run_plan(state, request);
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
