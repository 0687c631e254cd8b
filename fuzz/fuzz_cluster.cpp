// libFuzzer harness for the cluster YAML loader (parse_cluster_yaml): presets, pools, servers,
// fabric tiers, with the preset catalog of this checkout for the names the input refers to.
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/preset_catalog.h"
#include "harness.h"

// One input: a cluster spec.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const colossus::PresetCatalog catalog = colossus::PresetCatalog::from_environment();
  return colossus::fuzz::run(data, size, [](const std::string& text) {
    colossus::parse_cluster_yaml(text, "fuzz.yaml", catalog);
  });
}
