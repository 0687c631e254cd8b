// The replica's TP all-reduce timed by the collective layer on the cluster's fabric
// (tp_all_reduce.h).
#include "colossus/serve/tp_all_reduce.h"

#include <fmt/format.h>

#include <map>
#include <memory>

#include "colossus/collective/collective.h"
#include "colossus/network/network.h"
#include "colossus/topology/topology.h"

namespace colossus::serve {
namespace {

struct State {
  std::unique_ptr<const Topology> topology;
  std::unique_ptr<Network> network;
  std::unique_ptr<CollectiveEngine> engine;
  GpuId first = 0;
  int tp = 1;
  std::map<double, Seconds> cache;
};

}  // namespace

std::size_t pool_with_gpu(const ClusterSpec& cluster, const std::string& gpu,
                          const SourceLocation& where, const std::string& field) {
  if (gpu.empty()) return 0;
  std::string names;
  for (std::size_t i = 0; i < cluster.pools.size(); ++i) {
    if (cluster.pools[i].server.gpu.name == gpu) return i;
    names += (names.empty() ? "" : ", ") + cluster.pools[i].server.gpu.name;
  }
  throw InputError(where, field,
                   fmt::format("cluster {} has no pool of {} GPUs; its pools hold {}", cluster.name,
                               gpu, names));
}

AllReduceTime tp_all_reduce(const ClusterSpec& cluster, std::size_t pool, int tp) {
  auto state = std::make_shared<State>();
  state->topology = make_topology(cluster);
  state->network = std::make_unique<Network>(*state->topology);
  state->engine = std::make_unique<CollectiveEngine>(*state->network);
  for (std::size_t i = 0; i < pool; ++i)
    state->first += static_cast<GpuId>(cluster.pools[i].gpu_count);
  state->tp = tp;
  return [state](Bytes size) {
    auto it = state->cache.find(size.value());
    if (it != state->cache.end()) return it->second;
    CollectiveCall call =
        CollectiveCall::consecutive(CollectiveOp::all_reduce, size, state->first, state->tp);
    call.dtype = DataType::bfloat16;
    const Seconds t = state->engine->run(call).time;
    state->cache.emplace(size.value(), t);
    return t;
  };
}

}  // namespace colossus::serve
