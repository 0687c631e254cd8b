// The facility's arithmetic: PUE, WUE, carbon and electricity price applied to IT power and
// energy, and the full-load check against the site's grid connection.
#include "colossus/facility/facility.h"

#include <fmt/format.h>

namespace colossus::facility {

PueRange typical_pue(Cooling cooling) {
  switch (cooling) {
    // Google's fleet, the best large operator, reports 1.09 (2025 TTM, data/hardware.md [E02]);
    // liquid-cooled AI halls have no primary figure, 1.1-1.3 suggested (§6). 1.05-1.3.
    case Cooling::direct_liquid:
      return {1.05, 1.3};
    // Estimate: rear-door heat exchangers keep room air cooling for part of the load, between
    // the liquid and air figures.
    case Cooling::rear_door:
      return {1.15, 1.45};
    // Uptime Institute 2025 survey (data/hardware.md [E01]): average 1.54, new sites 1.48, sites
    // of 20 MW and more 1.44; the best air-cooled hyperscale halls reach ~1.2.
    case Cooling::air:
      return {1.2, 1.6};
  }
  return {1.0, 1.0};
}

Watts wall_power(Watts it, const SiteSpec& site) {
  return it * site.pue;
}

Joules wall_energy(Joules it, const SiteSpec& site) {
  return it * site.pue;
}

double water_litres(Joules it_energy, const SiteSpec& site) {
  return it_energy.value() / kJoulesPerKwh * site.wue_l_per_kwh;
}

double co2_kg(Joules wall_energy, const SiteSpec& site) {
  return wall_energy.value() / kJoulesPerKwh * site.carbon_kg_per_kwh;
}

Dollars electricity_cost(Joules wall_energy, const SiteSpec& site) {
  return dollars(wall_energy.value() / kJoulesPerKwh * site.electricity_usd_per_kwh);
}

FacilityLoad facility_load(const BillOfMaterials& bom, const SiteSpec& site) {
  FacilityLoad f;
  f.it = bom.it_power;
  f.wall = wall_power(f.it, site);
  f.overhead = f.wall - f.it;
  f.pue = site.pue;
  f.typical = typical_pue(site.cooling);
  const Seconds day = days(1);
  f.water_litres_per_day = water_litres(f.it * day, site);
  f.co2_tonnes_per_day = co2_kg(f.wall * day, site) / 1000.0;
  f.grid_capacity = site.grid_capacity;
  if (site.grid_capacity && f.wall > *site.grid_capacity) {
    f.over_capacity = true;
    f.warnings.push_back(fmt::format(
        "wall power at full load ({:.1f} MW) exceeds the site's grid connection ({:.1f} MW)",
        f.wall.value() / 1e6, site.grid_capacity->value() / 1e6));
  }
  if (site.pue < f.typical.low || site.pue > f.typical.high) {
    f.warnings.push_back(fmt::format("PUE {} is outside the typical range {}-{} of {} cooling",
                                     site.pue, f.typical.low, f.typical.high,
                                     to_string(site.cooling)));
  }
  return f;
}

}  // namespace colossus::facility
