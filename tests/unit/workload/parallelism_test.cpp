// Parallel layouts: derived sizes, rank placement (Megatron's tp-cp-ep-dp-pp order and a custom
// one), groups of every kind, uneven pipeline stages, and the exact validation messages.
#include "colossus/workload/parallelism.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "colossus/spec/model_loader.h"

namespace colossus {
namespace {

ParallelismSpec layout(int tp, int pp, int dp, std::int64_t global_batch) {
  ParallelismSpec s;
  s.source = {"job.yaml", 0};
  s.tp = tp;
  s.pp = pp;
  s.dp = dp;
  s.global_batch = global_batch;
  return s;
}

std::string message_of(const ParallelismSpec& s, const ModelSpec& m, int gpus) {
  try {
    resolve(s, m, gpus, 8);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(Parallelism, DerivesDpAndMicroBatches) {
  // 1024 GPUs / (tp 8 x pp 4) = dp 32; 1024 sequences / (micro-batch 1 x dp 32) = 32 micro-batches.
  Parallelism p = resolve(layout(8, 4, 0, 1024), load_model("llama3-70b"), 1024, 8);
  EXPECT_EQ(p.dp(), 32);
  EXPECT_EQ(p.micro_batches(), 32);
  EXPECT_EQ(p.seq_len(), 8192);  // the model's default
  // 80 layers over 4 stages: 20 each.
  EXPECT_EQ(p.layers(0, 0), std::make_pair(0, 20));
  EXPECT_EQ(p.layers(3, 0), std::make_pair(60, 80));
}

TEST(Parallelism, MegatronPlacementTpInnermostPpOutermost) {
  Parallelism p = resolve(layout(8, 4, 0, 1024), load_model("llama3-70b"), 1024, 8);
  auto tp = p.groups(GroupKind::tp);
  ASSERT_EQ(tp.size(), 128u);
  EXPECT_EQ(tp[0], (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7}));  // one server
  // PP stride is tp * cp * dp = 8 * 32 = 256.
  EXPECT_EQ(p.groups(GroupKind::pp)[0], (std::vector<int>{0, 256, 512, 768}));
  // DP stride is tp = 8.
  auto dp = p.groups(GroupKind::dp)[1];
  EXPECT_EQ(dp.size(), 32u);
  EXPECT_EQ(dp[0], 1);
  EXPECT_EQ(dp[1], 9);
  Parallelism::Coordinates c = p.coordinates(8 * 5 + 256 * 2 + 3);
  EXPECT_EQ(c.tp, 3);
  EXPECT_EQ(c.dp, 5);
  EXPECT_EQ(c.pp, 2);
  EXPECT_EQ(p.rank(c), 8 * 5 + 256 * 2 + 3);
}

TEST(Parallelism, GroupsPartitionAllGpus) {
  ParallelismSpec s = layout(2, 2, 0, 64);
  s.cp = 2;
  s.ep = 4;
  s.etp = 1;
  Parallelism p = resolve(s, load_model("mixtral-8x7b"), 64, 8);  // dp = 8
  for (GroupKind kind : {GroupKind::tp, GroupKind::cp, GroupKind::dp, GroupKind::ep, GroupKind::edp,
                         GroupKind::pp, GroupKind::dp_cp, GroupKind::edp_cp}) {
    std::set<int> seen;
    for (const auto& g : p.groups(kind)) {
      EXPECT_EQ(static_cast<int>(g.size()), p.group_size(kind)) << to_string(kind);
      for (int r : g) EXPECT_TRUE(seen.insert(r).second) << to_string(kind);
    }
    EXPECT_EQ(seen.size(), 64u) << to_string(kind);
  }
}

// The groups of a kind as the definition reads: the GPUs that share the coordinates the kind
// keeps fixed, each group ascending, groups by their first GPU.
std::vector<std::vector<int>> groups_by_definition(const Parallelism& p, GroupKind kind) {
  std::map<std::array<int, 3>, std::vector<int>> by_fixed;
  for (int r = 0; r < p.gpus(); ++r) {
    const Parallelism::Coordinates c = p.coordinates(r);
    const std::array<int, 3> fixed = kind == GroupKind::tp      ? std::array{c.cp, c.dp, c.pp}
                                     : kind == GroupKind::cp    ? std::array{c.tp, c.dp, c.pp}
                                     : kind == GroupKind::dp    ? std::array{c.tp, c.cp, c.pp}
                                     : kind == GroupKind::pp    ? std::array{c.tp, c.cp, c.dp}
                                     : kind == GroupKind::dp_cp ? std::array{c.tp, c.pp, 0}
                                     : kind == GroupKind::ep    ? std::array{c.etp, c.edp, c.pp}
                                                                : std::array{c.etp, c.ep, c.pp};
    by_fixed[fixed].push_back(r);
  }
  std::vector<std::vector<int>> out;
  for (auto& [fixed, group] : by_fixed) out.push_back(std::move(group));
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a[0] < b[0]; });
  return out;
}

TEST(Parallelism, GroupTableIsTheDefinitionOnManyGridsAndOrders) {
  // Every kind's groups (read from the odometer table) against the definition, over grids of
  // 96 GPUs (dp takes the factor 3) in every placement order.
  const ModelSpec model = load_model("mixtral-8x7b");  // 32 heads, 8 KV heads, 8 experts
  std::array<GroupKind, 5> order = {GroupKind::tp, GroupKind::cp, GroupKind::ep, GroupKind::dp,
                                    GroupKind::pp};
  std::sort(order.begin(), order.end());  // so that next_permutation visits all 120
  int checked = 0;
  do {
    for (int tp : {1, 4})
      for (int cp : {1, 2})
        for (int pp : {1, 4})
          for (int ep : {1, 2, 8})
            for (bool etp_one : {false, true}) {
              ParallelismSpec s = layout(tp, pp, 0, 96 * 4);
              s.cp = cp;
              s.ep = ep;
              s.etp = etp_one ? 1 : tp;
              s.order = order;
              Parallelism p;
              try {
                p = resolve(s, model, 96, 8);
              } catch (const InputError&) {
                continue;  // ep * etp = 32 does not divide a stage of 24 GPUs (pp 4)
              }
              for (GroupKind kind :
                   {GroupKind::tp, GroupKind::cp, GroupKind::dp, GroupKind::ep, GroupKind::edp,
                    GroupKind::pp, GroupKind::dp_cp, GroupKind::edp_cp}) {
                ASSERT_EQ(p.groups(kind), groups_by_definition(p, kind))
                    << to_string(kind) << " tp " << tp << " cp " << cp << " pp " << pp << " ep "
                    << ep << " etp " << s.etp;
              }
              ++checked;
            }
  } while (std::next_permutation(order.begin(), order.end()));
  // 48 grids an order, less ep 8 x etp 4 on pp 4 (cp 1 and 2).
  EXPECT_EQ(checked, 120 * (48 - 2));
}

TEST(Parallelism, GroupTableHoldsTheGroupsFlat) {
  // tp 2, pp 4 on 16 GPUs (dp 2): pipeline stride tp * dp = 4, one group after the other.
  Parallelism p = resolve(layout(2, 4, 0, 64), load_model("llama3-8b"), 16, 8);
  const Parallelism::GroupTable pp = p.group_table(GroupKind::pp);
  EXPECT_EQ(pp.size, 4);
  EXPECT_EQ(pp.count(), 4);
  EXPECT_EQ(pp.ranks, (std::vector<int>{0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15}));
  EXPECT_EQ(std::vector<int>(pp.group(2).begin(), pp.group(2).end()),
            (std::vector<int>{2, 6, 10, 14}));
}

TEST(Parallelism, ExpertParallelIsCarvedOutOfDataParallel) {
  // tp 2, ep 4, dp 8 on 16 GPUs: order tp, cp, ep, dp/ep, pp. EP ranks are tp = 2 apart; the
  // two expert-data-parallel replicas are tp * ep = 8 apart; the DP group spans both.
  ParallelismSpec s = layout(2, 1, 8, 64);
  s.ep = 4;
  Parallelism p = resolve(s, load_model("mixtral-8x7b"), 16, 8);
  EXPECT_EQ(p.groups(GroupKind::ep)[0], (std::vector<int>{0, 2, 4, 6}));
  EXPECT_EQ(p.groups(GroupKind::edp)[0], (std::vector<int>{0, 8}));
  EXPECT_EQ(p.groups(GroupKind::dp)[0], (std::vector<int>{0, 2, 4, 6, 8, 10, 12, 14}));
  EXPECT_EQ(p.dp_index(10), 5);  // ep index 1 + ep 4 x edp index 1
}

TEST(Parallelism, ExpertTensorParallelOneSpansTensorParallelRanks) {
  // Megatron's expert grid with etp = 1: the 16 GPUs of the stage (tp 2 x dp 8) are re-split as
  // ep 4 x edp 4, ep fastest, so an EP group is 4 consecutive GPUs (two TP pairs) and the
  // expert-data-parallel replicas are 4 apart.
  ParallelismSpec s = layout(2, 1, 8, 64);
  s.ep = 4;
  s.etp = 1;
  Parallelism p = resolve(s, load_model("mixtral-8x7b"), 16, 8);
  EXPECT_EQ(p.group_size(GroupKind::edp), 4);
  EXPECT_EQ(p.groups(GroupKind::ep)[0], (std::vector<int>{0, 1, 2, 3}));
  EXPECT_EQ(p.groups(GroupKind::edp)[0], (std::vector<int>{0, 4, 8, 12}));
  EXPECT_EQ(p.groups(GroupKind::edp_cp)[1], (std::vector<int>{1, 5, 9, 13}));
  // Dense groups are unchanged: TP pairs, DP stride 2.
  EXPECT_EQ(p.groups(GroupKind::tp)[0], (std::vector<int>{0, 1}));
  EXPECT_EQ(p.groups(GroupKind::dp)[0], (std::vector<int>{0, 2, 4, 6, 8, 10, 12, 14}));
}

TEST(Parallelism, ExpertParallelSpansContextParallelRanks) {
  // etp = tp = 2, cp = 2, dp = 4, ep = 4: inside the stage the index is tp + 2*(cp + 2*dp);
  // EP takes the next factor 4 after etp, i.e. the cp rank and two data-parallel replicas.
  ParallelismSpec s = layout(2, 1, 4, 64);
  s.cp = 2;
  s.ep = 4;
  Parallelism p = resolve(s, load_model("mixtral-8x7b"), 16, 8);
  EXPECT_EQ(p.groups(GroupKind::ep)[0], (std::vector<int>{0, 2, 4, 6}));
  EXPECT_EQ(p.groups(GroupKind::edp_cp)[0], (std::vector<int>{0, 8}));
  EXPECT_EQ(p.group_size(GroupKind::dp_cp), 8);
}

TEST(Parallelism, CustomOrderPutsPipelineInnermost) {
  ParallelismSpec s = layout(2, 4, 0, 64);
  s.order = {GroupKind::pp, GroupKind::tp, GroupKind::cp, GroupKind::ep, GroupKind::dp};
  Parallelism p = resolve(s, load_model("llama3-8b"), 32, 8);
  EXPECT_EQ(p.groups(GroupKind::pp)[0], (std::vector<int>{0, 1, 2, 3}));
  EXPECT_EQ(p.groups(GroupKind::tp)[0], (std::vector<int>{0, 4}));
}

TEST(Parallelism, UnevenFirstAndLastVirtualStages) {
  // DeepSeek-V3's 61 layers over pp 8 x vpp 4 = 32 virtual stages: first 1 layer, last 0 (the
  // output layer only), the 30 others 2 each.
  ParallelismSpec s = layout(2, 8, 64, 8192);
  s.ep = 64;
  s.vpp = 4;
  s.schedule = "interleaved";
  s.first_stage_layers = 1;
  s.last_stage_layers = 0;
  Parallelism p = resolve(s, load_model("deepseek-v3"), 1024, 8);
  EXPECT_EQ(p.layers(0, 0), std::make_pair(0, 1));
  EXPECT_EQ(p.layers(1, 0), std::make_pair(1, 3));
  EXPECT_EQ(p.layers(0, 1), std::make_pair(15, 17));  // virtual stage 8
  EXPECT_EQ(p.layers(7, 3), std::make_pair(61, 61));
}

TEST(Parallelism, ValidationMessages) {
  ModelSpec llama = load_model("llama3-70b");
  EXPECT_EQ(message_of(layout(8, 4, 16, 1024), llama, 1024),
            "job.yaml: parallelism.dp: expected tp * cp * pp * dp = the 1024 GPUs, got 8 * 1 * "
            "4 * 16 = 512");
  EXPECT_EQ(message_of(layout(3, 1, 0, 1024), llama, 96),
            "job.yaml: parallelism.tp: expected a divisor of the model's attention_heads (64), "
            "got 3");
  EXPECT_EQ(message_of(layout(8, 4, 0, 1000), llama, 1024),
            "job.yaml: parallelism.global_batch: expected a multiple of micro_batch * dp = 1 * 32 "
            "= 32, got 1000");
  EXPECT_EQ(message_of(layout(8, 3, 0, 1024), llama, 768),
            "job.yaml: parallelism.pp: the model's 80 layers do not split evenly over pp * vpp = "
            "3 * 1 = 3 virtual stages; change pp/vpp or set parallelism.first_stage_layers / "
            "last_stage_layers (--first-stage-layers / --last-stage-layers)");
  ParallelismSpec cp = layout(8, 1, 0, 1024);
  cp.cp = 3;
  EXPECT_EQ(message_of(cp, llama, 24 * 8),
            "job.yaml: parallelism.cp: expected a divisor of seq_len (8192), got 3");
  ParallelismSpec ep = layout(1, 1, 0, 64);
  ep.ep = 3;
  EXPECT_EQ(message_of(ep, load_model("mixtral-8x7b"), 6),
            "job.yaml: parallelism.ep: expected a divisor of the model's experts (8), got 3");
  ParallelismSpec etp = layout(2, 1, 0, 64);
  etp.ep = 2;
  etp.etp = 4;
  EXPECT_EQ(message_of(etp, load_model("mixtral-8x7b"), 8),
            "job.yaml: parallelism.etp: expected 1 or tp (2), got 4");
  ParallelismSpec wide_ep = layout(2, 1, 0, 64);
  wide_ep.ep = 8;
  EXPECT_EQ(message_of(wide_ep, load_model("mixtral-8x7b"), 8),
            "job.yaml: parallelism.ep: expected ep * etp to divide tp * cp * dp = 8: expert "
            "parallelism is carved out of the GPUs of a pipeline stage, got 8 * 2");
  ParallelismSpec no_sp = layout(2, 1, 0, 64);
  no_sp.sequence_parallel = false;
  EXPECT_EQ(message_of(no_sp, load_model("mixtral-8x7b"), 8),
            "job.yaml: parallelism.sequence_parallel: expected true: mixture-of-experts layers "
            "with tp > 1 need sequence parallel (Megatron)");
  ParallelismSpec dense_ep = layout(1, 1, 0, 64);
  dense_ep.ep = 2;
  EXPECT_EQ(message_of(dense_ep, llama, 8),
            "job.yaml: parallelism.ep: expected 1 for a dense model, got 2");
  // Llama 3 has 8 KV heads: tp 16 replicates them (allowed), but it is also wider than a server.
  std::vector<std::string> warnings;
  resolve(layout(16, 1, 0, 64), llama, 64, 8, &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0],
            "parallelism.tp = 16 is wider than a server (8 GPUs): tensor-parallel collectives "
            "cross the RDMA fabric");
}

TEST(Parallelism, KvHeadsMustDivideOrBeDividedByTp) {
  ModelSpec m = load_model("llama3-8b");
  m.heads = 24;
  m.kv_heads = 6;
  EXPECT_EQ(message_of(layout(4, 1, 0, 64), m, 8),
            "job.yaml: parallelism.tp: expected a divisor or a multiple of the model's kv_heads "
            "(6), got 4");
}

}  // namespace
}  // namespace colossus
