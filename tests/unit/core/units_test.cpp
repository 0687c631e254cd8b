// Units: named constructors, cross-unit arithmetic, and the printed form people read.
#include "colossus/core/units.h"

#include <gtest/gtest.h>

namespace colossus {
namespace {

TEST(Units, NamedConstructorsUseBaseUnits) {
  EXPECT_DOUBLE_EQ(gib(1).value(), 1073741824.0);
  EXPECT_DOUBLE_EQ(gbit_per_s(400).value(), 400e9);
  EXPECT_DOUBLE_EQ(tflop_per_s(989).value(), 989e12);
  EXPECT_DOUBLE_EQ(microseconds(3).value(), 3e-6);
  EXPECT_DOUBLE_EQ(megawatts(70).value(), 70e6);
}

TEST(Units, CrossUnitArithmetic) {
  // 400 Gb/s is 50 GB/s, so 1 GB takes 20 ms.
  const ByteRate nic = to_byte_rate(gbit_per_s(400));
  EXPECT_DOUBLE_EQ(nic.value(), 50e9);
  EXPECT_DOUBLE_EQ((gigabytes(1) / nic).value(), 0.02);
  // 989 TFLOP at 989 TFLOP/s is one second.
  EXPECT_DOUBLE_EQ((flops(989e12) / tflop_per_s(989)).value(), 1.0);
  // 700 W for an hour is 2.52 MJ.
  EXPECT_DOUBLE_EQ((watts(700) * hours(1)).value(), 2.52e6);
  EXPECT_DOUBLE_EQ(gib(2) / gib(1), 2.0);
  EXPECT_LT(seconds(1), seconds(2));
}

TEST(Units, PrintsForPeople) {
  EXPECT_EQ(to_string(gib(80)), "80.0 GiB");
  EXPECT_EQ(to_string(gbit_per_s(400)), "400 Gb/s");
  EXPECT_EQ(to_string(tflop_per_s(989) * 100000), "98.9 EFLOP/s");
  EXPECT_EQ(to_string(microseconds(12.5)), "12.5 us");
  EXPECT_EQ(to_string(megawatts(70)), "70.0 MW");
  EXPECT_EQ(to_string(dollars(2.5e9)), "$2.50B");
  EXPECT_EQ(fmt::format("{}", bytes(512)), "512 B");
}

}  // namespace
}  // namespace colossus
