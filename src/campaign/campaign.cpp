// run_campaign: from a campaign spec to its result. Each phase's step comes from the step
// simulation, once per distinct layout (phases that differ only in tokens share it); the job's
// components are counted on the cluster's topology; checkpoints are sized from the model
// (bytes per parameter) and timed on the cluster's storage; the interval is the spec's or
// Young/Daly's; then the Monte Carlo runs beside the closed forms (monte_carlo.h).
#include "colossus/campaign/campaign.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "colossus/facility/cost.h"
#include "colossus/facility/facility.h"
#include "colossus/facility/step_power.h"
#include "colossus/topology/bill_of_materials.h"
#include "colossus/workload/model.h"

namespace colossus::campaign {
namespace {

// The job of a phase: the scenario's with the phase's fields.
sim::Job phase_job(const sim::Job& base, const PhaseSpec& p) {
  sim::Job job = base;
  job.train_tokens = 0;
  ParallelismSpec& s = job.parallelism;
  if (p.gpus) job.gpus = *p.gpus;
  if (p.tp) s.tp = *p.tp;
  if (p.pp) s.pp = *p.pp;
  if (p.vpp) {
    s.vpp = *p.vpp;
    if (!p.schedule) s.schedule = *p.vpp > 1 ? "interleaved" : "1f1b";
  }
  if (p.cp) s.cp = *p.cp;
  if (p.ep) s.ep = *p.ep;
  if (p.dp) s.dp = *p.dp;
  if (p.micro_batch) s.micro_batch = *p.micro_batch;
  if (p.global_batch) s.global_batch = *p.global_batch;
  if (p.seq_len) s.seq_len = *p.seq_len;
  if (p.schedule) s.schedule = *p.schedule;
  return job;
}

// The cache key of a phase's step: every field a phase may change.
std::string step_key(const sim::Job& j) {
  const ParallelismSpec& s = j.parallelism;
  return fmt::format("{} {} {} {} {} {} {} {} {} {} {}", j.gpus, s.tp, s.pp, s.vpp, s.cp, s.ep,
                     s.dp, s.micro_batch, s.global_batch, s.seq_len, s.schedule);
}

// Rounds an interval up to whole steps (a checkpoint is taken between steps), at least one.
Seconds whole_steps(Seconds interval, Seconds step) {
  const double n = std::max(1.0, std::round(interval.value() / step.value()));
  return step * n;
}

}  // namespace

double UnitCounts::of(Unit unit) const {
  switch (unit) {
    case Unit::gpu:
      return gpu;
    case Unit::server:
      return server;
    case Unit::nic:
      return nic;
    case Unit::link:
      return link;
    case Unit::leaf_switch:
      return leaf_switch;
    case Unit::spine_switch:
      return spine_switch;
    case Unit::job:
      return job;
  }
  return 0;
}

UnitCounts count_units(const Topology& topology, std::int64_t gpus) {
  UnitCounts c;
  const double share = static_cast<double>(gpus) / static_cast<double>(topology.gpu_count());
  c.gpu = static_cast<double>(gpus);
  c.server = c.gpu / topology.gpus_per_server();
  c.nic = c.gpu;  // one NIC per GPU (its rail)
  const auto tiers = topology.tiers();
  for (std::size_t t = 0; t < tiers.size(); ++t) {
    c.link += share * static_cast<double>(tiers[t].links_down);
    (t == 0 ? c.leaf_switch : c.spine_switch) += share * static_cast<double>(tiers[t].switches);
  }
  if (!tiers.empty()) {
    // A rail-optimized leaf takes one NIC of each of its down-port servers; otherwise it holds
    // whole servers.
    const int down = tiers[0].down_ports;
    c.servers_per_leaf =
        topology.rail_optimized() ? down : std::max(1, down / topology.gpus_per_server());
  }
  return c;
}

std::vector<FailureMode> failure_modes(const ReliabilitySpec& reliability,
                                       const UnitCounts& counts) {
  std::vector<FailureMode> modes;
  const RecoverySpec& r = reliability.recovery;
  for (const Component& c : reliability.components) {
    FailureMode m;
    m.name = c.name;
    m.rate = counts.of(c.unit) * c.rate_per_unit_second();
    m.stops = c.detection != Detection::slow;
    m.detection = c.detection == Detection::hang ? r.detection_hang : r.detection_crash;
    if (!m.stops) m.detection = Seconds{};
    m.slow_loss = c.slow_duration * c.slowdown;
    const int servers = static_cast<int>(std::ceil(counts.server - 1e-9));
    switch (c.blast) {
      case BlastRadius::none:
        break;
      case BlastRadius::server:
        m.servers_out = 1;
        m.repair = r.server_repair;
        break;
      case BlastRadius::leaf:
        m.servers_out = std::min(counts.servers_per_leaf, std::max(1, servers));
        m.repair = r.switch_repair;
        break;
    }
    modes.push_back(std::move(m));
  }
  return modes;
}

Distribution distribution(std::vector<double> v) {
  Distribution d;
  if (v.empty()) return d;
  std::sort(v.begin(), v.end());
  d.mean = std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
  // The nearest-rank percentile.
  auto at = [&](double q) {
    const auto k = static_cast<std::size_t>(std::ceil(q * static_cast<double>(v.size())));
    return v[std::clamp<std::size_t>(k, 1, v.size()) - 1];
  };
  d.p5 = at(0.05);
  d.p50 = at(0.50);
  d.p95 = at(0.95);
  return d;
}

namespace {

// The run's energy, water, CO2 and money from the replicas' IT energies (facility/ layer).
RunEnergy run_energy(const CampaignResult& out, const std::vector<double>& it_energy,
                     Watts down_power, const BillOfMaterials& bom, const SiteSpec& site, int gpus) {
  RunEnergy e;
  e.down_it = down_power;
  e.down = out.mean_lost.detection + out.mean_lost.restart + out.mean_lost.checkpoint +
           out.mean_lost.spares + out.mean_lost.maintenance + out.mean_lost.transition;
  e.training = days(out.days.mean) - e.down;
  e.it = joules(distribution(it_energy).mean);
  e.wall = facility::wall_energy(e.it, site);
  e.water_litres = facility::water_litres(e.it, site);
  e.co2_kg = facility::co2_kg(e.wall, site);
  e.gpu_hours = gpus * out.days.mean * 24.0;
  const facility::OwnershipCost own = facility::ownership_cost(bom, site);
  e.electricity = facility::electricity_cost(e.wall, site);
  e.cost = facility::usage_cost(own, e.gpu_hours, e.wall, site);
  if (out.tokens_trained.mean > 0)
    e.cost_per_million_tokens = e.cost * (1e6 / out.tokens_trained.mean);
  e.owned_per_gpu_hour = own.per_gpu_hour;
  e.cloud_per_gpu_hour = own.cloud_per_gpu_hour;
  if (own.cloud_per_gpu_hour) e.rented = *own.cloud_per_gpu_hour * e.gpu_hours;
  return e;
}

}  // namespace

CampaignResult run_campaign(const CampaignSpec& spec) {
  const sim::Scenario& scenario = spec.scenario;
  const std::unique_ptr<const Topology> topology = make_topology(scenario.cluster);
  const std::optional<StorageSpec> storage = spec.storage ? spec.storage : scenario.cluster.storage;
  if (!storage) {
    throw InputError(spec.source, "storage",
                     fmt::format("cluster {} has no storage section (write_gb_per_s, "
                                 "read_gb_per_s), which a campaign needs to time its "
                                 "checkpoints; add one, or storage: to the campaign",
                                 scenario.cluster.name));
  }
  const ParameterCount params = count_parameters(scenario.job.model);
  const Bytes checkpoint_size =
      bytes(static_cast<double>(params.total) * spec.checkpoint.bytes_per_param);
  const RecoverySpec& recovery = spec.reliability.recovery;

  CampaignResult out;
  out.name = spec.name;
  out.description = spec.description;
  out.scenario = spec.scenario_file;
  out.cluster = scenario.cluster.name;
  out.model = scenario.job.model.name;
  out.reliability = spec.reliability.name;
  out.cluster_gpus = scenario.cluster.gpu_count();
  out.tokens = spec.tokens;
  out.period = spec.period;
  out.replicas = spec.replicas;
  out.seed = spec.seed;
  out.detection_crash = recovery.detection_crash;
  out.detection_hang = recovery.detection_hang;

  const ClusterSpec& cluster = scenario.cluster;
  const std::optional<SiteSpec>& site = cluster.site;
  const BillOfMaterials bom = bill_of_materials(*topology);
  Watts down_power{};
  std::map<std::string, sim::SimulationResult> steps;
  std::vector<PhaseModel> models;
  std::vector<double> tokens_per_second;
  int max_gpus = 0;
  std::string previous_key;
  for (std::size_t i = 0; i < spec.phases.size(); ++i) {
    const PhaseSpec& p = spec.phases[i];
    const sim::Job job = phase_job(scenario.job, p);
    const std::string key = step_key(job);
    PhaseResult pr;
    pr.name = p.name;
    pr.tokens = p.tokens;
    auto it = steps.find(key);
    if (it == steps.end()) {
      try {
        it = steps.emplace(key, sim::simulate(*topology, job)).first;
      } catch (const InputError& e) {
        throw InputError(p.where, fmt::format("phases[{}] ({})", i, e.field()),
                         fmt::format("phase \"{}\": {}", p.name, e.message()));
      }
      pr.simulated = true;
    }
    const sim::SimulationResult& r = it->second;
    out.gpu = r.gpu;
    pr.layout = r.layout;
    pr.gpus = r.gpus;
    max_gpus = std::max(max_gpus, r.gpus);
    pr.tokens_per_step = r.tokens_per_step;
    pr.step_time = r.step_time;
    pr.mfu = r.mfu;
    const bool open_ended = spec.period.value() > 0 && i + 1 == spec.phases.size() && p.tokens == 0;
    if (open_ended) {
      pr.work = spec.period;  // no phase can need more training than the whole period
    } else {
      pr.steps = (p.tokens + r.tokens_per_step - 1) / r.tokens_per_step;
      pr.work = r.step_time * static_cast<double>(pr.steps);
    }
    tokens_per_second.push_back(static_cast<double>(r.tokens_per_step) / r.step_time.value());
    if (site) {
      const facility::JobPowerModel power =
          facility::job_power_model(r, cluster, bom, site->power_model);
      pr.power_it = facility::step_power(r.timeline, power).average;
      if (i == 0) down_power = power.down();
    }

    const UnitCounts counts = count_units(*topology, r.gpus);
    PhaseModel m;
    m.name = p.name;
    m.work = pr.work;
    m.modes = failure_modes(spec.reliability, counts);
    pr.checkpoint_size = checkpoint_size;
    pr.checkpoint_write = checkpoint_size / storage->write_bandwidth;
    pr.checkpoint_load = checkpoint_size / storage->read_bandwidth;
    pr.checkpoint_block = spec.checkpoint.async ? (checkpoint_size / static_cast<double>(r.gpus)) /
                                                      spec.checkpoint.snapshot_per_gpu
                                                : pr.checkpoint_write;
    m.checkpoint_block = pr.checkpoint_block;
    m.checkpoint_persist =
        spec.checkpoint.async ? pr.checkpoint_block + pr.checkpoint_write : pr.checkpoint_write;
    pr.restart = recovery.restart_fixed + recovery.restart_per_1000_gpus * (r.gpus / 1000.0) +
                 pr.checkpoint_load;
    m.restart = pr.restart;
    pr.mttf = job_mttf(m.modes);
    pr.young_daly = young_daly_interval(pr.checkpoint_block, pr.mttf);
    pr.fixed_interval = spec.checkpoint.interval;
    Seconds interval = spec.checkpoint.interval ? *spec.checkpoint.interval : pr.young_daly;
    // An asynchronous checkpoint must be durable before the next one starts.
    if (spec.checkpoint.async) interval = std::max(interval, pr.checkpoint_write);
    pr.interval = whole_steps(interval, r.step_time);
    m.interval = pr.interval;
    if (i > 0 && key != previous_key) pr.transition = pr.checkpoint_write + pr.restart;
    m.transition = pr.transition;
    previous_key = key;

    if (i == 0) {
      out.components.resize(m.modes.size());
      for (std::size_t k = 0; k < m.modes.size(); ++k) {
        const Component& c = spec.reliability.components[k];
        ComponentResult& cr = out.components[k];
        cr.name = c.name;
        cr.unit = c.unit;
        cr.units = counts.of(c.unit);
        cr.rate_per_1000_unit_days = c.rate_per_1000_unit_days;
        cr.detection = c.detection;
        cr.blast = c.blast;
        cr.source = c.source;
      }
    }
    // Closed forms: the restart overhead is the rate-weighted detection plus the restart.
    double stop_rate = 0, detection = 0, slow_loss = 0;
    for (const FailureMode& f : m.modes) {
      if (f.stops) {
        stop_rate += f.rate;
        detection += f.rate * f.detection.value();
      } else {
        slow_loss += f.rate * f.slow_loss.value();
      }
    }
    const Seconds u0 = seconds(stop_rate > 0 ? detection / stop_rate : 0) + pr.restart;
    pr.analytic_ettr =
        renewal_ettr(pr.mttf, u0, pr.interval, pr.checkpoint_block, m.checkpoint_persist) *
        (1.0 - slow_loss);
    pr.rsc_ettr = rsc_expected_ettr(pr.mttf, u0, pr.interval, pr.checkpoint_block);
    // An open-ended last phase (a fixed period) runs for what is left of it.
    const double wall =
        open_ended
            ? std::max(0.0, spec.period.value() - out.analytic_wall.value() - pr.transition.value())
            : pr.work.value() / pr.analytic_ettr;
    out.analytic_wall += seconds(wall) + pr.transition;
    out.ideal += open_ended ? seconds(wall * pr.analytic_ettr) : pr.work;
    const double running = wall / (1.0 + stop_rate * u0.value());
    out.analytic_interruptions += stop_rate * running;
    for (std::size_t k = 0; k < m.modes.size(); ++k) {
      out.components[k].expected += m.modes[k].rate * running;
    }
    models.push_back(std::move(m));
    out.phases.push_back(std::move(pr));
  }
  if (out.ideal.value() > 0) out.analytic_ettr = out.ideal.value() / out.analytic_wall.value();
  // Planned maintenance: each stop costs a checkpoint, the maintenance and a restart.
  if (recovery.maintenance_interval.value() > 0 && out.analytic_wall.value() > 0) {
    const double stops = out.analytic_wall.value() / recovery.maintenance_interval.value();
    const PhaseResult& first = out.phases.front();
    out.analytic_wall += (first.checkpoint_block + recovery.maintenance_duration + first.restart) *
                         std::floor(stops);
    out.analytic_ettr = out.ideal.value() / out.analytic_wall.value();
  }

  EngineOptions options;
  options.replicas = spec.replicas;
  options.seed = spec.seed;
  const std::int64_t gps = topology->gpus_per_server();
  out.spare_servers = spec.spare_servers.value_or(
      std::max<std::int64_t>(0, (topology->gpu_count() - max_gpus) / gps));
  options.spare_servers = out.spare_servers;
  options.maintenance_interval = recovery.maintenance_interval;
  options.maintenance_duration = recovery.maintenance_duration;
  options.horizon = spec.period;
  EngineResult mc = run_monte_carlo(models, options);

  std::vector<double> days_v, ettr_v, stops_v, tokens_v, energy_v;
  std::vector<std::vector<double>> events(models.front().modes.size());
  for (const ReplicaOutcome& r : mc.replicas) {
    days_v.push_back(r.wall.value() / 86400.0);
    ettr_v.push_back(r.work_done.value() / r.wall.value());
    stops_v.push_back(r.interruptions);
    double left = r.work_done.value(), tokens = 0;
    for (std::size_t i = 0; i < models.size() && left > 0; ++i) {
      const double w = std::min(left, models[i].work.value());
      tokens += w * tokens_per_second[i];
      left -= w;
    }
    tokens_v.push_back(tokens);
    if (site) {
      // Training draws each phase's step power for the work done in it; work done again after
      // a failure and slowed steps draw the run's mean training power; the rest is down time.
      double trained = 0, energy = 0;
      left = r.work_done.value();
      for (std::size_t i = 0; i < models.size() && left > 0; ++i) {
        const double w = std::min(left, models[i].work.value());
        energy += w * out.phases[i].power_it.value();
        trained += w;
        left -= w;
      }
      const double mean_power =
          trained > 0 ? energy / trained : out.phases.front().power_it.value();
      const double redone = (r.lost.recompute + r.lost.slowdown).value();
      const double down = r.wall.value() - trained - redone;
      energy_v.push_back(energy + redone * mean_power + std::max(0.0, down) * down_power.value());
    }
    for (std::size_t k = 0; k < events.size(); ++k) events[k].push_back(r.events[k]);
    out.mean_lost.detection += r.lost.detection;
    out.mean_lost.restart += r.lost.restart;
    out.mean_lost.recompute += r.lost.recompute;
    out.mean_lost.checkpoint += r.lost.checkpoint;
    out.mean_lost.spares += r.lost.spares;
    out.mean_lost.slowdown += r.lost.slowdown;
    out.mean_lost.maintenance += r.lost.maintenance;
    out.mean_lost.transition += r.lost.transition;
  }
  const double n = static_cast<double>(mc.replicas.size());
  LostTime& l = out.mean_lost;
  for (Seconds* s : {&l.detection, &l.restart, &l.recompute, &l.checkpoint, &l.spares, &l.slowdown,
                     &l.maintenance, &l.transition}) {
    *s = *s / n;
  }
  out.days = distribution(days_v);
  out.ettr = distribution(ettr_v);
  double var = 0;
  for (double e : ettr_v) var += (e - out.ettr.mean) * (e - out.ettr.mean);
  out.ettr_ci95 = n > 1 ? 1.96 * std::sqrt(var / (n - 1) / n) : 0;
  out.interruptions = distribution(stops_v);
  out.tokens_trained = distribution(tokens_v);
  for (std::size_t k = 0; k < events.size(); ++k) {
    out.components[k].events = distribution(events[k]);
  }
  if (site) out.energy = run_energy(out, energy_v, down_power, bom, *site, max_gpus);
  out.timeline = std::move(mc.timeline);
  for (const FailureMode& m : models.front().modes) out.mode_names.push_back(m.name);
  return out;
}

}  // namespace colossus::campaign
