// Speed of the collective layer at full scale: one all-reduce of 1 GiB over 16,384 GPUs and over
// all 100,000 GPUs of memphis-100k, chosen by the tuner (every candidate algorithm's network
// analysis included, nothing cached between iterations). Goals: < 0.5 s and < 2 s wall, each
// under 1 GiB peak memory (reported as the peak_rss_mib counter). For scale: ASTRA-sim's
// analytical backend needs ~55 s and 11 GB for the 16,384-GPU case.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include "colossus/collective/collective.h"
#include "colossus/network/network.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/topology/topology.h"

namespace colossus {
namespace {

// Peak resident memory of the process so far, in MiB (Linux reports ru_maxrss in KiB).
double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return double(usage.ru_maxrss) / 1024.0;
}

void BM_AllReduce1GiB(benchmark::State& state) {
  const std::unique_ptr<const Topology> topo_built = make_topology(load_cluster("memphis-100k"));
  const Topology& topo = *topo_built;
  Network network(topo);
  const int ranks = int(state.range(0));
  const auto call = CollectiveCall::consecutive(CollectiveOp::all_reduce, gib(1), 0, ranks);
  CollectiveResult result;
  for (auto _ : state) {
    CollectiveEngine engine(network);  // fresh: no cached profile
    result = engine.run(call);
    benchmark::DoNotOptimize(result.time);
  }
  state.counters["predicted_ms"] = result.time.value() * 1e3;
  state.counters["busbw_GBps"] = result.busbw.value() / 1e9;
  state.counters["peak_rss_mib"] = peak_rss_mib();
  state.SetLabel(result.algorithm + "/" + std::string(to_string(result.protocol)));
}

BENCHMARK(BM_AllReduce1GiB)->Arg(16384)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace colossus

BENCHMARK_MAIN();
