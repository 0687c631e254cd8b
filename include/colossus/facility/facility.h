// The facility around the IT: what a cluster draws at the wall (IT x PUE, cooling and power
// distribution losses included), the water its cooling uses (IT energy x WUE, The Green Grid's
// definition), the CO2 of the grid's electricity and its price, and whether the wall power fits
// the site's grid connection. Plain arithmetic on a SiteSpec; the figures people plan a site by.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/spec/site_spec.h"
#include "colossus/topology/bill_of_materials.h"

namespace colossus::facility {

inline constexpr double kJoulesPerKwh = 3.6e6;
inline constexpr double kHoursPerYear = 8760.0;

// The PUE a facility of this cooling kind typically reaches (low, high); facility.cpp has the
// sources. A site's PUE outside its range gets a warning, not an error.
struct PueRange {
  double low = 1.0;
  double high = 1.0;
};
PueRange typical_pue(Cooling cooling);

// Power at the wall for `it` of IT load: it x PUE.
Watts wall_power(Watts it, const SiteSpec& site);
// Energy at the wall for `it` of IT energy: it x PUE.
Joules wall_energy(Joules it, const SiteSpec& site);
// Litres of water the cooling uses while the IT draws `it_energy`: kWh x WUE.
double water_litres(Joules it_energy, const SiteSpec& site);
// Kilograms of CO2 of `wall_energy` from the site's grid.
double co2_kg(Joules wall_energy, const SiteSpec& site);
// The electricity bill for `wall_energy`.
Dollars electricity_cost(Joules wall_energy, const SiteSpec& site);

// The site at the cluster's full load (every GPU at TDP, hosts and switches at full power).
struct FacilityLoad {
  Watts it{};
  Watts wall{};      // it x PUE
  Watts overhead{};  // wall - it: cooling and distribution losses
  double pue = 1.0;
  PueRange typical;                 // of the site's cooling kind
  double water_litres_per_day = 0;  // at full load all day
  double co2_tonnes_per_day = 0;    // at full load all day
  std::optional<Watts> grid_capacity;
  bool over_capacity = false;         // wall > grid capacity
  std::vector<std::string> warnings;  // over capacity, PUE outside its kind's range
};
FacilityLoad facility_load(const BillOfMaterials& bom, const SiteSpec& site);

}  // namespace colossus::facility
