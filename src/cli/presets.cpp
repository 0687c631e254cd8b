// `colossus presets`: lists what the data directory holds — clusters (GPU count, GPU types,
// description), GPUs (peak rates, memory, power), servers, NICs, switches and models (name and
// description) — as aligned text, as JSON with --json, or each table as CSV with --csv DIR.
// Every preset is loaded, so a listing
// that succeeds also proves the presets are valid.
#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "colossus/cli/commands.h"
#include "colossus/report/csv_report.h"
#include "colossus/spec/cluster_loader.h"

namespace colossus::cli {
namespace {

// "100,000" for people.
std::string with_commas(std::int64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// The GPU models of a cluster's pools, in pool order without repeats.
std::vector<std::string> gpu_types(const ClusterSpec& spec) {
  std::vector<std::string> out;
  for (const auto& pool : spec.pools) {
    if (std::find(out.begin(), out.end(), pool.server.gpu.name) == out.end()) {
      out.push_back(pool.server.gpu.name);
    }
  }
  return out;
}

// A model preset's description field (models are read by the workload layer; only the name and
// description are listed here).
std::string model_description(const PresetCatalog& catalog, const std::string& name) {
  const YamlReader model = catalog.open("models", name, {"<command line>", 0}, "");
  model.expect_map();
  return model.find_string("description").value_or("");
}

nlohmann::json to_json(const PresetCatalog& catalog) {
  nlohmann::json out;
  out["schema"] = "colossus.presets/1";
  out["data_dir"] = catalog.data_dir().string();
  out["clusters"] = nlohmann::json::array();
  for (const auto& name : catalog.names(kClusterPresets)) {
    const ClusterSpec spec = load_cluster(name, catalog);
    out["clusters"].push_back({{"name", name},
                               {"gpu_count", spec.gpu_count()},
                               {"gpu_types", gpu_types(spec)},
                               {"switch_tiers", spec.fabric.tiers.size()},
                               {"transport", to_string(spec.fabric.transport)},
                               {"description", spec.description}});
  }
  out["gpus"] = nlohmann::json::array();
  for (const auto& name : catalog.names(kGpuPresets)) {
    const GpuSpec gpu = load_gpu(name, catalog);
    out["gpus"].push_back({{"name", name},
                           {"description", gpu.description},
                           {"bf16_dense_tflops", gpu.bf16_dense.value() / 1e12},
                           {"fp8_dense_tflops", gpu.fp8_dense.value() / 1e12},
                           {"hbm_gib", gpu.hbm.value() / (1024.0 * 1024 * 1024)},
                           {"hbm_tb_per_s", gpu.hbm_bandwidth.value() / 1e12},
                           {"nvlink_gb_per_s", gpu.nvlink_bandwidth.value() / 1e9},
                           {"tdp_w", gpu.tdp.value()},
                           {"price_usd", gpu.price.value()}});
  }
  out["servers"] = nlohmann::json::array();
  for (const auto& name : catalog.names(kServerPresets)) {
    const ServerSpec server = load_server(name, catalog);
    out["servers"].push_back({{"name", name},
                              {"gpus", server.gpus},
                              {"gpu", server.gpu.name},
                              {"nic", server.nic.name}});
  }
  out["nics"] = nlohmann::json::array();
  for (const auto& name : catalog.names(kNicPresets)) {
    const NicSpec nic = load_nic(name, catalog);
    out["nics"].push_back({{"name", name}, {"bandwidth_gbps", nic.bandwidth.value() / 1e9}});
  }
  out["switches"] = nlohmann::json::array();
  for (const auto& name : catalog.names(kSwitchPresets)) {
    const SwitchSpec sw = load_switch(name, catalog);
    out["switches"].push_back({{"name", name},
                               {"protocol", sw.infiniband ? "infiniband" : "ethernet"},
                               {"radix", sw.radix},
                               {"port_gbps", sw.port_bandwidth.value() / 1e9},
                               {"description", sw.description}});
  }
  out["models"] = nlohmann::json::array();
  for (const auto& name : catalog.names("models")) {
    out["models"].push_back({{"name", name}, {"description", model_description(catalog, name)}});
  }
  return out;
}

void print_text(const nlohmann::json& all) {
  fmt::print("Clusters\n");
  fmt::print("  {:<16} {:>9}  {:<20} {}\n", "NAME", "GPUS", "GPU", "DESCRIPTION");
  for (const auto& c : all["clusters"]) {
    std::vector<std::string> types = c["gpu_types"];
    fmt::print("  {:<16} {:>9}  {:<20} {}\n", c["name"].get<std::string>(),
               with_commas(c["gpu_count"].get<std::int64_t>()),
               fmt::format("{}", fmt::join(types, " + ")), c["description"].get<std::string>());
  }
  fmt::print("\nGPUs\n");
  fmt::print("  {:<14} {:>10} {:>10} {:>8} {:>9} {:>7}  {}\n", "NAME", "BF16 TF/s", "FP8 TF/s",
             "HBM GiB", "HBM TB/s", "TDP W", "DESCRIPTION");
  for (const auto& g : all["gpus"]) {
    const double fp8 = g["fp8_dense_tflops"].get<double>();
    fmt::print("  {:<14} {:>10} {:>10} {:>8.1f} {:>9} {:>7}  {}\n", g["name"].get<std::string>(),
               g["bf16_dense_tflops"].get<double>(), fp8 > 0 ? fmt::format("{}", fp8) : "-",
               g["hbm_gib"].get<double>(), g["hbm_tb_per_s"].get<double>(),
               g["tdp_w"].get<double>(), g["description"].get<std::string>());
  }
  fmt::print("\nServers\n");
  for (const auto& s : all["servers"]) {
    fmt::print("  {:<28} {} x {}, {}\n", s["name"].get<std::string>(), s["gpus"].get<int>(),
               s["gpu"].get<std::string>(), s["nic"].get<std::string>());
  }
  fmt::print("\nNICs\n");
  for (const auto& n : all["nics"]) {
    fmt::print("  {:<28} {} Gb/s\n", n["name"].get<std::string>(),
               n["bandwidth_gbps"].get<double>());
  }
  fmt::print("\nSwitches\n");
  for (const auto& s : all["switches"]) {
    fmt::print("  {:<28} {}\n", s["name"].get<std::string>(), s["description"].get<std::string>());
  }
  fmt::print("\nModels\n");
  if (all["models"].empty()) fmt::print("  (none)\n");
  for (const auto& m : all["models"]) {
    fmt::print("  {:<28} {}\n", m["name"].get<std::string>(), m["description"].get<std::string>());
  }
}

}  // namespace

void add_presets_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("presets", "List the preset clusters, GPUs, servers and models");
  auto json = std::make_shared<bool>(false);
  auto csv = std::make_shared<std::string>();
  cmd->add_flag("--json", *json, "Print JSON instead of text");
  cmd->add_option("--csv", *csv, "Write each table as DIR/<table>.csv");
  cmd->callback([json, csv] {
    const nlohmann::json all = to_json(PresetCatalog::from_environment());
    if (!csv->empty()) {
      std::vector<report::CsvTable> tables;
      for (const char* t : {"clusters", "gpus", "servers", "nics", "switches", "models"}) {
        tables.push_back(report::json_table(t, all[t]));
      }
      report::write_csv_tables(*csv, tables);
    }
    if (*json) {
      fmt::print("{}\n", all.dump(2));
    } else {
      print_text(all);
    }
  });
}

}  // namespace colossus::cli
