// Speed of the flow-level network at cluster scale: steady rates (build + one max-min solve)
// and whole phases (the engine loop) for 100,000 and 16,384 concurrent flows on the Memphis
// fabric: the memphis-100k preset (its GPU count set to the flow count), or if the preset cannot
// be read, the same built in code: 8-GPU H100 servers, 400 Gb/s per GPU, rail-optimized
// three-tier Clos of radix-128 400G switches at full bisection, RoCE. Scenarios: one step of a ring
// over all GPUs (NVLink inside servers, one cross-server flow per server), rail rings (every flow
// crosses the fabric), and a random permutation (most flows climb to the core: ~6 resources each).
#include <benchmark/benchmark.h>

#include <numeric>
#include <vector>

#include "colossus/core/random.h"
#include "colossus/network/network.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/topology/clos_topology.h"

namespace colossus {
namespace {

ClusterSpec memphis_like(int gpus) {
  ClusterSpec spec;
  spec.name = "memphis-like";
  spec.source = {"<bench>", 0};
  ServerSpec server;
  server.name = "hgx-h100";
  server.gpus = 8;
  server.gpu.nvlink_bandwidth = gbyte_per_s(450);
  server.gpu.calibration = GpuCalibration{};
  server.gpu.calibration->nvlink_efficiency = 370.0 / 450.0;  // H100's
  server.nic.bandwidth = gbit_per_s(400);
  server.nic.latency = nanoseconds(1000);
  server.nvlink_latency = nanoseconds(500);
  spec.pools.push_back({gpus, server});
  spec.fabric.transport = Transport::roce;
  TierSpec tier;
  tier.radix = 128;
  tier.port_bandwidth = gbit_per_s(400);
  tier.latency = nanoseconds(300);
  tier.name = "leaf";
  spec.fabric.tiers.push_back(tier);
  tier.name = "spine";
  spec.fabric.tiers.push_back(tier);
  tier.name = "core";
  spec.fabric.tiers.push_back(tier);
  return spec;
}

// The memphis-100k preset with `gpus` GPUs, or its equivalent in code.
ClusterSpec memphis(int gpus) {
  try {
    ClusterSpec spec = load_cluster("memphis-100k");
    spec.pools.resize(1);
    spec.pools[0].gpu_count = gpus;
    return spec;
  } catch (const InputError&) {
    return memphis_like(gpus);
  }
}

// GPU g sends to g + 1: NVLink inside servers, GPU 7 to the next server's GPU 0 between them.
std::vector<Flow> ring_step(int gpus) {
  std::vector<Flow> flows;
  flows.reserve(gpus);
  for (int g = 0; g < gpus; ++g) flows.push_back({g, (g + 1) % gpus, mib(16), 0});
  return flows;
}

// Eight rings, one per rail: GPU i of server s sends to GPU i of server s + 1.
std::vector<Flow> rail_rings(int gpus) {
  std::vector<Flow> flows;
  flows.reserve(gpus);
  for (int g = 0; g < gpus; ++g) flows.push_back({g, (g + 8) % gpus, mib(16), 0});
  return flows;
}

// A random permutation with random sizes (1-64 MiB), so a phase has many distinct completions.
std::vector<Flow> random_permutation(int gpus) {
  std::vector<int> dst(gpus);
  std::iota(dst.begin(), dst.end(), 0);
  Random rng(2024);
  for (int i = gpus - 1; i > 0; --i) std::swap(dst[i], dst[rng.below(i + 1)]);
  std::vector<Flow> flows;
  flows.reserve(gpus);
  for (int g = 0; g < gpus; ++g) {
    flows.push_back({g, dst[g], mib(1 + static_cast<double>(rng.below(64))), 0});
  }
  return flows;
}

// Every GPU sends to the same GPU of the 512-GPU array one over (same rail, through the
// spines): a permutation where ECMP's hash collisions are the only loss.
std::vector<Flow> array_shift(int gpus) {
  std::vector<Flow> flows;
  flows.reserve(gpus);
  for (int g = 0; g < gpus; ++g) flows.push_back({g, (g + 512) % gpus, mib(16), 0});
  return flows;
}

using Scenario = std::vector<Flow> (*)(int);

// Steady rates: route every flow, build the solver, solve once.
void steady(benchmark::State& state, Scenario scenario, Routing routing) {
  const int gpus = static_cast<int>(state.range(0));
  const ClosTopology topo(memphis(gpus));
  Network net(topo, {.override_routing = true, .routing = routing});
  const std::vector<Flow> flows = scenario(gpus);
  std::vector<ByteRate> rates;
  for (auto _ : state) {
    rates = net.steady_rates(flows);
    benchmark::DoNotOptimize(rates.data());
  }
  state.SetLabel(topo.spec().name);
  // Mean goodput of the flows over the NIC line rate: ECMP collisions vs spraying (NVLink
  // flows, inside servers, exceed 1).
  double sum = 0.0;
  for (ByteRate r : rates) sum += r / to_byte_rate(topo.spec().pools[0].server.nic.bandwidth);
  state.counters["mean_over_nic"] = sum / static_cast<double>(rates.size());
  state.counters["flows"] = static_cast<double>(flows.size());
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(flows.size()));
}

// A whole phase: the engine re-solves at every distinct completion.
void phase(benchmark::State& state, Scenario scenario, Routing routing) {
  const int gpus = static_cast<int>(state.range(0));
  const ClosTopology topo(memphis(gpus));
  Network net(topo, {.override_routing = true, .routing = routing});
  const std::vector<Flow> flows = scenario(gpus);
  for (auto _ : state) benchmark::DoNotOptimize(net.run_phase(flows));
  state.SetLabel(topo.spec().name);
  state.counters["flows"] = static_cast<double>(flows.size());
}

BENCHMARK_CAPTURE(steady, ring_ecmp, ring_step, Routing::ecmp)
    ->Arg(16384)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(steady, rail_rings_ecmp, rail_rings, Routing::ecmp)
    ->Arg(16384)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(steady, permutation_ecmp, random_permutation, Routing::ecmp)
    ->Arg(16384)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(steady, permutation_adaptive, random_permutation, Routing::adaptive)
    ->Arg(16384)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(steady, array_shift_ecmp, array_shift, Routing::ecmp)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(steady, array_shift_adaptive, array_shift, Routing::adaptive)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(phase, ring_ecmp, ring_step, Routing::ecmp)
    ->Arg(16384)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(phase, permutation_ecmp, random_permutation, Routing::ecmp)
    ->Arg(16384)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace colossus

BENCHMARK_MAIN();
