// Pairwise all-to-all: every rank sends S/n to every other rank, all at once as NCCL posts them
// (rank i's k-th send goes to rank i+k). The sends over NVLink share the GPU's port, the rest go
// to the network as one phase of every group's flows, and the two classes overlap. Beyond
// kMaxShifts peers (or when all groups' flows would pass kMaxFlows) an evenly spaced sample of
// shifts runs at once and stands for all, each carrying (n-1)/samples of its share: an
// approximation that assumes the unsampled shifts load the fabric like the sampled ones, and
// keeps the cost O(ranks x samples); exact for groups of up to kMaxShifts + 1 ranks with few
// enough groups. Latency: one step per link class used.
#include <fmt/format.h>

#include <algorithm>

#include "colossus/collective/algorithm.h"

namespace colossus {
namespace {

constexpr int kMaxShifts = 32;
constexpr int kMinShifts = 4;
constexpr std::int64_t kMaxFlows = std::int64_t{1} << 20;

class PairwiseAlgorithm final : public CollectiveAlgorithm {
 public:
  std::string_view name() const override { return "pairwise"; }

  std::string why_not(CollectiveOp op, const GroupLayout&) const override {
    if (op != CollectiveOp::all_to_all) {
      return fmt::format("pairwise implements all_to_all only, not {}", to_string(op));
    }
    return {};
  }

  AlgorithmProfile profile(CollectiveOp, const GroupLayout& layout, Network& network,
                           const CollectiveTuning&) const override {
    AlgorithmProfile profile;
    profile.algorithm = "pairwise";
    profile.latency_kind = LatencyKind::ring;
    profile.protocol_factor = {1.0 / 4.0, 0.0, 1.0};  // NCCL's p2p runs LL or Simple
    const int n = layout.size();
    profile.channels = 1;
    if (n == 1) return profile;
    // At most kMaxShifts shifts, and fewer (not below kMinShifts) where all groups together
    // would put more than kMaxFlows flows into one phase.
    const std::int64_t per_shift = std::int64_t(n) * layout.group_count();
    const int affordable = int(std::max<std::int64_t>(kMinShifts, kMaxFlows / per_shift));
    const int samples = std::min({n - 1, kMaxShifts, affordable});
    const double weight = double(n - 1) / samples;
    std::vector<RankPair> pairs;
    pairs.reserve(std::size_t(n) * samples);
    for (int j = 0; j < samples; ++j) {
      const int shift = 1 + int(std::int64_t(j) * (n - 1) / samples);
      for (int i = 0; i < n; ++i) pairs.push_back(RankPair{i, (i + shift) % n, std::uint32_t(j)});
    }
    const StepCost cost = measure_step(network, layout, pairs, /*pipelined=*/false);
    PhaseProfile phase = phase_from_step(
        samples == n - 1 ? fmt::format("{} peers at once", n - 1)
                         : fmt::format("{} of {} peers at once (sampled)", samples, n - 1),
        cost, weight / n, cost.has(LinkClass::nvlink) ? 1 : 0,
        cost.has(LinkClass::network) ? 1 : 0);
    profile.phases.push_back(phase);
    return profile;
  }
};

}  // namespace

std::unique_ptr<CollectiveAlgorithm> make_pairwise_algorithm() {
  return std::make_unique<PairwiseAlgorithm>();
}

}  // namespace colossus
