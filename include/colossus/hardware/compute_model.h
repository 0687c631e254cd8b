// The compute model: how long one GPU kernel takes. A kernel is a GEMM of shape m x n x k, a
// flash-attention kernel, or a memory-bound kernel (norms, elementwise, optimizer); its time is
//   max(FLOPs / (peak x efficiency(shape)), bytes / (HBM bandwidth x memory efficiency))
//   + launch overhead
// (FP8 GEMMs add the cast of their activation input to FP8: a memory pass and a launch).
// The efficiency curve and every other tunable constant live in ComputeCalibration, one plain
// struct per GPU, read from the GPU's preset (default_calibration), so that they can be fitted
// to measured throughputs and are stated once, as data.
// This layer knows shapes, not models: workload/layer_ops.h turns a transformer layer into
// kernels. docs/compute_model.md explains the curve and where its numbers come from.
#pragma once

#include <memory>
#include <span>
#include <string>

#include "colossus/core/enum_names.h"
#include "colossus/core/units.h"
#include "colossus/spec/cluster_spec.h"

namespace colossus {

class CalibrationProfile;  // hardware/calibration_profile.h: a measured GPU

// Numeric format of the tensor-core math. FP8 applies to GEMMs only (as Transformer Engine's
// default recipe); attention, norms and the optimizer stay in BF16/FP32.
// FP4 (NVFP4 weights, Blackwell) is a serving precision only: training scenarios refuse it.
enum class Precision { bf16, fp8, fp4 };
inline constexpr EnumName<Precision> kPrecisionNames[] = {
    {Precision::bf16, "bf16"}, {Precision::fp8, "fp8"}, {Precision::fp4, "fp4"}};
constexpr std::span<const EnumName<Precision>> enum_table(Precision) {
  return kPrecisionNames;
}

// What limits a kernel and which curve it follows.
enum class KernelKind {
  gemm,          // a (batched) matrix multiply: tensor cores, shape-dependent efficiency
  attention,     // flash attention forward or backward: tensor cores, its own efficiency
  memory_bound,  // norms, activations, softmax, optimizer: HBM bandwidth
};

// One kernel launch (or a batch of identical ones, `count` of them) on one GPU.
struct Kernel {
  std::string name;  // e.g. "qkv_proj.fwd"
  KernelKind kind = KernelKind::memory_bound;
  double m = 0, n = 0, k = 0;  // GEMM shape (C[m,n] = A[m,k] B[k,n]); attention: m = query
                               // length, n = key length, k = head dim; 0 for memory-bound
  double batch = 1;            // independent GEMMs or attention heads x sequences in one launch
  int count = 1;               // launches of this kernel (each pays the launch overhead)
  Flops flops{};               // total over batch and count
  Bytes bytes{};               // HBM traffic, total over batch and count
  bool fp8_eligible = false;   // a GEMM that runs in FP8 when the job trains in FP8
  bool backward = false;       // attention: the backward kernel (its own efficiency)
  bool causal = false;         // attention: a causal mask (a profile's causal table)
};

// A GEMM C[m,n] = A[m,k] B[k,n], `batch` of them, elements of `element_bytes` each:
// 2mnk FLOPs and (mk + kn + mn) elements of traffic per GEMM.
Kernel gemm_kernel(std::string name, double m, double n, double k, double batch = 1,
                   double element_bytes = 2, bool fp8_eligible = true);

// Flash attention over `batch` (sequences x heads) of query length sq against key length skv,
// head dims dqk and dv. Forward FLOPs 2*sq*skv*(dqk + dv) per head, halved when causal
// (flash attention skips the masked blocks); backward 2.5x forward (5 GEMMs of 2 recomputes
// + 3 gradients, against 2 forward).
Kernel attention_kernel(std::string name, double batch, double sq, double skv, double dqk,
                        double dv, bool causal, bool backward);

// A memory-bound kernel moving `bytes` and doing `flops` of vector math.
Kernel memory_kernel(std::string name, Bytes bytes, Flops flops = Flops(0));

// The tunable constants of the compute model for one GPU. Each is physically meaningful.
//
// GEMM efficiency (fraction of the dense tensor-core peak) follows
//   eff(m, n, k) = gemm_max_efficiency x s(m) x s(n) x s(k),  s(d) = d / (d + gemm_half_dim)
// so a large GEMM reaches gemm_max_efficiency (what a large GEMM sustains inside a training
// step; each GPU preset gives its figure and source) and a dimension of gemm_half_dim halves it
// (tile quantisation and too few thread blocks to fill the SMs). Attention follows the same
// saturation in its sequence length.
struct ComputeCalibration {
  double gemm_max_efficiency_bf16 = 0;  // large BF16 GEMM in a training step, of bf16_dense
  double gemm_max_efficiency_fp8 = 0;   // large FP8 GEMM in a training step, of fp8_dense
  double gemm_half_dim = 0;             // dimension at which s(d) = 1/2
  double attention_fwd_efficiency = 0;  // flash attention forward, fraction of bf16_dense
  double attention_bwd_efficiency = 0;  // flash attention backward
  double attention_half_seq = 0;        // sequence length at which attention halves
  double memory_efficiency = 0;         // achieved fraction of HBM bandwidth
  Seconds launch_overhead{};            // per kernel: launch gap between dependent kernels
  // Fraction of the GPU's compute a collective takes while it runs beside compute: NCCL runs
  // one thread block per channel, each on an SM the GEMMs then lack (16 channels of 132 SMs).
  double comm_compute_share = 0;
  // A measured profile (hardware/calibration_profile.h, set by with_profile): GEMMs and attention
  // then take its interpolated throughputs instead of the curves above.
  std::shared_ptr<const CalibrationProfile> profile;
  // Speed of the job's attention kernel relative to the kernel the profile timed
  // (with_attention_kernel sets it: flash3 over a flash2 profile is 1.5).
  double profile_attention_speed = 1.0;
  // False: attention keeps the efficiencies above even with a profile (the unfused kernel,
  // which a profile does not time).
  bool profile_attention = true;
};

// How long `work` of compute takes when a collective keeps `share` of the GPU for the first
// `window` of it: the compute runs at 1 - share in the window, at full speed after.
Seconds slowed_by_comm(Seconds work, Seconds window, double share);

// The calibration of a GPU: its preset's `calibration:` block (presets/gpus/*.yaml gives the
// source of each number). A GPU without one is an InputError naming the GPU and its file.
ComputeCalibration default_calibration(const GpuSpec& gpu);

// Times kernels on one GPU.
class ComputeModel {
 public:
  ComputeModel(GpuSpec gpu, ComputeCalibration calibration);

  // Time of a kernel (all its batch and count) in the job's precision.
  Seconds time(const Kernel& kernel, Precision precision) const;
  // Fraction of the tensor-core peak a GEMM of this shape reaches (before the memory bound).
  double gemm_efficiency(double m, double n, double k, Precision precision) const;
  // The tensor-core peak a kernel runs against.
  FlopRate peak(const Kernel& kernel, Precision precision) const;

  const GpuSpec& gpu() const { return gpu_; }
  const ComputeCalibration& calibration() const { return calibration_; }

 private:
  GpuSpec gpu_;
  ComputeCalibration calibration_;
};

}  // namespace colossus
