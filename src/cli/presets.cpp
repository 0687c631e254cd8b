// Placeholder for `colossus presets` until its issue lands; replaced by the real command.
#include "colossus/cli/commands.h"
#include "colossus/core/error.h"

namespace colossus::cli {

void add_presets_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("presets", "(not yet built)");
  cmd->callback([] { throw InputError({"<command line>", 0}, "presets", "not yet built"); });
}

}  // namespace colossus::cli
