// The optimizers a training job may run, with what each keeps per parameter and what its step
// costs. Mixed-precision training keeps FP32 master weights (4 bytes per parameter) beside the
// BF16 working copy for every optimizer here; the optimizer's own state comes on top:
//  - adam / adamw (Kingma & Ba 2015; Loshchilov & Hutter 2019): m and v in FP32, 8 bytes: 12 in
//    all, the K = 12 of the ZeRO paper (Rajbhandari et al. 2020). Step: reads master, m, v and
//    the FP32 gradient (16 bytes), writes master, m, v (12) and the BF16 copy (2); ~12 FLOPs.
//  - lamb (You et al. 2020): Adam's state, 12 bytes; its step adds the per-tensor trust ratio,
//    the norms of the weight and of the update: one more read of each (8 bytes), ~16 FLOPs.
//  - adafactor (Shazeer & Stern 2018): factored second moment (a row and a column vector per
//    matrix, negligible per parameter) and no first moment (beta1 = 0, the paper's default): the
//    master weight alone, 4 bytes. Step: reads master and gradient (8), writes master and the
//    BF16 copy (6), one more pass over the squared gradient for the row/column means (4).
//  - sgd (with momentum): master and momentum, 8 bytes; step reads master, momentum, gradient
//    (12) and writes master, momentum, BF16 copy (10); ~4 FLOPs.
//  - muon (Jordan et al. 2024; Liu et al. 2025, "Muon is Scalable for LLM Training"): one
//    momentum buffer, 8 bytes with the master; the momentum's elementwise pass as SGD's, then the
//    update of each weight matrix is orthogonalised by 5 Newton-Schulz iterations of 3 GEMMs
//    (X X^T, A A, B X): for a square h x h matrix 5 x 6 h^3 FLOPs, 30 h per parameter, run as BF16
//    GEMMs on the shard each rank updates (Distributed Muon gathers a matrix's gradient over the
//    data-parallel group and keeps its own part of the update; the gather is not timed here).
#pragma once

#include <span>
#include <vector>

#include "colossus/core/enum_names.h"
#include "colossus/hardware/compute_model.h"

namespace colossus {

enum class Optimizer { adam, adamw, lamb, adafactor, sgd, muon };
inline constexpr EnumName<Optimizer> kOptimizerNames[] = {
    {Optimizer::adam, "adam"},           {Optimizer::adamw, "adamw"}, {Optimizer::lamb, "lamb"},
    {Optimizer::adafactor, "adafactor"}, {Optimizer::sgd, "sgd"},     {Optimizer::muon, "muon"}};
constexpr std::span<const EnumName<Optimizer>> enum_table(Optimizer) {
  return kOptimizerNames;
}

// What an optimizer keeps and moves per parameter (the figures above).
struct OptimizerTraits {
  double state_bytes = 0;            // FP32 master weight plus the optimizer's own state
  double step_bytes = 0;             // HBM traffic of the elementwise step
  double step_flops = 0;             // vector FLOPs of the elementwise step
  int newton_schulz_iterations = 0;  // Muon's orthogonalisation, 3 GEMMs each
};

// The figures of an optimizer.
OptimizerTraits optimizer_traits(Optimizer optimizer);

// The kernels of one optimizer step over `params` parameters (the shard a GPU updates) of a
// model of hidden size `hidden` (Muon's Newton-Schulz GEMMs are h x h x h, one per h^2
// parameters and GEMM).
std::vector<Kernel> optimizer_step_kernels(Optimizer optimizer, double params, double hidden);

}  // namespace colossus
