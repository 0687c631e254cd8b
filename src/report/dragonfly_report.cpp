// The dragonfly fabric's lines of `colossus describe`: how the groups are built (switches per
// group, ports per level), the links by level with their optics, and the global taper (injection
// of a group over its global links), which is where a dragonfly is thinner than a Clos.
#include "colossus/report/dragonfly_report.h"

#include <fmt/format.h>

#include "colossus/report/text.h"
#include "colossus/topology/dragonfly_topology.h"

namespace colossus::report {
namespace {

// One aligned line "label   value unit   note", as the rest of describe's summary.
std::string summary_row(const std::string& label, const std::string& value,
                        const std::string& note = "") {
  const std::size_t space = value.find(' ');
  const std::string number = space == std::string::npos ? value : value.substr(0, space);
  const std::string unit = space == std::string::npos ? "" : value.substr(space + 1);
  std::string line = fmt::format("  {:<22}{:>9} {:<7}", label, number, unit);
  if (!note.empty()) line += "  " + note;
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line + "\n";
}

}  // namespace

std::string dragonfly_fabric_text(const Topology& topo, const BillOfMaterials& bom) {
  const auto& df = dynamic_cast<const DragonflyTopology&>(topo);
  const ClusterSpec& spec = topo.spec();
  const DragonflySpec& d = spec.fabric.dragonfly;
  std::string out = fmt::format(
      "\nFabric: dragonfly ({}), {} routing, {}, MTU {} bytes\n", d.switch_model,
      to_string(d.routing), spec.fabric.transport == Transport::roce ? "Ethernet" : "InfiniBand",
      static_cast<std::int64_t>(spec.fabric.mtu.value()));
  out += fmt::format(
      "  {} groups of {} switches ({} nodes each), {} ports per switch: {} to NICs, {} x {} "
      "local, {} global\n",
      grouped(d.groups), d.switches_per_group, grouped(df.nodes_per_group()), d.radix,
      d.endpoint_ports, d.switches_per_group - 1, d.local_links_per_pair, d.global_ports);
  out += summary_row("Switches", grouped(bom.switches),
                     fmt::format("{} ports of {}", d.radix, to_string(d.link_bandwidth)));
  out += summary_row("NIC links (L0)", grouped(df.nic_links()), "copper, in the group");
  for (const LinkBill& l : bom.direct_links) {
    out += summary_row(l.name, grouped(l.links),
                       l.optical ? fmt::format("optical: {} transceivers", grouped(l.transceivers))
                                 : std::string("copper"));
  }
  const BitRate group_injection =
      d.link_bandwidth * static_cast<double>(df.nodes_per_group() * df.nics_per_node());
  const BitRate group_global =
      d.link_bandwidth * static_cast<double>(std::int64_t{d.groups - 1} * d.links_per_group_pair);
  if (d.groups > 1) {
    out += summary_row("Global taper",
                       fmt::format("{:.2f}", group_global.value() / group_injection.value()),
                       fmt::format("a group's global links over its NICs ({} x {} x {} / {})",
                                   d.groups - 1, d.links_per_group_pair,
                                   to_string(d.link_bandwidth), to_string(group_injection)));
  }
  out += summary_row("Injection bandwidth", to_string(bom.injection_bandwidth),
                     "all NICs, one direction");
  out += summary_row("Bisection bandwidth", to_string(bom.bisection_bandwidth),
                     fmt::format("{} x {} group pairs x {} global links, one direction",
                                 d.groups / 2, d.groups - d.groups / 2, d.links_per_group_pair));
  return out;
}

}  // namespace colossus::report
