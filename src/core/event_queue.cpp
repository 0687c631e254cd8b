// A binary heap of (time, id) with the actions in a map by id: cancelling erases the action,
// and the stale heap entry is dropped when it reaches the top.
#include "colossus/core/event_queue.h"

#include <stdexcept>

namespace colossus {

EventQueue::Handle EventQueue::schedule(Time at, Action action) {
  if (at < now_) throw std::logic_error("EventQueue::schedule: time is in the past");
  const std::uint64_t id = next_id_++;
  heap_.push(Entry{at, id});
  actions_.emplace(id, std::move(action));
  return Handle{id};
}

bool EventQueue::cancel(Handle handle) {
  return actions_.erase(handle.id) > 0;
}

void EventQueue::skip_cancelled() {
  while (!heap_.empty() && !actions_.contains(heap_.top().id)) heap_.pop();
}

bool EventQueue::step() {
  skip_cancelled();
  if (heap_.empty()) return false;
  const Entry top = heap_.top();
  heap_.pop();
  auto it = actions_.find(top.id);
  Action action = std::move(it->second);
  actions_.erase(it);
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
