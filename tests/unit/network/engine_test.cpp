// Engine on solver systems with hand-derived completion times (derivations in each test).
#include "colossus/network/engine.h"

#include <gtest/gtest.h>

#include <limits>
#include <stdexcept>
#include <vector>

namespace colossus {
namespace {

TEST(Engine, TwoFlowsOfDifferentSizesOnOneLink) {
  // Link capacity C = 100 B/s; sizes S1 = 200 B and S2 = 500 B. Both run at C/2 until the short
  // one is done: t1 = S1 / (C/2) = 2 S1 / C = 4 s. By then the long one has moved S1 too, so
  // S2 - S1 is left at the full rate C: t2 = t1 + (S2 - S1) / C = (S1 + S2) / C = 7 s.
  MaxMinSolver s;
  const int link = s.add_constraint(100.0);
  s.add_variable(std::vector<int>{link});
  s.add_variable(std::vector<int>{link});
  const std::vector<Bytes> sizes{bytes(200), bytes(500)};
  const EngineResult r = Engine().run(s, sizes);
  EXPECT_DOUBLE_EQ(r.finish[0].value(), 4.0);
  EXPECT_DOUBLE_EQ(r.finish[1].value(), 7.0);
  EXPECT_DOUBLE_EQ(r.makespan.value(), 7.0);
  EXPECT_EQ(r.steps, 2);
}

TEST(Engine, RingStepFinishesTogetherInOneSolve) {
  // One step of a ring over 8 nodes: flow i uses only link i -> i+1 (capacity 50 B/s), each
  // sends 1000 B. No link is shared, so every flow runs at 50 B/s and finishes at 20 s; all
  // finish at the same time, so the engine needs a single solve.
  MaxMinSolver s;
  std::vector<Bytes> sizes;
  for (int i = 0; i < 8; ++i) {
    const int link = s.add_constraint(50.0);
    s.add_variable(std::vector<int>{link});
    sizes.push_back(bytes(1000));
  }
  const EngineResult r = Engine().run(s, sizes);
  for (const Seconds& f : r.finish) EXPECT_DOUBLE_EQ(f.value(), 20.0);
  EXPECT_EQ(r.steps, 1);
}

TEST(Engine, ParkingLotReshares) {
  // Links 1 and 2 of capacity 1 B/s; A crosses both (1 B), B link 1 (1 B), C link 2 (3 B).
  // All three get 0.5 B/s (parking lot), so A and B finish at 2 s, when C has 2 B left; alone on
  // link 2 it then runs at 1 B/s and finishes at 2 + 2 = 4 s.
  MaxMinSolver s;
  const int l1 = s.add_constraint(1.0);
  const int l2 = s.add_constraint(1.0);
  s.add_variable(std::vector<int>{l1, l2});
  s.add_variable(std::vector<int>{l1});
  s.add_variable(std::vector<int>{l2});
  const std::vector<Bytes> sizes{bytes(1), bytes(1), bytes(3)};
  const EngineResult r = Engine().run(s, sizes);
  EXPECT_DOUBLE_EQ(r.finish[0].value(), 2.0);
  EXPECT_DOUBLE_EQ(r.finish[1].value(), 2.0);
  EXPECT_DOUBLE_EQ(r.finish[2].value(), 4.0);
  EXPECT_EQ(r.steps, 2);
}

TEST(Engine, NearlyEqualFlowsCompleteInOneStep) {
  // Sizes 1000 B and 1000 B + 1e-9 relative: within the engine's epsilon of each other, so one
  // solve completes both, each stamped with its own time (10 s and 10 s x (1 + 1e-9)).
  MaxMinSolver s;
  const int link = s.add_constraint(200.0);
  s.add_variable(std::vector<int>{link});
  s.add_variable(std::vector<int>{link});
  const std::vector<Bytes> sizes{bytes(1000), bytes(1000 * (1 + 1e-10))};
  const EngineResult r = Engine(1e-9).run(s, sizes);
  EXPECT_EQ(r.steps, 1);
  EXPECT_DOUBLE_EQ(r.finish[0].value(), 10.0);
  EXPECT_NEAR(r.finish[1].value(), 10.0, 1e-8);
}

TEST(Engine, ZeroSizeAndUnconstrainedFlowsFinishAtZero) {
  // A 0-byte flow has nothing to send; a flow crossing no constraint is infinitely fast. The
  // third flow alone on 10 B/s takes 100 B / 10 B/s = 10 s.
  MaxMinSolver s;
  const int link = s.add_constraint(10.0);
  s.add_variable(std::vector<int>{link});
  s.add_variable({});
  s.add_variable(std::vector<int>{link});
  const std::vector<Bytes> sizes{bytes(0), bytes(100), bytes(100)};
  const EngineResult r = Engine().run(s, sizes);
  EXPECT_DOUBLE_EQ(r.finish[0].value(), 0.0);
  EXPECT_DOUBLE_EQ(r.finish[1].value(), 0.0);
  EXPECT_DOUBLE_EQ(r.finish[2].value(), 10.0);
}

TEST(Engine, ZeroCapacityCannotProgress) {
  // A flow whose only link has capacity 0 would never finish: a logic error, not a hang.
  MaxMinSolver s;
  const int dead = s.add_constraint(0.0);
  s.add_variable(std::vector<int>{dead});
  const std::vector<Bytes> sizes{bytes(1)};
  EXPECT_THROW(Engine().run(s, sizes), std::logic_error);
}

TEST(Engine, RejectsNegativeOrNanSizes) {
  // A size that is not a finite, non-negative byte count is a bug upstream, not a flow.
  MaxMinSolver s;
  const int link = s.add_constraint(1.0);
  s.add_variable(std::vector<int>{link});
  const std::vector<Bytes> negative{bytes(-1)};
  EXPECT_THROW(Engine().run(s, negative), std::invalid_argument);
  const std::vector<Bytes> nan{bytes(std::numeric_limits<double>::quiet_NaN())};
  EXPECT_THROW(Engine().run(s, nan), std::invalid_argument);
}

}  // namespace
}  // namespace colossus
