// The replica's TP all-reduce timed by the collective layer on the cluster's fabric
// (tp_all_reduce.h).
#include "colossus/serve/tp_all_reduce.h"

#include <fmt/format.h>

#include <map>
#include <memory>
#include <tuple>

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
  int ep = 1;  // the all-to-all's GPUs (tp, or dp-attention x tp)
  std::map<std::tuple<int, int, double>, Seconds> calls;  // (op or stage, kind, size)

  // A collective on stage 0's TP group (the all-to-all on its EP group), cached.
  Seconds group(CollectiveOp op, Bytes size) {
    const auto key = std::make_tuple(static_cast<int>(op), 0, size.value());
    auto it = calls.find(key);
    if (it != calls.end()) return it->second;
    CollectiveCall call =
        CollectiveCall::consecutive(op, size, first, op == CollectiveOp::all_to_all ? ep : tp);
    call.dtype = DataType::bfloat16;
    const Seconds t = engine->run(call).time;
    calls.emplace(key, t);
    return t;
  }
};

std::shared_ptr<State> make_state(const ClusterSpec& cluster, std::size_t pool, int tp) {
  auto state = std::make_shared<State>();
  state->topology = make_topology(cluster);
  state->network = std::make_unique<Network>(*state->topology);
  state->engine = std::make_unique<CollectiveEngine>(*state->network);
  for (std::size_t i = 0; i < pool; ++i)
    state->first += static_cast<GpuId>(cluster.pools[i].gpu_count);
  state->tp = tp;
  state->ep = tp;
  return state;
}

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
  auto state = make_state(cluster, pool, tp);
  return [state](Bytes size) { return state->group(CollectiveOp::all_reduce, size); };
}

ReplicaComms replica_comms(const ClusterSpec& cluster, std::size_t pool, int tp, int pp,
                           int dp_attention) {
  const std::int64_t gpus = static_cast<std::int64_t>(tp) * pp * dp_attention;
  if (gpus > cluster.pools[pool].gpu_count)
    throw InputError(
        SourceLocation{"<command line>", 0}, dp_attention > 1 ? "--dp-attention" : "--pp",
        fmt::format("a replica of {}tp {} x pp {} needs {} GPUs; the pool has {}",
                    dp_attention > 1 ? fmt::format("dp-attention {} x ", dp_attention) : "", tp, pp,
                    gpus, cluster.pools[pool].gpu_count));
  auto state = make_state(cluster, pool, tp);
  state->ep = tp * dp_attention;
  ReplicaComms c;
  c.all_reduce = [state](Bytes size) { return state->group(CollectiveOp::all_reduce, size); };
  c.all_gather = [state](Bytes size) { return state->group(CollectiveOp::all_gather, size); };
  c.all_to_all = [state](Bytes size) { return state->group(CollectiveOp::all_to_all, size); };
  c.pipeline_send = [state](int from, Bytes size) {
    const auto key = std::make_tuple(-1 - from, 1, size.value());
    auto it = state->calls.find(key);
    if (it != state->calls.end()) return it->second;
    const int tp = state->tp;
    CollectiveCall send;
    send.op = CollectiveOp::send_recv;
    const GpuId src = state->first + static_cast<GpuId>(from) * static_cast<GpuId>(tp);
    send.ranks = {src, src + static_cast<GpuId>(tp)};
    for (int g = 0; g < tp; ++g) send.group_offsets.push_back(static_cast<GpuId>(g));
    send.size = size / static_cast<double>(tp);
    send.dtype = DataType::bfloat16;
    Seconds t = state->engine->run(send).time;
    if (tp > 1) {
      CollectiveCall gather = CollectiveCall::consecutive(CollectiveOp::all_gather, size,
                                                          src + static_cast<GpuId>(tp), tp);
      gather.dtype = DataType::bfloat16;
      t += state->engine->run(gather).time;
    }
    state->calls.emplace(key, t);
    return t;
  };
  return c;
}

}  // namespace colossus::serve
