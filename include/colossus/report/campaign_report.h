// The report of a training campaign (`colossus campaign`): the phases and their simulated steps,
// checkpoint cost and interval (fixed and Young/Daly), days, interruptions and ETTR (closed form
// beside the Monte Carlo's mean and 5-95% range), where the lost time goes, interruptions by
// component with their sources, and (JSON only) one replica's timeline. Also the reliability
// validation rows (`colossus campaign --validate`). It reads only the results.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "colossus/campaign/campaign.h"
#include "colossus/validation/reliability_validation.h"

namespace colossus::report {

// The human summary; `origin` says where the campaign came from.
std::string campaign_text(const campaign::CampaignResult& r, const std::string& origin);
// The `colossus.campaign/1` JSON: keys in base units (_s, _bytes), the timeline included.
nlohmann::json campaign_json(const campaign::CampaignResult& r, const std::string& origin);

// The reliability rows: measured, predicted, error, how.
std::string reliability_validation_text(const std::vector<validation::ReliabilityComparison>& rows);
nlohmann::json reliability_validation_json(
    const std::vector<validation::ReliabilityComparison>& rows);

}  // namespace colossus::report
