// Network: the fabric model builds the solver for a phase's flows, one variable per class of
// identical flows (exact, see FlowClasses), the engine runs it to completion (run_phase) or the
// solver is solved once (steady_rates, steady_loads).
#include "colossus/network/network.h"

#include <algorithm>
#include <bit>

#include "colossus/network/engine.h"

namespace colossus {
namespace {

// The NVLink efficiency in force: the override, else the calibration of the first GPU.
double nvlink_efficiency_of(const Topology& topology, const NetworkOptions& options) {
  if (options.nvlink_efficiency) return *options.nvlink_efficiency;
  return topology.server_spec(0).gpu.calibrated().nvlink_efficiency;
}

// What `solve` gives each flow, solving each distinct component of `parts` once and copying
// its answer to the components that are the same subproblem (flow k to flow k).
template <class T, class Solve>
std::vector<T> per_component(const FlowComponents& parts, std::span<const Flow> flows,
                             Solve solve) {
  std::vector<T> out(flows.size());
  std::vector<std::vector<T>> answer(parts.count());
  std::vector<Flow> sub;
  for (int c = 0; c < parts.count(); ++c) {
    const int first = parts.start[c];
    const int size = parts.start[c + 1] - first;
    if (parts.same_as[c] == c) {
      sub.clear();
      for (int k = 0; k < size; ++k) sub.push_back(flows[parts.order[first + k]]);
      answer[c] = solve(std::span<const Flow>(sub));
    }
    const std::vector<T>& a = answer[parts.same_as[c]];
    for (int k = 0; k < size; ++k) out[parts.order[first + k]] = a[k];
  }
  return out;
}

// Orders loads by resource. The resources are distinct (a component's, which no other
// component crosses), so each is placed by its id in one pass over the range of ids where that
// range is below a few times the n log2 n steps of a sort; otherwise (or should an id repeat)
// they are sorted.
void order_by_resource(std::vector<ResourceLoad>& loads) {
  auto by_resource = [](const ResourceLoad& a, const ResourceLoad& b) {
    return a.resource < b.resource;
  };
  if (loads.size() < 2) return;
  const auto [low, high] = std::minmax_element(loads.begin(), loads.end(), by_resource);
  const ResourceId lo = low->resource;
  const auto range = static_cast<std::size_t>(high->resource - lo) + 1;
  if (range <= 4 * loads.size() * std::bit_width(loads.size())) {
    std::vector<int> at(range, -1);
    bool distinct = true;
    for (std::size_t i = 0; i < loads.size() && distinct; ++i) {
      int& slot = at[static_cast<std::size_t>(loads[i].resource - lo)];
      distinct = slot < 0;
      slot = static_cast<int>(i);
    }
    if (distinct) {
      std::vector<ResourceLoad> placed;
      placed.reserve(loads.size());
      for (int i : at) {
        if (i >= 0) placed.push_back(loads[static_cast<std::size_t>(i)]);
      }
      loads = std::move(placed);
      return;
    }
  }
  std::sort(loads.begin(), loads.end(), by_resource);
}

}  // namespace

Network::Network(const Topology& topology, NetworkOptions options)
    : topology_(&topology),
      options_(options),
      model_(topology, options.override_routing ? options.routing : topology.spec().fabric.routing,
             nvlink_efficiency_of(topology, options)) {}

PhaseResult Network::run_phase(std::span<const Flow> flows) {
  const std::optional<FlowComponents> parts = components_.find(model_, flows, /*same_size=*/true);
  if (!parts) return run_whole(flows);
  PhaseResult result;
  result.finish = per_component<Seconds>(
      *parts, flows, [&](std::span<const Flow> sub) { return run_whole(sub).finish; });
  for (Seconds t : result.finish) result.makespan = std::max(result.makespan, t);
  return result;
}

std::vector<ByteRate> Network::steady_rates(std::span<const Flow> flows) {
  const std::optional<FlowComponents> parts = components_.find(model_, flows, /*same_size=*/false);
  if (!parts) return steady_rates_whole(flows);
  return per_component<ByteRate>(
      *parts, flows, [&](std::span<const Flow> sub) { return steady_rates_whole(sub); });
}

PhaseResult Network::run_whole(std::span<const Flow> flows) {
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

std::vector<ByteRate> Network::steady_rates_whole(std::span<const Flow> flows) {
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
  std::vector<ResourceLoad> loads = resource_loads(flows);
  std::sort(loads.begin(), loads.end(), [](const ResourceLoad& a, const ResourceLoad& b) {
    const double ua = a.utilization();
    const double ub = b.utilization();
    return ua != ub ? ua > ub : a.resource < b.resource;
  });
  return loads;
}

std::vector<ResourceLoad> Network::resource_loads(std::span<const Flow> flows) {
  const std::optional<FlowComponents> parts = components_.find(model_, flows, /*same_size=*/false);
  if (!parts) return resource_loads_whole(flows);
  // A component's k-th resource (in its signature's order) carries what the k-th resource of
  // the component it is the same as carries.
  std::vector<ResourceLoad> out;
  out.reserve(parts->resources.size());
  std::vector<std::vector<ResourceLoad>> answer(parts->count());
  std::vector<Flow> sub;
  for (int c = 0; c < parts->count(); ++c) {
    const std::span<const ResourceId> mine(
        parts->resources.data() + parts->resource_start[c],
        static_cast<std::size_t>(parts->resource_start[c + 1] - parts->resource_start[c]));
    if (parts->same_as[c] == c) {
      sub.clear();
      for (int k = parts->start[c]; k < parts->start[c + 1]; ++k) {
        sub.push_back(flows[parts->order[k]]);
      }
      const std::vector<ResourceLoad> loads = resource_loads_whole(sub);
      std::vector<ResourceLoad>& renamed = answer[c];
      for (ResourceId id : mine) {
        const auto it =
            std::lower_bound(loads.begin(), loads.end(), id,
                             [](const ResourceLoad& l, ResourceId r) { return l.resource < r; });
        renamed.push_back(*it);
      }
    }
    const std::vector<ResourceLoad>& same = answer[parts->same_as[c]];
    for (std::size_t k = 0; k < mine.size(); ++k) {
      out.push_back(same[k]);
      out.back().resource = mine[k];
    }
  }
  order_by_resource(out);
  return out;
}

std::vector<ResourceLoad> Network::resource_loads_whole(std::span<const Flow> flows) {
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
  std::sort(loads.begin(), loads.end(),
            [](const ResourceLoad& a, const ResourceLoad& b) { return a.resource < b.resource; });
  return loads;
}

Seconds Network::latency(GpuId src, GpuId dst) const {
  return topology_->route(src, dst, 0, model_.routing()).latency;
}

double Network::transport_efficiency() const {
  return model_.transport_efficiency();
}

}  // namespace colossus
