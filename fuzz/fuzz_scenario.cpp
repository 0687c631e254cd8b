// libFuzzer harness for the scenario YAML loader (sim::parse_scenario_yaml): a cluster (inline
// or a preset), a model preset or file, the parallelism and overlap sections. Names resolve in
// this checkout's presets; paths are read through the same bounded reader as the command.
#include "colossus/sim/scenario.h"
#include "harness.h"

// One input: a scenario file.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const colossus::PresetCatalog catalog = colossus::PresetCatalog::from_environment();
  return colossus::fuzz::run(data, size, [](const std::string& text) {
    colossus::sim::parse_scenario_yaml(text, "fuzz/scenario.yaml", catalog);
  });
}
