// PresetCatalog: where the preset files live and how a name becomes a file. Presets are data,
// one YAML file each, under <data dir>/presets/<kind>/<name>.yaml, where kind is "clusters",
// "gpus", "nics", "switches", "servers", "models", ... The data directory is, in order: the
// environment variable COLOSSUS_DATA_DIR, the source directory CMake compiled in (the macro
// COLOSSUS_DATA_DIR), or the directory of the running executable.
//
// Every input that names a preset accepts "NAME or FILE.yaml": a path is used if it exists or
// ends in .yaml/.yml, anything else is a preset name; an unknown name is an InputError listing
// the available ones. Model and scenario loaders use the same catalog with their own kind.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "colossus/core/error.h"
#include "colossus/spec/yaml_reader.h"

namespace colossus {

class PresetCatalog {
 public:
  // A catalog over `data_dir` (which holds presets/).
  explicit PresetCatalog(std::filesystem::path data_dir);
  // The catalog of the running program: $COLOSSUS_DATA_DIR, else the compiled-in source
  // directory if it holds presets/, else the executable's directory. A $COLOSSUS_DATA_DIR
  // without presets/ is an InputError.
  static PresetCatalog from_environment();

  const std::filesystem::path& data_dir() const { return data_dir_; }
  // <data dir>/presets/<kind>.
  std::filesystem::path kind_dir(std::string_view kind) const;
  // The preset names of a kind, sorted (file names without .yaml); empty if the folder is absent.
  std::vector<std::string> names(std::string_view kind) const;
  bool has(std::string_view kind, std::string_view name) const;

  // Whether `name_or_file` is taken as a file rather than a preset name: it exists as a file, or
  // ends in .yaml or .yml, or contains a '/'.
  static bool looks_like_file(std::string_view name_or_file, const std::filesystem::path& base);

  // Resolves "NAME or FILE.yaml" to a file. A relative file is taken relative to `base` (the
  // directory of the referring file; empty: the current directory). An unknown name throws
  // InputError at `where`, naming `field` and listing the available presets.
  std::filesystem::path resolve(std::string_view kind, std::string_view name_or_file,
                                const SourceLocation& where, const std::string& field,
                                const std::filesystem::path& base = {}) const;

  // Resolves and parses. Messages name a preset by its full path under the data directory and a
  // user's file by the path as written (joined to `base`).
  YamlReader open(std::string_view kind, std::string_view name_or_file, const SourceLocation& where,
                  const std::string& field, const std::filesystem::path& base = {}) const;

 private:
  std::filesystem::path data_dir_;
};

}  // namespace colossus
