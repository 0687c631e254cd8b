// Writing report files: a directory made on demand and each file written atomically (a
// temporary file beside it, then a rename), so a reader never sees half a report and a failed
// run leaves the previous report whole. A path that cannot be written is bad input: InputError
// naming the flag (`--report`, `--trace`, `--csv`) and the reason, which the CLI prints as one
// line with exit code 2.
#pragma once

#include <filesystem>
#include <string>

namespace colossus::report {

// Makes `dir` (and its parents) if missing; throws InputError on `flag` if it cannot.
void make_report_dir(const std::filesystem::path& dir, const std::string& flag);
// Writes `content` to `path` through a temporary file and a rename; throws InputError on `flag`.
void write_file_atomically(const std::filesystem::path& path, const std::string& content,
                           const std::string& flag);

// Writes an HTML report as dir/index.html (making dir); throws InputError on `--report`.
void write_html_report(const std::filesystem::path& dir, const std::string& html);

}  // namespace colossus::report
