// RateMemo, the fluid model's table of solutions by the running variables' classes: a stored
// key is found with its rates bit for bit, keys differing in order, length or one element are
// not, a second store replaces, and past kMaxEntries the table starts afresh with the new key.
#include <gtest/gtest.h>

#include <cstddef>
#include <vector>

#include "colossus/network/fluid_model.h"

namespace colossus {
namespace {

// A solution's rates, copied.
std::vector<double> rates_of(const RateMemo::Solution& s) {
  return {s.rates.begin(), s.rates.end()};
}

TEST(RateMemo, FindsAStoredKeyAndNoOther) {
  RateMemo memo;
  EXPECT_EQ(memo.find(std::vector<int>{1, 2, 3}), nullptr);  // empty
  const std::vector<int> key{1, 2, 3};
  RateMemo::Solution* stored = memo.store(key, std::vector<double>{0.5, 0.25, 1.0});
  ASSERT_NE(stored, nullptr);
  RateMemo::Solution* found = memo.find(key);
  ASSERT_EQ(found, stored);
  EXPECT_EQ(rates_of(*found), (std::vector<double>{0.5, 0.25, 1.0}));
  EXPECT_FALSE(found->loads_known);
  // The key is the classes in variable order: another order, a prefix, a longer key or another
  // element are other keys.
  EXPECT_EQ(memo.find(std::vector<int>{3, 2, 1}), nullptr);
  EXPECT_EQ(memo.find(std::vector<int>{1, 2}), nullptr);
  EXPECT_EQ(memo.find(std::vector<int>{1, 2, 3, 0}), nullptr);
  EXPECT_EQ(memo.find(std::vector<int>{1, 2, 4}), nullptr);
  EXPECT_EQ(memo.find(std::vector<int>{}), nullptr);
  EXPECT_EQ(memo.size(), 1u);
}

TEST(RateMemo, WhatTheOwnerDerivesStaysWithTheSolution) {
  RateMemo memo;
  const std::vector<int> key{7};
  RateMemo::Solution* s = memo.store(key, std::vector<double>{1.0});
  s->loads = {{4, 0.75}};
  s->loads_known = true;
  memo.store(std::vector<int>{8}, std::vector<double>{0.5});  // may move the entries: find again
  const RateMemo::Solution* again = memo.find(key);
  ASSERT_NE(again, nullptr);
  EXPECT_TRUE(again->loads_known);
  ASSERT_EQ(again->loads.size(), 1u);
  EXPECT_EQ(again->loads[0].first, 4);
  EXPECT_EQ(again->loads[0].second, 0.75);
}

TEST(RateMemo, AStoreOfAKnownKeyReplacesItsSolution) {
  RateMemo memo;
  const std::vector<int> key{0, 0};
  memo.store(key, std::vector<double>{1.0, 1.0})->loads_known = true;
  memo.store(key, std::vector<double>{0.5, 0.5});
  EXPECT_EQ(memo.size(), 1u);
  const RateMemo::Solution* s = memo.find(key);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(rates_of(*s), (std::vector<double>{0.5, 0.5}));
  EXPECT_FALSE(s->loads_known);  // derived from the replaced rates: dropped
}

TEST(RateMemo, AFullMemoStartsAfresh) {
  // kMaxEntries keys {i, i + 1} (half the slots full: probes run past taken slots), each found with
  // its own rate; the next new key empties the table first and is then its only entry.
  RateMemo memo;
  const int n = static_cast<int>(RateMemo::kMaxEntries);
  for (int i = 0; i < n; ++i)
    memo.store(std::vector<int>{i, i + 1}, std::vector<double>{static_cast<double>(i)});
  EXPECT_EQ(memo.size(), RateMemo::kMaxEntries);
  for (int i = 0; i < n; ++i) {
    const RateMemo::Solution* s = memo.find(std::vector<int>{i, i + 1});
    ASSERT_NE(s, nullptr) << i;
    EXPECT_EQ(s->rates[0], static_cast<double>(i));
  }
  memo.store(std::vector<int>{-1}, std::vector<double>{2.0});
  EXPECT_EQ(memo.size(), 1u);
  EXPECT_EQ(memo.find(std::vector<int>{0, 1}), nullptr);
  EXPECT_EQ(memo.find(std::vector<int>{n - 1, n}), nullptr);
  ASSERT_NE(memo.find(std::vector<int>{-1}), nullptr);
  EXPECT_EQ(memo.find(std::vector<int>{-1})->rates[0], 2.0);
}

TEST(RateMemo, FindsEveryKeyStoredSinceARestart) {
  // Past a restart the table holds the keys stored since, each found with its own rates (and no
  // key of before): 1.5 x kMaxEntries keys of one to six classes, stored in turn.
  RateMemo memo;
  const std::size_t n = RateMemo::kMaxEntries + RateMemo::kMaxEntries / 2;
  auto key_of = [](std::size_t i) {
    std::vector<int> key(1 + i % 6);
    for (std::size_t k = 0; k < key.size(); ++k) key[k] = static_cast<int>((i * 7 + k * 13) % 97);
    key[0] = static_cast<int>(i);
    return key;
  };
  for (std::size_t i = 0; i < n; ++i) {
    const std::vector<int> key = key_of(i);
    memo.store(key, std::vector<double>(key.size(), static_cast<double>(i)));
  }
  EXPECT_EQ(memo.size(), n - RateMemo::kMaxEntries);
  for (std::size_t i = 0; i < n; ++i) {
    const RateMemo::Solution* s = memo.find(key_of(i));
    if (i < RateMemo::kMaxEntries) {
      EXPECT_EQ(s, nullptr) << i;
      continue;
    }
    ASSERT_NE(s, nullptr) << i;
    ASSERT_EQ(s->rates.size(), key_of(i).size());
    EXPECT_EQ(s->rates.back(), static_cast<double>(i));
  }
}

}  // namespace
}  // namespace colossus
