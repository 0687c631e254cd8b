// Random streams: reproducible for a seed, independent when split, and correctly distributed.
#include "colossus/core/random.h"

#include <gtest/gtest.h>

#include "colossus/core/error.h"

namespace colossus {
namespace {

TEST(Random, SameSeedSameNumbers) {
  Random a(42), b(42), c(43);
  for (int i = 0; i < 100; ++i) {
    const auto x = a.next();
    EXPECT_EQ(x, b.next());
    EXPECT_NE(x, c.next());
  }
}

TEST(Random, SplitStreamsAreReproducibleAndDistinct) {
  const Random root(7);
  Random s1 = root.split(1), s1again = root.split(1), s2 = root.split(2);
  const auto x = s1.next();
  EXPECT_EQ(x, s1again.next());
  EXPECT_NE(x, s2.next());
}

TEST(Random, UniformAndBelowStayInRange) {
  Random r(1);
  for (int i = 0; i < 10000; ++i) {
    const double u = r.uniform();
    EXPECT_GE(u, 0.0);
    EXPECT_LT(u, 1.0);
    EXPECT_LT(r.below(7), 7u);
  }
}

TEST(Random, ExponentialHasTheRightMean) {
  // The sample mean of 200,000 draws at rate 2 is 0.5 within a few standard errors
  // (standard error 0.5 / sqrt(200000) ~ 0.0011).
  Random r(3);
  double sum = 0;
  const int n = 200000;
  for (int i = 0; i < n; ++i) sum += r.exponential(2.0);
  EXPECT_NEAR(sum / n, 0.5, 0.005);
}

TEST(InputErrorFormat, NamesFileLineAndField) {
  const InputError e({"presets/clusters/x.yaml", 12}, "fabric.tiers[0].radix",
                     "expected a positive integer, got -4");
  EXPECT_STREQ(
      e.what(),
      "presets/clusters/x.yaml:12: fabric.tiers[0].radix: expected a positive integer, got -4");
  const InputError no_line({"<command line>", 0}, "--op", "unknown op 'allreduce'");
  EXPECT_STREQ(no_line.what(), "<command line>: --op: unknown op 'allreduce'");
}

}  // namespace
}  // namespace colossus
