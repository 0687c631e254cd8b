// CLI11 validators for suffixed counts and sizes, and the closest long flag to a typo (flags.h).
// The suggestion reuses the edit distance the YAML loader uses for mistyped keys.
#include "colossus/cli/flags.h"

#include <vector>

#include "colossus/core/suffixed_number.h"
#include "colossus/spec/yaml_reader.h"

namespace colossus::cli {
namespace {

// A validator that replaces its input with the parsed number or returns the parser's message.
template <class Parse>
CLI::Validator number_flag(Parse parse, const std::string& name) {
  return CLI::Validator(
      [parse](std::string& input) {
        try {
          input = std::to_string(parse(input));
          return std::string();
        } catch (const InputError& e) {
          return e.message();
        }
      },
      name);
}

}  // namespace

CLI::Validator count_flag(std::int64_t min, std::int64_t max) {
  return number_flag([=](const std::string& text) { return parse_count(text, {}, "", min, max); },
                     "COUNT");
}

CLI::Validator size_flag(std::int64_t min, std::int64_t max) {
  return number_flag(
      [=](const std::string& text) { return parse_byte_size(text, {}, "", min, max); }, "SIZE");
}

std::optional<std::string> closest_flag(const CLI::App& cmd, const std::string& flag) {
  std::vector<std::string> names;
  for (const CLI::Option* option : cmd.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
  }
  return closest_match(flag, names);
}

}  // namespace colossus::cli
