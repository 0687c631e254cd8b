// libFuzzer harness for the model YAML loader (parse_model_yaml, presets/models/*.yaml shape),
// including validate_model's cross-field checks and its parameter-count bound.
#include "colossus/spec/model_loader.h"
#include "harness.h"

// One input: a model spec.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return colossus::fuzz::run(
      data, size, [](const std::string& text) { colossus::parse_model_yaml(text, "fuzz.yaml"); });
}
