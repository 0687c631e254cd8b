// Measured collective bandwidths (data/calibration/measured.json) against predictions. Each row
// names the measured.json field it reads; a missing row or field is an InputError naming the
// file and the field, so an edited data file cannot silently drop a comparison.
#include "colossus/validation/collective_calibration.h"

#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "colossus/collective/collective.h"
#include "colossus/network/network.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/preset_catalog.h"
#include "colossus/topology/topology.h"

namespace colossus::validation {
namespace {

constexpr const char* kOneServer = "nccl-allreduce-8xh100-nvls";
constexpr const char* kMultiServer = "nccl-allreduce-h100-multinode-ndr";

// A figure of row `id`'s "collective" object: a number, or a range "46-48" (its midpoint).
double measured_value(const nlohmann::json& rows, const std::string& file, const std::string& id,
                      const std::string& field) {
  for (const auto& row : rows) {
    // A row whose id is not a string is not the one asked for (row_mapping reports it).
    if (!row.is_object() || !row.contains("id") || !row["id"].is_string() || row["id"] != id) {
      continue;
    }
    const auto& c = row["collective"];
    if (c.is_object() && c.contains(field)) {
      const auto& v = c[field];
      if (v.is_number()) return v.get<double>();
      if (v.is_string()) {
        double lo = 0, hi = 0;
        if (std::sscanf(v.get<std::string>().c_str(), "%lf-%lf", &lo, &hi) == 2) {
          return (lo + hi) / 2;
        }
      }
    }
    throw InputError({file, 0}, fmt::format("{}.collective.{}", id, field),
                     "expected a number or a range like \"46-48\"");
  }
  throw InputError({file, 0}, id, "expected a row with this id");
}

}  // namespace

std::vector<CollectiveCalibrationRow> collective_calibration(
    const std::filesystem::path& measured_json, const ClusterSpec& cluster) {
  const std::string file = measured_json.string();
  std::ifstream in(measured_json);
  if (!in) throw InputError({file, 0}, "", "cannot read the file");
  nlohmann::json rows;
  try {
    rows = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw InputError({file, 0}, "", fmt::format("invalid JSON: {}", e.what()));
  }

  const std::unique_ptr<const Topology> topo_built = make_topology(cluster);
  const Topology& topo = *topo_built;
  Network network(topo);
  CollectiveEngine engine(network);
  const Bytes size = gib(4);
  auto all_reduce = [&](int ranks, const char* algorithm) {
    auto call = CollectiveCall::consecutive(CollectiveOp::all_reduce, size, 0, ranks);
    call.algorithm = algorithm;
    return engine.run(call);
  };
  const auto ring8 = all_reduce(8, "ring");
  const auto nvls8 = all_reduce(8, "nvls");
  const auto ring32 = all_reduce(32, "ring");

  auto measured = [&](const char* id, const char* field) {
    return measured_value(rows, file, id, field);
  };
  return {
      {kOneServer, "all_reduce 8 GPUs, ring, busbw", "GB/s",
       measured(kOneServer, "effective_nvlink_busbw_GBps_ring_or_non_allreduce"),
       ring8.busbw.value() / 1e9},
      {kOneServer, "all_reduce 8 GPUs, NVLS, busbw", "GB/s",
       measured(kOneServer, "nvls_allreduce_peak_busbw_GBps"), nvls8.busbw.value() / 1e9},
      {kOneServer, "all_reduce 8 GPUs, NVLS, algbw", "GB/s",
       measured(kOneServer, "nvls_allreduce_peak_algbw_GBps"), nvls8.algbw.value() / 1e9},
      {kMultiServer, "all_reduce 4 servers x 8 GPUs, ring, busbw per NIC", "GB/s",
       measured(kMultiServer, "expected_per_nic_GBps"), ring32.busbw.value() / 8 / 1e9},
  };
}

std::vector<CollectiveCalibrationRow> collective_calibration() {
  const PresetCatalog catalog = PresetCatalog::from_environment();
  return collective_calibration(catalog.data_dir() / "data" / "calibration" / "measured.json",
                                load_cluster("eos-11616", catalog));
}

}  // namespace colossus::validation
