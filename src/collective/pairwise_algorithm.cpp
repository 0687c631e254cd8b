// Pairwise all-to-all: every rank sends S/n to every other rank. NCCL posts all the sends at
// once; we split them into n-1 shifts (in shift k rank i sends to i+k), each a permutation the
// network runs as a phase of all groups' flows, and let shifts over NVLink overlap shifts over
// the network, as posting everything at once allows. Beyond kMaxShifts shifts an evenly spaced
// sample stands for the rest (an approximation that keeps the cost O(ranks) per sampled shift;
// exact for groups of up to kMaxShifts + 1 ranks). Latency: one step per link class used.
#include <fmt/format.h>

#include "colossus/collective/algorithm.h"

namespace colossus {
namespace {

constexpr int kMaxShifts = 32;

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
    const int samples = std::min(n - 1, kMaxShifts);
    const double weight = double(n - 1) / samples;
    PhaseProfile phase;
    phase.name = samples == n - 1 ? fmt::format("{} shifts", n - 1)
                                  : fmt::format("{} of {} shifts (sampled)", samples, n - 1);
    for (int j = 0; j < samples; ++j) {
      const int shift = 1 + int(std::int64_t(j) * (n - 1) / samples);
      std::vector<RankPair> pairs;
      pairs.reserve(n);
      for (int i = 0; i < n; ++i) pairs.push_back(RankPair{i, (i + shift) % n, std::uint32_t(j)});
      const StepCost cost = measure_step(network, layout, pairs, /*pipelined=*/false);
      for (int c = 0; c < 2; ++c) {
        if (cost.rate[c].value() <= 0.0) continue;
        phase.seconds_per_byte[c] += weight / n / cost.rate[c].value();
        phase.steps[c] = 1;
        phase.step_latency[c] = std::max(phase.step_latency[c], cost.latency[c]);
      }
    }
    profile.phases.push_back(phase);
    return profile;
  }
};

}  // namespace

std::unique_ptr<CollectiveAlgorithm> make_pairwise_algorithm() {
  return std::make_unique<PairwiseAlgorithm>();
}

}  // namespace colossus
