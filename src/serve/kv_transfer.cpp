// Disaggregated serving's KV transfer on the fabric, from the collective layer (kv_transfer.h).
#include "colossus/serve/kv_transfer.h"

#include <map>
#include <memory>

#include "colossus/collective/collective.h"
#include "colossus/network/network.h"
#include "colossus/topology/topology.h"

namespace colossus::serve {

KvTransferTime kv_transfer(const ClusterSpec& cluster, std::size_t pool, int tp,
                           Bytes per_token_per_gpu) {
  struct State {
    std::unique_ptr<const Topology> topology;
    std::unique_ptr<Network> network;
    std::unique_ptr<CollectiveEngine> engine;
    CollectiveCall call;
    Bytes per_token;
    std::map<std::int64_t, Seconds> cache;
  };
  auto s = std::make_shared<State>();
  s->topology = make_topology(cluster);
  s->network = std::make_unique<Network>(*s->topology);
  s->engine = std::make_unique<CollectiveEngine>(*s->network);
  GpuId first = 0;
  for (std::size_t i = 0; i < pool; ++i) first += static_cast<GpuId>(cluster.pools[i].gpu_count);
  const int server = cluster.pools[pool].server.gpus;
  s->call.op = CollectiveOp::send_recv;
  s->call.ranks = {first, first + server};
  for (int g = 0; g < tp; ++g) s->call.group_offsets.push_back(g);
  s->call.dtype = DataType::uint8;
  s->per_token = per_token_per_gpu;
  return [s](std::int64_t tokens) {
    auto it = s->cache.find(tokens);
    if (it != s->cache.end()) return it->second;
    CollectiveCall call = s->call;
    call.size = s->per_token * static_cast<double>(tokens);
    const Seconds t = s->engine->run(call).time;
    s->cache.emplace(tokens, t);
    return t;
  };
}

}  // namespace colossus::serve
