// The flow-level RDMA fabric as the collective layer sees it: give it a set of flows that start
// together, and it shares every resource's capacity max-min fairly among the flows crossing it
// (progressive filling), advances to each flow completion, re-shares, and reports when each
// flow finished. Underneath are three parts (DESIGN.md): network/maxmin_solver.h (math only),
// network/fabric_model.h (resources to constraints, flows to variables) and the engine step
// in network/engine.h.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/topology/topology.h"

namespace colossus {

// One transfer from one GPU to another.
struct Flow {
  GpuId src = 0;
  GpuId dst = 0;
  Bytes size{};
  std::uint64_t entropy = 0;  // what ECMP hashes besides src/dst (a channel or queue-pair index)
};

struct NetworkOptions {
  // Overrides the cluster's routing when set.
  bool override_routing = false;
  Routing routing = Routing::ecmp;
};

// When each flow of a phase finished, measured from the phase start (transfer only; the
// per-hop latency is Network::latency and is the collective's to add).
struct PhaseResult {
  std::vector<Seconds> finish;
  Seconds makespan{};
};

class Network {
 public:
  explicit Network(const Topology& topology, NetworkOptions options = {});

  const Topology& topology() const { return *topology_; }
  // Runs flows that all start at time 0 until all have finished.
  PhaseResult run_phase(std::span<const Flow> flows);
  // The max-min fair rates of flows that run together, before any finishes (goodput, after
  // transport overheads): what a pipelined algorithm sustains in steady state.
  std::vector<ByteRate> steady_rates(std::span<const Flow> flows);
  // One-way latency from src to dst along its route.
  Seconds latency(GpuId src, GpuId dst) const;
  // Goodput over line rate for the fabric's transport (RoCEv2 or InfiniBand headers at the MTU).
  double transport_efficiency() const;

 private:
  const Topology* topology_;
  NetworkOptions options_;
};

}  // namespace colossus
