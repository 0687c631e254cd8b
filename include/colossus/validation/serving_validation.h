// The serving rows of data/calibration/measured.json (category "serving_throughput") against
// `colossus serve`: MLPerf Inference Llama 2 70B offline and server results on 8xH100 and 8xH200
// and TensorRT-LLM throughput points. Each row's `serving` block states how it is simulated
// (model preset, cluster and pool, GPUs, TP, precisions, max_num_seqs, scenario, length
// distributions, SLO; optionally the engine's limits: max_num_batched_tokens, chunked_prefill,
// max_model_len, kv_cache_free_fraction, decode_attention); the published figure is the row's
// result.tokens_per_sec (output tokens per second of the whole system). Offline: one replica runs
// its share of the requests all at once; server: --find-capacity's rate within the SLO at the 99th
// percentile; fixed: the batch of fixed-length requests, as a throughput benchmark runs it. Nothing
// is fitted to a row.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "colossus/spec/preset_catalog.h"

namespace colossus::validation {

struct ServingComparison {
  std::string id;        // measured.json row
  std::string scenario;  // offline, server, fixed
  std::string system;    // "8x h100-sxm, 4 x TP2 fp8"
  double measured = 0;   // output tokens/s of the system
  double predicted = 0;
  double error = 0;     // predicted / measured - 1
  std::string failure;  // why no prediction (empty: predicted)
};

// Every serving row of `measured_json`, predicted. A row whose serving block is malformed throws
// InputError naming the file and the row.
std::vector<ServingComparison> compare_serving(const std::filesystem::path& measured_json,
                                               const PresetCatalog& catalog);

// The median |error| of the predicted rows (0 when none).
double serving_median_abs_error(const std::vector<ServingComparison>& rows);

}  // namespace colossus::validation
