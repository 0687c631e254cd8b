// Thread safety of the validation: eight threads share one simulation predictor (and so its cache
// of cluster topologies, built on first use by whichever thread gets there first) and each runs
// every expressible row, starting at a different row so that the first uses of each cluster race.
// The simulation is deterministic and holds no global state, so every thread must get exactly the
// predictions of a serial run, bit for bit. Run under ThreadSanitizer this is also the check that
// nothing shared is written without a lock.
#include <gtest/gtest.h>

#include <cstddef>
#include <filesystem>
#include <thread>
#include <vector>

#include "colossus/validation/validation.h"

namespace colossus::validation {
namespace {

const std::filesystem::path kData = std::filesystem::path(COLOSSUS_DATA_DIR) / "data/calibration";

// Expects two predictions of one row to be identical (no tolerance: same inputs, same code).
void expect_same(const StepPrediction& a, const StepPrediction& b, const std::string& id) {
  EXPECT_EQ(a.step.value(), b.step.value()) << id;
  EXPECT_EQ(a.breakdown.compute.value(), b.breakdown.compute.value()) << id;
  EXPECT_EQ(a.breakdown.total().value(), b.breakdown.total().value()) << id;
  EXPECT_EQ(a.warnings, b.warnings) << id;
  ASSERT_EQ(a.collectives.size(), b.collectives.size()) << id;
  for (std::size_t i = 0; i < a.collectives.size(); ++i) {
    EXPECT_EQ(a.collectives[i].time.value(), b.collectives[i].time.value()) << id;
    EXPECT_EQ(a.collectives[i].algorithm, b.collectives[i].algorithm) << id;
  }
}

TEST(ValidationThreads, EightThreadsSharingOnePredictorMatchTheSerialRun) {
  const RowMapping mapping = map_rows(kData / "measured.json", kData / "row_mapping.yaml");
  const std::vector<RowJob>& jobs = mapping.jobs;
  ASSERT_FALSE(jobs.empty());

  std::vector<StepPrediction> serial;
  const StepPredictor serial_predictor = simulation_predictor();
  for (const RowJob& job : jobs) serial.push_back(serial_predictor(job));

  constexpr int kThreads = 8;
  const StepPredictor shared = simulation_predictor();
  std::vector<std::vector<StepPrediction>> results(kThreads,
                                                   std::vector<StepPrediction>(jobs.size()));
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      const StepPredictor predict = shared;  // a copy, sharing the topology cache
      for (std::size_t k = 0; k < jobs.size(); ++k) {
        const std::size_t i =
            (k + static_cast<std::size_t>(t) * jobs.size() / kThreads) % jobs.size();
        results[t][i] = predict(jobs[i]);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();

  for (int t = 0; t < kThreads; ++t)
    for (std::size_t i = 0; i < jobs.size(); ++i) expect_same(results[t][i], serial[i], jobs[i].id);
}

}  // namespace
}  // namespace colossus::validation
