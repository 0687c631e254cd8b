// Reading a spec file's bytes, the same way for every loader (YAML clusters, models and
// scenarios, Hugging Face config.json): a directory, a device or pipe, a missing file and a
// file larger than any spec each get their own one-line InputError, before anything is read,
// and the read itself is bounded, so /dev/zero or a file that grows cannot exhaust memory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace colossus {

// The largest spec file read: specs are a few kilobytes; anything larger is a mistake (a data
// dump, a device), not a spec.
inline constexpr std::uintmax_t kMaxSpecFileBytes = 16 * 1024 * 1024;

// The contents of the file at `path`, named `display_name` in messages; `expected` says what
// the file should have been ("a YAML file", "a Hugging Face config.json"). Throws InputError
// when the file is missing, a directory, not a regular file, larger than kMaxSpecFileBytes, or
// unreadable.
std::string read_spec_file(const std::filesystem::path& path, const std::string& display_name,
                           std::string_view expected);

}  // namespace colossus
