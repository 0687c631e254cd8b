// Power by activity over one training step. The step's timeline (sim/pipeline_executor.h) says,
// for each stage of the representative pipeline, when its compute stream runs an op and when
// only transfers (pipeline sends, data-parallel reductions and gathers) are in flight; every GPU
// of the job that the stage stands for draws, per the site's power model, its compute, its
// communication or its idle power accordingly. An op's in-layer communication (TP/CP/EP exposed
// inside it) draws communication power for its share of the op. Hosts draw their active power
// and the job's share of the switches their full power throughout. Summing stages weighted by
// their GPU counts gives the job's IT power over the step as a piecewise-constant profile: its
// average, peak and trough, the energy per step, and the swing the grid sees every step
// (synchronous training moves the whole job between compute and communication together).
//
// Cost: one pass over the timeline's spans (sorted once); nothing is done per GPU.
#pragma once

#include <span>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/facility/cost.h"
#include "colossus/sim/pipeline_executor.h"
#include "colossus/sim/simulation.h"
#include "colossus/spec/cluster_spec.h"
#include "colossus/topology/bill_of_materials.h"

namespace colossus::facility {

// A stretch of constant power.
struct PowerSegment {
  Seconds start{};
  Seconds end{};
  Watts power{};
};

// Energy of a piecewise-constant profile: the sum of power x duration.
Joules energy_of(std::span<const PowerSegment> profile);

// What the job's devices draw in each activity.
struct JobPowerModel {
  std::vector<double> stage_gpus;  // GPUs each stage of the representative pipeline stands for
  Watts gpu_compute{};             // one GPU running kernels
  Watts gpu_communication{};       // one GPU with only transfers in flight
  Watts gpu_idle{};                // one GPU with nothing running
  double kernel_share = 1.0;       // of a compute op's time in kernels (the rest exposed comm)
  Watts steady{};                  // hosts (active) and the job's share of the switches
  Watts steady_idle{};             // the same while the job is down (hosts idle)
  std::int64_t gpus = 0;

  // The job's draw while it is down (restarting): GPUs idle, hosts idle, switches on.
  Watts down() const { return gpu_idle * static_cast<double>(gpus) + steady_idle; }
};

struct StepPower {
  Seconds step{};
  Joules energy{};  // IT energy of the job per step
  Watts average{};  // energy / step
  Watts peak{};
  Watts trough{};
  Watts swing{};                      // peak - trough: what the grid sees every step
  Seconds period{};                   // the swing's period: one step
  Seconds low_time{};                 // time per step below the midpoint of peak and trough
  std::vector<PowerSegment> profile;  // the job's IT power over [0, step)
};

// The job's power over the step of `run`.
StepPower step_power(const sim::PipelineTimeline& run, const JobPowerModel& model);

// The model for a simulated job on `spec`'s cluster (its first result.gpus GPUs, pools in order)
// with the power model `power`; `bom` gives the switches' power, shared by GPU count.
JobPowerModel job_power_model(const sim::SimulationResult& result, const ClusterSpec& spec,
                              const BillOfMaterials& bom, const PowerModelSpec& power);

// What one step of `result` costs its owner at `spec`'s site (usage_cost of cost.h): the job's
// GPU-hours over the step at the fixed rate plus the electricity its power over the step (from
// the result's timeline) draws at the wall; per million tokens too (0 without tokens).
struct StepUsage {
  StepPower power;
  Dollars per_step{};
  Dollars per_million_tokens{};
};
StepUsage step_usage(const sim::SimulationResult& result, const ClusterSpec& spec,
                     const BillOfMaterials& bom, const OwnershipCost& own);

// What `gpus` GPUs of `spec`'s pool `pool` draw and cost their owner over `duration` when they
// run kernels `busy_share` of it and idle otherwise (a serving replica between iterations): each
// GPU at the site's power model's compute or idle share of its TDP, their hosts active, their
// share of the switches (`bom`, by GPU count); the energy at the wall (PUE) and the GPU-hours at
// the fixed rate, as usage_cost charges a training step.
struct PoolUsage {
  Watts it_average{};  // IT power averaged over the duration
  Joules wall_energy{};
  Dollars cost{};
};
PoolUsage pool_usage(const ClusterSpec& spec, std::size_t pool, std::int64_t gpus, Seconds duration,
                     double busy_share, const BillOfMaterials& bom, const OwnershipCost& own);

}  // namespace colossus::facility
