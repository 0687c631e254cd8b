// The serving rows of measured.json through `colossus serve`'s model: every row is predicted, and
// the errors are what docs/validation.md reports. The goal (median |error| <= 10%) is NOT
// met (20% at the time of writing, docs/validation.md says why); this test holds each row within
// a factor of 2.5 of its measurement, so that a broken model (a unit slip, a lost replica) fails,
// and the MLPerf rows within 30%.
#include "colossus/validation/serving_validation.h"

#include <gtest/gtest.h>

#include <cmath>

namespace colossus::validation {
namespace {

TEST(ServingRows, EveryRowPredictedWithinStatedBounds) {
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const auto rows = compare_serving(catalog.data_dir() / "data/calibration/measured.json", catalog);
  ASSERT_EQ(rows.size(), 12u);  // 8 MLPerf (2 rounds x 2 GPUs x offline/server) + 4 TensorRT-LLM
  int mlperf = 0;
  for (const ServingComparison& r : rows) {
    SCOPED_TRACE(r.id);
    EXPECT_TRUE(r.failure.empty()) << r.failure;
    EXPECT_TRUE(std::isfinite(r.error));
    EXPECT_LT(std::abs(r.error), 1.5);
    if (r.id.rfind("mlperf", 0) == 0) {
      ++mlperf;
      EXPECT_LT(std::abs(r.error), 0.30);
    }
  }
  EXPECT_EQ(mlperf, 8);
  EXPECT_LT(serving_median_abs_error(rows), 0.25);
}

}  // namespace
}  // namespace colossus::validation
