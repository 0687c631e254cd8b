// Speed and memory of the cluster graph at the largest preset: build the b200-300k topology
// (300,000 B200, 800 Gb/s rail-optimized three-tier Clos) from its preset and route one million
// random GPU pairs, with ECMP (one path per flow hash) and with adaptive routing (bundles).
// Goal: build + one million routes under 2 s and under 1 GiB peak RSS on a 2-core machine.
// Each benchmark reports peak_rss_MiB (getrusage: the process high-water mark, so it includes
// the preset loading and Google Benchmark itself).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdint>

#include "colossus/core/random.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/topology/topology.h"

namespace colossus {
namespace {

constexpr int kPairs = 1'000'000;

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

// Routes kPairs random pairs (a fixed seed, so every run routes the same pairs).
std::uint64_t route_pairs(const Topology& topo, Routing routing) {
  Random rng(2024);
  const auto n = static_cast<std::uint64_t>(topo.gpu_count());
  std::uint64_t checksum = 0;
  for (int i = 0; i < kPairs; ++i) {
    const auto src = static_cast<GpuId>(rng.below(n));
    const auto dst = static_cast<GpuId>(rng.below(n));
    const Route r = topo.route(src, dst, rng.next(), routing);
    for (ResourceId id : r.resources()) checksum += static_cast<std::uint64_t>(id);
  }
  return checksum;
}

// Building the graph from an already loaded spec.
void BM_BuildB200_300k(benchmark::State& state) {
  const ClusterSpec spec = load_cluster("b200-300k");
  for (auto _ : state) {
    const std::unique_ptr<const Topology> topo = make_topology(spec);
    benchmark::DoNotOptimize(topo->resource_count());
  }
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}
BENCHMARK(BM_BuildB200_300k)->Unit(benchmark::kMillisecond);

// One million routes on a built graph; arg 0: ECMP, 1: adaptive.
void BM_RouteMillionPairs(benchmark::State& state) {
  const std::unique_ptr<const Topology> topo_built = make_topology(load_cluster("b200-300k"));
  const Topology& topo = *topo_built;
  const Routing routing = state.range(0) ? Routing::adaptive : Routing::ecmp;
  for (auto _ : state) benchmark::DoNotOptimize(route_pairs(topo, routing));
  state.counters["routes_per_s"] =
      benchmark::Counter(kPairs, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["resources"] = static_cast<double>(topo.resource_count());
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}
BENCHMARK(BM_RouteMillionPairs)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The goal as stated: load the preset, build, route one million ECMP pairs.
void BM_LoadBuildRouteMillion(benchmark::State& state) {
  for (auto _ : state) {
    const std::unique_ptr<const Topology> topo_built = make_topology(load_cluster("b200-300k"));
    const Topology& topo = *topo_built;
    benchmark::DoNotOptimize(route_pairs(topo, Routing::ecmp));
  }
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}
BENCHMARK(BM_LoadBuildRouteMillion)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace colossus

BENCHMARK_MAIN();
