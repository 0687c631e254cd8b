// What every topology kind shares: the server pools laid out in order (GPU ids server-major,
// pool after pool), checked once here, and the factory that builds the kind a cluster spec
// describes. The fabric of each kind is in its own file (clos_topology.cpp, torus_topology.cpp);
// the table below names them.
#include "colossus/topology/topology.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "colossus/core/error.h"
#include "colossus/topology/clos_topology.h"
#include "colossus/topology/torus_topology.h"

namespace colossus {

Topology::Topology(ClusterSpec spec) : spec_(std::move(spec)) {
  if (spec_.pools.empty()) {
    throw InputError(spec_.at("pools"), "pools", "at least one server pool expected, got none");
  }
  gpus_per_server_ = spec_.pools.front().server.gpus;
  for (std::size_t p = 0; p < spec_.pools.size(); ++p) {
    const auto& pool = spec_.pools[p];
    const std::string field = fmt::format("pools[{}]", p);
    if (pool.server.gpus <= 0 || pool.server.gpus != gpus_per_server_) {
      throw InputError(spec_.at(field + ".server"), field + ".server.gpus",
                       fmt::format("the same positive GPUs per server in every pool expected "
                                   "({}), got {}",
                                   gpus_per_server_, pool.server.gpus));
    }
    if (pool.gpu_count <= 0 || pool.gpu_count % gpus_per_server_ != 0) {
      throw InputError(spec_.at(field + ".gpu_count"), field + ".gpu_count",
                       fmt::format("a positive multiple of {} GPUs expected, got {}",
                                   gpus_per_server_, pool.gpu_count));
    }
    // GPU ids and the 4 resources per GPU must fit a ResourceId.
    constexpr std::int64_t kMaxGpus = std::numeric_limits<ResourceId>::max() / 4;
    if (pool.gpu_count > kMaxGpus - gpu_count_) {
      throw InputError(spec_.at(field + ".gpu_count"), field + ".gpu_count",
                       fmt::format("at most {} GPUs in the cluster expected, got {} more than {}",
                                   kMaxGpus, pool.gpu_count, gpu_count_));
    }
    gpu_count_ += pool.gpu_count;
    pool_end_.push_back(gpu_count_);
  }
}

std::size_t Topology::pool_of(GpuId gpu) const {
  auto it = std::upper_bound(pool_end_.begin(), pool_end_.end(), std::int64_t{gpu});
  return static_cast<std::size_t>(it - pool_end_.begin());
}

const ServerSpec& Topology::server_spec(GpuId gpu) const {
  if (gpu < 0 || gpu >= gpu_count_) throw std::out_of_range(fmt::format("GPU {}", gpu));
  return spec_.pools[pool_of(gpu)].server;
}

namespace {

// One line per fabric kind: the name a cluster spec's fabric.kind gives, and its builder.
struct TopologyKind {
  const char* name;
  std::unique_ptr<const Topology> (*make)(ClusterSpec);
};
template <class T>
std::unique_ptr<const Topology> make_kind(ClusterSpec spec) {
  return std::make_unique<const T>(std::move(spec));
}
constexpr TopologyKind kKinds[] = {
    {"clos", make_kind<ClosTopology>},
    {"torus", make_kind<TorusTopology>},
};

}  // namespace

std::string topology_kinds() {
  std::string out;
  for (const TopologyKind& k : kKinds) out += fmt::format("{}{}", out.empty() ? "" : ", ", k.name);
  return out;
}

std::unique_ptr<const Topology> make_topology(ClusterSpec spec) {
  for (const TopologyKind& k : kKinds) {
    if (spec.fabric.kind == k.name) return k.make(std::move(spec));
  }
  throw InputError(
      spec.at("fabric.kind"), "fabric.kind",
      fmt::format("one of {} expected, got \"{}\"", topology_kinds(), spec.fabric.kind));
}

}  // namespace colossus
