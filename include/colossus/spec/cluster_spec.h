// The cluster as the user describes it: plain data, validated and in units, read from YAML by
// spec/cluster_loader.h (presets under presets/ or a user's file). The topology builder turns a
// ClusterSpec into a graph; nothing here knows how.
#pragma once

#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "colossus/core/enum_names.h"
#include "colossus/core/error.h"
#include "colossus/core/field_lines.h"
#include "colossus/core/units.h"
#include "colossus/spec/site_spec.h"

namespace colossus {

// What a GPU sustains in a training step, as fractions of its datasheet figures: the compute
// model's efficiency curve and the NVLink protocol overhead. Measured or fitted per GPU and stated
// once, in the GPU's preset (its `calibration:` block says where each number comes from);
// hardware/compute_model.h explains each field of the curve.
struct GpuCalibration {
  double gemm_max_efficiency_bf16 = 0;  // large BF16 GEMM, fraction of bf16_dense
  double gemm_max_efficiency_fp8 = 0;   // large FP8 GEMM, fraction of fp8_dense
  double gemm_half_dim = 0;             // GEMM dimension at which efficiency halves
  double attention_fwd_efficiency = 0;  // flash attention forward, fraction of bf16_dense
  double attention_bwd_efficiency = 0;  // flash attention backward
  double attention_half_seq = 0;        // sequence length at which attention halves
  double memory_efficiency = 0;         // achieved fraction of HBM bandwidth
  Seconds launch_overhead{};            // per kernel, between dependent kernels
  double comm_compute_share = 0;        // compute a collective takes beside it (NCCL's SMs)
  double nvlink_efficiency = 0;         // NVLink goodput over line rate (protocol overhead)
  double nvls_efficiency = 0;           // NVLS (NVLink SHARP) busbw share of the NVLink goodput
  double network_efficiency = 0;        // NCCL's busbw share of a NIC's goodput after its headers
};

// One GPU model (presets/gpus/*.yaml). Rates are dense (no 2:4 sparsity).
struct GpuSpec {
  std::string name;         // preset name, e.g. "h100-sxm"
  std::string description;  // e.g. "NVIDIA H100 SXM5 80 GB"
  FlopRate bf16_dense{};    // dense BF16 tensor-core peak
  FlopRate fp8_dense{};     // dense FP8 tensor-core peak
  FlopRate fp4_dense{};     // dense FP4 tensor-core peak (0: no FP4, or not stated)
  // Tensor cores that take MXFP8 (FP8 with one E8M0 scale per 32-element block) natively, at the
  // FP8 peak: Blackwell's fifth-generation tensor cores; false elsewhere (Hopper has none).
  bool mxfp8 = false;
  Bytes hbm{};  // HBM capacity
  ByteRate hbm_bandwidth{};
  ByteRate nvlink_bandwidth{};  // per GPU, per direction, into the NVSwitch domain
  Watts tdp{};
  Dollars price{};  // street price of one GPU (estimate; the preset says so)
  // FP64 peaks (HPL and the Top500): vector (SIMT/CUDA cores) and matrix (tensor/matrix cores;
  // 0 where the GPU has none). Absent from a preset: not stated (fp64_stated false); a GPU with
  // no FP64 at all (a TPU) states 0.
  FlopRate fp64{};
  FlopRate fp64_matrix{};
  bool fp64_stated = false;
  // Fraction of the FP64 peak (the larger of the two) a large DGEMM sustains in HPL on this GPU
  // in a full system (0: not stated); the HPL model's per-family factor (docs/top500.md).
  double dgemm_efficiency = 0;
  // Devices per package: an MI250X module holds 2 GCDs, each its own GPU to software. The
  // preset gives package figures; the loader divides them so a GpuSpec is one device (a rank).
  int gcds = 1;
  std::optional<GpuCalibration> calibration;  // absent: the GPU cannot be simulated
  SourceLocation source;                      // where the GPU was described, for messages

  // The FP64 peak HPL counts: the larger of the vector and matrix peaks.
  FlopRate fp64_peak() const { return fp64_matrix > fp64 ? fp64_matrix : fp64; }
  // The calibration; throws InputError naming the GPU and where it was described if it has none.
  const GpuCalibration& calibrated() const {
    if (!calibration)
      throw InputError(source, "calibration",
                       "GPU " + name +
                           " has no calibration data (a calibration: block in its preset); "
                           "it cannot be simulated");
    return *calibration;
  }
};

// The network interface each GPU owns (one per GPU: its rail).
struct NicSpec {
  std::string name;  // e.g. "bluefield-3"
  BitRate bandwidth{};
  Seconds latency{};  // NIC + PCIe one-way latency
  Dollars price{};
  std::string description;  // e.g. "NVIDIA ConnectX-7 400 Gb/s (NDR / 400GbE), PCIe Gen5 x16"
};

// One switch model (presets/switches/*.yaml), as sold; a tier may run it with ports broken out.
struct SwitchSpec {
  std::string name;         // preset name, e.g. "spectrum-sn5600"
  std::string description;  // e.g. "NVIDIA Spectrum-4 SN5600, 64 x 800GbE"
  bool infiniband = false;  // InfiniBand switch (else Ethernet)
  int radix = 0;            // ports at port_bandwidth, before breakout
  BitRate port_bandwidth{};
  Seconds latency{};  // port to port
  Watts power{};      // typical at full load, with optics
  Dollars price{};
  Dollars optic_price{};  // one transceiver at port_bandwidth
};

// One server: GPUs on an NVSwitch domain, one NIC per GPU.
struct ServerSpec {
  std::string name;  // e.g. "supermicro-as-4125gs" or "hgx-h100"
  int gpus = 8;
  GpuSpec gpu;
  NicSpec nic;
  Seconds nvlink_latency{};  // GPU to GPU through the NVSwitch, one way
  bool nvls = false;         // NVSwitch in-network reduction (NVLink SHARP)
  Watts host_power{};        // CPUs, memory, fans, NVSwitches: server power at full load minus GPUs
  Dollars host_price{};      // server price without its GPUs and NICs
  std::string description;   // e.g. "NVIDIA DGX H100 (8 x H100 SXM5, 8 x ConnectX-7 NDR 400)"
  // The NVLink domain's physical make-up. A "server" is one NVLink domain: an HGX board (one
  // tray) or a rack-scale domain over several compute trays (GB200 NVL72: 18 trays of 4 GPUs)
  // joined by NVLink switch trays.
  int compute_trays = 1;         // trays the domain spans; gpus is a multiple of it
  int nvlink_switch_trays = 0;   // NVLink switch trays (0: NVSwitches on the GPU baseboard)
  int nvlink_links_per_gpu = 0;  // NVLink (or Infinity Fabric) links per GPU (0: not stated)
  // How the GPUs of the domain are joined: through NVSwitches (a non-blocking crossbar, each
  // GPU's port is its nvlink bandwidth) or a full mesh of direct links (AMD MI300X: each pair
  // has one link of nvlink bandwidth / (gpus - 1)).
  bool full_mesh = false;
  // Scale-out NICs of the server. Most AI servers have one per GPU (its rail); an HPE Cray EX
  // node may have fewer (Frontier: 4 for 8 GCDs) or more (Aurora: 8 for 6 GPUs). Only the
  // dragonfly fabric accepts a count other than `gpus`.
  int nics = 0;  // 0 until the loader fills it in (default: gpus)

  int gpus_per_tray() const { return gpus / compute_trays; }
  // NICs per server: `nics`, or one per GPU when not stated.
  int nic_count() const { return nics > 0 ? nics : gpus; }
};

// A set of identical servers. A cluster of mixed GPU types has several pools, laid out in order.
struct ServerPool {
  std::int64_t gpu_count = 0;  // a multiple of server.gpus
  ServerSpec server;
};

enum class Transport { roce, infiniband };
enum class Routing { ecmp, adaptive };

// The YAML spelling of a transport or a routing ("roce", "adaptive"); to_string and parsing
// come from core/enum_names.h.
inline constexpr EnumName<Transport> kTransportNames[] = {{Transport::roce, "roce"},
                                                          {Transport::infiniband, "infiniband"}};
constexpr std::span<const EnumName<Transport>> enum_table(Transport) {
  return kTransportNames;
}
inline constexpr EnumName<Routing> kRoutingNames[] = {{Routing::ecmp, "ecmp"},
                                                      {Routing::adaptive, "adaptive"}};
constexpr std::span<const EnumName<Routing>> enum_table(Routing) {
  return kRoutingNames;
}

// One switch tier of the Clos, from the leaves (tier 0) up.
struct TierSpec {
  std::string name;          // "leaf", "spine", "core"
  std::string switch_model;  // e.g. "spectrum-sn5600"
  int radix = 0;             // ports per switch at port_bandwidth
  BitRate port_bandwidth{};
  int down_ports = 0;  // 0: derived from radix and oversubscription; the top tier uses all ports
                       // (the cluster loader always fills it in)
  double oversubscription = 1.0;  // down-port bandwidth / up-port bandwidth (1 = full bisection)
  Seconds latency{};              // port to port
  Watts switch_power{};
  Dollars switch_price{};
  Dollars optic_price{};  // one transceiver for a link into this tier (two per link)

  // Ports facing up if this is not the top tier: ceil(down_ports / oversubscription).
  int up_ports() const { return static_cast<int>(std::ceil(down_ports / oversubscription - 1e-9)); }
};

// A direct network of chips (fabric kind "torus"): a k-ary n-dimensional torus, or a mesh where
// a dimension does not wrap. Chip ids are x-major: id = x0 + k0 * (x1 + k1 * (x2 + ...)).
struct TorusSpec {
  std::vector<int> dims;           // chips per dimension; their product is the chip count
  std::vector<bool> wrap;          // wrap-around link per dimension (torus) or not (mesh)
  BitRate link_bandwidth{};        // one link between neighbours, one direction
  Seconds hop_latency{};           // per link crossed (router and wire)
  std::vector<int> block;          // chips per dimension of one board/cube/tile (empty: no blocks)
  BitRate block_link_bandwidth{};  // links crossing a block boundary (0: link_bandwidth)
  bool optical_between_blocks = false;  // links between blocks are optical (TPU's OCS)
  Dollars optic_price{};                // one transceiver of such a link
  std::string link_name = "ICI";        // what the machine calls its links, for reports
};

// A link of the fabric running below its line rate, or down (`fabric.link_faults`): a cable
// with a bad transceiver renegotiated to a lower rate, a flapping port taken out of service.
// Each names one direction of one link as reports name resources (Topology::resource_name:
// "leaf block 3 switch 0 uplink 5 up (spine)", "chip 17 x+ link (ICI)"); a cable is two.
struct LinkFault {
  std::string link;
  double bandwidth_fraction = 0.0;  // of its line rate left: 0 down, (0, 1) degraded, 1 healthy
};

// How a dragonfly routes a flow between groups: the minimal path (at most one global link),
// Valiant's (through a random intermediate group: two global links) or UGAL-like adaptive (the
// flow takes one or the other; topology/dragonfly_topology.h says how it chooses).
enum class DragonflyRouting { minimal, valiant, adaptive };
inline constexpr EnumName<DragonflyRouting> kDragonflyRoutingNames[] = {
    {DragonflyRouting::minimal, "minimal"},
    {DragonflyRouting::valiant, "valiant"},
    {DragonflyRouting::adaptive, "adaptive"}};
constexpr std::span<const EnumName<DragonflyRouting>> enum_table(DragonflyRouting) {
  return kDragonflyRoutingNames;
}

// A dragonfly of switches (fabric kind "dragonfly", HPE Slingshot): groups of switches joined
// all-to-all by local links, every pair of groups joined by global links. Nodes attach to the
// switches of a chassis: NIC j of each of `endpoint_ports` nodes goes to switch j of the chassis.
struct DragonflySpec {
  int groups = 0;                // groups (an HPE Cray EX cabinet is one)
  int switches_per_group = 0;    // switches of a group, all-to-all
  int endpoint_ports = 0;        // ports per switch to NICs (L0)
  int local_links_per_pair = 1;  // links between two switches of a group (L1)
  int global_ports = 0;          // ports per switch to other groups (L2)
  int links_per_group_pair = 0;  // global links between two groups (derived from the taper
                                 // when the YAML gives global_taper)
  double global_taper = 0;       // the YAML's global_taper (0: links_per_group_pair given)
  DragonflyRouting routing = DragonflyRouting::adaptive;
  std::string switch_model;    // e.g. "slingshot-rosetta"
  int radix = 0;               // ports per switch
  BitRate link_bandwidth{};    // every link, one direction
  Seconds switch_latency{};    // port to port
  bool optical_global = true;  // global links are optical (two transceivers each)
};

// The fabric between servers: a switched Clos (kind "clos", the tiers below), a direct torus
// or mesh of the chips themselves (kind "torus", `torus`) or a dragonfly (kind "dragonfly").
struct FabricSpec {
  std::string kind = "clos";
  Transport transport = Transport::roce;
  Bytes mtu = bytes(4096);
  Routing routing = Routing::ecmp;  // ECMP hashing, or adaptive routing / packet spraying
  bool rail_optimized = true;       // leaf per rail (NIC i of every server) vs leaf per rack group
  std::vector<TierSpec> tiers;      // leaf first (kind "clos")
  TorusSpec torus;                  // kind "torus"
  DragonflySpec dragonfly;          // kind "dragonfly" (its switch is also tiers[0])
  std::vector<LinkFault> link_faults;  // degraded or down links (any kind); empty: all healthy
};

// The shared file system checkpoints are written to and read from (the optional `storage:`
// section): aggregate bandwidths over the whole cluster, as the storage vendor quotes them.
struct StorageSpec {
  ByteRate write_bandwidth{};
  ByteRate read_bandwidth{};
};

// The whole cluster.
struct ClusterSpec {
  std::string name;
  std::string description;
  SourceLocation source;  // the file it came from, for messages
  FieldLines lines;       // line of each field path as read ("fabric.tiers" -> 31)
  std::vector<ServerPool> pools;
  int servers_per_rack = 8;
  FabricSpec fabric;
  std::optional<StorageSpec> storage;  // absent: the cluster has no storage section
  std::optional<SiteSpec> site;        // absent: no facility, power or cost figures

  // Where a field was read, for error messages of later layers (line 0 if unknown).
  SourceLocation at(const std::string& field) const { return {source.file, lines.line(field)}; }

  std::int64_t gpu_count() const {
    std::int64_t n = 0;
    for (const auto& p : pools) n += p.gpu_count;
    return n;
  }
};

}  // namespace colossus
