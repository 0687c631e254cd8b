// A scenario file: one training job on one cluster, as `colossus simulate scenario.yaml` reads
// it (docs/scenario.md documents every field). The cluster is a preset name, a cluster file or
// an inline mapping; the model a preset name, a model YAML file or a Hugging Face config.json
// (files relative to the scenario's folder); the layout and batch fields follow the workload
// layer's ParallelismSpec, so its messages name the same field paths ("parallelism.tp") and the
// lines of this file. Read with spec/yaml_reader.h: file:line errors, unknown keys with a
// did-you-mean suggestion.
#pragma once

#include <string>
#include <vector>

#include "colossus/sim/simulation.h"
#include "colossus/spec/cluster_spec.h"
#include "colossus/spec/preset_catalog.h"
#include "colossus/spec/yaml_reader.h"

namespace colossus::sim {

struct Scenario {
  std::string name;
  std::string description;
  SourceLocation source;
  ClusterSpec cluster;
  Job job;
};

// Reads a scenario from a parsed document; files it names are relative to the document's folder.
Scenario read_scenario(const YamlReader& root, const PresetCatalog& catalog);
// Loads a scenario file.
Scenario load_scenario(const std::string& path, const PresetCatalog& catalog);
// Parses scenario text (tests); `file` names it in messages.
Scenario parse_scenario_yaml(const std::string& text, const std::string& file,
                             const PresetCatalog& catalog);
// Loads a model for a job: a preset name, a model YAML file or a Hugging Face config.json; an
// unknown preset name throws InputError at `where`/`field` listing the presets.
ModelSpec load_job_model(const std::string& name_or_file, const PresetCatalog& catalog,
                         const SourceLocation& where, const std::string& field,
                         const std::filesystem::path& base = {});

// Parsers of the enumerated fields, shared with the command line; bad values throw InputError
// at `where`/`field` with the valid list.
Recompute parse_recompute(const std::string& text, const SourceLocation& where,
                          const std::string& field);
Precision parse_precision(const std::string& text, const SourceLocation& where,
                          const std::string& field);
Fp8Scaling parse_fp8_scaling(const std::string& text, const SourceLocation& where,
                             const std::string& field);
// A precision as a scenario or flag spells it: bf16, fp8, or mxfp8 (fp8 with mxfp8 scaling).
void apply_precision(const std::string& text, ParallelismSpec& p, const SourceLocation& where,
                     const std::string& field);
// Megatron's --recompute-modules (core_attn, mla_up_proj): the modules selective recompute
// re-runs; needs p.recompute selective (read first).
void apply_recompute_modules(const std::vector<std::string>& modules, ParallelismSpec& p,
                             const SourceLocation& where, const std::string& field);
ZeroStage parse_zero(std::int64_t stage, const SourceLocation& where, const std::string& field);
// An overlap switch: on / true (1), off / false (0) or a fraction in [0, 1].
double parse_overlap(const std::string& text, const SourceLocation& where,
                     const std::string& field);

}  // namespace colossus::sim
