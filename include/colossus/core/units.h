// Units as types. Every physical quantity in Colossus is a Quantity<Tag> holding one double in
// the SI base unit (bytes, seconds, FLOPs, bits/s, bytes/s, FLOP/s, watts, joules, dollars), so
// that adding seconds to bytes does not compile and a figure never loses its unit in a comment.
// Named constructors (gib(80), gbit_per_s(400), tflop_per_s(989)) build them; to_string prints
// them for people ("80.0 GiB", "400 Gb/s", "98.9 EFLOP/s").
#pragma once

#include <fmt/format.h>

#include <compare>
#include <string>

namespace colossus {

// A double tagged with its unit; arithmetic is allowed only where the units agree.
template <class Tag>
class Quantity {
 public:
  constexpr Quantity() = default;
  constexpr explicit Quantity(double value) : value_(value) {}
  // The value in the SI base unit of this quantity.
  constexpr double value() const { return value_; }

  constexpr Quantity operator+(Quantity o) const { return Quantity(value_ + o.value_); }
  constexpr Quantity operator-(Quantity o) const { return Quantity(value_ - o.value_); }
  constexpr Quantity operator-() const { return Quantity(-value_); }
  constexpr Quantity operator*(double k) const { return Quantity(value_ * k); }
  constexpr Quantity operator/(double k) const { return Quantity(value_ / k); }
  // The ratio of two quantities of the same unit is a plain number.
  constexpr double operator/(Quantity o) const { return value_ / o.value_; }
  constexpr Quantity& operator+=(Quantity o) {
    value_ += o.value_;
    return *this;
  }
  constexpr Quantity& operator-=(Quantity o) {
    value_ -= o.value_;
    return *this;
  }
  constexpr Quantity& operator*=(double k) {
    value_ *= k;
    return *this;
  }
  constexpr auto operator<=>(const Quantity&) const = default;

 private:
  double value_ = 0.0;
};

template <class Tag>
constexpr Quantity<Tag> operator*(double k, Quantity<Tag> q) {
  return q * k;
}

struct BytesTag {};
struct SecondsTag {};
struct FlopsTag {};
struct FlopRateTag {};
struct BitRateTag {};
struct ByteRateTag {};
struct WattsTag {};
struct JoulesTag {};
struct DollarsTag {};

using Bytes = Quantity<BytesTag>;        // an amount of data, in bytes
using Seconds = Quantity<SecondsTag>;    // a duration or a point in simulated time
using Flops = Quantity<FlopsTag>;        // a count of floating-point operations
using FlopRate = Quantity<FlopRateTag>;  // FLOP/s
using BitRate = Quantity<BitRateTag>;    // bits/s, as links and NICs are sold
using ByteRate = Quantity<ByteRateTag>;  // bytes/s, as collectives and HBM are measured
using Watts = Quantity<WattsTag>;        // power
using Joules = Quantity<JoulesTag>;      // energy
using Dollars = Quantity<DollarsTag>;    // money

// Named constructors. Decimal prefixes are powers of 1000, binary ones (kib, mib, gib, tib) of
// 1024.
constexpr Bytes bytes(double v) {
  return Bytes(v);
}
constexpr Bytes kib(double v) {
  return Bytes(v * 1024.0);
}
constexpr Bytes mib(double v) {
  return Bytes(v * 1024.0 * 1024.0);
}
constexpr Bytes gib(double v) {
  return Bytes(v * 1024.0 * 1024.0 * 1024.0);
}
constexpr Bytes tib(double v) {
  return Bytes(v * 1024.0 * 1024.0 * 1024.0 * 1024.0);
}
constexpr Bytes gigabytes(double v) {
  return Bytes(v * 1e9);
}
constexpr Seconds seconds(double v) {
  return Seconds(v);
}
constexpr Seconds milliseconds(double v) {
  return Seconds(v * 1e-3);
}
constexpr Seconds microseconds(double v) {
  return Seconds(v * 1e-6);
}
constexpr Seconds nanoseconds(double v) {
  return Seconds(v * 1e-9);
}
constexpr Seconds hours(double v) {
  return Seconds(v * 3600.0);
}
constexpr Seconds days(double v) {
  return Seconds(v * 86400.0);
}
constexpr Flops flops(double v) {
  return Flops(v);
}
constexpr FlopRate flop_per_s(double v) {
  return FlopRate(v);
}
constexpr FlopRate tflop_per_s(double v) {
  return FlopRate(v * 1e12);
}
constexpr BitRate bit_per_s(double v) {
  return BitRate(v);
}
constexpr BitRate gbit_per_s(double v) {
  return BitRate(v * 1e9);
}
constexpr ByteRate byte_per_s(double v) {
  return ByteRate(v);
}
constexpr ByteRate gbyte_per_s(double v) {
  return ByteRate(v * 1e9);
}
constexpr ByteRate tbyte_per_s(double v) {
  return ByteRate(v * 1e12);
}
constexpr Watts watts(double v) {
  return Watts(v);
}
constexpr Watts kilowatts(double v) {
  return Watts(v * 1e3);
}
constexpr Watts megawatts(double v) {
  return Watts(v * 1e6);
}
constexpr Joules joules(double v) {
  return Joules(v);
}
constexpr Dollars dollars(double v) {
  return Dollars(v);
}

// Conversions between related units.
constexpr ByteRate to_byte_rate(BitRate r) {
  return ByteRate(r.value() / 8.0);
}
constexpr BitRate to_bit_rate(ByteRate r) {
  return BitRate(r.value() * 8.0);
}
constexpr Seconds operator/(Bytes b, ByteRate r) {
  return Seconds(b.value() / r.value());
}
constexpr ByteRate operator/(Bytes b, Seconds s) {
  return ByteRate(b.value() / s.value());
}
constexpr Bytes operator*(ByteRate r, Seconds s) {
  return Bytes(r.value() * s.value());
}
constexpr Seconds operator/(Flops f, FlopRate r) {
  return Seconds(f.value() / r.value());
}
constexpr FlopRate operator/(Flops f, Seconds s) {
  return FlopRate(f.value() / s.value());
}
constexpr Flops operator*(FlopRate r, Seconds s) {
  return Flops(r.value() * s.value());
}
constexpr Joules operator*(Watts w, Seconds s) {
  return Joules(w.value() * s.value());
}

// Human-readable text: binary prefixes for bytes, decimal ones for rates, 3 significant digits.
std::string to_string(Bytes v);
std::string to_string(Seconds v);
std::string to_string(Flops v);
std::string to_string(FlopRate v);
std::string to_string(BitRate v);
std::string to_string(ByteRate v);
std::string to_string(Watts v);
std::string to_string(Joules v);
std::string to_string(Dollars v);

}  // namespace colossus

// fmt prints every quantity through its to_string.
template <class Tag>
struct fmt::formatter<colossus::Quantity<Tag>> : fmt::formatter<std::string> {
  auto format(colossus::Quantity<Tag> q, format_context& ctx) const {
    return fmt::formatter<std::string>::format(colossus::to_string(q), ctx);
  }
};
