// Sweep files, their points and the simulation of one point (plan/sweep.h). A point's scenario
// is the base file's YAML with each axis field set to the point's value (a scalar YAML value,
// so "8" stays a number), re-emitted and read by the scenario loader.
#include "colossus/plan/sweep.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "colossus/sim/scenario.h"
#include "colossus/sim/simulation.h"
#include "colossus/spec/yaml_reader.h"

namespace colossus::plan {
namespace {

// The base document with `field` (a dotted path) set to the scalar `value`.
void set_field(YAML::Node& root, const std::string& field, const std::string& value) {
  auto [node, key] = dotted_field(root, field);
  node[key] = YAML::Load(value);
}

// The scenario text of one point.
std::string point_text(const SweepSpec& spec, const std::vector<std::string>& fields,
                       const std::vector<std::string>& values) {
  YAML::Node root = YAML::Load(spec.base_text);
  for (std::size_t i = 0; i < fields.size(); ++i) set_field(root, fields[i], values[i]);
  YAML::Emitter out;
  out << root;
  return out.c_str();
}

// A number as the sweep prints it: an integer plainly, otherwise 17 significant digits.
std::string number_text(double v) {
  if (std::abs(v) < 1e15 && v == std::floor(v))
    return fmt::format("{}", static_cast<std::int64_t>(v));
  return fmt::format("{:.17g}", v);
}

// The values of an axis field: a list, or a range {from, to, step | times}.
std::vector<std::string> axis_values(const YamlReader& node) {
  const bool list = node.has("values"), range = node.has("range");
  if (list == range)
    node.fail_at(list ? "range" : "field",
                 "expected one of values: [...] or range: {from, to, step | times}");
  std::vector<std::string> out;
  if (list) {
    for (const YamlReader& v : node.items("values", 1)) {
      if (!v.is_scalar()) v.fail("expected a scalar value");
      out.push_back(v.as_string());
    }
    return out;
  }
  const YamlReader r = node.child("range");
  r.expect_keys({"from", "to"}, {"step", "times"});
  const double from = r.get_number("from", NumberRange{});
  const double to = r.get_number("to", NumberRange{});
  if (r.has("step") == r.has("times")) r.fail("expected one of step or times");
  if (to < from) r.fail_at("to", fmt::format("expected at least from ({}), got {}", from, to));
  const double step = r.has("step") ? r.get_number("step", NumberRange::positive()) : 0.0;
  const double times = r.has("times") ? r.get_number("times", NumberRange{1.0, 1e9, true}) : 0.0;
  if (times > 0 && from <= 0) r.fail_at("from", "expected a positive start with times");
  for (int i = 0;; ++i) {
    const double v = step > 0 ? from + step * i : from * std::pow(times, i);
    if (v > to * (1 + 1e-12)) break;
    if (i >= 100000) r.fail("expected at most 100,000 values");
    out.push_back(number_text(v));
  }
  return out;
}

// FNV-1a, 64 bits: a digest that is the same on every machine.
std::uint64_t fnv1a(const std::string& text) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string csv_quoted(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string real_text(double v) {
  return fmt::format("{:.17g}", v);
}

}  // namespace

std::vector<std::string> SweepSpec::fields() const {
  std::vector<std::string> out;
  for (const SweepAxis& a : axes) out.insert(out.end(), a.fields.begin(), a.fields.end());
  return out;
}

std::int64_t SweepSpec::point_count() const {
  std::int64_t n = 1;
  for (const SweepAxis& a : axes) n *= static_cast<std::int64_t>(a.steps.size());
  return n;
}

std::vector<std::string> SweepSpec::point(std::int64_t index) const {
  std::vector<std::size_t> step(axes.size());
  for (std::size_t a = axes.size(); a-- > 0;) {
    const auto n = static_cast<std::int64_t>(axes[a].steps.size());
    step[a] = static_cast<std::size_t>(index % n);
    index /= n;
  }
  std::vector<std::string> out;
  for (std::size_t a = 0; a < axes.size(); ++a) {
    const auto& values = axes[a].steps[step[a]];
    out.insert(out.end(), values.begin(), values.end());
  }
  return out;
}

std::string SweepSpec::fingerprint() const {
  std::string text = base_text;
  for (const SweepAxis& a : axes) {
    for (const std::string& f : a.fields) text += "\x1f" + f;
    for (const auto& s : a.steps)
      for (const std::string& v : s) text += "\x1e" + v;
  }
  return fmt::format("{:016x}", fnv1a(text));
}

SweepSpec load_sweep(const std::string& path, const PresetCatalog& catalog) {
  const YamlReader root = YamlReader::from_file(path);
  root.expect_keys({"base", "axes"}, {"name", "description"});
  SweepSpec spec;
  spec.name = root.find_string("name").value_or(std::filesystem::path(path).stem().string());
  for (char c : spec.name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-')
      root.fail_at(
          "name",
          fmt::format("expected letters, digits, '_' or '-' (a table name), got '{}'", spec.name));
  }
  std::filesystem::path base(root.get_string("base"));
  if (base.is_relative()) base = std::filesystem::path(path).parent_path() / base;
  spec.base_path = base.string();
  {
    std::ifstream in(base);
    if (!in) root.fail_at("base", "no such scenario file: " + spec.base_path);
    std::stringstream text;
    text << in.rdbuf();
    spec.base_text = text.str();
  }
  sim::parse_scenario_yaml(spec.base_text, spec.base_path, catalog);  // the base must read

  const auto axes = root.items("axes", 1);
  for (std::size_t i = 0; i < axes.size(); ++i) {
    const YamlReader& a = axes[i];
    a.expect_keys({}, {"field", "values", "range", "zip"});
    SweepAxis axis;
    axis.where = a.location();
    std::vector<std::pair<std::string, YamlReader>> parts;
    if (a.has("zip")) {
      if (a.has("field")) a.fail_at("field", "expected field or zip, not both");
      for (const YamlReader& z : a.items("zip", 1)) {
        z.expect_keys({"field"}, {"values", "range"});
        parts.emplace_back(z.get_string("field"), z);
      }
    } else {
      a.expect_keys({"field"}, {"values", "range"});
      parts.emplace_back(a.get_string("field"), a);
    }
    std::vector<std::vector<std::string>> columns;
    for (const auto& [field, node] : parts) {
      axis.fields.push_back(field);
      columns.push_back(axis_values(node));
      if (columns.back().size() != columns.front().size()) {
        node.fail(fmt::format("expected {} values as the first field of the zip, got {}",
                              columns.front().size(), columns.back().size()));
      }
      // An axis over a field the scenario does not have: say which and what it may be.
      const std::vector<std::string> one{columns.back().front()};
      try {
        sim::parse_scenario_yaml(point_text(spec, {field}, one), spec.base_path, catalog);
      } catch (const InputError& e) {
        const std::string& f = e.field();
        const bool unknown = e.message().rfind("unknown key", 0) == 0 &&
                             (f == field || field.rfind(f + ".", 0) == 0);
        if (unknown) {
          std::string message = fmt::format("'{}' is not a scenario field", field);
          const auto quote = e.message().find("did you mean \"");
          if (quote != std::string::npos) {
            const std::size_t from = quote + 14;
            const std::string word = e.message().substr(from, e.message().find('"', from) - from);
            const std::string parent =
                f.rfind('.') == std::string::npos ? "" : f.substr(0, f.rfind('.') + 1);
            message += fmt::format("; did you mean '{}{}'?", parent, word);
          }
          node.fail_at("field", message);
        }
      }
    }
    for (std::size_t s = 0; s < columns.front().size(); ++s) {
      std::vector<std::string> step;
      for (const auto& c : columns) step.push_back(c[s]);
      axis.steps.push_back(step);
    }
    spec.axes.push_back(std::move(axis));
  }
  if (spec.point_count() > 100'000'000) root.fail_at("axes", "expected at most 10^8 points");
  return spec;
}

const std::vector<std::string>& sweep_output_columns() {
  static const std::vector<std::string> columns{
      "step_time_s",     "mfu",    "tflops_per_gpu", "tokens_per_s", "peak_memory_gib",
      "bubble_fraction", "layout", "error"};
  return columns;
}

SweepRunner::SweepRunner(const SweepSpec& spec, const PresetCatalog& catalog)
    : spec_(spec), catalog_(catalog) {}

std::shared_ptr<const Topology> SweepRunner::topology_for(const std::string& key,
                                                          const ClusterSpec& cluster) {
  {
    std::lock_guard lock(mutex_);
    if (auto it = topologies_.find(key); it != topologies_.end()) return it->second;
  }
  std::shared_ptr<const Topology> built = make_topology(cluster);
  std::lock_guard lock(mutex_);
  return topologies_.try_emplace(key, std::move(built)).first->second;
}

SweepRow SweepRunner::evaluate(std::int64_t point) {
  SweepRow row;
  row.point = point;
  row.inputs = spec_.point(point);
  try {
    const std::string text = point_text(spec_, spec_.fields(), row.inputs);
    const sim::Scenario s = sim::parse_scenario_yaml(text, spec_.base_path, catalog_);
    YAML::Emitter key;
    key << YAML::Load(text)["cluster"];
    const auto topology = topology_for(key.c_str(), s.cluster);
    const sim::SimulationResult r = sim::simulate(*topology, s.job);
    row.step_time_s = r.step_time.value();
    row.mfu = r.mfu;
    row.tflops_per_gpu = r.model_flops_per_gpu.value() / 1e12;
    row.tokens_per_s = r.tokens_per_second;
    Bytes peak{};
    for (const sim::StageResult& st : r.stages) peak = std::max(peak, st.memory.total());
    row.peak_memory_gib = peak.value() / static_cast<double>(1LL << 30);
    row.bubble_fraction = r.bubble_fraction;
    row.layout = r.layout;
  } catch (const std::exception& e) {
    row.error = e.what();
  }
  return row;
}

std::string sweep_csv_header(const SweepSpec& spec) {
  std::string out = "point";
  for (const std::string& f : spec.fields()) out += "," + csv_quoted(f);
  for (const std::string& c : sweep_output_columns()) out += "," + c;
  return out + "\n";
}

std::string sweep_csv_row(const SweepRow& row) {
  std::string out = std::to_string(row.point);
  for (const std::string& v : row.inputs) out += "," + csv_quoted(v);
  if (row.error.empty()) {
    for (double v : {row.step_time_s, row.mfu, row.tflops_per_gpu, row.tokens_per_s,
                     row.peak_memory_gib, row.bubble_fraction})
      out += "," + real_text(v);
  } else {
    out += ",,,,,,";
  }
  out += "," + csv_quoted(row.layout) + "," + csv_quoted(row.error);
  return out + "\n";
}

std::string sweep_json_line(const SweepSpec& spec, const SweepRow& row) {
  nlohmann::ordered_json j;
  j["point"] = row.point;
  nlohmann::ordered_json inputs;
  const auto fields = spec.fields();
  for (std::size_t i = 0; i < fields.size(); ++i) inputs[fields[i]] = row.inputs[i];
  j["inputs"] = inputs;
  if (row.error.empty()) {
    j["step_time_s"] = row.step_time_s;
    j["mfu"] = row.mfu;
    j["tflops_per_gpu"] = row.tflops_per_gpu;
    j["tokens_per_s"] = row.tokens_per_s;
    j["peak_memory_gib"] = row.peak_memory_gib;
    j["bubble_fraction"] = row.bubble_fraction;
    j["layout"] = row.layout;
  } else {
    j["error"] = row.error;
  }
  return j.dump() + "\n";
}

}  // namespace colossus::plan
