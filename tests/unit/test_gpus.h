// GPU specs built in code for unit tests that must not depend on the presets' exact figures.
#pragma once

#include "colossus/spec/cluster_spec.h"

namespace colossus {

// NVIDIA H100 SXM datasheet: 989 TFLOP/s dense BF16, 1979 dense FP8, 3.35 TB/s HBM3, 80 GB.
inline GpuSpec test_h100() {
  GpuSpec gpu;
  gpu.name = "h100-sxm";
  gpu.bf16_dense = tflop_per_s(989);
  gpu.fp8_dense = tflop_per_s(1979);
  gpu.hbm = gib(80);
  gpu.hbm_bandwidth = tbyte_per_s(3.35);
  // The H100 preset's calibration as of writing (presets/gpus/h100-sxm.yaml gives the sources);
  // stated here so that the tests' expected answers do not move when the preset is refitted.
  GpuCalibration c;
  c.gemm_max_efficiency_bf16 = 0.62;
  c.gemm_max_efficiency_fp8 = 0.66;
  c.gemm_half_dim = 256;
  c.attention_fwd_efficiency = 0.45;
  c.attention_bwd_efficiency = 0.36;
  c.attention_half_seq = 256;
  c.memory_efficiency = 0.80;
  c.launch_overhead = microseconds(3);
  c.comm_compute_share = 0.12;
  c.nvlink_efficiency = 370.0 / 450.0;
  gpu.calibration = c;
  return gpu;
}

}  // namespace colossus
