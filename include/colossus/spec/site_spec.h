// Where a cluster stands and what it costs, as the user describes it: the optional `site:`
// section of a cluster (cooling, PUE, water use, grid connection, grid carbon and electricity
// price), the power-model preset it names (presets/power/: how a GPU's draw follows its
// activity) and the pricing preset it names (presets/pricing/: capital cost of the facility,
// depreciation, maintenance, cloud prices, each with its source and date). Plain data in units;
// spec/site_loader.h reads it, the facility layer turns it into megawatts, litres and dollars.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>

#include "colossus/core/enum_names.h"
#include "colossus/core/units.h"

namespace colossus {

// How the heat leaves the racks. Each kind has a typical PUE range (facility/facility.h).
enum class Cooling { direct_liquid, rear_door, air };
inline constexpr EnumName<Cooling> kCoolingNames[] = {{Cooling::direct_liquid, "direct_liquid"},
                                                      {Cooling::rear_door, "rear_door"},
                                                      {Cooling::air, "air"}};
constexpr std::span<const EnumName<Cooling>> enum_table(Cooling) {
  return kCoolingNames;
}

// How a device's draw follows what it is doing (presets/power/*.yaml). GPU figures are
// fractions of the GPU's TDP; host figures fractions of the server's host_power_w (its power at
// full load minus the GPUs). Switches draw their preset power whatever the load.
struct PowerModelSpec {
  std::string name;
  std::string description;
  double gpu_compute = 0;        // running kernels (GEMMs, attention): near TDP
  double gpu_communication = 0;  // only collectives or transfers in flight (NCCL's few SMs)
  double gpu_idle = 0;           // nothing running (pipeline bubble, restart)
  double host_active = 0;        // CPUs, memory, NICs, fans while the job runs
  double host_idle = 0;          // while the job is down (restarting, waiting for a spare)
};

// Money as data (presets/pricing/*.yaml). Hardware prices stay with the hardware presets (GPUs,
// servers, NICs, switches, optics); this adds what a cluster costs beyond its bill of materials.
struct PricingSpec {
  std::string name;
  std::string description;
  std::string date;                        // when the figures were taken, e.g. "2025-06"
  Dollars facility_capex_per_mw{};         // building, power and cooling per MW of IT load
  double it_depreciation_years = 0;        // GPUs, servers, network
  double facility_depreciation_years = 0;  // building, power and cooling plant
  double maintenance_per_year = 0;         // support, spares and staff, fraction of IT capex
  std::map<std::string, Dollars> cloud_per_gpu_hour;  // by GPU preset name (rent instead)
};

// The facility a cluster stands in (the cluster's optional `site:` section).
struct SiteSpec {
  Cooling cooling = Cooling::direct_liquid;
  double pue = 1.0;                    // facility power / IT power (distribution losses included)
  double wue_l_per_kwh = 0;            // site water / IT energy (The Green Grid's WUE)
  std::optional<Watts> grid_capacity;  // the site's grid connection (absent: not stated)
  double carbon_kg_per_kwh = 0;        // CO2 of the grid's electricity
  double electricity_usd_per_kwh = 0;
  PowerModelSpec power_model;
  PricingSpec pricing;
};

}  // namespace colossus
