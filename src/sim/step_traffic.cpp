// The step's traffic patterns from the layout's groups: pipeline groups ordered by stage, the
// data-parallel groups of each stage as rings, and the in-layer groups that leave the NVLink
// domain (TP and CP rings, EP all-pairs). Each pattern is described to the fabric's cache by a
// key (how its flows are drawn, then the GPU ids they are drawn from) from which draw() makes its
// flows, so equal keys are equal flows and a pattern seen before is neither drawn nor routed.
#include "colossus/sim/step_traffic.h"

#include <fmt/format.h>

#include <cstdint>
#include <span>
#include <string>

namespace colossus::sim {
namespace {

// How a pattern's flows are drawn from the words of its key after the first (this value).
enum Draw : std::uint32_t {
  kPairs = 1,     // src, dst, src, dst...: one flow each
  kRings = 2,     // channels, group size n, cross-domain pairs only (0 or 1), then the groups'
                  // GPU ids, n each: each member to the next, `channels` flows a pair
  kAllPairs = 3,  // group size n, then the groups' GPU ids, n each: every ordered pair of a
                  // group in different NVLink domains
};

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

// The flows a key describes (see Draw), in the order the key lists them.
std::vector<Flow> draw(const Topology& topology, std::span<const std::uint32_t> key) {
  std::vector<Flow> flows;
  auto flow = [&](std::uint32_t src, std::uint32_t dst, std::uint64_t entropy) {
    flows.push_back({static_cast<GpuId>(src), static_cast<GpuId>(dst), bytes(1), entropy});
  };
  if (key[0] == kPairs) {
    for (std::size_t i = 1; i + 1 < key.size(); i += 2) flow(key[i], key[i + 1], 0);
  } else if (key[0] == kRings) {
    const std::uint32_t channels = key[1];
    const std::size_t n = key[2];
    const bool across_only = key[3] != 0;
    for (std::size_t at = 4; at < key.size(); at += n) {
      const std::span<const std::uint32_t> group = key.subspan(at, n);
      for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t next = group[(i + 1) % n];
        if (across_only && !across_domains(topology, group[i], next)) continue;
        for (std::uint32_t c = 0; c < channels; ++c) flow(group[i], next, c);
      }
    }
  } else if (key[0] == kAllPairs) {
    const std::size_t n = key[1];
    for (std::size_t at = 2; at < key.size(); at += n) {
      const std::span<const std::uint32_t> group = key.subspan(at, n);
      for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
          if (j != i && across_domains(topology, group[i], group[j])) flow(group[i], group[j], 0);
        }
      }
    }
  }
  return flows;
}

// Per stage, the key of the groups of `kind` whose first GPU is in that stage: `head`, then
// their GPU ids in group order.
std::vector<std::vector<std::uint32_t>> keys_by_stage(const Parallelism& par, GroupKind kind,
                                                      const std::vector<std::uint32_t>& head) {
  std::vector<std::vector<std::uint32_t>> keys(static_cast<std::size_t>(par.pp()), head);
  const Parallelism::GroupTable groups = par.group_table(kind);
  for (int g = 0; g < groups.count(); ++g) {
    const std::span<const int> group = groups.group(g);
    std::vector<std::uint32_t>& key = keys[par.coordinates(group.front()).pp];
    key.insert(key.end(), group.begin(), group.end());
  }
  return keys;
}

}  // namespace

std::vector<StagePatterns> add_step_patterns(SharedFabric& fabric, const Parallelism& par) {
  const Topology& topology = fabric.network().topology();
  auto loads = [&](const std::vector<std::uint32_t>& key) {
    return fabric.pattern_loads(key, [&] { return draw(topology, key); });
  };
  const int p = par.pp();
  std::vector<StagePatterns> out(static_cast<std::size_t>(p));
  if (p > 1) {
    // A pipeline group's GPU ids ascend with the stage (a rank grows with each coordinate), so
    // member s is stage s's.
    std::vector<std::vector<std::uint32_t>> forward(p, {kPairs}), backward(p, {kPairs});
    const Parallelism::GroupTable groups = par.group_table(GroupKind::pp);
    for (int g = 0; g < groups.count(); ++g) {
      const std::span<const int> group = groups.group(g);
      for (int s = 0; s < p; ++s) {
        forward[s].insert(forward[s].end(), {static_cast<std::uint32_t>(group[s]),
                                             static_cast<std::uint32_t>(group[(s + 1) % p])});
        backward[s].insert(backward[s].end(), {static_cast<std::uint32_t>(group[s]),
                                               static_cast<std::uint32_t>(group[(s + p - 1) % p])});
      }
    }
    for (int s = 0; s < p; ++s) {
      out[s].forward =
          fabric.add_pattern("pp forward from stage " + std::to_string(s), loads(forward[s]));
      out[s].backward =
          fabric.add_pattern("pp backward from stage " + std::to_string(s), loads(backward[s]));
    }
  }
  if (par.group_size(GroupKind::dp_cp) > 1) {
    const auto n = static_cast<std::uint32_t>(par.group_size(GroupKind::dp_cp));
    const auto channels = static_cast<std::uint32_t>(ring_channels(fabric));
    const std::vector<std::vector<std::uint32_t>> ring =
        keys_by_stage(par, GroupKind::dp_cp, {kRings, channels, n, 0});
    for (int s = 0; s < p; ++s) {
      out[s].dp = fabric.add_pattern("dp of stage " + std::to_string(s), loads(ring[s]));
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
    const auto n = static_cast<std::uint32_t>(par.group_size(kind));
    const auto channels = static_cast<std::uint32_t>(ring_channels(fabric));
    const std::vector<std::vector<std::uint32_t>> keys =
        keys_by_stage(par, kind,
                      all_pairs ? std::vector<std::uint32_t>{kAllPairs, n}
                                : std::vector<std::uint32_t>{kRings, channels, n, 1});
    for (int s = 0; s < p; ++s) {
      std::shared_ptr<const PatternLoads> mine = loads(keys[s]);
      if (mine->flows == 0) continue;
      out[s].*slot =
          fabric.add_pattern(fmt::format("{} of stage {}", to_string(kind), s), std::move(mine));
    }
  }
  return out;
}

}  // namespace colossus::sim
