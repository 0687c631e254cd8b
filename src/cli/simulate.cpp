// Placeholder for `colossus simulate` until its issue lands; replaced by the real command.
#include "colossus/cli/commands.h"
#include "colossus/core/error.h"

namespace colossus::cli {

void add_simulate_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("simulate", "(not yet built)");
  cmd->callback([] { throw InputError({"<command line>", 0}, "simulate", "not yet built"); });
}

}  // namespace colossus::cli
