// Cost of ownership: capital, annual opex and dollars per GPU-hour from the bill of materials
// and the site's pricing; the break-even utilisation against a cloud price.
#include "colossus/facility/cost.h"

#include <stdexcept>

#include "colossus/facility/facility.h"

namespace colossus::facility {

Dollars usd_per_gpu_hour(Dollars capex, double depreciation_years, Dollars opex_per_year,
                         std::int64_t gpus) {
  if (!(depreciation_years > 0) || gpus <= 0)
    throw std::invalid_argument("usd_per_gpu_hour: depreciation and GPUs must be positive");
  const double gpu_hours_per_year = kHoursPerYear * static_cast<double>(gpus);
  return capex / (depreciation_years * gpu_hours_per_year) + opex_per_year / gpu_hours_per_year;
}

OwnershipCost ownership_cost(const BillOfMaterials& bom, const SiteSpec& site) {
  const PricingSpec& p = site.pricing;
  OwnershipCost c;
  c.gpus = bom.gpus;
  c.it_capex = bom.total_cost;
  c.facility_capex = p.facility_capex_per_mw * (bom.it_power.value() / 1e6);
  c.capex = c.it_capex + c.facility_capex;
  c.depreciation_per_year =
      c.it_capex / p.it_depreciation_years + c.facility_capex / p.facility_depreciation_years;
  c.maintenance_per_year = c.it_capex * p.maintenance_per_year;
  c.electricity_per_year =
      electricity_cost(wall_power(bom.it_power, site) * hours(kHoursPerYear), site);
  c.opex_per_year = c.maintenance_per_year + c.electricity_per_year;
  c.fixed_per_gpu_hour =
      usd_per_gpu_hour(c.it_capex, p.it_depreciation_years, c.maintenance_per_year, bom.gpus) +
      usd_per_gpu_hour(c.facility_capex, p.facility_depreciation_years, Dollars{}, bom.gpus);
  c.energy_per_gpu_hour = usd_per_gpu_hour(Dollars{}, 1.0, c.electricity_per_year, bom.gpus);
  c.per_gpu_hour = c.fixed_per_gpu_hour + c.energy_per_gpu_hour;
  // The cloud price of the cluster's GPU (the first pool's; a mixed cluster has none).
  if (bom.gpu_types.size() == 1) {
    auto it = p.cloud_per_gpu_hour.find(bom.gpu_types.front().name);
    if (it != p.cloud_per_gpu_hour.end()) {
      c.cloud_per_gpu_hour = it->second;
      const Dollars margin = it->second - c.energy_per_gpu_hour;
      if (margin.value() > 0) c.break_even_utilisation = c.fixed_per_gpu_hour / margin;
    }
  }
  return c;
}

Dollars usage_cost(const OwnershipCost& cost, double gpu_hours, Joules wall_energy,
                   const SiteSpec& site) {
  return cost.fixed_per_gpu_hour * gpu_hours + electricity_cost(wall_energy, site);
}

}  // namespace colossus::facility
