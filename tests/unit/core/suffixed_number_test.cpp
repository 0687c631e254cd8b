// Tests of the suffixed count and size parser (core/suffixed_number.h): the values of each suffix,
// exact reading up to 64 bits, and refusals that name the range instead of wrapping.
#include "colossus/core/suffixed_number.h"

#include <gtest/gtest.h>

#include <limits>

namespace colossus {
namespace {

const SourceLocation kHere{"<command line>", 0};
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

std::int64_t count(const std::string& text, std::int64_t min = 0, std::int64_t max = kMax) {
  return parse_count(text, kHere, "--n", min, max);
}
std::int64_t size(const std::string& text, std::int64_t min = 0, std::int64_t max = kMax) {
  return parse_byte_size(text, kHere, "--size", min, max);
}
std::string count_error(const std::string& text, std::int64_t min, std::int64_t max) {
  try {
    count(text, min, max);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}
std::string size_error(const std::string& text, std::int64_t min, std::int64_t max) {
  try {
    size(text, min, max);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(ParseCount, SiSuffixesArePowersOfAThousand) {
  // "15T" tokens is 15 * 10^12 (the issue's `simulate --tokens 15T`); either case.
  EXPECT_EQ(count("4096"), 4096);
  EXPECT_EQ(count("64K"), 64'000);
  EXPECT_EQ(count("64k"), 64'000);
  EXPECT_EQ(count("1.5M"), 1'500'000);
  EXPECT_EQ(count("2G"), 2'000'000'000);
  EXPECT_EQ(count("15T"), 15'000'000'000'000);
  EXPECT_EQ(count("1P"), 1'000'000'000'000'000);
  EXPECT_EQ(count("1.50K"), 1500);                // trailing zeros of the fraction do not count
  EXPECT_EQ(count("15e12"), 15'000'000'000'000);  // a power of ten, as in scientific notation
  EXPECT_EQ(count("1.5e3"), 1500);
}

TEST(ParseCount, ReadsTheWholeInt64RangeExactly) {
  // 2^63 - 1 does not fit a double exactly; the parser does not go through one.
  EXPECT_EQ(count("9223372036854775807"), kMax);
  EXPECT_EQ(count("-5", -10, 10), -5);
}

TEST(ParseCount, RefusesFractionsAndOtherSuffixes) {
  EXPECT_EQ(count_error("1.5", 0, 10), "<command line>: --n: expected a whole number, got '1.5'");
  EXPECT_EQ(count_error("1.0001K", 0, kMax),
            "<command line>: --n: expected a whole number, got '1.0001K'");
  // KiB is a byte size, not a count.
  EXPECT_NE(count_error("1KiB", 0, kMax).find("expected a count such as 4096"), std::string::npos);
  EXPECT_NE(count_error("", 0, kMax).find("expected a count such as"), std::string::npos);
  EXPECT_NE(count_error("K", 0, kMax).find("expected a count such as"), std::string::npos);
  EXPECT_NE(count_error("1e-3", 0, kMax).find("expected a count such as"), std::string::npos);
}

TEST(ParseCount, OutOfRangeNamesTheRange) {
  // The issue's `--gpus 1000000000000` for an int: the range, not "Could not convert".
  EXPECT_EQ(count_error("1000000000000", 1, 2147483647),
            "<command line>: --n: expected a count in [1, 2147483647], got '1000000000000'");
  EXPECT_EQ(count_error("3T", 1, 2147483647),
            "<command line>: --n: expected a count in [1, 2147483647], got '3T' = 3000000000000");
  EXPECT_EQ(count_error("0", 1, 10), "<command line>: --n: expected a count in [1, 10], got '0'");
  // Beyond 64 bits: refused, never wrapped.
  EXPECT_EQ(count_error("99999999999999999999", 0, kMax),
            "<command line>: --n: expected a count in [0, 9223372036854775807], got "
            "'99999999999999999999' = 1e+20");
  EXPECT_EQ(count_error("10000P", 0, kMax),
            "<command line>: --n: expected a count in [0, 9223372036854775807], got '10000P' = "
            "1e+19");
}

TEST(ParseByteSize, BinarySuffixesAsNcclTestsReadsThem) {
  // nccl-tests' -b/-e: K, M, G are 2^10, 2^20, 2^30 (common.cu parsesize); KiB and KB alike.
  EXPECT_EQ(size("1K"), 1024);
  EXPECT_EQ(size("1KiB"), 1024);
  EXPECT_EQ(size("1Ki"), 1024);
  EXPECT_EQ(size("1kb"), 1024);
  EXPECT_EQ(size("256M"), 256 << 20);
  EXPECT_EQ(size("16G"), std::int64_t{16} << 30);
  EXPECT_EQ(size("2T"), std::int64_t{2} << 40);
  EXPECT_EQ(size("1P"), std::int64_t{1} << 50);
  EXPECT_EQ(size("4096B"), 4096);
  EXPECT_EQ(size("1.5K"), 1536);
  EXPECT_EQ(size("0.3K"), 307);  // 307.2 B: the fraction of a byte dropped, as nccl-tests does
}

TEST(ParseByteSize, TheIssuesWrapIsARangeError) {
  // `collective --max 8388608T` is 2^23 * 2^40 = 2^63: it wrapped to a negative size.
  EXPECT_EQ(size_error("8388608T", 0, std::int64_t{1} << 50),
            "<command line>: --size: expected a size in [0, 1125899906842624] bytes, got "
            "'8388608T' = 9.223e+18 bytes");
  EXPECT_EQ(size_error("2P", 0, std::int64_t{1} << 50),
            "<command line>: --size: expected a size in [0, 1125899906842624] bytes, got '2P' = "
            "2251799813685248 bytes");
  EXPECT_NE(size_error("12X", 0, kMax).find("expected a size such as 4096, 64K"),
            std::string::npos);
}

}  // namespace
}  // namespace colossus
