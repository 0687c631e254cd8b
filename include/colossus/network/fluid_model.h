// The network on the event core (SimGrid's engine shape): an activity is a variable of one
// max-min system (a flow, a class of identical flows, or a whole traffic pattern) with an amount
// of work to do; activities start and end at any time, and between two events each progresses
// at its max-min fair rate. next_completion() says how long until the first running activity
// ends at the current rates (solving again only after a start or an end), advance(dt) moves
// every activity on by rate x dt and ends those whose work is done. The phase engine
// (network/engine.h) and the step's shared fabric (network/shared_fabric.h) both run on it.
#pragma once

#include <bit>
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
// full): a 32-bit slot holds an entry's index and a tag (high bits of its key's hash), so a probe
// past another key reads no entry; an entry holds its place in one array where each entry's
// rates and key lie side by side, so a hit reads the slot, the entry and one block.
class RateMemo {
 public:
  static constexpr std::size_t kMaxEntries = 1 << 14;
  // One solution: the running variables' rates, and what the model's owner derives from them
  // (the shared fabric: each loaded constraint's utilisation), filled on first use.
  struct Solution {
    std::span<const double> rates;  // in the memo's storage: valid until the next store
    std::vector<std::pair<int, double>> loads;
    bool loads_known = false;
  };
  // The solution stored for `key` (one class per live variable), or null.
  Solution* find(std::span<const int> key);
  // Stores a copy of `rates` as the solution for `key` (replacing one stored before); the
  // pointer stays valid until the next store.
  Solution* store(std::span<const int> key, std::span<const double> rates);
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::uint32_t offset;  // of its rates in data_, its key following them
    std::uint32_t rate_count;
    std::uint32_t length;  // of its key
    Solution solution;
  };
  static constexpr std::size_t kSlots = 2 * kMaxEntries;  // a power of two
  // A slot's low kIndexBits hold its entry's index + 1 (0: a free slot), the others the tag.
  static constexpr int kIndexBits = std::bit_width(kMaxEntries);
  static constexpr std::uint32_t kIndexMask = (std::uint32_t{1} << kIndexBits) - 1;
  static_assert(kIndexBits <= 24, "a slot keeps at least 8 bits of tag");
  static constexpr std::uint32_t kEmpty = 0;
  static std::uint64_t hash(std::span<const int> key);
  static std::uint32_t tag(std::uint64_t h) {
    return static_cast<std::uint32_t>(h >> 32) & ~kIndexMask;
  }
  // The slot holding `key`, or the empty slot where it would go.
  std::size_t slot(std::span<const int> key, std::uint64_t h) const;
  // Whether entry e's key is `key`.
  bool holds(const Entry& e, std::span<const int> key) const;
  // Points e's solution at its rates (data_ may have moved since).
  Solution* solution(Entry& e);

  std::vector<std::uint32_t> slots_;  // kSlots tagged entry indices, once used
  std::vector<Entry> entries_;
  // Each entry's rates, then its key's elements packed two to a double's place.
  std::vector<double> data_;
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
  bool next_known_ = false;  // next_ is next_completion() at the current rates and work
  double next_ = kNever;
  int solves_ = 0;
  const std::vector<int>* class_of_ = nullptr;
  RateMemo* memo_ = nullptr;
  RateMemo::Solution* solution_ = nullptr;  // the memo's entry of the current rates
  std::vector<int> key_;                    // the running variables' classes (scratch)
  std::vector<double> rates_;               // the running variables' rates (scratch)
  std::vector<Completion> done_;            // the last advance's completions
  std::vector<int> still_;                  // the survivors of an advance (scratch)
};

}  // namespace colossus
