// A sweep: one base scenario and axes over any of its fields (a scenario field path such as
// "parallelism.tp", "gpus", "cluster" or "model"), each axis a list, a range or several fields
// zipped together; the points are the axes' product, the last axis varying fastest. Each point is
// the base scenario's YAML with the axes' values set, read as a scenario file is read (so any
// field a scenario has can vary and is checked as there), and simulated; a point that fails is a
// row with its error, not an abort. docs/plan.md documents the sweep file:
//
//   name: tp-by-batch               # the table's name in --db (default: the file's stem)
//   base: ../examples/eos-llama70b.yaml
//   axes:
//     - field: parallelism.tp
//       values: [2, 4, 8]
//     - field: parallelism.micro_batch
//       range: {from: 1, to: 8, times: 2}   # or {from: 1, to: 4, step: 1}
//     - zip:
//         - {field: cluster, values: [eos-11616, meta-24k-roce]}
//         - {field: gpus, values: [512, 1024]}
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "colossus/core/error.h"
#include "colossus/spec/preset_catalog.h"
#include "colossus/topology/topology.h"

namespace colossus::plan {

// One axis: its fields (several when zipped) and the values of each step along it.
struct SweepAxis {
  std::vector<std::string> fields;
  std::vector<std::vector<std::string>> steps;  // steps[i][f]: field f's value at step i
  SourceLocation where;
};

struct SweepSpec {
  std::string name;       // the table's name
  std::string base_path;  // the base scenario, as resolved
  std::string base_text;  // its YAML
  std::vector<SweepAxis> axes;
  // Every field an axis sets, in axis order: the input columns.
  std::vector<std::string> fields() const;
  std::int64_t point_count() const;
  // The values of point i, one per field.
  std::vector<std::string> point(std::int64_t index) const;
  // A digest of the base scenario and the axes: a resumed database must hold the same sweep.
  std::string fingerprint() const;
};

// Reads a sweep file; throws InputError naming file, line and field (an axis over a field the
// scenario does not have gets "did you mean").
SweepSpec load_sweep(const std::string& path, const PresetCatalog& catalog);

// A point's outcome: its inputs and headline outputs, or its error.
struct SweepRow {
  std::int64_t point = 0;
  std::vector<std::string> inputs;
  double step_time_s = 0;
  double mfu = 0;
  double tflops_per_gpu = 0;
  double tokens_per_s = 0;
  double peak_memory_gib = 0;
  double bubble_fraction = 0;
  std::string layout;
  std::string error;  // empty when it ran
};

// The headline output columns, after the inputs.
const std::vector<std::string>& sweep_output_columns();

// Simulates the points of one sweep; topologies are built once per distinct cluster and shared
// by the threads that call evaluate().
class SweepRunner {
 public:
  SweepRunner(const SweepSpec& spec, const PresetCatalog& catalog);
  SweepRow evaluate(std::int64_t point);

 private:
  std::shared_ptr<const Topology> topology_for(const std::string& key, const ClusterSpec& spec);

  const SweepSpec& spec_;
  const PresetCatalog& catalog_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const Topology>> topologies_;
};

// A row as CSV (RFC 4180 quoting) and as a JSON line; numbers with 17 significant digits, so a
// row read back from the database prints the same bytes.
std::string sweep_csv_header(const SweepSpec& spec);
std::string sweep_csv_row(const SweepRow& row);
std::string sweep_json_line(const SweepSpec& spec, const SweepRow& row);

}  // namespace colossus::plan
