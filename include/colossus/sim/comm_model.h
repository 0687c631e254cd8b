// How the step simulation times communication. A CommModel answers "how long does this
// collective take when every group of this kind runs it at once" (e.g. all data-parallel groups
// reduce-scatter together, so they contend in the fabric as in a real step). The fabric model
// (FabricCommModel) asks the collective layer with all groups of the kind in one call and caches
// the answer by (op, group kind, bytes), so a step costs one collective simulation per distinct
// message, not per GPU. Tests use simple closed-form models through the same interface.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <tuple>

#include "colossus/core/units.h"
#include "colossus/workload/parallelism.h"
#include "colossus/workload/program.h"

namespace colossus {
class Network;
}

namespace colossus::sim {

// The time of one collective and the algorithm that ran it.
struct CommTiming {
  Seconds time{};
  std::string algorithm;  // e.g. "ring", "nvls"; "" when not applicable
};

class CommModel {
 public:
  virtual ~CommModel() = default;
  // Time of `op` on the groups of `kind` of the job's layout, each rank contributing `bytes`
  // (nccl-tests' convention, as workload/program.h counts them), every group running it at once.
  virtual CommTiming time(const Parallelism& parallelism, CollectiveOp op, GroupKind kind,
                          Bytes bytes) = 0;
};

// A closed-form model for tests and quick estimates: time = latency + bytes x factor(op, n) /
// bandwidth(kind), with nccl-tests' bus factors (all-reduce 2(n-1)/n, all-gather,
// reduce-scatter and all-to-all (n-1)/n, send/recv 1) and n the group size of the kind.
class AnalyticCommModel : public CommModel {
 public:
  AnalyticCommModel(ByteRate bandwidth, Seconds latency)
      : default_bandwidth_(bandwidth), latency_(latency) {}
  // Uses a different bus bandwidth for one group kind (e.g. NVLink for TP).
  void set_bandwidth(GroupKind kind, ByteRate bandwidth) { bandwidth_[kind] = bandwidth; }
  CommTiming time(const Parallelism& parallelism, CollectiveOp op, GroupKind kind,
                  Bytes bytes) override;

 private:
  ByteRate default_bandwidth_;
  Seconds latency_;
  std::map<GroupKind, ByteRate> bandwidth_;
};

// The collective layer on the cluster's fabric: every group of the kind in one call, cached by
// (op, kind, bytes). One instance serves one job's layout (the groups are built on first use);
// the network must outlive it.
class FabricCommModel : public CommModel {
 public:
  explicit FabricCommModel(Network& network);
  ~FabricCommModel() override;
  CommTiming time(const Parallelism& parallelism, CollectiveOp op, GroupKind kind,
                  Bytes bytes) override;
  // Distinct collectives simulated so far (cache misses), for tests and benchmarks.
  std::size_t simulated() const { return cache_.size(); }

 private:
  struct State;  // the collective engine and the calls of each group kind
  Network* network_;
  std::unique_ptr<State> state_;
  std::map<std::tuple<CollectiveOp, GroupKind, double>, CommTiming> cache_;
};

}  // namespace colossus::sim
