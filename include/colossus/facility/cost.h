// What owning a cluster costs, and what renting would: capital (the bill of materials plus the
// facility per MW of IT load), annual operating cost (maintenance and staff as a fraction of IT
// capital, electricity at the wall), and from them dollars per GPU-hour:
//   $/GPU-h = capex / (depreciation years x 8,760 h x GPUs) + opex per year / (8,760 h x GPUs),
// summed over the IT and the facility, each with its own depreciation period. A run, a step or a
// served token is charged its GPU-hours at the fixed (depreciation and maintenance) rate plus
// the electricity it actually drew. Renting costs the cloud price per GPU-hour; owning wins when
// the cluster is busy more than the break-even utilisation. Other commands (simulate, campaign,
// serve, plan) call these functions; nothing here knows a step or a run.
#pragma once

#include <cstdint>
#include <optional>

#include "colossus/core/units.h"
#include "colossus/spec/site_spec.h"
#include "colossus/topology/bill_of_materials.h"

namespace colossus::facility {

// Dollars per GPU-hour of `capex` depreciated over `depreciation_years` plus `opex_per_year`,
// over `gpus` GPUs used every hour of the year. Throws std::invalid_argument for a period or a
// GPU count that is not positive (the spec layer rejects such input first).
Dollars usd_per_gpu_hour(Dollars capex, double depreciation_years, Dollars opex_per_year,
                         std::int64_t gpus);

struct OwnershipCost {
  std::int64_t gpus = 0;
  Dollars it_capex{};        // the bill of materials: GPUs, hosts, NICs, switches, optics
  Dollars facility_capex{};  // facility_capex_per_mw x IT MW at full load
  Dollars capex{};
  Dollars depreciation_per_year{};            // IT and facility, each over its own period
  Dollars maintenance_per_year{};             // maintenance_fraction_per_year x IT capex
  Dollars electricity_per_year{};             // at full load all year, at the wall
  Dollars opex_per_year{};                    // maintenance + electricity
  Dollars fixed_per_gpu_hour{};               // depreciation and maintenance: owning, busy or not
  Dollars energy_per_gpu_hour{};              // electricity at full load
  Dollars per_gpu_hour{};                     // all in, busy all year at full load
  std::optional<Dollars> cloud_per_gpu_hour;  // the pricing's cloud price for this GPU
  // Utilisation above which owning beats renting: fixed / (cloud - energy); absent without a
  // cloud price or when renting is cheaper than the electricity alone.
  std::optional<double> break_even_utilisation;
};

// The cluster's cost of ownership at its site (the site's pricing preset).
OwnershipCost ownership_cost(const BillOfMaterials& bom, const SiteSpec& site);

// What `gpu_hours` of the cluster that drew `wall_energy` cost its owner: the fixed rate per
// GPU-hour plus the electricity.
Dollars usage_cost(const OwnershipCost& cost, double gpu_hours, Joules wall_energy,
                   const SiteSpec& site);

}  // namespace colossus::facility
