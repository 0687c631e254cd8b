// The layout search on a small case: its caches give exactly the uncached simulation's result,
// the pruned search the exhaustive one's top K and family bests, the compute bound never exceeds
// a simulated step, the thread count changes nothing, and the refusals name their field.
#include "colossus/plan/layout_search.h"

#include <gtest/gtest.h>

#include "colossus/core/error.h"
#include "colossus/facility/step_power.h"
#include "colossus/plan/step_evaluator.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/model_loader.h"

namespace colossus::plan {
namespace {

// A small MoE model (4 experts, top-2, 8 layers): every dimension of the search has choices,
// and a step simulates in milliseconds.
ModelSpec tiny_moe() {
  return parse_model_yaml(R"(name: tiny-moe
description: an 8-layer MoE test model
layers: 8
hidden_size: 1024
attention_heads: 8
kv_heads: 8
head_dim: 128
ffn_hidden_size: 4096
ffn: swiglu
vocab_size: 2048
seq_len: 2048
tied_embeddings: false
moe:
  experts: 4
  top_k: 2
  expert_ffn_hidden_size: 2048
)",
                          "tiny-moe.yaml");
}

// The Eos cluster (8 H100 per server, InfiniBand), built once.
const Topology& eos() {
  static const std::unique_ptr<const Topology> topology = make_topology(load_cluster("eos-11616"));
  return *topology;
}

sim::Job tiny_job(int gpus) {
  sim::Job job;
  job.model = tiny_moe();
  job.gpus = gpus;
  job.parallelism.global_batch = 64;
  job.parallelism.seq_len = 2048;
  return job;
}

// A space of a few hundred layouts on 32 GPUs.
PlanRequest small_request(int threads, bool prune) {
  PlanRequest r;
  r.job = tiny_job(32);
  r.space.tp = {1, 2, 4, 8};
  r.space.cp = {1};
  r.space.micro_batch = {1, 2};
  r.space.zero = {ZeroStage::optimizer, ZeroStage::weights};
  r.space.recompute = {Recompute::none, Recompute::full};
  r.space.max_vpp = 2;
  r.top_k = 5;
  r.threads = threads;
  r.prune = prune;
  r.keep_all = true;
  return r;
}

// Every figure of two results, compared exactly.
void expect_same(const sim::SimulationResult& a, const sim::SimulationResult& b) {
  EXPECT_EQ(a.step_time.value(), b.step_time.value());
  EXPECT_EQ(a.mfu, b.mfu);
  EXPECT_EQ(a.layout, b.layout);
  EXPECT_EQ(a.breakdown.compute.value(), b.breakdown.compute.value());
  EXPECT_EQ(a.breakdown.ep.value(), b.breakdown.ep.value());
  EXPECT_EQ(a.breakdown.dp.value(), b.breakdown.dp.value());
  EXPECT_EQ(a.breakdown.pp.value(), b.breakdown.pp.value());
  EXPECT_EQ(a.breakdown.tp.value(), b.breakdown.tp.value());
  EXPECT_EQ(a.breakdown.bubble.value(), b.breakdown.bubble.value());
  ASSERT_EQ(a.collectives.size(), b.collectives.size());
  for (std::size_t i = 0; i < a.collectives.size(); ++i) {
    EXPECT_EQ(a.collectives[i].time.value(), b.collectives[i].time.value());
    EXPECT_EQ(a.collectives[i].algorithm, b.collectives[i].algorithm);
  }
  ASSERT_EQ(a.stages.size(), b.stages.size());
  for (std::size_t i = 0; i < a.stages.size(); ++i) {
    EXPECT_EQ(a.stages[i].end.value(), b.stages[i].end.value());
    EXPECT_EQ(a.stages[i].memory.total().value(), b.stages[i].memory.total().value());
  }
  ASSERT_EQ(a.fabric_load.size(), b.fabric_load.size());
  for (std::size_t i = 0; i < a.fabric_load.size(); ++i) {
    EXPECT_EQ(a.fabric_load[i].peak, b.fabric_load[i].peak);
    EXPECT_EQ(a.fabric_load[i].busiest_average, b.fabric_load[i].busiest_average);
  }
  ASSERT_EQ(a.timeline.transfers.size(), b.timeline.transfers.size());
  for (std::size_t i = 0; i < a.timeline.transfers.size(); ++i)
    EXPECT_EQ(a.timeline.transfers[i].end.value(), b.timeline.transfers[i].end.value());
}

TEST(StepEvaluator, CachedEqualsUncachedAcrossLayouts) {
  // Layouts that share grids (same TP/PP/EP, other batch or recompute) and collectives (the EP
  // groups of PP2 and PP4 are the same GPUs), evaluated in an interleaved order so that every
  // answer after the first comes from a cache: each must equal a fresh sim::simulate exactly.
  StepCache cache;
  StepEvaluator evaluator(eos(), cache, /*fabric_loads=*/true);
  std::vector<sim::Job> jobs;
  for (int pp : {2, 4, 2}) {
    for (Recompute rc : {Recompute::none, Recompute::full}) {
      sim::Job j = tiny_job(32);
      j.parallelism.tp = 2;
      j.parallelism.pp = pp;
      j.parallelism.ep = 4;
      j.parallelism.recompute = rc;
      jobs.push_back(j);
    }
  }
  for (const sim::Job& j : jobs) expect_same(evaluator.simulate(j), sim::simulate(eos(), j));
  EXPECT_GT(cache.hits(), 0);  // the caches were used, not bypassed
}

TEST(StepEvaluator, ASearchsEvaluatorLeavesOnlyTheTierLoadsOut) {
  // A search's evaluator (no fabric loads) times the same steps as sim::simulate, with the same
  // breakdowns and stage ends, and reports no tier loads (sim::simulate's are not empty).
  StepCache cache;
  StepEvaluator evaluator(eos(), cache);
  for (int pp : {2, 4, 2}) {
    sim::Job j = tiny_job(32);
    j.parallelism.tp = 2;
    j.parallelism.pp = pp;
    j.parallelism.ep = 4;
    sim::SimulationResult searched = evaluator.simulate(j);
    sim::SimulationResult alone = sim::simulate(eos(), j);
    EXPECT_TRUE(searched.fabric_load.empty());
    EXPECT_FALSE(alone.fabric_load.empty());
    alone.fabric_load.clear();
    expect_same(searched, alone);
  }
}

TEST(LayoutSearch, PrunedEqualsExhaustive) {
  // The bound skips only layouts that can neither enter the top 5 nor lead their TP x PP family,
  // so the pruned search must rank exactly what the exhaustive one does.
  const PlanResult full = search_layouts(eos(), small_request(1, false));
  const PlanResult pruned = search_layouts(eos(), small_request(1, true));
  EXPECT_EQ(full.pruned, 0);
  EXPECT_GT(pruned.pruned, 0);  // the bound did skip layouts
  EXPECT_EQ(full.evaluated, full.fitted);
  EXPECT_EQ(pruned.evaluated + pruned.pruned, pruned.fitted);
  ASSERT_EQ(full.top.size(), 5u);
  ASSERT_EQ(pruned.top.size(), full.top.size());
  for (std::size_t i = 0; i < full.top.size(); ++i) {
    EXPECT_EQ(pruned.top[i].index, full.top[i].index);
    EXPECT_EQ(pruned.top[i].result.step_time.value(), full.top[i].result.step_time.value());
  }
  ASSERT_EQ(pruned.families.size(), full.families.size());
  for (std::size_t i = 0; i < full.families.size(); ++i) {
    EXPECT_EQ(pruned.families[i].index, full.families[i].index);
  }
  // The exhaustive top 5 are the 5 shortest steps of all it evaluated.
  for (std::size_t i = 0; i < full.top.size(); ++i) EXPECT_EQ(full.top[i].index, full.all[i].index);
}

TEST(LayoutSearch, BoundNeverExceedsTheStep) {
  // The bound is m micro-batches of the average stage's compute: the busiest stage computes at
  // least that, and its compute stream runs it one op after the other, so no simulated step can
  // be shorter.
  const PlanResult full = search_layouts(eos(), small_request(1, false));
  ASSERT_GT(full.all.size(), 50u);
  for (const PlannedLayout& p : full.all) {
    EXPECT_LE(p.bound.value(), p.result.step_time.value()) << p.result.layout;
  }
}

TEST(LayoutSearch, ThreadCountChangesNothing) {
  // Workers simulate ahead of the batches that prune (3 threads on this 2-core machine run the
  // furthest ahead), yet the batches keep what one thread would: the same counts, the same
  // ranking, and the collective cache's work counted over the layouts kept only.
  const PlanResult one = search_layouts(eos(), small_request(1, true));
  for (int threads : {2, 3}) {
    const PlanResult two = search_layouts(eos(), small_request(threads, true));
    EXPECT_EQ(one.enumerated, two.enumerated);
    EXPECT_EQ(one.fitted, two.fitted);
    EXPECT_EQ(one.evaluated, two.evaluated);
    EXPECT_EQ(one.pruned, two.pruned);
    EXPECT_EQ(one.dropped, two.dropped);
    EXPECT_EQ(one.collectives_simulated, two.collectives_simulated);
    EXPECT_EQ(one.collective_cache_hits, two.collective_cache_hits);
    ASSERT_EQ(one.all.size(), two.all.size());
    for (std::size_t i = 0; i < one.all.size(); ++i) EXPECT_EQ(one.all[i].index, two.all[i].index);
    ASSERT_EQ(one.top.size(), two.top.size());
    for (std::size_t i = 0; i < one.top.size(); ++i) {
      EXPECT_EQ(one.top[i].index, two.top[i].index);
      expect_same(one.top[i].result, two.top[i].result);
    }
  }
}

TEST(LayoutSearch, CountsAddUp) {
  const PlanResult r = search_layouts(eos(), small_request(1, true));
  std::int64_t dropped = 0;
  for (const auto& [reason, n] : r.dropped) dropped += n;
  EXPECT_EQ(r.enumerated, dropped + r.fitted);
  // 8 layers on PP 1, 2, 4, 8 and 32 GPUs: every layout's TP divides the 8-GPU server.
  for (const PlannedLayout& p : r.top) EXPECT_LE(p.spec.tp, 8);
}

TEST(LayoutSearch, TpWiderThanTheDomainIsRefused) {
  PlanRequest r = small_request(1, true);
  r.space.tp = {16};
  try {
    search_layouts(eos(), r);
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.field(), "--tp");
    EXPECT_NE(e.message().find("8 GPUs"), std::string::npos) << e.message();
  }
}

TEST(LayoutSearch, NoLayoutFitsNamesTheClosestMiss) {
  // Llama 3 405B on 8 GPUs: 405 B parameters need ~810 GB of BF16 weights alone, ten times the
  // 8 x 80 GB; the message names the closest layout and by how much it misses.
  PlanRequest r;
  r.job.model = load_model("llama3-405b");
  r.job.gpus = 8;
  r.job.parallelism.global_batch = 16;
  r.space.max_vpp = 1;
  try {
    search_layouts(eos(), r);
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_NE(e.message().find("closest"), std::string::npos) << e.message();
    EXPECT_NE(e.message().find("GiB more"), std::string::npos) << e.message();
  }
}

// Eos with Memphis's site section (its pricing and power model): a small cluster the
// cost-per-token objective can price.
const Topology& eos_priced() {
  static const std::unique_ptr<const Topology> topology = [] {
    ClusterSpec spec = load_cluster("eos-11616");
    spec.site = load_cluster("memphis-100k").site;
    return make_topology(spec);
  }();
  return *topology;
}

TEST(LayoutSearch, MfuAndTokensPerSecondRankAsStepTime) {
  // A job's tokens and model FLOPs per step do not depend on its layout, so MFU and tokens per
  // second are a constant over the step time: the same ranking, with the bound pruning them.
  PlanRequest r = small_request(1, true);
  const PlanResult step = search_layouts(eos(), r);
  for (Objective o : {Objective::mfu, Objective::tokens_per_s}) {
    r.objective = o;
    const PlanResult other = search_layouts(eos(), r);
    EXPECT_GT(other.pruned, 0);
    ASSERT_EQ(other.top.size(), step.top.size());
    for (std::size_t i = 0; i < step.top.size(); ++i)
      EXPECT_EQ(other.top[i].index, step.top[i].index) << to_string(o);
    EXPECT_EQ(other.top.front().score,
              -(o == Objective::mfu ? other.top.front().result.mfu
                                    : other.top.front().result.tokens_per_second));
  }
}

TEST(LayoutSearch, CostPerTokenPrunedEqualsExhaustive) {
  // Ranked by dollars per million tokens (GPU-hours at the fixed rate plus the step's
  // electricity): the pruned search equals the exhaustive one (its bound, the fixed rate over
  // the compute bound with no electricity, is never above a layout's cost), and each layout's
  // cost is what facility::step_usage says of a fresh simulation of it.
  PlanRequest r = small_request(1, false);
  r.objective = Objective::cost_per_token;
  const PlanResult full = search_layouts(eos_priced(), r);
  r.prune = true;
  const PlanResult pruned = search_layouts(eos_priced(), r);
  EXPECT_GT(pruned.pruned, 0);
  ASSERT_EQ(pruned.top.size(), full.top.size());
  for (std::size_t i = 0; i < full.top.size(); ++i) {
    EXPECT_EQ(pruned.top[i].index, full.top[i].index);
    EXPECT_EQ(full.top[i].index, full.all[i].index);
    ASSERT_TRUE(full.top[i].cost_per_million_tokens.has_value());
    EXPECT_EQ(full.top[i].score, full.top[i].cost_per_million_tokens->value());
  }
  ASSERT_EQ(pruned.families.size(), full.families.size());
  for (std::size_t i = 0; i < full.families.size(); ++i)
    EXPECT_EQ(pruned.families[i].index, full.families[i].index);
  const PlannedLayout& best = full.top.front();
  sim::Job j = r.job;
  j.parallelism = best.spec;
  const BillOfMaterials bom = bill_of_materials(eos_priced());
  const ClusterSpec& spec = eos_priced().spec();
  const facility::StepUsage usage = facility::step_usage(sim::simulate(eos_priced(), j), spec, bom,
                                                         facility::ownership_cost(bom, *spec.site));
  EXPECT_EQ(best.cost_per_million_tokens->value(), usage.per_million_tokens.value());
  EXPECT_GT(usage.per_million_tokens.value(), 0.0);
}

TEST(LayoutSearch, CostPerTokenNeedsASite) {
  // eos-11616 has no site section: no pricing to rank by.
  PlanRequest r = small_request(1, true);
  r.objective = Objective::cost_per_token;
  try {
    search_layouts(eos(), r);
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.field(), "--objective");
    EXPECT_NE(e.message().find("site"), std::string::npos) << e.message();
  }
}

}  // namespace
}  // namespace colossus::plan
