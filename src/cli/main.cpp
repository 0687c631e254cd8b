// The `colossus` command: parses the command line with CLI11 and runs one subcommand. With no
// subcommand it prints a short usage (exit 2); `help [SUBCOMMAND]` prints it, or a subcommand's
// options, on stdout; `--version` / `-V` prints the version and the git commit CMake saw at
// configure time. A mistyped subcommand or long flag gets "did you mean". Bad input
// (InputError, or a command line CLI11 rejects) is one line on stderr and exit code 2. Output
// that could not be written (a full disk, a closed stdout) is checked at exit: one line, exit 1.
#include <fcntl.h>
#include <fmt/core.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "colossus/cli/commands.h"
#include "colossus/cli/flags.h"
#include "colossus/core/allocator.h"
#include "colossus/core/error.h"
#include "colossus/core/printable.h"
#include "colossus/spec/yaml_reader.h"

#ifndef COLOSSUS_VERSION
#define COLOSSUS_VERSION "unknown"
#endif
#ifndef COLOSSUS_GIT_COMMIT
#define COLOSSUS_GIT_COMMIT "unknown"
#endif

namespace {

constexpr int kExitOutputFailed = 1;

// The subcommands, in the order the usage lists them.
std::vector<std::string> subcommand_names(CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    names.push_back(sub->get_name());
  }
  return names;
}

// The short usage: one line per subcommand with its description.
std::string usage(CLI::App& app) {
  std::string out =
      "Usage: colossus SUBCOMMAND [OPTIONS]\n\n"
      "A digital twin of AI training superclusters.\n\nSubcommands:\n";
  for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    out += fmt::format("  {:<12}{}\n", sub->get_name(), sub->get_description());
  }
  out += fmt::format("  {:<12}{}\n", "help", "this text, or `help SUBCOMMAND` for its options");
  out +=
      "\n`colossus SUBCOMMAND --help` lists a subcommand's options; `colossus --version` prints "
      "the version.\n";
  return out;
}

// One line naming an unknown subcommand, with the closest one or the list.
std::string unknown_subcommand(CLI::App& app, const std::string& name) {
  std::vector<std::string> names = subcommand_names(app);
  names.push_back("help");
  if (auto suggestion = colossus::closest_match(name, names)) {
    return fmt::format("<command line>: unknown subcommand '{}'; did you mean '{}'?", name,
                       *suggestion);
  }
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
  return fmt::format("<command line>: unknown subcommand '{}'; expected one of {}", name, list);
}

// The first long flag on the command line that `cmd` does not know, with the closest known one;
// empty if every long flag is known.
std::string unknown_flag(const CLI::App& cmd, int argc, char** argv, int first) {
  for (int i = first; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg.size() < 3 || arg.substr(0, 2) != "--") continue;
    const std::string flag(arg.substr(0, arg.find('=')));
    bool known = false;
    for (const CLI::Option* option : cmd.get_options()) {
      for (const std::string& name : option->get_lnames()) known = known || flag == "--" + name;
    }
    if (known) continue;
    const std::string where = cmd.get_parent() ? " for " + cmd.get_name() : "";
    if (auto suggestion = colossus::cli::closest_flag(cmd, flag)) {
      return fmt::format("<command line>: unknown option {}{}; did you mean {}?", flag, where,
                         *suggestion);
    }
    return fmt::format("<command line>: unknown option {}{}; `colossus {}--help` lists them", flag,
                       where, cmd.get_parent() ? cmd.get_name() + " " : "");
  }
  return "";
}

// Parses and runs; returns the exit code.
int run(CLI::App& app, int argc, char** argv) {
  if (argc < 2) {
    std::fputs(usage(app).c_str(), stderr);
    return colossus::kExitBadInput;
  }
  const std::string first = argv[1];
  if (first == "help") {
    if (argc == 2) {
      std::fputs(usage(app).c_str(), stdout);
      return 0;
    }
    CLI::App* sub = nullptr;
    try {
      sub = app.get_subcommand(argv[2]);
    } catch (const CLI::OptionNotFound&) {
      fmt::print(stderr, "{}\n", unknown_subcommand(app, argv[2]));
      return colossus::kExitBadInput;
    }
    std::fputs(sub->help().c_str(), stdout);
    return 0;
  }
  CLI::App* sub = nullptr;
  if (first.empty() || first[0] != '-') {
    try {
      sub = app.get_subcommand(first);
    } catch (const CLI::OptionNotFound&) {
      fmt::print(stderr, "{}\n", unknown_subcommand(app, first));
      return colossus::kExitBadInput;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::RequiredError& e) {
    if (app.get_subcommands().empty()) {  // only options such as --bogus, no subcommand
      const std::string line = unknown_flag(app, argc, argv, 1);
      fmt::print(stderr, "{}\n",
                 line.empty() ? "<command line>: a subcommand is required; "
                                "`colossus help` lists them"
                              : line);
      return colossus::kExitBadInput;
    }
    fmt::print(stderr, "<command line>: {}\n", colossus::printable_one_line(e.what()));
    return colossus::kExitBadInput;
  } catch (const CLI::ExtrasError& e) {
    const std::string line = unknown_flag(sub ? *sub : app, argc, argv, sub ? 2 : 1);
    fmt::print(stderr, "{}\n",
               line.empty()
                   ? fmt::format("<command line>: {}", colossus::printable_one_line(e.what()))
                   : line);
    return colossus::kExitBadInput;
  } catch (const CLI::ParseError& e) {
    fmt::print(stderr, "<command line>: {}\n", colossus::printable_one_line(e.what()));
    return colossus::kExitBadInput;
  } catch (const colossus::InputError& e) {
    fmt::print(stderr, "{}\n", e.what());
    return colossus::kExitBadInput;
  } catch (const std::exception& e) {
    // A write to stdout that failed (a full disk) throws from fmt::print once the output passes
    // the stream's buffer: main reports it as an output failure, one line.
    if (std::ferror(stdout)) return 0;
    fmt::print(stderr, "internal error: {}\n", colossus::printable_one_line(e.what()));
    return 1;
  }
  return 0;
}

// Flushes stdout (both the C stream fmt writes to and std::cout, which CLI11's help uses); empty
// if everything written reached it, else why not.
std::string output_error() {
  std::cout.flush();
  const bool earlier = std::ferror(stdout) || !std::cout;
  errno = 0;
  if (std::fflush(stdout) != 0 && errno != 0) return std::strerror(errno);
  if (fcntl(STDOUT_FILENO, F_GETFD) == -1) return "it is closed";
  if (earlier || std::ferror(stdout)) return "a write failed (is the disk full?)";
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  colossus::tune_allocator();
  CLI::App app{"Colossus: a digital twin of AI training superclusters", "colossus"};
  app.require_subcommand(1);
  app.set_version_flag("--version,-V",
                       fmt::format("colossus {} (git {})", COLOSSUS_VERSION, COLOSSUS_GIT_COMMIT),
                       "Print the version and git commit, then exit");
  colossus::cli::add_presets_command(app);
  colossus::cli::add_describe_command(app);
  colossus::cli::add_collective_command(app);
  colossus::cli::add_simulate_command(app);
  colossus::cli::add_campaign_command(app);
  colossus::cli::add_validate_command(app);
  colossus::cli::add_compare_command(app);
  colossus::cli::add_serve_command(app);
  colossus::cli::add_calibration_shapes_command(app);
  colossus::cli::add_plan_command(app);
  colossus::cli::add_sweep_command(app);
  const int code = run(app, argc, argv);
  if (const std::string error = output_error(); !error.empty()) {
    fmt::print(stderr, "colossus: could not write the output to stdout: {}\n", error);
    return code != 0 ? code : kExitOutputFailed;
  }
  return code;
}
