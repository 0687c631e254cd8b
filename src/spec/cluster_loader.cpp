// Cluster and catalog loaders: YAML fields (units in their names) into the unit-typed structs of
// cluster_spec.h, then validate_cluster for the rules that span fields. Field ranges are wide
// enough for any real part and tight enough to catch a unit slip (Gb/s typed as b/s, ns as s).
#include "colossus/spec/cluster_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>

#include "colossus/spec/site_loader.h"

namespace colossus {
namespace {

namespace fs = std::filesystem;

// Bounds shared by the formats (also listed in docs/specs.md).
constexpr double kMaxTflops = 1e5;        // 100 PFLOP/s per GPU
constexpr double kMaxHbmGib = 1e5;        // 100 TiB per GPU
constexpr double kMaxHbmTbPerS = 1e3;     // 1 PB/s per GPU
constexpr double kMaxNvlinkGbPerS = 1e5;  // 100 TB/s per GPU
constexpr double kMaxPortGbps = 1e5;      // 100 Tb/s per port
constexpr double kMaxLatencyNs = 1e6;     // 1 ms
constexpr double kMaxDevicePowerW = 1e6;  // 1 MW per device
constexpr double kMaxPriceUsd = 1e9;      // a billion dollars per device
constexpr std::int64_t kMaxGpus = 100'000'000;
constexpr std::int64_t kMaxRadix = 4096;
constexpr int kMtus[] = {256, 512, 1024, 2048, 4096};

// The directory relative file references in a node's document are taken from.
fs::path base_of(const YamlReader& node) {
  return fs::path(node.file()).parent_path();
}

// Opens a catalog entry given by name or file at `node`; sets `preset_name` if it was a name.
YamlReader open_entry(const YamlReader& node, const PresetCatalog& catalog, const char* kind,
                      std::optional<std::string>& preset_name) {
  const std::string text = node.as_string();
  const fs::path base = base_of(node);
  if (!PresetCatalog::looks_like_file(text, base)) preset_name = text;
  return catalog.open(kind, text, node.location(), node.path(), base);
}

// A mapping with `base: NAME or FILE` is that entry with this mapping's fields laid over it
// (bases may have bases, up to a depth that rules out cycles).
YamlReader expand_base(const YamlReader& map, const PresetCatalog& catalog, const char* kind,
                       int depth = 0) {
  if (!map.is_map() || !map.has("base")) return map;
  const YamlReader base_node = map.child("base");
  if (depth >= 8) base_node.fail("bases nested deeper than 8 levels, expected no cycle");
  std::optional<std::string> ignored;
  const YamlReader base = open_entry(base_node, catalog, kind, ignored);
  return map.overlay_on(expand_base(base, catalog, kind, depth + 1), "base");
}

// Reads the `name` field; a preset's name must be its file name so that lists and files agree.
std::string read_name(const YamlReader& map, const std::optional<std::string>& preset_name) {
  const std::string name = map.get_string("name");
  if (name.empty()) map.fail_at("name", "expected a non-empty name");
  if (preset_name && name != *preset_name) {
    map.fail_at("name", fmt::format("expected \"{}\" (the preset's file name), got \"{}\"",
                                    *preset_name, name));
  }
  return name;
}

// Reads the optional one-line `description` field ("" when absent).
std::string read_description(const YamlReader& map) {
  const std::string text = map.find_string("description").value_or("");
  if (text.find('\n') != std::string::npos) {
    map.fail_at("description", "expected one line of text, got several lines");
  }
  return text;
}

// Reads an entry that may be a name/file or an inline mapping, with `parse` for the mapping.
template <class T, class Parse>
T read_entry(const YamlReader& node, const PresetCatalog& catalog, const char* kind, Parse parse) {
  if (node.is_map()) return parse(expand_base(node, catalog, kind), std::optional<std::string>());
  if (!node.is_scalar()) {
    node.fail(
        fmt::format("expected a preset name, a YAML file or a mapping, got {}", node.describe()));
  }
  std::optional<std::string> preset_name;
  const YamlReader file = open_entry(node, catalog, kind, preset_name);
  return parse(expand_base(file, catalog, kind), preset_name);
}

// A GPU preset's calibration block: every field required, efficiencies in (0, 1].
GpuCalibration parse_gpu_calibration(const YamlReader& m) {
  m.expect_keys({"gemm_max_efficiency_bf16", "gemm_max_efficiency_fp8", "gemm_half_dim",
                 "attention_fwd_efficiency", "attention_bwd_efficiency", "attention_half_seq",
                 "memory_efficiency", "launch_overhead_us", "comm_compute_share",
                 "nvlink_efficiency", "nvls_efficiency", "network_efficiency"});
  const NumberRange fraction{0.0, 1.0, true};
  const NumberRange size = NumberRange::positive(1e9);
  GpuCalibration c;
  c.gemm_max_efficiency_bf16 = m.get_number("gemm_max_efficiency_bf16", fraction);
  c.gemm_max_efficiency_fp8 = m.get_number("gemm_max_efficiency_fp8", fraction);
  c.gemm_half_dim = m.get_number("gemm_half_dim", size);
  c.attention_fwd_efficiency = m.get_number("attention_fwd_efficiency", fraction);
  c.attention_bwd_efficiency = m.get_number("attention_bwd_efficiency", fraction);
  c.attention_half_seq = m.get_number("attention_half_seq", size);
  c.memory_efficiency = m.get_number("memory_efficiency", fraction);
  c.launch_overhead =
      microseconds(m.get_number("launch_overhead_us", NumberRange::non_negative(1e6)));
  c.comm_compute_share = m.get_number("comm_compute_share", NumberRange::between(0.0, 0.99));
  c.nvlink_efficiency = m.get_number("nvlink_efficiency", fraction);
  c.nvls_efficiency = m.get_number("nvls_efficiency", fraction);
  c.network_efficiency = m.get_number("network_efficiency", fraction);
  return c;
}

GpuSpec parse_gpu(const YamlReader& m, const std::optional<std::string>& preset_name) {
  m.expect_keys({"name", "bf16_dense_tflops", "fp8_dense_tflops", "hbm_tb_per_s", "nvlink_gb_per_s",
                 "tdp_w", "price_usd"},
                {"description", "hbm_gib", "hbm_gb", "calibration", "fp64_tflops",
                 "fp64_matrix_tflops", "dgemm_efficiency", "gcds", "fp4_dense_tflops", "mxfp8"});
  GpuSpec g;
  g.source = m.location();
  g.name = read_name(m, preset_name);
  g.description = read_description(m);
  g.bf16_dense = tflop_per_s(m.get_number("bf16_dense_tflops", NumberRange::positive(kMaxTflops)));
  const double fp8 = m.get_number("fp8_dense_tflops", NumberRange::non_negative(kMaxTflops));
  if (fp8 > 0 && tflop_per_s(fp8) < g.bf16_dense) {
    m.fail_at("fp8_dense_tflops",
              fmt::format("expected 0 (no FP8) or at least bf16_dense_tflops {}, got {}",
                          g.bf16_dense.value() / 1e12, fp8));
  }
  g.fp8_dense = tflop_per_s(fp8);
  g.mxfp8 = m.find_bool("mxfp8").value_or(false);
  if (auto fp4 = m.find_number("fp4_dense_tflops", NumberRange::non_negative(kMaxTflops))) {
    if (*fp4 > 0 && tflop_per_s(*fp4) < g.fp8_dense)
      m.fail_at("fp4_dense_tflops",
                fmt::format("expected 0 (no FP4) or at least fp8_dense_tflops {}, got {}",
                            g.fp8_dense.value() / 1e12, *fp4));
    g.fp4_dense = tflop_per_s(*fp4);
  }
  const bool has_gib = m.has("hbm_gib");
  const bool has_gb = m.has("hbm_gb");
  if (has_gib == has_gb) {
    m.fail(has_gib ? "expected one of hbm_gib or hbm_gb, got both"
                   : "missing required field hbm_gib (or hbm_gb)");
  }
  g.hbm = has_gib ? gib(m.get_number("hbm_gib", NumberRange::positive(kMaxHbmGib)))
                  : gigabytes(m.get_number("hbm_gb", NumberRange::positive(kMaxHbmGib)));
  g.hbm_bandwidth = tbyte_per_s(m.get_number("hbm_tb_per_s", NumberRange::positive(kMaxHbmTbPerS)));
  g.nvlink_bandwidth =
      gbyte_per_s(m.get_number("nvlink_gb_per_s", NumberRange::non_negative(kMaxNvlinkGbPerS)));
  g.tdp = watts(m.get_number("tdp_w", NumberRange::positive(kMaxDevicePowerW)));
  g.price = dollars(m.get_number("price_usd", NumberRange::non_negative(kMaxPriceUsd)));
  if (const auto c = m.optional_child("calibration")) g.calibration = parse_gpu_calibration(*c);
  if (auto v = m.find_number("fp64_tflops", NumberRange::non_negative(kMaxTflops))) {
    g.fp64 = tflop_per_s(*v);
    g.fp64_stated = true;
  }
  if (auto v = m.find_number("fp64_matrix_tflops", NumberRange::non_negative(kMaxTflops))) {
    if (!g.fp64_stated) m.fail_at("fp64_matrix_tflops", "expected fp64_tflops beside it");
    g.fp64_matrix = tflop_per_s(*v);
  }
  g.dgemm_efficiency =
      m.find_number("dgemm_efficiency", NumberRange::between(0.01, 1.0)).value_or(0.0);
  // A package of several devices (MI250X: 2 GCDs): its figures split evenly over the devices.
  g.gcds = static_cast<int>(m.find_int("gcds", IntRange::between(1, 8)).value_or(1));
  if (g.gcds > 1) {
    const double k = g.gcds;
    g.bf16_dense = g.bf16_dense / k;
    g.fp8_dense = g.fp8_dense / k;
    g.fp4_dense = g.fp4_dense / k;
    g.fp64 = g.fp64 / k;
    g.fp64_matrix = g.fp64_matrix / k;
    g.hbm = g.hbm / k;
    g.hbm_bandwidth = g.hbm_bandwidth / k;
    g.tdp = g.tdp / k;
    g.price = g.price / k;
  }
  return g;
}

NicSpec parse_nic(const YamlReader& m, const std::optional<std::string>& preset_name) {
  m.expect_keys({"name", "bandwidth_gbps", "latency_ns", "price_usd"}, {"description"});
  NicSpec n;
  n.name = read_name(m, preset_name);
  n.description = read_description(m);
  n.bandwidth = gbit_per_s(m.get_number("bandwidth_gbps", NumberRange::positive(kMaxPortGbps)));
  n.latency = nanoseconds(m.get_number("latency_ns", NumberRange::non_negative(kMaxLatencyNs)));
  n.price = dollars(m.get_number("price_usd", NumberRange::non_negative(kMaxPriceUsd)));
  return n;
}

SwitchSpec parse_switch(const YamlReader& m, const std::optional<std::string>& preset_name) {
  m.expect_keys({"name", "protocol", "radix", "port_gbps", "latency_ns", "power_w", "price_usd",
                 "optic_price_usd"},
                {"description"});
  SwitchSpec s;
  s.name = read_name(m, preset_name);
  s.description = read_description(m);
  s.infiniband = m.get_enum("protocol", {"ethernet", "infiniband"}) == "infiniband";
  s.radix = static_cast<int>(m.get_int("radix", IntRange::between(2, kMaxRadix)));
  s.port_bandwidth = gbit_per_s(m.get_number("port_gbps", NumberRange::positive(kMaxPortGbps)));
  s.latency = nanoseconds(m.get_number("latency_ns", NumberRange::non_negative(kMaxLatencyNs)));
  s.power = watts(m.get_number("power_w", NumberRange::positive(kMaxDevicePowerW)));
  s.price = dollars(m.get_number("price_usd", NumberRange::non_negative(kMaxPriceUsd)));
  s.optic_price = dollars(m.get_number("optic_price_usd", NumberRange::non_negative(kMaxPriceUsd)));
  return s;
}

ServerSpec parse_server(const YamlReader& m, const std::optional<std::string>& preset_name,
                        const PresetCatalog& catalog) {
  m.expect_keys(
      {"name", "gpus", "gpu", "nic", "nvlink_latency_ns", "nvls", "host_power_w", "host_price_usd"},
      {"description", "compute_trays", "nvlink_switch_trays", "nvlink_links_per_gpu",
       "interconnect", "nics"});
  ServerSpec s;
  s.name = read_name(m, preset_name);
  s.description = read_description(m);
  s.gpus = static_cast<int>(m.get_int("gpus", IntRange::between(1, 1024)));
  s.gpu = read_gpu(m.child("gpu"), catalog);
  s.nic = read_nic(m.child("nic"), catalog);
  s.nvlink_latency =
      nanoseconds(m.get_number("nvlink_latency_ns", NumberRange::non_negative(kMaxLatencyNs)));
  s.nvls = m.get_bool("nvls");
  s.host_power = watts(m.get_number("host_power_w", NumberRange::non_negative(kMaxDevicePowerW)));
  s.host_price = dollars(m.get_number("host_price_usd", NumberRange::non_negative(kMaxPriceUsd)));
  s.compute_trays =
      static_cast<int>(m.find_int("compute_trays", IntRange::between(1, 1024)).value_or(1));
  if (s.gpus % s.compute_trays != 0) {
    m.fail_at("compute_trays",
              fmt::format("expected a divisor of the {} GPUs of the NVLink domain (trays of equal "
                          "GPUs), got {}",
                          s.gpus, s.compute_trays));
  }
  s.nvlink_switch_trays =
      static_cast<int>(m.find_int("nvlink_switch_trays", IntRange::between(0, 1024)).value_or(0));
  s.nvlink_links_per_gpu =
      static_cast<int>(m.find_int("nvlink_links_per_gpu", IntRange::between(0, 1024)).value_or(0));
  if (m.has("interconnect")) {
    s.full_mesh = m.get_enum("interconnect", {"nvswitch", "full_mesh"}) == "full_mesh";
  }
  if (s.full_mesh && s.nvls) {
    m.fail_at("nvls", "expected false: a full mesh has no switch to reduce in (NVLS)");
  }
  s.nics = static_cast<int>(m.find_int("nics", IntRange::between(1, 1024)).value_or(s.gpus));
  return s;
}

// Reads one tier; `top` is whether it is the last (top) tier. Port counts the YAML leaves out
// are derived from the switch and the oversubscription.
TierSpec parse_tier(const YamlReader& m, bool top, Transport transport,
                    const PresetCatalog& catalog) {
  m.expect_keys({"name", "switch"}, {"radix", "port_gbps", "down_ports", "oversubscription",
                                     "latency_ns", "optic_price_usd"});
  TierSpec t;
  t.name = m.get_string("name");
  if (t.name.empty()) m.fail_at("name", "expected a non-empty name");
  const YamlReader switch_node = m.child("switch");
  const SwitchSpec sw = read_switch(switch_node, catalog);
  t.switch_model = sw.name;
  if (sw.infiniband != (transport == Transport::infiniband)) {
    switch_node.fail(fmt::format("{} is an {} switch; fabric.transport {} needs {} switches",
                                 sw.name, sw.infiniband ? "InfiniBand" : "Ethernet",
                                 to_string(transport),
                                 transport == Transport::infiniband ? "InfiniBand" : "Ethernet"));
  }
  const double switch_gbps = sw.port_bandwidth.value() / 1e9;
  const double port_gbps =
      m.find_number("port_gbps", NumberRange::positive(kMaxPortGbps)).value_or(switch_gbps);
  if (port_gbps > switch_gbps) {
    m.fail_at("port_gbps", fmt::format("expected at most the {} port speed of {} Gb/s, got {}",
                                       sw.name, switch_gbps, port_gbps));
  }
  t.port_bandwidth = gbit_per_s(port_gbps);
  // Breakout keeps the switch's total bandwidth: 64 x 800G can run as 128 x 400G.
  const double capacity_gbps = sw.radix * switch_gbps;
  const auto radix = m.find_int("radix", IntRange::between(2, kMaxRadix));
  t.radix = radix ? static_cast<int>(*radix)
                  : static_cast<int>(std::floor(capacity_gbps / port_gbps + 1e-9));
  if (t.radix * port_gbps > capacity_gbps * (1 + 1e-9)) {
    m.fail_at("radix", fmt::format("{} ports at {} Gb/s exceed the {} total of {} x {} Gb/s",
                                   t.radix, port_gbps, sw.name, sw.radix, switch_gbps));
  }
  if (t.radix > kMaxRadix) {
    m.fail_at("port_gbps", fmt::format("breaks the {} out into {} ports, expected at most {}",
                                       sw.name, t.radix, kMaxRadix));
  }
  const auto oversubscription = m.find_number("oversubscription", NumberRange::positive(1000));
  const auto down_ports = m.find_int("down_ports", IntRange::between(1, kMaxRadix));
  if (top) {
    if (oversubscription && *oversubscription != 1.0) {
      m.fail_at("oversubscription", fmt::format("expected 1 (the top tier has no up ports), got {}",
                                                *oversubscription));
    }
    if (down_ports && *down_ports != t.radix) {
      m.fail_at("down_ports",
                fmt::format("expected {} (the top tier uses all its radix ports down), got {}",
                            t.radix, *down_ports));
    }
    t.down_ports = t.radix;
  } else {
    t.oversubscription = oversubscription.value_or(1.0);
    // Without down_ports, the most down ports whose uplinks still fit the radix.
    t.down_ports = down_ports
                       ? static_cast<int>(*down_ports)
                       : static_cast<int>(std::floor(
                             t.radix * t.oversubscription / (1 + t.oversubscription) + 1e-9));
    if (t.down_ports < 1) {
      m.fail_at("oversubscription", fmt::format("leaves no down ports on a radix of {}", t.radix));
    }
  }
  const auto latency_ns = m.find_number("latency_ns", NumberRange::non_negative(kMaxLatencyNs));
  t.latency = latency_ns ? nanoseconds(*latency_ns) : sw.latency;
  t.switch_power = sw.power;
  t.switch_price = sw.price;
  // A transceiver's price scales with its bandwidth when the tier breaks ports out (estimate).
  const auto optic_usd = m.find_number("optic_price_usd", NumberRange::non_negative(kMaxPriceUsd));
  t.optic_price = optic_usd ? dollars(*optic_usd) : sw.optic_price * (port_gbps / switch_gbps);
  return t;
}

void parse_clos_fabric(const YamlReader& fabric, FabricSpec& out, const PresetCatalog& catalog);

// The direct network (fabric kind "torus"): dimensions, wrap flags, link rates and blocks.
void parse_torus_fabric(const YamlReader& fabric, FabricSpec& f) {
  fabric.expect_keys({"kind", "dims", "wrap", "link_gbps", "hop_latency_ns", "routing"},
                     {"block", "block_link_gbps", "optical_between_blocks", "optic_price_usd",
                      "link_name", "transport", "mtu_bytes", "link_faults"});
  TorusSpec& t = f.torus;
  for (const YamlReader& d : fabric.items("dims", 1)) {
    t.dims.push_back(static_cast<int>(d.as_int(IntRange::between(1, 1'000'000))));
  }
  for (const YamlReader& w : fabric.items("wrap", 1)) t.wrap.push_back(w.as_bool());
  if (t.wrap.size() != t.dims.size()) {
    fabric.fail_at("wrap", fmt::format("expected one flag per dimension ({}), got {}",
                                       t.dims.size(), t.wrap.size()));
  }
  t.link_bandwidth =
      gbit_per_s(fabric.get_number("link_gbps", NumberRange::positive(kMaxPortGbps)));
  t.hop_latency =
      nanoseconds(fabric.get_number("hop_latency_ns", NumberRange::non_negative(kMaxLatencyNs)));
  // Dimension order is deterministic (ECMP's role: one path per flow); adaptive spreads orders.
  f.routing = fabric.get_enum("routing", {"dimension_order", "adaptive"}) == "adaptive"
                  ? Routing::adaptive
                  : Routing::ecmp;
  if (fabric.has("block")) {
    for (const YamlReader& b : fabric.items("block", 1)) {
      t.block.push_back(static_cast<int>(b.as_int(IntRange::between(1, 1'000'000))));
    }
    if (t.block.size() != t.dims.size()) {
      fabric.fail_at("block", fmt::format("expected one size per dimension ({}), got {}",
                                          t.dims.size(), t.block.size()));
    }
  }
  if (auto g = fabric.find_number("block_link_gbps", NumberRange::positive(kMaxPortGbps))) {
    t.block_link_bandwidth = gbit_per_s(*g);
  }
  t.optical_between_blocks = fabric.find_bool("optical_between_blocks").value_or(false);
  t.optic_price = dollars(
      fabric.find_number("optic_price_usd", NumberRange::non_negative(kMaxPriceUsd)).value_or(0));
  t.link_name = fabric.find_string("link_name").value_or("ICI");
  // The links' packet overhead: a transport's headers (default InfiniBand's 26 bytes per 4 KiB).
  f.transport = parse_enum<Transport>(
      fabric.find_enum("transport", {"roce", "infiniband"}).value_or("infiniband"),
      fabric.location_of("transport"), fabric.field_path("transport"));
  if (auto mtu = fabric.find_int("mtu_bytes", IntRange::positive())) {
    if (std::find(std::begin(kMtus), std::end(kMtus), *mtu) == std::end(kMtus)) {
      fabric.fail_at(
          "mtu_bytes",
          fmt::format("expected one of 256, 512, 1024, 2048, 4096 (RDMA MTUs), got {}", *mtu));
    }
    f.mtu = bytes(static_cast<double>(*mtu));
  }
}

// The dragonfly (fabric kind "dragonfly"): group shape, global links (a count per group pair or
// a taper of the global ports), routing and the switch model, which also becomes the one tier
// the bill of materials counts.
void parse_dragonfly_fabric(const YamlReader& fabric, FabricSpec& f, const PresetCatalog& catalog) {
  fabric.expect_keys({"kind", "switch", "groups", "switches_per_group", "endpoint_ports",
                      "global_ports", "routing"},
                     {"local_links_per_pair", "links_per_group_pair", "global_taper", "transport",
                      "mtu_bytes", "optical_global"});
  DragonflySpec& d = f.dragonfly;
  const YamlReader switch_node = fabric.child("switch");
  const SwitchSpec sw = read_switch(switch_node, catalog);
  d.switch_model = sw.name;
  d.radix = sw.radix;
  d.link_bandwidth = sw.port_bandwidth;
  d.switch_latency = sw.latency;
  d.groups = static_cast<int>(fabric.get_int("groups", IntRange::between(1, 100'000)));
  d.switches_per_group =
      static_cast<int>(fabric.get_int("switches_per_group", IntRange::between(1, kMaxRadix)));
  d.endpoint_ports =
      static_cast<int>(fabric.get_int("endpoint_ports", IntRange::between(1, kMaxRadix)));
  d.global_ports =
      static_cast<int>(fabric.get_int("global_ports", IntRange::between(0, kMaxRadix)));
  d.local_links_per_pair = static_cast<int>(
      fabric.find_int("local_links_per_pair", IntRange::between(1, kMaxRadix)).value_or(1));
  const bool has_links = fabric.has("links_per_group_pair");
  const bool has_taper = fabric.has("global_taper");
  if (has_links == has_taper) {
    fabric.fail(has_links ? "expected one of links_per_group_pair or global_taper, got both"
                          : "missing required field links_per_group_pair (or global_taper)");
  }
  if (has_links) {
    d.links_per_group_pair =
        static_cast<int>(fabric.get_int("links_per_group_pair", IntRange::between(1, kMaxRadix)));
  } else {
    d.global_taper = fabric.get_number("global_taper", NumberRange::non_negative(1.0));
    if (!(d.global_taper > 0)) {
      fabric.fail_at("global_taper",
                     fmt::format("expected the fraction of global ports cabled, in (0, 1], got {}",
                                 d.global_taper));
    }
    // The cabled global ports of a group, shared evenly by the other groups.
    const double cabled = std::floor(d.global_taper * d.switches_per_group * d.global_ports + 1e-9);
    d.links_per_group_pair =
        d.groups > 1 ? static_cast<int>(std::floor(cabled / (d.groups - 1) + 1e-9)) : 0;
  }
  if (d.groups > 1) {
    const std::int64_t ports = std::int64_t{d.switches_per_group} * d.global_ports;
    const std::int64_t needed = std::int64_t{d.groups - 1} * std::max(1, d.links_per_group_pair);
    if (needed > ports || d.links_per_group_pair < 1) {
      fabric.fail_at(
          "groups",
          fmt::format(
              "expected at most {} groups: each group needs {} global link{} to each of "
              "the others and has {} global ports ({} switches x {}{}), got {}",
              ports / std::max(1, d.links_per_group_pair) + 1, std::max(1, d.links_per_group_pair),
              d.links_per_group_pair > 1 ? "s" : "", ports, d.switches_per_group, d.global_ports,
              has_taper ? fmt::format(", taper {}", d.global_taper) : std::string(), d.groups));
    }
  }
  const int used =
      d.endpoint_ports + (d.switches_per_group - 1) * d.local_links_per_pair + d.global_ports;
  if (used > d.radix) {
    fabric.fail_at("endpoint_ports",
                   fmt::format("expected endpoint + local + global ports within the {} ports of "
                               "{}, got {} + {} x {} + {} = {}",
                               d.radix, sw.name, d.endpoint_ports, d.switches_per_group - 1,
                               d.local_links_per_pair, d.global_ports, used));
  }
  d.routing =
      parse_enum<DragonflyRouting>(fabric.get_enum("routing", {"minimal", "valiant", "adaptive"}),
                                   fabric.location_of("routing"), fabric.field_path("routing"));
  f.routing = d.routing == DragonflyRouting::adaptive ? Routing::adaptive : Routing::ecmp;
  d.optical_global = fabric.find_bool("optical_global").value_or(true);
  // Slingshot is Ethernet (RoCE-sized headers) unless the spec says otherwise.
  f.transport =
      parse_enum<Transport>(fabric.find_enum("transport", {"roce", "infiniband"}).value_or("roce"),
                            fabric.location_of("transport"), fabric.field_path("transport"));
  if (auto mtu = fabric.find_int("mtu_bytes", IntRange::positive())) {
    if (std::find(std::begin(kMtus), std::end(kMtus), *mtu) == std::end(kMtus)) {
      fabric.fail_at(
          "mtu_bytes",
          fmt::format("expected one of 256, 512, 1024, 2048, 4096 (RDMA MTUs), got {}", *mtu));
    }
    f.mtu = bytes(static_cast<double>(*mtu));
  }
  f.rail_optimized = false;
  // The switch as the one tier the bill of materials counts (switches, power, price).
  TierSpec t;
  t.name = "switch";
  t.switch_model = sw.name;
  t.radix = sw.radix;
  t.port_bandwidth = sw.port_bandwidth;
  t.down_ports = sw.radix;
  t.latency = sw.latency;
  t.switch_power = sw.power;
  t.switch_price = sw.price;
  t.optic_price = sw.optic_price;
  f.tiers = {t};
}

ClusterSpec parse_cluster(const YamlReader& m, const std::optional<std::string>& preset_name,
                          const PresetCatalog& catalog) {
  m.expect_keys({"name", "servers_per_rack", "pools", "fabric"},
                {"description", "storage", "site"});
  ClusterSpec c;
  c.name = read_name(m, preset_name);
  c.description = read_description(m);
  c.source = {m.file(), 0};
  c.servers_per_rack = static_cast<int>(m.get_int("servers_per_rack", IntRange::between(1, 1024)));
  for (const YamlReader& pool : m.items("pools", 1)) {
    pool.expect_keys({"gpu_count", "server"});
    ServerPool p;
    p.gpu_count = pool.get_int("gpu_count", IntRange::between(1, kMaxGpus));
    p.server = read_server(pool.child("server"), catalog);
    c.pools.push_back(std::move(p));
  }
  const YamlReader fabric = m.child("fabric");
  if (fabric.has("kind")) {
    c.fabric.kind = fabric.get_enum("kind", {"clos", "torus", "dragonfly"});
  }
  if (c.fabric.kind == "torus") {
    parse_torus_fabric(fabric, c.fabric);
  } else if (c.fabric.kind == "dragonfly") {
    parse_dragonfly_fabric(fabric, c.fabric, catalog);
  } else {
    parse_clos_fabric(fabric, c.fabric, catalog);
  }
  // Degraded or down links, by resource name; the topology resolves the names.
  if (fabric.has("link_faults")) {
    for (const YamlReader& f : fabric.items("link_faults", 1)) {
      f.expect_keys({"link", "bandwidth_fraction"});
      LinkFault fault;
      fault.link = f.get_string("link");
      fault.bandwidth_fraction = f.get_number("bandwidth_fraction", NumberRange::between(0.0, 1.0));
      c.fabric.link_faults.push_back(std::move(fault));
    }
  }
  if (auto storage = m.optional_child("storage")) {
    storage->expect_keys({"write_gb_per_s", "read_gb_per_s"});
    const NumberRange range = NumberRange::positive(1e9);  // up to an exabyte per second
    c.storage = StorageSpec{gbyte_per_s(storage->get_number("write_gb_per_s", range)),
                            gbyte_per_s(storage->get_number("read_gb_per_s", range))};
  }
  if (auto site = m.optional_child("site")) c.site = read_site(*site, catalog);
  // Lines are collected once the schema has been checked, so the walk is over a known shape.
  m.collect_lines(c.lines);
  // A cluster inline in a larger document: fields are keyed from the cluster itself.
  if (!m.path().empty()) {
    FieldLines relative;
    const std::string prefix = m.path() + ".";
    for (const auto& [path, line] : c.lines.all()) {
      if (path.rfind(prefix, 0) == 0) relative.set(path.substr(prefix.size()), line);
    }
    c.lines = std::move(relative);
  }
  validate_cluster(c);
  return c;
}

// The switched fabric: transport, routing, rails and the tiers.
void parse_clos_fabric(const YamlReader& fabric, FabricSpec& out, const PresetCatalog& catalog) {
  FabricSpec& f = out;
  fabric.expect_keys({"transport", "routing", "rail_optimized", "tiers"},
                     {"mtu_bytes", "kind", "link_faults"});
  f.transport =
      parse_enum<Transport>(fabric.get_enum("transport", {"roce", "infiniband"}),
                            fabric.location_of("transport"), fabric.field_path("transport"));
  f.routing = parse_enum<Routing>(fabric.get_enum("routing", {"ecmp", "adaptive"}),
                                  fabric.location_of("routing"), fabric.field_path("routing"));
  f.rail_optimized = fabric.get_bool("rail_optimized");
  if (auto mtu = fabric.find_int("mtu_bytes", IntRange::positive())) {
    if (std::find(std::begin(kMtus), std::end(kMtus), *mtu) == std::end(kMtus)) {
      fabric.fail_at(
          "mtu_bytes",
          fmt::format("expected one of 256, 512, 1024, 2048, 4096 (RDMA MTUs), got {}", *mtu));
    }
    f.mtu = bytes(static_cast<double>(*mtu));
  }
  const auto tiers = fabric.items("tiers", 1);
  for (std::size_t i = 0; i < tiers.size(); ++i) {
    f.tiers.push_back(parse_tier(tiers[i], i + 1 == tiers.size(), f.transport, catalog));
  }
}

// Where a field was read, else where its enclosing entry was: some fields come from a preset.
SourceLocation where(const ClusterSpec& spec, const std::string& field,
                     const std::string& fallback) {
  SourceLocation at = spec.at(field);
  return at.line > 0 ? at : spec.at(fallback);
}

std::string gbps(BitRate r) {
  return fmt::format("{} Gb/s", r.value() / 1e9);
}

}  // namespace

GpuSpec read_gpu(const YamlReader& node, const PresetCatalog& catalog) {
  return read_entry<GpuSpec>(node, catalog, kGpuPresets, parse_gpu);
}

NicSpec read_nic(const YamlReader& node, const PresetCatalog& catalog) {
  return read_entry<NicSpec>(node, catalog, kNicPresets, parse_nic);
}

SwitchSpec read_switch(const YamlReader& node, const PresetCatalog& catalog) {
  return read_entry<SwitchSpec>(node, catalog, kSwitchPresets, parse_switch);
}

ServerSpec read_server(const YamlReader& node, const PresetCatalog& catalog) {
  return read_entry<ServerSpec>(node, catalog, kServerPresets,
                                [&](const YamlReader& m, const std::optional<std::string>& name) {
                                  return parse_server(m, name, catalog);
                                });
}

ClusterSpec read_cluster(const YamlReader& node, const PresetCatalog& catalog) {
  return read_entry<ClusterSpec>(node, catalog, kClusterPresets,
                                 [&](const YamlReader& m, const std::optional<std::string>& name) {
                                   return parse_cluster(m, name, catalog);
                                 });
}

namespace {

// A one-line document holding just the name, so load_* share read_*'s resolution and messages.
template <class T, class Read>
T load_entry(const std::string& name_or_file, const PresetCatalog& catalog, const char* kind,
             Read read) {
  std::optional<std::string> preset_name;
  if (!PresetCatalog::looks_like_file(name_or_file, {})) preset_name = name_or_file;
  const YamlReader file = catalog.open(kind, name_or_file, {"<command line>", 0}, "", {});
  return read(expand_base(file, catalog, kind), preset_name);
}

}  // namespace

GpuSpec load_gpu(const std::string& name_or_file, const PresetCatalog& catalog) {
  return load_entry<GpuSpec>(name_or_file, catalog, kGpuPresets, parse_gpu);
}

NicSpec load_nic(const std::string& name_or_file, const PresetCatalog& catalog) {
  return load_entry<NicSpec>(name_or_file, catalog, kNicPresets, parse_nic);
}

SwitchSpec load_switch(const std::string& name_or_file, const PresetCatalog& catalog) {
  return load_entry<SwitchSpec>(name_or_file, catalog, kSwitchPresets, parse_switch);
}

ServerSpec load_server(const std::string& name_or_file, const PresetCatalog& catalog) {
  return load_entry<ServerSpec>(name_or_file, catalog, kServerPresets,
                                [&](const YamlReader& m, const std::optional<std::string>& name) {
                                  return parse_server(m, name, catalog);
                                });
}

ClusterSpec load_cluster(const std::string& name_or_file, const PresetCatalog& catalog) {
  return load_entry<ClusterSpec>(name_or_file, catalog, kClusterPresets,
                                 [&](const YamlReader& m, const std::optional<std::string>& name) {
                                   return parse_cluster(m, name, catalog);
                                 });
}

ClusterSpec load_cluster(const std::string& name_or_file) {
  return load_cluster(name_or_file, PresetCatalog::from_environment());
}

ClusterSpec parse_cluster_yaml(const std::string& text, const std::string& file,
                               const PresetCatalog& catalog) {
  return parse_cluster(YamlReader::from_string(text, file), std::nullopt, catalog);
}

void validate_cluster(const ClusterSpec& spec) {
  if (spec.servers_per_rack < 1) {
    throw InputError(spec.at("servers_per_rack"), "servers_per_rack",
                     fmt::format("expected an integer >= 1, got {}", spec.servers_per_rack));
  }
  if (spec.pools.empty()) {
    throw InputError(spec.at("pools"), "pools", "expected at least one server pool");
  }
  const int gpus_per_server = spec.pools[0].server.gpus;
  for (std::size_t i = 0; i < spec.pools.size(); ++i) {
    const ServerPool& pool = spec.pools[i];
    const std::string path = fmt::format("pools[{}]", i);
    if (pool.server.gpus < 1) {
      throw InputError(where(spec, path + ".server.gpus", path + ".server"), path + ".server.gpus",
                       fmt::format("expected an integer >= 1, got {}", pool.server.gpus));
    }
    if (pool.gpu_count < 1 || pool.gpu_count % pool.server.gpus != 0) {
      throw InputError(
          spec.at(path + ".gpu_count"), path + ".gpu_count",
          fmt::format("expected a positive multiple of the {} GPUs per server of {} (whole "
                      "servers), got {}",
                      pool.server.gpus, pool.server.name, pool.gpu_count));
    }
    if (pool.server.gpus != gpus_per_server) {
      throw InputError(
          where(spec, path + ".server.gpus", path + ".server"), path + ".server.gpus",
          fmt::format("expected {} GPUs per server like pools[0] (all pools must match), got {}",
                      gpus_per_server, pool.server.gpus));
    }
  }
  const FabricSpec& fabric = spec.fabric;
  if (std::find(std::begin(kMtus), std::end(kMtus), static_cast<int>(fabric.mtu.value())) ==
          std::end(kMtus) ||
      fabric.mtu.value() != std::floor(fabric.mtu.value())) {
    throw InputError(where(spec, "fabric.mtu_bytes", "fabric"), "fabric.mtu_bytes",
                     fmt::format("expected one of 256, 512, 1024, 2048, 4096 (RDMA MTUs), got {}",
                                 fabric.mtu.value()));
  }
  if (fabric.kind == "torus") {
    std::int64_t chips = 1;
    std::string dims;
    for (int k : fabric.torus.dims) {
      chips = std::min<std::int64_t>(chips * k, kMaxGpus + 1);
      dims += fmt::format("{}{}", dims.empty() ? "" : " x ", k);
    }
    if (chips != spec.gpu_count()) {
      throw InputError(where(spec, "fabric.dims", "fabric"), "fabric.dims",
                       fmt::format("expected dimensions whose product is the {} chips of the "
                                   "pools, got {} = {}",
                                   spec.gpu_count(), dims, chips));
    }
    return;  // no switch tiers: TorusTopology checks the rest
  }
  if (fabric.kind == "dragonfly") {
    for (std::size_t i = 0; i < spec.pools.size(); ++i) {
      const ServerSpec& server = spec.pools[i].server;
      const std::string path = fmt::format("pools[{}].server", i);
      if (server.nic.bandwidth != fabric.dragonfly.link_bandwidth) {
        throw InputError(
            where(spec, path + ".nic", path), path + ".nic",
            fmt::format("NIC {} runs at {}, expected the switch port speed {} of "
                        "the dragonfly's {}",
                        server.nic.name, gbps(server.nic.bandwidth),
                        gbps(fabric.dragonfly.link_bandwidth), fabric.dragonfly.switch_model));
      }
    }
    return;  // DragonflyTopology checks the shape against the nodes
  }
  for (std::size_t i = 0; i < spec.pools.size(); ++i) {
    const ServerSpec& server = spec.pools[i].server;
    if (server.nic_count() != server.gpus) {
      const std::string path = fmt::format("pools[{}].server", i);
      throw InputError(where(spec, path + ".nics", path), path + ".nics",
                       fmt::format("expected one NIC per GPU ({}) on a {} fabric, got {} (only a "
                                   "dragonfly node may have another count)",
                                   server.gpus, fabric.kind, server.nic_count()));
    }
  }
  if (fabric.tiers.empty()) {
    throw InputError(where(spec, "fabric.tiers", "fabric"), "fabric.tiers",
                     "expected at least one switch tier");
  }
  const TierSpec& leaf = fabric.tiers[0];
  for (std::size_t t = 0; t < fabric.tiers.size(); ++t) {
    const TierSpec& tier = fabric.tiers[t];
    const std::string path = fmt::format("fabric.tiers[{}]", t);
    const bool top = t + 1 == fabric.tiers.size();
    if (tier.radix < 2) {
      throw InputError(where(spec, path + ".radix", path), path + ".radix",
                       fmt::format("expected an integer >= 2, got {}", tier.radix));
    }
    if (!(tier.port_bandwidth.value() > 0)) {
      throw InputError(
          where(spec, path + ".port_gbps", path), path + ".port_gbps",
          fmt::format("expected a number > 0, got {}", tier.port_bandwidth.value() / 1e9));
    }
    if (!(tier.oversubscription > 0) || !std::isfinite(tier.oversubscription)) {
      throw InputError(where(spec, path + ".oversubscription", path), path + ".oversubscription",
                       fmt::format("expected a number > 0, got {}", tier.oversubscription));
    }
    if (tier.port_bandwidth != leaf.port_bandwidth) {
      throw InputError(where(spec, path + ".port_gbps", path), path + ".port_gbps",
                       fmt::format("expected the leaf port speed {} (links between tiers run at "
                                   "one speed), got {}",
                                   gbps(leaf.port_bandwidth), gbps(tier.port_bandwidth)));
    }
    if (top) {
      if (tier.down_ports != tier.radix) {
        throw InputError(where(spec, path + ".down_ports", path), path + ".down_ports",
                         fmt::format("expected {} (the top tier uses all its radix ports down), "
                                     "got {}",
                                     tier.radix, tier.down_ports));
      }
    } else if (tier.down_ports < 1 || tier.down_ports + tier.up_ports() > tier.radix) {
      throw InputError(
          where(spec, path + ".down_ports", path), path,
          fmt::format("down_ports {} + up ports {} (down_ports / oversubscription {}) exceed the "
                      "radix {}",
                      tier.down_ports, tier.up_ports(), tier.oversubscription, tier.radix));
    }
  }
  for (std::size_t i = 0; i < spec.pools.size(); ++i) {
    const ServerSpec& server = spec.pools[i].server;
    const std::string path = fmt::format("pools[{}].server", i);
    if (server.nic.bandwidth != leaf.port_bandwidth) {
      throw InputError(
          where(spec, path + ".nic", path), path + ".nic",
          fmt::format("NIC {} runs at {}, expected the leaf port speed {} of fabric.tiers[0]",
                      server.nic.name, gbps(server.nic.bandwidth), gbps(leaf.port_bandwidth)));
    }
  }
  if (!fabric.rail_optimized && leaf.down_ports % gpus_per_server != 0 &&
      gpus_per_server % leaf.down_ports != 0) {
    throw InputError(
        where(spec, "fabric.tiers[0].down_ports", "fabric.tiers[0]"), "fabric.tiers[0].down_ports",
        fmt::format("expected a multiple or a divisor of the {} GPUs per server (a leaf that is "
                    "not rail-optimized serves whole servers), got {}",
                    gpus_per_server, leaf.down_ports));
  }
}

}  // namespace colossus
