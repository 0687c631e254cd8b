// The campaign layer on real presets: component counts on a cluster's topology, the reliability
// preset's derivation from RSC-1's rate, and run_campaign's step cache (phases that differ only
// in tokens share one step simulation) and its accounting.
#include "colossus/campaign/campaign.h"

#include <gtest/gtest.h>

#include "colossus/spec/cluster_loader.h"

namespace colossus::campaign {
namespace {

TEST(UnitCounts, MemphisJobOnItsTopology) {
  // 98,304 of memphis-100k's 100,000 GPUs: 12,288 servers, one NIC per GPU, a rail-optimized
  // leaf of 64 down ports serves 64 servers; switches and cables in the job's share.
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const auto topology = make_topology(load_cluster("memphis-100k", catalog));
  const UnitCounts c = count_units(*topology, 98304);
  EXPECT_DOUBLE_EQ(c.gpu, 98304);
  EXPECT_DOUBLE_EQ(c.server, 12288);
  EXPECT_DOUBLE_EQ(c.nic, 98304);
  EXPECT_EQ(c.servers_per_leaf, 64);
  const double share = 98304.0 / 100000.0;
  EXPECT_NEAR(c.leaf_switch, share * topology->tiers()[0].switches, 1e-9);
  EXPECT_GE(c.link, c.nic);  // at least the NIC-leaf cables
}

TEST(ReliabilityPreset, HardwareRatesAddUpToRscOnesNodeRate) {
  // hgx-8gpu splits RSC-1's 6.5 failures per 1,000 node-days over its components; on the
  // preset's stated counts per 8-GPU server (8 GPUs, 8 NICs, 24 cables, 0.125 leaf and 0.1875
  // spine switches) those add back to 6.5, within the presets' 4-digit rounding. The three
  // estimates beyond RSC (software hangs, SDC, link flaps) are left out of the sum.
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const ReliabilitySpec r = load_reliability("hgx-8gpu", catalog, {"<test>", 0}, "reliability");
  UnitCounts per_node;
  per_node.gpu = 8;
  per_node.server = 1;
  per_node.nic = 8;
  per_node.link = 24;
  per_node.leaf_switch = 0.125;
  per_node.spine_switch = 0.1875;
  double sum = 0;
  for (const Component& c : r.components) {
    EXPECT_FALSE(c.source.empty()) << c.name;
    if (c.name == "software-hang" || c.name == "silent-data-corruption" || c.name == "link-flap")
      continue;
    sum += c.rate_per_1000_unit_days * per_node.of(c.unit);
  }
  EXPECT_NEAR(sum, 6.5, 0.005);
}

TEST(RunCampaign, PhasesSharingALayoutShareOneStepSimulation) {
  // Two phases of the same layout (only tokens differ) and one with a shorter sequence: two
  // step simulations, the second phase from the cache; no phase change between the first two.
  const PresetCatalog catalog = PresetCatalog::from_environment();
  CampaignSpec spec =
      load_campaign((catalog.data_dir() / "tests/scenarios/campaign/small.yaml").string(), catalog);
  spec.phases.clear();
  PhaseSpec a;
  a.name = "a";
  a.tokens = 50'000'000'000;
  PhaseSpec b = a;
  b.name = "b";
  PhaseSpec c = a;
  c.name = "c";
  c.tokens = 0;
  c.seq_len = 4096;
  spec.phases = {a, b, c};
  spec.replicas = 20;
  validate_campaign(spec);
  EXPECT_EQ(spec.phases[2].tokens, 100'000'000'000);  // the rest of 200 G
  const CampaignResult r = run_campaign(spec);
  ASSERT_EQ(r.phases.size(), 3u);
  EXPECT_TRUE(r.phases[0].simulated);
  EXPECT_FALSE(r.phases[1].simulated);
  EXPECT_TRUE(r.phases[2].simulated);
  EXPECT_EQ(r.phases[1].step_time.value(), r.phases[0].step_time.value());
  EXPECT_EQ(r.phases[1].transition.value(), 0.0);
  EXPECT_GT(r.phases[2].transition.value(), 0.0);
  // Steps cover each phase's tokens: ceil(tokens / tokens per step).
  const auto& p0 = r.phases[0];
  EXPECT_EQ(p0.steps, (p0.tokens + p0.tokens_per_step - 1) / p0.tokens_per_step);
  // A checkpoint of the 8B model: parameters x 14 bytes, written at 100 GB/s.
  EXPECT_NEAR(p0.checkpoint_write.value(), p0.checkpoint_size.value() / 100e9, 1e-9);
  EXPECT_GT(r.ettr.mean, 0.5);
  EXPECT_LE(r.ettr.p95, 1.0);
}

}  // namespace
}  // namespace colossus::campaign
