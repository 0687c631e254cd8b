// The event core: one time type, one queue, cancel by handle, run until a time. It knows
// nothing of GPUs, flows or packets; the simulation layers schedule closures on it. Events at
// the same time run in the order they were scheduled, so runs are deterministic.
#pragma once

#include <cstdint>
#include <functional>
#include <queue>
#include <unordered_map>
#include <vector>

#include "colossus/core/units.h"

namespace colossus {

// Simulated time since the start of the simulation.
using Time = Seconds;

class EventQueue {
 public:
  using Action = std::function<void()>;

  // Identifies a scheduled event so it can be cancelled.
  struct Handle {
    std::uint64_t id = 0;
  };

  // Schedules `action` at absolute time `at` (not before now()).
  Handle schedule(Time at, Action action);
  // Schedules `action` after a delay from now().
  Handle schedule_after(Seconds delay, Action action) {
    return schedule(now_ + delay, std::move(action));
  }
  // Cancels a pending event; returns false if it already ran or was cancelled.
  bool cancel(Handle handle);
  // Runs events in time order while the next one is at or before `end`; then now() == end.
  void run_until(Time end);
  // Runs events until none is left.
  void run();
  // Runs the next event, if any; returns whether one ran.
  bool step();

  Time now() const { return now_; }
  // Number of events scheduled and not yet run or cancelled.
  std::size_t pending() const { return actions_.size(); }
  bool empty() const { return actions_.empty(); }

 private:
  struct Entry {
    Time at;
    std::uint64_t id;  // also the scheduling order, which breaks ties
    bool operator>(const Entry& o) const { return at != o.at ? at > o.at : id > o.id; }
  };

  // Drops cancelled entries from the top of the heap.
  void skip_cancelled();

  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap_;
  std::unordered_map<std::uint64_t, Action> actions_;
  std::uint64_t next_id_ = 1;
  Time now_{};
};

}  // namespace colossus
