// The step's traffic patterns from the layout's groups: pipeline groups ordered by stage, and
// the data-parallel groups of each stage as rings.
#include "colossus/sim/step_traffic.h"

#include <algorithm>
#include <string>

namespace colossus::sim {
namespace {

// NCCL opens two channels per NIC for a ring; under ECMP each is a flow with its own entropy
// (hash collisions are what they are); under adaptive routing the two share the same sprayed
// bundles, so one flow per pair loads the fabric the same way.
int ring_channels(const SharedFabric& fabric) {
  return fabric.network().routing() == Routing::ecmp ? 2 : 1;
}

}  // namespace

std::vector<StagePatterns> add_step_patterns(SharedFabric& fabric, const Parallelism& par) {
  const int p = par.pp();
  std::vector<StagePatterns> out(static_cast<std::size_t>(p));
  if (p > 1) {
    std::vector<std::vector<Flow>> forward(p), backward(p);
    for (std::vector<int> group : par.groups(GroupKind::pp)) {
      std::sort(group.begin(), group.end(),
                [&](int a, int b) { return par.coordinates(a).pp < par.coordinates(b).pp; });
      for (int s = 0; s < p; ++s) {
        forward[s].push_back({group[s], group[(s + 1) % p], bytes(1), 0});
        backward[s].push_back({group[s], group[(s + p - 1) % p], bytes(1), 0});
      }
    }
    for (int s = 0; s < p; ++s) {
      out[s].forward = fabric.add_pattern("pp forward from stage " + std::to_string(s), forward[s]);
      out[s].backward =
          fabric.add_pattern("pp backward from stage " + std::to_string(s), backward[s]);
    }
  }
  if (par.group_size(GroupKind::dp_cp) > 1) {
    const int channels = ring_channels(fabric);
    std::vector<std::vector<Flow>> ring(p);
    for (const std::vector<int>& group : par.groups(GroupKind::dp_cp)) {
      const int s = par.coordinates(group.front()).pp;
      const std::size_t n = group.size();
      for (std::size_t i = 0; i < n; ++i) {
        for (int c = 0; c < channels; ++c) {
          ring[s].push_back(
              {group[i], group[(i + 1) % n], bytes(1), static_cast<std::uint64_t>(c)});
        }
      }
    }
    for (int s = 0; s < p; ++s) {
      out[s].dp = fabric.add_pattern("dp of stage " + std::to_string(s), ring[s]);
    }
  }
  return out;
}

}  // namespace colossus::sim
