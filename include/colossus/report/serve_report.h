// The report of `colossus serve`: the replica (memory per GPU, engine settings, one decode
// iteration's time), the workload, throughput, TTFT/TPOT/E2E percentiles, batch and KV cache
// occupancy, preemptions and rejections, goodput under the SLO, --find-capacity's answer, and the
// per-request table on request. Text and the colossus.serve/1 JSON (docs/json.md).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "colossus/report/csv_report.h"
#include "colossus/serve/serving.h"
#include "colossus/serve/serving_cost.h"

namespace colossus::report {

// What `serve` ran and what it found.
struct ServeReport {
  const serve::ReplicaModel* model = nullptr;
  std::string cluster;   // cluster name
  std::string workload;  // "1000 requests, Poisson 10/s, prompt ..., output ..., seed 1"
  const serve::ServingResult* result = nullptr;     // a run (absent with --find-capacity)
  const serve::CapacityResult* capacity = nullptr;  // --find-capacity
  std::uint64_t capacity_requests = 0;              // requests per search run
  double target_rate = 0;                           // --target-rate (0: none)
  std::int64_t cluster_gpus = 0;                    // GPUs of the chosen pool
  bool per_request = false;
  // What the run (or the capacity run) costs its owner: the cluster's site (absent without one).
  std::optional<serve::ServingCost> cost;
};

// "123.4 ms", "2.31 s", "45.0 us".
std::string duration_text(double seconds);
std::string serve_text(const ServeReport& r);
nlohmann::ordered_json serve_json(const ServeReport& r);
// --csv DIR: replica.csv (the replica and its decode iteration), and as the run had them run.csv
// (one row: throughput, latency percentiles, batch, KV, SLO), timeline.csv, per_request.csv,
// capacity.csv (the search and the run at its rate) and cost.csv; nested JSON keys joined by '.'.
std::vector<CsvTable> serve_tables(const ServeReport& r);
// The self-contained HTML page of --report DIR (serve_html.cpp).
std::string serve_html(const ServeReport& r);

}  // namespace colossus::report
