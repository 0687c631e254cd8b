// The phase engine on the fluid model: every flow starts at 0; step to the next completion,
// let the finished leave, re-share, until all are done. A flow with nothing to do, or one
// crossing no constraint (unbounded rate), finishes at 0.
#include "colossus/network/engine.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "colossus/network/fluid_model.h"

namespace colossus {

EngineResult Engine::run(MaxMinSolver& solver, std::span<const Bytes> sizes) const {
  const int n = static_cast<int>(sizes.size());
  if (n != solver.variable_count()) {
    throw std::invalid_argument("Engine::run: one size per solver variable is needed");
  }
  constexpr double kInf = std::numeric_limits<double>::infinity();
  EngineResult result;
  result.finish.assign(n, Seconds{});
  FluidModel model(solver, epsilon_);
  for (int i = 0; i < n; ++i) {
    const double size = sizes[i].value();
    if (!(size >= 0.0) || size == kInf) {
      throw std::invalid_argument("Engine::run: flow sizes must be finite and >= 0");
    }
    if (!solver.live(i)) continue;
    if (size <= 0.0) {
      solver.remove_variable(i);
      continue;
    }
    model.start(i, size);
  }
  Seconds now{};
  while (!model.idle()) {
    const Seconds dt = model.next_completion();
    if (dt.value() == FluidModel::kNever) {
      throw std::logic_error("Engine::run: flows cannot progress (a zero capacity on their path)");
    }
    for (const Completion& c : model.advance(dt)) result.finish[c.variable] = now + c.at;
    now += dt;
  }
  result.steps = model.solves();
  for (const Seconds& f : result.finish) result.makespan = std::max(result.makespan, f);
  return result;
}

}  // namespace colossus
