// The report of a cluster (`colossus describe`): its bill of materials as text for people
// (aligned columns) and as JSON for machines (stable keys, numbers in base units with the unit
// in the key: _bytes, _bit_per_s, _flop_per_s, _w, _usd). It reads only the topology's spec and
// the bill of materials.
#include "colossus/report/cluster_report.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <string>
#include <vector>

#include "colossus/report/dragonfly_report.h"
#include "colossus/report/text.h"

namespace colossus::report {
namespace {

// The distinct NICs of the cluster, in pool order: "bluefield-3 (400 Gb/s)".
std::string nic_names(const ClusterSpec& spec) {
  std::vector<std::string> names;
  for (const ServerPool& pool : spec.pools) {
    std::string name =
        fmt::format("{} ({})", pool.server.nic.name, to_string(pool.server.nic.bandwidth));
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return fmt::format("{}", fmt::join(names, ", "));
}

// One line "label   value unit   note" of the summary: numbers right-aligned, units after them
// ("98.9 EFLOP/s" splits at its space; "$2.75B" and "1,563" have no unit).
std::string row(const std::string& label, const std::string& value, const std::string& note = "") {
  const std::size_t space = value.find(' ');
  const std::string number = space == std::string::npos ? value : value.substr(0, space);
  const std::string unit = space == std::string::npos ? "" : value.substr(space + 1);
  std::string line = fmt::format("  {:<22}{:>9} {:<7}", label, number, unit);
  if (!note.empty()) line += "  " + note;
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line + "\n";
}

// The switch tiers as a table with a total line.
std::string tier_table(const BillOfMaterials& bom) {
  const std::vector<std::string> header = {"tier",  "switch", "switches", "down/up", "port",
                                           "links", "copper", "optical",  "optics"};
  std::vector<std::vector<std::string>> rows = {header};
  for (const TierBill& t : bom.tiers) {
    rows.push_back({t.name, t.switch_model, grouped(t.switches),
                    fmt::format("{}/{}", t.down_ports, t.up_ports), to_string(t.port_bandwidth),
                    grouped(t.links), grouped(t.copper_links), grouped(t.optical_links),
                    grouped(t.transceivers)});
  }
  std::int64_t copper = 0, optical = 0;
  for (const TierBill& t : bom.tiers) {
    copper += t.copper_links;
    optical += t.optical_links;
  }
  rows.push_back({"total", "", grouped(bom.switches), "", "", grouped(bom.links), grouped(copper),
                  grouped(optical), grouped(bom.transceivers)});
  std::vector<std::size_t> width(header.size(), 0);
  for (const auto& r : rows) {
    for (std::size_t c = 0; c < r.size(); ++c) width[c] = std::max(width[c], r[c].size());
  }
  std::string out;
  for (const auto& r : rows) {
    std::string line = " ";
    for (std::size_t c = 0; c < r.size(); ++c) {
      // Names left-aligned, figures right-aligned.
      line +=
          c < 2 ? fmt::format(" {:<{}}", r[c], width[c]) : fmt::format("  {:>{}}", r[c], width[c]);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace

std::string cluster_text(const Topology& topo, const BillOfMaterials& bom) {
  const ClusterSpec& spec = topo.spec();
  std::string out = fmt::format("{}: {}\n\n", spec.name, spec.description);
  out += "Inventory\n";
  for (std::size_t i = 0; i < bom.gpu_types.size(); ++i) {
    const GpuTypeCount& g = bom.gpu_types[i];
    out +=
        row(i == 0 ? "GPUs" : "", grouped(g.count), fmt::format("{} ({})", g.name, g.description));
  }
  if (bom.gpu_types.size() > 1) out += row("", grouped(bom.gpus), "in all");
  for (const ServerPool& pool : spec.pools) {
    const GpuSpec& g = pool.server.gpu;
    if (g.gcds > 1) {
      out += row("GPU packages", grouped(pool.gpu_count / g.gcds),
                 fmt::format("{} GCDs each (each GCD a GPU to software)", g.gcds));
    }
  }
  const ServerSpec& server = spec.pools.front().server;
  out += row(server.compute_trays > 1 ? "NVLink domains" : "Servers", grouped(bom.servers),
             fmt::format("{} GPUs each", bom.gpus_per_server));
  if (bom.compute_trays > bom.servers) {
    out += row("Compute trays", grouped(bom.compute_trays),
               fmt::format("{} GPUs each, {} per NVLink domain", server.gpus_per_tray(),
                           server.compute_trays));
  }
  if (bom.nvlink_switch_trays > 0) {
    out += row("NVLink switch trays", grouped(bom.nvlink_switch_trays),
               fmt::format("{} per NVLink domain", server.nvlink_switch_trays));
  }
  if (bom.nvlink_links > 0) {
    out += row(server.full_mesh ? "GPU-GPU links" : "NVLink links", grouped(bom.nvlink_links),
               fmt::format("{} per GPU, {} per GPU one way{}", server.nvlink_links_per_gpu,
                           to_string(to_bit_rate(server.gpu.nvlink_bandwidth)),
                           server.full_mesh ? " (full mesh, no switch)" : ""));
  }
  out +=
      row("Racks", grouped(bom.racks),
          fmt::format("{} {} each (compute racks; switch racks not counted)", bom.servers_per_rack,
                      server.compute_trays == 1   ? "servers"
                      : bom.servers_per_rack == 1 ? "NVLink domain"
                                                  : "NVLink domains"));
  out += row("NICs", grouped(bom.nics),
             (bom.nics == bom.gpus ? std::string("one per GPU: ")
                                   : fmt::format("{} per server: ", server.nic_count())) +
                 nic_names(spec));

  if (bom.fabric_kind == "dragonfly") {
    out += dragonfly_fabric_text(topo, bom);
  } else if (bom.fabric_kind == "torus") {
    const TorusSpec& t = spec.fabric.torus;
    std::string dims, wraps;
    static constexpr const char* kAxes = "xyzuvw";
    for (std::size_t d = 0; d < t.dims.size(); ++d) {
      dims += fmt::format("{}{}", d ? " x " : "", t.dims[d]);
      if (t.wrap[d]) wraps += fmt::format("{}{}", wraps.empty() ? "" : ",", kAxes[d]);
    }
    const bool torus = !wraps.empty();
    out += fmt::format("\nFabric: {}-D {} {} ({}), {} routing, no switches\n", t.dims.size(),
                       torus ? "torus" : "mesh", dims,
                       torus ? "wrap-around in " + wraps : "no wrap-around",
                       spec.fabric.routing == Routing::ecmp ? "dimension-order" : "adaptive");
    if (!t.block.empty()) {
      std::string block;
      for (std::size_t d = 0; d < t.block.size(); ++d) {
        block += fmt::format("{}{}", d ? " x " : "", t.block[d]);
      }
      out += fmt::format("  blocks of {} chips\n", block);
    }
    for (const LinkBill& l : bom.direct_links) {
      out += row(
          l.name, grouped(l.links),
          fmt::format(
              "{}, {} one way each{}", t.link_name, to_string(l.rate),
              l.optical ? fmt::format(", optical: {} transceivers", grouped(l.transceivers)) : ""));
    }
    out += row("Injection bandwidth", to_string(bom.injection_bandwidth),
               "all NICs (data-centre network), one direction");
    const BitRate per_chip = bom.bisection_bandwidth / (static_cast<double>(bom.gpus) / 2.0);
    out += row(
        "Bisection bandwidth", to_string(bom.bisection_bandwidth),
        fmt::format("{} chips x {}, one direction", grouped(bom.gpus / 2), to_string(per_chip)));
  } else {
    out += fmt::format("\nFabric: {}, {} routing, MTU {} bytes\n",
                       spec.fabric.transport == Transport::roce ? "RoCE" : "InfiniBand",
                       spec.fabric.routing == Routing::ecmp ? "ECMP" : "adaptive",
                       static_cast<std::int64_t>(spec.fabric.mtu.value()));
    const int leaf_down = bom.tiers.front().down_ports;
    out +=
        bom.rail_optimized
            ? fmt::format("  rail-optimized: a leaf serves one rail (NIC) of {} servers\n",
                          leaf_down)
            : fmt::format("  not rail-optimized: a leaf serves {} consecutive NICs\n", leaf_down);
    out += tier_table(bom);
    out +=
        row("Injection bandwidth", to_string(bom.injection_bandwidth), "all NICs, one direction");
    const BitRate per_gpu = bom.bisection_bandwidth / (static_cast<double>(bom.gpus) / 2.0);
    out +=
        row("Bisection bandwidth", to_string(bom.bisection_bandwidth),
            fmt::format("{} GPUs x {}, one direction", grouped(bom.gpus / 2), to_string(per_gpu)));
  }

  out += "\nCompute and memory\n";
  out += row("Peak dense BF16", to_string(bom.bf16_dense));
  if (bom.fp8_dense.value() > 0) {
    out += row("Peak dense FP8", to_string(bom.fp8_dense));
  } else {
    out += row("Peak dense FP8", "none", "the GPUs have no FP8 tensor cores");
  }
  out += row("HBM", to_string(bom.hbm));
  out += row("HBM bandwidth", to_string(bom.hbm_bandwidth));

  out += "\nPower at full load\n";
  out += row("GPUs (TDP)", to_string(bom.gpu_power));
  out += row("Hosts", to_string(bom.host_power), "server power minus GPUs");
  out += row("Switches", to_string(bom.switch_power));
  out += row("IT total", to_string(bom.it_power), "before cooling and PUE");

  out += "\nCapital cost (estimates from the presets)\n";
  out += row("GPUs", to_string(bom.gpu_cost));
  out += row("Hosts", to_string(bom.host_cost), "servers without GPUs and NICs");
  out += row("NICs", to_string(bom.nic_cost));
  out += row("Switches", to_string(bom.switch_cost));
  out += row("Optics", to_string(bom.optics_cost), "2 transceivers per optical link");
  out += row("Total", to_string(bom.total_cost), "cables and facilities not counted");
  return out;
}

nlohmann::ordered_json cluster_json(const Topology& topo, const BillOfMaterials& bom) {
  const ClusterSpec& spec = topo.spec();
  nlohmann::ordered_json j;
  j["schema"] = "colossus.describe/1";
  j["cluster"] = spec.name;
  j["description"] = spec.description;
  j["gpus"] = bom.gpus;
  j["gpu_types"] = nlohmann::ordered_json::array();
  for (const GpuTypeCount& g : bom.gpu_types) {
    j["gpu_types"].push_back(
        {{"name", g.name}, {"description", g.description}, {"count", g.count}});
  }
  j["servers"] = bom.servers;
  j["gpus_per_server"] = bom.gpus_per_server;
  j["racks"] = bom.racks;
  j["servers_per_rack"] = bom.servers_per_rack;
  j["nics"] = bom.nics;
  j["compute_trays"] = bom.compute_trays;
  j["nvlink_switch_trays"] = bom.nvlink_switch_trays;
  j["nvlink_links"] = bom.nvlink_links;

  nlohmann::ordered_json fabric;
  fabric["transport"] = to_string(spec.fabric.transport);
  fabric["routing"] = to_string(spec.fabric.routing);
  fabric["rail_optimized"] = bom.rail_optimized;
  fabric["mtu_bytes"] = static_cast<std::int64_t>(spec.fabric.mtu.value());
  fabric["tiers"] = nlohmann::ordered_json::array();
  for (const TierBill& t : bom.tiers) {
    nlohmann::ordered_json tier;
    tier["name"] = t.name;
    tier["switch"] = t.switch_model;
    tier["switches"] = t.switches;
    tier["down_ports"] = t.down_ports;
    tier["up_ports"] = t.up_ports;
    tier["port_bandwidth_bit_per_s"] = t.port_bandwidth.value();
    tier["links"] = t.links;
    tier["copper_links"] = t.copper_links;
    tier["optical_links"] = t.optical_links;
    tier["transceivers"] = t.transceivers;
    tier["power_w"] = t.power.value();
    tier["switch_cost_usd"] = t.switch_cost.value();
    tier["optics_cost_usd"] = t.optics_cost.value();
    fabric["tiers"].push_back(tier);
  }
  fabric["kind"] = bom.fabric_kind;
  fabric["direct_links"] = nlohmann::ordered_json::array();
  for (const LinkBill& l : bom.direct_links) {
    fabric["direct_links"].push_back({{"name", l.name},
                                      {"links", l.links},
                                      {"rate_bit_per_s", l.rate.value()},
                                      {"optical", l.optical},
                                      {"transceivers", l.transceivers},
                                      {"optics_cost_usd", l.optics_cost.value()}});
  }
  fabric["switches"] = bom.switches;
  fabric["links"] = bom.links;
  fabric["transceivers"] = bom.transceivers;
  fabric["injection_bandwidth_bit_per_s"] = bom.injection_bandwidth.value();
  fabric["bisection_bandwidth_bit_per_s"] = bom.bisection_bandwidth.value();
  j["fabric"] = fabric;

  j["compute"] = {{"bf16_dense_flop_per_s", bom.bf16_dense.value()},
                  {"fp8_dense_flop_per_s", bom.fp8_dense.value()},
                  {"hbm_bytes", bom.hbm.value()},
                  {"hbm_bandwidth_bytes_per_s", bom.hbm_bandwidth.value()}};
  j["power"] = {{"gpu_w", bom.gpu_power.value()},
                {"host_w", bom.host_power.value()},
                {"switch_w", bom.switch_power.value()},
                {"it_w", bom.it_power.value()}};
  j["cost"] = {{"gpu_usd", bom.gpu_cost.value()},       {"host_usd", bom.host_cost.value()},
               {"nic_usd", bom.nic_cost.value()},       {"switch_usd", bom.switch_cost.value()},
               {"optics_usd", bom.optics_cost.value()}, {"total_usd", bom.total_cost.value()}};
  return j;
}

}  // namespace colossus::report
