// Reading model architectures: presets/models/<name>.yaml (or any YAML file of that shape), and
// Hugging Face config.json files. Both give a validated ModelSpec; bad input throws InputError
// naming the file, the line (YAML) and the key.
//
// The YAML shape (units in names, see presets/models/llama3-8b.yaml):
//   name, description, layers, hidden_size, attention_heads, kv_heads, head_dim, ffn_hidden_size,
//   ffn: swiglu|gelu, vocab_size, seq_len, tied_embeddings, linear_bias, learned_positions,
//   dropout, moe: {experts, top_k, shared_experts, expert_ffn_hidden_size, capacity_factor,
//   first_dense_layers, layer_frequency}, mla: {q_lora_rank, kv_lora_rank, qk_nope_head_dim,
//   qk_rope_head_dim, v_head_dim}.
#pragma once

#include <string>
#include <vector>

#include "colossus/workload/model.h"

namespace colossus {

// Loads a model from a YAML file.
ModelSpec load_model_yaml(const std::string& path);
// Loads a model from YAML text (for tests and inline specs); `file` names it in messages.
ModelSpec parse_model_yaml(const std::string& text, const std::string& file);
// Loads a model from a Hugging Face config.json file. The FFN is gated (SwiGLU-like, 3
// matrices) unless model_type is one with a plain MLP (gpt2, gpt_neox, gptj, opt, bloom,
// falcon, gpt_bigcode, phi, mpt, starcoder2).
ModelSpec load_model_hf_config(const std::string& path);
// Parses Hugging Face config.json text; `file` names it in messages.
ModelSpec parse_model_hf_config(const std::string& text, const std::string& file);
// Loads a model by preset name ("llama3-70b", found under <data dir>/presets/models/), by a
// path to a .yaml file, or by a path to a config.json.
ModelSpec load_model(const std::string& name_or_path);
// Checks a model's internal consistency (positive sizes, heads % kv_heads, top_k <= experts,
// MLA dims ...); throws InputError naming the field and the line it was read from. The loaders
// call it; code that builds a ModelSpec by hand should too.
void validate_model(const ModelSpec& model);
// Names of the model presets, sorted.
std::vector<std::string> model_preset_names();

}  // namespace colossus
