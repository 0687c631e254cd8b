// Parameter counts of the model presets against the sizes their authors publish, and the model
// loaders (YAML presets, Hugging Face config.json) with their error messages.
#include "colossus/workload/model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "colossus/spec/model_loader.h"

namespace colossus {
namespace {

// Published totals are rounded (to 3 significant figures at best) and some omit small terms
// (norms, biases), so counts must agree within 0.5% unless stated otherwise.
constexpr double kTolerance = 0.005;

double billions(std::int64_t n) {
  return static_cast<double>(n) / 1e9;
}

struct Published {
  const char* preset;
  double total_billion;
  double active_billion;  // 0: dense (active == total)
  double tolerance;
};

class PresetParameters : public ::testing::TestWithParam<Published> {};

TEST_P(PresetParameters, MatchPublishedCounts) {
  const Published& want = GetParam();
  ModelSpec model = load_model(want.preset);
  ParameterCount count = count_parameters(model);
  EXPECT_NEAR(billions(count.total), want.total_billion, want.total_billion * want.tolerance)
      << want.preset;
  double active = want.active_billion > 0 ? want.active_billion : want.total_billion;
  EXPECT_NEAR(billions(count.active), active, active * want.tolerance) << want.preset;
  if (!model.is_moe()) {
    EXPECT_EQ(count.active, count.total);
  }
}

// Published figures: Llama 3 herd paper (8.03B, 70.6B, 405.8B as in the model cards' "8.03B",
// "70.6B", "405.8B"); GPT-3 paper 175B; Mixtral paper 46.7B total / 12.9B active; Grok-1
// README 314B; DeepSeek-V3 report 671B / 37B. Grok-1's active count is not published: 2 of 8
// experts of 64 layers gives 83.8B (not checked beyond the total). GPT-3's "175B" is
// rounded from 174.6B, 0.23% off. DeepSeek-V3 (with its MTP module, and DeepSeek's own way of
// counting activated parameters) has its own test below.
INSTANTIATE_TEST_SUITE_P(Presets, PresetParameters,
                         ::testing::Values(Published{"llama3-8b", 8.03, 0, kTolerance},
                                           Published{"llama3-70b", 70.6, 0, kTolerance},
                                           Published{"llama3-405b", 405.8, 0, kTolerance},
                                           Published{"gpt3-175b", 175.0, 0, kTolerance},
                                           Published{"mixtral-8x7b", 46.7, 12.9, kTolerance}),
                         [](const auto& info) {
                           std::string name = info.param.preset;
                           for (char& c : name)
                             if (c == '-' || c == '.') c = '_';
                           return name;
                         });

TEST(ModelParameters, Grok1Total) {
  // README: 314B parameters. Our count: 64 x (88.1M attention + 8 x 604M experts) + 0.8B tied
  // embedding = 315.7B, 0.5% above the rounded figure.
  ParameterCount count = count_parameters(load_model("grok-1"));
  EXPECT_NEAR(billions(count.total), 314.0, 314.0 * 0.01);
  // Active: 2 of 8 experts, so the expert part drops to a quarter.
  EXPECT_NEAR(billions(count.active), billions(count.total - count.expert * 3 / 4), 1e-6);
}

TEST(ModelParameters, Llama8bByHand) {
  // Per layer: attention 4096*(4096 + 2*1024) + 4096*4096 = 41,943,040; SwiGLU 3*4096*14336 =
  // 176,160,768; two RMSNorms 8,192. 32 layers + embedding and output 2*128256*4096 + final
  // norm 4096 = 8,030,261,248 (the model card's 8.03B).
  EXPECT_EQ(count_parameters(load_model("llama3-8b")).total, 8'030'261'248);
}

TEST(ModelParameters, DeepSeekLayersAreDenseThenMoe) {
  ModelSpec m = load_model("deepseek-v3");
  EXPECT_FALSE(m.layer_is_moe(0));
  EXPECT_FALSE(m.layer_is_moe(2));
  EXPECT_TRUE(m.layer_is_moe(3));
  EXPECT_TRUE(m.layer_is_moe(60));
  EXPECT_EQ(m.moe_layers(), 58);
}

TEST(ModelLoader, HuggingFaceConfigMatchesPreset) {
  // Mixtral's config.json keys, as published by Mistral AI.
  const char* json = R"({"architectures": ["MixtralForCausalLM"], "hidden_size": 4096,
    "intermediate_size": 14336, "max_position_embeddings": 32768, "model_type": "mixtral",
    "num_attention_heads": 32, "num_experts_per_tok": 2, "num_hidden_layers": 32,
    "num_key_value_heads": 8, "num_local_experts": 8, "tie_word_embeddings": false,
    "vocab_size": 32000, "hidden_act": "silu"})";
  ModelSpec hf = parse_model_hf_config(json, "mixtral/config.json");
  EXPECT_EQ(hf.name, "mixtral");
  EXPECT_EQ(count_parameters(hf).total, count_parameters(load_model("mixtral-8x7b")).total);
  EXPECT_EQ(count_parameters(hf).active, count_parameters(load_model("mixtral-8x7b")).active);
}

TEST(ModelLoader, HuggingFaceDeepSeekConfigMatchesPreset) {
  const char* json = R"({"hidden_size": 7168, "intermediate_size": 18432,
    "moe_intermediate_size": 2048, "num_hidden_layers": 61, "num_attention_heads": 128,
    "num_key_value_heads": 128, "n_routed_experts": 256, "n_shared_experts": 1,
    "num_experts_per_tok": 8, "first_k_dense_replace": 3, "moe_layer_freq": 1,
    "q_lora_rank": 1536, "kv_lora_rank": 512, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64,
    "v_head_dim": 128, "vocab_size": 129280, "max_position_embeddings": 163840,
    "tie_word_embeddings": false, "model_type": "deepseek_v3", "num_nextn_predict_layers": 1})";
  ModelSpec hf = parse_model_hf_config(json, "dsv3/config.json");
  EXPECT_EQ(count_parameters(hf).total, count_parameters(load_model("deepseek-v3")).total);
}

TEST(ModelLoader, LoadsConfigJsonByPathAndListsPresets) {
  // A config.json on disk is recognised by its extension and named after its folder.
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "colossus_hf_llama";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "config.json")
      << R"({"hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": 32,
             "num_attention_heads": 32, "num_key_value_heads": 8, "vocab_size": 128256,
             "max_position_embeddings": 8192, "tie_word_embeddings": false,
             "architectures": ["LlamaForCausalLM"]})";
  ModelSpec m = load_model((dir / "config.json").string());
  EXPECT_EQ(m.name, "colossus_hf_llama");
  EXPECT_EQ(count_parameters(m).total, 8'030'261'248);  // Llama 3 8B, as the preset
  // The model directory itself (a checkpoint as downloaded) reads the same config.json.
  EXPECT_EQ(count_parameters(load_model(dir.string())).total, 8'030'261'248);
  std::filesystem::remove_all(dir);
  std::vector<std::string> names = model_preset_names();
  for (const char* want : {"deepseek-v3", "gpt3-175b", "grok-1", "llama3-405b", "llama3-70b",
                           "llama3-8b", "mixtral-8x7b"})
    EXPECT_NE(std::find(names.begin(), names.end(), want), names.end()) << want;
  // An unknown preset name is an InputError listing the available ones.
  EXPECT_THROW(load_model("llama4-9000b"), InputError);
}

TEST(ModelLoader, HuggingFaceFfnShapeFollowsModelType) {
  // Gemma's activation is gelu_pytorch_tanh but its MLP is gated (gate, up, down); GPT-NeoX's
  // is a plain 2-matrix GELU MLP.
  const char* gemma = R"({"model_type": "gemma", "hidden_act": "gelu_pytorch_tanh",
    "hidden_size": 3072, "intermediate_size": 24576, "num_hidden_layers": 28,
    "num_attention_heads": 16, "head_dim": 256, "vocab_size": 256000,
    "max_position_embeddings": 8192})";
  EXPECT_EQ(parse_model_hf_config(gemma, "gemma/config.json").ffn_kind, FfnKind::swiglu);
  const char* neox = R"({"model_type": "gpt_neox", "hidden_act": "gelu", "hidden_size": 6144,
    "intermediate_size": 24576, "num_hidden_layers": 44, "num_attention_heads": 64,
    "vocab_size": 50432, "max_position_embeddings": 2048})";
  EXPECT_EQ(parse_model_hf_config(neox, "neox/config.json").ffn_kind, FfnKind::gelu);
}

TEST(ModelLoader, HuggingFaceErrorsNameFileAndKey) {
  try {
    parse_model_hf_config(R"({"hidden_size": 4096, "model_type": "llama"})", "x/config.json");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              "x/config.json: num_hidden_layers: missing (a required key of a Hugging Face "
              "config)");
  }
  try {
    parse_model_hf_config(R"({"num_hidden_layers": "32", "model_type": "llama"})", "x/config.json");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.field(), "num_hidden_layers");
    EXPECT_EQ(e.message(), "expected an integer in [0, 100000], got \"32\"");
  }
  EXPECT_THROW(parse_model_hf_config("{not json", "x/config.json"), InputError);
  // An architecture the simulator does not model is named, in one line.
  try {
    parse_model_hf_config(R"({"model_type": "mamba", "hidden_size": 2560})", "x/config.json");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.field(), "model_type");
    EXPECT_EQ(e.message().rfind("architecture mamba is not supported", 0), 0u) << e.message();
  }
}

// A Llama-3-8B-shaped config.json with `extra` members first.
std::string llama_json(const std::string& extra) {
  return "{" + extra + R"("model_type": "llama", "hidden_size": 4096, "intermediate_size": 14336,
    "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 8,
    "vocab_size": 128256, "max_position_embeddings": 131072})";
}

TEST(ModelLoader, HuggingFaceSequenceLengthIsAStatedDefault) {
  // max_position_embeddings (131072) is the longest context the model accepts, not the length it
  // is trained at: the loader takes 4096 and says why.
  ModelSpec m = parse_model_hf_config(llama_json(""), "l/config.json");
  EXPECT_EQ(m.seq_len, 4096);
  EXPECT_NE(m.seq_len_note.find("131072"), std::string::npos) << m.seq_len_note;
  EXPECT_NE(m.seq_len_note.find("--seq-len"), std::string::npos) << m.seq_len_note;
  // Shorter than 4096: GPT-2's 1024 positions.
  const char* gpt2 = R"({"model_type": "gpt2", "n_embd": 768, "n_head": 12, "n_layer": 12,
    "n_positions": 1024, "vocab_size": 50257})";
  EXPECT_EQ(parse_model_hf_config(gpt2, "gpt2/config.json").seq_len, 1024);
}

TEST(ModelLoader, HuggingFaceKeyNamesAndDefaultsOfEachFamily) {
  // GPT-2 (n_embd, n_head, n_layer, n_positions; n_inner absent = 4h; tied by GPT2Config's
  // default; biases; learned positions of 1024 rows): 124,439,808 parameters, the "124M" of
  // OpenAI's model card. By hand: 12 x (4 x 768^2 + 4 x 768 [attn] + 2 x 768 x 3072 + 3072 + 768
  // [MLP] + 4 x 768 [2 LayerNorms]) = 85,054,464; embeddings 50257 x 768 + 1024 x 768 =
  // 39,383,808; final LayerNorm 1,536.
  const char* gpt2 = R"({"model_type": "gpt2", "n_embd": 768, "n_head": 12, "n_layer": 12,
    "n_positions": 1024, "n_inner": null, "vocab_size": 50257})";
  ModelSpec g = parse_model_hf_config(gpt2, "gpt2/config.json");
  EXPECT_TRUE(g.tied_embeddings);
  EXPECT_TRUE(g.learned_positions);
  EXPECT_EQ(g.ffn_hidden, 3072);
  EXPECT_EQ(count_parameters(g).total, 124'439'808);
  // DBRX: d_model, n_heads, n_layers, attn_config.kv_n_heads, ffn_config.{ffn_hidden_size,
  // moe_num_experts, moe_top_k}.
  const char* dbrx = R"({"model_type": "dbrx", "d_model": 6144, "n_heads": 48, "n_layers": 40,
    "max_seq_len": 32768, "vocab_size": 100352, "attn_config": {"kv_n_heads": 8},
    "ffn_config": {"ffn_hidden_size": 10752, "moe_num_experts": 16, "moe_top_k": 4}})";
  ModelSpec d = parse_model_hf_config(dbrx, "dbrx/config.json");
  EXPECT_EQ(d.kv_heads, 8);
  EXPECT_EQ(d.moe.experts, 16);
  EXPECT_EQ(d.moe.top_k, 4);
  EXPECT_EQ(d.moe.expert_ffn_hidden, 10752);
  EXPECT_FALSE(d.tied_embeddings);  // DbrxConfig's default
  // Gemma (GemmaConfig ties by default) and Llama (LlamaConfig does not).
  const char* gemma = R"({"model_type": "gemma", "hidden_size": 3072, "intermediate_size": 24576,
    "num_hidden_layers": 28, "num_attention_heads": 16, "head_dim": 256, "vocab_size": 256000})";
  EXPECT_TRUE(parse_model_hf_config(gemma, "gemma/config.json").tied_embeddings);
  EXPECT_FALSE(parse_model_hf_config(llama_json(""), "l/config.json").tied_embeddings);
  // A multimodal config: the language model is text_config's (Gemma 3: its vocab_size left to
  // Gemma3TextConfig's 262208), and the sliding-window pattern is read from it.
  const char* gemma3 =
      R"({"model_type": "gemma3", "architectures": ["Gemma3ForConditionalGeneration"],
    "text_config": {"model_type": "gemma3_text", "hidden_size": 5376, "intermediate_size": 21504,
      "num_hidden_layers": 62, "num_attention_heads": 32, "num_key_value_heads": 16,
      "head_dim": 128, "sliding_window": 1024, "sliding_window_pattern": 6},
    "vision_config": {"hidden_size": 1152, "num_hidden_layers": 27}})";
  ModelSpec g3 = parse_model_hf_config(gemma3, "gemma3/config.json");
  EXPECT_EQ(g3.layers, 62);
  EXPECT_EQ(g3.vocab, 262208);
  EXPECT_EQ(g3.attention_window, 1024);
  EXPECT_EQ(g3.layer_window(4), 1024);
  EXPECT_EQ(g3.layer_window(5), 0);  // (i + 1) % 6 == 0: global
  // layer_types (newer configs): the same pattern as a list.
  std::string types = R"("sliding_window": 4096, "layer_types": [)";
  for (int i = 0; i < 32; ++i)
    types += std::string(i ? ", " : "") + (i % 2 ? "\"full_attention\"" : "\"sliding_attention\"");
  types += "],";
  ModelSpec alt = parse_model_hf_config(llama_json(types), "l/config.json");
  EXPECT_EQ(alt.global_every, 2);
  EXPECT_EQ(alt.layer_window(0), 4096);
  EXPECT_EQ(alt.layer_window(1), 0);
  // GPT-NeoX: parallel attention + FFN unless use_parallel_residual is false.
  const char* neox = R"({"model_type": "gpt_neox", "hidden_size": 4096, "intermediate_size": 16384,
    "num_hidden_layers": 32, "num_attention_heads": 32, "vocab_size": 50432,
    "max_position_embeddings": 2048})";
  EXPECT_TRUE(parse_model_hf_config(neox, "neox/config.json").parallel_block);
}

TEST(ModelParameters, LoraTrainableParametersOfLlama3_8b) {
  // LoRA rank 16 on q, k, v, o of Llama 3 8B: per layer r x (in + out) per projection,
  // q 16 x (4096 + 4096) + k 16 x (4096 + 1024) + v the same + o 16 x (4096 + 4096) = 425,984;
  // x 32 layers = 13,631,488. PEFT prints exactly "trainable params: 13,631,488 || all params:
  // 8,043,892,736" for Meta-Llama-3-8B with r=16 on q_proj, k_proj, v_proj, o_proj.
  ModelSpec m = load_model("llama3-8b");
  m.lora.rank = 16;
  const ParameterCount c = count_parameters(m);
  EXPECT_EQ(c.lora, 13'631'488);
  EXPECT_EQ(c.trainable, 13'631'488);
  EXPECT_EQ(c.total, 8'043'892'736);
  // All seven projections: + gate, up (16 x (4096 + 14336) each) and down (the same) per layer:
  // 425,984 + 3 x 294,912 = 1,310,720 per layer, 41,943,040 in all (PEFT's figure for
  // target_modules "all-linear" on Llama 3 8B).
  m.lora.targets = *parse_lora_target("all");
  EXPECT_EQ(count_parameters(m).lora, 41'943'040);
  // Without LoRA every parameter trains.
  EXPECT_EQ(count_parameters(load_model("llama3-8b")).trainable, 8'030'261'248);
}

TEST(ModelParameters, DeepSeekV3MlaAndMtpMatchThePublishedCounts) {
  // DeepSeek-V3 report: 671B total parameters, 37B activated per token, plus a 14B
  // multi-token-prediction module (the Hugging Face checkpoint's 685B).
  ModelSpec m = load_model("deepseek-v3");
  ASSERT_EQ(m.mtp_layers, 1);
  const ParameterCount with_mtp = count_parameters(m);
  ModelSpec main = m;
  main.mtp_layers = 0;
  const ParameterCount c = count_parameters(main);
  // MLA per layer: q_down 7168 x 1536 + q_up 1536 x 128 x 192 + kv_down 7168 x 576 + kv_up
  // 512 x 128 x 256 + out 128 x 128 x 7168 = 187,105,280 (+ norms 1536 + 512).
  EXPECT_EQ(layer_params(main, 0).attention, 187'105'280);
  EXPECT_NEAR(billions(c.total), 671.0, 671.0 * 0.01);
  // DeepSeek counts activated parameters without the input embedding table (a token reads one
  // row of it): 36.63B. The published "37B" is rounded to the billion; 36.63 is 1.0% below it.
  EXPECT_NEAR(billions(c.active_without_embedding()), 37.0, 37.0 * 0.011);
  // The MTP module: one MoE layer (11.5B, 256 experts) + the [2h -> h] projection + 3 norms =
  // 11.61B; the checkpoint's 14B also stores copies of the embedding and output head (2 x
  // 0.93B) that training shares with the main model.
  EXPECT_NEAR(billions(with_mtp.mtp), 11.61, 0.01);
  EXPECT_NEAR(billions(with_mtp.total + 2 * c.embedding), 685.0, 685.0 * 0.01);
}

TEST(ModelAttention, SlidingWindowKeysAtLongSequences) {
  // A window w = 4096 at s = 131072 (s >> w): causal pairs s w - w^2 / 2; Megatron's count of
  // full attention is twice the causal pairs, so keys per query 2w - w^2/s = 8192 - 128 = 8064,
  // against s = 131072 for global attention (16.3x fewer).
  ModelSpec m = load_model("llama3-8b");
  m.attention_window = 4096;
  EXPECT_DOUBLE_EQ(m.attended_keys(0, 131072), 8064.0);
  // A window covering the sequence changes nothing; global layers (every 2nd) neither.
  EXPECT_DOUBLE_EQ(m.attended_keys(0, 4096), 4096.0);
  m.global_every = 2;
  EXPECT_DOUBLE_EQ(m.attended_keys(1, 131072), 131072.0);
}

TEST(ModelLoader, YamlErrorsNameLineAndField) {
  const char* yaml =
      "name: bad\n"
      "layers: 2\n"
      "hidden_size: 64\n"
      "attention_heads: 8\n"
      "kv_heads: 3\n"
      "ffn_hidden_size: 256\n"
      "vocab_size: 100\n"
      "seq_len: 16\n";
  try {
    parse_model_yaml(yaml, "bad.yaml");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().line, 5);
    EXPECT_EQ(e.field(), "kv_heads");
    EXPECT_EQ(e.message(), "expected a divisor of attention_heads (8), got 3");
  }
  // An unknown key is rejected (YamlReader suggests the closest allowed one).
  std::string typo = std::string(yaml) + "tied_embedding: true\n";
  EXPECT_THROW(parse_model_yaml(typo, "typo.yaml"), InputError);
}

}  // namespace
}  // namespace colossus
