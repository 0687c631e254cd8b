// Tests of the facility layer from first principles: energy of a hand-built two-phase timeline,
// facility power = IT x PUE, water = IT energy x WUE, CO2 and electricity of an energy, $ per
// GPU-hour = capex / (depreciation x 8,760 h) + opex, the break-even utilisation against a cloud
// price, and the site section of the Memphis preset as loaded.
#include "colossus/facility/facility.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "colossus/facility/cost.h"
#include "colossus/facility/step_power.h"
#include "colossus/spec/cluster_loader.h"

namespace colossus::facility {
namespace {

SiteSpec site(double pue, double wue) {
  SiteSpec s;
  s.pue = pue;
  s.wue_l_per_kwh = wue;
  s.carbon_kg_per_kwh = 0.4;
  s.electricity_usd_per_kwh = 0.10;
  s.pricing.it_depreciation_years = 5;
  s.pricing.facility_depreciation_years = 20;
  return s;
}

// Two phases by hand: 100 W for 1 s, then 50 W for 2 s: 100 + 100 = 200 J.
TEST(EnergyOf, TwoPhaseProfileIsSumOfPowerTimesTime) {
  const PowerSegment profile[] = {{seconds(0), seconds(1), watts(100)},
                                  {seconds(1), seconds(3), watts(50)}};
  EXPECT_DOUBLE_EQ(energy_of(profile).value(), 200.0);
}

// One stage of 10 GPUs: an op over [0, 2) s (compute), a transfer over [2, 3) s (communication),
// nothing over [3, 4) s (idle); 1 kW of hosts and switches throughout. Per GPU 600/200/50 W, so
// the job draws 7,000 W, then 3,000 W, then 1,500 W: 14,000 + 3,000 + 1,500 = 18,500 J per step,
// average 4,625 W, swing 5,500 W every 4 s, 2 s of it below the midpoint (4,250 W).
TEST(StepPower, HandBuiltTwoPhaseTimeline) {
  sim::PipelineTimeline run;
  run.step_time = seconds(4);
  sim::OpSpan op;
  op.stage = 0;
  op.start = seconds(0);
  op.end = seconds(2);
  run.spans.push_back(op);
  sim::TransferSpan t;
  t.stage = 0;
  t.start = seconds(2);
  t.end = seconds(3);
  run.transfers.push_back(t);
  JobPowerModel m;
  m.stage_gpus = {10};
  m.gpu_compute = watts(600);
  m.gpu_communication = watts(200);
  m.gpu_idle = watts(50);
  m.steady = watts(1000);
  const StepPower p = step_power(run, m);
  EXPECT_DOUBLE_EQ(p.energy.value(), 18500.0);
  EXPECT_DOUBLE_EQ(p.average.value(), 4625.0);
  EXPECT_DOUBLE_EQ(p.peak.value(), 7000.0);
  EXPECT_DOUBLE_EQ(p.trough.value(), 1500.0);
  EXPECT_DOUBLE_EQ(p.swing.value(), 5500.0);
  EXPECT_DOUBLE_EQ(p.period.value(), 4.0);
  EXPECT_DOUBLE_EQ(p.low_time.value(), 2.0);
  ASSERT_EQ(p.profile.size(), 3u);
}

// Two stages of 5 GPUs whose ops alternate ([0,1) on stage 0, [1,2) on stage 1) never both
// compute: 5 x 600 + 5 x 50 = 3,250 W throughout, no swing. An op whose time is 3/4 kernels draws
// 0.75 x 600 + 0.25 x 200 = 500 W per GPU.
TEST(StepPower, StagesAddWeightedByTheirGpus) {
  sim::PipelineTimeline run;
  run.step_time = seconds(2);
  sim::OpSpan a;
  a.stage = 0;
  a.start = seconds(0);
  a.end = seconds(1);
  sim::OpSpan b = a;
  b.stage = 1;
  b.start = seconds(1);
  b.end = seconds(2);
  run.spans = {a, b};
  JobPowerModel m;
  m.stage_gpus = {5, 5};
  m.gpu_compute = watts(600);
  m.gpu_communication = watts(200);
  m.gpu_idle = watts(50);
  StepPower p = step_power(run, m);
  EXPECT_DOUBLE_EQ(p.peak.value(), 3250.0);
  EXPECT_DOUBLE_EQ(p.swing.value(), 0.0);
  m.kernel_share = 0.75;
  p = step_power(run, m);
  EXPECT_DOUBLE_EQ(p.peak.value(), 5 * 500.0 + 5 * 50.0);
}

// Facility power is IT x PUE: 100 MW at PUE 1.3 is 130 MW at the wall, 30 MW of it cooling and
// losses; a 120 MW grid connection does not suffice, a 150 MW one does.
TEST(Facility, WallIsItTimesPue) {
  SiteSpec s = site(1.3, 1.8);
  EXPECT_DOUBLE_EQ(wall_power(megawatts(100), s).value(), 130e6);
  BillOfMaterials bom;
  bom.it_power = megawatts(100);
  s.grid_capacity = megawatts(120);
  FacilityLoad f = facility_load(bom, s);
  EXPECT_DOUBLE_EQ(f.wall.value(), 130e6);
  EXPECT_DOUBLE_EQ(f.overhead.value(), 30e6);
  EXPECT_TRUE(f.over_capacity);
  s.grid_capacity = megawatts(150);
  EXPECT_FALSE(facility_load(bom, s).over_capacity);
}

// Water is IT energy x WUE: 1 MWh (1,000 kWh) at 1.8 L/kWh is 1,800 L. A day at 100 MW of IT is
// 2.4 GWh: 4.32 million litres.
TEST(Facility, WaterIsItEnergyTimesWue) {
  const SiteSpec s = site(1.2, 1.8);
  EXPECT_DOUBLE_EQ(water_litres(joules(1000 * kJoulesPerKwh), s), 1800.0);
  BillOfMaterials bom;
  bom.it_power = megawatts(100);
  EXPECT_NEAR(facility_load(bom, s).water_litres_per_day, 4.32e6, 1e-6);
}

// CO2 and electricity are wall energy x intensity and x price: 1,000 kWh at 0.4 kg/kWh is 400 kg,
// at $0.10/kWh is $100.
TEST(Facility, CarbonAndElectricityOfAnEnergy) {
  const SiteSpec s = site(1.2, 1.8);
  EXPECT_DOUBLE_EQ(co2_kg(joules(1000 * kJoulesPerKwh), s), 400.0);
  EXPECT_DOUBLE_EQ(electricity_cost(joules(1000 * kJoulesPerKwh), s).value(), 100.0);
}

// $/GPU-hour = capex / (years x 8,760 h x GPUs) + opex / (8,760 h x GPUs): $87.6M over 10 years
// on 1,000 GPUs is $1.00; $876k of opex a year adds $0.10.
TEST(Cost, UsdPerGpuHourClosedForm) {
  EXPECT_DOUBLE_EQ(usd_per_gpu_hour(dollars(87.6e6), 10, Dollars{}, 1000).value(), 1.0);
  EXPECT_NEAR(usd_per_gpu_hour(dollars(87.6e6), 10, dollars(876e3), 1000).value(), 1.1, 1e-12);
  EXPECT_THROW(usd_per_gpu_hour(dollars(1), 0, Dollars{}, 1000), std::invalid_argument);
}

// A 1,000-GPU cluster of $43.8M IT capex at 1 MW IT, PUE 1.5, $0.10/kWh, $10M per MW of
// facility, IT over 5 years, facility over 20, 5% maintenance: fixed $1.00 (IT) + $0.25
// (maintenance) + $0.0571 (facility: $10M / (20 x 8,760 x 1,000)) per GPU-hour; electricity
// 1.5 MW x $0.10/kWh / 1,000 GPUs = $0.15; a $3.00 cloud price breaks even at
// 1.3071 / (3.00 - 0.15) = 45.9% utilisation.
TEST(Cost, OwnershipAndBreakEven) {
  SiteSpec s = site(1.5, 1.8);
  s.pricing.facility_capex_per_mw = dollars(10e6);
  s.pricing.maintenance_per_year = 0.05;
  s.pricing.cloud_per_gpu_hour["h100-sxm"] = dollars(3.0);
  BillOfMaterials bom;
  bom.gpus = 1000;
  bom.gpu_types = {{"h100-sxm", "H100", 1000}};
  bom.total_cost = dollars(43.8e6);
  bom.it_power = megawatts(1);
  const OwnershipCost c = ownership_cost(bom, s);
  const double facility = 10e6 / (20 * 8760.0 * 1000);
  EXPECT_NEAR(c.fixed_per_gpu_hour.value(), 1.0 + 0.25 + facility, 1e-12);
  EXPECT_NEAR(c.energy_per_gpu_hour.value(), 0.15, 1e-12);
  EXPECT_NEAR(c.per_gpu_hour.value(), 1.4 + facility, 1e-12);
  ASSERT_TRUE(c.break_even_utilisation.has_value());
  EXPECT_NEAR(*c.break_even_utilisation, (1.25 + facility) / 2.85, 1e-12);
  // Using 10 GPU-hours that drew 10 kWh at the wall: 10 x fixed + $1.
  EXPECT_NEAR(usage_cost(c, 10, joules(10 * kJoulesPerKwh), s).value(),
              10 * (1.25 + facility) + 1.0, 1e-9);
}

// A pool by hand: 8 GPUs of 700 W TDP in one server with 2 kW of host, a power model of 0.9 TDP
// computing and 0.1 idle, hosts at 0.8; busy half the time: GPUs 8 x 700 x 0.5 = 2,800 W, host
// 1,600 W, and a 16-GPU fabric of 1,600 W of switches shared by GPU count: 800 W; 5,200 W of IT.
// An hour at PUE 1.5 is 7.8 kWh at the wall ($0.78 at $0.10/kWh) plus 8 GPU-hours at the fixed
// rate of the ownership test's cluster.
TEST(Cost, PoolUsageByHand) {
  ClusterSpec spec;
  ServerPool pool;
  pool.server.gpus = 8;
  pool.server.gpu.tdp = watts(700);
  pool.server.host_power = watts(2000);
  pool.gpu_count = 16;
  spec.pools = {pool};
  spec.site = site(1.5, 1.8);
  spec.site->power_model.gpu_compute = 0.9;
  spec.site->power_model.gpu_idle = 0.1;
  spec.site->power_model.host_active = 0.8;
  spec.site->pricing.maintenance_per_year = 0.05;
  BillOfMaterials bom;
  bom.gpus = 16;
  bom.gpu_types = {{"h100-sxm", "H100", 16}};
  bom.total_cost = dollars(700800);
  bom.it_power = watts(16000);
  bom.switch_power = watts(1600);
  const OwnershipCost own = ownership_cost(bom, *spec.site);
  const PoolUsage u = pool_usage(spec, 0, 8, seconds(3600), 0.5, bom, own);
  EXPECT_NEAR(u.it_average.value(), 2800 + 1600 + 800, 1e-9);
  EXPECT_NEAR(u.wall_energy.value(), 7.8 * kJoulesPerKwh, 1e-6);
  EXPECT_NEAR(u.cost.value(), 8 * own.fixed_per_gpu_hour.value() + 0.78, 1e-9);
}

// The Memphis preset's site as loaded: liquid-cooled, PUE 1.2, a 150 MW grid connection
// (data/hardware.md [C08]), the training-activity power model and the us-2025 pricing.
TEST(SiteSpec, MemphisPresetLoads) {
  const ClusterSpec c = load_cluster("memphis-100k");
  ASSERT_TRUE(c.site.has_value());
  EXPECT_EQ(c.site->cooling, Cooling::direct_liquid);
  EXPECT_DOUBLE_EQ(c.site->pue, 1.2);
  ASSERT_TRUE(c.site->grid_capacity.has_value());
  EXPECT_DOUBLE_EQ(c.site->grid_capacity->value(), 150e6);
  EXPECT_EQ(c.site->power_model.name, "training-activity");
  EXPECT_EQ(c.site->pricing.name, "us-2025");
  EXPECT_DOUBLE_EQ(c.site->pricing.it_depreciation_years, 5);
}

}  // namespace
}  // namespace colossus::facility
