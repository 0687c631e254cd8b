// Reading model architectures: presets/models/<name>.yaml (or any YAML file of that shape), and
// Hugging Face config.json files. Both give a validated ModelSpec; bad input throws InputError
// naming the file, the line (YAML) and the key.
//
// The YAML shape (units in names, see presets/models/llama3-8b.yaml):
//   name, description, layers, hidden_size, attention_heads, kv_heads, head_dim, ffn_hidden_size,
//   ffn: swiglu|gelu, vocab_size, seq_len, tied_embeddings, linear_bias, learned_positions,
//   dropout, max_positions, parallel_block, attention_window, global_every, mtp_layers,
//   lora: {rank, targets: [q, k, v, o, gate, up, down | attention | mlp | all]}, moe: {experts,
//   top_k, shared_experts, expert_ffn_hidden_size, capacity_factor, first_dense_layers,
//   layer_frequency}, mla: {q_lora_rank, kv_lora_rank, qk_nope_head_dim, qk_rope_head_dim,
//   v_head_dim}.
#pragma once

#include <string>
#include <vector>

#include "colossus/spec/yaml_reader.h"
#include "colossus/workload/model.h"

namespace colossus {

// Loads a model from a YAML file.
ModelSpec load_model_yaml(const std::string& path);
// Loads a model from YAML text (for tests and inline specs); `file` names it in messages.
ModelSpec parse_model_yaml(const std::string& text, const std::string& file);
// Loads a model from a Hugging Face config.json file, or from a model directory holding one.
// The architecture (model_type, or the class in architectures) must be one the loader knows:
// it sets what the config leaves implicit (gated or plain FFN, tie_word_embeddings' default,
// biases, learned positions, parallel blocks). Multimodal configs are read through text_config;
// GPT-2's and DBRX's key names are understood. The training length is not in a config.json:
// seq_len is min(4096, max_position_embeddings) and ModelSpec::seq_len_note says so.
ModelSpec load_model_hf_config(const std::string& path);
// Parses Hugging Face config.json text; `file` names it in messages.
ModelSpec parse_model_hf_config(const std::string& text, const std::string& file);
// Loads a model by preset name ("llama3-70b", found under <data dir>/presets/models/), by a
// path to a .yaml file, or by a path to a config.json or a model directory holding one.
ModelSpec load_model(const std::string& name_or_path);
// Checks a model's internal consistency (positive sizes, heads % kv_heads, top_k <= experts,
// MLA dims ...); throws InputError naming the field and the line it was read from. The loaders
// call it; code that builds a ModelSpec by hand should too.
void validate_model(const ModelSpec& model);
// Reads a LoRA block ({rank, targets}) into `lora`, for model files and scenarios.
void read_lora(const YamlReader& node, LoraSpec& lora);
// Names of the model presets, sorted.
std::vector<std::string> model_preset_names();

}  // namespace colossus
