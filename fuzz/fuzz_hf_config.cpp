// libFuzzer harness for the Hugging Face config.json loader (parse_model_hf_config): JSON
// syntax, duplicate keys, nesting, integer bounds, MoE and MLA keys, validate_model.
#include "colossus/spec/model_loader.h"
#include "harness.h"

// One input: a config.json.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return colossus::fuzz::run(data, size, [](const std::string& text) {
    colossus::parse_model_hf_config(text, "fuzz/config.json");
  });
}
