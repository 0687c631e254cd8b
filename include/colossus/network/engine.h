// The engine step of the flow-level network (SimGrid's engine loop): flows that start together
// share their constraints max-min fairly; time advances to the next flow completion; finished
// flows leave; the survivors re-share; until all are done. Flows whose completion times agree
// within a small relative epsilon complete together in one step, so a symmetric phase (every
// flow of a ring step, say) takes one solve instead of one per flow. It works on a MaxMinSolver
// whose variable i is flow i with values in bytes per second, so it needs no topology.
#pragma once

#include <span>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/network/maxmin_solver.h"

namespace colossus {

// When each flow finished, and how the run went.
struct EngineResult {
  std::vector<Seconds> finish;  // per flow, from the phase start
  Seconds makespan{};           // the last finish
  int steps = 0;                // solves it took
};

class Engine {
 public:
  // Flows finishing within `epsilon` x (time to the next completion) of it complete together.
  explicit Engine(double epsilon = 1e-9) : epsilon_(epsilon) {}

  // Runs variable i of `solver` (rates in bytes/s) with sizes[i] bytes until all have finished.
  // Zero-size flows, and flows with an unbounded rate (crossing no constraint), finish at 0.
  // Variables already removed from the solver finish at 0 too. Throws std::logic_error if the
  // flows left cannot progress (all at rate 0: a zero capacity), std::invalid_argument for a
  // negative or non-finite size.
  EngineResult run(MaxMinSolver& solver, std::span<const Bytes> sizes) const;

 private:
  double epsilon_;
};

}  // namespace colossus
