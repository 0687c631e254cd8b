// Direct all-reduce on a full mesh (AMD MI300X: 8 GPUs, each pair joined by its own Infinity
// Fabric link, no switch). A ring uses one link per GPU, so it gets 1/(n-1) of the GPU's links;
// the direct algorithm (RCCL's one-shot/two-shot all-reduce on xGMI) uses them all at once:
// reduce-scatter, every GPU sends its k-th 1/n of the buffer to GPU k over their link, and
// all-gather, every GPU sends its reduced 1/n to every peer. Each link carries S/n per phase in
// each direction, so an all-reduce takes 2 (S/n) / link = 2 S (n-1) / (n P) with P the GPU's
// aggregate bandwidth, and nccl-tests' busbw = algbw x 2(n-1)/n = P: every link busy. Only for a
// group inside one full-mesh server.
#include <fmt/format.h>

#include "colossus/collective/algorithm.h"

namespace colossus {
namespace {

class MeshDirectAlgorithm final : public CollectiveAlgorithm {
 public:
  std::string_view name() const override { return "mesh_direct"; }

  std::string why_not(CollectiveOp op, const GroupLayout& layout) const override {
    if (op != CollectiveOp::all_reduce && op != CollectiveOp::reduce_scatter &&
        op != CollectiveOp::all_gather) {
      return fmt::format(
          "mesh_direct implements all_reduce, reduce_scatter and all_gather, not "
          "{}",
          to_string(op));
    }
    if (!layout.each_group_in_one_server()) {
      return "mesh_direct runs inside one full-mesh server; the group spans servers";
    }
    if (layout.size() < 2) return "mesh_direct needs at least 2 ranks";
    for (int g = 0; g < layout.group_count(); ++g) {
      const ServerSpec& server = layout.topology().server_spec(layout.gpu(g, 0));
      if (!server.full_mesh) {
        return fmt::format("server '{}' joins its GPUs by switches, not a full mesh", server.name);
      }
    }
    return {};
  }

  AlgorithmProfile profile(CollectiveOp op, const GroupLayout& layout, Network& network,
                           const CollectiveTuning&) const override {
    AlgorithmProfile profile;
    profile.algorithm = "mesh_direct";
    profile.latency_kind = LatencyKind::ring;
    profile.protocol_factor = {1.0 / 4.0, 0.92, 1.0};  // as NCCL's ring inside a server
    const int n = layout.size();
    profile.channels = n - 1;
    std::vector<RankPair> pairs;
    for (int i = 0; i < n; ++i) {
      for (int j = 0; j < n; ++j) {
        if (i != j) pairs.push_back(RankPair{i, j, 0});
      }
    }
    const StepCost cost = measure_step(network, layout, pairs, /*pipelined=*/true);
    // Every flow carries 1/n of the buffer in each phase.
    const double share = 1.0 / n;
    if (op != CollectiveOp::all_gather) {
      profile.phases.push_back(phase_from_step("reduce-scatter to all peers", cost, share, 1, 0));
    }
    if (op != CollectiveOp::reduce_scatter) {
      profile.phases.push_back(phase_from_step("all-gather from all peers", cost, share, 1, 0));
    }
    return profile;
  }
};

}  // namespace

std::unique_ptr<CollectiveAlgorithm> make_mesh_direct_algorithm() {
  return std::make_unique<MeshDirectAlgorithm>();
}

}  // namespace colossus
