// The campaign model against the published reliability rows of measured.json (Meta's RSC
// clusters, Kokolis et al. 2025): the MTTF of jobs of 8, 1,024, 16,384 (projected) and 131,072
// (projected) GPUs, the failure rate per 1,000 node-days of RSC-1, and the ETTR of large jobs.
// MTTFs come from the reliability preset's rates on the job's component counts (job MTTF =
// 1 / sum n_i r_i); the ETTR from a campaign (data/calibration/rsc-large-job-campaign.yaml)
// run through the Monte Carlo. Each row is printed with its error; nothing is fitted to a row.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "colossus/campaign/campaign.h"
#include "colossus/spec/preset_catalog.h"

namespace colossus::validation {

struct ReliabilityComparison {
  std::string id;        // measured.json row
  std::string quantity;  // "MTTF, 1024-GPU jobs"
  std::string unit;      // "h", "per 1000 node-days", ""
  double measured = 0;
  double predicted = 0;
  double error = 0;  // (predicted - measured) / measured
  std::string how;   // how the prediction was made
};

// The rows of `measured_json` in category "reliability" that the campaign model predicts, with
// the reliability preset and the cluster standing in for RSC (the ETTR campaign names both).
std::vector<ReliabilityComparison> compare_reliability(const std::filesystem::path& measured_json,
                                                       const PresetCatalog& catalog);

}  // namespace colossus::validation
