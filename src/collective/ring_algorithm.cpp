// Ring: NCCL's workhorse for all-reduce, reduce-scatter, all-gather and broadcast. NCCL opens
// several rings (channels), channels_per_nic per NIC the group uses on a server, so every NIC
// carries traffic. A ring visits the group's servers in order; inside a server it enters at one
// GPU, walks all the group's GPUs there over NVLink and leaves from the GPU before its entry,
// whose NIC sends to the same-rail GPU of the next server (rail-optimized, no spine crossing
// for rail reasons). Each ring enters one server lower than the last, so the rings of a channel
// set use every NIC once in each direction.
//
// Every step of a ring moves one chunk between every pair of neighbours at once, so one
// representative step (all rings, all groups) priced at the network's steady rates is every
// step; the time is the steps' latencies plus the bytes of one flow over the slowest flow's rate
// (exact for a lock-step pipeline with equal chunks).
#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "colossus/collective/algorithm.h"

namespace colossus {
namespace {

// The rings of `channels` channels, each a permutation of the rank indices of group 0.
std::vector<std::vector<int>> build_rings(const GroupLayout& layout, int channels) {
  const Topology& topo = layout.topology();
  const auto& servers = layout.servers();
  std::vector<std::unordered_map<int, int>> by_local(servers.size());
  for (std::size_t s = 0; s < servers.size(); ++s) {
    for (int j = 0; j < int(servers[s].size()); ++j) {
      by_local[s].emplace(topo.local_index(layout.gpu(0, servers[s][j])), j);
    }
  }
  std::vector<std::vector<int>> rings(channels);
  for (int c = 0; c < channels; ++c) {
    auto& ring = rings[c];
    ring.reserve(layout.size());
    int entry = c % int(servers[0].size());
    for (std::size_t s = 0; s < servers.size(); ++s) {
      const auto& members = servers[s];
      const int m = int(members.size());
      entry %= m;
      for (int j = 0; j < m; ++j) ring.push_back(members[(entry + j) % m]);
      const int exit = (entry + m - 1) % m;
      if (s + 1 == servers.size()) break;
      const int local = topo.local_index(layout.gpu(0, members[exit]));
      auto it = by_local[s + 1].find(local);
      entry = it != by_local[s + 1].end() ? it->second : exit;
    }
  }
  return rings;
}

class RingAlgorithm final : public CollectiveAlgorithm {
 public:
  std::string_view name() const override { return "ring"; }

  std::string why_not(CollectiveOp op, const GroupLayout&) const override {
    if (op == CollectiveOp::all_to_all || op == CollectiveOp::send_recv) {
      return fmt::format("ring does not implement {} (use pairwise or send_recv)", to_string(op));
    }
    return {};
  }

  AlgorithmProfile profile(CollectiveOp op, const GroupLayout& layout, Network& network,
                           const CollectiveTuning& tuning) const override {
    AlgorithmProfile profile;
    profile.algorithm = "ring";
    profile.latency_kind = LatencyKind::ring;
    const int n = layout.size();
    const int k = layout.server_count();
    const int channels = ring_channels(layout, tuning);
    profile.channels = channels;
    const bool all_reduce = op == CollectiveOp::all_reduce;
    // NCCL: LL carries 4 data bytes per 8, and a ring pays it twice over (1/4) across servers
    // or for all-reduce, 1/3 otherwise; LL128 carries 120 of 128 bytes (0.92 in NCCL's model).
    profile.protocol_factor = {(k > 1 || all_reduce) ? 1.0 / 4.0 : 1.0 / 3.0, 0.92, 1.0};
    if (n == 1) return profile;

    const bool chain = op == CollectiveOp::broadcast;
    std::vector<RankPair> pairs;
    pairs.reserve(std::size_t(n) * channels);
    const auto rings = build_rings(layout, channels);
    for (int c = 0; c < channels; ++c) {
      const auto& ring = rings[c];
      const int start = chain ? int(std::find(ring.begin(), ring.end(), 0) - ring.begin()) : 0;
      for (int j = 0; j < (chain ? n - 1 : n); ++j) {
        pairs.push_back(
            RankPair{ring[(start + j) % n], ring[(start + j + 1) % n], std::uint32_t(c)});
      }
    }
    const StepCost cost = measure_step(network, layout, pairs, /*pipelined=*/true);

    // Bytes each flow carries over the whole op, as a fraction of the size per rank, and NCCL's
    // step counts (tuning.cc: nsteps and nInterSteps).
    double fraction = 0.0;
    int steps = 0, inter_steps = 0;
    switch (op) {
      case CollectiveOp::all_reduce:
        fraction = 2.0 * (n - 1) / n;
        steps = 2 * (n - 1);
        inter_steps = k > 1 ? 2 * k : 0;
        break;
      case CollectiveOp::reduce_scatter:
      case CollectiveOp::all_gather:
        fraction = double(n - 1) / n;
        steps = n - 1;
        inter_steps = k - 1;
        break;
      default:  // broadcast: a pipelined chain, every link carries the whole buffer
        fraction = 1.0;
        steps = n - 1;
        inter_steps = k - 1;
        break;
    }
    inter_steps = std::min(inter_steps, steps);
    profile.phases.push_back(phase_from_step(fmt::format("{} rings", channels), cost,
                                             fraction / channels, steps - inter_steps,
                                             inter_steps));
    return profile;
  }
};

}  // namespace

std::unique_ptr<CollectiveAlgorithm> make_ring_algorithm() {
  return std::make_unique<RingAlgorithm>();
}

}  // namespace colossus
