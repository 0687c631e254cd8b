// The `colossus` command: parses the command line with CLI11 and runs one subcommand. Bad input
// (InputError, or a command line CLI11 rejects) is one line on stderr and exit code 2.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "colossus/cli/commands.h"
#include "colossus/core/error.h"

int main(int argc, char** argv) {
  CLI::App app{"Colossus: a digital twin of AI training superclusters", "colossus"};
  app.require_subcommand(1);
  colossus::cli::add_presets_command(app);
  colossus::cli::add_describe_command(app);
  colossus::cli::add_collective_command(app);
  colossus::cli::add_simulate_command(app);
  colossus::cli::add_validate_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    fmt::print(stderr, "<command line>: {}\n", e.what());
    return colossus::kExitBadInput;
  } catch (const colossus::InputError& e) {
    fmt::print(stderr, "{}\n", e.what());
    return colossus::kExitBadInput;
  } catch (const std::exception& e) {
    fmt::print(stderr, "internal error: {}\n", e.what());
    return 1;
  }
  return 0;
}
