// Text and JSON of the facility, power and cost figures (report/facility_report.h).
#include "colossus/report/facility_report.h"

#include <fmt/format.h>

#include "colossus/report/text.h"

namespace colossus::report {
namespace {

// A line "  label      value   note", as the cluster report aligns its rows.
std::string line(const std::string& label, const std::string& value, const std::string& note = "") {
  std::string out = fmt::format("  {:<22}{:>17}", label, value);
  if (!note.empty()) out += "   " + note;
  return out + "\n";
}

// Dollars per GPU-hour with cents: "$1.23".
std::string per_hour(Dollars d) {
  return fmt::format("${:.2f}", d.value());
}

// Energy per step: "49.6 kWh", or "15.5 Wh" under one kWh.
std::string kwh_text(Joules j) {
  const double kwh = j.value() / facility::kJoulesPerKwh;
  return kwh >= 1.0 ? fmt::format("{:.1f} kWh", kwh) : fmt::format("{:.1f} Wh", 1000 * kwh);
}

}  // namespace

// "140 MW" with one decimal below 100; a job under 1 MW in kW or W ("7.43 kW"), not "0.0 MW".
std::string power_text(Watts w) {
  const double v = w.value() / 1e6;
  if (v < 1.0) return to_string(w);
  return v >= 100 ? fmt::format("{:.0f} MW", v) : fmt::format("{:.1f} MW", v);
}

std::string facility_text(const facility::FacilityLoad& load, const facility::OwnershipCost& cost,
                          const SiteSpec& site) {
  std::string out = fmt::format("\nFacility ({} cooling, PUE {}, power model {})\n",
                                to_string(site.cooling), site.pue, site.power_model.name);
  out +=
      line("IT at full load", power_text(load.it), "GPUs at TDP, hosts and switches at full load");
  out += line("Wall at full load", power_text(load.wall),
              fmt::format("IT x PUE {} (typical for {}: {}-{})", load.pue, to_string(site.cooling),
                          load.typical.low, load.typical.high));
  out += line("Cooling and losses", power_text(load.overhead));
  if (load.grid_capacity) {
    const Watts room = *load.grid_capacity - load.wall;
    out +=
        line("Grid connection", power_text(*load.grid_capacity),
             load.over_capacity ? fmt::format("NOT ENOUGH: short by {}", power_text(-room))
                                : fmt::format("suffices: {} ({:.0f}%) to spare", power_text(room),
                                              100.0 * (room / *load.grid_capacity)));
  } else {
    out += line("Grid connection", "not stated");
  }
  out += line(
      "Water",
      fmt::format("{} m3/day",
                  grouped(static_cast<std::int64_t>(load.water_litres_per_day / 1000.0 + 0.5))),
      fmt::format("WUE {} L per kWh of IT energy, at full load", site.wue_l_per_kwh));
  out += line(
      "CO2",
      fmt::format("{} t/day", grouped(static_cast<std::int64_t>(load.co2_tonnes_per_day + 0.5))),
      fmt::format("grid at {} kg/kWh, at full load", site.carbon_kg_per_kwh));
  for (const std::string& w : load.warnings) out += "  warning: " + w + "\n";

  const PricingSpec& p = site.pricing;
  out += fmt::format("\nCost of ownership (pricing {}, {})\n", p.name, p.date);
  out += line("Capex", to_string(cost.capex),
              fmt::format("IT {} + facility {} ({} per MW of IT)", to_string(cost.it_capex),
                          to_string(cost.facility_capex), to_string(p.facility_capex_per_mw)));
  out += line("Opex per year", to_string(cost.opex_per_year),
              fmt::format("maintenance {} + electricity {} (full load, ${}/kWh)",
                          to_string(cost.maintenance_per_year),
                          to_string(cost.electricity_per_year), site.electricity_usd_per_kwh));
  out += line("Depreciation per year", to_string(cost.depreciation_per_year),
              fmt::format("IT over {} years, facility over {}", p.it_depreciation_years,
                          p.facility_depreciation_years));
  out += line("Owned, per GPU-hour", per_hour(cost.per_gpu_hour),
              fmt::format("{} fixed + {} electricity, busy all year",
                          per_hour(cost.fixed_per_gpu_hour), per_hour(cost.energy_per_gpu_hour)));
  if (cost.cloud_per_gpu_hour) {
    out += line("Rented, per GPU-hour", per_hour(*cost.cloud_per_gpu_hour),
                cost.break_even_utilisation
                    ? fmt::format("owning is cheaper above {:.0f}% utilisation",
                                  100.0 * *cost.break_even_utilisation)
                    : std::string("renting costs less than the electricity alone"));
  } else {
    out += line("Rented, per GPU-hour", "no price", "the pricing has no cloud price for this GPU");
  }
  return out;
}

nlohmann::ordered_json facility_json(const facility::FacilityLoad& load,
                                     const facility::OwnershipCost& cost, const SiteSpec& site) {
  nlohmann::ordered_json f;
  f["cooling"] = to_string(site.cooling);
  f["pue"] = site.pue;
  f["pue_typical_low"] = load.typical.low;
  f["pue_typical_high"] = load.typical.high;
  f["wue_l_per_kwh"] = site.wue_l_per_kwh;
  f["carbon_kg_per_kwh"] = site.carbon_kg_per_kwh;
  f["electricity_usd_per_kwh"] = site.electricity_usd_per_kwh;
  f["power_model"] = site.power_model.name;
  f["it_w"] = load.it.value();
  f["wall_w"] = load.wall.value();
  f["overhead_w"] = load.overhead.value();
  f["grid_capacity_w"] =
      load.grid_capacity ? nlohmann::ordered_json(load.grid_capacity->value()) : nullptr;
  f["over_capacity"] = load.over_capacity;
  f["water_l_per_day"] = load.water_litres_per_day;
  f["co2_t_per_day"] = load.co2_tonnes_per_day;
  f["warnings"] = load.warnings;
  nlohmann::ordered_json c;
  c["pricing"] = site.pricing.name;
  c["pricing_date"] = site.pricing.date;
  c["it_capex_usd"] = cost.it_capex.value();
  c["facility_capex_usd"] = cost.facility_capex.value();
  c["capex_usd"] = cost.capex.value();
  c["depreciation_usd_per_year"] = cost.depreciation_per_year.value();
  c["maintenance_usd_per_year"] = cost.maintenance_per_year.value();
  c["electricity_usd_per_year"] = cost.electricity_per_year.value();
  c["opex_usd_per_year"] = cost.opex_per_year.value();
  c["fixed_usd_per_gpu_hour"] = cost.fixed_per_gpu_hour.value();
  c["energy_usd_per_gpu_hour"] = cost.energy_per_gpu_hour.value();
  c["owned_usd_per_gpu_hour"] = cost.per_gpu_hour.value();
  c["cloud_usd_per_gpu_hour"] =
      cost.cloud_per_gpu_hour ? nlohmann::ordered_json(cost.cloud_per_gpu_hour->value()) : nullptr;
  c["break_even_utilisation"] =
      cost.break_even_utilisation ? nlohmann::ordered_json(*cost.break_even_utilisation) : nullptr;
  f["ownership"] = c;
  return f;
}

Joules step_wall_energy(const StepPowerReport& r) {
  return facility::wall_power(r.power.average, r.site) * r.power.step;
}

std::string step_power_text(const StepPowerReport& r) {
  const facility::StepPower& power = r.power;
  std::string out = fmt::format("\nPower by activity (power model {}, PUE {})\n",
                                r.site.power_model.name, r.site.pue);
  out +=
      line("Job IT, average", power_text(power.average),
           fmt::format("{} at the wall", power_text(facility::wall_power(power.average, r.site))));
  out += line("Job IT, peak", power_text(power.peak),
              fmt::format("{} at the wall", power_text(facility::wall_power(power.peak, r.site))));
  out += line("Job IT, trough", power_text(power.trough));
  out += line("Swing", power_text(power.swing),
              fmt::format("every {} (one step); {} of it below the midpoint",
                          to_string(power.period), to_string(power.low_time)));
  out += line("Energy per step", kwh_text(step_wall_energy(r)), "at the wall");
  out += line("Cost per step", to_string(r.per_step), "owned GPU-hours + electricity");
  out += line("Cost per 1M tokens", fmt::format("${:.3f}", r.per_million_tokens.value()));
  return out;
}

nlohmann::ordered_json step_power_json(const StepPowerReport& r) {
  const facility::StepPower& power = r.power;
  nlohmann::ordered_json j;
  j["power_model"] = r.site.power_model.name;
  j["pue"] = r.site.pue;
  j["average_it_w"] = power.average.value();
  j["peak_it_w"] = power.peak.value();
  j["trough_it_w"] = power.trough.value();
  j["average_wall_w"] = facility::wall_power(power.average, r.site).value();
  j["peak_wall_w"] = facility::wall_power(power.peak, r.site).value();
  j["swing_it_w"] = power.swing.value();
  j["swing_period_s"] = power.period.value();
  j["low_time_s"] = power.low_time.value();
  j["energy_per_step_it_j"] = power.energy.value();
  j["energy_per_step_wall_j"] = step_wall_energy(r).value();
  j["cost_per_step_usd"] = r.per_step.value();
  j["cost_per_million_tokens_usd"] = r.per_million_tokens.value();
  return j;
}

std::vector<CsvTable> step_power_tables(const StepPowerReport& r) {
  CsvTable figures{"power", {"quantity", "value"}, {}};
  const nlohmann::ordered_json j = step_power_json(r);
  for (const auto& [key, value] : j.items()) {
    figures.rows.push_back(
        {key, value.is_string() ? value.get<std::string>() : csv_number(value.get<double>())});
  }
  CsvTable profile{"power_profile", {"start_s", "end_s", "it_w", "wall_w"}, {}};
  for (const facility::PowerSegment& p : r.power.profile) {
    profile.rows.push_back({csv_number(p.start.value()), csv_number(p.end.value()),
                            csv_number(p.power.value()),
                            csv_number(facility::wall_power(p.power, r.site).value())});
  }
  return {std::move(figures), std::move(profile)};
}

std::string run_energy_text(const campaign::RunEnergy& e, const campaign::CampaignResult& r) {
  std::string out = "\nEnergy, water, CO2 and money of the run (Monte Carlo mean):\n";
  const double it_mwh = e.it.value() / facility::kJoulesPerKwh / 1000.0;
  const double wall_mwh = e.wall.value() / facility::kJoulesPerKwh / 1000.0;
  out += line("Energy at the wall",
              fmt::format("{} MWh", grouped(static_cast<std::int64_t>(wall_mwh + 0.5))),
              fmt::format("IT {} MWh x PUE", grouped(static_cast<std::int64_t>(it_mwh + 0.5))));
  std::string phases;
  for (const campaign::PhaseResult& p : r.phases) {
    phases += fmt::format("{}{} {}", phases.empty() ? "" : ", ", p.name, power_text(p.power_it));
  }
  out += line("Job IT power, training",
              phases.empty() ? "-" : power_text(r.phases.front().power_it), "by phase: " + phases);
  out += line("Job IT power, down", power_text(e.down_it),
              fmt::format("{} of {} down (restarts, spares, checkpoints)", to_string(e.down),
                          to_string(e.training + e.down)));
  out +=
      line("Water",
           fmt::format("{} m3", grouped(static_cast<std::int64_t>(e.water_litres / 1000.0 + 0.5))));
  out +=
      line("CO2", fmt::format("{} t", grouped(static_cast<std::int64_t>(e.co2_kg / 1000.0 + 0.5))));
  out += line("Electricity", to_string(e.electricity));
  out += line("Cost of the run", to_string(e.cost),
              fmt::format("{} GPU-hours at the owner's fixed rate + electricity",
                          grouped(static_cast<std::int64_t>(e.gpu_hours + 0.5))));
  out += line("Cost per 1M tokens", fmt::format("${:.3f}", e.cost_per_million_tokens.value()));
  if (e.rented) {
    out += line("Rented instead", to_string(*e.rented),
                fmt::format("at {}/GPU-hour", per_hour(*e.cloud_per_gpu_hour)));
  }
  return out;
}

nlohmann::json run_energy_json(const campaign::RunEnergy& e) {
  return {{"it_j", e.it.value()},
          {"wall_j", e.wall.value()},
          {"wall_mwh", e.wall.value() / facility::kJoulesPerKwh / 1000.0},
          {"down_it_w", e.down_it.value()},
          {"training_s", e.training.value()},
          {"down_s", e.down.value()},
          {"water_l", e.water_litres},
          {"co2_kg", e.co2_kg},
          {"gpu_hours", e.gpu_hours},
          {"electricity_usd", e.electricity.value()},
          {"cost_usd", e.cost.value()},
          {"cost_per_million_tokens_usd", e.cost_per_million_tokens.value()},
          {"owned_usd_per_gpu_hour", e.owned_per_gpu_hour.value()},
          {"rented_usd", e.rented ? nlohmann::json(e.rented->value()) : nlohmann::json(nullptr)},
          {"cloud_usd_per_gpu_hour", e.cloud_per_gpu_hour
                                         ? nlohmann::json(e.cloud_per_gpu_hour->value())
                                         : nlohmann::json(nullptr)}};
}

}  // namespace colossus::report
