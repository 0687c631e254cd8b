// The report of `colossus collective`: a sweep of one collective over sizes, as nccl-tests'
// table (the exact format a script that reads an nccl-tests log reads), as our JSON (schema
// colossus.collective/1), as CSV and as the HTML report's busbw and time against size (log axes)
// for the tuner's choice and each algorithm forced. Reads only the sweep's results.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "colossus/collective/collective.h"
#include "colossus/topology/topology.h"

namespace colossus::report {

// One row as nccl-tests prints it, with the prediction behind it.
struct CollectiveRow {
  std::int64_t size = 0;   // nccl-tests' "size": the larger of the send and receive buffers
  std::int64_t count = 0;  // nccl-tests' "count": the count passed to the NCCL call
  CollectiveResult result;
};

// A collective over a range of sizes on a cluster.
struct CollectiveSweep {
  std::string cluster;
  std::string routing;  // "ecmp", "spray", ...
  CollectiveOp op = CollectiveOp::all_reduce;
  DataType dtype = DataType::float32;
  std::int64_t ranks = 0;
  std::int64_t groups = 1;
  std::int64_t min = 0;
  std::int64_t max = 0;
  double step_factor = 2;
  std::vector<CollectiveRow> rows;  // as asked (the tuner's choice, or the forced algorithm)
  double avg_busbw_gbps = 0;        // nccl-tests' "Avg bus bandwidth" (decimal GB/s)
  // For the HTML report: the same sizes with each algorithm that applies forced.
  std::vector<std::pair<std::string, std::vector<CollectiveRow>>> per_algorithm;
};

// nccl-tests' table and footer (util.cu writeResultHeader, writeBenchmarkLine*,
// writeResultFooter), then the tuner's choices as comment lines.
std::string nccl_tests_text(const CollectiveSweep& s);
// Our JSON: base units in the keys, each row's algorithm, protocol and phases.
nlohmann::ordered_json collective_json(const CollectiveSweep& s);
// The HTML report: busbw and time against size per algorithm, and the table.
std::string collective_html(const CollectiveSweep& s);
// nccl-tests' name of the op's binary ("all_reduce_perf").
std::string nccl_tests_program(CollectiveOp op);

}  // namespace colossus::report
