// The engine loop: solve, find the earliest completion dt, finish every flow within
// (1 + epsilon) x dt, move the others on by rate x dt, remove the finished ones from the
// solver, repeat. A finishing flow is stamped with its own completion time (now + its
// remaining / rate), not the step's, so grouping only blurs times by the relative epsilon.
#include "colossus/network/engine.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace colossus {

EngineResult Engine::run(MaxMinSolver& solver, std::span<const Bytes> sizes) const {
  const int n = static_cast<int>(sizes.size());
  if (n != solver.variable_count()) {
    throw std::invalid_argument("Engine::run: one size per solver variable is needed");
  }
  constexpr double kInf = std::numeric_limits<double>::infinity();
  EngineResult result;
  result.finish.assign(n, Seconds{});
  std::vector<double> remaining(n);
  std::vector<int> active;
  active.reserve(n);
  for (int i = 0; i < n; ++i) {
    remaining[i] = sizes[i].value();
    if (!(remaining[i] >= 0.0) || remaining[i] == kInf) {
      throw std::invalid_argument("Engine::run: flow sizes must be finite and >= 0");
    }
    if (!solver.live(i)) continue;
    if (remaining[i] <= 0.0) {
      solver.remove_variable(i);
      continue;
    }
    active.push_back(i);
  }

  double now = 0.0;
  std::vector<int> still;
  still.reserve(active.size());
  while (!active.empty()) {
    solver.solve();
    ++result.steps;
    double dt = kInf;
    for (int i : active) {
      const double rate = solver.value(i);
      if (rate > 0.0) dt = std::min(dt, remaining[i] / rate);
    }
    if (dt == kInf) {
      throw std::logic_error("Engine::run: flows cannot progress (a zero capacity on their path)");
    }
    const double horizon = dt * (1.0 + epsilon_);
    still.clear();
    for (int i : active) {
      const double rate = solver.value(i);
      const double left = rate > 0.0 ? remaining[i] / rate : kInf;
      if (left <= horizon) {
        result.finish[i] = Seconds(now + left);
        solver.remove_variable(i);
      } else {
        remaining[i] -= rate * dt;
        still.push_back(i);
      }
    }
    now += dt;
    active.swap(still);
  }
  for (const Seconds& f : result.finish) result.makespan = std::max(result.makespan, f);
  return result;
}

}  // namespace colossus
