// Report files written whole or not at all: the content goes to "<name>.tmp.<pid>" in the same
// directory (so the rename stays on one file system and is atomic), is flushed and closed, and is
// renamed over the target; on any failure the temporary file is removed and the error names the
// flag and the path.
#include "colossus/report/report_files.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <system_error>

#include "colossus/core/error.h"

namespace colossus::report {
namespace {

const SourceLocation kCommandLine{"<command line>", 0};

}  // namespace

void make_report_dir(const std::filesystem::path& dir, const std::string& flag) {
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) return;
  std::filesystem::create_directories(dir, ec);
  if (ec || !std::filesystem::is_directory(dir)) {
    throw InputError(kCommandLine, flag,
                     fmt::format("cannot create directory '{}': {}", dir.string(),
                                 ec ? ec.message() : "not a directory"));
  }
}

void write_file_atomically(const std::filesystem::path& path, const std::string& content,
                           const std::string& flag) {
  const std::filesystem::path tmp =
      path.parent_path() / fmt::format(".{}.tmp.{}", path.filename().string(), ::getpid());
  auto fail = [&](const std::string& why) {
    std::error_code ignored;
    std::filesystem::remove(tmp, ignored);
    throw InputError(kCommandLine, flag, fmt::format("cannot write '{}': {}", path.string(), why));
  };
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) fail(std::strerror(errno));
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) fail(std::strerror(errno));
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) fail(ec.message());
}

void write_html_report(const std::filesystem::path& dir, const std::string& html) {
  make_report_dir(dir, "--report");
  write_file_atomically(dir / "index.html", html, "--report");
}

}  // namespace colossus::report
