// The attention kernels' efficiencies relative to the calibration's FlashAttention-2 class
// (attention_kernel.h): published speed ratios for flash1 and flash3, and the unfused kernel's
// time from its GEMMs and the HBM traffic of the score matrix.
#include "colossus/hardware/attention_kernel.h"

#include "colossus/hardware/calibration_profile.h"

namespace colossus {
namespace {

// HBM bytes per attention score element in an unfused forward pass: scores written 2, softmax
// read + write 4, dropout read + write + mask 5, AV read 2.
constexpr double kUnfusedScoreBytes = 13.0;

// Speed of a fused kernel relative to FlashAttention-2 (the published ratios above).
double flash_speed(AttentionKernel kernel) {
  switch (kernel) {
    case AttentionKernel::flash1:
      return kFlash1AttentionSpeed;
    case AttentionKernel::flash3:
      return kFlash3AttentionSpeed;
    default:
      return 1.0;
  }
}

}  // namespace

double unfused_attention_efficiency(const GpuSpec& gpu, const ComputeCalibration& calibration,
                                    int head_dim, bool backward) {
  const double d = head_dim;
  const double peak = gpu.bf16_dense.value();
  const double gemm_rate = peak * calibration.gemm_max_efficiency_bf16;
  const double memory_rate = gpu.hbm_bandwidth.value() * calibration.memory_efficiency;
  const double pass = backward ? 2.0 : 1.0;
  // Per score element: GEMM FLOPs 4d (QK^T 2d, AV 2d) and 13 bytes forward, twice backward.
  const double time = pass * (4.0 * d / gemm_rate + kUnfusedScoreBytes / memory_rate);
  // The compute model charges flash attention's FLOPs: 2d forward (half the 4d: causal
  // blocks skipped), 2.5x that backward.
  const double charged = (backward ? 2.5 : 1.0) * 2.0 * d;
  return charged / (peak * time);
}

ComputeCalibration with_attention_kernel(const GpuSpec& gpu, ComputeCalibration c,
                                         AttentionKernel kernel, int head_dim) {
  // A measured profile timed one fused kernel: others run at their published ratio to it; the
  // unfused kernel keeps its estimate from the GEMM and copy figures (the profile's).
  if (c.profile) {
    c.profile_attention = kernel != AttentionKernel::unfused;
    c.profile_attention_speed = flash_speed(kernel) / flash_speed(c.profile->attention_kernel);
  }
  switch (kernel) {
    case AttentionKernel::unfused:
      c.attention_fwd_efficiency = unfused_attention_efficiency(gpu, c, head_dim, false);
      c.attention_bwd_efficiency = unfused_attention_efficiency(gpu, c, head_dim, true);
      break;
    case AttentionKernel::flash1:
      c.attention_fwd_efficiency *= kFlash1AttentionSpeed;
      c.attention_bwd_efficiency *= kFlash1AttentionSpeed;
      break;
    case AttentionKernel::flash2:
      break;
    case AttentionKernel::flash3:
      c.attention_fwd_efficiency *= kFlash3AttentionSpeed;
      c.attention_bwd_efficiency *= kFlash3AttentionSpeed;
      break;
  }
  return c;
}

}  // namespace colossus
