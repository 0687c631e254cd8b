// The scenario loader: fields land in the Job, defaults are the documented ones, and bad input
// gives one located line (file:line, field path, what was expected).
#include "colossus/sim/scenario.h"

#include <gtest/gtest.h>

#include "colossus/core/error.h"
#include "colossus/topology/topology.h"

namespace colossus::sim {
namespace {

const PresetCatalog& catalog() {
  static const PresetCatalog c = PresetCatalog::from_environment();
  return c;
}

// The message of the InputError that parsing `text` throws ("" if none).
std::string error_of(const std::string& text) {
  try {
    parse_scenario_yaml(text, "s.yaml", catalog());
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(Scenario, ReadsEveryField) {
  const Scenario s = parse_scenario_yaml(R"(name: job
description: a test job
cluster: eos-11616
gpus: 1024
model: llama3-70b
train_tokens: 1.5e13
parallelism:
  tp: 8
  sequence_parallel: false
  cp: 2
  pp: 4
  vpp: 2
  schedule: interleaved
  dp: 16
  zero: 2
  micro_batch: 2
  global_batch: 256
  seq_len: 4096
  recompute: full
  precision: fp8
  fp8_scaling: current
  order: [tp, cp, dp, ep, pp]
overlap:
  tp_comm_overlap: 0.5
  ep_comm_overlap: 0.25
  grad_reduce: false
  param_gather: false
  grad_bucket_params: 1000000
)",
                                         "s.yaml", catalog());
  EXPECT_EQ(s.name, "job");
  EXPECT_EQ(s.cluster.name, "eos-11616");
  EXPECT_EQ(s.job.gpus, 1024);
  EXPECT_EQ(s.job.model.name, "llama3-70b");
  EXPECT_EQ(s.job.train_tokens, 15'000'000'000'000);
  const ParallelismSpec& p = s.job.parallelism;
  EXPECT_EQ(p.tp, 8);
  EXPECT_FALSE(p.sequence_parallel);
  EXPECT_EQ(p.cp, 2);
  EXPECT_EQ(p.pp, 4);
  EXPECT_EQ(p.vpp, 2);
  EXPECT_EQ(p.schedule, "interleaved");
  EXPECT_EQ(p.dp, 16);
  EXPECT_EQ(p.zero, ZeroStage::gradients);
  EXPECT_EQ(p.micro_batch, 2);
  EXPECT_EQ(p.global_batch, 256);
  EXPECT_EQ(p.seq_len, 4096);
  EXPECT_EQ(p.recompute, Recompute::full);
  EXPECT_EQ(p.precision, Precision::fp8);
  EXPECT_EQ(p.fp8_scaling, Fp8Scaling::current);
  EXPECT_EQ(p.order[2], GroupKind::dp);
  EXPECT_EQ(s.job.options.tp_comm_overlap, 0.5);
  EXPECT_EQ(s.job.options.ep_comm_overlap, 0.25);
  EXPECT_FALSE(s.job.options.overlap_grad_reduce);
  EXPECT_FALSE(s.job.options.overlap_param_gather);
  EXPECT_EQ(s.job.options.grad_bucket_params, 1'000'000);
  // Lines are kept so that later layers can point into the file: tp is on line 8.
  EXPECT_EQ(p.at("parallelism.tp").line, 8);
  EXPECT_EQ(p.at("parallelism.tp").file, "s.yaml");
}

TEST(Scenario, Mxfp8HybridEpAndRecomputeModulesAreRead) {
  // precision: mxfp8 is fp8 with mxfp8 scaling; the stack's dispatcher and buffers, and the
  // selective recompute's modules, as written.
  const Scenario s = parse_scenario_yaml(
      "cluster: gb200-nvl72-576\nmodel: deepseek-v3\nparallelism:\n  global_batch: 64\n"
      "  precision: mxfp8\n  recompute_modules: [mla_up_proj]\nstack:\n"
      "  ep_dispatcher: hybridep\n  moe_rank_capacity_factor: 1.5\n  moe_paged_stash: 1.2\n"
      "  cp_comm_type: allgather\n",
      "m.yaml", catalog());
  const ParallelismSpec& p = s.job.parallelism;
  EXPECT_EQ(p.precision, Precision::fp8);
  EXPECT_EQ(p.fp8_scaling, Fp8Scaling::mxfp8);
  EXPECT_TRUE(p.recompute_mla_up_proj);
  EXPECT_FALSE(p.recompute_core_attn);
  EXPECT_EQ(p.ep_dispatcher, EpDispatcher::hybridep);
  EXPECT_EQ(p.cp_comm_type, CpCommType::allgather);
  EXPECT_DOUBLE_EQ(p.moe_rank_capacity_factor, 1.5);
  EXPECT_DOUBLE_EQ(p.moe_paged_stash, 1.2);
  // Bad input names the file, line and field.
  const std::string head = "cluster: gb200-nvl72-576\nmodel: deepseek-v3\n";
  EXPECT_EQ(error_of(head + "parallelism:\n  global_batch: 64\n  precision: mxfp8\n"
                            "  fp8_scaling: current\n"),
            "s.yaml:6: parallelism.fp8_scaling: precision mxfp8 is FP8 with mxfp8 scaling, got "
            "fp8_scaling current");
  EXPECT_EQ(error_of(head + "parallelism:\n  global_batch: 64\n  recompute: full\n"
                            "  recompute_modules: [core_attn]\n"),
            "s.yaml:6: parallelism.recompute_modules: recompute modules need recompute: "
            "selective (Megatron's --recompute-modules applies to --recompute-granularity "
            "selective)");
  EXPECT_EQ(error_of(head + "parallelism:\n  global_batch: 64\nstack:\n  moe_paged_stash: -1\n")
                .rfind("s.yaml:6: stack.moe_paged_stash:", 0),
            0u);
}

TEST(Scenario, DefaultsAreTheDocumentedOnes) {
  // docs/scenario.md: all GPUs, 1F1B, ZeRO-1, selective recompute, BF16, overlaps on.
  const Scenario s = parse_scenario_yaml(
      "cluster: eos-11616\nmodel: llama3-8b\nparallelism:\n  global_batch: 64\n", "d.yaml",
      catalog());
  EXPECT_EQ(s.name, "d");
  EXPECT_EQ(s.job.gpus, 0);
  EXPECT_EQ(s.job.parallelism.schedule, "1f1b");
  EXPECT_EQ(s.job.parallelism.zero, ZeroStage::optimizer);
  EXPECT_EQ(s.job.parallelism.recompute, Recompute::selective);
  EXPECT_EQ(s.job.parallelism.precision, Precision::bf16);
  EXPECT_EQ(s.job.parallelism.fp8_scaling, Fp8Scaling::delayed);
  EXPECT_TRUE(s.job.options.overlap_grad_reduce);
  EXPECT_TRUE(s.job.options.overlap_param_gather);
  EXPECT_EQ(s.job.options.tp_comm_overlap, 0.0);
}

TEST(Scenario, BadInputIsOneLocatedLine) {
  const std::string head = "cluster: eos-11616\nmodel: llama3-8b\n";
  EXPECT_EQ(error_of(head + "parallelism:\n  global_batch: 64\n  tpp: 8\n"),
            "s.yaml:5: parallelism.tpp: unknown key; did you mean \"tp\"?");
  EXPECT_EQ(error_of(head + "parallelism:\n  global_batch: 64\n  recompute: some\n"),
            "s.yaml:5: parallelism.recompute: expected one of none|selective|full, got "
            "\"some\"");
  EXPECT_EQ(error_of(head + "parallelism:\n  global_batch: 64\n  fp8_scaling: just-in-time\n"),
            "s.yaml:5: parallelism.fp8_scaling: expected one of delayed|current|mxfp8, got "
            "\"just-in-time\"");
  EXPECT_EQ(error_of(head + "gpus: 20000\nparallelism:\n  global_batch: 64\n"),
            "s.yaml:3: gpus: expected at most the cluster's 11616 GPUs, got 20000");
  EXPECT_EQ(error_of("cluster: eos-11616\nparallelism:\n  global_batch: 64\n"),
            "s.yaml:1: model: missing required field");
  EXPECT_NE(error_of("cluster: eos-11616\nmodel: llama9\nparallelism:\n  global_batch: 1\n")
                .find("s.yaml:2: model: unknown model preset \"llama9\""),
            std::string::npos);
  EXPECT_EQ(error_of(head + "parallelism:\n  global_batch: 64\noverlap:\n  tp_comm_overlap: 2\n"),
            "s.yaml:6: overlap.tp_comm_overlap: expected on, off or a fraction in [0, 1], got "
            "'2'");
  EXPECT_EQ(error_of(head + "parallelism:\n  global_batch: 64\noverlap:\n  ep_comm_overlap: -1\n"),
            "s.yaml:6: overlap.ep_comm_overlap: expected on, off or a fraction in [0, 1], got "
            "'-1'");
  EXPECT_EQ(error_of(head + "parallelism:\n  global_batch: 64\nstack:\n  attention: flash9\n"),
            "s.yaml:6: stack.attention: expected one of unfused|flash1|flash2|flash3, got "
            "\"flash9\" (did you mean \"flash1\"?)");
  EXPECT_EQ(error_of(head + "parallelism:\n  global_batch: 64\nmemory_check: maybe\n"),
            "s.yaml:5: memory_check: expected one of error|warn|off, got \"maybe\"");
}

TEST(Scenario, ReadsTheSoftwareStack) {
  const Scenario s = parse_scenario_yaml(R"(cluster: eos-11616
model: llama3-8b
memory_check: warn
parallelism:
  global_batch: 64
  recompute: full
  recompute_layers: 4
  recompute_method: block
  first_stage_layers: 0
  fp8_param_gather: true
  account_for_loss: true
stack:
  attention: flash3
  optimizer: muon
  main_grads: bf16
overlap:
  grad_reduce: 0.5
  param_gather: off
  p2p: on
  tp_comm_overlap: true
)",
                                         "s.yaml", catalog());
  const ParallelismSpec& p = s.job.parallelism;
  EXPECT_EQ(p.attention, AttentionKernel::flash3);
  EXPECT_EQ(p.optimizer, Optimizer::muon);
  EXPECT_FALSE(p.main_grads_fp32);
  EXPECT_EQ(p.recompute_layers, 4);
  EXPECT_EQ(p.recompute_method, RecomputeMethod::block);
  EXPECT_EQ(p.first_stage_layers, 0);
  EXPECT_TRUE(p.fp8_param_gather);
  EXPECT_TRUE(p.account_for_loss);
  EXPECT_EQ(s.job.options.memory_check, MemoryCheck::warn);
  EXPECT_EQ(s.job.options.overlap_grad_reduce, 0.5);
  EXPECT_EQ(s.job.options.overlap_param_gather, 0.0);
  EXPECT_EQ(s.job.options.overlap_p2p, 1.0);
  EXPECT_EQ(s.job.options.tp_comm_overlap, 1.0);
}

TEST(Scenario, LaterLayersPointIntoTheFile) {
  // TP 3 does not divide Llama 3 8B's 32 heads: the workload layer names line 5 of this file.
  const Scenario s = parse_scenario_yaml(
      "cluster: eos-11616\nmodel: llama3-8b\ngpus: 24\nparallelism:\n  tp: 3\n"
      "  global_batch: 8\n",
      "s.yaml", catalog());
  const std::unique_ptr<const Topology> topology_built = make_topology(s.cluster);
  const Topology& topology = *topology_built;
  try {
    simulate(topology, s.job);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().line, 5);
    EXPECT_EQ(e.field(), "parallelism.tp");
  }
}

}  // namespace
}  // namespace colossus::sim
