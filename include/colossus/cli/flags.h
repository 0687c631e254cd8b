// Command-line plumbing shared by the subcommands: CLI11 validators that read counts and byte
// sizes with suffixes through the one parser of core/suffixed_number.h (so `--tokens 15T` and
// `--max 16G` are read alike, and a value out of range is refused naming the range), and the
// "did you mean" for a mistyped long flag.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

namespace colossus::cli {

inline constexpr std::int64_t kIntMax = std::numeric_limits<int>::max();

// A count in [min, max] with SI suffixes ("15T"); CLI11 then converts the plain integer it
// leaves to the option's type.
CLI::Validator count_flag(std::int64_t min, std::int64_t max);
// A byte size in [min, max] bytes with binary suffixes ("16G", "1MiB").
CLI::Validator size_flag(std::int64_t min, std::int64_t max);

// "--tpp" on `cmd`: the closest long flag ("--tp"), if one is close enough to be a typo.
std::optional<std::string> closest_flag(const CLI::App& cmd, const std::string& flag);

}  // namespace colossus::cli
