// Model loading: presets/models/*.yaml through YamlReader (file:line errors, did-you-mean for
// unknown keys) and Hugging Face config.json through nlohmann-json (errors name the file and the
// key). Both end in validate_model, which checks the architecture's internal consistency.
#include "colossus/spec/model_loader.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "colossus/spec/preset_catalog.h"
#include "colossus/spec/spec_file.h"
#include "colossus/spec/yaml_reader.h"

namespace colossus {
namespace {

// The largest values of sizes, counts of heads (and per-head widths, experts) and layers, the
// same for YAML and config.json.
constexpr std::int64_t kMaxDim = std::int64_t{1} << 40;
constexpr std::int64_t kMaxHeads = std::int64_t{1} << 20;
constexpr std::int64_t kMaxLayers = 100000;
// The deepest nesting of a config.json (real ones nest 2 or 3 levels).
constexpr int kMaxJsonDepth = 64;

// Throws at a model field.
[[noreturn]] void fail(const ModelSpec& m, const std::string& field, const std::string& msg) {
  throw InputError(m.at(field), field, msg);
}

// The most parameters a model may have: a thousand times the largest trained today. It keeps
// every product of sizes the workload layer forms in 64-bit integers (vocab * hidden, layers *
// experts * hidden * ffn ...) far from overflow.
constexpr double kMaxParameters = 1e15;

// Checks, in floating point before any integer product is formed, that the model's parameter
// count is at most kMaxParameters; the message blames the largest of its parts.
void check_size(const ModelSpec& m) {
  const double h = static_cast<double>(m.hidden);
  const double a = m.heads;
  double attention = 0;
  if (m.is_mla()) {
    const double qk = static_cast<double>(m.mla.qk_nope_head_dim) + m.mla.qk_rope_head_dim;
    const double q_lora = static_cast<double>(m.mla.q_lora_rank);
    const double kv_lora = static_cast<double>(m.mla.kv_lora_rank);
    attention = (q_lora > 0 ? h * q_lora + q_lora * a * qk : h * a * qk) +
                h * (kv_lora + m.mla.qk_rope_head_dim) +
                kv_lora * a * (static_cast<double>(m.mla.qk_nope_head_dim) + m.mla.v_head_dim) +
                a * m.mla.v_head_dim * h + 2 * (kv_lora + q_lora);
  } else {
    const double q = a * m.head_dim;
    const double kv = static_cast<double>(m.kv_heads) * m.head_dim;
    attention = h * (q + 2 * kv) + q * h + (q + 2 * kv + h);
  }
  const double gated = m.ffn_kind == FfnKind::swiglu ? 3.0 : 2.0;
  double ffn =
      gated * h * static_cast<double>(m.ffn_hidden) + 2 * static_cast<double>(m.ffn_hidden) + h;
  if (m.is_moe()) {
    const double expert = gated * h * static_cast<double>(m.moe.expert_ffn_hidden) +
                          2 * static_cast<double>(m.moe.expert_ffn_hidden) + h;
    ffn = std::max(ffn, (static_cast<double>(m.moe.experts) + m.moe.shared_experts) * expert +
                            h * m.moe.experts);
  }
  // Multi-token-prediction modules are layers too; LoRA adapters are at most r x (in + out) over
  // the seven projections of a layer.
  const double layers = static_cast<double>(m.layers) + std::max(0, m.mtp_layers);
  if (m.lora.rank > 0) {
    const double in_out = 4.0 * h + 2.0 * a * std::max(m.head_dim, 1) +
                          2.0 * static_cast<double>(m.kv_heads) * m.head_dim +
                          6.0 * static_cast<double>(m.ffn_hidden) +
                          2.0 * static_cast<double>(std::max<std::int64_t>(
                                    m.mla.q_lora_rank + m.mla.kv_lora_rank, 0)) +
                          3.0 * h;
    attention += m.lora.rank * in_out;
  }
  const double rows = static_cast<double>(m.max_positions > 0 ? m.max_positions : m.seq_len);
  const double positions = m.learned_positions ? rows * h : 0.0;
  const double embedding = 2 * static_cast<double>(m.vocab) * h + positions + 4 * h;
  const double total = layers * (attention + ffn + 4 * h) + embedding;
  if (total <= kMaxParameters) return;
  const double largest = std::max({embedding, layers * attention, layers * ffn});
  const std::string field =
      largest == embedding
          ? (positions > static_cast<double>(m.vocab) * h ? "seq_len" : "vocab_size")
      : largest == layers * ffn ? (m.is_moe() ? "moe.experts" : "ffn_hidden_size")
                                : "hidden_size";
  fail(m, field,
       fmt::format("the model would have about {:.3g} parameters, expected at most {:.0e} (are "
                   "the sizes in the right unit?)",
                   total, kMaxParameters));
}

}  // namespace

void validate_model(const ModelSpec& m) {
  auto positive = [&](const std::string& field, std::int64_t v) {
    if (v <= 0) fail(m, field, fmt::format("expected a positive integer, got {}", v));
  };
  positive("layers", m.layers);
  positive("hidden_size", m.hidden);
  positive("attention_heads", m.heads);
  positive("kv_heads", m.kv_heads);
  positive("head_dim", m.head_dim);
  positive("ffn_hidden_size", m.ffn_hidden);
  positive("vocab_size", m.vocab);
  positive("seq_len", m.seq_len);
  if (m.kv_heads > m.heads || m.heads % m.kv_heads != 0)
    fail(m, "kv_heads",
         fmt::format("expected a divisor of attention_heads ({}), got {}", m.heads, m.kv_heads));
  if (m.moe.experts < 0)
    fail(m, "moe.experts", fmt::format("expected an integer >= 0, got {}", m.moe.experts));
  if (m.is_moe()) {
    if (m.moe.top_k < 1 || m.moe.top_k > m.moe.experts)
      fail(m, "moe.top_k",
           fmt::format("expected an integer in [1, experts = {}], got {}", m.moe.experts,
                       m.moe.top_k));
    positive("moe.expert_ffn_hidden_size", m.moe.expert_ffn_hidden);
    if (m.moe.shared_experts < 0)
      fail(m, "moe.shared_experts",
           fmt::format("expected an integer >= 0, got {}", m.moe.shared_experts));
    if (!(m.moe.capacity_factor > 0.0))
      fail(m, "moe.capacity_factor",
           fmt::format("expected a number > 0, got {}", m.moe.capacity_factor));
    if (m.moe.first_dense_layers < 0 || m.moe.first_dense_layers >= m.layers)
      fail(m, "moe.first_dense_layers",
           fmt::format("expected an integer in [0, layers - 1 = {}], got {}", m.layers - 1,
                       m.moe.first_dense_layers));
    positive("moe.layer_frequency", m.moe.layer_frequency);
  }
  if (m.is_mla()) {
    positive("mla.qk_nope_head_dim", m.mla.qk_nope_head_dim);
    positive("mla.qk_rope_head_dim", m.mla.qk_rope_head_dim);
    positive("mla.v_head_dim", m.mla.v_head_dim);
    if (m.mla.q_lora_rank < 0)
      fail(m, "mla.q_lora_rank",
           fmt::format("expected an integer >= 0, got {}", m.mla.q_lora_rank));
    if (m.kv_heads != m.heads)
      fail(m, "kv_heads",
           fmt::format("expected attention_heads ({}) with multi-head latent attention, got {}",
                       m.heads, m.kv_heads));
  }
  if (m.attention_window < 0)
    fail(m, "attention_window",
         fmt::format("expected an integer >= 0, got {}", m.attention_window));
  if (m.global_every < 0)
    fail(m, "global_every", fmt::format("expected an integer >= 0, got {}", m.global_every));
  if (m.mtp_layers < 0)
    fail(m, "mtp_layers", fmt::format("expected an integer >= 0, got {}", m.mtp_layers));
  if (m.lora.rank < 0)
    fail(m, "lora.rank", fmt::format("expected a positive integer, got {}", m.lora.rank));
  if (m.is_lora() && (m.lora.targets == 0 || m.lora.targets > 0x7fu))
    fail(m, "lora.targets", "expected at least one of q, k, v, o, gate, up, down");
  check_size(m);
}

void read_lora(const YamlReader& node, LoraSpec& lora) {
  node.expect_keys({"rank"}, {"targets"});
  lora.rank = static_cast<int>(node.get_int("rank", IntRange::positive(kMaxHeads)));
  if (auto targets = node.optional_child("targets")) {
    lora.targets = 0;
    for (const YamlReader& t :
         targets->is_sequence() ? targets->elements() : std::vector<YamlReader>{*targets}) {
      const std::string name = t.as_string();
      auto bits = parse_lora_target(name);
      if (!bits)
        throw InputError(t.location(), t.path(),
                         fmt::format("expected q, k, v, o, gate, up, down, attention, mlp or all, "
                                     "got \"{}\"",
                                     name));
      lora.targets |= *bits;
    }
    if (lora.targets == 0)
      throw InputError(targets->location(), targets->path(), "expected at least one projection");
  }
}

namespace {

// Reads a model from a parsed YAML document.
ModelSpec read_model(const YamlReader& root) {
  const std::string& file = root.file();
  root.expect_keys({"name", "layers", "hidden_size", "attention_heads", "ffn_hidden_size",
                    "vocab_size", "seq_len"},
                   {"description", "kv_heads", "head_dim", "ffn", "tied_embeddings", "linear_bias",
                    "learned_positions", "max_positions", "dropout", "parallel_block",
                    "attention_window", "global_every", "mtp_layers", "moe", "mla", "lora"});
  ModelSpec m;
  m.source = {file, 0};
  root.collect_lines(m.lines);
  m.name = root.get_string("name");
  m.description = root.find_string("description").value_or("");
  m.layers = static_cast<int>(root.get_int("layers", IntRange::positive(kMaxLayers)));
  m.hidden = root.get_int("hidden_size", IntRange::positive(kMaxDim));
  m.heads = static_cast<int>(root.get_int("attention_heads", IntRange::positive(kMaxHeads)));
  // MHA unless told otherwise; head_dim hidden / heads unless told otherwise (HF conventions).
  m.kv_heads =
      static_cast<int>(root.find_int("kv_heads", IntRange::positive(kMaxHeads)).value_or(m.heads));
  if (auto hd = root.find_int("head_dim", IntRange::positive(kMaxHeads))) {
    m.head_dim = static_cast<int>(*hd);
  } else {
    if (m.hidden % m.heads != 0)
      root.fail_at("attention_heads",
                   fmt::format("hidden_size {} is not divisible by attention_heads {}; give "
                               "head_dim",
                               m.hidden, m.heads));
    m.head_dim = static_cast<int>(m.hidden / m.heads);
  }
  m.ffn_hidden = root.get_int("ffn_hidden_size", IntRange::positive(kMaxDim));
  m.ffn_kind = root.find_enum("ffn", {"swiglu", "gelu"}).value_or("swiglu") == "gelu"
                   ? FfnKind::gelu
                   : FfnKind::swiglu;
  m.vocab = root.get_int("vocab_size", IntRange::positive(kMaxDim));
  m.seq_len = root.get_int("seq_len", IntRange::positive(kMaxDim));
  m.tied_embeddings = root.find_bool("tied_embeddings").value_or(false);
  m.linear_bias = root.find_bool("linear_bias").value_or(false);
  m.learned_positions = root.find_bool("learned_positions").value_or(false);
  m.dropout = root.find_bool("dropout").value_or(false);
  m.max_positions = root.find_int("max_positions", IntRange::positive(kMaxDim)).value_or(0);
  m.parallel_block = root.find_bool("parallel_block").value_or(false);
  m.attention_window =
      root.find_int("attention_window", IntRange::non_negative(kMaxDim)).value_or(0);
  m.global_every = static_cast<int>(
      root.find_int("global_every", IntRange::non_negative(kMaxLayers)).value_or(0));
  m.mtp_layers =
      static_cast<int>(root.find_int("mtp_layers", IntRange::non_negative(kMaxLayers)).value_or(0));
  if (auto lora = root.optional_child("lora")) read_lora(*lora, m.lora);
  if (auto moe = root.optional_child("moe")) {
    moe->expect_keys({"experts", "top_k", "expert_ffn_hidden_size"},
                     {"shared_experts", "capacity_factor", "pad_to_capacity", "first_dense_layers",
                      "layer_frequency"});
    m.moe.experts = static_cast<int>(moe->get_int("experts", IntRange::positive(kMaxHeads)));
    m.moe.top_k = static_cast<int>(moe->get_int("top_k", IntRange::positive(kMaxHeads)));
    m.moe.expert_ffn_hidden = moe->get_int("expert_ffn_hidden_size", IntRange::positive(kMaxDim));
    m.moe.shared_experts = static_cast<int>(
        moe->find_int("shared_experts", IntRange::non_negative(kMaxHeads)).value_or(0));
    m.moe.capacity_factor =
        moe->find_number("capacity_factor", NumberRange::between(1e-6, 1e6)).value_or(1.0);
    m.moe.pad_to_capacity = moe->find_bool("pad_to_capacity").value_or(false);
    m.moe.first_dense_layers = static_cast<int>(
        moe->find_int("first_dense_layers", IntRange::non_negative(kMaxLayers)).value_or(0));
    m.moe.layer_frequency = static_cast<int>(
        moe->find_int("layer_frequency", IntRange::positive(kMaxLayers)).value_or(1));
  }
  if (auto mla = root.optional_child("mla")) {
    mla->expect_keys({"kv_lora_rank", "qk_nope_head_dim", "qk_rope_head_dim", "v_head_dim"},
                     {"q_lora_rank"});
    m.mla.q_lora_rank = mla->find_int("q_lora_rank", IntRange::non_negative(kMaxDim)).value_or(0);
    m.mla.kv_lora_rank = mla->get_int("kv_lora_rank", IntRange::positive(kMaxDim));
    m.mla.qk_nope_head_dim =
        static_cast<int>(mla->get_int("qk_nope_head_dim", IntRange::positive(kMaxHeads)));
    m.mla.qk_rope_head_dim =
        static_cast<int>(mla->get_int("qk_rope_head_dim", IntRange::positive(kMaxHeads)));
    m.mla.v_head_dim = static_cast<int>(mla->get_int("v_head_dim", IntRange::positive(kMaxHeads)));
  }
  validate_model(m);
  return m;
}

}  // namespace

ModelSpec parse_model_yaml(const std::string& text, const std::string& file) {
  return read_model(YamlReader::from_string(text, file));
}

ModelSpec load_model_yaml(const std::string& path) {
  return read_model(YamlReader::from_file(path));
}

namespace {

// The Hugging Face architectures the loader understands (config.json's model_type, or the
// model_type of its text_config for multimodal checkpoints), with what each one's config leaves
// implicit: whether the FFN is gated (SwiGLU/GeGLU: gate, up, down) or a plain 2-matrix MLP,
// whether the output projection shares the input embedding when tie_word_embeddings is absent
// (each transformers *Config class's default), linear biases, a learned position table, and
// parallel attention + FFN blocks. Sources: the transformers configuration_*.py and
// modeling_*.py of each model type.
struct HfArchitecture {
  const char* model_type;
  const char* class_prefix;  // architectures[0] starts with this ("LlamaFor...")
  bool gated;
  bool tied;
  bool bias;
  bool learned_positions;
  bool parallel_block;
};

constexpr HfArchitecture kHfArchitectures[] = {
    // model_type      class prefix     gated  tied   bias   learned parallel
    {"llama", "Llama", true, false, false, false, false},
    {"mistral", "Mistral", true, false, false, false, false},
    {"mixtral", "Mixtral", true, false, false, false, false},
    {"qwen2", "Qwen2", true, false, false, false, false},
    {"qwen2_moe", "Qwen2Moe", true, false, false, false, false},
    {"qwen3", "Qwen3", true, false, false, false, false},
    {"qwen3_moe", "Qwen3Moe", true, false, false, false, false},
    {"gemma", "Gemma", true, true, false, false, false},
    {"gemma2", "Gemma2", true, true, false, false, false},
    {"gemma3", "Gemma3", true, true, false, false, false},
    {"gemma3_text", "Gemma3", true, true, false, false, false},
    {"phi3", "Phi3", true, false, false, false, false},
    {"deepseek_v2", "DeepseekV2", true, false, false, false, false},
    {"deepseek_v3", "DeepseekV3", true, false, false, false, false},
    {"dbrx", "Dbrx", true, false, false, false, false},
    {"llama4", "Llama4", true, false, false, false, false},
    {"llama4_text", "Llama4", true, false, false, false, false},
    {"olmo", "Olmo", true, false, false, false, false},
    {"olmo2", "Olmo2", true, false, false, false, false},
    {"gpt2", "GPT2", false, true, true, true, false},
    {"gpt_neox", "GPTNeoX", false, false, true, false, true},
    {"gptj", "GPTJ", false, false, true, false, true},
    {"falcon", "Falcon", false, true, false, false, true},
    {"starcoder2", "Starcoder2", false, true, true, false, false},
};

// The supported model types, for messages.
std::string supported_model_types() {
  std::string out;
  for (const HfArchitecture& a : kHfArchitectures) {
    if (std::string(a.model_type).find("_text") != std::string::npos) continue;
    out += (out.empty() ? "" : ", ") + std::string(a.model_type);
  }
  return out;
}

// The training sequence length used when a config.json states none (it never does: its
// max_position_embeddings is the longest context the model accepts, often 128K): 4096 tokens,
// the pre-training length of Llama 2, of DeepSeek-V3 and of NeMo's MoE performance recipes,
// or max_position_embeddings when that is shorter (GPT-2: 1024).
constexpr std::int64_t kHfDefaultSeqLen = 4096;

// The config's top-level keys whose nested values are read (everything else nested is dropped
// while parsing): multimodal text_config, DBRX's attn_config / ffn_config, the per-layer
// layer_types list, and architectures.
bool keeps_nested(const std::string& key) {
  return key == "text_config" || key == "attn_config" || key == "ffn_config" ||
         key == "layer_types" || key == "architectures";
}

}  // namespace

ModelSpec parse_model_hf_config(const std::string& text, const std::string& file) {
  if (text.size() > kMaxSpecFileBytes) {
    throw InputError({file, 0}, "",
                     fmt::format("file of {} bytes is too large, expected a Hugging Face "
                                 "config.json of at most {} bytes",
                                 text.size(), kMaxSpecFileBytes));
  }
  // Refuses what JSON allows but a config cannot mean: a key twice in one object (which value
  // would count?) and nesting deeper than any config's. Nested values are dropped as they are
  // parsed unless they belong to a key the loader reads (keeps_nested): memory stays bounded.
  std::vector<std::set<std::string>> keys;  // the keys seen in each open object or array
  std::string top_key;                      // the top-level key being parsed
  const auto check = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
    using Event = nlohmann::json::parse_event_t;
    if ((event == Event::object_start || event == Event::array_start) && depth >= kMaxJsonDepth) {
      throw InputError({file, 0}, "config.json",
                       fmt::format("objects and arrays nested more than {} deep, expected a "
                                   "Hugging Face config",
                                   kMaxJsonDepth));
    }
    if (event == Event::object_start || event == Event::array_start) keys.emplace_back();
    if ((event == Event::object_end || event == Event::array_end) && !keys.empty()) {
      keys.pop_back();
    }
    if (event == Event::key && !keys.empty() &&
        !keys.back().insert(parsed.get<std::string>()).second) {
      throw InputError({file, 0}, parsed.get<std::string>(),
                       "duplicate key, expected each key once");
    }
    if (event == Event::key && depth == 1) top_key = parsed.get<std::string>();
    const bool ends = event == Event::object_end || event == Event::array_end;
    const int keep_depth = keeps_nested(top_key) ? 3 : 2;
    return !((event == Event::value || ends) && depth >= keep_depth);
  };
  // A value as messages show it: a scalar as written, a list or object by its kind.
  const auto shown = [](const nlohmann::json& v) {
    return v.is_structured() ? std::string(v.is_array() ? "a list" : "an object") : v.dump();
  };
  nlohmann::json top;
  try {
    top = nlohmann::json::parse(text, check);
  } catch (const nlohmann::json::exception& e) {
    // Malformed text, or a number beyond a double's range (1e400).
    throw InputError({file, 0}, "config.json", fmt::format("not valid JSON: {}", e.what()));
  }
  if (!top.is_object())
    throw InputError({file, 0}, "config.json",
                     fmt::format("expected a JSON object, got {}", top.type_name()));
  // Multimodal checkpoints (Gemma 3, Llama 4) describe their language model in text_config;
  // its keys win, the top level fills in what it lacks.
  const nlohmann::json* text_config = nullptr;
  if (auto it = top.find("text_config"); it != top.end() && !it->is_null()) {
    if (!it->is_object())
      throw InputError({file, 0}, "text_config",
                       fmt::format("expected an object, got {}", shown(*it)));
    text_config = &*it;
  }
  // The value of a key ("ffn_config.moe_top_k" looks inside a nested object), text_config first;
  // nullptr when absent or null.
  auto lookup = [&](const std::string& key) -> const nlohmann::json* {
    const auto dot = key.find('.');
    for (const nlohmann::json* obj : {text_config, static_cast<const nlohmann::json*>(&top)}) {
      if (!obj) continue;
      if (dot == std::string::npos) {
        auto it = obj->find(key);
        if (it != obj->end() && !it->is_null()) return &*it;
      } else {
        auto outer = obj->find(key.substr(0, dot));
        if (outer == obj->end() || !outer->is_object()) continue;
        auto it = outer->find(key.substr(dot + 1));
        if (it != outer->end() && !it->is_null()) return &*it;
      }
    }
    return nullptr;
  };
  // The first of `keys` present, as an integer in [0, max]; nullopt if none is present. The
  // maxima are the YAML loader's, so that no size is truncated or wraps.
  auto find_int = [&](std::initializer_list<const char*> keys,
                      std::int64_t max) -> std::optional<std::int64_t> {
    for (const char* key : keys) {
      const nlohmann::json* v = lookup(key);
      if (!v) continue;
      const std::string expected = fmt::format("expected an integer in [0, {}]", max);
      if (v->is_number_unsigned()) {
        const auto n = v->get<std::uint64_t>();
        if (n > static_cast<std::uint64_t>(max))
          throw InputError({file, 0}, key, fmt::format("{}, got {}", expected, n));
        return static_cast<std::int64_t>(n);
      }
      if (!v->is_number_integer() || v->get<std::int64_t>() < 0)
        throw InputError({file, 0}, key, fmt::format("{}, got {}", expected, shown(*v)));
      return v->get<std::int64_t>();
    }
    return std::nullopt;
  };
  auto get_int = [&](std::initializer_list<const char*> keys, std::int64_t max) {
    auto v = find_int(keys, max);
    if (!v)
      throw InputError({file, 0}, *keys.begin(),
                       "missing (a required key of a Hugging Face config)");
    return *v;
  };
  auto find_bool = [&](const char* key) -> std::optional<bool> {
    const nlohmann::json* v = lookup(key);
    if (!v) return std::nullopt;
    if (!v->is_boolean())
      throw InputError({file, 0}, key, fmt::format("expected true or false, got {}", shown(*v)));
    return v->get<bool>();
  };
  auto find_string = [&](const char* key) -> std::optional<std::string> {
    const nlohmann::json* v = lookup(key);
    if (!v) return std::nullopt;
    if (!v->is_string())
      throw InputError({file, 0}, key, fmt::format("expected a string, got {}", shown(*v)));
    return v->get<std::string>();
  };

  ModelSpec m;
  m.source = {file, 0};
  m.name = std::filesystem::path(file).parent_path().filename().string();
  if (m.name.empty()) m.name = std::filesystem::path(file).stem().string();
  // The architecture: model_type, else the class named in architectures.
  std::string type = find_string("model_type").value_or("");
  std::string type_key = "model_type";
  if (type.empty()) {
    type_key = "architectures";
    if (const nlohmann::json* a = lookup("architectures");
        a && a->is_array() && !a->empty() && a->front().is_string()) {
      const std::string cls = a->front().get<std::string>();
      std::size_t best = 0;  // the longest matching prefix ("Qwen2Moe" over "Qwen2")
      for (const HfArchitecture& arch : kHfArchitectures) {
        const std::string prefix = arch.class_prefix;
        if (cls.rfind(prefix + "For", 0) == 0 && prefix.size() > best) {
          best = prefix.size();
          type = arch.model_type;
        }
      }
      if (type.empty())
        throw InputError({file, 0}, "architectures",
                         fmt::format("architecture {} is not supported (supported model types: "
                                     "{})",
                                     cls, supported_model_types()));
    }
  }
  const HfArchitecture* arch = nullptr;
  for (const HfArchitecture& a : kHfArchitectures)
    if (type == a.model_type) arch = &a;
  if (!arch && !type.empty())
    throw InputError({file, 0}, type_key,
                     fmt::format("architecture {} is not supported (supported model types: {})",
                                 type, supported_model_types()));
  // Sizes, under the key names of each family (GPT-2: n_layer, n_embd, n_head, n_inner; DBRX:
  // n_layers, d_model, n_heads, attn_config, ffn_config; Falcon: num_kv_heads, multi_query).
  m.layers = static_cast<int>(get_int({"num_hidden_layers", "n_layer", "n_layers"}, kMaxLayers));
  m.hidden = get_int({"hidden_size", "n_embd", "d_model"}, kMaxDim);
  m.heads = static_cast<int>(get_int({"num_attention_heads", "n_head", "n_heads"}, kMaxHeads));
  if (!arch)
    throw InputError({file, 0}, "model_type",
                     fmt::format("missing, and no architectures list: expected one of {}",
                                 supported_model_types()));
  m.description = fmt::format("{} (from {})", type, file);

  if (find_bool("multi_query").value_or(false) && !lookup("num_kv_heads")) {
    m.kv_heads = 1;  // Falcon-7B: one shared key/value head
  } else {
    m.kv_heads = static_cast<int>(
        find_int({"num_key_value_heads", "num_kv_heads", "n_head_kv", "attn_config.kv_n_heads"},
                 kMaxHeads)
            .value_or(m.heads));
  }
  if (auto hd = find_int({"head_dim"}, kMaxHeads)) {
    m.head_dim = static_cast<int>(*hd);
  } else if (m.heads > 0) {
    m.head_dim = static_cast<int>(m.hidden / m.heads);
  }
  const bool llama4 = type == "llama4" || type == "llama4_text";
  // The dense FFN width: n_inner / ffn_hidden_size null means 4h (GPT-2, GPT-J, Falcon);
  // Llama 4's dense layers use intermediate_size_mlp (intermediate_size is its experts').
  if (llama4) {
    m.ffn_hidden = get_int({"intermediate_size_mlp"}, kMaxDim);
  } else if (arch->gated || lookup("intermediate_size")) {
    m.ffn_hidden = get_int({"intermediate_size", "ffn_config.ffn_hidden_size"}, kMaxDim);
  } else {
    m.ffn_hidden = find_int({"n_inner", "ffn_hidden_size"}, kMaxDim).value_or(4 * m.hidden);
  }
  m.ffn_kind = arch->gated ? FfnKind::swiglu : FfnKind::gelu;
  // Gemma 3's published configs leave vocab_size and max_position_embeddings to the class
  // defaults (transformers Gemma3TextConfig: 262208 and 131072).
  const bool gemma3 = type == "gemma3" || type == "gemma3_text";
  m.vocab = gemma3 ? find_int({"vocab_size"}, kMaxDim).value_or(262208)
                   : get_int({"vocab_size", "padded_vocab_size"}, kMaxDim);
  std::optional<std::int64_t> positions = find_int(
      {"max_position_embeddings", "n_positions", "max_seq_len", "max_sequence_length"}, kMaxDim);
  if (gemma3 && !positions) positions = 131072;
  m.seq_len = positions ? std::min(*positions, kHfDefaultSeqLen) : kHfDefaultSeqLen;
  m.seq_len_note = positions
                       ? fmt::format(
                             "seq_len {}: config.json states no training length (max positions "
                             "{}); the default is min(4096, max positions); set --seq-len",
                             m.seq_len, *positions)
                       : fmt::format(
                             "seq_len {}: config.json states no training length; the default "
                             "is 4096; set --seq-len",
                             m.seq_len);
  m.learned_positions = arch->learned_positions;
  if (m.learned_positions) m.max_positions = positions.value_or(m.seq_len);
  m.tied_embeddings = find_bool("tie_word_embeddings").value_or(arch->tied);
  m.linear_bias = find_bool("bias").value_or(find_bool("use_bias").value_or(arch->bias));
  m.parallel_block = arch->parallel_block;
  if (type == "gpt_neox") m.parallel_block = find_bool("use_parallel_residual").value_or(true);
  if (type == "falcon")
    m.parallel_block = find_bool("parallel_attn").value_or(true) ||
                       find_bool("new_decoder_architecture").value_or(false);

  // Sliding-window attention: every layer (Mistral v0.1, Phi-3 mini), or alternating with
  // global layers (Gemma 2: one in two; Gemma 3: one in sliding_window_pattern; or the
  // layer_types list of newer configs).
  const bool sliding = find_bool("use_sliding_window").value_or(true);
  if (auto w = find_int({"sliding_window"}, kMaxDim); w && *w > 0 && sliding) {
    m.attention_window = *w;
    if (type == "gemma2") m.global_every = 2;
    if (auto n = find_int({"sliding_window_pattern"}, kMaxLayers))
      m.global_every = static_cast<int>(*n);
    if (const nlohmann::json* types = lookup("layer_types")) {
      if (!types->is_array() || static_cast<std::int64_t>(types->size()) != m.layers)
        throw InputError(
            {file, 0}, "layer_types",
            fmt::format("expected a list of {} layer types, got {}", m.layers, shown(*types)));
      int first_global = -1;
      for (std::size_t i = 0; i < types->size(); ++i) {
        const auto& t = (*types)[i];
        if (!t.is_string() || (t.get<std::string>() != "full_attention" &&
                               t.get<std::string>() != "sliding_attention"))
          throw InputError(
              {file, 0}, "layer_types",
              fmt::format("expected full_attention or sliding_attention, got {}", shown(t)));
        if (t.get<std::string>() == "full_attention" && first_global < 0)
          first_global = static_cast<int>(i);
      }
      m.global_every = first_global + 1;  // 0: every layer slides
      for (int i = 0; i < m.layers; ++i) {
        const bool global =
            (*types)[static_cast<std::size_t>(i)].get<std::string>() == "full_attention";
        if (global != (m.layer_window(i) == 0))
          throw InputError({file, 0}, "layer_types",
                           fmt::format("expected every {}-th layer full_attention and the others "
                                       "sliding_attention (the patterns the simulator models), "
                                       "layer {} differs",
                                       m.global_every, i));
      }
    }
  }

  // Mixture of experts: Mixtral / Llama 4 num_local_experts, DeepSeek n_routed_experts, Qwen
  // num_experts, DBRX ffn_config.moe_num_experts.
  if (auto experts = find_int(
          {"num_local_experts", "n_routed_experts", "num_experts", "ffn_config.moe_num_experts"},
          kMaxHeads);
      experts && *experts > 0) {
    m.moe.experts = static_cast<int>(*experts);
    m.moe.top_k =
        static_cast<int>(get_int({"num_experts_per_tok", "ffn_config.moe_top_k"}, kMaxHeads));
    m.moe.expert_ffn_hidden =
        find_int({"moe_intermediate_size"}, kMaxDim)
            .value_or(llama4 ? get_int({"intermediate_size"}, kMaxDim) : m.ffn_hidden);
    m.moe.shared_experts = static_cast<int>(find_int({"n_shared_experts"}, kMaxHeads).value_or(0));
    if (llama4) m.moe.shared_experts = 1;  // Llama 4: one shared expert in every MoE layer
    // Qwen2-MoE states its shared expert's width; it is a whole number of routed experts'.
    if (auto shared = find_int({"shared_expert_intermediate_size"}, kMaxDim);
        shared && *shared > 0) {
      if (m.moe.expert_ffn_hidden <= 0 || *shared % m.moe.expert_ffn_hidden != 0)
        throw InputError({file, 0}, "shared_expert_intermediate_size",
                         fmt::format("expected a multiple of moe_intermediate_size ({}), got {}",
                                     m.moe.expert_ffn_hidden, *shared));
      m.moe.shared_experts = static_cast<int>(*shared / m.moe.expert_ffn_hidden);
    }
    m.moe.first_dense_layers =
        static_cast<int>(find_int({"first_k_dense_replace"}, kMaxLayers).value_or(0));
    m.moe.layer_frequency = static_cast<int>(
        find_int({"moe_layer_freq", "decoder_sparse_step"}, kMaxLayers).value_or(1));
    // Llama 4: layers step-1, 2*step-1, ... are MoE (interleave_moe_layer_step).
    if (auto step = find_int({"interleave_moe_layer_step"}, kMaxLayers); step && *step > 0) {
      m.moe.layer_frequency = static_cast<int>(*step);
      m.moe.first_dense_layers = static_cast<int>(*step - 1);
    }
    if (const nlohmann::json* only = lookup("mlp_only_layers"); only && !only->empty())
      throw InputError({file, 0}, "mlp_only_layers",
                       "expected an empty list: dense layers at chosen positions are not modelled "
                       "(first_k_dense_replace and a MoE layer frequency are)");
  }
  if (auto kv_lora = find_int({"kv_lora_rank"}, kMaxDim); kv_lora && *kv_lora > 0) {
    m.mla.kv_lora_rank = *kv_lora;
    m.mla.q_lora_rank = find_int({"q_lora_rank"}, kMaxDim).value_or(0);
    m.mla.qk_nope_head_dim = static_cast<int>(get_int({"qk_nope_head_dim"}, kMaxHeads));
    m.mla.qk_rope_head_dim = static_cast<int>(get_int({"qk_rope_head_dim"}, kMaxHeads));
    m.mla.v_head_dim = static_cast<int>(get_int({"v_head_dim"}, kMaxHeads));
    m.head_dim = m.mla.v_head_dim;
    m.kv_heads = m.heads;
  }
  m.mtp_layers = static_cast<int>(find_int({"num_nextn_predict_layers"}, kMaxLayers).value_or(0));
  // HF keys for the messages of validate_model.
  m.lines = {};
  try {
    validate_model(m);
  } catch (const InputError& e) {
    static const std::map<std::string, std::string> kHfKey = {
        {"layers", "num_hidden_layers"},
        {"hidden_size", "hidden_size"},
        {"attention_heads", "num_attention_heads"},
        {"kv_heads", "num_key_value_heads"},
        {"head_dim", "head_dim"},
        {"ffn_hidden_size", "intermediate_size"},
        {"vocab_size", "vocab_size"},
        {"seq_len", "max_position_embeddings"},
        {"moe.top_k", "num_experts_per_tok"},
        {"moe.expert_ffn_hidden_size", "moe_intermediate_size"},
        {"moe.first_dense_layers", "first_k_dense_replace"},
        {"moe.layer_frequency", "moe_layer_freq"},
        {"mtp_layers", "num_nextn_predict_layers"}};
    auto it = kHfKey.find(e.field());
    throw InputError({file, 0}, it == kHfKey.end() ? e.field() : it->second, e.message());
  }
  return m;
}

ModelSpec load_model_hf_config(const std::string& path) {
  // A model directory (a checkpoint as downloaded) is read through its config.json.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec) &&
      std::filesystem::exists(std::filesystem::path(path) / "config.json", ec)) {
    const std::string config = (std::filesystem::path(path) / "config.json").string();
    return parse_model_hf_config(read_spec_file(config, config, "a Hugging Face config.json"),
                                 config);
  }
  return parse_model_hf_config(read_spec_file(path, path, "a Hugging Face config.json"), path);
}

ModelSpec load_model(const std::string& name_or_path) {
  std::error_code ec;
  if ((name_or_path.size() >= 5 && name_or_path.substr(name_or_path.size() - 5) == ".json") ||
      (std::filesystem::is_directory(name_or_path, ec) &&
       std::filesystem::exists(std::filesystem::path(name_or_path) / "config.json", ec)))
    return load_model_hf_config(name_or_path);
  PresetCatalog catalog = PresetCatalog::from_environment();
  std::filesystem::path file =
      catalog.resolve("models", name_or_path, {"<command line>", 0}, "model");
  return load_model_yaml(file.string());
}

std::vector<std::string> model_preset_names() {
  return PresetCatalog::from_environment().names("models");
}

}  // namespace colossus
