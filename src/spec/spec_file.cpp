// read_spec_file: the one bounded way the loaders read a file. The kind of the path is checked
// first (so a directory or /dev/zero is named as such, not as "no such file" or a parse error),
// then its size, and the read stops one byte past the limit whatever stat said.
#include "colossus/spec/spec_file.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include "colossus/core/error.h"

namespace colossus {

std::string read_spec_file(const std::filesystem::path& path, const std::string& display_name,
                           std::string_view expected) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (status.type() == fs::file_type::directory) {
    throw InputError({display_name, 0}, "", fmt::format("is a directory, expected {}", expected));
  }
  if (!ec && status.type() != fs::file_type::regular) {
    throw InputError({display_name, 0}, "",
                     fmt::format("not a regular file, expected {}", expected));
  }
  const auto too_large = [&](std::uintmax_t size) {
    return InputError({display_name, 0}, "",
                      fmt::format("file of {}{} bytes is too large, expected {} of at most {} "
                                  "bytes",
                                  size > kMaxSpecFileBytes ? "" : "more than ", size, expected,
                                  kMaxSpecFileBytes));
  };
  if (const auto size = fs::file_size(path, ec); !ec && size > kMaxSpecFileBytes) {
    throw too_large(size);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {  // a missing file fails here, with the system's reason
    throw InputError({display_name, 0}, "",
                     fmt::format("cannot read file ({})", std::strerror(errno)));
  }
  // Read in chunks up to one byte past the limit: the size may have changed since stat.
  std::string text;
  char chunk[64 * 1024];
  while (in && text.size() <= kMaxSpecFileBytes) {
    in.read(chunk, sizeof chunk);
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw InputError({display_name, 0}, "", "cannot read file (I/O error)");
  if (text.size() > kMaxSpecFileBytes) throw too_large(kMaxSpecFileBytes);
  return text;
}

}  // namespace colossus
