// Reading a cluster's `site:` section and the presets it names (presets/power/,
// presets/pricing/) into site_spec.h's structs. Every figure is range-checked: a PUE below 1, a
// negative WUE, price or carbon intensity, or a depreciation period of 0 is an InputError naming
// file, line and field. docs/power_and_cost.md documents the fields.
#pragma once

#include <string>

#include "colossus/spec/preset_catalog.h"
#include "colossus/spec/site_spec.h"
#include "colossus/spec/yaml_reader.h"

namespace colossus {

inline constexpr const char* kPowerModelPresets = "power";
inline constexpr const char* kPricingPresets = "pricing";

// The `site:` mapping of a cluster; the presets it names are resolved through `catalog`.
SiteSpec read_site(const YamlReader& site, const PresetCatalog& catalog);
// A power-model or pricing preset by name or file (relative to the current directory).
PowerModelSpec load_power_model(const std::string& name_or_file, const PresetCatalog& catalog);
PricingSpec load_pricing(const std::string& name_or_file, const PresetCatalog& catalog);

}  // namespace colossus
