// Enum <-> string, stated once per enum. Each enum that users spell (in YAML, on the command
// line, in JSON and text output) has one constexpr table of its values and their spellings, found
// by argument-dependent lookup next to the enum:
//   inline constexpr EnumName<Transport> kTransportNames[] = {{Transport::roce, "roce"}, ...};
//   constexpr std::span<const EnumName<Transport>> enum_table(Transport) { return kTransportNames;
//   }
// and gets from here to_string, the value a spelling names, the list of spellings, and a parse
// that throws an InputError listing the valid names. No switch or if chain restates a table.
#pragma once

#include <concepts>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "colossus/core/error.h"

namespace colossus {

// One value of an enum and its spelling.
template <class E>
struct EnumName {
  E value;
  std::string_view name;
};

// An enum with a spelling table (an enum_table(E) overload found by ADL).
template <class E>
concept NamedEnum = std::is_enum_v<E> && requires(E e) {
  { enum_table(e) } -> std::convertible_to<std::span<const EnumName<E>>>;
};

// The spelling of `value` ("?" for a value the table lacks, which a test rules out).
template <NamedEnum E>
constexpr std::string_view to_string(E value) {
  for (const EnumName<E>& entry : enum_table(E{})) {
    if (entry.value == value) return entry.name;
  }
  return "?";
}

// The value spelled `text`, if any.
template <NamedEnum E>
constexpr std::optional<E> enum_from_string(std::string_view text) {
  for (const EnumName<E>& entry : enum_table(E{})) {
    if (entry.name == text) return entry.value;
  }
  return std::nullopt;
}

// Every spelling, in table order.
template <NamedEnum E>
std::vector<std::string> enum_names() {
  std::vector<std::string> out;
  for (const EnumName<E>& entry : enum_table(E{})) out.emplace_back(entry.name);
  return out;
}

// Every spelling in table order, joined by ", ".
template <NamedEnum E>
std::string enum_name_list() {
  std::string out;
  for (const EnumName<E>& entry : enum_table(E{})) {
    if (!out.empty()) out += ", ";
    out += entry.name;
  }
  return out;
}

// The value spelled `text`, or an InputError at `where`/`field`: "expected one of a, b, c, got
// 'x'".
template <NamedEnum E>
E parse_enum(std::string_view text, const SourceLocation& where, const std::string& field) {
  if (const std::optional<E> value = enum_from_string<E>(text)) return *value;
  throw InputError(where, field,
                   "expected one of " + enum_name_list<E>() + ", got '" + std::string(text) + "'");
}

}  // namespace colossus
