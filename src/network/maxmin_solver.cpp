// Progressive filling over CSR arrays. Each unfrozen variable v has value weight[v] x level.
// A constraint c with remaining capacity R (capacity minus coefficient x value of the frozen
// variables crossing it) and unfrozen weight W (sum of coefficient x weight) saturates at level
// R / W; the lowest such level, or the lowest bound / weight
// of an unfrozen variable, is the next event. Freezing variables changes R and W only on the
// constraints they cross, and only upwards, so heap entries are re-keyed lazily when they reach
// the top (see solve()). A solve works only on the live variables (kept ascending: removals
// linger until the next solve drops them, restorations are merged in) and the constraints they
// touch, stamped per solve, and visits them in the order a pass over every variable and
// constraint would, so its floating-point operations are the same whatever else the system holds.
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
  listed_.reserve(variables);
  live_list_.reserve(variables);
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
  // The highest index so far: live_list_ stays ascending.
  listed_.push_back(1);
  live_list_.push_back(static_cast<int>(weight_.size()) - 1);
  return static_cast<int>(weight_.size()) - 1;
}

void MaxMinSolver::remove_variable(int variable) {
  // The variable stays in live_list_ until the next solve drops it.
  live_[variable] = 0;
  value_[variable] = 0.0;
}

void MaxMinSolver::restore_variable(int variable) {
  if (live_[variable]) return;
  live_[variable] = 1;
  if (!listed_[variable]) {
    listed_[variable] = 1;
    pending_.push_back(variable);
  }
}

std::span<const int> MaxMinSolver::constraints_of(int variable) const {
  return {var_cons_.data() + var_begin_[variable],
          static_cast<std::size_t>(var_begin_[variable + 1] - var_begin_[variable])};
}

double MaxMinSolver::usage(int constraint) const {
  double sum = 0.0;
  const int n = variable_count();
  for (int v = 0; v < n; ++v) {
    if (!live_[v]) continue;
    const auto cons = constraints_of(v);
    for (std::size_t k = 0; k < cons.size(); ++k) {
      if (cons[k] == constraint) sum += coefficient(v, static_cast<int>(k)) * value_[v];
    }
  }
  return sum;
}

void MaxMinSolver::collect_live() {
  // Keeps a list's live variables in their order, unlisting the others.
  auto keep_live = [&](std::vector<int>& list) {
    std::size_t n = 0;
    for (int v : list) {
      if (live_[v]) {
        list[n++] = v;
      } else {
        listed_[v] = 0;
      }
    }
    list.resize(n);
  };
  keep_live(live_list_);
  if (pending_.empty()) return;
  keep_live(pending_);
  std::sort(pending_.begin(), pending_.end());
  merged_.resize(live_list_.size() + pending_.size());
  std::merge(live_list_.begin(), live_list_.end(), pending_.begin(), pending_.end(),
             merged_.begin());
  live_list_.swap(merged_);
  pending_.clear();
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

// A constraint's state during a solve, valid when its stamp is the solve's epoch (touched);
// one crossed by a single live variable is folded into that variable's bound.
struct ConstraintWork {
  double remaining;       // capacity minus coefficient x value of the frozen variables crossing it
  double weight_sum;      // sum of coefficient x weight of its unfrozen variables
  std::int32_t unfrozen;  // its unfrozen variables
  std::uint32_t stamp;    // the epoch of the last solve that touched it
  std::int32_t begin;     // its live variables' place in the solve's transpose
  std::int32_t fill;      // where its next live variable goes in the transpose (its end after)
};

}  // namespace

void MaxMinSolver::solve() {
  collect_live();
  const int nc = constraint_count();
  const auto nl = static_cast<std::int32_t>(live_list_.size());
  const int* const live = live_list_.data();

  // Working arrays kept per thread between solves (their storage only), so a solve allocates
  // nothing once they have grown. solve() never nests. Per-constraint state is valid only for
  // the constraints touched by this solve (stamped with its epoch); per-variable state is
  // indexed by the variable's place i in the live list (ascending, so i orders as the ids do).
  thread_local std::vector<ConstraintWork> work;
  thread_local std::uint32_t epoch = 0;
  thread_local std::vector<int> touched;          // this solve's constraints, then the heap's
  thread_local std::vector<std::uint8_t> frozen;  // per live variable
  thread_local std::vector<double> limit;         // per live variable: bound, tightened by folding
  thread_local std::vector<std::pair<double, std::int32_t>> bounded;  // (limit / weight, i)
  thread_local std::vector<std::int32_t> cons_vars;  // heap constraints -> their live variables
  if (work.size() < static_cast<std::size_t>(nc)) {
    work.resize(static_cast<std::size_t>(nc), ConstraintWork{0.0, 0.0, 0, 0, 0, 0});
  }
  if (++epoch == 0) {
    for (ConstraintWork& w : work) w.stamp = 0;
    epoch = 1;
  }
  touched.clear();
  frozen.assign(static_cast<std::size_t>(nl), 0);
  limit.assign(static_cast<std::size_t>(nl), kUnbounded);
  bounded.clear();

  // Each live variable's share of the constraints it crosses, in ascending variable order (the
  // order of the sums of a full pass over all variables).
  for (std::int32_t i = 0; i < nl; ++i) {
    const int v = live[i];
    value_[v] = 0.0;
    const auto cons = constraints_of(v);
    if (cons.empty()) {
      value_[v] = bound_[v];
      frozen[i] = 1;
      continue;
    }
    limit[i] = bound_[v];
    for (std::size_t k = 0; k < cons.size(); ++k) {
      ConstraintWork& w = work[cons[k]];
      if (w.stamp != epoch) {
        w = ConstraintWork{capacity_[cons[k]], 0.0, 0, epoch, 0, 0};
        touched.push_back(cons[k]);
      }
      w.weight_sum += coefficient(v, static_cast<int>(k)) * weight_[v];
      ++w.unfrozen;
    }
  }
  // A constraint crossed by one live variable saturates exactly when that variable reaches the
  // capacity: it is a bound, and is handled as one (NICs and uncontended links mostly are), which
  // keeps it out of the heap. The others go in the heap, in ascending order (the order a full
  // pass pushes them in, so make_heap arranges the same heap), each with its live variables in
  // ascending order.
  std::size_t shared = 0;
  std::int32_t at = 0;
  for (int c : touched) {
    ConstraintWork& w = work[c];
    if (w.unfrozen == 1) continue;
    w.begin = w.fill = at;
    at += w.unfrozen;
    touched[shared++] = c;
  }
  touched.resize(shared);
  std::sort(touched.begin(), touched.end());
  cons_vars.resize(static_cast<std::size_t>(at));
  // (std::min of a variable's capacities is the same in any order.)
  for (std::int32_t i = 0; i < nl; ++i) {
    const int v = live[i];
    const auto cons = constraints_of(v);
    for (std::size_t k = 0; k < cons.size(); ++k) {
      ConstraintWork& w = work[cons[k]];
      if (w.unfrozen == 1) {
        limit[i] = std::min(limit[i], capacity_[cons[k]] / coefficient(v, static_cast<int>(k)));
      } else {
        cons_vars[static_cast<std::size_t>(w.fill++)] = i;
      }
    }
  }
  for (std::int32_t i = 0; i < nl; ++i) {
    if (!frozen[i] && limit[i] != kUnbounded) bounded.push_back({limit[i] / weight_[live[i]], i});
  }
  std::sort(bounded.begin(), bounded.end());

  // Freezing a variable at the current level L on an unsaturated constraint (level R/W >= L)
  // gives it level (R - wL)/(W - w) >= R/W: levels only rise. So a heap entry's level is a lower
  // bound of its constraint's true level, and a constraint is re-keyed only when it reaches the
  // top with a stale level, not at every freeze that touches it.
  double level = 0.0;
  auto current = [&](int c) { return std::max(level, work[c].remaining / work[c].weight_sum); };
  // A max-heap on std::less<HeapEntry> (the top is the lowest level), as std::priority_queue.
  thread_local std::vector<HeapEntry> heap;
  heap.clear();
  for (int c : touched) heap.push_back({work[c].remaining / work[c].weight_sum, c});
  const std::less<HeapEntry> order;
  std::make_heap(heap.begin(), heap.end(), order);
  auto pop = [&] {
    std::pop_heap(heap.begin(), heap.end(), order);
    heap.pop_back();
  };

  // Freezes the i-th live variable at `val`, taking it out of the constraints it crosses.
  auto freeze = [&](std::int32_t i, double val) {
    const int v = live[i];
    frozen[i] = 1;
    value_[v] = val;
    const auto cons = constraints_of(v);
    for (std::size_t k = 0; k < cons.size(); ++k) {
      const double a = coefficient(v, static_cast<int>(k));
      ConstraintWork& w = work[cons[k]];
      w.remaining -= a * val;
      w.weight_sum -= a * weight_[v];
      --w.unfrozen;
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
      if (work[top.constraint].unfrozen == 0) {
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
      const std::int32_t i = bounded[next_bound++].second;
      freeze(i, limit[i]);
    } else {
      const int c = heap.front().constraint;
      pop();
      level = std::max(level, constraint_level);
      const ConstraintWork& w = work[c];
      for (std::int32_t k = w.begin; k < w.fill; ++k) {
        const std::int32_t i = cons_vars[static_cast<std::size_t>(k)];
        if (!frozen[i]) freeze(i, weight_[live[i]] * level);
      }
    }
  }
}

}  // namespace colossus
