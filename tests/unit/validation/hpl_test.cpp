// The HPL model (validation/hpl.h) by hand and against the Top500: the estimate for one H100 in
// closed form, the MI250X preset split into its two GCDs, every HPL row of
// data/top500/hpl_rows.json within 10% of its published Rmax, the rank on a list, and a GPU
// without an FP64 figure refused.
#include "colossus/validation/hpl.h"

#include <gtest/gtest.h>

#include <cmath>

#include "colossus/core/error.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/preset_catalog.h"

namespace colossus::validation {
namespace {

TEST(Hpl, EstimateOfH100sInClosedForm) {
  // 1,000 H100s with a 400 Gb/s NIC each: Rpeak = 1,000 x 67 TFLOP/s (tensor) = 67 PFLOP/s.
  // n_loc = sqrt(0.8 x 80 GiB / 8) = 92,682; F = 0.705 x 67e12; B = 50e9 B/s;
  // n = 1 / (1 + 20.83 x F / (B n_loc)) = 1 / (1 + 20.83 x 0.010193) = 0.8249;
  // Rmax = 67 PF x 0.705 x 0.8249 = 38.96 PFLOP/s.
  const GpuSpec h100 = load_gpu("h100-sxm", PresetCatalog::from_environment());
  const HplEstimate e = hpl_estimate(h100, 1000, gbyte_per_s(50));
  EXPECT_DOUBLE_EQ(e.rpeak.value(), 67e15);
  EXPECT_TRUE(e.matrix);
  const double n_loc = std::sqrt(0.8 * 80.0 * 1073741824.0 / 8.0);
  const double x = 0.705 * 67e12 / (50e9 * n_loc);
  EXPECT_NEAR(e.network, 1.0 / (1.0 + 20.83 * x), 1e-12);
  EXPECT_NEAR(e.rmax.value(), 38.96e15, 0.01e15);
}

TEST(Hpl, Mi250xPresetIsTwoGcds) {
  // The data sheet's package figures split over 2 GCDs: 95.7 / 2 TFLOP/s matrix, 64 GB HBM.
  const GpuSpec g = load_gpu("mi250x", PresetCatalog::from_environment());
  EXPECT_EQ(g.gcds, 2);
  EXPECT_DOUBLE_EQ(g.fp64_peak().value(), 47.85e12);
  EXPECT_DOUBLE_EQ(g.hbm.value(), 64e9);
  EXPECT_DOUBLE_EQ(g.bf16_dense.value(), 191.5e12);
}

TEST(Hpl, EveryTop500RowWithinTenPercent) {
  const auto rows = hpl_rows();
  ASSERT_GE(rows.size(), 6u);
  for (const HplRow& r : rows) {
    SCOPED_TRACE(r.id);
    EXPECT_LE(std::abs(r.error()), 0.10);
    // Our Rpeak is devices x the data sheet's larger FP64 peak, exactly.
    const GpuSpec g = load_gpu(r.gpu, PresetCatalog::from_environment());
    EXPECT_DOUBLE_EQ(r.estimate.rpeak.value(), g.fp64_peak().value() * r.devices);
  }
}

TEST(Hpl, RankOnAList) {
  // 1,400 PFLOP/s sits between El Capitan (1,742) and Frontier (1,353): No. 2 on Jun 2025.
  const Top500Placement p = top500_place(FlopRate{1400e15}, "Jun 2025");
  EXPECT_EQ(p.rank, 2);
  EXPECT_EQ(p.above, "El Capitan");
  EXPECT_EQ(p.below, "Frontier");
  // Under the tenth (Leonardo, 241.2): no rank.
  EXPECT_EQ(top500_place(FlopRate{100e15}, "").rank, 0);
  // Frontier's own preset is ranked among the others: at 1,400 PF it passes its own listing
  // (No. 2, 1,353 PF, left out) and stays behind El Capitan, so No. 2 between El Capitan and
  // Aurora.
  const Top500Placement own = top500_place(FlopRate{1400e15}, "Jun 2025", "frontier");
  EXPECT_EQ(own.rank, 2);
  EXPECT_EQ(own.own_listing, 2);
  EXPECT_EQ(own.above, "El Capitan");
  EXPECT_EQ(own.below, "Aurora");
  EXPECT_THROW(top500_place(FlopRate{1e15}, "Jun 1993"), InputError);
}

TEST(Hpl, AGpuWithoutFp64IsRefused) {
  GpuSpec g = load_gpu("h100-sxm", PresetCatalog::from_environment());
  g.fp64_stated = false;
  EXPECT_THROW(hpl_estimate(g, 8, gbyte_per_s(50)), InputError);
}

}  // namespace
}  // namespace colossus::validation
