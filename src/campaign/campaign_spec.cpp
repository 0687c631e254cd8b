// The campaign loader: a YAML document to a CampaignSpec, through spec/yaml_reader.h so every
// message names file:line and the field. The scenario and the reliability preset are read by
// their own loaders; phases name only the layout fields they change. docs/campaign.md documents
// every field.
#include <fmt/format.h>

#include <cctype>
#include <cmath>
#include <filesystem>

#include "colossus/campaign/campaign.h"
#include "colossus/core/suffixed_number.h"

namespace colossus::campaign {
namespace {

constexpr double kMaxTokens = 1e18;
constexpr double kMaxDays = 3660;  // ten years

PhaseSpec read_phase(const YamlReader& m) {
  m.expect_keys({"name"}, {"tokens", "gpus", "tp", "pp", "vpp", "cp", "ep", "dp", "micro_batch",
                           "global_batch", "seq_len", "schedule"});
  PhaseSpec p;
  p.name = m.get_string("name");
  p.where = m.location();
  if (m.has("tokens")) {
    const double t = m.get_number("tokens", NumberRange::non_negative(kMaxTokens));
    if (t < 1) m.fail_at("tokens", fmt::format("expected at least one token, got {}", t));
    p.tokens = static_cast<std::int64_t>(t);
  }
  const IntRange positive = IntRange::positive(1 << 24);
  auto int_field = [&](const char* key, std::optional<int>& target, IntRange range) {
    if (auto v = m.find_int(key, range)) target = static_cast<int>(*v);
  };
  int_field("gpus", p.gpus, IntRange::positive(1LL << 31));
  int_field("tp", p.tp, positive);
  int_field("pp", p.pp, positive);
  int_field("vpp", p.vpp, positive);
  int_field("cp", p.cp, positive);
  int_field("ep", p.ep, positive);
  int_field("dp", p.dp, positive);
  int_field("micro_batch", p.micro_batch, positive);
  if (auto v = m.find_int("global_batch", IntRange::positive(1LL << 40))) p.global_batch = *v;
  if (auto v = m.find_int("seq_len", IntRange::positive(1LL << 30))) p.seq_len = *v;
  if (auto v = m.find_enum("schedule", {"1f1b", "interleaved", "gpipe"})) p.schedule = *v;
  return p;
}

CheckpointSpec read_checkpoint(const YamlReader& m) {
  m.expect_keys({}, {"interval", "async", "bytes_per_param", "snapshot_gb_per_s_per_gpu"});
  CheckpointSpec c;
  if (auto v = m.optional_child("interval")) {
    const std::string text = v->as_string();
    if (text != "auto") c.interval = parse_duration(text, v->location(), v->path());
  }
  if (auto v = m.find_bool("async")) c.async = *v;
  if (auto v = m.find_number("bytes_per_param", NumberRange::positive(1024))) {
    c.bytes_per_param = *v;
  }
  if (auto v = m.find_number("snapshot_gb_per_s_per_gpu", NumberRange::positive(1e6))) {
    c.snapshot_per_gpu = gbyte_per_s(*v);
  }
  if (c.async && c.snapshot_per_gpu.value() <= 0) {
    m.fail_at("snapshot_gb_per_s_per_gpu",
              "an asynchronous checkpoint needs the device-to-host copy rate that blocks "
              "training (snapshot_gb_per_s_per_gpu)");
  }
  return c;
}

}  // namespace

Seconds parse_duration(const std::string& text, const SourceLocation& where,
                       const std::string& field) {
  std::size_t end = 0;
  double value = 0;
  const std::string expected =
      "expected a duration such as 45s, 30m, 2h or 1.5d (at least 1 s), got '" + text + "'";
  try {
    value = std::stod(text, &end);
  } catch (const std::exception&) {
    throw InputError(where, field, expected);
  }
  const std::string unit = text.substr(end);
  double scale = 0;
  if (unit == "s") scale = 1;
  if (unit == "m" || unit.empty()) scale = 60;
  if (unit == "h") scale = 3600;
  if (unit == "d") scale = 86400;
  const double s = value * scale;
  if (scale == 0 || !std::isfinite(s) || s < 1 || s > kMaxDays * 86400) {
    throw InputError(where, field, expected);
  }
  return seconds(s);
}

CampaignSpec read_campaign(const YamlReader& root, const PresetCatalog& catalog) {
  root.expect_keys({"scenario", "reliability"},
                   {"name", "description", "tokens", "days", "phases", "checkpoint", "spares",
                    "storage", "replicas", "seed"});
  CampaignSpec c;
  c.source = {root.file(), 0};
  c.name = root.find_string("name").value_or(std::filesystem::path(root.file()).stem().string());
  c.description = root.find_string("description").value_or("");
  const std::filesystem::path base = std::filesystem::path(root.file()).parent_path();
  const YamlReader scenario = root.child("scenario");
  c.scenario_file = scenario.as_string();
  const std::filesystem::path scenario_path = base / c.scenario_file;
  if (!std::filesystem::is_regular_file(scenario_path)) {
    scenario.fail("expected a scenario file, but " + scenario_path.string() + " is not one");
  }
  c.scenario = sim::load_scenario(scenario_path.string(), catalog);
  const YamlReader reliability = root.child("reliability");
  c.reliability = load_reliability(reliability.as_string(), catalog, reliability.location(),
                                   "reliability", base);
  if (root.has("tokens") && root.has("days")) {
    root.fail_at("days", "give tokens or days, not both");
  }
  if (auto t = root.find_number("tokens", NumberRange::positive(kMaxTokens))) {
    if (*t < 1) root.fail_at("tokens", "expected at least one token");
    c.tokens = static_cast<std::int64_t>(*t);
  }
  if (auto d = root.find_number("days", NumberRange::positive(kMaxDays))) c.period = days(*d);
  if (root.has("phases")) {
    for (const YamlReader& p : root.items("phases", 1)) c.phases.push_back(read_phase(p));
  }
  if (auto cp = root.optional_child("checkpoint")) c.checkpoint = read_checkpoint(*cp);
  if (auto v = root.find_int("spares", IntRange::non_negative(1LL << 40))) c.spare_servers = *v;
  if (auto storage = root.optional_child("storage")) {
    storage->expect_keys({"write_gb_per_s", "read_gb_per_s"});
    const NumberRange range = NumberRange::positive(1e9);
    c.storage = StorageSpec{gbyte_per_s(storage->get_number("write_gb_per_s", range)),
                            gbyte_per_s(storage->get_number("read_gb_per_s", range))};
  }
  if (auto v = root.find_int("replicas", IntRange::between(1, kMaxReplicas))) {
    c.replicas = static_cast<int>(*v);
  }
  if (auto v =
          root.find_int("seed", IntRange::non_negative(std::numeric_limits<std::int64_t>::max()))) {
    c.seed = static_cast<std::uint64_t>(*v);
  }
  return c;
}

CampaignSpec load_campaign(const std::string& name_or_file, const PresetCatalog& catalog) {
  return read_campaign(
      catalog.open(kCampaignPresets, name_or_file, {"<command line>", 0}, "campaign"), catalog);
}

void validate_campaign(CampaignSpec& c) {
  const SourceLocation where = c.source;
  if (c.tokens == 0 && c.period.value() <= 0) {
    std::int64_t sum = 0;
    bool open_ended = false;
    for (const PhaseSpec& p : c.phases) {
      sum += p.tokens;
      open_ended = open_ended || p.tokens == 0;
    }
    if (c.phases.empty() || open_ended) {
      throw InputError(where, "tokens",
                       "expected the tokens to train or the days to run (tokens: 15e12 or "
                       "days: 54, or --tokens / --days)");
    }
    c.tokens = sum;
  }
  if (c.phases.empty()) {
    PhaseSpec whole;
    whole.name = "train";
    whole.where = where;
    c.phases.push_back(whole);
  }
  // Phases' tokens: all given, or the last one takes the rest.
  std::int64_t given = 0;
  for (std::size_t i = 0; i < c.phases.size(); ++i) {
    const PhaseSpec& p = c.phases[i];
    if (p.tokens == 0 && i + 1 < c.phases.size()) {
      throw InputError(p.where, "phases[" + std::to_string(i) + "].tokens",
                       fmt::format("phase \"{}\" has no tokens (only the last phase may take "
                                   "the rest)",
                                   p.name));
    }
    given += p.tokens;
  }
  PhaseSpec& last = c.phases.back();
  if (c.period.value() > 0) return;  // the last phase runs until the period ends
  if (last.tokens == 0) {
    if (given >= c.tokens) {
      throw InputError(last.where, "phases[" + std::to_string(c.phases.size() - 1) + "].tokens",
                       fmt::format("phase \"{}\" has no tokens: the phases before it take all "
                                   "{} of the campaign's tokens",
                                   last.name, c.tokens));
    }
    last.tokens = c.tokens - given;
  } else if (given != c.tokens) {
    throw InputError(where, "tokens",
                     fmt::format("the phases' tokens add up to {}, not the campaign's {}; leave "
                                 "the last phase's tokens out to give it the rest",
                                 given, c.tokens));
  }
}

}  // namespace colossus::campaign
