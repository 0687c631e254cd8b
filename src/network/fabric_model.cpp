// Resources to constraints and flows to variables. The resource -> constraint map is a vector
// over all of the topology's resources, kept between builds and reset only where a build
// touched it, so a build costs O(flows x hops) however large the cluster.
#include "colossus/network/fabric_model.h"

#include <fmt/format.h>

#include <array>
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

MaxMinSolver FabricModel::build(std::span<const Flow> flows) {
  MaxMinSolver solver;
  solver.reserve(flows.size(), flows.size() * 6);
  constraint_resource_.clear();
  std::array<int, Route::kMaxHops> cons{};
  for (const Flow& f : flows) {
    const Route route = topology_->route(f.src, f.dst, flow_hash(f), routing_);
    for (int h = 0; h < route.count; ++h) {
      const ResourceId id = route.hops[h];
      int& c = constraint_of_[id];
      if (c < 0) {
        c = solver.add_constraint(usable_capacity(id).value());
        constraint_resource_.push_back(id);
      }
      cons[h] = c;
    }
    solver.add_variable(std::span<const int>(cons.data(), route.count));
  }
  for (ResourceId id : constraint_resource_) constraint_of_[id] = -1;
  return solver;
}

}  // namespace colossus
