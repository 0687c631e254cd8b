// Network: the fabric model builds the solver for a phase's flows, one variable per class of
// identical flows (exact, see FlowClasses), the engine runs it to completion (run_phase) or the
// solver is solved once (steady_rates, steady_loads).
#include "colossus/network/network.h"

#include <algorithm>

#include "colossus/network/engine.h"

namespace colossus {
namespace {

// The NVLink efficiency in force: the override, else the calibration of the first GPU.
double nvlink_efficiency_of(const Topology& topology, const NetworkOptions& options) {
  if (options.nvlink_efficiency) return *options.nvlink_efficiency;
  return topology.server_spec(0).gpu.calibrated().nvlink_efficiency;
}

}  // namespace

Network::Network(const Topology& topology, NetworkOptions options)
    : topology_(&topology),
      options_(options),
      model_(topology, options.override_routing ? options.routing : topology.spec().fabric.routing,
             nvlink_efficiency_of(topology, options)) {}

PhaseResult Network::run_phase(std::span<const Flow> flows) {
  FlowClasses classes = model_.build_classes(flows, /*same_size=*/true);
  std::vector<Bytes> sizes(classes.members.size());
  for (std::size_t i = 0; i < flows.size(); ++i) {
    const int c = classes.class_of[i];
    sizes[c] = flows[i].size * static_cast<double>(classes.members[c]);
  }
  const EngineResult r = Engine(options_.completion_epsilon).run(classes.solver, sizes);
  PhaseResult result;
  result.finish.reserve(flows.size());
  for (std::size_t i = 0; i < flows.size(); ++i) {
    result.finish.push_back(r.finish[classes.class_of[i]]);
  }
  result.makespan = r.makespan;
  return result;
}

std::vector<ByteRate> Network::steady_rates(std::span<const Flow> flows) {
  FlowClasses classes = model_.build_classes(flows, /*same_size=*/false);
  classes.solver.solve();
  std::vector<ByteRate> rates;
  rates.reserve(flows.size());
  for (std::size_t i = 0; i < flows.size(); ++i) {
    const int c = classes.class_of[i];
    rates.emplace_back(classes.solver.value(c) / classes.members[c]);
  }
  return rates;
}

std::vector<ResourceLoad> Network::steady_loads(std::span<const Flow> flows) {
  FlowClasses classes = model_.build_classes(flows, /*same_size=*/false);
  MaxMinSolver& solver = classes.solver;
  solver.solve();
  const auto resources = model_.constraint_resources();
  std::vector<ResourceLoad> loads(resources.size());
  for (std::size_t c = 0; c < resources.size(); ++c) {
    loads[c].resource = resources[c];
    loads[c].capacity = ByteRate(solver.capacity(static_cast<int>(c)));
  }
  for (int v = 0; v < solver.variable_count(); ++v) {
    for (int c : solver.constraints_of(v)) {
      loads[c].load += ByteRate(solver.value(v));
      loads[c].flows += classes.members[v];
    }
  }
  std::sort(loads.begin(), loads.end(), [](const ResourceLoad& a, const ResourceLoad& b) {
    const double ua = a.utilization();
    const double ub = b.utilization();
    return ua != ub ? ua > ub : a.resource < b.resource;
  });
  return loads;
}

Seconds Network::latency(GpuId src, GpuId dst) const {
  return topology_->route(src, dst, 0, model_.routing()).latency;
}

double Network::transport_efficiency() const {
  return model_.transport_efficiency();
}

}  // namespace colossus
