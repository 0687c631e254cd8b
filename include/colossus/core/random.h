// Deterministic random streams. Random is xoshiro256** seeded through splitmix64, so the same
// seed gives the same numbers on every platform and standard library (std::mt19937 would, but
// std's distributions would not). split(k) derives an independent stream for sub-task k, so a
// simulation can hand each component its own stream without the order of draws leaking
// between them.
#pragma once

#include <array>
#include <cstdint>

namespace colossus {

// A 64-bit finaliser (splitmix64's): a good hash for ECMP and for seeding.
constexpr std::uint64_t mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Hashes several values into one, order-sensitive.
constexpr std::uint64_t hash_combine(std::uint64_t seed, std::uint64_t value) {
  return mix64(seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)));
}

class Random {
 public:
  explicit Random(std::uint64_t seed);

  // The next raw 64-bit value.
  std::uint64_t next();
  // Uniform in [0, 1).
  double uniform();
  // Uniform integer in [0, n); n > 0.
  std::uint64_t below(std::uint64_t n);
  // Exponentially distributed with the given rate (mean 1/rate); rate > 0.
  double exponential(double rate);
  // An independent stream for sub-task `stream`; does not advance this one.
  Random split(std::uint64_t stream) const;

 private:
  std::array<std::uint64_t, 4> state_;
  std::uint64_t seed_;
};

}  // namespace colossus
