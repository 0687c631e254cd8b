// NVLS: all-reduce reduced inside the NVSwitch (NVLink SHARP, Hopper and later). Each GPU
// loads its 1/n share of the buffer through the switch with multimem.ld_reduce (the switch reads
// every GPU's copy and returns the sum) and stores the result back with multimem.st (the switch
// multicasts it). Per GPU port and direction that is S + S/n bytes: S of its buffer read by the
// switch plus S/n stored (out), S/n of sums plus S of multicast results (in). So algbw is the
// port rate / (1 + 1/n) times NVLS's efficiency, fitted to NCCL's 480 GB/s busbw on 8xH100.
// Only inside one server whose spec has nvls; NCCL's NVLS+tree across servers is not modelled.
#include <fmt/format.h>

#include "colossus/collective/algorithm.h"

namespace colossus {
namespace {

class NvlsAlgorithm final : public CollectiveAlgorithm {
 public:
  std::string_view name() const override { return "nvls"; }

  std::string why_not(CollectiveOp op, const GroupLayout& layout) const override {
    if (op != CollectiveOp::all_reduce) {
      return fmt::format("nvls implements all_reduce only, not {}", to_string(op));
    }
    if (!layout.each_group_in_one_server()) {
      return "nvls reduces inside one server's NVSwitch; the group spans servers";
    }
    if (layout.size() < 2) return "nvls needs at least 2 ranks";
    for (int g = 0; g < layout.group_count(); ++g) {
      const ServerSpec& server = layout.topology().server_spec(layout.gpu(g, 0));
      if (!server.nvls) {
        return fmt::format("server '{}' has no NVLink SHARP (nvls: false)", server.name);
      }
    }
    return {};
  }

  AlgorithmProfile profile(CollectiveOp, const GroupLayout& layout, Network& network,
                           const CollectiveTuning& tuning) const override {
    AlgorithmProfile profile;
    profile.algorithm = "nvls";
    profile.latency_kind = LatencyKind::nvls;
    profile.protocol_factor = {0.0, 0.0, 1.0};  // NCCL runs NVLS with Simple only
    const ServerSpec& server = layout.topology().server_spec(layout.gpu(0, 0));
    profile.channels = server.gpus;
    const int n = layout.size();
    // Every port carries one stream each way: price it as a ring of single flows per GPU.
    std::vector<RankPair> pairs;
    for (int i = 0; i < n; ++i) pairs.push_back(RankPair{i, (i + 1) % n, 0});
    const StepCost cost = measure_step(network, layout, pairs, /*pipelined=*/true);
    PhaseProfile phase = phase_from_step("nvswitch reduce+multicast", cost, 1.0 + 1.0 / n, 1, 0);
    phase.extra_efficiency = tuning.nvls_efficiency;
    profile.phases.push_back(phase);
    return profile;
  }
};

}  // namespace

std::unique_ptr<CollectiveAlgorithm> make_nvls_algorithm() {
  return std::make_unique<NvlsAlgorithm>();
}

}  // namespace colossus
