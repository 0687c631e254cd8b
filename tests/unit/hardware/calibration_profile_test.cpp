// The calibration profile: reading good and bad profiles, interpolation against hand-computed
// values (linear in log2 of each coordinate, clamped outside the grid, said once), and the
// compute model with a profile: a GEMM's compute time moves by exactly the ratio of the fitted
// to the measured efficiency. Profiles here are synthetic (written for the test), not
// measurements.
#include "colossus/hardware/calibration_profile.h"

#include <gtest/gtest.h>

#include <string>

#include "colossus/core/error.h"
#include "colossus/hardware/attention_kernel.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/preset_catalog.h"

namespace colossus {
namespace {

const PresetCatalog& catalog() {
  static const PresetCatalog c = PresetCatalog::from_environment();
  return c;
}

// The header of a synthetic H100 profile; `body` adds gemm: and attention:.
std::string profile_text(const std::string& body, const std::string& extra = "") {
  return "format: colossus.calibration/1\n"
         "gpu: h100-sxm\n"
         "provenance:\n"
         "  device: synthetic\n"
         "  driver: none\n"
         "  date: 2026-12-06\n"
         "  tool: hand-written for calibration_profile_test\n"
         "  synthetic: true\n"
         "hbm_copy_tb_per_s: 2.68\n"
         "launch_overhead_us: 2.5\n" +
         extra + body;
}

// Attention tables: seq {1024, 4096} x head dim {64, 128}, every table the same values:
// fwd 300 + seq term + head-dim term, bwd 200 + ...
std::string attention_text() {
  std::string text = "attention:\n";
  for (const char* pass : {"fwd", "bwd"}) {
    for (const char* causal : {"true", "false"}) {
      for (int seq : {1024, 4096}) {
        for (int d : {64, 128}) {
          const double base = std::string(pass) == "fwd" ? 300 : 200;
          const double tflops = base + (seq == 4096 ? 100 : 0) + (d == 128 ? 40 : 0);
          text += "  - {pass: " + std::string(pass) + ", causal: " + causal +
                  ", seq: " + std::to_string(seq) + ", head_dim: " + std::to_string(d) +
                  ", tflops: " + std::to_string(tflops) + "}\n";
        }
      }
    }
  }
  return text;
}

// BF16 GEMMs on m, n, k in {1024, 4096}: the value at each corner is given by `value`.
template <typename F>
std::string gemm_text(F value, const std::string& dtype = "bf16") {
  std::string text;
  for (int m : {1024, 4096})
    for (int n : {1024, 4096})
      for (int k : {1024, 4096})
        text += "  - {dtype: " + dtype + ", m: " + std::to_string(m) + ", n: " + std::to_string(n) +
                ", k: " + std::to_string(k) + ", tflops: " + std::to_string(value(m, n, k)) + "}\n";
  return text;
}

// Corner values 100 + 200 [m=4096] + 100 [n=4096] + 50 [k=4096] + 80 [all three 4096].
double corner(int m, int n, int k) {
  return 100 + (m == 4096 ? 200 : 0) + (n == 4096 ? 100 : 0) + (k == 4096 ? 50 : 0) +
         (m == 4096 && n == 4096 && k == 4096 ? 80 : 0);
}

std::shared_ptr<const CalibrationProfile> read(const std::string& text) {
  return read_calibration_profile(YamlReader::from_string(text, "profile.yaml"), catalog());
}

std::shared_ptr<const CalibrationProfile> good() {
  return read(profile_text("gemm:\n" + gemm_text(corner) + attention_text()));
}

// The message of the InputError reading `text` throws.
std::string error_of(const std::string& text) {
  try {
    read(text);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(CalibrationProfile, ReadsAGoodProfile) {
  auto p = good();
  EXPECT_EQ(p->gpu, "h100-sxm");
  EXPECT_EQ(p->provenance.device, "synthetic");
  EXPECT_TRUE(p->provenance.synthetic);
  EXPECT_EQ(p->provenance.tool, "hand-written for calibration_profile_test");
  EXPECT_DOUBLE_EQ(p->hbm_copy.value(), 2.68e12);
  EXPECT_DOUBLE_EQ(p->launch_overhead.value(), 2.5e-6);
  EXPECT_EQ(p->attention_kernel, AttentionKernel::flash2);  // the default
  EXPECT_FALSE(p->gemm_fp8.has_value());
  EXPECT_FALSE(p->allreduce.has_value());
  ASSERT_EQ(p->gemm_bf16.axes.size(), 3u);
  EXPECT_EQ(p->gemm_bf16.axes[0], (std::vector<double>{1024, 4096}));
  // The preset's peak, 989.4 TFLOP/s, is what efficiencies are taken against.
  EXPECT_DOUBLE_EQ(p->bf16_peak.value(), 989.4e12);
  // The largest measured BF16 GEMM: 100 + 200 + 100 + 50 + 80 = 530 TFLOP/s = 530 / 989.4.
  EXPECT_NEAR(p->max_gemm_efficiency(Precision::bf16), 530.0 / 989.4, 1e-12);
}

TEST(CalibrationProfile, GemmInterpolatesLinearlyInLog2) {
  auto p = good();
  const double T = 1e12;
  // On the grid: the measured value.
  EXPECT_NEAR(p->gemm_rate(4096, 1024, 4096, Precision::bf16)->value() / T, 350, 1e-9);
  // m = 2048 is halfway between 1024 and 4096 in log2 (11 between 10 and 12): the mean of
  // the m=1024 and m=4096 neighbours at n=1024, k=1024: (100 + 300) / 2 = 200.
  EXPECT_NEAR(p->gemm_rate(2048, 1024, 1024, Precision::bf16)->value() / T, 200, 1e-9);
  // m = 1448.15 (2^10.5): a quarter of the way in log2: 100 + 0.25 x 200 = 150.
  EXPECT_NEAR(p->gemm_rate(std::pow(2.0, 10.5), 1024, 1024, Precision::bf16)->value() / T, 150,
              1e-9);
  // (2048, 2048, 2048): the centre of the cell, every corner weighted 1/8: the mean of the eight
  // corners, 100 + 200/2 + 100/2 + 50/2 + 80/8 = 285.
  EXPECT_NEAR(p->gemm_rate(2048, 2048, 2048, Precision::bf16)->value() / T, 285, 1e-9);
  EXPECT_TRUE(p->range_warnings().empty());
}

TEST(CalibrationProfile, OutsideTheGridClampsAndSaysSoOnce) {
  auto p = good();
  const double T = 1e12;
  // m = 512 is below the grid: the m = 1024 value; k = 65536 above it: the k = 4096 value.
  EXPECT_NEAR(p->gemm_rate(512, 1024, 1024, Precision::bf16)->value() / T, 100, 1e-9);
  EXPECT_NEAR(p->gemm_rate(1024, 1024, 65536, Precision::bf16)->value() / T, 150, 1e-9);
  EXPECT_NEAR(p->gemm_rate(256, 1024, 1024, Precision::bf16)->value() / T, 100, 1e-9);
  const auto lines = p->range_warnings();
  ASSERT_EQ(lines.size(), 1u);
  // One line for the table, with the furthest excursion each way, whatever the order.
  EXPECT_EQ(lines[0],
            "calibration profile profile.yaml: bf16 GEMM shapes outside its measured range took "
            "the nearest measured value: m down to 256 (measured 1024 to 4096), k up to 65536 "
            "(measured 1024 to 4096)");
  // FP8 from a profile without an FP8 table: the fitted curve, said once.
  EXPECT_FALSE(p->gemm_rate(4096, 4096, 4096, Precision::fp8).has_value());
  EXPECT_EQ(p->range_warnings().size(), 2u);
}

TEST(CalibrationProfile, AttentionInterpolatesInSeqAndHeadDim) {
  auto p = good();
  const double T = 1e12;
  // Forward at seq 2048 (halfway in log2), head dim 128: (340 + 440) / 2 = 390.
  EXPECT_NEAR(p->attention_rate(2048, 128, true, false).value() / T, 390, 1e-9);
  // Backward at seq 4096, head dim 96 (log2 96 = 6.585, 0.585 of the way from 64 to 128):
  // 300 + 0.585 x 40.
  const double w = std::log2(96.0) - 6.0;
  EXPECT_NEAR(p->attention_rate(4096, 96, false, true).value() / T, 300 + w * 40, 1e-9);
  // Head dim 192 (MLA) above the grid: the 128 value, and a warning for that table alone.
  EXPECT_NEAR(p->attention_rate(4096, 192, true, true).value() / T, 340, 1e-9);
  const auto lines = p->range_warnings();
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("causal attention backward shapes"), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("head dim up to 192 (measured 64 to 128)"), std::string::npos)
      << lines[0];
}

TEST(CalibrationProfile, GemmTimeMovesByTheRatioOfEfficiencies) {
  const GpuSpec gpu = load_gpu("h100-sxm", catalog());
  const ComputeCalibration fitted = default_calibration(gpu);
  auto p = good();
  const ComputeCalibration measured = with_profile(gpu, fitted, p);
  const ComputeModel a(gpu, fitted), b(gpu, measured);
  for (auto [m, n, k] : {std::tuple{4096.0, 4096.0, 4096.0}, std::tuple{2048.0, 4096.0, 1024.0},
                         std::tuple{3000.0, 1500.0, 4000.0}}) {
    const Kernel g = gemm_kernel("g", m, n, k);
    // Compute-bound (the memory bound is far below): time - launch = FLOPs / (peak x eff).
    const double ta = (a.time(g, Precision::bf16) - fitted.launch_overhead).value();
    const double tb = (b.time(g, Precision::bf16) - measured.launch_overhead).value();
    const double eff_a = a.gemm_efficiency(m, n, k, Precision::bf16);
    const double eff_b = b.gemm_efficiency(m, n, k, Precision::bf16);
    EXPECT_NEAR(eff_b, p->gemm_rate(m, n, k, Precision::bf16)->value() / 989.4e12, 1e-15);
    EXPECT_NEAR(tb / ta, eff_a / eff_b, 1e-12 * eff_a / eff_b);
  }
  // The profile's copy bandwidth and launch overhead: 2.68 of 3.35 TB/s = 0.8; 2.5 us.
  EXPECT_NEAR(measured.memory_efficiency, 0.8, 1e-12);
  EXPECT_DOUBLE_EQ(measured.launch_overhead.value(), 2.5e-6);
  const Kernel copy = memory_kernel("copy", gib(1));
  EXPECT_NEAR((b.time(copy, Precision::bf16) - measured.launch_overhead).value(),
              gib(1).value() / 2.68e12, 1e-15);
}

TEST(CalibrationProfile, AttentionKernelsScaleTheMeasuredOne) {
  const GpuSpec gpu = load_gpu("h100-sxm", catalog());
  const ComputeCalibration c = with_profile(gpu, default_calibration(gpu), good());
  const Kernel fwd = attention_kernel("a", 8, 4096, 4096, 128, 128, true, false);
  auto compute = [&](AttentionKernel kernel) {
    const ComputeCalibration k = with_attention_kernel(gpu, c, kernel, 128);
    return (ComputeModel(gpu, k).time(fwd, Precision::bf16) - k.launch_overhead).value();
  };
  // The profile timed flash2 at 440 TFLOP/s (seq 4096, d 128): flash3 is 1.5x, flash1 0.5x.
  EXPECT_NEAR(compute(AttentionKernel::flash2), fwd.flops.value() / 440e12, 1e-15);
  EXPECT_NEAR(compute(AttentionKernel::flash2) / compute(AttentionKernel::flash3), 1.5, 1e-12);
  EXPECT_NEAR(compute(AttentionKernel::flash2) / compute(AttentionKernel::flash1), 0.5, 1e-12);
}

TEST(CalibrationProfile, FittedCurveAtTheGridPointsChangesNothing) {
  // A profile holding the fitted curve's own throughputs at its grid points gives the same
  // time for every GEMM on the grid: the profile replaces the curve, nothing else moves.
  const GpuSpec gpu = load_gpu("h100-sxm", catalog());
  const ComputeCalibration fitted = default_calibration(gpu);
  const ComputeModel a(gpu, fitted);
  auto curve = [&](int m, int n, int k) {
    return a.gemm_efficiency(m, n, k, Precision::bf16) * 989.4;
  };
  auto p = read(profile_text("gemm:\n" + gemm_text(curve) + attention_text()));
  ComputeCalibration c = with_profile(gpu, fitted, p);
  c.launch_overhead = fitted.launch_overhead;
  const ComputeModel b(gpu, c);
  const Kernel g = gemm_kernel("g", 4096, 1024, 4096);
  // The YAML holds the throughput to 6 decimals (std::to_string): equal to 1e-8 relative.
  EXPECT_NEAR(b.time(g, Precision::bf16).value() / a.time(g, Precision::bf16).value(), 1.0, 1e-8);
}

TEST(CalibrationProfile, WrongGpuIsRefused) {
  const GpuSpec a100 = load_gpu("a100-sxm-80g", catalog());
  try {
    with_profile(a100, default_calibration(a100), good());
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              "profile.yaml:2: gpu: the profile measured h100-sxm, not the job's GPU "
              "a100-sxm-80g");
  }
}

TEST(CalibrationProfile, BadProfilesNameFileLineAndField) {
  const std::string attention = attention_text();
  // A grid point missing.
  std::string gemm = gemm_text(corner);
  gemm = gemm.substr(gemm.find('\n') + 1);  // drop m 1024, n 1024, k 1024
  EXPECT_EQ(error_of(profile_text("gemm:\n" + gemm + attention)),
            "profile.yaml:11: gemm: the bf16 GEMM points must form a full grid (m {1024, 4096}; "
            "n {1024, 4096}; k {1024, 4096}): m 1024, n 1024, k 1024 is missing");
  // A point measured twice.
  EXPECT_EQ(error_of(profile_text("gemm:\n" + gemm_text(corner) +
                                  "  - {dtype: bf16, m: 1024, n: 1024, k: 1024, tflops: 1}\n" +
                                  attention)),
            "profile.yaml:20: gemm[8]: bf16 m 1024, n 1024, k 1024 is measured twice (also at "
            "line 12)");
  // Above the GPU's peak.
  EXPECT_EQ(error_of(profile_text("gemm:\n" + gemm_text([](int, int, int) { return 1000.0; }) +
                                  attention)),
            "profile.yaml:12: gemm[0].tflops: expected a number > 0 and <= 989.4, got 1000.000000");
  // The wrong format tag.
  std::string text = profile_text("gemm:\n" + gemm_text(corner) + attention);
  text.replace(text.find("/1"), 2, "/2");
  EXPECT_EQ(
      error_of(text),
      "profile.yaml:1: format: expected colossus.calibration/1, got \"colossus.calibration/2\"");
  // A copy faster than the HBM.
  text = profile_text("gemm:\n" + gemm_text(corner) + attention);
  text.replace(text.find("2.68"), 4, "3.5");
  EXPECT_EQ(error_of(text),
            "profile.yaml:9: hbm_copy_tb_per_s: expected a number > 0 and <= 3.35, got 3.5");
  // Provenance is required.
  text = profile_text("gemm:\n" + gemm_text(corner) + attention);
  text.erase(text.find("  driver: none\n"), 15);
  EXPECT_EQ(error_of(text), "profile.yaml:3: provenance.driver: missing required field");
  // An attention table missing.
  std::string fwd_only = attention.substr(0, attention.find("pass: bwd") - 4);
  EXPECT_EQ(error_of(profile_text("gemm:\n" + gemm_text(corner) + fwd_only)),
            "profile.yaml:20: attention: expected causal attention backward points (pass bwd, "
            "causal true)");
}

TEST(CalibrationProfile, AllReduceSetsTheNvlinkEfficiency) {
  auto p = read(profile_text("gemm:\n" + gemm_text(corner) + attention_text(),
                             "allreduce: {gpus: 8, message_bytes: 8589934592, busbw_gb_per_s: "
                             "360}\n"));
  ClusterSpec cluster = load_cluster("eos-11616", catalog());
  ASSERT_TRUE(cluster_has_gpu(cluster, "h100-sxm"));
  EXPECT_EQ(apply_profile_to_cluster(cluster, *p), 1);
  // busbw over NVLink's 450 GB/s per direction, as the preset's 370 / 450 is defined.
  EXPECT_NEAR(cluster.pools[0].server.gpu.calibrated().nvlink_efficiency, 360.0 / 450.0, 1e-12);
}

}  // namespace
}  // namespace colossus
