// PresetCatalog: finds the data directory and turns "NAME or FILE.yaml" into a parsed file.
#include "colossus/spec/preset_catalog.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <system_error>

namespace colossus {
namespace {

namespace fs = std::filesystem;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "cluster", "GPU", "switch": a kind of preset as messages name it.
std::string singular(std::string_view kind) {
  if (kind == "gpus") return "GPU";
  if (kind == "nics") return "NIC";
  if (kind == "switches") return "switch";
  if (!kind.empty() && kind.back() == 's') kind.remove_suffix(1);
  return std::string(kind);
}

bool has_presets(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "presets", ec);
}

// The directory of the running executable (Linux: /proc/self/exe), or empty.
fs::path executable_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

}  // namespace

PresetCatalog::PresetCatalog(std::filesystem::path data_dir) : data_dir_(std::move(data_dir)) {}

PresetCatalog PresetCatalog::from_environment() {
  if (const char* env = std::getenv("COLOSSUS_DATA_DIR"); env != nullptr && *env != '\0') {
    if (!has_presets(env)) {
      throw InputError({"<environment>", 0}, "COLOSSUS_DATA_DIR",
                       fmt::format("expected a directory holding presets/, got \"{}\"", env));
    }
    return PresetCatalog(env);
  }
#ifdef COLOSSUS_DATA_DIR
  if (has_presets(COLOSSUS_DATA_DIR)) return PresetCatalog(COLOSSUS_DATA_DIR);
#endif
  return PresetCatalog(executable_dir());
}

std::filesystem::path PresetCatalog::kind_dir(std::string_view kind) const {
  return data_dir_ / "presets" / std::string(kind);
}

std::vector<std::string> PresetCatalog::names(std::string_view kind) const {
  std::vector<std::string> out;
  std::error_code ec;
  const fs::path dir = kind_dir(kind);
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
      out.push_back(entry.path().stem().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool PresetCatalog::has(std::string_view kind, std::string_view name) const {
  const auto all = names(kind);
  return std::find(all.begin(), all.end(), name) != all.end();
}

bool PresetCatalog::looks_like_file(std::string_view name_or_file, const fs::path& base) {
  if (ends_with(name_or_file, ".yaml") || ends_with(name_or_file, ".yml")) return true;
  if (name_or_file.find('/') != std::string_view::npos) return true;
  std::error_code ec;
  return fs::is_regular_file(base / fs::path(name_or_file), ec);
}

std::filesystem::path PresetCatalog::resolve(std::string_view kind, std::string_view name_or_file,
                                             const SourceLocation& where, const std::string& field,
                                             const fs::path& base) const {
  if (name_or_file.empty()) {
    throw InputError(
        where, field,
        fmt::format("expected a {} preset name or a YAML file, got \"\"", singular(kind)));
  }
  if (looks_like_file(name_or_file, base)) {
    const fs::path path(name_or_file);
    return path.is_absolute() ? path : base / path;
  }
  if (has(kind, name_or_file)) return kind_dir(kind) / (std::string(name_or_file) + ".yaml");
  const auto available = names(kind);
  std::string message = fmt::format("unknown {} preset \"{}\"", singular(kind), name_or_file);
  if (auto suggestion = closest_match(name_or_file, available)) {
    message += fmt::format(" (did you mean \"{}\"?)", *suggestion);
  }
  if (available.empty()) {
    message += fmt::format("; no presets in {}", kind_dir(kind).string());
  } else {
    message += fmt::format("; available: {}", fmt::join(available, ", "));
  }
  throw InputError(where, field, message);
}

YamlReader PresetCatalog::open(std::string_view kind, std::string_view name_or_file,
                               const SourceLocation& where, const std::string& field,
                               const fs::path& base) const {
  const fs::path path = resolve(kind, name_or_file, where, field, base);
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    throw InputError(where, field, fmt::format("no such file: {}", path.string()));
  }
  return YamlReader::from_file(path);
}

}  // namespace colossus
