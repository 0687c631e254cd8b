// The event queue: time order, FIFO among equal times, cancel by handle, run_until; and the
// event heap under it: the same order, with a place in the tie order taken before the time.
#include "colossus/core/event_queue.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace colossus {
namespace {

TEST(EventQueue, RunsInTimeOrderAndFifoOnTies) {
  EventQueue q;
  std::vector<int> order;
  q.schedule(seconds(2), [&] { order.push_back(2); });
  q.schedule(seconds(1), [&] { order.push_back(1); });
  q.schedule(seconds(2), [&] { order.push_back(3); });  // same time as the first: runs after it
  q.run();
  EXPECT_EQ(order, (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(q.now(), seconds(2));
  EXPECT_TRUE(q.empty());
}

TEST(EventQueue, CancelByHandle) {
  EventQueue q;
  int ran = 0;
  auto h = q.schedule(seconds(1), [&] { ++ran; });
  q.schedule(seconds(2), [&] { ran += 10; });
  EXPECT_TRUE(q.cancel(h));
  EXPECT_FALSE(q.cancel(h));  // already cancelled
  EXPECT_EQ(q.pending(), 1u);
  q.run();
  EXPECT_EQ(ran, 10);
}

TEST(EventQueue, AHandleOfARunEventCancelsNothingLater) {
  EventQueue q;
  int ran = 0;
  auto first = q.schedule(seconds(1), [&] { ++ran; });
  q.run();
  // The next event reuses the first one's slot; the old handle must not cancel it.
  q.schedule(seconds(2), [&] { ran += 10; });
  EXPECT_FALSE(q.cancel(first));
  EXPECT_FALSE(q.cancel(EventQueue::Handle{}));
  q.run();
  EXPECT_EQ(ran, 11);
}

TEST(EventQueue, AnEventCancelledFromAnotherAtTheSameTimeDoesNotRun) {
  EventQueue q;
  std::vector<int> order;
  EventQueue::Handle later;
  q.schedule(seconds(1), [&] {
    order.push_back(1);
    EXPECT_TRUE(q.cancel(later));
  });
  later = q.schedule(seconds(1), [&] { order.push_back(2); });
  q.schedule(seconds(1), [&] { order.push_back(3); });
  q.run();
  EXPECT_EQ(order, (std::vector<int>{1, 3}));
  EXPECT_EQ(q.pending(), 0u);
}

TEST(EventHeap, PopsByTimeThenByPlaceInTheTieOrder) {
  EventHeap<int> heap;
  const std::uint64_t early = heap.take_order();  // place taken before the events below
  heap.push(seconds(2), 1);
  heap.push(seconds(1), 2);
  heap.push(seconds(2), 3);
  heap.push(seconds(2), early, 4);  // at 2 too, but its place comes before 1 and 3
  std::vector<int> order;
  while (!heap.empty()) order.push_back(heap.pop().event);
  EXPECT_EQ(order, (std::vector<int>{2, 4, 1, 3}));
}

TEST(EventQueue, RunUntilStopsAtTheGivenTime) {
  EventQueue q;
  int ran = 0;
  q.schedule(seconds(1), [&] { ++ran; });
  q.schedule(seconds(3), [&] { ++ran; });
  q.run_until(seconds(2));
  EXPECT_EQ(ran, 1);
  EXPECT_EQ(q.now(), seconds(2));
  q.run_until(seconds(3));  // an event exactly at the end time runs
  EXPECT_EQ(ran, 2);
}

TEST(EventQueue, EventsScheduleMoreEvents) {
  EventQueue q;
  std::vector<double> times;
  std::function<void()> tick = [&] {
    times.push_back(q.now().value());
    if (times.size() < 3) q.schedule_after(seconds(0.5), tick);
  };
  q.schedule(seconds(1), tick);
  q.run();
  EXPECT_EQ(times, (std::vector<double>{1.0, 1.5, 2.0}));
}

TEST(EventQueue, RefusesThePast) {
  EventQueue q;
  q.schedule(seconds(1), [] {});
  q.run();
  EXPECT_THROW(q.schedule(seconds(0.5), [] {}), std::logic_error);
}

}  // namespace
}  // namespace colossus
