// Small clusters for the topology tests, built by hand (no YAML): one pool of servers with
// round-number GPUs, NICs and switches, so every figure in a test can be worked out on paper.
#pragma once

#include <cstdint>
#include <vector>

#include "colossus/spec/cluster_spec.h"

namespace colossus {

struct TierArgs {
  int radix;
  double oversubscription = 1.0;
  int down_ports = 0;
};

// A cluster of `gpus` GPUs, `per_server` to a server, with 400 Gb/s NICs (1 us each way),
// 450 GB/s NVLink (2 us), and switch tiers of 400 Gb/s ports whose latency is 100 ns at
// tier 0, 200 ns at tier 1, 300 ns at tier 2, so a latency says which switches were crossed.
// For the bill of materials: a GPU of 1,000 TFLOP/s BF16 (2,000 FP8), 80 GiB at 3 TB/s, 700 W,
// $25,000; a host of 3,000 W and $100,000; a NIC of $2,000; switches of 1,000 W and $30,000;
// optics of $500 per transceiver. 8 servers per rack.
inline ClusterSpec make_cluster(std::int64_t gpus, int per_server, std::vector<TierArgs> tiers,
                                bool rail_optimized) {
  ClusterSpec spec;
  spec.name = "test";
  spec.source = {"test.yaml", 0};
  spec.lines.set("fabric.tiers", 12);
  ServerPool pool;
  pool.gpu_count = gpus;
  pool.server.gpus = per_server;
  pool.server.gpu.name = "gpu";
  pool.server.gpu.nvlink_bandwidth = gbyte_per_s(450);
  pool.server.gpu.bf16_dense = tflop_per_s(1000);
  pool.server.gpu.fp8_dense = tflop_per_s(2000);
  pool.server.gpu.hbm = gib(80);
  pool.server.gpu.hbm_bandwidth = tbyte_per_s(3);
  pool.server.gpu.tdp = watts(700);
  pool.server.gpu.price = dollars(25000);
  pool.server.host_power = watts(3000);
  pool.server.host_price = dollars(100000);
  pool.server.nic.price = dollars(2000);
  pool.server.nic.bandwidth = gbit_per_s(400);
  pool.server.nic.latency = microseconds(1);
  pool.server.nvlink_latency = microseconds(2);
  spec.pools.push_back(pool);
  spec.fabric.rail_optimized = rail_optimized;
  const char* names[] = {"leaf", "spine", "core", "super", "tier4", "tier5"};
  for (std::size_t t = 0; t < tiers.size(); ++t) {
    TierSpec ts;
    ts.name = names[t];
    ts.radix = tiers[t].radix;
    ts.oversubscription = tiers[t].oversubscription;
    ts.down_ports = tiers[t].down_ports;
    ts.port_bandwidth = gbit_per_s(400);
    ts.latency = nanoseconds(100.0 * (t + 1));
    ts.switch_model = "switch";
    ts.switch_power = watts(1000);
    ts.switch_price = dollars(30000);
    ts.optic_price = dollars(500);
    spec.fabric.tiers.push_back(ts);
  }
  return spec;
}

// A small dragonfly, every figure countable by hand: `groups` groups of 4 switches (one local
// link per pair), 2 endpoint ports and 1 global port per switch, 1 link per group pair; one-GPU
// nodes with one 400 Gb/s NIC each, 400 Gb/s links, 100 ns per switch. A full fabric holds
// groups x 4 switches x 2 nodes.
inline ClusterSpec make_dragonfly(int groups, std::int64_t nodes) {
  ClusterSpec spec = make_cluster(nodes, 1, {}, false);
  spec.fabric.kind = "dragonfly";
  spec.fabric.rail_optimized = false;
  DragonflySpec& d = spec.fabric.dragonfly;
  d.groups = groups;
  d.switches_per_group = 4;
  d.endpoint_ports = 2;
  d.global_ports = 1;
  d.local_links_per_pair = 1;
  d.links_per_group_pair = 1;
  d.routing = DragonflyRouting::minimal;
  d.switch_model = "switch";
  d.radix = 8;
  d.link_bandwidth = gbit_per_s(400);
  d.switch_latency = nanoseconds(100);
  TierSpec ts;
  ts.name = "switch";
  ts.switch_model = "switch";
  ts.radix = 8;
  ts.down_ports = 8;
  ts.port_bandwidth = gbit_per_s(400);
  ts.switch_power = watts(1000);
  ts.switch_price = dollars(30000);
  ts.optic_price = dollars(500);
  spec.fabric.tiers = {ts};
  return spec;
}

}  // namespace colossus
