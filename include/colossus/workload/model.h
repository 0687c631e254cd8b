// The model being trained: a decoder-only transformer, dense or mixture-of-experts, described by
// its architecture (presets/models/*.yaml or a Hugging Face config.json, read by
// spec/model_loader.h). Parameter counts are computed from the architecture, never typed in.
// DeepSeek's multi-head latent attention (MLA) is described by its low-rank projections
// (MlaSpec): parameters and projection GEMMs are exact; the attention core is modelled as
// standard attention with MLA's query/key and value head dims, which is what training runs
// (the compressed KV cache only matters for inference).
// The structs are plain data with inline helpers so that spec/model_loader (a lower layer) can
// fill and validate them without linking to the workload library.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "colossus/core/error.h"

namespace colossus {

// The feed-forward block: SwiGLU has 3 matrices (gate, up, down), GELU 2 (up, down).
enum class FfnKind { swiglu, gelu };

// Mixture-of-experts feed-forward layers. experts == 0 means a dense model.
struct MoeSpec {
  int experts = 0;                     // routed experts per MoE layer
  int top_k = 0;                       // routed experts per token
  int shared_experts = 0;              // always-active experts (DeepSeek), each expert_ffn wide
  std::int64_t expert_ffn_hidden = 0;  // FFN width of one expert
  double capacity_factor = 1.0;        // tokens an expert takes, x its fair share (1 = balanced)
  int first_dense_layers = 0;          // leading layers with a dense FFN (DeepSeek-V3: 3)
  int layer_frequency = 1;             // after those, every n-th layer is MoE (1 = all)
};

// Multi-head latent attention (DeepSeek-V2/V3). kv_lora_rank == 0 means standard attention.
struct MlaSpec {
  std::int64_t q_lora_rank = 0;   // 0: queries projected directly from the hidden state
  std::int64_t kv_lora_rank = 0;  // compressed key/value width
  int qk_nope_head_dim = 0;       // per-head query/key dims without rotary embedding
  int qk_rope_head_dim = 0;       // per-head query/key dims with rotary (key part shared)
  int v_head_dim = 0;             // per-head value dim
};

// A decoder-only transformer.
struct ModelSpec {
  std::string name;                  // preset name, e.g. "llama3-70b"
  std::string description;           // one line for people
  SourceLocation source;             // the file it came from
  std::map<std::string, int> lines;  // line of each field as read, for later error messages

  int layers = 0;
  std::int64_t hidden = 0;      // model width h
  int heads = 0;                // attention (query) heads a
  int kv_heads = 0;             // key/value heads (GQA; == heads for MHA)
  int head_dim = 0;             // per-head width (usually hidden / heads)
  std::int64_t ffn_hidden = 0;  // dense FFN width
  FfnKind ffn_kind = FfnKind::swiglu;
  std::int64_t vocab = 0;
  std::int64_t seq_len = 0;        // default training sequence length
  bool tied_embeddings = false;    // output projection shares the input embedding
  bool linear_bias = false;        // biases on linear layers and LayerNorm (GPT-3) vs none (Llama)
  bool learned_positions = false;  // learned position embedding table (GPT-3) vs rotary
  bool dropout = false;            // dropout layers (their masks cost activation memory)
  MoeSpec moe;
  MlaSpec mla;

  bool is_moe() const { return moe.experts > 0; }
  bool is_mla() const { return mla.kv_lora_rank > 0; }
  // Whether layer i (0-based) has a mixture-of-experts FFN.
  bool layer_is_moe(int i) const {
    return is_moe() && i >= moe.first_dense_layers &&
           (i - moe.first_dense_layers) % moe.layer_frequency == 0;
  }
  // Number of MoE layers.
  int moe_layers() const {
    int n = 0;
    for (int i = 0; i < layers; ++i) n += layer_is_moe(i) ? 1 : 0;
    return n;
  }
  // Where a field was read, for error messages (line 0 if unknown).
  SourceLocation at(const std::string& field) const {
    auto it = lines.find(field);
    return {source.file, it == lines.end() ? 0 : it->second};
  }
};

// Parameters of one layer, split by how they are sharded.
struct LayerParams {
  std::int64_t attention = 0;  // projections (and their biases), sharded by TP
  std::int64_t norms = 0;      // norm weights (and biases), replicated across TP
  std::int64_t dense_ffn = 0;  // dense FFN, or the shared experts and router of an MoE layer
  std::int64_t expert = 0;     // one routed expert (0 in a dense layer)
  int experts = 0;             // routed experts in this layer
  int active_experts = 0;      // routed experts a token uses (top-k)

  std::int64_t total() const { return attention + norms + dense_ffn + expert * experts; }
  std::int64_t active() const { return attention + norms + dense_ffn + expert * active_experts; }
};

// Parameter counts of the whole model.
struct ParameterCount {
  std::int64_t total = 0;      // every parameter
  std::int64_t active = 0;     // parameters one token uses (routed experts: top-k of them)
  std::int64_t embedding = 0;  // input embedding (+ learned positions)
  std::int64_t output = 0;     // output projection (0 when tied) + final norm
  std::int64_t expert = 0;     // all routed-expert parameters
};

// Parameters of layer i (0-based).
LayerParams layer_params(const ModelSpec& model, int i);
// Parameter counts of the model, from its architecture.
ParameterCount count_parameters(const ModelSpec& model);

}  // namespace colossus
