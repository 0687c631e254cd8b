// Resources to constraints and flows to variables. The resource -> constraint map is a vector
// over all of the topology's resources, kept between builds and reset only where a build
// touched it, so a build costs O(flows x hops) however large the cluster.
#include "colossus/network/fabric_model.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <numeric>
#include <stdexcept>

#include "colossus/core/error.h"
#include "colossus/core/random.h"

namespace colossus {

double transport_efficiency(Transport transport, Bytes mtu) {
  const double payload = mtu.value();
  const double overhead =
      transport == Transport::roce ? PacketOverhead::kRoce : PacketOverhead::kInfiniband;
  return payload / (payload + overhead);
}

FabricModel::FabricModel(const Topology& topology, Routing routing, double nvlink_efficiency)
    : topology_(&topology), routing_(routing), nvlink_efficiency_(nvlink_efficiency) {
  const FabricSpec& fabric = topology.spec().fabric;
  if (!(fabric.mtu.value() >= 1.0)) {
    throw InputError(topology.spec().at("fabric.mtu"), "fabric.mtu",
                     fmt::format("a positive MTU in bytes expected, got {}", fabric.mtu.value()));
  }
  if (!(nvlink_efficiency > 0.0 && nvlink_efficiency <= 1.0)) {
    throw std::invalid_argument(fmt::format(
        "FabricModel: nvlink_efficiency in (0, 1] expected, got {}", nvlink_efficiency));
  }
  transport_efficiency_ = colossus::transport_efficiency(fabric.transport, fabric.mtu);
  hashed_ = topology.uses_flow_hash(routing);
  constraint_of_.assign(topology.resource_count(), -1);
}

double FabricModel::efficiency(ResourceKind kind) const {
  return kind == ResourceKind::nvlink_out || kind == ResourceKind::nvlink_in
             ? nvlink_efficiency_
             : transport_efficiency_;
}

ByteRate FabricModel::usable_capacity(ResourceId id) const {
  const Resource r = topology_->resource(id);
  return r.capacity * efficiency(r.kind);
}

std::uint64_t FabricModel::flow_hash(const Flow& flow) {
  return hash_combine(hash_combine(mix64(static_cast<std::uint64_t>(flow.src)),
                                   static_cast<std::uint64_t>(flow.dst)),
                      flow.entropy);
}

void FabricModel::constraints_of(const Route& route, MaxMinSolver& solver, int* out) {
  for (int h = 0; h < route.count; ++h) {
    const ResourceId id = route.hops[h];
    int& c = constraint_of_[id];
    if (c < 0) {
      c = solver.add_constraint(usable_capacity(id).value());
      constraint_resource_.push_back(id);
    }
    out[h] = c;
  }
}

MaxMinSolver FabricModel::build(std::span<const Flow> flows) {
  MaxMinSolver solver;
  solver.reserve(flows.size(), flows.size() * 6);
  constraint_resource_.clear();
  std::array<int, Route::kMaxHops> cons{};
  for (const Flow& f : flows) {
    const Route route = topology_->route(f.src, f.dst, route_hash(f), routing_);
    constraints_of(route, solver, cons.data());
    solver.add_variable(std::span<const int>(cons.data(), route.count));
  }
  for (ResourceId id : constraint_resource_) constraint_of_[id] = -1;
  return solver;
}

FlowClasses FabricModel::build_classes(std::span<const Flow> flows, bool same_size) {
  // Identical flows have the same (src, dst) and size, so sort by those and compare routes only
  // within runs of equal keys (ECMP may still put them on different paths).
  // The keys are packed (src, dst), then size when it matters, then index: direct keys sort
  // several times faster than an indirect comparator on 100,000-flow phases.
  const std::size_t n = flows.size();
  struct Key {
    std::uint64_t pair;
    double size;
    int index;
    bool operator<(const Key& o) const {
      if (pair != o.pair) return pair < o.pair;
      if (size != o.size) return size < o.size;
      return index < o.index;
    }
  };
  std::vector<Key> keys(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Flow& f = flows[i];
    keys[i] = {static_cast<std::uint64_t>(static_cast<std::uint32_t>(f.src)) << 32 |
                   static_cast<std::uint32_t>(f.dst),
               same_size ? f.size.value() : 0.0, static_cast<int>(i)};
  }
  if (!std::is_sorted(keys.begin(), keys.end())) std::sort(keys.begin(), keys.end());
  std::vector<int> order(n);
  for (std::size_t k = 0; k < n; ++k) order[k] = keys[k].index;

  // Classes are found run by run (flows of equal keys); a run's classes go into the solver, in
  // the order they were found, when the run ends, so only one run's routes are kept.
  FlowClasses out;
  out.class_of.assign(n, -1);
  constraint_resource_.clear();
  std::vector<std::pair<Route, int>> run_routes;  // (route, class) of the current run
  std::array<int, Route::kMaxHops> cons{};
  auto flush_run = [&] {
    for (const auto& [route, cls] : run_routes) {
      constraints_of(route, out.solver, cons.data());
      out.solver.add_variable(std::span<const int>(cons.data(), route.count),
                              static_cast<double>(out.members[cls]));
    }
    run_routes.clear();
  };
  for (std::size_t k = 0; k < n; ++k) {
    const int i = order[k];
    if (k > 0 && (keys[k - 1].pair != keys[k].pair || keys[k - 1].size != keys[k].size)) {
      flush_run();
    }
    const Route route =
        topology_->route(flows[i].src, flows[i].dst, route_hash(flows[i]), routing_);
    int cls = -1;
    for (const auto& [r, c] : run_routes) {
      if (r.count == route.count &&
          std::equal(r.hops.begin(), r.hops.begin() + r.count, route.hops.begin())) {
        cls = c;
        break;
      }
    }
    if (cls < 0) {
      cls = static_cast<int>(out.members.size());
      run_routes.emplace_back(route, cls);
      out.members.push_back(0);
    }
    out.class_of[i] = cls;
    ++out.members[cls];
  }
  flush_run();
  for (ResourceId id : constraint_resource_) constraint_of_[id] = -1;
  return out;
}

}  // namespace colossus
