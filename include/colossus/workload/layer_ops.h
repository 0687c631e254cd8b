// The kernels of one transformer layer (and of the embedding, the output layer and the
// optimizer) for one micro-batch on one GPU, after TP, CP and EP have divided the work. This is
// where the model meets the compute model: hardware/compute_model.h times each kernel.
//
// Per layer, forward (tokens T = micro_batch * seq_len / cp on this GPU, t = tp):
//   norm, QKV projection [T, h] x [h, (a + 2*kv)*d/t] (MLA: its low-rank down/up projections),
//   flash attention (causal: half the s^2 blocks), output projection [T, a*d/t] x [a*d/t, h],
//   norm, FFN up/gate [T, h] x [h, f/t] (x2 for SwiGLU) and down, activation;
//   MoE: router [T, h] x [h, E], permute/unpermute, then each of the E/ep local experts a
//   GEMM of T*top_k*capacity_factor*ep/E tokens (the tokens an expert receives, balanced), and
//   the shared experts as a dense FFN.
// Backward: two GEMMs per forward GEMM (data and weight gradient; only the data gradient for the
// frozen base of a LoRA fine-tuning, whose adapters add two small GEMMs per adapted projection),
// attention backward, and the memory-bound kernels again. Sliding-window layers run the attention
// kernels over the window's blocks only (model.h's attended_keys). Recompute adds forward kernels
// to backward: selective the attention core, full the whole layer. Each layer kernel carries the
// part of the layer it belongs to, set where it is created, so that program.cpp groups kernels
// between the communication ops without reading their names.
#pragma once

#include <vector>

#include "colossus/hardware/compute_model.h"
#include "colossus/workload/model.h"
#include "colossus/workload/parallelism.h"

namespace colossus {

// The kernels of one pass over the embedding or the output block.
struct PassKernels {
  std::vector<Kernel> forward;
  std::vector<Kernel> backward;   // without recompute
  std::vector<Kernel> recompute;  // forward kernels re-run before backward
};

// The parts of a transformer layer: the compute between two of the communication ops Megatron
// issues (TP gathers and scatters, CP ring, EP all-to-all), in forward order.
enum class LayerPart {
  attn_norm,       // input norm
  qkv,             // Q, K, V projections (MLA: its down and up projections) and rotary embedding
  attention,       // the attention core
  out_proj,        // attention output projection
  ffn_norm,        // attention residual and the FFN's input norm
  router,          // MoE router and token permutation, before the dispatch
  ffn,             // the dense FFN, or the local experts between dispatch and combine
  unpermute,       // MoE token unpermutation after the combine
  shared_experts,  // MoE shared experts
  ffn_residual,    // FFN residual
};

// A kernel of a transformer layer and the part it runs in.
struct LayerKernel {
  Kernel kernel;
  LayerPart part;
};

// The kernels of one pass over a transformer layer, each with its part.
struct LayerKernels {
  std::vector<LayerKernel> forward;
  std::vector<LayerKernel> backward;   // without recompute
  std::vector<LayerKernel> recompute;  // forward kernels re-run before backward
};

// Transformer layer i (0-based).
LayerKernels layer_kernels(const ModelSpec& model, const Parallelism& par, int layer);
// The input embedding (lookup: memory-bound) on the first stage.
PassKernels embedding_kernels(const ModelSpec& model, const Parallelism& par);
// Final norm, output projection to the vocabulary (sharded by TP) and cross-entropy, on the last
// stage.
PassKernels output_kernels(const ModelSpec& model, const Parallelism& par);
// A multi-token-prediction module's own kernels (DeepSeek-V3): the shifted tokens' embedding,
// two norms and the [2h -> h] projection; its transformer layer and its output head and loss
// are a layer's and the output block's kernels.
PassKernels mtp_kernels(const ModelSpec& model, const Parallelism& par);

// Sum of FLOPs of kernels.
Flops total_flops(const std::vector<Kernel>& kernels);

}  // namespace colossus
