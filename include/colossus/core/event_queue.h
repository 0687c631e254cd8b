// The event core: one time type, one order of events, cancel by handle, run until a time. It
// knows nothing of GPUs, flows or packets. Events at the same time run in the order they were
// scheduled, so runs are deterministic. Two forms share that order:
//  - EventQueue: the simulation layers schedule closures on it (serving, campaigns);
//  - EventHeap<Event>: a heap of small event records that the caller pops and dispatches itself
//    (a switch on the record's kind), for a simulation that runs millions of events and wants
//    no allocation per event (the step's pipeline executor).
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include "colossus/core/units.h"

namespace colossus {

// Simulated time since the start of the simulation.
using Time = Seconds;

// Events of type Event in (time, order) order, order being the place in the tie order: the
// scheduling order, unless the caller took a place earlier (take_order) and pushes later.
template <typename Event>
class EventHeap {
 public:
  struct Entry {
    Time at;
    std::uint64_t order;
    Event event;
  };

  // Whether an event at (a, a_order) runs before one at (b, b_order).
  static bool before(Time a, std::uint64_t a_order, Time b, std::uint64_t b_order) {
    return a != b ? a < b : a_order < b_order;
  }

  // Takes the next place in the tie order, for an event whose time is known later.
  std::uint64_t take_order() { return next_order_++; }
  // Adds an event at `at`, after every place taken so far in the tie order.
  void push(Time at, Event event) { push(at, take_order(), std::move(event)); }
  // Adds an event at `at` in a place taken earlier.
  void push(Time at, std::uint64_t order, Event event) {
    entries_.push_back(Entry{at, order, std::move(event)});
    std::push_heap(entries_.begin(), entries_.end(), runs_later);
  }
  bool empty() const { return entries_.empty(); }
  std::size_t size() const { return entries_.size(); }
  // The next event (the heap must not be empty).
  const Entry& top() const { return entries_.front(); }
  // Removes and returns the next event (the heap must not be empty).
  Entry pop() {
    std::pop_heap(entries_.begin(), entries_.end(), runs_later);
    Entry next = std::move(entries_.back());
    entries_.pop_back();
    return next;
  }
  // Room for `n` events without allocating.
  void reserve(std::size_t n) { entries_.reserve(n); }

 private:
  static bool runs_later(const Entry& a, const Entry& b) {
    return before(b.at, b.order, a.at, a.order);
  }

  std::vector<Entry> entries_;
  std::uint64_t next_order_ = 1;
};

class EventQueue {
 public:
  using Action = std::function<void()>;

  // Identifies a scheduled event so it can be cancelled.
  struct Handle {
    std::uint64_t id = 0;    // its place in the tie order (0: none)
    std::uint32_t slot = 0;  // where its action is kept
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
  std::size_t pending() const { return pending_; }
  bool empty() const { return pending_ == 0; }

 private:
  // A pending event's action, or a free slot (id 0).
  struct Slot {
    std::uint64_t id = 0;
    Action action;
  };

  // Drops cancelled entries (whose slot no longer holds their id) from the top of the heap.
  void skip_cancelled();
  // Empties a slot for reuse.
  void release(std::uint32_t slot);

  EventHeap<std::uint32_t> heap_;  // the events' slots
  std::vector<Slot> slots_;
  std::vector<std::uint32_t> free_slots_;
  std::size_t pending_ = 0;
  Time now_{};
};

}  // namespace colossus
