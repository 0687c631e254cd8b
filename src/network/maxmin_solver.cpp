// Progressive filling over CSR arrays. Each unfrozen variable v has value weight[v] x level.
// A constraint c with remaining capacity R (capacity minus coefficient x value of the frozen
// variables crossing it) and unfrozen weight W (sum of coefficient x weight) saturates at level
// R / W; the lowest such level, or the lowest bound / weight
// of an unfrozen variable, is the next event. Freezing variables changes R and W only on the
// constraints they cross, and only upwards, so heap entries are re-keyed lazily when they reach
// the top (see solve()).
#include "colossus/network/maxmin_solver.h"

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>

namespace colossus {

void MaxMinSolver::reserve(std::size_t variables, std::size_t usages) {
  weight_.reserve(variables);
  bound_.reserve(variables);
  live_.reserve(variables);
  value_.reserve(variables);
  var_begin_.reserve(variables + 1);
  var_cons_.reserve(usages);
}

int MaxMinSolver::add_constraint(double capacity) {
  if (!(capacity >= 0.0) || capacity == kUnbounded) {
    throw std::invalid_argument("MaxMinSolver: constraint capacity must be finite and >= 0, got " +
                                std::to_string(capacity));
  }
  capacity_.push_back(capacity);
  transpose_valid_ = false;
  return static_cast<int>(capacity_.size()) - 1;
}

int MaxMinSolver::add_variable(std::span<const int> constraints, double weight, double bound) {
  return add_variable(constraints, {}, weight, bound);
}

int MaxMinSolver::add_variable(std::span<const int> constraints,
                               std::span<const double> coefficients, double weight, double bound) {
  if (!(weight > 0.0) || weight == kUnbounded) {
    throw std::invalid_argument("MaxMinSolver: variable weight must be finite and > 0, got " +
                                std::to_string(weight));
  }
  if (!(bound >= 0.0)) {
    throw std::invalid_argument("MaxMinSolver: variable bound must be >= 0, got " +
                                std::to_string(bound));
  }
  for (int c : constraints) {
    if (c < 0 || c >= constraint_count()) {
      throw std::invalid_argument("MaxMinSolver: no constraint " + std::to_string(c));
    }
  }
  if (!coefficients.empty()) {
    if (coefficients.size() != constraints.size()) {
      throw std::invalid_argument("MaxMinSolver: one coefficient per constraint is needed");
    }
    for (double a : coefficients) {
      if (!(a > 0.0) || a == kUnbounded) {
        throw std::invalid_argument("MaxMinSolver: coefficients must be finite and > 0, got " +
                                    std::to_string(a));
      }
    }
    // The first variable with coefficients gives every earlier usage its implicit 1.
    if (var_coef_.empty()) var_coef_.assign(var_cons_.size(), 1.0);
  }
  weight_.push_back(weight);
  bound_.push_back(bound);
  live_.push_back(1);
  value_.push_back(0.0);
  var_cons_.insert(var_cons_.end(), constraints.begin(), constraints.end());
  if (!coefficients.empty()) {
    var_coef_.insert(var_coef_.end(), coefficients.begin(), coefficients.end());
  } else if (!var_coef_.empty()) {
    var_coef_.insert(var_coef_.end(), constraints.size(), 1.0);
  }
  var_begin_.push_back(static_cast<std::int64_t>(var_cons_.size()));
  transpose_valid_ = false;
  return static_cast<int>(weight_.size()) - 1;
}

void MaxMinSolver::remove_variable(int variable) {
  if (live_[variable] && transpose_valid_) {
    // Rebuild the transpose without the dead once they are half of it, so the solves of an
    // engine run cost what the live flows cost.
    dead_usages_ += var_begin_[variable + 1] - var_begin_[variable];
    if (2 * dead_usages_ > static_cast<std::int64_t>(cons_vars_.size())) transpose_valid_ = false;
  }
  live_[variable] = 0;
  value_[variable] = 0.0;
}

void MaxMinSolver::restore_variable(int variable) {
  if (live_[variable]) return;
  live_[variable] = 1;
  transpose_valid_ = false;
}

std::span<const int> MaxMinSolver::constraints_of(int variable) const {
  return {var_cons_.data() + var_begin_[variable],
          static_cast<std::size_t>(var_begin_[variable + 1] - var_begin_[variable])};
}

double MaxMinSolver::usage(int constraint) const {
  double sum = 0.0;
  const int n = variable_count();
  if (transpose_valid_) {
    for (auto k = cons_begin_[constraint]; k < cons_begin_[constraint + 1]; ++k) {
      sum += (cons_coef_.empty() ? 1.0 : cons_coef_[k]) * value_[cons_vars_[k]];
    }
    return sum;
  }
  for (int v = 0; v < n; ++v) {
    const auto cons = constraints_of(v);
    for (std::size_t k = 0; k < cons.size(); ++k) {
      if (cons[k] == constraint) sum += coefficient(v, static_cast<int>(k)) * value_[v];
    }
  }
  return sum;
}

void MaxMinSolver::build_transpose() {
  if (transpose_valid_) return;
  const int nc = constraint_count();
  const int nv = variable_count();
  cons_begin_.assign(static_cast<std::size_t>(nc) + 1, 0);
  for (int v = 0; v < nv; ++v) {
    if (!live_[v]) continue;
    for (auto k = var_begin_[v]; k < var_begin_[v + 1]; ++k) ++cons_begin_[var_cons_[k] + 1];
  }
  for (int c = 0; c < nc; ++c) cons_begin_[c + 1] += cons_begin_[c];
  cons_vars_.resize(static_cast<std::size_t>(cons_begin_[nc]));
  cons_coef_.resize(var_coef_.empty() ? 0 : cons_vars_.size());
  std::vector<std::int64_t> fill(cons_begin_.begin(), cons_begin_.end() - 1);
  for (int v = 0; v < nv; ++v) {
    if (!live_[v]) continue;
    for (auto k = var_begin_[v]; k < var_begin_[v + 1]; ++k) {
      const std::int64_t at = fill[var_cons_[k]]++;
      cons_vars_[at] = v;
      if (!var_coef_.empty()) cons_coef_[at] = var_coef_[k];
    }
  }
  dead_usages_ = 0;
  transpose_valid_ = true;
}

namespace {

// A constraint in the heap with the saturation level it had when pushed.
struct HeapEntry {
  double level;
  int constraint;
  // Orders the max-heap as a min-heap on level, then constraint index (determinism).
  bool operator<(const HeapEntry& o) const {
    if (level != o.level) return level > o.level;
    return constraint > o.constraint;
  }
};

}  // namespace

void MaxMinSolver::solve() {
  build_transpose();
  const int nc = constraint_count();
  const int nv = variable_count();

  // Working arrays kept per thread between solves (their storage only; every solve fills them
  // afresh), so a solve allocates nothing once they have grown. solve() never nests.
  thread_local std::vector<double> remaining;
  thread_local std::vector<double> weight_sum;
  thread_local std::vector<std::int32_t> unfrozen;
  thread_local std::vector<std::uint8_t> frozen;
  thread_local std::vector<std::pair<double, int>> bounded;  // (limit / weight, v), ascending
  thread_local std::vector<double> limit;  // bound, tightened by single-variable constraints
  remaining.assign(capacity_.begin(), capacity_.end());
  weight_sum.assign(static_cast<std::size_t>(nc), 0.0);
  unfrozen.assign(static_cast<std::size_t>(nc), 0);
  frozen.assign(static_cast<std::size_t>(nv), 0);
  bounded.clear();
  limit.assign(static_cast<std::size_t>(nv), kUnbounded);

  for (int v = 0; v < nv; ++v) {
    value_[v] = 0.0;
    if (!live_[v]) {
      frozen[v] = 1;
      continue;
    }
    const auto cons = constraints_of(v);
    if (cons.empty()) {
      value_[v] = bound_[v];
      frozen[v] = 1;
      continue;
    }
    limit[v] = bound_[v];
    for (std::size_t k = 0; k < cons.size(); ++k) {
      weight_sum[cons[k]] += coefficient(v, static_cast<int>(k)) * weight_[v];
      ++unfrozen[cons[k]];
    }
  }
  // A constraint crossed by one live variable saturates exactly when that variable reaches the
  // capacity: it is a bound, and is handled as one (NICs and uncontended links mostly are), which
  // keeps it out of the heap.
  thread_local std::vector<std::uint8_t> folded;
  folded.assign(static_cast<std::size_t>(nc), 0);
  for (int c = 0; c < nc; ++c) {
    if (unfrozen[c] != 1) continue;
    for (auto k = cons_begin_[c]; k < cons_begin_[c + 1]; ++k) {
      const int v = cons_vars_[k];
      if (live_[v]) {
        limit[v] = std::min(limit[v], capacity_[c] / (cons_coef_.empty() ? 1.0 : cons_coef_[k]));
        folded[c] = 1;
        break;
      }
    }
  }
  for (int v = 0; v < nv; ++v) {
    if (!frozen[v] && limit[v] != kUnbounded) bounded.push_back({limit[v] / weight_[v], v});
  }
  std::sort(bounded.begin(), bounded.end());

  // Freezing a variable at the current level L on an unsaturated constraint (level R/W >= L)
  // gives it level (R - wL)/(W - w) >= R/W: levels only rise. So a heap entry's level is a lower
  // bound of its constraint's true level, and a constraint is re-keyed only when it reaches the
  // top with a stale level, not at every freeze that touches it.
  double level = 0.0;
  auto current = [&](int c) { return std::max(level, remaining[c] / weight_sum[c]); };
  // A max-heap on std::less<HeapEntry> (the top is the lowest level), as std::priority_queue.
  thread_local std::vector<HeapEntry> heap;
  heap.clear();
  for (int c = 0; c < nc; ++c) {
    if (unfrozen[c] > 0 && !folded[c]) heap.push_back({remaining[c] / weight_sum[c], c});
  }
  const std::less<HeapEntry> order;
  std::make_heap(heap.begin(), heap.end(), order);
  auto pop = [&] {
    std::pop_heap(heap.begin(), heap.end(), order);
    heap.pop_back();
  };

  // Freezes v at `val`, taking it out of the constraints it crosses.
  auto freeze = [&](int v, double val) {
    frozen[v] = 1;
    value_[v] = val;
    const auto cons = constraints_of(v);
    for (std::size_t k = 0; k < cons.size(); ++k) {
      const double a = coefficient(v, static_cast<int>(k));
      remaining[cons[k]] -= a * val;
      weight_sum[cons[k]] -= a * weight_[v];
      --unfrozen[cons[k]];
    }
  };

  constexpr double kRelativeTolerance = 1e-12;
  std::size_t next_bound = 0;
  while (true) {
    // The lowest constraint level: pop entries of constraints with nothing left to freeze, and
    // re-push those whose level rose since they were pushed.
    double constraint_level = kUnbounded;
    while (!heap.empty()) {
      const HeapEntry top = heap.front();
      if (unfrozen[top.constraint] == 0) {
        pop();
        continue;
      }
      const double now = current(top.constraint);
      if (now > top.level * (1 + kRelativeTolerance)) {
        pop();
        heap.push_back({now, top.constraint});
        std::push_heap(heap.begin(), heap.end(), order);
        continue;
      }
      constraint_level = now;
      break;
    }
    while (next_bound < bounded.size() && frozen[bounded[next_bound].second]) ++next_bound;
    const double bound_level = next_bound < bounded.size() ? bounded[next_bound].first : kUnbounded;
    if (constraint_level == kUnbounded && bound_level == kUnbounded) break;
    if (bound_level <= constraint_level) {
      level = std::max(level, bound_level);
      const int v = bounded[next_bound++].second;
      freeze(v, limit[v]);
    } else {
      const int c = heap.front().constraint;
      pop();
      level = std::max(level, constraint_level);
      for (auto k = cons_begin_[c]; k < cons_begin_[c + 1]; ++k) {
        const int v = cons_vars_[k];
        if (!frozen[v]) freeze(v, weight_[v] * level);
      }
    }
  }
}

}  // namespace colossus
