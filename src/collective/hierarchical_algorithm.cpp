// Hierarchical all-reduce (as in Horovod's and Megatron's two-level schemes): a reduce-scatter
// ring over NVLink inside every server leaves GPU l with 1/m of the server's sum; m rail rings
// (GPU l of every server, over NIC l) all-reduce those shards across servers; an all-gather
// ring over NVLink inside the server spreads the result. The three phases run one after the
// other (not pipelined into each other, which makes it a slight overestimate against an
// implementation that overlaps them). Needs the same number of ranks on every server and at
// least two servers. NCCL has no such algorithm, so the tuner only uses it when forced.
#include <fmt/format.h>

#include "colossus/collective/algorithm.h"

namespace colossus {
namespace {

class HierarchicalAlgorithm final : public CollectiveAlgorithm {
 public:
  std::string_view name() const override { return "hierarchical"; }
  bool auto_selectable() const override { return false; }

  std::string why_not(CollectiveOp op, const GroupLayout& layout) const override {
    if (op != CollectiveOp::all_reduce) {
      return fmt::format("hierarchical implements all_reduce only, not {}", to_string(op));
    }
    if (layout.server_count() < 2) return "hierarchical needs a group spanning at least 2 servers";
    if (layout.uniform_per_server() == 0) {
      return "hierarchical needs the same number of ranks on every server";
    }
    return {};
  }

  AlgorithmProfile profile(CollectiveOp, const GroupLayout& layout, Network& network,
                           const CollectiveTuning& tuning) const override {
    AlgorithmProfile profile;
    profile.algorithm = "hierarchical";
    profile.latency_kind = LatencyKind::ring;
    profile.protocol_factor = {1.0 / 4.0, 0.92, 1.0};
    const auto& servers = layout.servers();
    const int k = layout.server_count();
    const int m = layout.uniform_per_server();
    const int per_rail = tuning.channels_per_nic;
    profile.channels = m * per_rail;

    if (m > 1) {
      // One NVLink ring per server (every server's at once; they share nothing).
      std::vector<RankPair> intra;
      for (const auto& members : servers) {
        for (int j = 0; j < m; ++j) intra.push_back(RankPair{members[j], members[(j + 1) % m], 0});
      }
      const StepCost cost = measure_step(network, layout, intra, /*pipelined=*/true);
      const double fraction = double(m - 1) / m;
      profile.phases.push_back(phase_from_step("nvlink reduce-scatter", cost, fraction, m - 1, 0));
    }
    // Rail rings: GPU l of server s sends to GPU l of server s+1, channels_per_nic per rail.
    std::vector<RankPair> rails;
    for (int c = 0; c < per_rail; ++c) {
      for (int l = 0; l < m; ++l) {
        for (int s = 0; s < k; ++s) {
          rails.push_back(
              RankPair{servers[s][l], servers[(s + 1) % k][l], std::uint32_t(c * m + l)});
        }
      }
    }
    const StepCost rail_cost = measure_step(network, layout, rails, /*pipelined=*/true);
    const double rail_fraction = 2.0 * (k - 1) / k / m / per_rail;
    profile.phases.push_back(
        phase_from_step("rail all-reduce", rail_cost, rail_fraction, 0, 2 * (k - 1)));
    if (m > 1) {
      PhaseProfile gather = profile.phases.front();
      gather.name = "nvlink all-gather";
      profile.phases.push_back(gather);
    }
    return profile;
  }
};

}  // namespace

std::unique_ptr<CollectiveAlgorithm> make_hierarchical_algorithm() {
  return std::make_unique<HierarchicalAlgorithm>();
}

}  // namespace colossus
