// Placeholder for `colossus validate` until its issue lands; replaced by the real command.
#include "colossus/cli/commands.h"
#include "colossus/core/error.h"

namespace colossus::cli {

void add_validate_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("validate", "(not yet built)");
  cmd->callback([] { throw InputError({"<command line>", 0}, "validate", "not yet built"); });
}

}  // namespace colossus::cli
