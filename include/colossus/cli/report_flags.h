// The output flags the subcommands share: `--report DIR` (DIR/index.html), `--trace FILE`
// (simulate's step as a Chrome/Perfetto trace) and `--csv DIR` (one DIR/<table>.csv per
// table). The subcommand computes its result and hands it to report/ writers for each given.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace colossus::cli {

struct ReportFlags {
  std::string report;  // directory for index.html; empty: none
  std::string trace;   // trace file; empty: none
  std::string csv;     // directory for the CSV tables; empty: none
};

// Adds --report and --csv to `cmd`, and --trace when `trace` is set.
void add_report_flags(CLI::App* cmd, ReportFlags& flags, bool trace = false);
// Makes the report and CSV directories before a long run, so a path that cannot be written
// fails at once (InputError on the flag).
void prepare_report_dirs(const ReportFlags& flags);

}  // namespace colossus::cli
