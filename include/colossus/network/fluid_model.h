// The network on the event core (SimGrid's engine shape): an activity is a variable of one
// max-min system (a flow, a class of identical flows, or a whole traffic pattern) with an amount
// of work to do; activities start and end at any time, and between two events each progresses
// at its max-min fair rate. next_completion() says how long until the first running activity
// ends at the current rates (solving again only after a start or an end), advance(dt) moves
// every activity on by rate x dt and ends those whose work is done. The phase engine
// (network/engine.h) and the step's shared fabric (network/shared_fabric.h) both run on it.
#pragma once

#include <limits>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/network/maxmin_solver.h"

namespace colossus {

// An activity that ended during advance(): its variable and when, from the advance's start.
struct Completion {
  int variable = 0;
  Seconds at{};
};

class FluidModel {
 public:
  static constexpr double kNever = std::numeric_limits<double>::infinity();

  // Runs activities on `solver`'s variables (work in the variable's unit x seconds: bytes for a
  // flow in bytes/s). Every live variable of the solver takes its share, so add a variable when
  // its activity starts. Activities whose completions lie within `epsilon` x (time to the next
  // completion) of it end together, so a symmetric set costs one solve, not one per activity.
  // Those within `tolerance` of the end of an advance end in it too: a caller that adds and
  // subtracts absolute times loses their low bits, and must not be left with a sliver of work.
  explicit FluidModel(MaxMinSolver& solver, double epsilon = 1e-9, Seconds tolerance = {});

  // Starts live variable `variable` with `work` >= 0 to do (0 ends at the next advance).
  // Throws std::invalid_argument for a negative or non-finite work or a dead variable.
  void start(int variable, double work);
  // Ends a running activity before it is done and removes its variable from the solver.
  void cancel(int variable);
  bool idle() const { return running_.empty(); }
  // The running activities' variables, ascending.
  const std::vector<int>& running_variables() const { return running_; }
  bool running(int variable) const;
  // Seconds until the first running activity ends at the current rates; kNever when idle or when
  // nothing can progress (every running activity at rate 0).
  Seconds next_completion();
  // Moves on by `dt`: each running activity does rate x dt of its work; those done within the
  // epsilon end (their variables removed from the solver), in ascending variable order, each
  // stamped with its own completion offset (which may pass dt by the epsilon).
  std::vector<Completion> advance(Seconds dt);
  // The current rate and remaining work of a running activity.
  double rate(int variable);
  double remaining(int variable) const;
  // Solves done so far.
  int solves() const { return solves_; }

 private:
  // Solves the system again if an activity started or ended since the last solve.
  void refresh();

  MaxMinSolver* solver_;
  double epsilon_;
  double tolerance_;
  std::vector<int> running_;       // variables, ascending
  std::vector<double> remaining_;  // per variable; NaN when not running
  bool dirty_ = true;
  int solves_ = 0;
};

}  // namespace colossus
