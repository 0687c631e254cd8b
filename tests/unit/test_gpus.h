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
  return gpu;
}

}  // namespace colossus
