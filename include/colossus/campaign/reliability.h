// Failures and recovery as data: a reliability preset (presets/reliability/*.yaml) lists the
// component kinds that interrupt a synchronous training job, each with a failure rate per unit
// and time (failures per 1,000 unit-days, the unit of Meta's RSC study), its source, how the
// failure shows (a crash caught by health checks or a hang caught by the NCCL watchdog), its
// blast radius (nothing leaves the job, one server, or every server under a leaf switch) or,
// for a link flap, a slowdown instead of a stop; and the recovery constants: detection times,
// restart time as a function of the job's size, repair times, planned maintenance.
// docs/campaign.md lists every rate's source.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "colossus/core/enum_names.h"
#include "colossus/core/error.h"
#include "colossus/core/units.h"
#include "colossus/spec/preset_catalog.h"
#include "colossus/spec/yaml_reader.h"

namespace colossus::campaign {

inline constexpr const char* kReliabilityPresets = "reliability";

// What a component kind is counted per (how many of it a job holds).
enum class Unit { gpu, server, nic, link, leaf_switch, spine_switch, job };
inline constexpr EnumName<Unit> kUnitNames[] = {
    {Unit::gpu, "gpu"},   {Unit::server, "server"},           {Unit::nic, "nic"},
    {Unit::link, "link"}, {Unit::leaf_switch, "leaf_switch"}, {Unit::spine_switch, "spine_switch"},
    {Unit::job, "job"}};
constexpr std::span<const EnumName<Unit>> enum_table(Unit) {
  return kUnitNames;
}

// What leaves the job until it is repaired: nothing, the failed server, or every server under
// the failed leaf switch. Servers out are replaced from the spare pool, or waited for.
enum class BlastRadius { none, server, leaf };
inline constexpr EnumName<BlastRadius> kBlastRadiusNames[] = {
    {BlastRadius::none, "none"}, {BlastRadius::server, "server"}, {BlastRadius::leaf, "leaf"}};
constexpr std::span<const EnumName<BlastRadius>> enum_table(BlastRadius) {
  return kBlastRadiusNames;
}

// How the job notices: a crash (a process dies or a health check fails) or a hang (the
// collective stalls until the NCCL watchdog times out). A slowdown does not stop the job.
enum class Detection { crash, hang, slow };
inline constexpr EnumName<Detection> kDetectionNames[] = {
    {Detection::crash, "crash"}, {Detection::hang, "hang"}, {Detection::slow, "slow"}};
constexpr std::span<const EnumName<Detection>> enum_table(Detection) {
  return kDetectionNames;
}

// One failure kind.
struct Component {
  std::string name;  // e.g. "gpu-hard", "hbm", "leaf-switch"
  Unit unit = Unit::gpu;
  double rate_per_1000_unit_days = 0;  // failures per 1,000 unit-days
  Detection detection = Detection::crash;
  BlastRadius blast = BlastRadius::none;
  double slowdown = 0;      // detection slow: fraction of throughput lost while it lasts
  Seconds slow_duration{};  // detection slow: how long it lasts
  std::string source;
  SourceLocation where;

  // Failures per second of one unit.
  double rate_per_unit_second() const { return rate_per_1000_unit_days / 1000.0 / 86400.0; }
};

// Recovery constants.
struct RecoverySpec {
  Seconds detection_crash{};        // failure to detection for a crash
  Seconds detection_hang{};         // for a hang: the watchdog timeout
  Seconds restart_fixed{};          // scheduler, container start, framework start
  Seconds restart_per_1000_gpus{};  // communicator initialisation, growing with the job
  Seconds server_repair{};          // a server out until repaired or replaced in the pool
  Seconds switch_repair{};          // a leaf switch out until replaced
  Seconds maintenance_interval{};   // planned maintenance every ... (0: none)
  Seconds maintenance_duration{};
};

struct ReliabilitySpec {
  std::string name;
  std::string description;
  SourceLocation source;
  std::vector<Component> components;
  RecoverySpec recovery;
};

// Reads a reliability document (a preset or a user's file).
ReliabilitySpec read_reliability(const YamlReader& root);
// Loads a reliability preset by name or file.
ReliabilitySpec load_reliability(const std::string& name_or_file, const PresetCatalog& catalog,
                                 const SourceLocation& where, const std::string& field,
                                 const std::filesystem::path& base = {});

}  // namespace colossus::campaign
