// MaxMinSolver on systems solved by hand (the expected rates and why are in each test), plus
// random systems checked against the definition of max-min fairness: every allocation is
// feasible, and every variable is either at its bound or crosses a saturated constraint on which
// no other variable has a larger value per weight (its bottleneck).
#include "colossus/network/maxmin_solver.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "colossus/core/random.h"

namespace colossus {
namespace {

TEST(MaxMinSolver, SingleLinkSharedEqually) {
  // Three flows on one link of capacity 12: fairness gives each 12 / 3 = 4.
  MaxMinSolver s;
  const int link = s.add_constraint(12.0);
  const int a = s.add_variable(std::vector<int>{link});
  const int b = s.add_variable(std::vector<int>{link});
  const int c = s.add_variable(std::vector<int>{link});
  s.solve();
  EXPECT_DOUBLE_EQ(s.value(a), 4.0);
  EXPECT_DOUBLE_EQ(s.value(b), 4.0);
  EXPECT_DOUBLE_EQ(s.value(c), 4.0);
  EXPECT_DOUBLE_EQ(s.usage(link), 12.0);
}

TEST(MaxMinSolver, ParkingLotEqualLinks) {
  // The classic parking lot: flow A crosses links 1 and 2 (capacity 1 each), B only link 1, C
  // only link 2. Both links saturate at level 1/2, so all three get 0.5 (not A = 1/3 as
  // proportional fairness would give, nor A = 0 as throughput maximisation would).
  MaxMinSolver s;
  const int l1 = s.add_constraint(1.0);
  const int l2 = s.add_constraint(1.0);
  const int a = s.add_variable(std::vector<int>{l1, l2});
  const int b = s.add_variable(std::vector<int>{l1});
  const int c = s.add_variable(std::vector<int>{l2});
  s.solve();
  EXPECT_DOUBLE_EQ(s.value(a), 0.5);
  EXPECT_DOUBLE_EQ(s.value(b), 0.5);
  EXPECT_DOUBLE_EQ(s.value(c), 0.5);
}

TEST(MaxMinSolver, ParkingLotUnequalLinks) {
  // Link 1 has capacity 1, link 2 capacity 2. Link 1 (A and B) saturates first at level 1/2,
  // freezing A = B = 0.5; link 2 has 2 - 0.5 = 1.5 left, all of which goes to C.
  MaxMinSolver s;
  const int l1 = s.add_constraint(1.0);
  const int l2 = s.add_constraint(2.0);
  const int a = s.add_variable(std::vector<int>{l1, l2});
  const int b = s.add_variable(std::vector<int>{l1});
  const int c = s.add_variable(std::vector<int>{l2});
  s.solve();
  EXPECT_DOUBLE_EQ(s.value(a), 0.5);
  EXPECT_DOUBLE_EQ(s.value(b), 0.5);
  EXPECT_DOUBLE_EQ(s.value(c), 1.5);
  EXPECT_DOUBLE_EQ(s.usage(l2), 2.0);
}

TEST(MaxMinSolver, BoundedVariableLeavesTheRestToOthers) {
  // Capacity 10, two flows; one cannot go faster than 2 (its bound is reached at level 2, below
  // the link's fair share 5), so the other takes the remaining 8.
  MaxMinSolver s;
  const int link = s.add_constraint(10.0);
  const int slow = s.add_variable(std::vector<int>{link}, 1.0, 2.0);
  const int fast = s.add_variable(std::vector<int>{link});
  s.solve();
  EXPECT_DOUBLE_EQ(s.value(slow), 2.0);
  EXPECT_DOUBLE_EQ(s.value(fast), 8.0);
}

TEST(MaxMinSolver, LooseBoundDoesNotBind) {
  // A bound of 7 above the fair share 5 changes nothing: both get 5.
  MaxMinSolver s;
  const int link = s.add_constraint(10.0);
  const int a = s.add_variable(std::vector<int>{link}, 1.0, 7.0);
  const int b = s.add_variable(std::vector<int>{link});
  s.solve();
  EXPECT_DOUBLE_EQ(s.value(a), 5.0);
  EXPECT_DOUBLE_EQ(s.value(b), 5.0);
}

TEST(MaxMinSolver, WeightsSplitInProportion) {
  // Weights 1 and 2 on capacity 9: values are w x level with 1L + 2L = 9, so L = 3: 3 and 6.
  MaxMinSolver s;
  const int link = s.add_constraint(9.0);
  const int a = s.add_variable(std::vector<int>{link}, 1.0);
  const int b = s.add_variable(std::vector<int>{link}, 2.0);
  s.solve();
  EXPECT_DOUBLE_EQ(s.value(a), 3.0);
  EXPECT_DOUBLE_EQ(s.value(b), 6.0);
}

TEST(MaxMinSolver, UnconstrainedVariableTakesItsBound) {
  // A flow on a path with no constraint is limited only by its bound; without one, it is
  // unbounded.
  MaxMinSolver s;
  const int bounded = s.add_variable({}, 1.0, 5.0);
  const int free = s.add_variable({});
  s.solve();
  EXPECT_DOUBLE_EQ(s.value(bounded), 5.0);
  EXPECT_TRUE(std::isinf(s.value(free)));
}

TEST(MaxMinSolver, RemovedVariableFreesItsShare) {
  // Two flows share 10 (5 each); once one is removed the other gets all 10.
  MaxMinSolver s;
  const int link = s.add_constraint(10.0);
  const int a = s.add_variable(std::vector<int>{link});
  const int b = s.add_variable(std::vector<int>{link});
  s.solve();
  EXPECT_DOUBLE_EQ(s.value(a), 5.0);
  s.remove_variable(a);
  s.solve();
  EXPECT_DOUBLE_EQ(s.value(a), 0.0);
  EXPECT_DOUBLE_EQ(s.value(b), 10.0);
}

TEST(MaxMinSolver, ZeroCapacityGivesZero) {
  // A dead link (capacity 0) saturates at level 0; a flow crossing it gets 0 and the flow
  // sharing its other link gets all of that one.
  MaxMinSolver s;
  const int dead = s.add_constraint(0.0);
  const int ok = s.add_constraint(4.0);
  const int a = s.add_variable(std::vector<int>{dead, ok});
  const int b = s.add_variable(std::vector<int>{ok});
  s.solve();
  EXPECT_DOUBLE_EQ(s.value(a), 0.0);
  EXPECT_DOUBLE_EQ(s.value(b), 4.0);
}

TEST(MaxMinSolver, RejectsBadInput) {
  MaxMinSolver s;
  EXPECT_THROW(s.add_constraint(-1.0), std::invalid_argument);
  const int link = s.add_constraint(1.0);
  EXPECT_THROW(s.add_variable(std::vector<int>{link}, 0.0), std::invalid_argument);
  EXPECT_THROW(s.add_variable(std::vector<int>{link + 1}), std::invalid_argument);
  EXPECT_THROW(s.add_variable(std::vector<int>{link}, 1.0, -2.0), std::invalid_argument);
}

TEST(MaxMinSolver, RandomSystemsAreMaxMinFair) {
  // 50 random systems: 30 constraints, 200 variables each crossing 1-4 constraints, random
  // weights and some bounds. Every variable must be at its bound or have a bottleneck: a
  // saturated constraint on which its value / weight is the largest.
  Random rng(42);
  for (int trial = 0; trial < 50; ++trial) {
    MaxMinSolver s;
    const int nc = 30;
    for (int c = 0; c < nc; ++c) s.add_constraint(1.0 + 9.0 * rng.uniform());
    std::vector<double> weight;
    std::vector<double> bound;
    for (int v = 0; v < 200; ++v) {
      std::vector<int> cons;
      const int k = 1 + static_cast<int>(rng.below(4));
      while (static_cast<int>(cons.size()) < k) {
        const int c = static_cast<int>(rng.below(nc));
        if (std::find(cons.begin(), cons.end(), c) == cons.end()) cons.push_back(c);
      }
      const double w = 0.5 + 2.0 * rng.uniform();
      const double b = rng.uniform() < 0.2 ? 0.2 * rng.uniform() : MaxMinSolver::kUnbounded;
      weight.push_back(w);
      bound.push_back(b);
      s.add_variable(cons, w, b);
    }
    s.solve();
    std::vector<double> use(nc, 0.0);
    std::vector<double> max_share(nc, 0.0);
    for (int v = 0; v < s.variable_count(); ++v) {
      for (int c : s.constraints_of(v)) {
        use[c] += s.value(v);
        max_share[c] = std::max(max_share[c], s.value(v) / weight[v]);
      }
    }
    for (int c = 0; c < nc; ++c) {
      EXPECT_LE(use[c], s.capacity(c) * (1 + 1e-9)) << "constraint " << c << " overfull";
    }
    for (int v = 0; v < s.variable_count(); ++v) {
      EXPECT_LE(s.value(v), bound[v] * (1 + 1e-12));
      if (s.value(v) >= bound[v] * (1 - 1e-9)) continue;
      bool has_bottleneck = false;
      for (int c : s.constraints_of(v)) {
        const bool saturated = use[c] >= s.capacity(c) * (1 - 1e-9);
        const bool largest = s.value(v) / weight[v] >= max_share[c] * (1 - 1e-9);
        has_bottleneck = has_bottleneck || (saturated && largest);
      }
      EXPECT_TRUE(has_bottleneck) << "trial " << trial << " variable " << v;
    }
  }
}

// Textbook progressive filling, O(variables x constraints) per level: raise every unfrozen
// variable to weight x L for the lowest L at which a constraint fills or a bound is reached,
// freeze what that event freezes, repeat.
std::vector<double> reference_max_min(const std::vector<double>& capacity,
                                      const std::vector<std::vector<int>>& crossing,
                                      const std::vector<double>& weight,
                                      const std::vector<double>& bound) {
  const std::size_t nv = crossing.size();
  std::vector<double> value(nv, 0.0);
  std::vector<bool> frozen(nv, false);
  while (true) {
    std::vector<double> used(capacity.size(), 0.0), open_weight(capacity.size(), 0.0);
    for (std::size_t v = 0; v < nv; ++v) {
      for (int c : crossing[v]) {
        if (frozen[v]) {
          used[c] += value[v];
        } else {
          open_weight[c] += weight[v];
        }
      }
    }
    double level = MaxMinSolver::kUnbounded;
    for (std::size_t c = 0; c < capacity.size(); ++c) {
      if (open_weight[c] > 0) level = std::min(level, (capacity[c] - used[c]) / open_weight[c]);
    }
    for (std::size_t v = 0; v < nv; ++v) {
      if (!frozen[v]) level = std::min(level, bound[v] / weight[v]);
    }
    if (level == MaxMinSolver::kUnbounded) break;
    bool any = false;
    for (std::size_t v = 0; v < nv; ++v) {
      if (frozen[v]) continue;
      bool stop = bound[v] / weight[v] <= level * (1 + 1e-12);
      for (int c : crossing[v]) {
        stop = stop || (capacity[c] - used[c]) / open_weight[c] <= level * (1 + 1e-12);
      }
      if (stop) {
        value[v] = std::min(bound[v], weight[v] * level);
        frozen[v] = true;
        any = true;
      }
    }
    if (!any) break;
  }
  return value;
}

TEST(MaxMinSolver, SparseRandomSystemsMatchTextbookFilling) {
  // 40 sparse systems (120 constraints, 60 variables on 1-3 of them), where many constraints
  // are crossed by a single variable (the solver turns those into bounds): the solver must give
  // the same values as the textbook algorithm above.
  Random rng(7);
  for (int trial = 0; trial < 40; ++trial) {
    std::vector<double> capacity(120);
    MaxMinSolver solver;
    for (double& cap : capacity) {
      cap = 1.0 + 9.0 * rng.uniform();
      solver.add_constraint(cap);
    }
    std::vector<std::vector<int>> crossing;
    std::vector<double> weight, bound;
    for (int v = 0; v < 60; ++v) {
      std::vector<int> cons;
      const int k = 1 + static_cast<int>(rng.below(3));
      while (static_cast<int>(cons.size()) < k) {
        const int c = static_cast<int>(rng.below(120));
        if (std::find(cons.begin(), cons.end(), c) == cons.end()) cons.push_back(c);
      }
      weight.push_back(rng.uniform() < 0.5 ? 1.0 : 2.0);
      bound.push_back(rng.uniform() < 0.2 ? 3.0 * rng.uniform() : MaxMinSolver::kUnbounded);
      crossing.push_back(cons);
      solver.add_variable(cons, weight.back(), bound.back());
    }
    solver.solve();
    const std::vector<double> expected = reference_max_min(capacity, crossing, weight, bound);
    for (int v = 0; v < 60; ++v) {
      EXPECT_NEAR(solver.value(v), expected[v], 1e-9 * expected[v]) << "trial " << trial;
    }
  }
}

// The solver as it was before it kept its live variables: a full pass over every variable and
// constraint (a transpose of all live variables, every constraint reset, the heap built from all
// loaded constraints in ascending order). The incremental solver must give the same values bit
// for bit: it does the same floating-point operations in the same order.
std::vector<double> full_pass_max_min(const std::vector<double>& capacity,
                                      const std::vector<std::vector<int>>& crossing,
                                      const std::vector<std::vector<double>>& coef,
                                      const std::vector<double>& weight,
                                      const std::vector<double>& bound,
                                      const std::vector<bool>& live) {
  constexpr double kInf = MaxMinSolver::kUnbounded;
  const int nc = static_cast<int>(capacity.size());
  const int nv = static_cast<int>(weight.size());
  std::vector<std::vector<std::pair<int, double>>> on(static_cast<std::size_t>(nc));
  for (int v = 0; v < nv; ++v) {
    if (!live[v]) continue;
    for (std::size_t k = 0; k < crossing[v].size(); ++k)
      on[crossing[v][k]].push_back({v, coef[v][k]});
  }
  std::vector<double> remaining = capacity, weight_sum(nc, 0.0), value(nv, 0.0), limit(nv, kInf);
  std::vector<int> unfrozen(nc, 0);
  std::vector<char> frozen(nv, 0), folded(nc, 0);
  for (int v = 0; v < nv; ++v) {
    if (!live[v]) {
      frozen[v] = 1;
      continue;
    }
    if (crossing[v].empty()) {
      value[v] = bound[v];
      frozen[v] = 1;
      continue;
    }
    limit[v] = bound[v];
    for (std::size_t k = 0; k < crossing[v].size(); ++k) {
      weight_sum[crossing[v][k]] += coef[v][k] * weight[v];
      ++unfrozen[crossing[v][k]];
    }
  }
  for (int c = 0; c < nc; ++c) {
    if (unfrozen[c] != 1) continue;
    const auto [v, a] = on[c].front();
    limit[v] = std::min(limit[v], capacity[c] / a);
    folded[c] = 1;
  }
  std::vector<std::pair<double, int>> bounded;
  for (int v = 0; v < nv; ++v) {
    if (!frozen[v] && limit[v] != kInf) bounded.push_back({limit[v] / weight[v], v});
  }
  std::sort(bounded.begin(), bounded.end());
  struct Entry {
    double level;
    int constraint;
    bool operator<(const Entry& o) const {
      if (level != o.level) return level > o.level;
      return constraint > o.constraint;
    }
  };
  double level = 0.0;
  std::vector<Entry> heap;
  for (int c = 0; c < nc; ++c) {
    if (unfrozen[c] > 0 && !folded[c]) heap.push_back({remaining[c] / weight_sum[c], c});
  }
  std::make_heap(heap.begin(), heap.end());
  auto pop = [&] {
    std::pop_heap(heap.begin(), heap.end());
    heap.pop_back();
  };
  auto freeze = [&](int v, double val) {
    frozen[v] = 1;
    value[v] = val;
    for (std::size_t k = 0; k < crossing[v].size(); ++k) {
      remaining[crossing[v][k]] -= coef[v][k] * val;
      weight_sum[crossing[v][k]] -= coef[v][k] * weight[v];
      --unfrozen[crossing[v][k]];
    }
  };
  std::size_t next_bound = 0;
  while (true) {
    double constraint_level = kInf;
    while (!heap.empty()) {
      const Entry top = heap.front();
      if (unfrozen[top.constraint] == 0) {
        pop();
        continue;
      }
      const double now = std::max(level, remaining[top.constraint] / weight_sum[top.constraint]);
      if (now > top.level * (1 + 1e-12)) {
        pop();
        heap.push_back({now, top.constraint});
        std::push_heap(heap.begin(), heap.end());
        continue;
      }
      constraint_level = now;
      break;
    }
    while (next_bound < bounded.size() && frozen[bounded[next_bound].second]) ++next_bound;
    const double bound_level = next_bound < bounded.size() ? bounded[next_bound].first : kInf;
    if (constraint_level == kInf && bound_level == kInf) break;
    if (bound_level <= constraint_level) {
      level = std::max(level, bound_level);
      const int v = bounded[next_bound++].second;
      freeze(v, limit[v]);
    } else {
      const int c = heap.front().constraint;
      pop();
      level = std::max(level, constraint_level);
      for (const auto& [v, a] : on[c]) {
        if (!frozen[v]) freeze(v, weight[v] * level);
      }
    }
  }
  return value;
}

TEST(MaxMinSolver, FewLiveVariablesSolveBitForBitAsAFullPass) {
  // Systems of 600 constraints and 400 variables (a few with coefficients, some with no
  // constraint, some sharing their rows and many constraints their capacity, so levels tie and
  // the heap's order matters), of which a handful to a few dozen are
  // live at a time: variables are removed and restored at random between solves, and every solve
  // must give exactly the values of a full pass over the whole system.
  Random rng(11);
  for (int trial = 0; trial < 6; ++trial) {
    const bool with_coefficients = trial % 2 == 1;
    MaxMinSolver s;
    std::vector<double> capacity(600);
    for (std::size_t c = 0; c < capacity.size(); ++c) {
      // Some dead links, many of a few common capacities (so levels tie), the rest random.
      const double u = rng.uniform();
      capacity[c] = c % 97 == 0 ? 0.0
                    : u < 0.6   ? 3.0 * (1.0 + static_cast<double>(rng.below(3)))
                                : 1.0 + 9.0 * rng.uniform();
      s.add_constraint(capacity[c]);
    }
    std::vector<std::vector<int>> crossing;
    std::vector<std::vector<double>> coef;
    std::vector<double> weight, bound;
    std::vector<bool> live;
    for (int v = 0; v < 400; ++v) {
      std::vector<int> cons;
      std::vector<double> a;
      if (v > 0 && rng.uniform() < 0.2) {
        cons = crossing[rng.below(static_cast<std::uint64_t>(v))];
      } else if (rng.uniform() > 0.03) {
        // Constraints from a narrow window, so live variables share some of them.
        const int base = static_cast<int>(rng.below(40)) * 15;
        const int k = 1 + static_cast<int>(rng.below(5));
        while (static_cast<int>(cons.size()) < k) {
          const int c = (base + static_cast<int>(rng.below(30))) % 600;
          if (std::find(cons.begin(), cons.end(), c) == cons.end()) cons.push_back(c);
        }
      }
      for (std::size_t k = 0; k < cons.size(); ++k) {
        a.push_back(with_coefficients && rng.uniform() < 0.5 ? 0.5 + 2.0 * rng.uniform() : 1.0);
      }
      weight.push_back(rng.uniform() < 0.7 ? 1.0 : 1.0 + static_cast<double>(rng.below(4)));
      bound.push_back(rng.uniform() < 0.25 ? 4.0 * rng.uniform() : MaxMinSolver::kUnbounded);
      crossing.push_back(cons);
      coef.push_back(a);
      if (with_coefficients) {
        s.add_variable(cons, a, weight.back(), bound.back());
      } else {
        s.add_variable(cons, weight.back(), bound.back());
      }
      live.push_back(true);
    }
    // Most variables go; then churn.
    for (int v = 0; v < 400; ++v) {
      if (rng.uniform() < 0.97) {
        s.remove_variable(v);
        live[v] = false;
      }
    }
    for (int round = 0; round < 300; ++round) {
      const int changes = 1 + static_cast<int>(rng.below(6));
      for (int n = 0; n < changes; ++n) {
        const int v = static_cast<int>(rng.below(400));
        if (live[v] && rng.uniform() < 0.6) {
          s.remove_variable(v);
          live[v] = false;
        } else {
          s.restore_variable(v);
          live[v] = true;
          // Removed and restored before a solve: the variable must be counted once.
          if (rng.uniform() < 0.1) {
            s.remove_variable(v);
            s.restore_variable(v);
          }
        }
      }
      s.solve();
      const std::vector<double> expected =
          full_pass_max_min(capacity, crossing, coef, weight, bound, live);
      for (int v = 0; v < 400; ++v) {
        ASSERT_EQ(s.value(v), expected[v]) << "trial " << trial << " round " << round << " v " << v;
        EXPECT_EQ(s.live(v), live[v]);
      }
    }
  }
}

}  // namespace
}  // namespace colossus
