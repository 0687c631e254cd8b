// Reliability rows against the campaign model (reliability_validation.h). The RSC row's figures
// are read from measured.json by key; a row or key that is missing is an InputError naming the
// file, so a changed data file cannot silently drop a comparison.
#include "colossus/validation/reliability_validation.h"

#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

namespace colossus::validation {
namespace {

constexpr const char* kRscRow = "meta-rsc-reliability";
constexpr const char* kEttrCampaign = "data/calibration/rsc-large-job-campaign.yaml";

const nlohmann::json& need(const nlohmann::json& j, const std::string& key, const std::string& file,
                           const std::string& path) {
  if (!j.is_object() || !j.contains(key)) {
    throw InputError({file, 0}, path + key, "expected this field in the RSC reliability row");
  }
  return j.at(key);
}

double number(const nlohmann::json& j, const std::string& key, const std::string& file,
              const std::string& path) {
  const nlohmann::json& v = need(j, key, file, path);
  if (!v.is_number()) throw InputError({file, 0}, path + key, "expected a number");
  return v.get<double>();
}

}  // namespace

std::vector<ReliabilityComparison> compare_reliability(const std::filesystem::path& measured_json,
                                                       const PresetCatalog& catalog) {
  const std::string file = measured_json.string();
  std::ifstream in(measured_json);
  if (!in || std::filesystem::is_directory(measured_json)) {
    throw InputError({file, 0}, "measured", "cannot read the file");
  }
  nlohmann::json rows;
  try {
    rows = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw InputError({file, 0}, "measured", std::string("not JSON: ") + e.what());
  }
  const nlohmann::json* rsc = nullptr;
  for (const nlohmann::json& row : rows) {
    if (row.is_object() && row.value("id", "") == kRscRow) rsc = &row;
  }
  if (!rsc) throw InputError({file, 0}, kRscRow, "expected the RSC reliability row");
  const nlohmann::json& rel = need(*rsc, "reliability", file, "");

  // The ETTR campaign names the reliability preset and the cluster that stand in for RSC.
  campaign::CampaignSpec spec =
      campaign::load_campaign((catalog.data_dir() / kEttrCampaign).string(), catalog);
  campaign::validate_campaign(spec);
  const std::unique_ptr<const Topology> topology = make_topology(spec.scenario.cluster);

  std::vector<ReliabilityComparison> out;
  auto add = [&](std::string quantity, std::string unit, double measured, double predicted,
                 std::string how) {
    out.push_back({kRscRow, std::move(quantity), std::move(unit), measured, predicted,
                   (predicted - measured) / measured, std::move(how)});
  };
  const std::string preset = spec.reliability.name;

  // Failure rate per 1,000 node-days: the stopping rate of one server.
  {
    const auto modes =
        campaign::failure_modes(spec.reliability, campaign::count_units(*topology, 8));
    const double per_node = 1.0 / campaign::job_mttf(modes).value() * 86400.0 * 1000.0;
    add("failures per 1000 node-days, RSC-1", "",
        number(need(rel, "failure_rate_per_1000_node_days", file, "reliability."), "RSC-1", file,
               "reliability.failure_rate_per_1000_node_days."),
        per_node, preset + ": sum of stopping rates of one 8-GPU server");
  }
  // MTTF by job size.
  const std::pair<const char*, std::int64_t> sizes[] = {{"8_gpu_jobs", 8},
                                                        {"1024_gpu_jobs", 1024},
                                                        {"16384_gpu_projected", 16384},
                                                        {"131072_gpu_projected", 131072}};
  const nlohmann::json& mttf = need(rel, "mttf_hours", file, "reliability.");
  for (const auto& [key, gpus] : sizes) {
    const auto modes =
        campaign::failure_modes(spec.reliability, campaign::count_units(*topology, gpus));
    add(fmt::format("MTTF, {}-GPU jobs{}", gpus,
                    std::string(key).find("projected") != std::string::npos ? " (projected)" : ""),
        "h", number(mttf, key, file, "reliability.mttf_hours."),
        campaign::job_mttf(modes).value() / 3600.0,
        fmt::format("{}: 1 / sum(n_i r_i) on {} GPUs of {}", preset, gpus,
                    spec.scenario.cluster.name));
  }
  // ETTR of large jobs: the first number of the quoted text ("~0.9 for >1024-GPU runs").
  {
    const nlohmann::json& text = need(rel, "ettr_large_jobs_rsc1", file, "reliability.");
    std::smatch m;
    const std::string s = text.is_string() ? text.get<std::string>() : "";
    if (!std::regex_search(s, m, std::regex(R"(([0-9]*\.[0-9]+))"))) {
      throw InputError({file, 0}, "reliability.ettr_large_jobs_rsc1", "expected a number in it");
    }
    const campaign::CampaignResult r = campaign::run_campaign(spec);
    add("ETTR, large jobs (>1024 GPUs), RSC-1", "", std::stod(m[1].str()), r.ettr.mean,
        fmt::format("Monte Carlo of {} ({} replicas): {} GPUs for {:.0f} days", spec.name,
                    r.replicas, r.phases.front().gpus, spec.period.value() / 86400.0));
  }
  return out;
}

}  // namespace colossus::validation
