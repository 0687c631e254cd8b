// The compute model: roofline x shape-dependent efficiency + launch overhead, with the constants
// of each GPU generation in default_calibration (the one place to tune them; sources in
// docs/compute_model.md).
#include "colossus/hardware/compute_model.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace colossus {

Kernel gemm_kernel(std::string name, double m, double n, double k, double batch,
                   double element_bytes, bool fp8_eligible) {
  Kernel kernel;
  kernel.name = std::move(name);
  kernel.kind = KernelKind::gemm;
  kernel.m = m;
  kernel.n = n;
  kernel.k = k;
  kernel.batch = batch;
  kernel.flops = flops(2.0 * m * n * k * batch);
  kernel.bytes = bytes((m * k + k * n + m * n) * element_bytes * batch);
  kernel.fp8_eligible = fp8_eligible;
  return kernel;
}

Kernel attention_kernel(std::string name, double batch, double sq, double skv, double dqk,
                        double dv, bool causal, bool backward) {
  Kernel kernel;
  kernel.name = std::move(name);
  kernel.kind = KernelKind::attention;
  kernel.m = sq;
  kernel.n = skv;
  kernel.k = dqk;
  kernel.batch = batch;
  double forward = 2.0 * sq * skv * (dqk + dv) * batch * (causal ? 0.5 : 1.0);
  kernel.flops = flops(backward ? 2.5 * forward : forward);
  kernel.backward = backward;
  // Q, K, V and O (and their gradients in backward) stream through HBM once, in BF16.
  double io = (sq * dqk + skv * dqk + skv * dv + sq * dv) * 2.0 * batch;
  kernel.bytes = bytes(backward ? 2.0 * io : io);
  return kernel;
}

Kernel memory_kernel(std::string name, Bytes traffic, Flops work) {
  Kernel kernel;
  kernel.name = std::move(name);
  kernel.kind = KernelKind::memory_bound;
  kernel.bytes = traffic;
  kernel.flops = work;
  return kernel;
}

ComputeCalibration default_calibration(const GpuSpec& gpu) {
  std::string name = gpu.name;
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  auto starts = [&](const char* prefix) { return name.rfind(prefix, 0) == 0; };
  ComputeCalibration c;  // H100/H200 values are the struct defaults
  if (starts("a100")) {
    // cuBLAS reaches ~230-250 TFLOP/s BF16 at 4096^3 and ~260-270 at 8192^3 of 312 on A100;
    // with 108 SMs it saturates at smaller shapes than H100. FlashAttention-2 reaches up to 73%
    // of peak forward and ~63% backward on A100 (Dao 2023).
    // In a training step (validated on the SC21 rows, docs/validation.md) GEMMs sustain 0.76 of
    // peak, below the isolated cuBLAS figure.
    c.gemm_max_efficiency_bf16 = 0.76;
    c.gemm_max_efficiency_fp8 = 0.76;  // no FP8 tensor cores: FP8 jobs run BF16 GEMMs
    c.gemm_half_dim = 128;
    c.attention_fwd_efficiency = 0.65;
    c.attention_bwd_efficiency = 0.55;
    c.memory_efficiency = 0.85;
    c.comm_compute_share = 16.0 / 108;  // 16 NCCL channels of 108 SMs
  } else if (starts("b200") || starts("gb200") || starts("b100")) {
    // Blackwell: few published GEMM measurements yet; assume Hopper-like fractions, slightly
    // lower, and larger shapes needed to fill the bigger GPU (estimate, to be calibrated). The
    // in-training factors found on H100 (docs/validation.md) are applied to the earlier
    // microbenchmark-based estimates 0.78 / 0.70 / 0.50 / 0.40.
    c.gemm_max_efficiency_bf16 = 0.59;
    c.gemm_max_efficiency_fp8 = 0.64;
    c.gemm_half_dim = 384;
    c.attention_fwd_efficiency = 0.38;
    c.attention_bwd_efficiency = 0.32;
    c.comm_compute_share = 16.0 / 148;  // 16 NCCL channels of 148 SMs
  }
  return c;
}

Seconds slowed_by_comm(Seconds work, Seconds window, double share) {
  if (window <= Seconds{} || share <= 0) return work;
  if (work <= window * (1.0 - share)) return work / (1.0 - share);
  return work + window * share;
}

ComputeModel::ComputeModel(GpuSpec gpu, ComputeCalibration calibration)
    : gpu_(std::move(gpu)), calibration_(calibration) {}

namespace {

// Saturation of one dimension: d / (d + half).
double saturation(double d, double half) {
  return d <= 0 ? 0.0 : d / (d + half);
}

}  // namespace

double ComputeModel::gemm_efficiency(double m, double n, double k, Precision precision) const {
  bool fp8 = precision == Precision::fp8 && gpu_.fp8_dense.value() > 0;
  double top = fp8 ? calibration_.gemm_max_efficiency_fp8 : calibration_.gemm_max_efficiency_bf16;
  double half = calibration_.gemm_half_dim;
  return top * saturation(m, half) * saturation(n, half) * saturation(k, half);
}

FlopRate ComputeModel::peak(const Kernel& kernel, Precision precision) const {
  if (kernel.kind == KernelKind::gemm && kernel.fp8_eligible && precision == Precision::fp8 &&
      gpu_.fp8_dense.value() > 0)
    return gpu_.fp8_dense;
  return gpu_.bf16_dense;
}

Seconds ComputeModel::time(const Kernel& kernel, Precision precision) const {
  Seconds compute{};
  switch (kernel.kind) {
    case KernelKind::gemm: {
      Precision p = kernel.fp8_eligible ? precision : Precision::bf16;
      double eff = gemm_efficiency(kernel.m, kernel.n, kernel.k, p);
      if (kernel.flops.value() > 0) compute = kernel.flops / (peak(kernel, precision) * eff);
      break;
    }
    case KernelKind::attention: {
      double eff = (kernel.backward ? calibration_.attention_bwd_efficiency
                                    : calibration_.attention_fwd_efficiency) *
                   saturation(kernel.m, calibration_.attention_half_seq);
      if (kernel.flops.value() > 0) compute = kernel.flops / (gpu_.bf16_dense * eff);
      break;
    }
    case KernelKind::memory_bound:
      break;
  }
  const ByteRate bandwidth = gpu_.hbm_bandwidth * calibration_.memory_efficiency;
  Seconds memory{};
  if (kernel.bytes.value() > 0) memory = kernel.bytes / bandwidth;
  Seconds cast{};
  if (kernel.kind == KernelKind::gemm && kernel.fp8_eligible && precision == Precision::fp8 &&
      gpu_.fp8_dense.value() > 0) {
    // FP8 GEMMs first cast their activation input (read BF16, write FP8: 3 bytes per element);
    // the weights' FP8 copy is cast once per step and not counted here.
    cast = bytes(kernel.m * kernel.k * 3.0 * kernel.batch) / bandwidth +
           calibration_.launch_overhead * kernel.count;
  }
  return std::max(compute, memory) + cast + calibration_.launch_overhead * kernel.count;
}

}  // namespace colossus
