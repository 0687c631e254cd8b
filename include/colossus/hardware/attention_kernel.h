// The attention kernel a job's software stack runs, and what it does to the compute model: the
// GPU calibration's attention efficiencies describe FlashAttention-2 / cuDNN-class fused kernels
// (flash2, the default); older and newer kernels are a property of the run, not of the GPU, so
// they are applied here to a copy of the calibration. One mechanism for `simulate` (scenario key
// stack.attention, flag --attention) and `validate` (row_mapping.yaml job.attention).
//  - unfused: QK^T and AV as GEMMs around a materialised s x s score matrix (pre-2022 stacks),
//    timed from the GEMM efficiency and the HBM traffic of the scores
//    (unfused_attention_efficiency);
//  - flash1: first-generation FlashAttention, half the FlashAttention-2 rate (Dao 2023,
//    FlashAttention-2 sections 1 and 4: FA2 ~2x FA1, forward and backward alike);
//  - flash2: the calibration as is;
//  - flash3: FlashAttention-3 (Shah et al. 2024), a Hopper kernel: 1.5x FlashAttention-2 forward
//    and backward (the low end of the paper's 1.5-2.0x forward and 1.5-1.75x backward on H100).
// The memory model also reads the kernel: unfused attention keeps the score matrix
// (Korthikanti et al. 2022's 5as^2b term), fused kernels keep only softmax statistics.
#pragma once

#include <span>

#include "colossus/core/enum_names.h"
#include "colossus/hardware/compute_model.h"

namespace colossus {

enum class AttentionKernel { unfused, flash1, flash2, flash3 };
inline constexpr EnumName<AttentionKernel> kAttentionKernelNames[] = {
    {AttentionKernel::unfused, "unfused"},
    {AttentionKernel::flash1, "flash1"},
    {AttentionKernel::flash2, "flash2"},
    {AttentionKernel::flash3, "flash3"}};
constexpr std::span<const EnumName<AttentionKernel>> enum_table(AttentionKernel) {
  return kAttentionKernelNames;
}

// Speed of first-generation FlashAttention relative to FlashAttention-2 (Dao 2023). Published
// ratio, not fitted to a row.
inline constexpr double kFlash1AttentionSpeed = 0.5;
// Speed of FlashAttention-3 relative to FlashAttention-2 on Hopper (Shah et al. 2024, the low end
// of its reported ranges). Published ratio, not fitted to a row.
inline constexpr double kFlash3AttentionSpeed = 1.5;

// Efficiency of unfused (pre-FlashAttention) attention, as a fraction of the peak, relative to
// the FLOPs the compute model charges an attention kernel (flash attention's: causal blocks
// skipped, backward 2.5x forward). Unfused attention runs QK^T and AV as GEMMs over the whole
// s x s score matrix at the GEMM efficiency and moves the scores through HBM: per score element
// the forward writes them (2 bytes), the fused scale-mask-softmax reads and writes them (4),
// dropout reads, writes and keeps a mask (5), AV reads them (2): 13 bytes; the backward does
// twice the GEMM work and twice the traffic.
double unfused_attention_efficiency(const GpuSpec& gpu, const ComputeCalibration& calibration,
                                    int head_dim, bool backward);

// The calibration with the attention efficiencies of `kernel` (head_dim: the model's, for the
// unfused kernel's arithmetic intensity).
ComputeCalibration with_attention_kernel(const GpuSpec& gpu, ComputeCalibration calibration,
                                         AttentionKernel kernel, int head_dim);

}  // namespace colossus
