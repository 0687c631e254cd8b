// A measured calibration profile on a whole transformer layer: the Llama 3 70B layer at TP 8,
// sequence 8192 (the layer docs/compute_model.md compares with a measurement). The profile is
// written here from the fitted model itself: every GEMM of the layer's forward and backward on
// its grid at `scale` x the fitted throughput, attention, copy bandwidth and launch overhead at
// the fitted figures. So the layer's GEMM compute time must move by exactly 1 / scale (the ratio
// of the efficiencies) and nothing else may move. Synthetic numbers, not a measurement.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "colossus/hardware/attention_kernel.h"
#include "colossus/hardware/calibration_profile.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/model_loader.h"
#include "colossus/workload/layer_ops.h"

namespace colossus {
namespace {

TEST(CalibrationLayer, GemmBoundLayerMovesByTheRatioOfEfficiencies) {
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const GpuSpec gpu = load_gpu("h100-sxm", catalog);
  const ModelSpec model = load_model("llama3-70b");
  ParallelismSpec spec;
  spec.source = {"test", 0};
  spec.tp = 8;
  spec.global_batch = 1;
  spec.seq_len = 8192;
  const Parallelism par = resolve(spec, model, 8, 8);
  const LayerKernels layer = layer_kernels(model, par, 0);
  const ComputeCalibration fitted = default_calibration(gpu);
  const ComputeModel fitted_model(gpu, fitted);

  // The grid: every GEMM dimension of the layer (1024, 1280, 3584, 7168, 8192).
  std::set<double> dims;
  for (const auto* pass : {&layer.forward, &layer.backward})
    for (const LayerKernel& k : *pass)
      if (k.kernel.kind == KernelKind::gemm) dims.insert({k.kernel.m, k.kernel.n, k.kernel.k});
  ASSERT_EQ(dims, (std::set<double>{1024, 1280, 3584, 7168, 8192}));
  const double scale = 0.8;  // the "measured" GEMMs run at 0.8 of the fitted curve
  std::string text = fmt::format(
      "format: colossus.calibration/1\ngpu: h100-sxm\n"
      "provenance: {{device: synthetic, driver: none, date: 2026-12-06, tool: test, synthetic: "
      "true}}\n"
      "hbm_copy_tb_per_s: {:.17g}\nlaunch_overhead_us: {:.17g}\ngemm:\n",
      3.35 * fitted.memory_efficiency, fitted.launch_overhead.value() * 1e6);
  for (double m : dims)
    for (double n : dims)
      for (double k : dims)
        text += fmt::format("  - {{dtype: bf16, m: {}, n: {}, k: {}, tflops: {:.17g}}}\n", m, n, k,
                            scale * 989.4 * fitted_model.gemm_efficiency(m, n, k, Precision::bf16));
  // Attention at the fitted efficiency for sequence 8192: 0.45 (0.36) x 8192 / (8192 + 256).
  text += "attention:\n";
  for (const auto& [pass, eff] : {std::pair{"fwd", fitted.attention_fwd_efficiency},
                                  std::pair{"bwd", fitted.attention_bwd_efficiency}})
    for (const char* causal : {"true", "false"})
      text +=
          fmt::format("  - {{pass: {}, causal: {}, seq: 8192, head_dim: 128, tflops: {:.17g}}}\n",
                      pass, causal, 989.4 * eff * 8192.0 / (8192.0 + fitted.attention_half_seq));
  auto profile = read_calibration_profile(YamlReader::from_string(text, "layer.yaml"), catalog);
  const ComputeModel measured_model(
      gpu,
      with_attention_kernel(gpu, with_profile(gpu, fitted, profile), AttentionKernel::flash2, 128));

  double gemm_fitted = 0, gemm_measured = 0, other_fitted = 0, other_measured = 0;
  for (const auto* pass : {&layer.forward, &layer.backward}) {
    for (const LayerKernel& lk : *pass) {
      const Kernel& k = lk.kernel;
      // Compute time: the kernel's time less its launch overhead (the same in both).
      const double a = (fitted_model.time(k, Precision::bf16) - fitted.launch_overhead).value();
      const double b = (measured_model.time(k, Precision::bf16) - fitted.launch_overhead).value();
      if (k.kind == KernelKind::gemm) {
        gemm_fitted += a;
        gemm_measured += b;
      } else {
        other_fitted += a;
        other_measured += b;
      }
    }
  }
  // GEMM-bound: the GEMMs are most of the layer's compute.
  EXPECT_GT(gemm_fitted, 0.75 * (gemm_fitted + other_fitted));
  EXPECT_NEAR(gemm_measured / gemm_fitted, 1.0 / scale, 1e-12);
  EXPECT_NEAR(other_measured / other_fitted, 1.0, 1e-12);
  EXPECT_TRUE(profile->range_warnings().empty());
}

}  // namespace
}  // namespace colossus
