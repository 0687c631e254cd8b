// EventQueue: an EventHeap of slot numbers, the actions kept in a vector of slots with a free
// list (no allocation per event once the vector has grown, beyond what an action's closure
// needs). Cancelling empties the slot; the stale heap entry, whose id its slot no longer holds,
// is dropped when it reaches the top.
#include "colossus/core/event_queue.h"

#include <stdexcept>

namespace colossus {

EventQueue::Handle EventQueue::schedule(Time at, Action action) {
  if (at < now_) throw std::logic_error("EventQueue::schedule: time is in the past");
  std::uint32_t slot;
  if (free_slots_.empty()) {
    slot = static_cast<std::uint32_t>(slots_.size());
    slots_.emplace_back();
  } else {
    slot = free_slots_.back();
    free_slots_.pop_back();
  }
  const std::uint64_t id = heap_.take_order();
  slots_[slot] = Slot{id, std::move(action)};
  heap_.push(at, id, slot);
  ++pending_;
  return Handle{id, slot};
}

bool EventQueue::cancel(Handle handle) {
  if (handle.id == 0 || handle.slot >= slots_.size() || slots_[handle.slot].id != handle.id) {
    return false;
  }
  release(handle.slot);
  return true;
}

void EventQueue::release(std::uint32_t slot) {
  slots_[slot] = Slot{};
  free_slots_.push_back(slot);
  --pending_;
}

void EventQueue::skip_cancelled() {
  while (!heap_.empty() && slots_[heap_.top().event].id != heap_.top().order) heap_.pop();
}

bool EventQueue::step() {
  skip_cancelled();
  if (heap_.empty()) return false;
  const auto top = heap_.pop();
  Action action = std::move(slots_[top.event].action);
  release(top.event);
  now_ = top.at;
  action();
  return true;
}

void EventQueue::run_until(Time end) {
  while (true) {
    skip_cancelled();
    if (heap_.empty() || heap_.top().at > end) break;
    step();
  }
  if (end > now_) now_ = end;
}

void EventQueue::run() {
  while (step()) {
  }
}

}  // namespace colossus
