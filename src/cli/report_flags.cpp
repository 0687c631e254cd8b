// The shared output flags of the subcommands.
#include "colossus/cli/report_flags.h"

#include "colossus/report/report_files.h"

namespace colossus::cli {

void add_report_flags(CLI::App* cmd, ReportFlags& flags, bool trace) {
  cmd->add_option("--report", flags.report,
                  "Write a self-contained HTML report to DIR/index.html (docs/reports.md)");
  cmd->add_option("--csv", flags.csv, "Write every table as DIR/<table>.csv");
  if (trace) {
    cmd->add_option("--trace", flags.trace,
                    "Write the step's timeline as a Chrome/Perfetto trace (JSON) to FILE");
  }
}

void prepare_report_dirs(const ReportFlags& flags) {
  if (!flags.report.empty()) report::make_report_dir(flags.report, "--report");
  if (!flags.csv.empty()) report::make_report_dir(flags.csv, "--csv");
}

}  // namespace colossus::cli
