// Send/recv as nccl-tests' sendrecv runs it: every rank sends its S bytes to the next rank of
// the group and receives S from the previous one, all at once (for a pipeline-parallel hop, a
// group of two ranks exchanging both ways). One phase of all groups' flows, one latency step.
#include <fmt/format.h>

#include "colossus/collective/algorithm.h"

namespace colossus {
namespace {

class SendRecvAlgorithm final : public CollectiveAlgorithm {
 public:
  std::string_view name() const override { return "send_recv"; }

  std::string why_not(CollectiveOp op, const GroupLayout&) const override {
    if (op != CollectiveOp::send_recv) {
      return fmt::format("send_recv implements send_recv only, not {}", to_string(op));
    }
    return {};
  }

  AlgorithmProfile profile(CollectiveOp, const GroupLayout& layout, Network& network,
                           const CollectiveTuning&) const override {
    AlgorithmProfile profile;
    profile.algorithm = "send_recv";
    profile.latency_kind = LatencyKind::ring;
    profile.protocol_factor = {1.0 / 4.0, 0.0, 1.0};  // NCCL's p2p runs LL or Simple
    profile.channels = 1;
    const int n = layout.size();
    if (n == 1) return profile;
    std::vector<RankPair> pairs;
    pairs.reserve(n);
    for (int i = 0; i < n; ++i) pairs.push_back(RankPair{i, (i + 1) % n, 0});
    const StepCost cost = measure_step(network, layout, pairs, /*pipelined=*/false);
    profile.phases.push_back(phase_from_step("send to next rank", cost, 1.0,
                                             cost.has(LinkClass::nvlink) ? 1 : 0,
                                             cost.has(LinkClass::network) ? 1 : 0));
    return profile;
  }
};

}  // namespace

std::unique_ptr<CollectiveAlgorithm> make_send_recv_algorithm() {
  return std::make_unique<SendRecvAlgorithm>();
}

}  // namespace colossus
