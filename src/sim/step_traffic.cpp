// The step's traffic patterns from the layout's groups: pipeline groups ordered by stage, the
// data-parallel groups of each stage as rings, and the in-layer groups that leave the NVLink
// domain (TP and CP rings, EP all-pairs).
#include "colossus/sim/step_traffic.h"

#include <fmt/format.h>

#include <span>
#include <string>

namespace colossus::sim {
namespace {

// NCCL opens two channels per NIC for a ring; under ECMP each is a flow with its own entropy
// (hash collisions are what they are); under adaptive routing the two share the same sprayed
// bundles, so one flow per pair loads the fabric the same way.
int ring_channels(const SharedFabric& fabric) {
  return fabric.network().routing() == Routing::ecmp ? 2 : 1;
}

// Whether a and b meet only on the scale-out fabric (not inside one NVLink domain).
bool across_domains(const Topology& topology, int a, int b) {
  return topology.meeting_tier(a, b) >= 0;
}

// The flows of stage s's groups of `kind` that cross NVLink domains, by stage: a ring of
// `channels` flows per neighbour pair, or every ordered pair (`all_pairs`, an all-to-all).
std::vector<std::vector<Flow>> in_layer_flows(const SharedFabric& fabric, const Parallelism& par,
                                              GroupKind kind, bool all_pairs) {
  const Topology& topology = fabric.network().topology();
  const int channels = ring_channels(fabric);
  std::vector<std::vector<Flow>> flows(static_cast<std::size_t>(par.pp()));
  const Parallelism::GroupTable groups = par.group_table(kind);
  for (int g = 0; g < groups.count(); ++g) {
    const std::span<const int> group = groups.group(g);
    std::vector<Flow>& out = flows[par.coordinates(group.front()).pp];
    const std::size_t n = group.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (all_pairs) {
        for (std::size_t j = 0; j < n; ++j) {
          if (j != i && across_domains(topology, group[i], group[j])) {
            out.push_back({group[i], group[j], bytes(1), 0});
          }
        }
        continue;
      }
      const int next = group[(i + 1) % n];
      if (!across_domains(topology, group[i], next)) continue;
      for (int c = 0; c < channels; ++c) {
        out.push_back({group[i], next, bytes(1), static_cast<std::uint64_t>(c)});
      }
    }
  }
  return flows;
}

}  // namespace

std::vector<StagePatterns> add_step_patterns(SharedFabric& fabric, const Parallelism& par) {
  const int p = par.pp();
  std::vector<StagePatterns> out(static_cast<std::size_t>(p));
  if (p > 1) {
    std::vector<std::vector<Flow>> forward(p), backward(p);
    // A pipeline group's GPU ids ascend with the stage (a rank grows with each coordinate), so
    // member s is stage s's.
    const Parallelism::GroupTable groups = par.group_table(GroupKind::pp);
    for (int g = 0; g < groups.count(); ++g) {
      const std::span<const int> group = groups.group(g);
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
    const Parallelism::GroupTable groups = par.group_table(GroupKind::dp_cp);
    for (int g = 0; g < groups.count(); ++g) {
      const std::span<const int> group = groups.group(g);
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
  const struct {
    GroupKind kind;
    bool all_pairs;
    int StagePatterns::*slot;
  } in_layer[] = {{GroupKind::tp, false, &StagePatterns::tp},
                  {GroupKind::cp, false, &StagePatterns::cp},
                  {GroupKind::ep, true, &StagePatterns::ep}};
  for (const auto& [kind, all_pairs, slot] : in_layer) {
    if (par.group_size(kind) <= 1) continue;
    const std::vector<std::vector<Flow>> flows = in_layer_flows(fabric, par, kind, all_pairs);
    for (int s = 0; s < p; ++s) {
      if (flows[s].empty()) continue;
      out[s].*slot =
          fabric.add_pattern(fmt::format("{} of stage {}", to_string(kind), s), flows[s]);
    }
  }
  return out;
}

}  // namespace colossus::sim
