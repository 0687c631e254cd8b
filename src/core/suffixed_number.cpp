// Counts and byte sizes with suffixes (suffixed_number.h). The value is computed exactly in
// integers (the whole part times the suffix's scale with an overflow check, plus the fraction
// times the scale), so "9223372036854775807" is read exactly and "8388608T" is refused for its
// range instead of wrapping to a negative size.
#include "colossus/core/suffixed_number.h"

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>

namespace colossus {
namespace {

enum class Kind { count, bytes };

// The pieces of "[-]digits[.digits]suffix".
struct Parts {
  bool negative = false;
  std::string_view whole;     // digits before the point
  std::string_view fraction;  // digits after the point
  int exponent = 0;           // "e12"
  std::string suffix;         // upper-cased
};

std::optional<Parts> split(std::string_view text) {
  Parts p;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) p.negative = text[i++] == '-';
  const std::size_t whole_begin = i;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  p.whole = text.substr(whole_begin, i - whole_begin);
  if (i < text.size() && text[i] == '.') {
    const std::size_t fraction_begin = ++i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    p.fraction = text.substr(fraction_begin, i - fraction_begin);
  }
  if (p.whole.empty() && p.fraction.empty()) return std::nullopt;
  // A power of ten ("15e12"), up to 10^18.
  if (i + 1 < text.size() && (text[i] == 'e' || text[i] == 'E') &&
      std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
    const std::size_t begin = ++i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i - begin > 2) return std::nullopt;
    std::from_chars(text.data() + begin, text.data() + i, p.exponent);
    if (p.exponent > 18) return std::nullopt;
  }
  for (; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!std::isalpha(c)) return std::nullopt;
    p.suffix += char(std::toupper(c));
  }
  return p;
}

// The power (1 for K .. 5 for P) of a suffix letter, or 0 if it is none of them.
int power_of(char letter) {
  const std::string_view letters = "KMGTP";
  const auto pos = letters.find(letter);
  return pos == std::string_view::npos ? 0 : int(pos) + 1;
}

// The scale of a suffix for the kind, or nullopt if the suffix is not one of the kind's.
std::optional<std::uint64_t> scale_of(const std::string& suffix, Kind kind) {
  if (suffix.empty()) return 1;
  if (kind == Kind::bytes && suffix == "B") return 1;
  const int power = power_of(suffix[0]);
  if (power == 0) return std::nullopt;
  if (kind == Kind::count) {
    if (suffix.size() != 1) return std::nullopt;
    std::uint64_t scale = 1;
    for (int k = 0; k < power; ++k) scale *= 1000;
    return scale;
  }
  const std::string_view rest = std::string_view(suffix).substr(1);
  if (!(rest.empty() || rest == "B" || rest == "I" || rest == "IB")) return std::nullopt;
  return std::uint64_t{1} << (10 * power);
}

std::string syntax_message(Kind kind, std::string_view text) {
  if (kind == Kind::count) {
    return fmt::format(
        "expected a count such as 4096, 64K or 15T (K, M, G, T, P: 10^3 to 10^15), got '{}'", text);
  }
  return fmt::format(
      "expected a size such as 4096, 64K, 256M or 16GiB (K, M, G, T, P: 2^10 to 2^50 bytes), got "
      "'{}'",
      text);
}

std::int64_t parse(std::string_view text, const SourceLocation& where, const std::string& field,
                   std::int64_t min, std::int64_t max, Kind kind) {
  const auto parts = split(text);
  auto scale = parts ? scale_of(parts->suffix, kind) : std::nullopt;
  if (!parts || !scale) throw InputError(where, field, syntax_message(kind, text));
  for (int k = 0; k < parts->exponent; ++k) {
    if (__builtin_mul_overflow(*scale, std::uint64_t{10}, &*scale)) {
      throw InputError(where, field, syntax_message(kind, text));
    }
  }

  // The whole part times the scale, saturating only to detect that it is out of any range.
  std::uint64_t whole = 0;
  bool overflow = false;
  if (!parts->whole.empty()) {
    const auto [end, ec] =
        std::from_chars(parts->whole.data(), parts->whole.data() + parts->whole.size(), whole);
    overflow = ec == std::errc::result_out_of_range;
  }
  std::uint64_t magnitude = 0;
  overflow = overflow || __builtin_mul_overflow(whole, *scale, &magnitude);

  // The fraction times the scale: exact for counts (it must come out whole), rounded down for
  // bytes. Trailing zeros do not count ("1.50K" is 1500).
  std::string_view fraction = parts->fraction;
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  if (!fraction.empty()) {
    const std::string_view digits = fraction.substr(0, 18);
    std::uint64_t f = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), f);
    const long double part = static_cast<long double>(f) * static_cast<long double>(*scale) /
                             std::pow(10.0L, static_cast<long double>(digits.size()));
    const long double floor_part = std::floor(part);
    if (kind == Kind::count && (floor_part != part || fraction.size() > 18)) {
      throw InputError(where, field, fmt::format("expected a whole number, got '{}'", text));
    }
    overflow = overflow || __builtin_add_overflow(magnitude, std::uint64_t(floor_part), &magnitude);
  }

  constexpr auto kInt64Max = std::uint64_t(std::numeric_limits<std::int64_t>::max());
  const bool fits =
      !overflow && (magnitude <= kInt64Max || (parts->negative && magnitude == kInt64Max + 1));
  std::int64_t value = 0;
  if (fits) {
    value = parts->negative ? std::int64_t(0 - magnitude) : std::int64_t(magnitude);
  }
  if (!fits || value < min || value > max) {
    const std::string unit = kind == Kind::bytes ? " bytes" : "";
    std::string got = fmt::format("'{}'", text);
    if (!fits) {
      // Beyond 64 bits: say roughly how far, from the digits as a long double.
      const std::string number(text.substr(0, text.find_first_of("eEkKmMgGtTpPbBiI")));
      got +=
          fmt::format(" = {:.4g}{}", double(std::strtold(number.c_str(), nullptr) * *scale), unit);
    } else if (!parts->suffix.empty() || !parts->fraction.empty()) {
      got += fmt::format(" = {}{}", value, unit);
    }
    const char* what = kind == Kind::bytes ? "a size" : "a count";
    throw InputError(where, field,
                     fmt::format("expected {} in [{}, {}]{}, got {}", what, min, max, unit, got));
  }
  return value;
}

}  // namespace

std::int64_t parse_count(std::string_view text, const SourceLocation& where,
                         const std::string& field, std::int64_t min, std::int64_t max) {
  return parse(text, where, field, min, max, Kind::count);
}

std::int64_t parse_byte_size(std::string_view text, const SourceLocation& where,
                             const std::string& field, std::int64_t min, std::int64_t max) {
  return parse(text, where, field, min, max, Kind::bytes);
}

}  // namespace colossus
