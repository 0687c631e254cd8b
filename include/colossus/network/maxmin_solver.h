// The max-min fair sharing solver, math only (SimGrid's lmm solver in spirit): variables (flow
// rates, each with a weight and an optional upper bound) cross constraints (capacities), and
// progressive filling finds the weighted max-min fair allocation: every unfrozen variable grows
// as weight x level; a variable uses a constraint with a coefficient (1 for a flow on a link; the
// bytes/s per unit of progress for an aggregate activity), and when a constraint fills up
// (sum of coefficient x value = capacity), all of its variables freeze at that level;
// when a variable reaches its bound, it freezes alone; the level rises until all are frozen.
// It knows nothing of units, links or GPUs. The layout is built for 100k-300k variables and
// ~1M usages, of which a solve may see only a few live: usages in CSR arrays (variable ->
// constraints), the live variables kept in ascending order, and each solve touches only their
// constraints (a transpose of those, a min-heap of their saturation levels re-keyed lazily, as
// levels only rise, and bounds visited in sorted order), so a solve costs
// O(live usages x log constraints), whatever the size of the system.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace colossus {

class MaxMinSolver {
 public:
  static constexpr double kUnbounded = std::numeric_limits<double>::infinity();

  // Reserves room for `variables` variables with `usages` constraint crossings in all.
  void reserve(std::size_t variables, std::size_t usages);
  // Adds a constraint (a capacity >= 0 shared by the variables crossing it); returns its index.
  int add_constraint(double capacity);
  // Adds a variable crossing `constraints` (each at most once; coefficient 1) with a weight > 0
  // (its share relative to others) and an upper bound; returns its index.
  int add_variable(std::span<const int> constraints, double weight = 1.0,
                   double bound = kUnbounded);
  // The same with one coefficient > 0 per constraint: the variable uses coefficient x value of it.
  int add_variable(std::span<const int> constraints, std::span<const double> coefficients,
                   double weight = 1.0, double bound = kUnbounded);
  // Removes a variable from later solves (its value becomes 0); used when a flow finishes.
  void remove_variable(int variable);
  // Brings a removed variable back, with the constraints, weight and bound it had (a traffic
  // pattern's next transfer reuses its variable, so the system stays the size of what runs).
  void restore_variable(int variable);
  // Computes the max-min fair values of all live variables. A variable that crosses no
  // constraint takes its bound (infinity if unbounded).
  void solve();

  int variable_count() const { return static_cast<int>(weight_.size()); }
  int constraint_count() const { return static_cast<int>(capacity_.size()); }
  bool live(int variable) const { return live_[variable] != 0; }
  double capacity(int constraint) const { return capacity_[constraint]; }
  // The constraints a variable crosses.
  std::span<const int> constraints_of(int variable) const;
  // The value of a variable after the last solve().
  double value(int variable) const { return value_[variable]; }
  std::span<const double> values() const { return value_; }
  // The coefficient of the k-th constraint of a variable (1 unless given).
  double coefficient(int variable, int k) const {
    return var_coef_.empty() ? 1.0 : var_coef_[var_begin_[variable] + k];
  }
  // The sum of coefficient x value of the variables crossing a constraint after the last solve().
  double usage(int constraint) const;

 private:
  // Drops the removed variables from live_list_ and merges the restored ones in.
  void collect_live();

  // Constraints.
  std::vector<double> capacity_;
  // Variables, with their constraints in CSR form (var_begin_ has variable_count() + 1 entries).
  std::vector<double> weight_;
  std::vector<double> bound_;
  std::vector<std::uint8_t> live_;
  std::vector<std::int64_t> var_begin_{0};
  std::vector<int> var_cons_;
  std::vector<double> var_coef_;  // parallel to var_cons_; empty while every coefficient is 1
  // The live variables, ascending, as of the last solve (plus those added since; removed ones
  // linger until the next solve drops them), and those restored since, in any order.
  std::vector<int> live_list_;
  std::vector<int> pending_;
  std::vector<std::uint8_t> listed_;  // per variable: in live_list_ or pending_
  std::vector<int> merged_;           // scratch of collect_live()
  // Results.
  std::vector<double> value_;
};

}  // namespace colossus
