// The compute model against hand-computed rooflines: a large GEMM reaches the calibrated
// efficiency, a tiny one costs its launch overhead, FP8 speeds up GEMMs only, memory-bound
// kernels run at the calibrated fraction of HBM bandwidth.
#include "colossus/hardware/compute_model.h"

#include <gtest/gtest.h>

#include "../test_gpus.h"
#include "colossus/core/error.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/preset_catalog.h"

namespace colossus {
namespace {

TEST(ComputeModel, LargeGemmReachesCalibratedEfficiency) {
  ComputeCalibration cal = default_calibration(test_h100());
  ComputeModel model(test_h100(), cal);
  // 16384^3: each dimension saturates to 16384 / (16384 + 256) = 0.98462, so the efficiency is
  // 0.62 x 0.98462^3 = 0.5918, i.e. 585 TFLOP/s: what a large BF16 GEMM sustains inside a
  // training step (the calibration rows, docs/validation.md), below the 700-800 TFLOP/s of
  // isolated cuBLAS runs.
  const double d = 16384;
  double s = d / (d + cal.gemm_half_dim);
  EXPECT_NEAR(model.gemm_efficiency(d, d, d, Precision::bf16),
              cal.gemm_max_efficiency_bf16 * s * s * s, 1e-12);
  Kernel k = gemm_kernel("big", d, d, d);
  Seconds t = model.time(k, Precision::bf16);
  double achieved = k.flops.value() / (t - cal.launch_overhead).value();
  EXPECT_NEAR(achieved / 1e12, 989 * cal.gemm_max_efficiency_bf16 * s * s * s, 0.01);
  EXPECT_GT(achieved, 550e12);
  EXPECT_LT(achieved, 650e12);
}

TEST(ComputeModel, SquareGemmSweepFollowsCublasShape) {
  ComputeModel model(test_h100(), default_calibration(test_h100()));
  // Published H100 BF16 cuBLAS sweeps: roughly 300-450 TFLOP/s at 1024^3, 500-650 at 2048^3,
  // 650-720 at 4096^3, 700-800 at 8192^3. The curve has their shape (half-saturation at 256)
  // scaled to the in-training maximum 0.62 (docs/validation.md): 989 x 0.62 x (d / (d + 256))^3
  // gives 314, 431, 511, 559.
  auto tflops = [&](double d) { return 989 * model.gemm_efficiency(d, d, d, Precision::bf16); };
  EXPECT_NEAR(tflops(1024), 314, 5);
  EXPECT_NEAR(tflops(2048), 431, 5);
  EXPECT_NEAR(tflops(4096), 511, 5);
  EXPECT_NEAR(tflops(8192), 559, 5);
}

TEST(ComputeModel, TinyGemmIsLatencyBound) {
  ComputeCalibration cal = default_calibration(test_h100());
  ComputeModel model(test_h100(), cal);
  // 16x16x16: 8192 FLOPs take ~50 ns even at 0.02% efficiency; the 3 us launch dominates.
  Kernel k = gemm_kernel("tiny", 16, 16, 16);
  Seconds t = model.time(k, Precision::bf16);
  EXPECT_GE(t, cal.launch_overhead);
  EXPECT_LT(t, cal.launch_overhead * 1.05);
  // Small dimensions lose efficiency: 64 wide is well below the large-GEMM figure.
  EXPECT_LT(model.gemm_efficiency(8192, 64, 8192, Precision::bf16),
            0.6 * cal.gemm_max_efficiency_bf16);
}

TEST(ComputeModel, Fp8SpeedsUpGemmsOnly) {
  ComputeCalibration cal = default_calibration(test_h100());
  ComputeModel model(test_h100(), cal);
  Kernel gemm = gemm_kernel("g", 8192, 8192, 8192);
  // FP8 adds a cast of the 8192 x 8192 activation input: 3 bytes per element at 80% of HBM
  // bandwidth, plus one launch.
  Seconds cast = bytes(8192.0 * 8192 * 3) / (test_h100().hbm_bandwidth * cal.memory_efficiency) +
                 cal.launch_overhead;
  double ratio = (model.time(gemm, Precision::bf16) - cal.launch_overhead) /
                 (model.time(gemm, Precision::fp8) - cal.launch_overhead - cast);
  // Twice the peak at 0.66 / 0.62 of the efficiency: 2 x 0.66 / 0.62 = 2.13x faster.
  EXPECT_NEAR(ratio, 1979.0 / 989.0 * cal.gemm_max_efficiency_fp8 / cal.gemm_max_efficiency_bf16,
              1e-9);
  Kernel attn = attention_kernel("a", 32, 4096, 4096, 128, 128, true, false);
  EXPECT_EQ(model.time(attn, Precision::bf16), model.time(attn, Precision::fp8));
}

TEST(ComputeModel, AttentionFlopsAndTime) {
  ComputeCalibration cal = default_calibration(test_h100());
  ComputeModel model(test_h100(), cal);
  // Causal flash attention forward over 1 sequence x 32 heads, s = 8192, d = 128:
  // 4 * s^2 * d * heads / 2 = 4 * 8192^2 * 128 * 32 / 2 = 549.8 GFLOP.
  Kernel fwd = attention_kernel("a", 32, 8192, 8192, 128, 128, true, false);
  EXPECT_DOUBLE_EQ(fwd.flops.value(), 4.0 * 8192 * 8192 * 128 * 32 / 2);
  Kernel bwd = attention_kernel("a", 32, 8192, 8192, 128, 128, true, true);
  EXPECT_DOUBLE_EQ(bwd.flops.value(), 2.5 * fwd.flops.value());
  double eff = cal.attention_fwd_efficiency * 8192 / (8192 + cal.attention_half_seq);
  EXPECT_NEAR((model.time(fwd, Precision::bf16) - cal.launch_overhead).value(),
              fwd.flops.value() / (989e12 * eff), 1e-12);
}

TEST(ComputeModel, MemoryBoundKernelRunsAtHbmBandwidth) {
  ComputeCalibration cal = default_calibration(test_h100());
  ComputeModel model(test_h100(), cal);
  // 1 GB at 3.35 TB/s x 0.8 = 373 us.
  Kernel k = memory_kernel("norm", gigabytes(1));
  EXPECT_NEAR((model.time(k, Precision::bf16) - cal.launch_overhead).value(),
              1e9 / (3.35e12 * cal.memory_efficiency), 1e-12);
}

TEST(ComputeModel, CollectiveBesideComputeSlowsIt) {
  // A collective holding a quarter of the GPU for the first 4 ms of 6 ms of compute: 3 ms of
  // work gets done in the window, the other 3 ms after it, 7 ms in all (6 + 4 x 0.25). Work
  // that fits in the window runs at 3/4 speed: 2 ms take 8/3 ms. No window, no slowdown.
  EXPECT_NEAR(slowed_by_comm(milliseconds(6), milliseconds(4), 0.25).value(), 7e-3, 1e-15);
  EXPECT_NEAR(slowed_by_comm(milliseconds(2), milliseconds(4), 0.25).value(), 8e-3 / 3, 1e-15);
  EXPECT_EQ(slowed_by_comm(milliseconds(2), -milliseconds(1), 0.25), milliseconds(2));
}

TEST(ComputeModel, CalibrationIsTheGpuPresetsData) {
  // presets/gpus/a100-sxm-80g.yaml: GEMMs sustain 0.76 of peak in a training step and halve at
  // 128 (the A100 fills its 108 SMs with smaller shapes); 16 NCCL channels of 108 SMs.
  const PresetCatalog catalog(COLOSSUS_DATA_DIR);
  const ComputeCalibration a100 = default_calibration(load_gpu("a100-sxm-80g", catalog));
  EXPECT_DOUBLE_EQ(a100.gemm_max_efficiency_bf16, 0.76);
  EXPECT_DOUBLE_EQ(a100.gemm_half_dim, 128);
  EXPECT_DOUBLE_EQ(a100.comm_compute_share, 16.0 / 108);
}

TEST(ComputeModel, GpuWithoutCalibrationIsAnInputError) {
  // A GPU described without a calibration block cannot be timed: no other GPU's figures stand in.
  GpuSpec gpu = test_h100();
  gpu.name = "my-gpu";
  gpu.source = {"my-gpu.yaml", 1};
  gpu.calibration.reset();
  try {
    default_calibration(gpu);
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().file, "my-gpu.yaml");
    EXPECT_NE(e.message().find("my-gpu"), std::string::npos) << e.message();
  }
}

}  // namespace
}  // namespace colossus
