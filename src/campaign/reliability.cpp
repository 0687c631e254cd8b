// The reliability loader: presets/reliability/*.yaml (or a user's file) into ReliabilitySpec,
// through spec/yaml_reader.h so a bad rate names file:line and field. Every component must say
// where its rate comes from (a `source` field); the recovery constants carry theirs as comments
// in the preset and in docs/campaign.md.
#include "colossus/campaign/reliability.h"

#include <fmt/format.h>

namespace colossus::campaign {
namespace {

// Rates above this (failures per 1,000 unit-days: one failure per unit every 1.4 minutes) are
// typing errors, not hardware.
constexpr double kMaxRate = 1e6;
// Durations above a year are typing errors.
constexpr double kMaxHours = 24.0 * 366.0;

Component read_component(const YamlReader& m) {
  m.expect_keys({"name", "unit", "rate_per_1000_unit_days", "detection", "source"},
                {"blast_radius", "slowdown", "slow_duration_min"});
  Component c;
  c.name = m.get_string("name");
  c.where = m.location();
  c.unit = parse_enum<Unit>(m.get_string("unit"), m.location_of("unit"), m.field_path("unit"));
  c.rate_per_1000_unit_days =
      m.get_number("rate_per_1000_unit_days", NumberRange::non_negative(kMaxRate));
  c.detection = parse_enum<Detection>(m.get_string("detection"), m.location_of("detection"),
                                      m.field_path("detection"));
  c.source = m.get_string("source");
  if (c.source.empty()) m.fail_at("source", "expected where the rate comes from, got nothing");
  if (c.detection == Detection::slow) {
    if (m.has("blast_radius")) {
      m.fail_at("blast_radius", "a slowdown (detection: slow) stops nothing; remove blast_radius");
    }
    c.slowdown = m.get_number("slowdown", NumberRange{0, 1, true});
    c.slow_duration =
        seconds(60.0 * m.get_number("slow_duration_min", NumberRange::positive(kMaxHours * 60)));
  } else {
    for (const char* key : {"slowdown", "slow_duration_min"}) {
      if (m.has(key)) m.fail_at(key, "only a slowdown (detection: slow) has this field");
    }
    c.blast = parse_enum<BlastRadius>(m.get_string("blast_radius"), m.location_of("blast_radius"),
                                      m.field_path("blast_radius"));
  }
  return c;
}

RecoverySpec read_recovery(const YamlReader& m) {
  m.expect_keys({"detection_crash_s", "detection_hang_s", "restart_fixed_s",
                 "restart_per_1000_gpus_s", "server_repair_h", "switch_repair_h"},
                {"maintenance_interval_days", "maintenance_duration_h"});
  RecoverySpec r;
  const NumberRange hours_range = NumberRange::non_negative(kMaxHours * 3600);
  r.detection_crash = seconds(m.get_number("detection_crash_s", hours_range));
  r.detection_hang = seconds(m.get_number("detection_hang_s", hours_range));
  r.restart_fixed = seconds(m.get_number("restart_fixed_s", hours_range));
  r.restart_per_1000_gpus = seconds(m.get_number("restart_per_1000_gpus_s", hours_range));
  r.server_repair = hours(m.get_number("server_repair_h", NumberRange::positive(kMaxHours)));
  r.switch_repair = hours(m.get_number("switch_repair_h", NumberRange::positive(kMaxHours)));
  const auto every = m.find_number("maintenance_interval_days", NumberRange::positive(366));
  const auto lasts = m.find_number("maintenance_duration_h", NumberRange::positive(kMaxHours));
  if (every.has_value() != lasts.has_value()) {
    m.fail_at(every ? "maintenance_interval_days" : "maintenance_duration_h",
              "planned maintenance needs both maintenance_interval_days and "
              "maintenance_duration_h");
  }
  if (every) {
    r.maintenance_interval = days(*every);
    r.maintenance_duration = hours(*lasts);
  }
  return r;
}

}  // namespace

ReliabilitySpec read_reliability(const YamlReader& root) {
  root.expect_keys({"name", "components", "recovery"}, {"description"});
  ReliabilitySpec r;
  r.name = root.get_string("name");
  r.description = root.find_string("description").value_or("");
  r.source = {root.file(), 0};
  for (const YamlReader& c : root.items("components", 1)) {
    Component component = read_component(c);
    for (const Component& other : r.components) {
      if (other.name == component.name) {
        c.fail_at("name", fmt::format("component \"{}\" is listed twice", component.name));
      }
    }
    r.components.push_back(std::move(component));
  }
  r.recovery = read_recovery(root.child("recovery"));
  return r;
}

ReliabilitySpec load_reliability(const std::string& name_or_file, const PresetCatalog& catalog,
                                 const SourceLocation& where, const std::string& field,
                                 const std::filesystem::path& base) {
  return read_reliability(catalog.open(kReliabilityPresets, name_or_file, where, field, base));
}

}  // namespace colossus::campaign
