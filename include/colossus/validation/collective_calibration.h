// The collective rows of data/calibration/measured.json against the model's predictions, for
// `colossus validate` and the tests: one 8xH100 server all-reduce (ring ~370 GB/s busbw, NVLS
// ~480 GB/s busbw and ~275 GB/s algbw) and an all-reduce across H100 servers on 400 Gb/s NDR
// (46-48 GB/s busbw per NIC). Measured figures are read from the file, not repeated in code;
// predictions run on a cluster of DGX H100s on NDR InfiniBand (the eos-11616 preset, as the
// measurements were taken), at 4 GiB per rank ("needs messages larger than 256 MB").
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "colossus/spec/cluster_spec.h"

namespace colossus::validation {

struct CollectiveCalibrationRow {
  std::string id;         // measured.json id
  std::string what;       // e.g. "all_reduce 8 GPUs, ring, busbw"
  std::string unit;       // "GB/s"
  double measured = 0.0;  // midpoint where the source gives a range
  double predicted = 0.0;
  double error() const { return measured != 0.0 ? (predicted - measured) / measured : 0.0; }
};

// Rows for the given file and cluster (the cluster needs 4 servers of 8 GPUs with NVLS).
std::vector<CollectiveCalibrationRow> collective_calibration(
    const std::filesystem::path& measured_json, const ClusterSpec& cluster);
// The same with the program's data directory and the eos-11616 preset.
std::vector<CollectiveCalibrationRow> collective_calibration();

}  // namespace colossus::validation
