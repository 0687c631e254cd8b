// Reading clusters and their catalog entries (GPUs, NICs, switches, servers) from YAML into the
// structs of cluster_spec.h. Each entry is given as "NAME or FILE.yaml" (a preset under
// presets/<kind>/, or a file) or, inside a larger document, as an inline mapping of the same
// fields. Every field is checked for type, range and unit, and a cluster is checked across
// fields (validate_cluster); bad input throws InputError naming file:line and the field path.
// The formats are documented field by field in docs/specs.md.
//
// The read_* functions take a YamlReader node so that other documents (scenario files) can hold
// a cluster or a GPU by name or inline: read_cluster(scenario.child("cluster"), catalog).
#pragma once

#include <string>

#include "colossus/spec/cluster_spec.h"
#include "colossus/spec/preset_catalog.h"
#include "colossus/spec/yaml_reader.h"

namespace colossus {

// Preset kinds (folders under presets/).
inline constexpr const char* kClusterPresets = "clusters";
inline constexpr const char* kGpuPresets = "gpus";
inline constexpr const char* kNicPresets = "nics";
inline constexpr const char* kSwitchPresets = "switches";
inline constexpr const char* kServerPresets = "servers";

// Reads an entry from a node that is a preset name, a file name (relative to the node's file)
// or an inline mapping.
GpuSpec read_gpu(const YamlReader& node, const PresetCatalog& catalog);
NicSpec read_nic(const YamlReader& node, const PresetCatalog& catalog);
SwitchSpec read_switch(const YamlReader& node, const PresetCatalog& catalog);
ServerSpec read_server(const YamlReader& node, const PresetCatalog& catalog);
ClusterSpec read_cluster(const YamlReader& node, const PresetCatalog& catalog);

// Loads an entry by preset name or path (relative to the current directory).
GpuSpec load_gpu(const std::string& name_or_file, const PresetCatalog& catalog);
NicSpec load_nic(const std::string& name_or_file, const PresetCatalog& catalog);
SwitchSpec load_switch(const std::string& name_or_file, const PresetCatalog& catalog);
ServerSpec load_server(const std::string& name_or_file, const PresetCatalog& catalog);
ClusterSpec load_cluster(const std::string& name_or_file, const PresetCatalog& catalog);
// As above with the program's catalog (PresetCatalog::from_environment()).
ClusterSpec load_cluster(const std::string& name_or_file);
// Parses cluster YAML text (tests, generated specs); `file` names it in messages.
ClusterSpec parse_cluster_yaml(const std::string& text, const std::string& file,
                               const PresetCatalog& catalog);

// The checks across fields of a cluster, on the struct (so specs built in code get them too):
// pool sizes are whole servers, all servers have the same GPU count, at least one tier, each
// tier's down + up ports fit its radix, the top tier uses all ports down, the leaves match the
// NICs (bandwidth; whole servers per leaf when not rail-optimized), one port speed across tiers,
// MTU in {256, 512, 1024, 2048, 4096}. Errors are located with spec.at(field).
void validate_cluster(const ClusterSpec& spec);

}  // namespace colossus
