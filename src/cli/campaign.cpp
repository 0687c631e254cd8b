// `colossus campaign [CAMPAIGN] [flags] [--json]`: a whole training run over weeks - phases,
// failures, checkpoints, restarts, goodput - as a Monte Carlo on the event core beside its closed
// forms. CAMPAIGN is a preset under presets/campaigns/ or a file (default: memphis-grok1-15t,
// Grok-1 for 15 T tokens on memphis-100k); `--scenario FILE` runs a one-phase campaign of a
// scenario instead. Flags override the spec: --tokens 15T or --days 54, --replicas, --seed,
// --checkpoint-interval auto|30m, --spares, --reliability. `--validate` prints the reliability
// rows of measured.json against the model. docs/campaign.md documents it all.
#include "colossus/campaign/campaign.h"

#include <fmt/format.h>

#include <filesystem>
#include <limits>
#include <map>
#include <memory>
#include <string>

#include "colossus/cli/commands.h"
#include "colossus/cli/flags.h"
#include "colossus/core/error.h"
#include "colossus/report/campaign_report.h"
#include "colossus/validation/reliability_validation.h"

namespace colossus::cli {
namespace {

constexpr const char* kDefaultCampaign = "memphis-grok1-15t";
constexpr const char* kDefaultReliability = "hgx-8gpu";
const SourceLocation kCommandLine{"<command line>", 0};
constexpr std::int64_t kMaxTokens = 1'000'000'000'000'000'000;

struct Flags {
  std::string campaign, scenario, reliability, interval, measured;
  std::int64_t tokens = 0, spares = 0, seed = 0;
  double days = 0;
  int replicas = 0;
  bool json = false, validate = false;
  std::map<std::string, CLI::Option*> given;
  bool has(const std::string& flag) const {
    auto it = given.find(flag);
    return it != given.end() && it->second->count() > 0;
  }
};

// The campaign the flags describe: a preset or file, or a scenario's one-phase campaign.
campaign::CampaignSpec build(const Flags& f, const PresetCatalog& catalog, std::string& origin) {
  campaign::CampaignSpec c;
  if (!f.scenario.empty()) {
    if (!f.campaign.empty()) {
      throw InputError(kCommandLine, "--scenario", "give a campaign or --scenario, not both");
    }
    c.scenario = sim::load_scenario(f.scenario, catalog);
    c.scenario_file = f.scenario;
    c.name = c.scenario.name;
    c.source = kCommandLine;
    c.reliability =
        campaign::load_reliability(f.has("--reliability") ? f.reliability : kDefaultReliability,
                                   catalog, kCommandLine, "--reliability");
    if (!f.has("--tokens") && !f.has("--days")) c.tokens = c.scenario.job.train_tokens;
    origin = "from scenario " + f.scenario;
  } else {
    const std::string name = f.campaign.empty() ? kDefaultCampaign : f.campaign;
    c = campaign::load_campaign(name, catalog);
    origin = f.campaign.empty()                              ? "default preset"
             : catalog.has(campaign::kCampaignPresets, name) ? "preset"
                                                             : "file " + name;
    if (f.has("--reliability")) {
      c.reliability =
          campaign::load_reliability(f.reliability, catalog, kCommandLine, "--reliability");
    }
  }
  if (f.has("--tokens") && f.has("--days")) {
    throw InputError(kCommandLine, "--days", "give --tokens or --days, not both");
  }
  if (f.has("--tokens")) {
    // Phases that all name their tokens keep their shares of the new total.
    bool all_given = !c.phases.empty();
    std::int64_t sum = 0;
    for (const campaign::PhaseSpec& p : c.phases) {
      all_given = all_given && p.tokens > 0;
      sum += p.tokens;
    }
    if (all_given) {
      std::int64_t assigned = 0;
      for (std::size_t i = 0; i < c.phases.size(); ++i) {
        auto& t = c.phases[i].tokens;
        t = i + 1 == c.phases.size()
                ? f.tokens - assigned
                : static_cast<std::int64_t>(static_cast<double>(t) / sum * f.tokens);
        assigned += t;
      }
    }
    c.tokens = f.tokens;
    c.period = Seconds{};
  }
  if (f.has("--days")) {
    c.period = days(f.days);
    c.tokens = 0;
  }
  if (f.has("--replicas")) c.replicas = f.replicas;
  if (f.has("--seed")) c.seed = static_cast<std::uint64_t>(f.seed);
  if (f.has("--spares")) c.spare_servers = f.spares;
  if (f.has("--checkpoint-interval")) {
    if (f.interval == "auto") {
      c.checkpoint.interval.reset();
    } else {
      c.checkpoint.interval =
          campaign::parse_duration(f.interval, kCommandLine, "--checkpoint-interval");
    }
  }
  campaign::validate_campaign(c);
  return c;
}

void run(const Flags& f) {
  const PresetCatalog catalog = PresetCatalog::from_environment();
  if (f.validate) {
    const std::filesystem::path measured =
        f.measured.empty() ? catalog.data_dir() / "data/calibration/measured.json"
                           : std::filesystem::path(f.measured);
    const auto rows = validation::compare_reliability(measured, catalog);
    if (f.json) {
      fmt::print("{}\n", report::reliability_validation_json(rows).dump(2));
    } else {
      fmt::print("{}", report::reliability_validation_text(rows));
    }
    return;
  }
  std::string origin;
  const campaign::CampaignSpec spec = build(f, catalog, origin);
  const campaign::CampaignResult r = campaign::run_campaign(spec);
  if (f.json) {
    fmt::print("{}\n", report::campaign_json(r, origin).dump(2));
  } else {
    fmt::print("{}", report::campaign_text(r, origin));
  }
}

}  // namespace

void add_campaign_command(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "campaign", "Simulate a whole training run: failures, checkpoints, restarts, goodput");
  auto flags = std::make_shared<Flags>();
  Flags& f = *flags;
  cmd->add_option("campaign", f.campaign,
                  "Campaign preset or file (default: " + std::string(kDefaultCampaign) + ")");
  auto add = [&](const std::string& name, auto& target, const std::string& help) {
    f.given[name] = cmd->add_option(name, target, help);
    return f.given[name];
  };
  add("--scenario", f.scenario, "Run a one-phase campaign of this scenario file");
  add("--reliability", f.reliability,
      "Reliability preset or file (default: the campaign's, or " +
          std::string(kDefaultReliability) + ")");
  add("--tokens", f.tokens, "Tokens to train (15T)")->transform(count_flag(1, kMaxTokens));
  add("--days", f.days, "Train for this many days instead")
      ->check(CLI::Range(1.0 / 24, 3660.0).description("a number of days in [0.0417, 3660]"));
  add("--replicas", f.replicas, "Monte Carlo replicas (default 1000)")
      ->transform(count_flag(1, campaign::kMaxReplicas));
  add("--seed", f.seed, "Random seed (default 1)")
      ->transform(count_flag(0, std::numeric_limits<std::int64_t>::max()));
  add("--checkpoint-interval", f.interval,
      "Training between checkpoints: auto (Young/Daly) or a duration (30m, 2h)");
  add("--spares", f.spares, "Spare servers (default: the cluster's servers the job leaves)")
      ->transform(count_flag(0, std::int64_t{1} << 40));
  cmd->add_flag("--json", f.json, "Print JSON instead of text");
  cmd->add_flag("--validate", f.validate,
                "Print the reliability rows of measured.json against the model");
  add("--measured", f.measured,
      "measured.json for --validate (default: data/calibration/measured.json)");
  cmd->callback([flags] { run(*flags); });
}

}  // namespace colossus::cli
