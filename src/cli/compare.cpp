// `colossus compare SCENARIO... [--vary FIELD=V1,V2,...]`: the same job under variants, side
// by side. Each scenario file is a variant; with --vary each file is run once per value of the
// field (a dotted path into the scenario, e.g. parallelism.precision=bf16,fp8), the value set in
// the file's YAML before it is read, so any field a scenario has can vary and is checked as in
// the file. Prints each headline figure and breakdown part per variant with its delta against
// the first (report/compare_report.h); --json, --report DIR and --csv DIR as the other commands.
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "colossus/cli/commands.h"
#include "colossus/cli/report_flags.h"
#include "colossus/core/error.h"
#include "colossus/report/compare_report.h"
#include "colossus/report/csv_report.h"
#include "colossus/report/report_files.h"
#include "colossus/sim/scenario.h"
#include "colossus/sim/simulation.h"
#include "colossus/spec/yaml_reader.h"
#include "colossus/topology/topology.h"

namespace colossus::cli {
namespace {

const SourceLocation kCommandLine{"<command line>", 0};

struct Options {
  std::vector<std::string> scenarios;
  std::string vary;
  std::vector<std::string> names;
  bool json = false;
  ReportFlags outputs;
};

// The field and values of --vary ("parallelism.precision=bf16,fp8").
std::pair<std::string, std::vector<std::string>> parse_vary(const std::string& vary) {
  const auto eq = vary.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == vary.size()) {
    throw InputError(kCommandLine, "--vary",
                     fmt::format("expected FIELD=VALUE[,VALUE...], got '{}'", vary));
  }
  std::vector<std::string> values;
  std::string rest = vary.substr(eq + 1);
  for (std::size_t start = 0;;) {
    const auto comma = rest.find(',', start);
    values.push_back(rest.substr(start, comma - start));
    if (values.back().empty()) {
      throw InputError(kCommandLine, "--vary",
                       fmt::format("empty value in '{}'; expected FIELD=V1,V2,...", vary));
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return {vary.substr(0, eq), values};
}

// The file's text with the scalar at `mark` replaced by `value`, if the line holds that scalar
// as written (a plain or quoted scalar): every other line, and so every line number, stays.
std::optional<std::string> replace_scalar(const std::string& text, const YAML::Mark& mark,
                                          const std::string& scalar, const std::string& value) {
  std::size_t start = 0;
  for (int line = 0; line < mark.line; ++line) {
    start = text.find('\n', start);
    if (start == std::string::npos) return std::nullopt;
    ++start;
  }
  const std::size_t at = start + std::size_t(mark.column);
  for (const std::string& written : {scalar, '"' + scalar + '"', "'" + scalar + "'"}) {
    if (text.compare(at, written.size(), written) == 0) {
      return text.substr(0, at) + value + text.substr(at + written.size());
    }
  }
  return std::nullopt;
}

// The scenario file with `field` (a dotted path) set to `value` (a YAML scalar), read as the
// file would be: the value replaces the field's scalar on its line when the file has it (line
// numbers stay the file's); otherwise the field is added and the document re-emitted.
sim::Scenario varied_scenario(const std::string& path, const std::string& field,
                              const std::string& value, const PresetCatalog& catalog) {
  std::string text;
  try {
    std::ifstream in(path);
    std::stringstream original;
    original << in.rdbuf();
    YAML::Node root = YAML::Load(original.str());
    auto [node, key] = dotted_field(root, field);
    std::optional<std::string> replaced;
    if (node.IsMap() && node[key] && node[key].IsScalar()) {
      replaced = replace_scalar(original.str(), node[key].Mark(), node[key].Scalar(), value);
    }
    if (replaced) {
      text = *replaced;
    } else {
      node[key] = YAML::Load(value);
      YAML::Emitter out;
      out << root;
      text = out.c_str();
    }
  } catch (const YAML::Exception& e) {
    throw InputError(kCommandLine, "--vary",
                     fmt::format("cannot set {} in '{}': {}", field, path, e.what()));
  }
  return sim::parse_scenario_yaml(text, path, catalog);
}

void run(const Options& o) {
  if (o.scenarios.empty()) {
    throw InputError(kCommandLine, "scenarios",
                     "give two or more scenario files, or one with --vary FIELD=V1,V2");
  }
  const PresetCatalog catalog = PresetCatalog::from_environment();
  struct Pending {
    std::string name, source;
    sim::Scenario scenario;
  };
  std::vector<Pending> pending;
  for (const std::string& path : o.scenarios) {
    const std::string stem = std::filesystem::path(path).stem().string();
    if (o.vary.empty()) {
      pending.push_back({stem, path, sim::load_scenario(path, catalog)});
      continue;
    }
    const auto [field, values] = parse_vary(o.vary);
    sim::load_scenario(path, catalog);  // the file as it is must read (its own errors first)
    for (const std::string& v : values) {
      pending.push_back({o.scenarios.size() == 1 ? v : fmt::format("{} {}", stem, v),
                         fmt::format("{} ({}={})", path, field, v),
                         varied_scenario(path, field, v, catalog)});
    }
  }
  if (pending.size() < 2) {
    throw InputError(kCommandLine, "scenarios",
                     "one variant only; give two or more scenario files, or --vary FIELD=V1,V2");
  }
  if (!o.names.empty() && o.names.size() != pending.size()) {
    throw InputError(
        kCommandLine, "--names",
        fmt::format("expected {} names (one per variant), got {}", pending.size(), o.names.size()));
  }
  prepare_report_dirs(o.outputs);
  std::vector<report::Variant> variants;
  for (std::size_t i = 0; i < pending.size(); ++i) {
    const std::unique_ptr<const Topology> topology = make_topology(pending[i].scenario.cluster);
    variants.push_back({o.names.empty() ? pending[i].name : o.names[i], pending[i].source,
                        sim::simulate(*topology, pending[i].scenario.job)});
  }
  if (!o.outputs.report.empty()) {
    report::write_html_report(o.outputs.report, report::compare_html(variants));
  }
  if (!o.outputs.csv.empty()) {
    report::write_csv_tables(o.outputs.csv, report::compare_tables(variants));
  }
  if (o.json) {
    fmt::print("{}\n", report::compare_json(variants).dump(2));
  } else {
    fmt::print("{}", report::compare_text(variants));
  }
}

}  // namespace

void add_compare_command(CLI::App& app) {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand(
      "compare", "The same job under variants, side by side, with deltas against the first");
  cmd->add_option("scenarios", o->scenarios, "Scenario files (the first is the baseline)");
  cmd->add_option("--vary", o->vary,
                  "FIELD=V1,V2,...: run each scenario once per value of a scenario field "
                  "(e.g. parallelism.precision=bf16,fp8)");
  cmd->add_option("--names", o->names, "Names of the variants, in order")->delimiter(',');
  cmd->add_flag("--json", o->json, "Print JSON instead of text");
  add_report_flags(cmd, o->outputs);
  cmd->callback([o] { run(*o); });
}

}  // namespace colossus::cli
