// Placeholder for `colossus describe` until its issue lands; replaced by the real command.
#include "colossus/cli/commands.h"
#include "colossus/core/error.h"

namespace colossus::cli {

void add_describe_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("describe", "(not yet built)");
  cmd->callback([] { throw InputError({"<command line>", 0}, "describe", "not yet built"); });
}

}  // namespace colossus::cli
