// Tests of the cluster loader: a small valid cluster reads back field by field, and each
// validation rule, broken on purpose in one line of it, gives its exact one-line message.
#include "colossus/spec/cluster_loader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace colossus {
namespace {

// 128 H100 in 16 servers on a two-tier NDR fabric; line numbers are referred to below.
const char* const kValid =
    "name: test\n"                       // 1
    "servers_per_rack: 8\n"              // 2
    "pools:\n"                           // 3
    "  - gpu_count: 1024\n"              // 4
    "    server:\n"                      // 5
    "      name: s\n"                    // 6
    "      gpus: 8\n"                    // 7
    "      gpu: h100-sxm\n"              // 8
    "      nic: connectx-7\n"            // 9
    "      nvlink_latency_ns: 700\n"     // 10
    "      nvls: true\n"                 // 11
    "      host_power_w: 3000\n"         // 12
    "      host_price_usd: 50000\n"      // 13
    "fabric:\n"                          // 14
    "  transport: infiniband\n"          // 15
    "  routing: adaptive\n"              // 16
    "  rail_optimized: true\n"           // 17
    "  tiers:\n"                         // 18
    "    - name: leaf\n"                 // 19
    "      switch: quantum-2-qm9700\n"   // 20
    "      down_ports: 32\n"             // 21
    "      oversubscription: 1\n"        // 22
    "    - name: spine\n"                // 23
    "      switch: quantum-2-qm9700\n";  // 24

PresetCatalog catalog() {
  return PresetCatalog(COLOSSUS_DATA_DIR);
}

// kValid with the first occurrence of `from` replaced by `to`.
std::string with(const std::string& from, const std::string& to) {
  std::string text = kValid;
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return text.replace(at, from.size(), to);
}

// The message a cluster text gives, or "" if it loads.
std::string error_of(const std::string& text) {
  try {
    parse_cluster_yaml(text, "c.yaml", catalog());
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(ClusterLoader, ReadsAValidCluster) {
  const ClusterSpec c = parse_cluster_yaml(kValid, "c.yaml", catalog());
  EXPECT_EQ(c.name, "test");
  EXPECT_EQ(c.gpu_count(), 1024);
  EXPECT_EQ(c.pools[0].server.gpu.name, "h100-sxm");
  EXPECT_DOUBLE_EQ(c.pools[0].server.nvlink_latency.value(), 700e-9);
  EXPECT_EQ(c.fabric.transport, Transport::infiniband);
  // mtu_bytes is optional: 4096, the largest RDMA MTU.
  EXPECT_DOUBLE_EQ(c.fabric.mtu.value(), 4096);
  ASSERT_EQ(c.fabric.tiers.size(), 2u);
  // Radix, speed and latency come from the switch preset (QM9700: 64 x 400G, 130 ns).
  EXPECT_EQ(c.fabric.tiers[0].radix, 64);
  EXPECT_DOUBLE_EQ(c.fabric.tiers[0].port_bandwidth.value(), 400e9);
  EXPECT_DOUBLE_EQ(c.fabric.tiers[0].latency.value(), 130e-9);
  EXPECT_EQ(c.fabric.tiers[0].up_ports(), 32);
  // The top tier uses all 64 ports down.
  EXPECT_EQ(c.fabric.tiers[1].down_ports, 64);
  // Lines of fields, for later layers' messages.
  EXPECT_EQ(c.at("fabric.tiers").line, 18);
  EXPECT_EQ(c.at("fabric.tiers[1].switch").line, 24);
  EXPECT_EQ(c.at("pools[0].gpu_count").file, "c.yaml");
}

TEST(ClusterLoader, DerivesDownPortsAndBreakout) {
  // SN5600 is 64 x 800G; at 400G it has 128 ports. Oversubscription 3 without down_ports gives
  // floor(128 * 3 / 4) = 96 down and 32 up.
  // RoCE on SN5600s at 400G; the leaf gives only its oversubscription.
  std::string roce = with("  transport: infiniband\n", "  transport: roce\n");
  const std::string qm9700 = "quantum-2-qm9700";
  while (roce.find(qm9700) != std::string::npos) {
    roce.replace(roce.find(qm9700), qm9700.size(), "spectrum-sn5600");
  }
  const std::string leaf_ports = "      down_ports: 32\n      oversubscription: 1\n";
  roce.replace(roce.find(leaf_ports), leaf_ports.size(),
               "      port_gbps: 400\n      oversubscription: 3\n");
  roce.append("      port_gbps: 400\n");
  const ClusterSpec c = parse_cluster_yaml(roce, "c.yaml", catalog());
  EXPECT_EQ(c.fabric.tiers[0].radix, 128);
  EXPECT_EQ(c.fabric.tiers[0].down_ports, 96);
  EXPECT_EQ(c.fabric.tiers[0].up_ports(), 32);
  // An 800G optic priced pro rata at 400G: half of the preset's $1,400.
  EXPECT_DOUBLE_EQ(c.fabric.tiers[0].optic_price.value(), 700);
  EXPECT_EQ(c.fabric.tiers[1].radix, 128);
}

TEST(ClusterLoader, PoolMustBeWholeServers) {
  EXPECT_EQ(error_of(with("gpu_count: 1024", "gpu_count: 1020")),
            "c.yaml:4: pools[0].gpu_count: expected a positive multiple of the 8 GPUs per server "
            "of s (whole servers), got 1020");
}

TEST(ClusterLoader, PoolsMustShareServerSize) {
  const std::string text = with("fabric:\n",
                                "  - gpu_count: 1024\n"
                                "    server:\n"
                                "      name: s4\n"
                                "      gpus: 4\n"
                                "      gpu: h100-sxm\n"
                                "      nic: connectx-7\n"
                                "      nvlink_latency_ns: 700\n"
                                "      nvls: true\n"
                                "      host_power_w: 3000\n"
                                "      host_price_usd: 50000\n"
                                "fabric:\n");
  // The second pool's gpus is on line 17.
  EXPECT_EQ(error_of(text),
            "c.yaml:17: pools[1].server.gpus: expected 8 GPUs per server like pools[0] (all pools "
            "must match), got 4");
}

TEST(ClusterLoader, PortsOverRadix) {
  // 40 down + 40 up on a 64-port QM9700.
  EXPECT_EQ(error_of(with("down_ports: 32", "down_ports: 40")),
            "c.yaml:21: fabric.tiers[0]: down_ports 40 + up ports 40 (down_ports / "
            "oversubscription 1) exceed the radix 64");
  // Oversubscription 2 makes room: 40 + 20 <= 64.
  EXPECT_EQ(error_of(with("down_ports: 32\n      oversubscription: 1",
                          "down_ports: 40\n      oversubscription: 2")),
            "");
}

TEST(ClusterLoader, TopTierUsesAllPortsDown) {
  EXPECT_EQ(error_of(std::string(kValid) + "      down_ports: 32\n"),
            "c.yaml:25: fabric.tiers[1].down_ports: expected 64 (the top tier uses all its radix "
            "ports down), got 32");
  EXPECT_EQ(error_of(std::string(kValid) + "      oversubscription: 2\n"),
            "c.yaml:25: fabric.tiers[1].oversubscription: expected 1 (the top tier has no up "
            "ports), got 2");
}

TEST(ClusterLoader, AtLeastOneTier) {
  const std::string text =
      std::string(kValid).substr(0, std::string(kValid).find("  tiers:\n")) + "  tiers: []\n";
  EXPECT_EQ(error_of(text),
            "c.yaml:18: fabric.tiers: expected a list of at least 1 element, got 0");
}

TEST(ClusterLoader, TransportRoutingMtu) {
  EXPECT_EQ(error_of(with("transport: infiniband", "transport: ethernet")),
            "c.yaml:15: fabric.transport: expected one of roce|infiniband, got \"ethernet\"");
  EXPECT_EQ(error_of(with("routing: adaptive", "routing: spray")),
            "c.yaml:16: fabric.routing: expected one of ecmp|adaptive, got \"spray\"");
  EXPECT_EQ(error_of(with("  routing: adaptive\n", "  routing: adaptive\n  mtu_bytes: 9000\n")),
            "c.yaml:17: fabric.mtu_bytes: expected one of 256, 512, 1024, 2048, 4096 (RDMA MTUs), "
            "got 9000");
}

TEST(ClusterLoader, SwitchMustMatchTransport) {
  EXPECT_EQ(error_of(with("transport: infiniband", "transport: roce")),
            "c.yaml:20: fabric.tiers[0].switch: quantum-2-qm9700 is an InfiniBand switch; "
            "fabric.transport roce needs Ethernet switches");
}

TEST(ClusterLoader, LeafMustMatchTheNic) {
  EXPECT_EQ(error_of(with("nic: connectx-7", "nic: connectx-8")),
            "c.yaml:9: pools[0].server.nic: NIC connectx-8 runs at 800 Gb/s, expected the leaf "
            "port speed 400 Gb/s of fabric.tiers[0]");
}

TEST(ClusterLoader, NonRailLeavesServeWholeServers) {
  std::string text = with("rail_optimized: true", "rail_optimized: false");
  text.replace(text.find("down_ports: 32"), 14, "down_ports: 12");
  EXPECT_EQ(error_of(text),
            "c.yaml:21: fabric.tiers[0].down_ports: expected a multiple or a divisor of the 8 GPUs "
            "per server (a leaf that is not rail-optimized serves whole servers), got 12");
}

TEST(ClusterLoader, PortSpeedAboveTheSwitch) {
  EXPECT_EQ(
      error_of(with("      down_ports: 32\n", "      port_gbps: 800\n      down_ports: 32\n")),
      "c.yaml:21: fabric.tiers[0].port_gbps: expected at most the quantum-2-qm9700 port "
      "speed of 400 Gb/s, got 800");
  EXPECT_EQ(error_of(with("      down_ports: 32\n", "      radix: 65\n      down_ports: 32\n")),
            "c.yaml:21: fabric.tiers[0].radix: 65 ports at 400 Gb/s exceed the quantum-2-qm9700 "
            "total of 64 x 400 Gb/s");
  // 64 x 400G broken out at 1 Gb/s would be 25,600 ports.
  EXPECT_EQ(error_of(with("      down_ports: 32\n", "      port_gbps: 1\n      down_ports: 32\n")),
            "c.yaml:21: fabric.tiers[0].port_gbps: breaks the quantum-2-qm9700 out into 25600 "
            "ports, expected at most 4096");
}

TEST(ClusterLoader, UnknownPresetAndKeys) {
  const std::string unknown = error_of(with("gpu: h100-sxm", "gpu: h100-sxn"));
  EXPECT_EQ(unknown.substr(0, unknown.find(";")),
            "c.yaml:8: pools[0].server.gpu: unknown GPU preset \"h100-sxn\" (did you mean "
            "\"h100-sxm\"?)");
  EXPECT_EQ(error_of(with("nvls: true", "nvsl: true")),
            "c.yaml:11: pools[0].server.nvsl: unknown key; did you mean \"nvls\"?");
  EXPECT_EQ(error_of(with("host_power_w: 3000", "host_power_w: -3000")),
            "c.yaml:12: pools[0].server.host_power_w: expected a number in [0, 1000000], got "
            "-3000");
}

TEST(ClusterLoader, InlineGpuAndFp8Rule) {
  const std::string inline_gpu =
      "gpu:\n"
      "        name: g\n"
      "        bf16_dense_tflops: 100\n"
      "        fp8_dense_tflops: 50\n"
      "        hbm_gib: 10\n"
      "        hbm_tb_per_s: 1\n"
      "        nvlink_gb_per_s: 100\n"
      "        tdp_w: 300\n"
      "        price_usd: 1000";
  // FP8 is either absent (0) or at least as fast as BF16.
  EXPECT_EQ(error_of(with("gpu: h100-sxm", inline_gpu)),
            "c.yaml:11: pools[0].server.gpu.fp8_dense_tflops: expected 0 (no FP8) or at least "
            "bf16_dense_tflops 100, got 50");
  std::string both = inline_gpu;
  both.replace(both.find("fp8_dense_tflops: 50"), 20, "fp8_dense_tflops: 0");
  both += "\n        hbm_gb: 10";
  EXPECT_EQ(error_of(with("gpu: h100-sxm", both)),
            "c.yaml:8: pools[0].server.gpu: expected one of hbm_gib or hbm_gb, got both");
}

TEST(ClusterLoader, DescriptionsAreOneLine) {
  // Descriptions are shown in tables; a YAML block scalar would spread over several lines.
  EXPECT_EQ(error_of(with("name: test\n", "name: test\ndescription: |\n  one\n  two\n")),
            "c.yaml:2: description: expected one line of text, got several lines");
  EXPECT_EQ(error_of(with("      name: s\n", "      name: s\n      description: [a]\n")),
            "c.yaml:7: pools[0].server.description: expected a string, got a list");
}

TEST(ClusterLoader, BaseEntriesWithOverrides) {
  // A server "like the DGX H100" with kValid's own host power: the NIC (connectx-7) is inherited
  // from the DGX, the fields written here win (3,000 W rather than the DGX's 4,600 W).
  const std::string text = with(
      "    server:\n      name: s\n      gpus: 8\n      gpu: h100-sxm\n      nic: connectx-7\n",
      "    server:\n      base: dgx-h100\n      name: dgx-h100-mine\n      gpus: 8\n      gpu: "
      "h100-sxm\n");
  const ClusterSpec c = parse_cluster_yaml(text, "c.yaml", catalog());
  EXPECT_EQ(c.pools[0].server.name, "dgx-h100-mine");
  EXPECT_EQ(c.pools[0].server.nic.name, "connectx-7");
  EXPECT_DOUBLE_EQ(c.pools[0].server.host_power.value(), 3000);
  // Only a base and a new NIC, on 800G leaves: everything else is the DGX H100's.
  const std::string only_base =
      "name: t\nservers_per_rack: 8\npools:\n  - gpu_count: 64\n    server:\n"
      "      base: dgx-h100\n      nic: connectx-8\n"
      "fabric:\n  transport: infiniband\n  routing: adaptive\n  rail_optimized: true\n"
      "  tiers:\n    - name: leaf\n      switch: quantum-x800-q3400\n";
  const ClusterSpec b = parse_cluster_yaml(only_base, "b.yaml", catalog());
  EXPECT_EQ(b.pools[0].server.name, "dgx-h100");
  EXPECT_DOUBLE_EQ(b.pools[0].server.host_power.value(), 4600);
  EXPECT_DOUBLE_EQ(b.pools[0].server.nic.bandwidth.value(), 800e9);
  // A GPU that inherits an FP8 rate below its new BF16 rate: reported at the line of the entry
  // (8, "gpu:"), since the inherited field was written in another file.
  std::string fast = only_base;
  fast.replace(fast.find("      nic: connectx-8\n"), 22,
               "      nic: connectx-8\n      gpu:\n        base: h100-sxm\n"
               "        bf16_dense_tflops: 3000\n");
  EXPECT_EQ(error_of(fast),
            "c.yaml:8: pools[0].server.gpu.fp8_dense_tflops: expected 0 (no FP8) or at least "
            "bf16_dense_tflops 3000, got 1978.9");
  // An unknown base is an unknown preset ("dgx-h99" is 3 edits from "dgx-h100": no suggestion).
  std::string unknown = only_base;
  unknown.replace(unknown.find("base: dgx-h100"), 14, "base: dgx-h99");
  // The list of presets grows with the library: check its start and two members.
  const std::string unknown_error = error_of(unknown);
  EXPECT_EQ(
      unknown_error.rfind("c.yaml:6: pools[0].server.base: unknown server preset \"dgx-h99\"; "
                          "available: amd-mi300x-platform, dgx-a100, dgx-h100, ",
                          0),
      0u)
      << unknown_error;
  EXPECT_NE(unknown_error.find(", supermicro-hgx-h100-liquid,"), std::string::npos)
      << unknown_error;
}

TEST(ClusterLoader, ClusterBaseInAScenario) {
  // "Memphis with 4 servers per rack": the rest is memphis-100k; inherited fields are located
  // at the `cluster:` line (1) of the scenario, those written there at their own line.
  const YamlReader root =
      YamlReader::from_string("cluster:\n  base: memphis-100k\n  servers_per_rack: 4\n", "s.yaml");
  const ClusterSpec c = read_cluster(root.child("cluster"), catalog());
  EXPECT_EQ(c.name, "memphis-100k");
  EXPECT_EQ(c.servers_per_rack, 4);
  EXPECT_EQ(c.gpu_count(), 100000);
  EXPECT_EQ(c.at("servers_per_rack").line, 3);
  EXPECT_EQ(c.at("fabric.tiers[2]").line, 1);
  EXPECT_EQ(c.at("fabric.tiers").file, "s.yaml");
}

TEST(ClusterLoader, BaseCyclesAreCaught) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "colossus_cluster_loader_cycle";
  fs::create_directories(dir);
  std::ofstream(dir / "a.yaml") << "base: b.yaml\n";
  std::ofstream(dir / "b.yaml") << "base: a.yaml\n";
  try {
    load_nic((dir / "a.yaml").string(), catalog());
    ADD_FAILURE() << "no error";
  } catch (const InputError& e) {
    // a -> b -> a ...: the base at depth 8 is refused; even depths are a.yaml.
    EXPECT_EQ(std::string(e.what()), (dir / "a.yaml").string() +
                                         ":1: base: bases nested deeper than 8 levels, expected "
                                         "no cycle");
  }
  fs::remove_all(dir);
}

TEST(ClusterLoader, ValidateClusterOnAStruct) {
  ClusterSpec c = parse_cluster_yaml(kValid, "c.yaml", catalog());
  c.fabric.tiers.clear();
  try {
    validate_cluster(c);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "c.yaml:18: fabric.tiers: expected at least one switch tier");
  }
}

TEST(ClusterLoader, ClusterInlineInAScenario) {
  // A scenario file holding its cluster inline: field paths and lines are the cluster's own.
  std::string scenario = "cluster:\n";
  std::string body = kValid;
  for (std::size_t at = 0; at < body.size(); at = body.find('\n', at) + 1) body.insert(at, "  ");
  const YamlReader root = YamlReader::from_string(scenario + body, "s.yaml");
  const ClusterSpec c = read_cluster(root.child("cluster"), catalog());
  EXPECT_EQ(c.at("fabric.tiers").line, 19);
  EXPECT_EQ(c.gpu_count(), 1024);
}

TEST(ClusterLoader, FileReferencesAreRelativeToTheReferringFile) {
  // A cluster in a temporary folder refers to "parts/my-gpu.yaml" beside it; the GPU file's own
  // errors name the GPU file.
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "colossus_cluster_loader_relative";
  fs::create_directories(dir / "parts");
  std::ofstream(dir / "parts" / "my-gpu.yaml") << "name: my-gpu\n"
                                                  "bf16_dense_tflops: 500\n"
                                                  "fp8_dense_tflops: 1000\n"
                                                  "hbm_gib: 64\n"
                                                  "hbm_tb_per_s: 2\n"
                                                  "nvlink_gb_per_s: 300\n"
                                                  "tdp_w: 500\n"
                                                  "price_usd: 10000\n";
  std::ofstream(dir / "c.yaml") << with("gpu: h100-sxm", "gpu: parts/my-gpu.yaml");
  const ClusterSpec c = load_cluster((dir / "c.yaml").string(), catalog());
  EXPECT_EQ(c.pools[0].server.gpu.name, "my-gpu");
  EXPECT_DOUBLE_EQ(c.pools[0].server.gpu.bf16_dense.value(), 500e12);
  std::ofstream(dir / "parts" / "my-gpu.yaml", std::ios::app) << "tdp_watts: 500\n";
  try {
    load_cluster((dir / "c.yaml").string(), catalog());
    ADD_FAILURE() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), (dir / "parts" / "my-gpu.yaml").string() +
                                         ":9: tdp_watts: unknown key; did you mean \"tdp_w\"?");
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace colossus
