// xoshiro256** (Blackman and Vigna, 2018), seeded by splitmix64.
#include "colossus/core/random.h"

#include <cmath>

namespace colossus {
namespace {

__extension__ using Uint128 = unsigned __int128;

constexpr std::uint64_t rotl(std::uint64_t x, int k) {
  return (x << k) | (x >> (64 - k));
}

}  // namespace

Random::Random(std::uint64_t seed) : seed_(seed) {
  std::uint64_t s = seed;
  for (auto& word : state_) {
    s += 0x9e3779b97f4a7c15ULL;
    word = mix64(s);
  }
}

std::uint64_t Random::next() {
  const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
  const std::uint64_t t = state_[1] << 17;
  state_[2] ^= state_[0];
  state_[3] ^= state_[1];
  state_[1] ^= state_[2];
  state_[0] ^= state_[3];
  state_[2] ^= t;
  state_[3] = rotl(state_[3], 45);
  return result;
}

double Random::uniform() {
  return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

std::uint64_t Random::below(std::uint64_t n) {
  // Lemire's multiply-shift with rejection: unbiased.
  while (true) {
    const Uint128 m = static_cast<Uint128>(next()) * n;
    const auto low = static_cast<std::uint64_t>(m);
    if (low >= n || low >= (-n) % n) return static_cast<std::uint64_t>(m >> 64);
  }
}

double Random::exponential(double rate) {
  return -std::log1p(-uniform()) / rate;
}

Random Random::split(std::uint64_t stream) const {
  return Random(hash_combine(mix64(seed_), stream));
}

}  // namespace colossus
