// All-reduce (and its halves, reduce-scatter and all-gather) on a torus or mesh, dimension by
// dimension (the "bucket" algorithm of TPU pods and Blue Gene): reduce-scatter along the rings
// of dimension 1, then of dimension 2 on the 1/k1 share each rank now holds, and so on; then
// all-gather back in reverse order. Each ring runs both ways at once (half the data each way), so
// a step uses the + and - link of every chip in that dimension. For a full k1 x k2 torus of
// links of rate B, the time is 2 sum_d (k_d - 1)/k_d x S_d / (2B), S_d = S / (k1 ... k_{d-1}),
// and nccl-tests' busbw is 2B for a 2-D torus where a single ring gets B
// (tests/unit/collective/systems_collective_test.cpp). For a group that is a sub-box of the
// torus (every combination of its coordinates present); the rings of a dimension the box does
// not span fully travel back over their own links, which the network prices.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "colossus/collective/algorithm.h"
#include "colossus/topology/torus_topology.h"

namespace colossus {
namespace {

// The group's box: the distinct coordinates per dimension, and rank index by coordinates.
struct Box {
  std::vector<std::vector<int>> coords;   // sorted, per dimension
  std::map<std::vector<int>, int> index;  // coordinates (positions in coords) -> rank index
};

std::optional<Box> box_of(const TorusTopology& torus, const GroupLayout& layout) {
  const int dims = torus.dimensions();
  std::vector<std::set<int>> seen(dims);
  for (int i = 0; i < layout.size(); ++i) {
    for (int d = 0; d < dims; ++d) seen[d].insert(torus.coordinate(layout.gpu(0, i), d));
  }
  Box box;
  std::size_t volume = 1;
  for (int d = 0; d < dims; ++d) {
    box.coords.emplace_back(seen[d].begin(), seen[d].end());
    volume *= seen[d].size();
  }
  if (volume != std::size_t(layout.size())) return std::nullopt;
  for (int i = 0; i < layout.size(); ++i) {
    std::vector<int> key(dims);
    for (int d = 0; d < dims; ++d) {
      const auto& c = box.coords[d];
      key[d] = int(std::lower_bound(c.begin(), c.end(), torus.coordinate(layout.gpu(0, i), d)) -
                   c.begin());
    }
    box.index[key] = i;
  }
  return box;
}

class TorusAlgorithm final : public CollectiveAlgorithm {
 public:
  std::string_view name() const override { return "torus"; }

  std::string why_not(CollectiveOp op, const GroupLayout& layout) const override {
    if (op != CollectiveOp::all_reduce && op != CollectiveOp::reduce_scatter &&
        op != CollectiveOp::all_gather) {
      return fmt::format("torus implements all_reduce, reduce_scatter and all_gather, not {}",
                         to_string(op));
    }
    const auto* torus = dynamic_cast<const TorusTopology*>(&layout.topology());
    if (!torus) return "torus runs on a torus or mesh fabric (fabric.kind: torus)";
    if (layout.size() < 2) return "torus needs at least 2 ranks";
    if (!box_of(*torus, layout)) return "the group is not a box of the torus";
    return {};
  }

  AlgorithmProfile profile(CollectiveOp op, const GroupLayout& layout, Network& network,
                           const CollectiveTuning&) const override {
    AlgorithmProfile profile;
    profile.algorithm = "torus";
    profile.latency_kind = LatencyKind::ring;
    profile.protocol_factor = {1.0 / 4.0, 0.92, 1.0};
    profile.channels = 2;
    const auto& torus = dynamic_cast<const TorusTopology&>(layout.topology());
    const Box box = *box_of(torus, layout);
    const int dims = torus.dimensions();
    static constexpr const char* kAxes = "xyzuvw";
    std::vector<PhaseProfile> reduce;
    double share = 1.0;  // of the buffer each rank holds entering this dimension
    for (int d = 0; d < dims; ++d) {
      const int k = int(box.coords[d].size());
      if (k < 2) continue;
      // Every line of the box along d is a ring; both directions at once.
      std::vector<RankPair> pairs;
      for (const auto& [key, from] : box.index) {
        std::vector<int> next = key, prev = key;
        next[d] = (key[d] + 1) % k;
        prev[d] = (key[d] + k - 1) % k;
        pairs.push_back(RankPair{from, box.index.at(next), 0});
        pairs.push_back(RankPair{from, box.index.at(prev), 1});
      }
      const StepCost cost = measure_step(network, layout, pairs, /*pipelined=*/true);
      // Each direction carries half of the (k - 1)/k of the share that leaves each rank.
      const double fraction = share * (k - 1) / k / 2.0;
      PhaseProfile phase = phase_from_step(fmt::format("{} rings of {}, both ways", kAxes[d], k),
                                           cost, fraction, 0, k - 1);
      reduce.push_back(phase);
      share /= k;
    }
    // A reduce-scatter is the first half, an all-gather the second (of the whole buffer S).
    for (PhaseProfile p : reduce) {
      if (op == CollectiveOp::all_gather) break;
      p.name = "reduce-scatter " + p.name;
      profile.phases.push_back(p);
    }
    for (auto it = reduce.rbegin(); it != reduce.rend() && op != CollectiveOp::reduce_scatter;
         ++it) {
      PhaseProfile p = *it;
      p.name = "all-gather " + p.name;
      profile.phases.push_back(p);
    }
    return profile;
  }
};

}  // namespace

std::unique_ptr<CollectiveAlgorithm> make_torus_algorithm() {
  return std::make_unique<TorusAlgorithm>();
}

}  // namespace colossus
