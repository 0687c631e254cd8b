// The one interface every collective algorithm implements, and what it works with. An algorithm
// looks at the group's layout (which ranks share a server), says whether it can run an op there,
// and builds a size-independent AlgorithmProfile: its phases, each with the seconds per byte of
// the call's size on the slowest flow of a representative step (per link class) and its
// latency-bound steps. The engine turns a profile into a time for any size and protocol, so the
// network is asked once per (op, algorithm, groups), not once per size.
//
// Flows between servers go to the Network, all groups together, so their contention is real.
// Flows inside a server are priced on the GPU's own NVLink ports: an NVSwitch is a non-blocking
// crossbar and every GPU belongs to one group, so a GPU's port is shared only by its own group's
// flows, which the algorithm counts. A new algorithm is a new file plus one line in registry.cpp.
#pragma once

#include <array>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "colossus/collective/collective.h"

namespace colossus {

enum class LinkClass { nvlink = 0, network = 1 };
// Which row of NCCL's latency tables an algorithm pays.
enum class LatencyKind { ring = 0, tree = 1, nvls = 2 };

// The group as the algorithms see it: group 0's ranks bucketed by server, and the other groups
// as translations of it.
class GroupLayout {
 public:
  // Validates the call against the topology (ranks in range, no GPU twice across groups).
  GroupLayout(const Topology& topology, const CollectiveCall& call);

  const Topology& topology() const { return *topology_; }
  int size() const { return int(ranks_.size()); }
  int group_count() const { return int(offsets_.size()); }
  // The GPU of rank index i in group g.
  GpuId gpu(int group, int rank) const { return ranks_[rank] + offsets_[group]; }
  // Group 0's servers in order of first appearance; each lists its rank indices in rank order.
  const std::vector<std::vector<int>>& servers() const { return servers_; }
  int server_count() const { return int(servers_.size()); }
  // Ranks per server when every server holds the same number, else 0.
  int uniform_per_server() const { return uniform_per_server_; }
  int max_per_server() const { return max_per_server_; }
  // Whether every group lies inside one server.
  bool each_group_in_one_server() const { return each_group_in_one_server_; }
  const SourceLocation& where() const { return where_; }

 private:
  const Topology* topology_;
  std::vector<GpuId> ranks_;
  std::vector<GpuId> offsets_;
  std::vector<std::vector<int>> servers_;
  int uniform_per_server_ = 0;
  int max_per_server_ = 0;
  bool each_group_in_one_server_ = true;
  SourceLocation where_;
};

// One transfer of a representative step, between rank indices of group 0.
struct RankPair {
  int from = 0;
  int to = 0;
  std::uint32_t channel = 0;  // becomes the flow's ECMP entropy
};

// One phase of an algorithm, size-independent.
struct PhaseProfile {
  std::string name;
  // Seconds per byte of the call's size on the slowest flow of each link class, at line rate
  // (after the network's transport efficiency); 0 where the phase uses no link of that class.
  std::array<double, 2> seconds_per_byte{};
  // Latency-bound steps over each link class, and the route latency one such step adds to
  // NCCL's per-step figure (which already holds NVLink and a one-switch network path).
  std::array<int, 2> steps{};
  std::array<Seconds, 2> step_latency{};
  // Extra efficiency of this phase's data movement (NVLS reduction), 1 otherwise.
  double extra_efficiency = 1.0;
  // Whether NVLink and network transfers of the phase run at the same time (the bandwidth time
  // is the slower class) or one after the other (the sum), as in steps that alternate.
  bool classes_overlap = true;
};

struct AlgorithmProfile {
  std::string algorithm;
  LatencyKind latency_kind = LatencyKind::ring;
  int channels = 1;
  // Bandwidth of each protocol relative to Simple (NCCL's model refinements); 0: unsupported.
  std::array<double, kProtocolCount> protocol_factor{0.0, 0.0, 1.0};
  std::vector<PhaseProfile> phases;  // run one after another
};

// What a representative step costs: the slowest flow per link class.
struct StepCost {
  std::array<ByteRate, 2> rate{};  // per flow; 0 where no flow of that class
  std::array<Seconds, 2> latency{};
  bool has(LinkClass c) const { return rate[int(c)].value() > 0.0; }
};

// Prices one step: pairs inside a server on the GPUs' NVLink ports (each port shared by the
// pairs using it), pairs across servers on the network with every group's copy of them.
// `pipelined` uses the network's steady rates (a step of a pipelined algorithm); otherwise the
// flows run as a phase from a common start and the rate is size over makespan (equal sizes).
StepCost measure_step(Network& network, const GroupLayout& layout, std::span<const RankPair> pairs,
                      bool pipelined);

// Builds a phase from a step whose every flow carries `fraction` of the call's size.
PhaseProfile phase_from_step(std::string name, const StepCost& cost, double fraction,
                             int nvlink_steps, int network_steps);

class CollectiveAlgorithm {
 public:
  virtual ~CollectiveAlgorithm() = default;
  // The name the CLI's --algo takes.
  virtual std::string_view name() const = 0;
  // Whether NCCL's tuner would consider it (else only when forced).
  virtual bool auto_selectable() const { return true; }
  // Empty when it can run `op` on this layout; otherwise why not, for the error message.
  virtual std::string why_not(CollectiveOp op, const GroupLayout& layout) const = 0;
  // The size-independent profile of `op` on this layout.
  virtual AlgorithmProfile profile(CollectiveOp op, const GroupLayout& layout, Network& network,
                                   const CollectiveTuning& tuning) const = 0;
};

// All algorithms, in the order the tuner breaks ties (registry.cpp).
std::vector<std::unique_ptr<CollectiveAlgorithm>> make_collective_algorithms();

// The time of a profile for `size` bytes per rank with one protocol; phases filled in `out`.
Seconds profile_time(const AlgorithmProfile& profile, Bytes size, Protocol protocol,
                     const CollectiveTuning& tuning, std::vector<PhaseTime>* out = nullptr);

// Channels NCCL would open: channels_per_nic per rail the group uses on a server, at least 2.
int ring_channels(const GroupLayout& layout, const CollectiveTuning& tuning);

}  // namespace colossus
