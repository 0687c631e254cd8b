// Power by activity: a sweep over the step timeline's op and transfer spans, stage by stage,
// into the job's piecewise-constant IT power.
#include "colossus/facility/step_power.h"

#include <algorithm>
#include <cstdint>

#include "colossus/facility/facility.h"

namespace colossus::facility {

Joules energy_of(std::span<const PowerSegment> profile) {
  Joules e{};
  for (const PowerSegment& s : profile) e += s.power * (s.end - s.start);
  return e;
}

namespace {

// A change of one stage's activity: an op or a transfer starting (+1) or ending (-1).
struct Event {
  double time = 0;
  int stage = 0;
  int ops = 0;
  int transfers = 0;
};

}  // namespace

StepPower step_power(const sim::PipelineTimeline& run, const JobPowerModel& model) {
  const std::size_t stages = model.stage_gpus.size();
  std::vector<Event> events;
  events.reserve(2 * (run.spans.size() + run.transfers.size()));
  for (const sim::OpSpan& s : run.spans) {
    events.push_back({s.start.value(), s.stage, 1, 0});
    events.push_back({s.end.value(), s.stage, -1, 0});
  }
  for (const sim::TransferSpan& t : run.transfers) {
    events.push_back({t.start.value(), t.stage, 0, 1});
    events.push_back({t.end.value(), t.stage, 0, -1});
  }
  std::sort(events.begin(), events.end(),
            [](const Event& a, const Event& b) { return a.time < b.time; });

  const Watts op_power =
      model.gpu_compute * model.kernel_share + model.gpu_communication * (1.0 - model.kernel_share);
  std::vector<int> ops(stages, 0), transfers(stages, 0);
  auto stage_power = [&](std::size_t s) {
    const Watts per_gpu = ops[s] > 0         ? op_power
                          : transfers[s] > 0 ? model.gpu_communication
                                             : model.gpu_idle;
    return per_gpu * model.stage_gpus[s];
  };
  Watts gpus{};
  for (std::size_t s = 0; s < stages; ++s) gpus += stage_power(s);

  StepPower p;
  p.step = run.step_time;
  p.period = run.step_time;
  Seconds now{};
  auto emit = [&](Seconds until) {
    if (until <= now) return;
    const Watts w = gpus + model.steady;
    if (!p.profile.empty() && p.profile.back().power == w) {
      p.profile.back().end = until;
    } else {
      p.profile.push_back({now, until, w});
    }
    now = until;
  };
  for (const Event& e : events) {
    const Seconds t = std::min(seconds(e.time), run.step_time);
    emit(t);
    const auto s = static_cast<std::size_t>(e.stage);
    if (s >= stages) continue;
    gpus -= stage_power(s);
    ops[s] += e.ops;
    transfers[s] += e.transfers;
    gpus += stage_power(s);
  }
  emit(run.step_time);

  p.energy = energy_of(p.profile);
  if (p.step.value() > 0) p.average = watts(p.energy.value() / p.step.value());
  if (!p.profile.empty()) {
    p.peak = p.profile.front().power;
    p.trough = p.profile.front().power;
    for (const PowerSegment& s : p.profile) {
      p.peak = std::max(p.peak, s.power);
      p.trough = std::min(p.trough, s.power);
    }
  }
  p.swing = p.peak - p.trough;
  const Watts mid = (p.peak + p.trough) / 2.0;
  for (const PowerSegment& s : p.profile) {
    if (s.power < mid) p.low_time += s.end - s.start;
  }
  return p;
}

JobPowerModel job_power_model(const sim::SimulationResult& result, const ClusterSpec& spec,
                              const BillOfMaterials& bom, const PowerModelSpec& power) {
  JobPowerModel m;
  m.gpus = result.gpus;
  // The job's GPUs are the cluster's first `gpus`, pools in order: their TDP and host power.
  Watts tdp{}, host{};
  std::int64_t left = result.gpus;
  for (const ServerPool& pool : spec.pools) {
    const std::int64_t n = std::min(left, pool.gpu_count);
    if (n <= 0) break;
    tdp += pool.server.gpu.tdp * static_cast<double>(n);
    host += pool.server.host_power * (static_cast<double>(n) / pool.server.gpus);
    left -= n;
  }
  const double gpus = static_cast<double>(result.gpus);
  m.gpu_compute = tdp * (power.gpu_compute / gpus);
  m.gpu_communication = tdp * (power.gpu_communication / gpus);
  m.gpu_idle = tdp * (power.gpu_idle / gpus);
  const int pp = std::max(1, result.parallelism.pp);
  m.stage_gpus.assign(static_cast<std::size_t>(pp), gpus / pp);
  const sim::StepBreakdown& b = result.breakdown;
  const Seconds busy = b.compute + b.tp + b.cp + b.ep;
  m.kernel_share = busy.value() > 0 ? b.compute / busy : 1.0;
  const Watts switches =
      bom.gpus > 0 ? bom.switch_power * (gpus / static_cast<double>(bom.gpus)) : Watts{};
  m.steady = host * power.host_active + switches;
  m.steady_idle = host * power.host_idle + switches;
  return m;
}

StepUsage step_usage(const sim::SimulationResult& result, const ClusterSpec& spec,
                     const BillOfMaterials& bom, const OwnershipCost& own) {
  const SiteSpec& site = *spec.site;
  StepUsage u;
  u.power = step_power(result.timeline, job_power_model(result, spec, bom, site.power_model));
  const double gpu_hours = result.gpus * result.step_time.value() / 3600.0;
  u.per_step =
      usage_cost(own, gpu_hours, wall_power(u.power.average, site) * result.step_time, site);
  if (result.tokens_per_step > 0)
    u.per_million_tokens = u.per_step * (1e6 / static_cast<double>(result.tokens_per_step));
  return u;
}

PoolUsage pool_usage(const ClusterSpec& spec, std::size_t pool, std::int64_t gpus, Seconds duration,
                     double busy_share, const BillOfMaterials& bom, const OwnershipCost& own) {
  const SiteSpec& site = *spec.site;
  const PowerModelSpec& power = site.power_model;
  const ServerSpec& server = spec.pools.at(pool).server;
  const double n = static_cast<double>(gpus);
  const double gpu_share =
      power.gpu_compute * busy_share + power.gpu_idle * (1.0 - busy_share);  // of TDP
  const Watts switches =
      bom.gpus > 0 ? bom.switch_power * (n / static_cast<double>(bom.gpus)) : Watts{};
  PoolUsage u;
  u.it_average = server.gpu.tdp * (gpu_share * n) +
                 server.host_power * (power.host_active * n / server.gpus) + switches;
  u.wall_energy = wall_power(u.it_average, site) * duration;
  u.cost = usage_cost(own, n * duration.value() / 3600.0, u.wall_energy, site);
  return u;
}

}  // namespace colossus::facility
