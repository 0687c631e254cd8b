// The flow-level RDMA fabric as the collective layer sees it: give it a set of flows that start
// together, and it shares every resource's capacity max-min fairly among the flows crossing it
// (progressive filling), advances to each flow completion, re-shares, and reports when each
// flow finished. Underneath are three parts (DESIGN.md): network/maxmin_solver.h (math only),
// network/fabric_model.h (resources to constraints, flows to variables) and the engine step
// in network/engine.h.
//
// Rates are goodput: RDMA links give line rate x transport_efficiency(), NVLink gives line rate
// x the GPU's calibrated NVLink efficiency (the ~20% NVLink protocol overhead NCCL's maintainers
// quote is applied here, so the collective layer must not apply it again). A flow from a GPU
// to itself crosses nothing and finishes at once.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/network/fabric_model.h"
#include "colossus/network/flow.h"
#include "colossus/network/flow_components.h"
#include "colossus/topology/topology.h"

namespace colossus {

struct NetworkOptions {
  // Overrides the cluster's routing when set.
  bool override_routing = false;
  Routing routing = Routing::ecmp;
  // Overrides the share of NVLink line rate flows get when set. Unset, it is the cluster's GPU
  // calibration (presets/gpus/*.yaml, calibration.nvlink_efficiency; of the first pool's GPU
  // when pools hold different GPUs).
  std::optional<double> nvlink_efficiency;
  // Flows finishing within this relative window of the next completion complete together
  // (Engine). The default only absorbs rounding; a larger one (say 0.01) is an approximation
  // that trades completion-time accuracy for fewer solves in phases of many different sizes.
  double completion_epsilon = 1e-9;
};

// When each flow of a phase finished, measured from the phase start (transfer only; the
// per-hop latency is Network::latency and is the collective's to add).
struct PhaseResult {
  std::vector<Seconds> finish;
  Seconds makespan{};
};

// How loaded one resource is while a set of flows runs together (for "which links are hot").
struct ResourceLoad {
  ResourceId resource = 0;
  ByteRate load{};      // goodput of the flows crossing it
  ByteRate capacity{};  // what they can share: line rate x efficiency
  int flows = 0;        // flows crossing it
  // load / capacity, 0..1.
  double utilization() const { return capacity.value() > 0 ? load / capacity : 0.0; }
};

class Network {
 public:
  explicit Network(const Topology& topology, NetworkOptions options = {});

  const Topology& topology() const { return *topology_; }
  // The routing in force: the override if set, else the cluster's.
  Routing routing() const { return model_.routing(); }
  // Runs flows that all start at time 0 until all have finished.
  PhaseResult run_phase(std::span<const Flow> flows);
  // The max-min fair rates of flows that run together, before any finishes (goodput, after
  // transport overheads): what a pipelined algorithm sustains in steady state.
  std::vector<ByteRate> steady_rates(std::span<const Flow> flows);
  // The load of every resource the flows cross while they all run (steady state), most
  // utilized first (ties by resource id).
  std::vector<ResourceLoad> steady_loads(std::span<const Flow> flows);
  // As steady_loads, in resource id order.
  std::vector<ResourceLoad> resource_loads(std::span<const Flow> flows);
  // One-way latency from src to dst along its route.
  Seconds latency(GpuId src, GpuId dst) const;
  // Goodput over line rate for the fabric's transport (RoCEv2 or InfiniBand headers at the MTU).
  double transport_efficiency() const;

 private:
  const Topology* topology_;
  NetworkOptions options_;
  FabricModel model_;
  ComponentFinder components_;

  // run_phase and steady_rates on one set of flows solved together.
  PhaseResult run_whole(std::span<const Flow> flows);
  std::vector<ByteRate> steady_rates_whole(std::span<const Flow> flows);
  std::vector<ResourceLoad> resource_loads_whole(std::span<const Flow> flows);
};

}  // namespace colossus
