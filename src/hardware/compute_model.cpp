// The compute model: roofline x shape-dependent efficiency + launch overhead. The constants of
// each GPU are data, in its preset's calibration block (presets/gpus/*.yaml, with sources);
// default_calibration only copies them.
#include "colossus/hardware/compute_model.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "colossus/hardware/calibration_profile.h"

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
  kernel.causal = causal;
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
  const GpuCalibration& g = gpu.calibrated();
  ComputeCalibration c;
  c.gemm_max_efficiency_bf16 = g.gemm_max_efficiency_bf16;
  c.gemm_max_efficiency_fp8 = g.gemm_max_efficiency_fp8;
  c.gemm_half_dim = g.gemm_half_dim;
  c.attention_fwd_efficiency = g.attention_fwd_efficiency;
  c.attention_bwd_efficiency = g.attention_bwd_efficiency;
  c.attention_half_seq = g.attention_half_seq;
  c.memory_efficiency = g.memory_efficiency;
  c.launch_overhead = g.launch_overhead;
  c.comm_compute_share = g.comm_compute_share;
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
  if (const CalibrationProfile* profile = calibration_.profile.get()) {
    // The measured throughput over the peak of the GPU it was measured on (a slowed copy of the
    // GPU then runs slower by its own factor).
    if (auto rate = profile->gemm_rate(m, n, k, fp8 ? Precision::fp8 : Precision::bf16))
      return *rate / (fp8 ? profile->fp8_peak : profile->bf16_peak);
  }
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
      const CalibrationProfile* profile =
          calibration_.profile_attention ? calibration_.profile.get() : nullptr;
      double eff =
          profile ? profile->attention_rate(kernel.m, kernel.k, kernel.causal, kernel.backward) /
                        profile->bf16_peak * calibration_.profile_attention_speed
                  : (kernel.backward ? calibration_.attention_bwd_efficiency
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
