// Many simulations in one process: eight threads each simulate the same example job on one
// shared topology, with the shared fabric, and every result must equal a serial run's bit for
// bit (nothing global or shared is mutated by a simulation; `make tsan` runs this under
// ThreadSanitizer). And the shared fabric against isolated phases on the same job: sharing can
// only slow a transfer (progress rates are at most 1).
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "colossus/sim/scenario.h"
#include "colossus/sim/simulation.h"
#include "colossus/topology/topology.h"

namespace colossus::sim {
namespace {

Scenario eos_example() {
  const PresetCatalog catalog = PresetCatalog::from_environment();
  return load_scenario((catalog.data_dir() / "examples" / "eos-llama70b.yaml").string(), catalog);
}

TEST(ParallelSimulations, EightThreadsGiveTheSerialResult) {
  const Scenario scenario = eos_example();
  const std::unique_ptr<const Topology> topology = make_topology(scenario.cluster);
  const SimulationResult serial = simulate(*topology, scenario.job);
  ASSERT_TRUE(serial.shared_fabric);
  std::vector<SimulationResult> results(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] { results[i] = simulate(*topology, scenario.job); });
  }
  for (std::thread& t : threads) t.join();
  for (const SimulationResult& r : results) {
    EXPECT_EQ(r.step_time.value(), serial.step_time.value());
    EXPECT_EQ(r.breakdown.dp.value(), serial.breakdown.dp.value());
    EXPECT_EQ(r.breakdown.pp.value(), serial.breakdown.pp.value());
    EXPECT_EQ(r.breakdown.bubble.value(), serial.breakdown.bubble.value());
    ASSERT_EQ(r.timeline.transfers.size(), serial.timeline.transfers.size());
    for (std::size_t k = 0; k < r.timeline.transfers.size(); ++k) {
      EXPECT_EQ(r.timeline.transfers[k].end.value(), serial.timeline.transfers[k].end.value());
    }
  }
}

TEST(SharedFabric, NeverShortensTheStep) {
  // A transfer never runs faster than alone. On this job (its DP and PP transfers meet on the
  // NICs) the step is longer with sharing; in general a slower transfer could reorder a
  // schedule, so only the per-transfer bound is a law.
  Scenario scenario = eos_example();
  const std::unique_ptr<const Topology> topology = make_topology(scenario.cluster);
  const SimulationResult shared = simulate(*topology, scenario.job);
  scenario.job.options.shared_fabric = false;
  const SimulationResult isolated = simulate(*topology, scenario.job);
  EXPECT_TRUE(shared.shared_fabric);
  EXPECT_FALSE(isolated.shared_fabric);
  EXPECT_GE(shared.step_time.value(), isolated.step_time.value());
  // Each transfer of the shared run took at least its lone time.
  for (const TransferSpan& t : shared.timeline.transfers) {
    EXPECT_GE((t.end - t.start).value(), t.alone.value() * (1 - 1e-9));
  }
  // Isolated transfers take exactly their lone time.
  for (const TransferSpan& t : isolated.timeline.transfers) {
    EXPECT_NEAR((t.end - t.start).value(), t.alone.value(), 1e-12);
  }
}

}  // namespace
}  // namespace colossus::sim
