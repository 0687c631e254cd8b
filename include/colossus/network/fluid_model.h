// The network on the event core (SimGrid's engine shape): an activity is a variable of one
// max-min system (a flow, a class of identical flows, or a whole traffic pattern) with an amount
// of work to do; activities start and end at any time, and between two events each progresses
// at its max-min fair rate. next_completion() says how long until the first running activity
// ends at the current rates (solving again only after a start or an end), advance(dt) moves
// every activity on by rate x dt and ends those whose work is done. The phase engine
// (network/engine.h) and the step's shared fabric (network/shared_fabric.h) both run on it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <utility>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/network/maxmin_solver.h"

namespace colossus {

// An activity that ended during advance(): its variable and when, from the advance's start.
struct Completion {
  int variable = 0;
  Seconds at{};
};

// Rates of a max-min system by the classes of its live variables, in ascending variable order.
// Variables of one class have identical rows (constraints, coefficients, weight, bound), and the
// solver's values depend on the live rows in variable order alone (never on the ids themselves),
// so equal keys have equal solutions, bit for bit. Past kMaxEntries the memo starts afresh.
// A flat open-addressing table (linear probing over twice kMaxEntries slots, so at most half
// full): a slot holds an entry's index, an entry its key's 64-bit hash and place in one array of
// key elements; a lookup hashes the key once and compares whole keys only on equal hashes.
class RateMemo {
 public:
  static constexpr std::size_t kMaxEntries = 1 << 14;
  // One solution: the running variables' rates, and what the model's owner derives from them
  // (the shared fabric: each loaded constraint's utilisation), filled on first use.
  struct Solution {
    std::vector<double> rates;
    std::vector<std::pair<int, double>> loads;
    bool loads_known = false;
  };
  // The solution stored for `key` (one class per live variable), or null.
  Solution* find(std::span<const int> key);
  // Stores a solution for `key` (replacing one stored before); the pointer stays valid until
  // the next store.
  Solution* store(std::span<const int> key, std::vector<double> rates);
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::uint64_t hash;
    std::uint32_t offset;  // of the key in keys_
    std::uint32_t length;
    Solution solution;
  };
  static constexpr std::size_t kSlots = 2 * kMaxEntries;  // a power of two
  static constexpr std::int32_t kEmpty = -1;
  static std::uint64_t hash(std::span<const int> key);
  // The slot holding `key`, or the empty slot where it would go.
  std::size_t slot(std::span<const int> key, std::uint64_t h) const;

  std::vector<std::int32_t> slots_;  // kSlots entry indices (kEmpty: free), once used
  std::vector<Entry> entries_;
  std::vector<int> keys_;  // every entry's key, one after another
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
  // stamped with its own completion offset (which may pass dt by the epsilon). The list is the
  // model's own buffer: valid until the next advance.
  const std::vector<Completion>& advance(Seconds dt);
  // The current rate and remaining work of a running activity.
  double rate(int variable);
  double remaining(int variable) const;
  // Solves done so far (those answered by the memo not counted).
  int solves() const { return solves_; }
  // Answers a solve from `memo` when the running variables' classes (class_of[variable]) were
  // solved before; both must outlive this model, class_of must cover every started variable, and
  // every live variable of the solver must be running (the key is the running ones).
  void memoize(const std::vector<int>* class_of, RateMemo* memo);
  // The memo's entry for the current rates (solving first if needed); null without a memo.
  RateMemo::Solution* solution();

 private:
  // Solves the system again if an activity started or ended since the last solve.
  void refresh();

  MaxMinSolver* solver_;
  double epsilon_;
  double tolerance_;
  std::vector<int> running_;       // variables, ascending
  std::vector<double> remaining_;  // per variable; NaN when not running
  std::vector<double> rate_;       // per variable: its rate at the last solve
  bool dirty_ = true;
  int solves_ = 0;
  const std::vector<int>* class_of_ = nullptr;
  RateMemo* memo_ = nullptr;
  RateMemo::Solution* solution_ = nullptr;  // the memo's entry of the current rates
  std::vector<int> key_;                    // the running variables' classes (scratch)
  std::vector<Completion> done_;            // the last advance's completions
  std::vector<int> still_;                  // the survivors of an advance (scratch)
};

}  // namespace colossus
