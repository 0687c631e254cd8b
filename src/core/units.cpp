// Printing of quantities for people: a value scaled to the largest prefix that keeps it >= 1,
// with three significant digits, and the unit symbol.
#include "colossus/core/units.h"

#include <array>
#include <cmath>
#include <string_view>

namespace colossus {
namespace {

// Three significant digits: "989", "98.9", "9.89".
std::string three_digits(double v) {
  double a = std::fabs(v);
  if (a >= 100.0 || a == 0.0) return fmt::format("{:.0f}", v);
  if (a >= 10.0) return fmt::format("{:.1f}", v);
  return fmt::format("{:.2f}", v);
}

// Scales v by `step` until it is below `step` or the prefixes run out.
std::string scaled(double v, double step, const std::array<std::string_view, 7>& prefixes,
                   std::string_view unit, std::string_view space = " ") {
  std::size_t i = 0;
  while (std::fabs(v) >= step && i + 1 < prefixes.size() && !prefixes[i + 1].empty()) {
    v /= step;
    ++i;
  }
  return fmt::format("{}{}{}{}", three_digits(v), space, prefixes[i], unit);
}

constexpr std::array<std::string_view, 7> kBinary = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
constexpr std::array<std::string_view, 7> kDecimal = {"", "k", "M", "G", "T", "P", "E"};

}  // namespace

std::string to_string(Bytes v) {
  return scaled(v.value(), 1024.0, kBinary, "B");
}

std::string to_string(Seconds v) {
  double s = v.value();
  double a = std::fabs(s);
  if (a == 0.0) return "0 s";
  if (a < 1e-6) return three_digits(s * 1e9) + " ns";
  if (a < 1e-3) return three_digits(s * 1e6) + " us";
  if (a < 1.0) return three_digits(s * 1e3) + " ms";
  if (a < 3600.0) return three_digits(s) + " s";
  if (a < 86400.0 * 2) return three_digits(s / 3600.0) + " h";
  return three_digits(s / 86400.0) + " days";
}

std::string to_string(Flops v) {
  return scaled(v.value(), 1000.0, kDecimal, "FLOP");
}
std::string to_string(FlopRate v) {
  return scaled(v.value(), 1000.0, kDecimal, "FLOP/s");
}
std::string to_string(BitRate v) {
  return scaled(v.value(), 1000.0, kDecimal, "b/s");
}
std::string to_string(ByteRate v) {
  return scaled(v.value(), 1000.0, kDecimal, "B/s");
}
std::string to_string(Watts v) {
  return scaled(v.value(), 1000.0, kDecimal, "W");
}
std::string to_string(Joules v) {
  return scaled(v.value(), 1000.0, kDecimal, "J");
}

std::string to_string(Dollars v) {
  constexpr std::array<std::string_view, 7> kMoney = {"", "k", "M", "B", "T", "", ""};
  return "$" + scaled(v.value(), 1000.0, kMoney, "", "");
}

}  // namespace colossus
