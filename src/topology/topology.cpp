// What every topology kind shares: the server pools laid out in order (GPU ids server-major,
// pool after pool), checked once here, and the factory that builds the kind a cluster spec
// describes. The fabric of each kind is in its own file (clos_topology.cpp, torus_topology.cpp,
// dragonfly_topology.cpp);
// the table below names them.
#include "colossus/topology/topology.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <unordered_map>

#include "colossus/core/error.h"
#include "colossus/topology/clos_topology.h"
#include "colossus/topology/dragonfly_topology.h"
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
  // One pool (the common case): what upper_bound over one end gives, without the search.
  if (pool_end_.size() == 1) return std::int64_t{gpu} < pool_end_.front() ? 0 : 1;
  auto it = std::upper_bound(pool_end_.begin(), pool_end_.end(), std::int64_t{gpu});
  return static_cast<std::size_t>(it - pool_end_.begin());
}

const ServerSpec& Topology::server_spec(GpuId gpu) const {
  if (gpu < 0 || gpu >= gpu_count_) throw std::out_of_range(fmt::format("GPU {}", gpu));
  return spec_.pools[pool_of(gpu)].server;
}

double Topology::fault_fraction(ResourceId id) const {
  if (faults_.empty()) return 1.0;
  const auto it = std::lower_bound(faults_.begin(), faults_.end(), std::pair{id, -1.0});
  return it != faults_.end() && it->first == id ? it->second : 1.0;
}

Resource Topology::with_fault(ResourceId id, Resource healthy) const {
  if (!faults_.empty()) healthy.capacity = healthy.capacity * fault_fraction(id);
  return healthy;
}

bool Topology::crosses_down(const Route& route) const {
  for (ResourceId id : route.resources()) {
    if (fault_fraction(id) <= 0.0) return true;
  }
  return false;
}

void Topology::throw_no_route(GpuId src, GpuId dst) const {
  throw InputError(spec_.at("fabric.link_faults"), "fabric.link_faults",
                   fmt::format("expected links that leave a path from GPU {} to GPU {}; every "
                               "route between them crosses a down link",
                               src, dst));
}

void Topology::resolve_faults() {
  const std::vector<LinkFault>& wanted = spec_.fabric.link_faults;
  if (wanted.empty()) return;
  // One walk over the resources' names (only when there are faults): names are the ones
  // reports print, so a user copies them from a hot-link table or from `describe`.
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    if (!index.emplace(wanted[i].link, i).second) {
      const std::string field = fmt::format("fabric.link_faults[{}].link", i);
      throw InputError(spec_.at(field), field,
                       fmt::format("expected each link once, got \"{}\" again", wanted[i].link));
    }
  }
  std::vector<ResourceId> found(wanted.size(), -1);
  const auto count = static_cast<ResourceId>(resource_count());
  std::size_t left = wanted.size();
  for (ResourceId id = 0; id < count && left > 0; ++id) {
    const auto it = index.find(resource_name(id));
    if (it != index.end() && found[it->second] < 0) {
      found[it->second] = id;
      --left;
    }
  }
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    const std::string field = fmt::format("fabric.link_faults[{}].link", i);
    if (found[i] < 0) {
      throw InputError(spec_.at(field), field,
                       fmt::format("expected the name of one of the fabric's links as reports "
                                   "print it (\"{}\", \"{}\"), got \"{}\"",
                                   resource_name(2 * static_cast<ResourceId>(gpu_count_)),
                                   resource_name(count - 1), wanted[i].link));
    }
    const Resource r = resource(found[i]);
    const bool own_port = r.kind == ResourceKind::nvlink_out || r.kind == ResourceKind::nvlink_in ||
                          r.kind == ResourceKind::nic_out || r.kind == ResourceKind::nic_in;
    if (own_port && wanted[i].bandwidth_fraction <= 0.0) {
      const std::string f = fmt::format("fabric.link_faults[{}].bandwidth_fraction", i);
      throw InputError(spec_.at(f), f,
                       fmt::format("expected a fraction above 0 for {} (a GPU's own port: no "
                                   "route avoids it), got 0",
                                   wanted[i].link));
    }
    faults_.emplace_back(found[i], wanted[i].bandwidth_fraction);
  }
  std::sort(faults_.begin(), faults_.end());
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
    {"dragonfly", make_kind<DragonflyTopology>},
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
