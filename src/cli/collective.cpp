// Placeholder for `colossus collective` until its issue lands; replaced by the real command.
#include "colossus/cli/commands.h"
#include "colossus/core/error.h"

namespace colossus::cli {

void add_collective_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("collective", "(not yet built)");
  cmd->callback([] { throw InputError({"<command line>", 0}, "collective", "not yet built"); });
}

}  // namespace colossus::cli
