// The HPL estimate and the Top500 data it is checked against; hpl.h states the model. The rows
// and lists are JSON under data/top500/ (read through the preset catalog's data directory).
#include "colossus/validation/hpl.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "colossus/core/error.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/preset_catalog.h"

namespace colossus::validation {
namespace {

nlohmann::json read_json(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw InputError({file.string(), 0}, "file", "a readable JSON file expected");
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw InputError({file.string(), 0}, "json", std::string("valid JSON expected: ") + e.what());
  }
}

std::filesystem::path data_dir() {
  return PresetCatalog::from_environment().data_dir() / "data" / "top500";
}

}  // namespace

HplEstimate hpl_estimate(const GpuSpec& gpu, std::int64_t devices, ByteRate nic) {
  if (!gpu.fp64_stated) {
    throw InputError(gpu.source, "fp64_tflops",
                     fmt::format("GPU {} states no FP64 peak; HPL and the Top500 need one "
                                 "(fp64_tflops, and fp64_matrix_tflops where it has matrix units)",
                                 gpu.name));
  }
  HplEstimate e;
  e.devices = devices;
  e.matrix = gpu.fp64_matrix > gpu.fp64;
  const double peak = gpu.fp64_peak().value();
  e.rpeak = FlopRate{peak * static_cast<double>(devices)};
  if (gpu.dgemm_efficiency <= 0 || peak <= 0 || !(nic.value() > 0)) return e;
  e.dgemm = gpu.dgemm_efficiency;
  const double n_loc = std::sqrt(kHplMemoryFill * gpu.hbm.value() / 8.0);
  e.comm_ratio = e.dgemm * peak / (nic.value() * n_loc);
  e.network = 1.0 / (1.0 + kHplNetworkKappa * e.comm_ratio);
  e.rmax = e.rpeak * (e.dgemm * e.network);
  return e;
}

HplEstimate hpl_estimate(const Topology& topo) {
  HplEstimate total;
  bool all_rmax = true;
  for (const ServerPool& pool : topo.spec().pools) {
    const ServerSpec& s = pool.server;
    const ByteRate nic = to_byte_rate(s.nic.bandwidth) *
                         (static_cast<double>(s.nic_count()) / static_cast<double>(s.gpus));
    const HplEstimate e = hpl_estimate(s.gpu, pool.gpu_count, nic);
    all_rmax = all_rmax && e.has_rmax();
    total.devices += e.devices;
    total.rpeak += e.rpeak;
    total.rmax += e.rmax;
    total.matrix = total.matrix || e.matrix;
    total.comm_ratio = std::max(total.comm_ratio, e.comm_ratio);
  }
  if (!all_rmax) total.rmax = FlopRate{};
  if (total.rpeak.value() > 0 && total.has_rmax()) {
    // One pool: its factors; several: the blend that gives the total.
    const auto& first = topo.spec().pools.front().server;
    total.dgemm = first.gpu.dgemm_efficiency;
    total.network = total.rmax.value() / (total.rpeak.value() * total.dgemm);
  }
  return total;
}

std::vector<HplRow> hpl_rows(const std::filesystem::path& file) {
  const nlohmann::json j = read_json(file);
  const PresetCatalog catalog = PresetCatalog::from_environment();
  std::vector<HplRow> rows;
  for (const auto& r : j.at("rows")) {
    HplRow row;
    row.id = r.at("id").get<std::string>();
    row.system = r.at("system").get<std::string>();
    row.edition = r.at("edition").get<std::string>();
    row.rank = r.at("rank").get<int>();
    row.gpu = r.at("gpu").get<std::string>();
    row.devices = r.at("devices").get<std::int64_t>();
    row.nic_gbps_per_device = r.at("nic_gbps_per_device").get<double>();
    row.rmax_pf = r.at("rmax_pf").get<double>();
    row.rpeak_pf = r.at("rpeak_pf").get<double>();
    row.fit = r.at("fit").get<bool>();
    row.derivation = r.value("derivation", std::string());
    const GpuSpec gpu = load_gpu(row.gpu, catalog);
    row.estimate =
        hpl_estimate(gpu, row.devices, to_byte_rate(gbit_per_s(row.nic_gbps_per_device)));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<HplRow> hpl_rows() {
  return hpl_rows(data_dir() / "hpl_rows.json");
}

std::vector<std::string> top500_editions() {
  std::vector<std::string> out;
  const nlohmann::json j = read_json(data_dir() / "lists.json");
  for (const auto& l : j.at("lists")) out.push_back(l.at("edition").get<std::string>());
  return out;
}

Top500Placement top500_place(FlopRate rmax, const std::string& edition, const std::string& self) {
  const auto file = data_dir() / "lists.json";
  const nlohmann::json j = read_json(file);
  std::string names;
  for (const auto& l : j.at("lists")) {
    const std::string name = l.at("edition").get<std::string>();
    names += fmt::format("{}\"{}\"", names.empty() ? "" : ", ", name);
    if (!edition.empty() && name != edition) continue;
    Top500Placement p;
    p.edition = name;
    const auto& entries = l.at("entries");
    p.tenth_pf = entries.back().at("rmax_pf").get<double>();
    const double pf = rmax.value() / 1e15;
    int rank = 1;
    for (const auto& e : entries) {
      if (!self.empty() && e.value("preset", "") == self) {
        p.own_listing = e.at("rank").get<int>();
        continue;
      }
      if (e.at("rmax_pf").get<double>() > pf) {
        ++rank;
        p.above = e.at("system").get<std::string>();
      } else if (p.below.empty()) {
        p.below = e.at("system").get<std::string>();
      }
    }
    const int listed = static_cast<int>(entries.size()) - (p.own_listing > 0 ? 1 : 0);
    p.rank = rank <= listed ? rank : 0;
    return p;
  }
  throw InputError({"<command line>", 0}, "--top500",
                   fmt::format("one of {} expected, got \"{}\"", names, edition));
}

}  // namespace colossus::validation
