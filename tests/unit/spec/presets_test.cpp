// The presets under presets/ load without error and carry the figures of data/hardware.md (the
// source keys are in the presets' comments), and each cluster's tiers can hold its GPUs.
#include <gtest/gtest.h>

#include "colossus/spec/cluster_loader.h"

namespace colossus {
namespace {

PresetCatalog catalog() {
  return PresetCatalog(COLOSSUS_DATA_DIR);
}

TEST(Presets, EveryPresetOfEveryKindLoads) {
  const PresetCatalog c = catalog();
  for (const auto& name : c.names(kGpuPresets)) EXPECT_NO_THROW(load_gpu(name, c)) << name;
  for (const auto& name : c.names(kNicPresets)) EXPECT_NO_THROW(load_nic(name, c)) << name;
  for (const auto& name : c.names(kSwitchPresets)) EXPECT_NO_THROW(load_switch(name, c)) << name;
  for (const auto& name : c.names(kServerPresets)) EXPECT_NO_THROW(load_server(name, c)) << name;
  for (const auto& name : c.names(kClusterPresets)) {
    EXPECT_NO_THROW(load_cluster(name, c)) << name;
  }
}

TEST(Presets, TheRequiredOnesExist) {
  const PresetCatalog c = catalog();
  for (const char* name : {"h100-sxm", "h200-sxm", "a100-sxm-80g", "h800", "b200"}) {
    EXPECT_TRUE(c.has(kGpuPresets, name)) << name;
  }
  for (const char* name : {"memphis-100k", "colossus-200k", "cortex-50k", "b200-300k",
                           "meta-24k-roce", "eos-11616", "selene-a100"}) {
    EXPECT_TRUE(c.has(kClusterPresets, name)) << name;
  }
}

TEST(Presets, GpuFiguresMatchHardwareMd) {
  const PresetCatalog c = catalog();
  // hardware.md §5.1: H100 SXM5 989.4 / 1,978.9 dense TFLOPS [S01], 80 GB, 3.35 TB/s, 900 GB/s
  // NVLink bidirectional, 700 W.
  const GpuSpec h100 = load_gpu("h100-sxm", c);
  EXPECT_DOUBLE_EQ(h100.bf16_dense.value(), 989.4e12);
  EXPECT_DOUBLE_EQ(h100.fp8_dense.value(), 1978.9e12);
  EXPECT_DOUBLE_EQ(h100.hbm.value(), 80.0 * 1024 * 1024 * 1024);
  EXPECT_DOUBLE_EQ(h100.hbm_bandwidth.value(), 3.35e12);
  EXPECT_DOUBLE_EQ(h100.nvlink_bandwidth.value() * 2, 900e9);
  EXPECT_DOUBLE_EQ(h100.tdp.value(), 700);
  // H200: H100 compute, 141 GB HBM3e at 4.8 TB/s [S04]; the device total nvidia-smi reports is
  // 143,771 MiB (140.4 GiB), within 0.5% of 141 GiB, as the H100's 81,559 MiB is of 80 GiB.
  const GpuSpec h200 = load_gpu("h200-sxm", c);
  EXPECT_DOUBLE_EQ(h200.bf16_dense.value(), h100.bf16_dense.value());
  EXPECT_DOUBLE_EQ(h200.hbm.value(), 140.4 * 1024 * 1024 * 1024);
  EXPECT_NEAR(h200.hbm.value() / (141.0 * 1024 * 1024 * 1024), 1.0, 0.005);
  EXPECT_DOUBLE_EQ(h200.hbm_bandwidth.value(), 4.8e12);
  // A100: 312 dense BF16, no FP8 (represented as 0), 2,039 GB/s, 600 GB/s NVLink, 400 W [S07].
  const GpuSpec a100 = load_gpu("a100-sxm-80g", c);
  EXPECT_DOUBLE_EQ(a100.bf16_dense.value(), 312e12);
  EXPECT_DOUBLE_EQ(a100.fp8_dense.value(), 0.0);
  EXPECT_DOUBLE_EQ(a100.hbm_bandwidth.value(), 2.039e12);
  EXPECT_DOUBLE_EQ(a100.nvlink_bandwidth.value() * 2, 600e9);
  EXPECT_DOUBLE_EQ(a100.tdp.value(), 400);
  // B200 (HGX, 1,000 W): 2,250 / 4,500 dense, 7.7 TB/s, 1.8 TB/s NVLink [S05] [S06].
  const GpuSpec b200 = load_gpu("b200", c);
  EXPECT_DOUBLE_EQ(b200.bf16_dense.value(), 2250e12);
  EXPECT_DOUBLE_EQ(b200.fp8_dense.value(), 4500e12);
  EXPECT_DOUBLE_EQ(b200.nvlink_bandwidth.value() * 2, 1.8e12);
  EXPECT_DOUBLE_EQ(b200.tdp.value(), 1000);
  // Its HGX table's "180 GB": nvidia-smi reports 183,359 MiB (TensorRT-LLM issue #10278), 179.06
  // GiB.
  EXPECT_DOUBLE_EQ(b200.hbm.value(), 179.06 * 1024 * 1024 * 1024);
  // H800: H100 compute with NVLink cut to 400 GB/s bidirectional [S08].
  const GpuSpec h800 = load_gpu("h800", c);
  EXPECT_DOUBLE_EQ(h800.bf16_dense.value(), h100.bf16_dense.value());
  EXPECT_LT(h800.nvlink_bandwidth, h100.nvlink_bandwidth);
}

TEST(Presets, NetworkFiguresMatchHardwareMd) {
  const PresetCatalog c = catalog();
  // §5.3: SN5600 64 x 800GbE = 51.2 Tb/s [S14]; QM9700 64 x NDR 400 [S15]; Q3400 144 x 800
  // [S16]; ConnectX-8 800 Gb/s [S17]; BlueField-3 400 Gb/s [C01].
  const SwitchSpec sn5600 = load_switch("spectrum-sn5600", c);
  EXPECT_EQ(sn5600.radix, 64);
  EXPECT_DOUBLE_EQ(sn5600.radix * sn5600.port_bandwidth.value(), 51.2e12);
  EXPECT_FALSE(sn5600.infiniband);
  const SwitchSpec qm9700 = load_switch("quantum-2-qm9700", c);
  EXPECT_EQ(qm9700.radix, 64);
  EXPECT_DOUBLE_EQ(qm9700.port_bandwidth.value(), 400e9);
  EXPECT_TRUE(qm9700.infiniband);
  EXPECT_EQ(load_switch("quantum-x800-q3400", c).radix, 144);
  EXPECT_DOUBLE_EQ(load_nic("connectx-8", c).bandwidth.value(), 800e9);
  EXPECT_DOUBLE_EQ(load_nic("bluefield-3", c).bandwidth.value(), 400e9);
  // §6: DGX H100 10.2 kW max = 8 x 700 W GPUs + 4.6 kW host [S10].
  const ServerSpec dgx = load_server("dgx-h100", c);
  EXPECT_DOUBLE_EQ(dgx.host_power.value() + dgx.gpus * dgx.gpu.tdp.value(), 10200);
}

TEST(Presets, ClusterFiguresMatchHardwareMd) {
  const PresetCatalog c = catalog();
  // §1: 100k H100, 8 servers per rack, 512-GPU arrays (leaf down ports = 64 servers), SN5600 as
  // 128 x 400G, three tiers, BlueField-3 at 400 Gb/s per GPU, RoCE.
  const ClusterSpec memphis = load_cluster("memphis-100k", c);
  EXPECT_EQ(memphis.gpu_count(), 100000);
  EXPECT_EQ(memphis.servers_per_rack, 8);
  ASSERT_EQ(memphis.fabric.tiers.size(), 3u);
  EXPECT_EQ(memphis.fabric.tiers[0].radix, 128);
  EXPECT_EQ(memphis.fabric.tiers[0].down_ports * memphis.pools[0].server.gpus, 512);
  EXPECT_DOUBLE_EQ(memphis.fabric.tiers[0].port_bandwidth.value(), 400e9);
  EXPECT_EQ(memphis.fabric.transport, Transport::roce);
  EXPECT_EQ(memphis.pools[0].server.nic.name, "bluefield-3");
  // §1.1: the expansion adds 50k H100 and 50k H200: 150k H100 + 50k H200.
  const ClusterSpec c200 = load_cluster("colossus-200k", c);
  ASSERT_EQ(c200.pools.size(), 2u);
  EXPECT_EQ(c200.pools[0].gpu_count, 150000);
  EXPECT_EQ(c200.pools[0].server.gpu.name, "h100-sxm");
  EXPECT_EQ(c200.pools[1].gpu_count, 50000);
  EXPECT_EQ(c200.pools[1].server.gpu.name, "h200-sxm");
  // §3: 24,576 H100, 16 GPUs per ToR, 3,072-GPU pods (192 ToRs), 1:7 above the pods.
  const ClusterSpec meta = load_cluster("meta-24k-roce", c);
  EXPECT_EQ(meta.gpu_count(), 24576);
  EXPECT_EQ(meta.fabric.tiers[0].down_ports, 16);
  EXPECT_EQ(meta.fabric.tiers[0].down_ports * meta.fabric.tiers[1].down_ports, 3072);
  EXPECT_DOUBLE_EQ(meta.fabric.tiers[1].oversubscription, 7.0);
  // E-ECMP with 16 flows per GPU pair [M01] is modelled as spraying (the preset says why).
  EXPECT_EQ(meta.fabric.routing, Routing::adaptive);
  EXPECT_FALSE(meta.fabric.rail_optimized);
  // Brief: Eos = 1,452 DGX H100 on NDR InfiniBand; b200-300k on 800 Gb/s ConnectX-8.
  const ClusterSpec eos = load_cluster("eos-11616", c);
  EXPECT_EQ(eos.gpu_count() / eos.pools[0].server.gpus, 1452);
  EXPECT_EQ(eos.fabric.transport, Transport::infiniband);
  const ClusterSpec b200 = load_cluster("b200-300k", c);
  EXPECT_EQ(b200.gpu_count(), 300000);
  EXPECT_DOUBLE_EQ(b200.pools[0].server.nic.bandwidth.value(), 800e9);
}

TEST(Presets, SystemFamilyFiguresMatchTheirSources) {
  const PresetCatalog c = catalog();
  // hardware.md §5.1 "B200 in GB200 (1,200 W)": 2,500 / 5,000 dense, 186 GB, 8 TB/s [S05] [S06].
  const GpuSpec gb200 = load_gpu("gb200", c);
  EXPECT_DOUBLE_EQ(gb200.bf16_dense.value(), 2500e12);
  EXPECT_DOUBLE_EQ(gb200.fp8_dense.value(), 5000e12);
  EXPECT_DOUBLE_EQ(gb200.hbm.value(), 186e9);
  EXPECT_DOUBLE_EQ(gb200.tdp.value(), 1200);
  // GB200 NVL72: 72 GPUs in one NVLink domain [S06], 18 trays of 4.
  const ServerSpec nvl72 = load_server("gb200-nvl72", c);
  EXPECT_EQ(nvl72.gpus, 72);
  EXPECT_EQ(nvl72.gpus_per_tray(), 4);
  // Google Cloud v5p docs: 459 TFLOPS BF16, 95 GB at 2,765 GB/s, ICI 4,800 Gb/s, 8,960 chips.
  const GpuSpec v5p = load_gpu("tpu-v5p", c);
  EXPECT_DOUBLE_EQ(v5p.bf16_dense.value(), 459e12);
  EXPECT_DOUBLE_EQ(v5p.hbm.value(), 95e9);
  EXPECT_DOUBLE_EQ(v5p.hbm_bandwidth.value(), 2.765e12);
  EXPECT_DOUBLE_EQ(v5p.nvlink_bandwidth.value() * 8, 4800e9);
  const ClusterSpec pod = load_cluster("tpu-v5p-8960", c);
  EXPECT_EQ(pod.gpu_count(), 8960);
  EXPECT_DOUBLE_EQ(pod.fabric.torus.link_bandwidth.value() * 6, 4800e9);
  // hardware.md §2: D1 362 TFLOPS BF16, 400 W [D02] [D03]; ExaPOD 120 tiles of 25 = 3,000 [D04].
  const GpuSpec d1 = load_gpu("dojo-d1", c);
  EXPECT_DOUBLE_EQ(d1.bf16_dense.value(), 362e12);
  EXPECT_DOUBLE_EQ(d1.tdp.value(), 400);
  EXPECT_EQ(load_cluster("dojo-exapod", c).gpu_count(), 3000);
  // MI300X (AMD data sheet, R): 1,307.4 dense BF16, 192 GB, 7 links per GPU in a full mesh.
  EXPECT_DOUBLE_EQ(load_gpu("mi300x", c).bf16_dense.value(), 1307.4e12);
  EXPECT_TRUE(load_server("amd-mi300x-platform", c).full_mesh);
}

// The topology's capacity in GPUs is at least the product of the tiers' down ports (each block of
// tier t is down_ports(t) blocks of tier t-1; the top tier uses all its ports down).
TEST(Presets, EveryClusterFitsItsTiers) {
  const PresetCatalog c = catalog();
  for (const auto& name : c.names(kClusterPresets)) {
    const ClusterSpec spec = load_cluster(name, c);
    double capacity = 1;
    for (const auto& tier : spec.fabric.tiers) capacity *= tier.down_ports;
    // A torus has no switch tiers: its dimensions hold exactly its chips (checked on load). A
    // dragonfly's one tier is its switch model; its groups hold the nodes (checked on build,
    // tests/unit/topology/presets_test.cpp).
    if (spec.fabric.kind == "torus" || spec.fabric.kind == "dragonfly") {
      capacity = static_cast<double>(spec.gpu_count());
    }
    EXPECT_GE(capacity, static_cast<double>(spec.gpu_count())) << name;
    EXPECT_FALSE(spec.description.empty()) << name;
  }
}

}  // namespace
}  // namespace colossus
