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
  const double layers = m.layers;
  const double positions = m.learned_positions ? static_cast<double>(m.seq_len) * h : 0.0;
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
    if (!(m.moe.capacity_factor >= 1.0))
      fail(m, "moe.capacity_factor",
           fmt::format("expected a number >= 1, got {}", m.moe.capacity_factor));
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
  check_size(m);
}

namespace {

// Reads a model from a parsed YAML document.
ModelSpec read_model(const YamlReader& root) {
  const std::string& file = root.file();
  root.expect_keys({"name", "layers", "hidden_size", "attention_heads", "ffn_hidden_size",
                    "vocab_size", "seq_len"},
                   {"description", "kv_heads", "head_dim", "ffn", "tied_embeddings", "linear_bias",
                    "learned_positions", "dropout", "moe", "mla"});
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
  if (auto moe = root.optional_child("moe")) {
    moe->expect_keys(
        {"experts", "top_k", "expert_ffn_hidden_size"},
        {"shared_experts", "capacity_factor", "first_dense_layers", "layer_frequency"});
    m.moe.experts = static_cast<int>(moe->get_int("experts", IntRange::positive(kMaxHeads)));
    m.moe.top_k = static_cast<int>(moe->get_int("top_k", IntRange::positive(kMaxHeads)));
    m.moe.expert_ffn_hidden = moe->get_int("expert_ffn_hidden_size", IntRange::positive(kMaxDim));
    m.moe.shared_experts = static_cast<int>(
        moe->find_int("shared_experts", IntRange::non_negative(kMaxHeads)).value_or(0));
    m.moe.capacity_factor =
        moe->find_number("capacity_factor", NumberRange::between(1.0, 1e6)).value_or(1.0);
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

ModelSpec parse_model_hf_config(const std::string& text, const std::string& file) {
  if (text.size() > kMaxSpecFileBytes) {
    throw InputError({file, 0}, "",
                     fmt::format("file of {} bytes is too large, expected a Hugging Face "
                                 "config.json of at most {} bytes",
                                 text.size(), kMaxSpecFileBytes));
  }
  // Refuses what JSON allows but a config cannot mean: a key twice in one object (which value
  // would count?) and nesting deeper than any config's. What is inside a top-level value
  // (rope_scaling: {...}) is never read, so it is dropped as it is parsed: memory stays
  // bounded by the number of top-level keys whatever the file holds.
  std::vector<std::set<std::string>> keys;  // the keys seen in each open object or array
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
    const bool ends = event == Event::object_end || event == Event::array_end;
    return !((event == Event::value || ends) && depth >= 2);
  };
  // A value as messages show it: a scalar as written, a list or object by its kind.
  const auto shown = [](const nlohmann::json& v) {
    return v.is_structured() ? std::string(v.is_array() ? "a list" : "an object") : v.dump();
  };
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text, check);
  } catch (const nlohmann::json::exception& e) {
    // Malformed text, or a number beyond a double's range (1e400).
    throw InputError({file, 0}, "config.json", fmt::format("not valid JSON: {}", e.what()));
  }
  if (!j.is_object())
    throw InputError({file, 0}, "config.json",
                     fmt::format("expected a JSON object, got {}", j.type_name()));
  // The first of `keys` present, as an integer in [0, max]; nullopt if none is present. The
  // maxima are the YAML loader's, so that no size is truncated or wraps.
  auto find_int = [&](std::initializer_list<const char*> keys,
                      std::int64_t max) -> std::optional<std::int64_t> {
    for (const char* key : keys) {
      const auto it = j.find(key);
      if (it == j.end() || it->is_null()) continue;
      const std::string expected = fmt::format("expected an integer in [0, {}]", max);
      if (it->is_number_unsigned()) {
        const auto v = it->get<std::uint64_t>();
        if (v > static_cast<std::uint64_t>(max))
          throw InputError({file, 0}, key, fmt::format("{}, got {}", expected, v));
        return static_cast<std::int64_t>(v);
      }
      if (!it->is_number_integer() || it->get<std::int64_t>() < 0)
        throw InputError({file, 0}, key, fmt::format("{}, got {}", expected, shown(*it)));
      return it->get<std::int64_t>();
    }
    return std::nullopt;
  };
  auto get_int = [&](const char* key, std::int64_t max) {
    auto v = find_int({key}, max);
    if (!v) throw InputError({file, 0}, key, "missing (a required key of a Hugging Face config)");
    return *v;
  };
  auto find_bool = [&](const char* key, bool fallback) {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return fallback;
    if (!it->is_boolean())
      throw InputError({file, 0}, key, fmt::format("expected true or false, got {}", shown(*it)));
    return it->get<bool>();
  };
  ModelSpec m;
  m.source = {file, 0};
  m.name = std::filesystem::path(file).parent_path().filename().string();
  if (m.name.empty()) m.name = std::filesystem::path(file).stem().string();
  if (j.contains("model_type") && j["model_type"].is_string())
    m.description = fmt::format("{} (from {})", j["model_type"].get<std::string>(), file);
  m.layers = static_cast<int>(get_int("num_hidden_layers", kMaxLayers));
  m.hidden = get_int("hidden_size", kMaxDim);
  m.heads = static_cast<int>(get_int("num_attention_heads", kMaxHeads));
  m.kv_heads = static_cast<int>(find_int({"num_key_value_heads"}, kMaxHeads).value_or(m.heads));
  if (auto hd = find_int({"head_dim"}, kMaxHeads)) {
    m.head_dim = static_cast<int>(*hd);
  } else if (m.heads > 0) {
    m.head_dim = static_cast<int>(m.hidden / m.heads);
  }
  m.ffn_hidden = get_int("intermediate_size", kMaxDim);
  // The FFN's shape follows the architecture, not the activation name: Llama-family models
  // (Llama, Mistral, Mixtral, Qwen, Gemma, DeepSeek ...) are gated (3 matrices) whatever their
  // hidden_act; these model types have a plain 2-matrix MLP.
  static const std::set<std::string> kPlainMlp = {"gpt2",  "gpt_neox",  "gptj",        "opt",
                                                  "bloom", "falcon",    "gpt_bigcode", "phi",
                                                  "mpt",   "starcoder2"};
  const std::string type = j.contains("model_type") && j["model_type"].is_string()
                               ? j["model_type"].get<std::string>()
                               : "";
  m.ffn_kind = kPlainMlp.count(type) ? FfnKind::gelu : FfnKind::swiglu;
  m.vocab = get_int("vocab_size", kMaxDim);
  m.seq_len = get_int("max_position_embeddings", kMaxDim);
  m.tied_embeddings = find_bool("tie_word_embeddings", false);
  if (auto experts = find_int({"num_local_experts", "n_routed_experts", "num_experts"}, kMaxHeads);
      experts && *experts > 0) {
    m.moe.experts = static_cast<int>(*experts);
    m.moe.top_k = static_cast<int>(get_int("num_experts_per_tok", kMaxHeads));
    m.moe.expert_ffn_hidden = find_int({"moe_intermediate_size"}, kMaxDim).value_or(m.ffn_hidden);
    m.moe.shared_experts = static_cast<int>(find_int({"n_shared_experts"}, kMaxHeads).value_or(0));
    m.moe.first_dense_layers =
        static_cast<int>(find_int({"first_k_dense_replace"}, kMaxLayers).value_or(0));
    m.moe.layer_frequency = static_cast<int>(find_int({"moe_layer_freq"}, kMaxLayers).value_or(1));
  }
  if (auto kv_lora = find_int({"kv_lora_rank"}, kMaxDim); kv_lora && *kv_lora > 0) {
    m.mla.kv_lora_rank = *kv_lora;
    m.mla.q_lora_rank = find_int({"q_lora_rank"}, kMaxDim).value_or(0);
    m.mla.qk_nope_head_dim = static_cast<int>(get_int("qk_nope_head_dim", kMaxHeads));
    m.mla.qk_rope_head_dim = static_cast<int>(get_int("qk_rope_head_dim", kMaxHeads));
    m.mla.v_head_dim = static_cast<int>(get_int("v_head_dim", kMaxHeads));
    m.head_dim = m.mla.v_head_dim;
    m.kv_heads = m.heads;
  }
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
        {"moe.layer_frequency", "moe_layer_freq"}};
    auto it = kHfKey.find(e.field());
    throw InputError({file, 0}, it == kHfKey.end() ? e.field() : it->second, e.message());
  }
  return m;
}

ModelSpec load_model_hf_config(const std::string& path) {
  return parse_model_hf_config(read_spec_file(path, path, "a Hugging Face config.json"), path);
}

ModelSpec load_model(const std::string& name_or_path) {
  if (name_or_path.size() >= 5 && name_or_path.substr(name_or_path.size() - 5) == ".json")
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
