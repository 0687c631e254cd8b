// The model being trained: a decoder-only transformer, dense or mixture-of-experts, described by
// its architecture (presets/models/*.yaml or a Hugging Face config.json, read by
// spec/model_loader.h). Parameter counts are computed from the architecture, never typed in.
// DeepSeek's multi-head latent attention (MLA) is described by its low-rank projections
// (MlaSpec): parameters and projection GEMMs are exact; the attention core is standard attention
// with MLA's query/key and value head dims, which is what training runs (Megatron materialises
// the up-projected K and V); the compressed latent (kv_lora_rank + rope dims per token) is what
// a layer keeps for its backward pass and what an inference KV cache holds.
// Also described: parallel attention + FFN blocks (GPT-J, GPT-NeoX, PaLM, Falcon), sliding-window
// and alternating local/global attention (Mistral, Gemma 2/3), multi-token prediction modules
// (DeepSeek-V3) and LoRA fine-tuning (a frozen base with rank-r adapters on chosen projections).
// The structs are plain data with inline helpers so that spec/model_loader (a lower layer) can
// fill and validate them without linking to the workload library.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "colossus/core/error.h"
#include "colossus/core/field_lines.h"

namespace colossus {

// The feed-forward block: SwiGLU has 3 matrices (gate, up, down), GELU 2 (up, down).
enum class FfnKind { swiglu, gelu };

// Mixture-of-experts feed-forward layers. experts == 0 means a dense model.
struct MoeSpec {
  int experts = 0;                     // routed experts per MoE layer
  int top_k = 0;                       // routed experts per token
  int shared_experts = 0;              // always-active experts (DeepSeek), each expert_ffn wide
  std::int64_t expert_ffn_hidden = 0;  // FFN width of one expert
  // Megatron's --moe-expert-capacity-factor: an expert's capacity is this many times its fair
  // share of the routed tokens; with the drop policy tokens above it are dropped, so under the
  // balanced routing the model assumes an expert computes min(1, factor) of its share.
  // With pad_to_capacity (--moe-pad-expert-input-to-capacity) every expert computes exactly
  // its capacity, factor x its share (padding), and the all-to-alls carry the padded tokens.
  double capacity_factor = 1.0;
  bool pad_to_capacity = false;
  int first_dense_layers = 0;  // leading layers with a dense FFN (DeepSeek-V3: 3)
  int layer_frequency = 1;     // after those, every n-th layer is MoE (1 = all)
};

// Multi-head latent attention (DeepSeek-V2/V3). kv_lora_rank == 0 means standard attention.
struct MlaSpec {
  std::int64_t q_lora_rank = 0;   // 0: queries projected directly from the hidden state
  std::int64_t kv_lora_rank = 0;  // compressed key/value width
  int qk_nope_head_dim = 0;       // per-head query/key dims without rotary embedding
  int qk_rope_head_dim = 0;       // per-head query/key dims with rotary (key part shared)
  int v_head_dim = 0;             // per-head value dim
};

// The projections a LoRA adapter can be put on (bit flags): attention query, key, value and
// output; the dense FFN's gate, up and down matrices (routed experts are never adapted here).
enum LoraTarget : unsigned {
  lora_q = 1u << 0,
  lora_k = 1u << 1,
  lora_v = 1u << 2,
  lora_o = 1u << 3,
  lora_gate = 1u << 4,
  lora_up = 1u << 5,
  lora_down = 1u << 6,
};

// LoRA fine-tuning (Hu et al. 2021): the base weights are frozen (no gradients, no optimizer
// states, no weight-gradient GEMMs); each targeted projection W [in x out] gains trainable
// A [in x r] and B [r x out]. rank == 0 means ordinary training of every weight.
struct LoraSpec {
  int rank = 0;
  unsigned targets = lora_q | lora_k | lora_v | lora_o;  // PEFT's usual attention projections
};

// A decoder-only transformer.
struct ModelSpec {
  std::string name;         // preset name, e.g. "llama3-70b"
  std::string description;  // one line for people
  SourceLocation source;    // the file it came from
  FieldLines lines;         // line of each field as read, for later error messages

  int layers = 0;
  std::int64_t hidden = 0;      // model width h
  int heads = 0;                // attention (query) heads a
  int kv_heads = 0;             // key/value heads (GQA; == heads for MHA)
  int head_dim = 0;             // per-head width (usually hidden / heads)
  std::int64_t ffn_hidden = 0;  // dense FFN width
  FfnKind ffn_kind = FfnKind::swiglu;
  std::int64_t vocab = 0;
  std::int64_t seq_len = 0;  // default training sequence length
  // Why seq_len has its value when the source did not state a training length (a Hugging Face
  // config only has max_position_embeddings); empty when the source stated it. Printed.
  std::string seq_len_note;
  std::int64_t max_positions = 0;  // rows of the learned position table (0: seq_len)
  bool tied_embeddings = false;    // output projection shares the input embedding
  bool linear_bias = false;        // biases on linear layers and LayerNorm (GPT-3) vs none (Llama)
  bool learned_positions = false;  // learned position embedding table (GPT-3) vs rotary
  bool dropout = false;            // dropout layers (their masks cost activation memory)
  // Attention and FFN read the same normed input and their outputs are added to the residual
  // together (GPT-J, GPT-NeoX, PaLM, Falcon): y = x + attn(ln1(x)) + ffn(ln2(x)).
  bool parallel_block = false;
  // Sliding-window attention: a query attends to the last `attention_window` keys (itself
  // included); 0: every layer attends to the whole causal prefix. With global_every = n > 0
  // every n-th layer (layers n-1, 2n-1, ...) stays global (Gemma 2: 2, Gemma 3: 6); 0: all local
  // (Mistral 7B).
  std::int64_t attention_window = 0;
  int global_every = 0;
  // Multi-token prediction modules (DeepSeek-V3: 1): each one transformer layer shaped like the
  // last layer, an [2h -> h] projection and two norms, sharing the embedding and output head.
  int mtp_layers = 0;
  MoeSpec moe;
  MlaSpec mla;
  LoraSpec lora;

  bool is_moe() const { return moe.experts > 0; }
  // Token copies an expert computes per routed token copy of its fair share (MoeSpec).
  double moe_routed_share() const {
    return moe.pad_to_capacity ? moe.capacity_factor : std::min(1.0, moe.capacity_factor);
  }
  bool is_mla() const { return mla.kv_lora_rank > 0; }
  bool is_lora() const { return lora.rank > 0; }
  // The attention window of layer i in tokens, 0 when the layer attends globally.
  std::int64_t layer_window(int i) const {
    if (attention_window <= 0) return 0;
    return global_every > 0 && (i + 1) % global_every == 0 ? 0 : attention_window;
  }
  // Keys a query attends to on average over a causal sequence of s tokens, counted as
  // Megatron counts full attention (s keys per query, twice the causal mean): s when the window
  // covers the sequence, 2w - w^2/s for a window w < s (the s*w - w^2/2 causal pairs, doubled).
  double attended_keys(int i, std::int64_t s) const {
    const double w = static_cast<double>(layer_window(i)), len = static_cast<double>(s);
    return w <= 0 || w >= len ? len : 2 * w - w * w / len;
  }
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
  SourceLocation at(const std::string& field) const { return {source.file, lines.line(field)}; }
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

// Parameters of one multi-token-prediction module: its layer and its own projection and norms.
struct MtpParams {
  LayerParams layer;            // the module's transformer layer (shaped like the last layer)
  std::int64_t projection = 0;  // the [2h -> h] projection of [norm(h); norm(embedding)]
  std::int64_t norms = 0;       // the two input norms and the output norm
};

// Parameter counts of the whole model.
struct ParameterCount {
  std::int64_t total = 0;      // every parameter
  std::int64_t active = 0;     // parameters one token uses (routed experts: top-k of them)
  std::int64_t embedding = 0;  // input embedding (+ learned positions)
  std::int64_t output = 0;     // output projection (0 when tied) + final norm
  std::int64_t expert = 0;     // all routed-expert parameters
  std::int64_t mtp = 0;        // multi-token-prediction modules (in total; their active part
                               // in active)
  std::int64_t lora = 0;       // LoRA adapters (in total and active)
  std::int64_t trainable = 0;  // parameters with gradients: total, or the adapters with LoRA
  // Active parameters without the input embedding table (a token reads one row of it):
  // DeepSeek's convention for "activated parameters".
  std::int64_t active_without_embedding() const { return active - embedding; }
};

// Parameters of layer i (0-based).
LayerParams layer_params(const ModelSpec& model, int i);
// One line describing the model for people, so that a misread config shows: total and active
// parameters, layers, hidden, heads / KV heads, FFN, experts, MLA, attention windows, MTP, LoRA.
std::string model_summary(const ModelSpec& model);
// Parameters of one multi-token-prediction module.
MtpParams mtp_params(const ModelSpec& model);
// LoRA adapter parameters of layer i (0 without LoRA): r * (in + out) per targeted projection.
std::int64_t lora_params(const ModelSpec& model, int i);

// The LoRA target names, in bit order.
inline constexpr const char* kLoraTargetNames[] = {"q", "k", "v", "o", "gate", "up", "down"};

// The targeted projections' names ("q,k,v,o"), for messages and summaries.
inline std::string lora_target_names(unsigned targets) {
  std::string out;
  for (unsigned bit = 0; bit < 7; ++bit)
    if (targets & (1u << bit)) out += (out.empty() ? "" : ",") + std::string(kLoraTargetNames[bit]);
  return out;
}

// Parses one target name (q, k, v, o, gate, up, down; "attention" = q,k,v,o; "mlp" =
// gate,up,down; "all"); nullopt on an unknown name.
inline std::optional<unsigned> parse_lora_target(const std::string& name) {
  if (name == "attention") return lora_q | lora_k | lora_v | lora_o;
  if (name == "mlp") return lora_gate | lora_up | lora_down;
  if (name == "all") return 0x7fu;
  for (unsigned bit = 0; bit < 7; ++bit)
    if (name == kLoraTargetNames[bit]) return 1u << bit;
  return std::nullopt;
}

// Parses comma-separated target names ("q,k,v,o", "all"); nullopt, with the unknown name in
// *bad, on an unknown one.
inline std::optional<unsigned> parse_lora_targets(const std::string& csv, std::string* bad) {
  unsigned targets = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = csv.find(',', start);
    const std::string name = csv.substr(start, comma == std::string::npos ? comma : comma - start);
    const auto bits = parse_lora_target(name);
    if (!bits) {
      if (bad) *bad = name;
      return std::nullopt;
    }
    targets |= *bits;
    if (comma == std::string::npos) return targets;
    start = comma + 1;
  }
}
// Parameter counts of the model, from its architecture.
ParameterCount count_parameters(const ModelSpec& model);

}  // namespace colossus
