// The facility, power and cost sections of the reports, as text and JSON, from the facility
// layer's results only: `describe`'s site at full load and cost of ownership, `simulate`'s
// power by activity and cost per step and per token, `campaign`'s energy, water, CO2 and money
// per run. Keys carry their units (_w, _j, _mwh, _l, _m3, _kg, _t, _usd, _usd_per_gpu_hour).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "colossus/campaign/campaign.h"
#include "colossus/facility/cost.h"
#include "colossus/facility/facility.h"
#include "colossus/facility/step_power.h"
#include "colossus/report/csv_report.h"
#include "colossus/spec/site_spec.h"

namespace colossus::report {

// `describe`: "Facility" and "Cost of ownership" sections.
std::string facility_text(const facility::FacilityLoad& load, const facility::OwnershipCost& cost,
                          const SiteSpec& site);
nlohmann::ordered_json facility_json(const facility::FacilityLoad& load,
                                     const facility::OwnershipCost& cost, const SiteSpec& site);

// Power with the unit that reads best: "140 MW", "77.9 MW", "7.43 kW" (never "0.0 MW").
std::string power_text(Watts w);

// `simulate`: the job's power over a step at its site, and what a step and a token cost.
struct StepPowerReport {
  facility::StepPower power;
  Dollars per_step{};
  Dollars per_million_tokens{};
  SiteSpec site;
};
// The energy of one step at the wall (the average IT power x PUE over the step).
Joules step_wall_energy(const StepPowerReport& r);
std::string step_power_text(const StepPowerReport& r);
nlohmann::ordered_json step_power_json(const StepPowerReport& r);
// `simulate --csv`: power.csv (the JSON's figures as quantity,value rows) and power_profile.csv
// (the job's IT and wall power over the step, one row per stretch of constant power).
std::vector<CsvTable> step_power_tables(const StepPowerReport& r);

// `campaign`: the run's energy at the wall, water, CO2 and money.
std::string run_energy_text(const campaign::RunEnergy& e, const campaign::CampaignResult& r);
nlohmann::json run_energy_json(const campaign::RunEnergy& e);

}  // namespace colossus::report
