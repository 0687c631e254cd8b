// Clusters for the collective tests, built in code so every figure can be worked out by hand:
// HGX-H100-like servers (8 GPUs, NVLink 450 GB/s per direction, NVLS, one 400 Gb/s NIC per GPU)
// on InfiniBand (4096-byte MTU: goodput 4096 / 4122 of line rate) or RoCE.
#pragma once

#include <vector>

#include "colossus/spec/cluster_spec.h"

namespace colossus::testing {

inline constexpr double kNvlinkGoodput = 370e9;                    // 450 GB/s x 370/450
inline constexpr double kIbNicGoodput = 50e9 * 4096.0 / 4122.0;    // 400 Gb/s, IB headers
inline constexpr double kRoceNicGoodput = 50e9 * 4096.0 / 4178.0;  // 400 Gb/s, RoCEv2 headers

struct Tier {
  int radix;
  double oversubscription = 1.0;
};

// `servers` 8-GPU servers; tiers from the leaf up, 400 Gb/s ports, 200 ns per switch.
inline ClusterSpec h100_cluster(int servers, std::vector<Tier> tiers, bool rail_optimized = true,
                                Transport transport = Transport::infiniband,
                                Routing routing = Routing::adaptive, bool nvls = true) {
  ClusterSpec spec;
  spec.name = "test-h100";
  spec.source = {"<test>", 0};
  ServerSpec server;
  server.name = "hgx-h100";
  server.gpus = 8;
  server.gpu.name = "h100-sxm";
  server.gpu.nvlink_bandwidth = gbyte_per_s(450);
  server.gpu.calibration = GpuCalibration{};
  server.gpu.calibration->nvlink_efficiency = 370.0 / 450.0;              // H100's
  server.gpu.calibration->network_efficiency = 0.94 * 4122.0 / 4096.0;    // H100's
  server.gpu.calibration->nvls_efficiency = (275.0 * 9.0 / 8.0) / 370.0;  // H100's
  server.nic.name = "cx7";
  server.nic.bandwidth = gbit_per_s(400);
  server.nic.latency = microseconds(1);
  server.nvlink_latency = microseconds(1);
  server.nvls = nvls;
  spec.pools.push_back({std::int64_t(servers) * 8, server});
  spec.fabric.transport = transport;
  spec.fabric.mtu = bytes(4096);
  spec.fabric.routing = routing;
  spec.fabric.rail_optimized = rail_optimized;
  const char* names[] = {"leaf", "spine", "core"};
  for (std::size_t t = 0; t < tiers.size(); ++t) {
    TierSpec ts;
    ts.name = names[t];
    ts.radix = tiers[t].radix;
    ts.oversubscription = tiers[t].oversubscription;
    ts.port_bandwidth = gbit_per_s(400);
    ts.latency = nanoseconds(200);
    spec.fabric.tiers.push_back(ts);
  }
  return spec;
}

}  // namespace colossus::testing
