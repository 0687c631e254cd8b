// Recursive halving and doubling (Rabenseifner; Thakur et al. 2005). Reduce-scatter: in step
// k every rank swaps half of what it still holds with the rank 2^k away (i xor 2^k), S/2, S/4,
// ..., S/n; all-gather runs the steps backwards; all-reduce is one then the other. log2(n)
// latency steps each way instead of the ring's n-1, the same 2(n-1)/n S bytes per rank. The
// nearest partners (inside a server for consecutive ranks) get the biggest halves. Each step is
// a separate exchange (not pipelined): the network runs it as a phase of all groups' flows and
// the step takes its makespan. Needs a power-of-two group; only when forced, as NCCL has it not.
#include <fmt/format.h>

#include <bit>

#include "colossus/collective/algorithm.h"

namespace colossus {
namespace {

class HalvingDoublingAlgorithm final : public CollectiveAlgorithm {
 public:
  std::string_view name() const override { return "halving_doubling"; }
  bool auto_selectable() const override { return false; }

  std::string why_not(CollectiveOp op, const GroupLayout& layout) const override {
    if (op != CollectiveOp::all_reduce && op != CollectiveOp::reduce_scatter &&
        op != CollectiveOp::all_gather) {
      return fmt::format(
          "halving_doubling implements all_reduce, reduce_scatter and all_gather, "
          "not {}",
          to_string(op));
    }
    if (!std::has_single_bit(unsigned(layout.size()))) {
      return fmt::format("halving_doubling needs a power-of-two group, got {} ranks",
                         layout.size());
    }
    return {};
  }

  AlgorithmProfile profile(CollectiveOp op, const GroupLayout& layout, Network& network,
                           const CollectiveTuning&) const override {
    AlgorithmProfile profile;
    profile.algorithm = "halving_doubling";
    profile.latency_kind = LatencyKind::ring;
    profile.protocol_factor = {1.0 / 4.0, 0.92, 1.0};
    profile.channels = 1;
    const int n = layout.size();
    // One exchange per distance; the same exchange serves the halving and the doubling pass.
    PhaseProfile pass;
    pass.classes_overlap = false;
    double share = 0.5;
    for (int d = 1; d < n; d *= 2, share /= 2.0) {
      std::vector<RankPair> pairs;
      pairs.reserve(n);
      for (int i = 0; i < n; ++i) pairs.push_back(RankPair{i, i ^ d, std::uint32_t(d)});
      const StepCost cost = measure_step(network, layout, pairs, /*pipelined=*/false);
      for (int c = 0; c < 2; ++c) {
        if (cost.rate[c].value() <= 0.0) continue;
        pass.seconds_per_byte[c] += share / cost.rate[c].value();
        pass.steps[c] += 1;
        pass.step_latency[c] = std::max(pass.step_latency[c], cost.latency[c]);
      }
    }
    if (n == 1) return profile;
    if (op != CollectiveOp::all_gather) {
      pass.name = "recursive halving (reduce-scatter)";
      profile.phases.push_back(pass);
    }
    if (op != CollectiveOp::reduce_scatter) {
      pass.name = "recursive doubling (all-gather)";
      profile.phases.push_back(pass);
    }
    return profile;
  }
};

}  // namespace

std::unique_ptr<CollectiveAlgorithm> make_halving_doubling_algorithm() {
  return std::make_unique<HalvingDoublingAlgorithm>();
}

}  // namespace colossus
