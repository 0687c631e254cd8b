// The `site:` section of a cluster and its power-model and pricing presets: YAML fields (units
// in their names) into site_spec.h's structs. Ranges are wide enough for any real site and tight
// enough to catch a slip: a PUE is at least 1 (a facility cannot use less than its IT), WUE,
// prices and carbon intensities are not negative, depreciation periods are positive.
#include "colossus/spec/site_loader.h"

#include <fmt/format.h>

#include <filesystem>
#include <optional>

namespace colossus {
namespace {

namespace fs = std::filesystem;

constexpr double kMaxPue = 5.0;             // far beyond any operating facility (~1.0-2.5)
constexpr double kMaxWueLPerKwh = 100.0;    // far beyond evaporative cooling (~2 L/kWh)
constexpr double kMaxGridMw = 1e5;          // 100 GW
constexpr double kMaxCarbonKgPerKwh = 2.0;  // above lignite (~1.1 kg/kWh)
constexpr double kMaxUsdPerKwh = 10.0;      // far above any tariff
constexpr double kMaxUsdPerMw = 1e9;        // a billion dollars per MW
constexpr double kMaxYears = 100.0;
constexpr double kMaxUsdPerGpuHour = 1000.0;

// Opens a preset named at `node` (a name, a file relative to the node's file, or an inline
// mapping) and checks a preset's `name` against its file name.
template <class T, class Parse>
T read_preset(const YamlReader& node, const PresetCatalog& catalog, const char* kind, Parse parse) {
  if (node.is_map()) return parse(node);
  if (!node.is_scalar()) {
    node.fail(
        fmt::format("expected a preset name, a YAML file or a mapping, got {}", node.describe()));
  }
  const std::string text = node.as_string();
  const fs::path base = fs::path(node.file()).parent_path();
  const YamlReader file = catalog.open(kind, text, node.location(), node.path(), base);
  T spec = parse(file);
  if (!PresetCatalog::looks_like_file(text, base) && spec.name != text) {
    file.fail_at("name", fmt::format("expected \"{}\" (the preset's file name), got \"{}\"", text,
                                     spec.name));
  }
  return spec;
}

// A fraction in [0, 1] of some full-load figure.
double fraction(const YamlReader& m, std::string_view key) {
  return m.get_number(key, NumberRange::between(0.0, 1.0));
}

PowerModelSpec parse_power_model(const YamlReader& m) {
  m.expect_keys({"name", "gpu_compute_fraction_of_tdp", "gpu_communication_fraction_of_tdp",
                 "gpu_idle_fraction_of_tdp", "host_active_fraction", "host_idle_fraction"},
                {"description"});
  PowerModelSpec p;
  p.name = m.get_string("name");
  p.description = m.find_string("description").value_or("");
  p.gpu_compute = fraction(m, "gpu_compute_fraction_of_tdp");
  p.gpu_communication = fraction(m, "gpu_communication_fraction_of_tdp");
  p.gpu_idle = fraction(m, "gpu_idle_fraction_of_tdp");
  p.host_active = fraction(m, "host_active_fraction");
  p.host_idle = fraction(m, "host_idle_fraction");
  if (p.gpu_idle > p.gpu_communication || p.gpu_communication > p.gpu_compute) {
    m.fail_at("gpu_communication_fraction_of_tdp",
              fmt::format("expected idle <= communication <= compute, got {} <= {} <= {}",
                          p.gpu_idle, p.gpu_communication, p.gpu_compute));
  }
  if (p.host_idle > p.host_active) {
    m.fail_at("host_idle_fraction",
              fmt::format("expected at most host_active_fraction ({}), got {}", p.host_active,
                          p.host_idle));
  }
  return p;
}

PricingSpec parse_pricing(const YamlReader& m) {
  m.expect_keys({"name", "date", "facility_capex_usd_per_mw", "it_depreciation_years",
                 "facility_depreciation_years", "maintenance_fraction_per_year"},
                {"description", "cloud_usd_per_gpu_hour"});
  PricingSpec p;
  p.name = m.get_string("name");
  p.description = m.find_string("description").value_or("");
  p.date = m.get_string("date");
  p.facility_capex_per_mw =
      dollars(m.get_number("facility_capex_usd_per_mw", NumberRange::non_negative(kMaxUsdPerMw)));
  const NumberRange years = NumberRange::positive(kMaxYears);
  p.it_depreciation_years = m.get_number("it_depreciation_years", years);
  p.facility_depreciation_years = m.get_number("facility_depreciation_years", years);
  p.maintenance_per_year = fraction(m, "maintenance_fraction_per_year");
  if (auto cloud = m.optional_child("cloud_usd_per_gpu_hour")) {
    for (const auto& [gpu, price] : cloud->entries()) {
      p.cloud_per_gpu_hour[gpu] =
          dollars(price.as_number(NumberRange::positive(kMaxUsdPerGpuHour)));
    }
  }
  return p;
}

}  // namespace

SiteSpec read_site(const YamlReader& m, const PresetCatalog& catalog) {
  m.expect_keys({"cooling", "pue", "wue_l_per_kwh", "carbon_kg_per_kwh", "electricity_usd_per_kwh",
                 "power_model", "pricing"},
                {"grid_capacity_mw"});
  SiteSpec s;
  s.cooling = parse_enum<Cooling>(m.get_enum("cooling", {"direct_liquid", "rear_door", "air"}),
                                  m.location_of("cooling"), m.field_path("cooling"));
  s.pue = m.get_number("pue", NumberRange::between(1.0, kMaxPue));
  s.wue_l_per_kwh = m.get_number("wue_l_per_kwh", NumberRange::between(0.0, kMaxWueLPerKwh));
  if (auto mw = m.find_number("grid_capacity_mw", NumberRange::positive(kMaxGridMw))) {
    s.grid_capacity = megawatts(*mw);
  }
  s.carbon_kg_per_kwh =
      m.get_number("carbon_kg_per_kwh", NumberRange::between(0.0, kMaxCarbonKgPerKwh));
  s.electricity_usd_per_kwh =
      m.get_number("electricity_usd_per_kwh", NumberRange::between(0.0, kMaxUsdPerKwh));
  s.power_model = read_preset<PowerModelSpec>(m.child("power_model"), catalog, kPowerModelPresets,
                                              parse_power_model);
  s.pricing = read_preset<PricingSpec>(m.child("pricing"), catalog, kPricingPresets, parse_pricing);
  return s;
}

PowerModelSpec load_power_model(const std::string& name_or_file, const PresetCatalog& catalog) {
  return parse_power_model(
      catalog.open(kPowerModelPresets, name_or_file, {"<command line>", 0}, "", {}));
}

PricingSpec load_pricing(const std::string& name_or_file, const PresetCatalog& catalog) {
  return parse_pricing(catalog.open(kPricingPresets, name_or_file, {"<command line>", 0}, "", {}));
}

}  // namespace colossus
