// GroupLayout: checks a call's groups against the cluster and buckets group 0 by server. The
// checks are O(total ranks) with one bit per GPU of the cluster, so 300,000-GPU calls are cheap.
#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "colossus/collective/algorithm.h"

namespace colossus {

GroupLayout::GroupLayout(const Topology& topology, const CollectiveCall& call)
    : topology_(&topology), ranks_(call.ranks), where_(call.where) {
  offsets_ = call.group_offsets.empty() ? std::vector<GpuId>{0} : call.group_offsets;
  const std::int64_t gpus = topology.gpu_count();
  if (ranks_.empty()) throw InputError(where_, "ranks", "a group needs at least 1 rank, got 0");
  if (std::int64_t(ranks_.size()) * std::int64_t(offsets_.size()) > gpus) {
    throw InputError(
        where_, "ranks",
        fmt::format("{} groups of {} ranks need {} GPUs; the cluster has {}", offsets_.size(),
                    ranks_.size(), std::int64_t(ranks_.size()) * std::int64_t(offsets_.size()),
                    gpus));
  }
  std::vector<bool> used(static_cast<std::size_t>(gpus), false);
  for (std::size_t g = 0; g < offsets_.size(); ++g) {
    int first_server = -1;
    for (GpuId r : ranks_) {
      const std::int64_t gpu = std::int64_t(r) + offsets_[g];
      if (gpu < 0 || gpu >= gpus) {
        throw InputError(where_, "ranks",
                         fmt::format("GPU {} (rank GPU {} + group offset {}) is outside the "
                                     "cluster's 0..{}",
                                     gpu, r, offsets_[g], gpus - 1));
      }
      if (used[gpu]) {
        throw InputError(where_, "ranks",
                         fmt::format("GPU {} appears twice (groups must not overlap)", gpu));
      }
      used[gpu] = true;
      const int server = topology.server_of(GpuId(gpu));
      if (first_server < 0) first_server = server;
      if (server != first_server) each_group_in_one_server_ = false;
    }
  }
  std::unordered_map<int, int> slot;
  for (int i = 0; i < int(ranks_.size()); ++i) {
    const int server = topology.server_of(ranks_[i]);
    auto [it, inserted] = slot.emplace(server, int(servers_.size()));
    if (inserted) servers_.emplace_back();
    servers_[it->second].push_back(i);
  }
  uniform_per_server_ = int(servers_.front().size());
  for (const auto& s : servers_) {
    max_per_server_ = std::max(max_per_server_, int(s.size()));
    if (int(s.size()) != uniform_per_server_) uniform_per_server_ = 0;
  }
}

}  // namespace colossus
