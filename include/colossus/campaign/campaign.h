// A whole training run over weeks: the campaign spec (a scenario, the tokens to train or the
// wall-clock period, phases as real runs have them, checkpoints, spares, the reliability preset)
// and its result. run_campaign simulates each distinct phase's step once (sim::simulate, cached
// by layout), counts the job's components on the cluster's topology, sizes checkpoints from the
// model, times them on the cluster's storage, and runs the Monte Carlo of monte_carlo.h beside
// its closed forms. docs/campaign.md documents the spec and every constant's source.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "colossus/campaign/monte_carlo.h"
#include "colossus/campaign/reliability.h"
#include "colossus/sim/scenario.h"
#include "colossus/topology/topology.h"

namespace colossus::campaign {

inline constexpr const char* kCampaignPresets = "campaigns";
inline constexpr int kMaxReplicas = 100'000;

// One phase of the run: the scenario's job with some layout fields changed.
struct PhaseSpec {
  std::string name;
  std::int64_t tokens = 0;  // 0 in the spec: the rest of the campaign's tokens (last phase only)
  std::optional<int> gpus, tp, pp, vpp, cp, ep, dp, micro_batch;
  std::optional<std::int64_t> global_batch, seq_len;
  std::optional<std::string> schedule;
  SourceLocation where;
};

struct CheckpointSpec {
  std::optional<Seconds> interval;  // nullopt: auto (Young/Daly)
  bool async = false;
  double bytes_per_param = 14;  // bf16 weights + fp32 master weights and two Adam moments
  ByteRate snapshot_per_gpu{};  // async: device-to-host copy, the part that blocks training
};

struct CampaignSpec {
  std::string name;
  std::string description;
  SourceLocation source;
  std::string scenario_file;  // as written, for the report
  sim::Scenario scenario;
  ReliabilitySpec reliability;
  std::int64_t tokens = 0;        // tokens to train (0 with `days`)
  Seconds period{};               // > 0: train for this wall-clock period instead
  std::vector<PhaseSpec> phases;  // at least one after loading
  CheckpointSpec checkpoint;
  std::optional<std::int64_t> spare_servers;  // nullopt: the cluster's servers the job leaves
  std::optional<StorageSpec> storage;         // overrides the cluster's storage section
  int replicas = 1000;
  std::uint64_t seed = 1;
};

// Reads a campaign document; files it names are relative to its folder.
CampaignSpec read_campaign(const YamlReader& root, const PresetCatalog& catalog);
// Loads a campaign preset (presets/campaigns/NAME.yaml) or file.
CampaignSpec load_campaign(const std::string& name_or_file, const PresetCatalog& catalog);
// A duration as written in a spec or a flag: "45s", "30m", "2h", "1.5d" (a bare number is
// minutes); at least one second. Bad text throws InputError at `where`/`field`.
Seconds parse_duration(const std::string& text, const SourceLocation& where,
                       const std::string& field);
// Checks what run_campaign needs across fields (phases' tokens, the storage); throws InputError.
void validate_campaign(CampaignSpec& spec);

// How many of each unit a job of `gpus` GPUs holds on a cluster (switches and cables in
// proportion to the cluster's, so a job larger than the cluster is extrapolated), and how many
// servers a leaf switch serves.
struct UnitCounts {
  double gpu = 0, server = 0, nic = 0, link = 0, leaf_switch = 0, spine_switch = 0, job = 1;
  int servers_per_leaf = 1;
  double of(Unit unit) const;
};
UnitCounts count_units(const Topology& topology, std::int64_t gpus);

// The job's failure modes (rates for the whole job) on these counts.
std::vector<FailureMode> failure_modes(const ReliabilitySpec& reliability,
                                       const UnitCounts& counts);

// Mean and 5th/50th/95th percentiles over the replicas.
struct Distribution {
  double mean = 0, p5 = 0, p50 = 0, p95 = 0;
};
Distribution distribution(std::vector<double> values);

struct PhaseResult {
  std::string name;
  std::int64_t tokens = 0;
  std::string layout;
  int gpus = 0;
  std::int64_t tokens_per_step = 0;
  Seconds step_time{};
  double mfu = 0;
  std::int64_t steps = 0;
  Seconds work{};  // steps x step time
  Bytes checkpoint_size{};
  Seconds checkpoint_write{};  // the whole checkpoint to storage
  Seconds checkpoint_block{};  // what blocks training (the write, or the async snapshot)
  Seconds checkpoint_load{};
  Seconds restart{};  // fixed + communicator init + load
  Seconds mttf{};
  Seconds young_daly{};                   // sqrt(2 delta M)
  Seconds interval{};                     // used: fixed, or Young/Daly rounded to whole steps
  std::optional<Seconds> fixed_interval;  // as asked, before rounding
  Seconds transition{};
  Watts power_it{};  // the job's mean IT power over a step (facility/step_power.h; 0: no site)
  bool simulated = false;    // false: the step came from the cache of an earlier phase
  double analytic_ettr = 0;  // renewal formula
  double rsc_ettr = 0;       // the RSC paper's first-order formula
};

struct ComponentResult {
  std::string name;
  Unit unit = Unit::gpu;
  double units = 0;  // in the job (first phase)
  double rate_per_1000_unit_days = 0;
  Detection detection = Detection::crash;
  BlastRadius blast = BlastRadius::none;
  std::string source;
  double expected = 0;  // analytic events over the run
  Distribution events;  // Monte Carlo
};

// The run's energy, water, CO2 and money, for a cluster with a site section. Means over the
// replicas: while the job trains (recomputed work and slowed steps included) it draws each
// phase's mean step power; while it is down (detection, restarts, waiting for spares, blocking
// checkpoints, maintenance, phase transitions) its GPUs and hosts idle and the switches stay on.
struct RunEnergy {
  Watts down_it{};     // the job's IT power while down
  Seconds training{};  // mean wall time computing
  Seconds down{};      // mean wall time down
  Joules it{};         // IT energy
  Joules wall{};       // at the wall: it x PUE
  double water_litres = 0;
  double co2_kg = 0;
  double gpu_hours = 0;   // the job's GPUs x the mean wall time
  Dollars electricity{};  // wall energy x the site's price
  Dollars cost{};         // gpu_hours at the owner's fixed rate + electricity
  Dollars cost_per_million_tokens{};
  Dollars owned_per_gpu_hour{};               // the cluster's all-in rate (facility/cost.h)
  std::optional<Dollars> rented;              // gpu_hours at the pricing's cloud price
  std::optional<Dollars> cloud_per_gpu_hour;  // that price
};

struct CampaignResult {
  std::string name, description, scenario, cluster, model, reliability, gpu;
  std::int64_t cluster_gpus = 0;
  std::int64_t tokens = 0;  // asked (0 with a period)
  Seconds period{};
  int replicas = 0;
  std::uint64_t seed = 0;
  std::int64_t spare_servers = 0;
  std::vector<PhaseResult> phases;
  std::vector<ComponentResult> components;
  Seconds detection_crash{}, detection_hang{};
  // Closed forms over the whole run.
  Seconds ideal{};  // training time without failures or checkpoints
  Seconds analytic_wall{};
  double analytic_ettr = 0;
  double analytic_interruptions = 0;
  // Monte Carlo.
  Distribution days, ettr, interruptions, tokens_trained;
  double ettr_ci95 = 0;  // half-width of the 95% confidence interval of the mean ETTR
  // Mean lost time by cause, in hours.
  LostTime mean_lost;
  std::optional<RunEnergy> energy;      // absent: the cluster has no site section
  std::vector<TimelineEvent> timeline;  // replica 0
  std::vector<std::string> mode_names;  // the timeline's mode indices
};

// Runs the campaign: simulates the phases' steps, then the Monte Carlo.
CampaignResult run_campaign(const CampaignSpec& spec);

}  // namespace colossus::campaign
