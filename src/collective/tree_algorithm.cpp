// Double binary tree all-reduce (NCCL's "Tree", Sanders et al.'s two-tree scheme). Across
// servers, two complementary binary trees each reduce half of the data up to a root and
// broadcast it back down, pipelined in chunks; every server is interior in at most one tree,
// so its NIC carries about as much as in a ring while the latency grows with log2(servers)
// instead of the group size. Inside each server the GPUs form a chain behind the GPU whose NIC
// the channel uses. Channels: two per NIC (one per tree), as NCCL pairs them.
//
// Up (reduce) and down (broadcast) run at once on every tree edge, so one representative step
// holds both directions of every edge of every channel of every group, priced at steady rates.
// Latency follows NCCL's model: 2 x ((ranks per server - 1) NVLink steps + log2(servers)
// network steps).
#include <fmt/format.h>

#include <bit>

#include "colossus/collective/algorithm.h"

namespace colossus {
namespace {

// Parent of `rank` in NCCL's binary tree over 0..n-1 (ncclGetBtree): strip the lowest set bit
// and set the next one up; -1 for the root 0.
int btree_parent(int rank, int n) {
  if (rank == 0) return -1;
  const int bit = rank & -rank;
  int up = (rank ^ bit) | (bit << 1);
  if (up >= n) up = rank ^ bit;
  return up;
}

// Parent in the second tree: mirrored for an even count, shifted by one for an odd one, so
// that leaves of one tree are interior in the other (ncclGetDtree).
int dtree_parent(int rank, int n) {
  if (n % 2 == 0) {
    const int p = btree_parent(n - 1 - rank, n);
    return p < 0 ? -1 : n - 1 - p;
  }
  const int p = btree_parent((rank + n - 1) % n, n);
  return p < 0 ? -1 : (p + 1) % n;
}

class TreeAlgorithm final : public CollectiveAlgorithm {
 public:
  std::string_view name() const override { return "tree"; }

  std::string why_not(CollectiveOp op, const GroupLayout& layout) const override {
    if (op != CollectiveOp::all_reduce) {
      return fmt::format("tree implements all_reduce only, not {}", to_string(op));
    }
    if (layout.server_count() < 2) return "tree needs a group spanning at least 2 servers";
    return {};
  }

  AlgorithmProfile profile(CollectiveOp, const GroupLayout& layout, Network& network,
                           const CollectiveTuning&) const override {
    AlgorithmProfile profile;
    profile.algorithm = "tree";
    profile.latency_kind = LatencyKind::tree;
    const int k = layout.server_count();
    const int m = layout.max_per_server();
    const int channels = 2 * std::max(1, m);
    profile.channels = channels;
    // NCCL: tree busbw x 0.92 for every protocol; LL x 1/3.8; LL128 x 120/128 across servers.
    profile.protocol_factor = {0.92 / 3.8, 0.92 * 120.0 / 128.0, 0.92};

    const auto& servers = layout.servers();
    std::vector<RankPair> pairs;
    pairs.reserve(std::size_t(channels) * 2 * (std::size_t(k) + std::size_t(layout.size())));
    for (int c = 0; c < channels; ++c) {
      const int tree = c % 2;
      const int rail = (c / 2) % std::max(1, m);
      // The GPU of each server that talks to the network for this channel, and its chain.
      auto head = [&](int s) {
        const auto& members = servers[s];
        return members[rail % int(members.size())];
      };
      for (int s = 0; s < k; ++s) {
        const int parent = tree == 0 ? btree_parent(s, k) : dtree_parent(s, k);
        if (parent >= 0) {
          pairs.push_back(RankPair{head(s), head(parent), std::uint32_t(c)});
          pairs.push_back(RankPair{head(parent), head(s), std::uint32_t(c)});
        }
        const auto& members = servers[s];
        const int size = int(members.size());
        const int start = rail % size;
        for (int j = 0; j + 1 < size; ++j) {
          const int a = members[(start + j) % size];
          const int b = members[(start + j + 1) % size];
          pairs.push_back(RankPair{a, b, std::uint32_t(c)});
          pairs.push_back(RankPair{b, a, std::uint32_t(c)});
        }
      }
    }
    const StepCost cost = measure_step(network, layout, pairs, /*pipelined=*/true);
    // Each tree carries half the data, split over its channels; every edge carries its channel's
    // share once up and once down (concurrently, so each direction is one flow).
    const double fraction = 1.0 / channels;
    const int depth = std::bit_width(unsigned(k)) - 1;  // floor(log2 k), NCCL's log2i
    profile.phases.push_back(phase_from_step(fmt::format("{} trees up+down", channels), cost,
                                             fraction, 2 * (m - 1), 2 * depth));
    return profile;
  }
};

}  // namespace

std::unique_ptr<CollectiveAlgorithm> make_tree_algorithm() {
  return std::make_unique<TreeAlgorithm>();
}

}  // namespace colossus
