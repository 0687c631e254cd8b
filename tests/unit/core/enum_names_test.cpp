// The enum <-> string facility on a small enum of its own and on the collective ops (core's
// one spelled enum): to_string, the value a spelling names, the list, and a bad spelling as an
// InputError listing the valid ones; and nccl-tests' bus-bandwidth factor.
#include "colossus/core/enum_names.h"

#include <gtest/gtest.h>

#include "colossus/core/collective_op.h"

namespace colossus {
namespace {

enum class Fruit { apple, pear, plum };
constexpr EnumName<Fruit> kFruitNames[] = {
    {Fruit::apple, "apple"}, {Fruit::pear, "pear"}, {Fruit::plum, "plum"}};
constexpr std::span<const EnumName<Fruit>> enum_table(Fruit) {
  return kFruitNames;
}

TEST(EnumNames, ToStringAndBack) {
  // Each value prints as its table entry and the entry parses back; an unknown spelling names
  // nothing.
  EXPECT_EQ(to_string(Fruit::pear), "pear");
  EXPECT_EQ(enum_from_string<Fruit>("plum"), Fruit::plum);
  EXPECT_EQ(enum_from_string<Fruit>("Plum"), std::nullopt);
  EXPECT_EQ(enum_names<Fruit>(), (std::vector<std::string>{"apple", "pear", "plum"}));
  EXPECT_EQ(enum_name_list<Fruit>(), "apple, pear, plum");
}

TEST(EnumNames, BadSpellingListsTheValidOnes) {
  // "expected one of apple, pear, plum, got 'fig'" at the field it came from.
  try {
    parse_enum<Fruit>("fig", {"job.yaml", 7}, "lunch.fruit");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().line, 7);
    EXPECT_EQ(e.field(), "lunch.fruit");
    EXPECT_EQ(e.message(), "expected one of apple, pear, plum, got 'fig'");
  }
}

TEST(CollectiveOp, SpellingsInTheCliOrder) {
  // The CLI's messages list the ops in nccl-tests' order, whatever the enum's order.
  EXPECT_EQ(enum_name_list<CollectiveOp>(),
            "all_reduce, reduce_scatter, all_gather, broadcast, all_to_all, send_recv");
  EXPECT_EQ(to_string(CollectiveOp::reduce_scatter), "reduce_scatter");
}

TEST(CollectiveOp, BusBandwidthFactorOfEightRanks) {
  // nccl-tests: all-reduce moves 2(n-1)/n of the message over the busiest link, reduce-scatter,
  // all-gather and all-to-all (n-1)/n, broadcast and send/recv all of it: 14/8, 7/8, 1.
  EXPECT_DOUBLE_EQ(busbw_factor(CollectiveOp::all_reduce, 8), 14.0 / 8.0);
  EXPECT_DOUBLE_EQ(busbw_factor(CollectiveOp::all_to_all, 8), 7.0 / 8.0);
  EXPECT_DOUBLE_EQ(busbw_factor(CollectiveOp::send_recv, 8), 1.0);
}

}  // namespace
}  // namespace colossus
