// Hostile input to the spec loaders (issue 13): each case must end in one InputError line,
// quickly and in bounded memory, never a hang, a crash or a silently wrong value. The YAML cases
// are what yaml-cpp alone gets wrong (a parser stuck at a stray ',', aliases that contain
// themselves or expand exponentially, nesting past its recursion guard); the config.json cases
// are what nlohmann-json accepts but a config cannot mean (duplicate keys, 1e400, sizes beyond
// the YAML loader's bounds, files of gigabytes).
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "colossus/core/printable.h"
#include "colossus/spec/model_loader.h"
#include "colossus/spec/spec_file.h"
#include "colossus/spec/yaml_reader.h"

namespace colossus {
namespace {

// The message of the InputError that `f` throws, or "" if it throws none.
template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

YamlReader doc(const std::string& text) {
  return YamlReader::from_string(text, "t.yaml");
}

// A valid model's required YAML fields after `extra` (which may redefine none of them).
std::string model_yaml(const std::string& extra) {
  return "name: m\n" + extra +
         "layers: 2\nhidden_size: 64\nattention_heads: 4\nffn_hidden_size: 256\n"
         "vocab_size: 1000\nseq_len: 128\n";
}

// A Llama-like config.json with `fields` (JSON members, each followed by a comma) first.
std::string hf_json(const std::string& fields) {
  return "{" + fields +
         R"("hidden_size": 4096, "num_attention_heads": 32, "intermediate_size": 14336,
            "vocab_size": 128256, "max_position_embeddings": 8192, "model_type": "llama"})";
}

ModelSpec hf(const std::string& text) {
  return parse_model_hf_config(text, "c/config.json");
}

// ---- YAML ------------------------------------------------------------------------------------

TEST(BadYaml, StrayCommaFirstIsRefusedNotLoopedOn) {
  // yaml-cpp's LoadAll returned an empty document forever here (growing ~85 MB/s).
  EXPECT_EQ(error_of([] { doc(","); }),
            "t.yaml:1: malformed YAML: unexpected \",\" outside any list or mapping");
  // The same after a comment, with text after the comma.
  EXPECT_EQ(error_of([] { doc("# c\n, a: 1\n"); }),
            "t.yaml:2: malformed YAML: unexpected \",\" outside any list or mapping");
}

TEST(BadYaml, SelfReferencingAliasIsRefused) {
  // &a [*a] is a list that contains itself: any walk of it would recurse until the stack ends.
  EXPECT_EQ(error_of([] { doc(model_yaml("description: &a [*a]\n")); }),
            "t.yaml:2: malformed YAML: alias *a refers to a node that contains it (a cycle), "
            "expected a reference to a finished node");
  // Deeper inside the anchored node, and in a mapping.
  EXPECT_EQ(error_of([] { doc("overlap: &o {grad_reduce: [1, {x: *o}]}\n"); }),
            "t.yaml:1: malformed YAML: alias *o refers to a node that contains it (a cycle), "
            "expected a reference to a finished node");
  // An alias to a finished node is fine, and reads the anchored value.
  const YamlReader ok = doc("a: &x 3\nb: *x\n");
  EXPECT_EQ(ok.get_int("b", IntRange::positive()), 3);
}

TEST(BadYaml, AliasBombIsRefusedQuickly) {
  // 9 levels, each listing the previous 9 times: 9^9 = 387,420,489 nodes once expanded.
  std::string bomb = "[&a0 [x, x, x, x, x, x, x, x, x]";
  for (int i = 1; i < 9; ++i) {
    bomb += ", &a" + std::to_string(i) + " [";
    for (int k = 0; k < 9; ++k) bomb += (k ? ", *a" : "*a") + std::to_string(i - 1);
    bomb += "]";
  }
  bomb += "]";
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(error_of([&] { doc(model_yaml("description: " + bomb + "\n")); }),
            "t.yaml:2: malformed YAML: more than 200000 nodes with aliases expanded, expected a "
            "spec (are aliases nested in aliases?)");
  // Refused from the event stream, long before anything walks the nodes.
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
}

TEST(BadYaml, DeepNestingSaysWhatIsWrong) {
  // 600 nested lists: yaml-cpp's own guard (500) said only "bad file".
  const std::string deep = "a: " + std::string(600, '[') + std::string(600, ']') + "\n";
  EXPECT_EQ(error_of([&] { doc(deep); }),
            "t.yaml:1: malformed YAML: lists and mappings nested more than 64 deep");
  // 60 levels are fine.
  EXPECT_NO_THROW(doc("a: " + std::string(60, '[') + std::string(60, ']') + "\n"));
}

TEST(BadYaml, EchoedInputIsEscapedToOneLine) {
  // A value with a newline and a key with an ANSI escape: the error is one printable line.
  const YamlReader root = doc("transport: \"ether\\nnet\"\n\"\\e[31mred\": 1\n");
  EXPECT_EQ(error_of([&] {
              root.get_enum("transport", {"roce", "infiniband"});
            }),
            "t.yaml:1: transport: expected one of roce|infiniband, got \"ether\\nnet\"");
  EXPECT_EQ(error_of([&] { root.expect_keys({"transport"}); }),
            "t.yaml:2: \\x1b[31mred: unknown key; expected one of: transport");
}

TEST(BadYaml, HugeUnknownKeyGivesABoundedLine) {
  // A megabyte-long (explicit) key: no did-you-mean table of a megabyte squared, and a cut
  // message.
  const std::string key(1 << 20, 'k');
  const YamlReader root = doc("? " + key + "\n: 1\n");
  const std::string message = error_of([&] { root.expect_keys({"name"}); });
  EXPECT_EQ(message.substr(0, 12), "t.yaml:1: kk");
  EXPECT_NE(message.find("... (1046528 more bytes): unknown key"), std::string::npos);
  EXPECT_LT(message.size(), 2200u);
}

TEST(Printable, EscapesControlCharactersAndCutsLongText) {
  EXPECT_EQ(printable_one_line("a\nb\tc\x1b[0m\x7f"), "a\\nb\\tc\\x1b[0m\\x7f");
  // U+009B (CSI as one C1 character) is escaped; other non-ASCII text is kept.
  EXPECT_EQ(printable_one_line("\xc2\x9b"
                               "2J \xc3\xa9"),
            "\\u009b2J \xc3\xa9");
  // Cut at a character boundary: "é" is 2 bytes and does not fit in 2 after "a".
  EXPECT_EQ(printable_one_line("a\xc3\xa9z", 2), "a... (3 more bytes)");
}

// ---- files -----------------------------------------------------------------------------------

// A scratch folder for files the tests create, removed at the end.
class SpecFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() /
        ("colossus_bad_input_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(SpecFiles, DirectoryAndDeviceSayWhatTheyAre) {
  const std::filesystem::path folder = dir_ / "model.json";
  std::filesystem::create_directories(folder);
  EXPECT_EQ(error_of([&] { load_model_hf_config(folder.string()); }),
            folder.string() + ": is a directory, expected a Hugging Face config.json");
  EXPECT_EQ(error_of([] { load_model_hf_config("/dev/zero"); }),
            "/dev/zero: not a regular file, expected a Hugging Face config.json");
  EXPECT_EQ(error_of([&] { load_model_yaml(folder.string()); }),
            folder.string() + ": is a directory, expected a YAML file");
}

TEST_F(SpecFiles, HugeFileIsRefusedBeforeReading) {
  // A sparse file of 3 GB (no disk used): refused from its size, with no allocation.
  const std::filesystem::path big = dir_ / "config.json";
  { std::ofstream(big) << "{"; }
  std::filesystem::resize_file(big, std::uintmax_t{3} << 30);
  EXPECT_EQ(error_of([&] { load_model_hf_config(big.string()); }),
            big.string() +
                ": file of 3221225472 bytes is too large, expected a Hugging Face config.json "
                "of at most 16777216 bytes");
}

// ---- config.json -----------------------------------------------------------------------------

TEST(BadHfConfig, LayersBeyondTheBoundAreRefusedBeforeAllocating) {
  // Ten million layers: the YAML loader's bound is 100000.
  EXPECT_EQ(error_of([] { hf(hf_json(R"("num_hidden_layers": 10000000,)")); }),
            "c/config.json: num_hidden_layers: expected an integer in [0, 100000], got 10000000");
}

TEST(BadHfConfig, OutOfRangeIntegersAreRefusedNotTruncated) {
  // 2^32 + 1 layers was simulated as 1 layer; 2^32 + 32 heads became 32.
  EXPECT_EQ(error_of([] { hf(hf_json(R"("num_hidden_layers": 4294967297,)")); }),
            "c/config.json: num_hidden_layers: expected an integer in [0, 100000], got "
            "4294967297");
  EXPECT_EQ(
      error_of([] {
        hf(R"({"num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 4294967328})");
      }),
      "c/config.json: num_attention_heads: expected an integer in [0, 1048576], got 4294967328");
  // Beyond int64 (stored unsigned by nlohmann) and beyond uint64 (stored as a double).
  EXPECT_EQ(error_of([] { hf(hf_json(R"("num_hidden_layers": 18446744073709551615,)")); }),
            "c/config.json: num_hidden_layers: expected an integer in [0, 100000], got "
            "18446744073709551615");
  EXPECT_EQ(error_of([] { hf(hf_json(R"("num_hidden_layers": 18446744073709551616,)")); }),
            "c/config.json: num_hidden_layers: expected an integer in [0, 100000], got "
            "1.8446744073709552e+19");
}

TEST(BadHfConfig, DuplicateKeysAreRefused) {
  // JSON parsers keep the last; YAML refuses a duplicate, and so does config.json now.
  EXPECT_EQ(error_of([] { hf(hf_json(R"("num_hidden_layers": 32, "num_hidden_layers": 2,)")); }),
            "c/config.json: num_hidden_layers: duplicate key, expected each key once");
  // Inside a nested object too.
  EXPECT_EQ(error_of([] {
              hf(hf_json(R"("num_hidden_layers": 32, "rope_scaling": {"type": 1, "type": 2},)"));
            }),
            "c/config.json: type: duplicate key, expected each key once");
}

TEST(BadHfConfig, NumberOverflowIsAnInputError) {
  // 1e400 is beyond a double: nlohmann throws out_of_range, which escaped as "internal error".
  EXPECT_EQ(error_of([] { hf(R"({"hidden_size": 1e400})"); }),
            "c/config.json: config.json: not valid JSON: [json.exception.out_of_range.406] "
            "number overflow parsing '1e400'");
}

TEST(BadHfConfig, ProductsOfSizesAreCheckedBeforeFormed) {
  // vocab and hidden of 2^40 each: vocab * hidden = 2^80 overflowed int64 in the workload layer.
  EXPECT_EQ(error_of([] {
              hf(R"({"model_type": "llama", "num_hidden_layers": 2, "hidden_size": 1099511627776,
                     "num_attention_heads": 1, "head_dim": 64, "intermediate_size": 64,
                     "vocab_size": 1099511627776, "max_position_embeddings": 64})");
            }),
            "c/config.json: vocab_size: the model would have about 2.42e+24 parameters, expected "
            "at most 1e+15 (are the sizes in the right unit?)");
  // The same bound in YAML.
  EXPECT_EQ(error_of([] {
              parse_model_yaml(
                  "name: m\nlayers: 100000\nhidden_size: 1099511627776\nattention_heads: 1\n"
                  "head_dim: 64\nffn_hidden_size: 1099511627776\nvocab_size: 2\nseq_len: 2\n",
                  "t.yaml");
            }),
            "t.yaml:6: ffn_hidden_size: the model would have about 3.63e+29 parameters, "
            "expected at most 1e+15 (are the sizes in the right unit?)");
}

TEST(BadHfConfig, DeepNestingAndHugeArraysStayBounded) {
  EXPECT_EQ(error_of([] { hf("{\"x\": " + std::string(100000, '[') + "}"); }),
            "c/config.json: config.json: objects and arrays nested more than 64 deep, expected "
            "a Hugging Face config");
  // A 16 MB array under one key: its elements are dropped as they are parsed, and the key's
  // value is described by its kind.
  std::string big = R"({"num_hidden_layers": [)";
  for (int i = 0; i < 4000000; ++i) big += "0,";
  big += "0]}";
  EXPECT_EQ(error_of([&] { hf(big); }),
            "c/config.json: num_hidden_layers: expected an integer in [0, 100000], got a list");
}

TEST(BadHfConfig, ARealConfigStillLoads) {
  const ModelSpec m = hf(hf_json(R"("num_hidden_layers": 32, "num_key_value_heads": 8,)"));
  EXPECT_EQ(m.layers, 32);
  EXPECT_EQ(m.kv_heads, 8);
  EXPECT_EQ(m.head_dim, 128);  // 4096 / 32
}

}  // namespace
}  // namespace colossus
