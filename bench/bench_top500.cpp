// Speed of the Top500 comparisons (issue 21), nothing cached between iterations: `describe
// frontier` as the command does it (load the preset, build the dragonfly, count the bill of
// materials, the HPL estimate and the Top500 rank, format the text; goal < 1 s on one core), and
// one all-reduce of 1 GiB over all 75,264 GCDs of Frontier's dragonfly chosen by the tuner (every
// candidate's network analysis; goal < 1 s on one core), with peak memory (peak_rss_mib).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include "colossus/collective/collective.h"
#include "colossus/network/network.h"
#include "colossus/report/cluster_report.h"
#include "colossus/report/top500_report.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/topology/bill_of_materials.h"
#include "colossus/topology/topology.h"

namespace colossus {
namespace {

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return double(usage.ru_maxrss) / 1024.0;
}

void BM_DescribeFrontier(benchmark::State& state) {
  std::size_t chars = 0;
  for (auto _ : state) {
    const auto topo = make_topology(load_cluster("frontier"));
    const BillOfMaterials bom = bill_of_materials(*topo);
    const auto top500 = report::top500_figures(*topo, bom, "", true);
    const std::string text = report::cluster_text(*topo, bom) + report::top500_text(top500);
    chars = text.size();
    benchmark::DoNotOptimize(chars);
  }
  state.counters["chars"] = static_cast<double>(chars);
  state.counters["peak_rss_mib"] = peak_rss_mib();
}
BENCHMARK(BM_DescribeFrontier)->Unit(benchmark::kMillisecond);

void BM_FrontierAllReduce1GiB(benchmark::State& state) {
  const auto topo = make_topology(load_cluster("frontier"));
  Network network(*topo);
  const auto ranks = static_cast<int>(topo->gpu_count());
  const auto call = CollectiveCall::consecutive(CollectiveOp::all_reduce, gib(1), 0, ranks);
  CollectiveResult result;
  for (auto _ : state) {
    CollectiveEngine engine(network);  // fresh: no cached profile
    result = engine.run(call);
    benchmark::DoNotOptimize(result.time);
  }
  state.counters["ranks"] = ranks;
  state.counters["predicted_ms"] = result.time.value() * 1e3;
  state.counters["busbw_GBps"] = result.busbw.value() / 1e9;
  state.counters["peak_rss_mib"] = peak_rss_mib();
  state.SetLabel(result.algorithm);
}
BENCHMARK(BM_FrontierAllReduce1GiB)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace colossus

BENCHMARK_MAIN();
