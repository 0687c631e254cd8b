// Tests of the validation against measurements: the row-to-job mapping (each row's defaults and
// the mapping's rules), the FLOP formulas (checked against the rows that report both TFLOP/s and
// tokens/s, and against a step time the source states), the error statistics, and the accuracy
// targets of the training-step model over every expressible row (median |error| <= 5%, max
// <= 15%) and of the memory model over the measured-memory rows (median <= 5%, max <= 10%): the
// tests that fail when the models drift.
#include "colossus/validation/validation.h"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "colossus/core/error.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/model_loader.h"
#include "colossus/spec/preset_catalog.h"

namespace colossus::validation {
namespace {

const std::filesystem::path kData = std::filesystem::path(COLOSSUS_DATA_DIR) / "data/calibration";

const RowMapping& mapping() {
  static const RowMapping m = map_rows(kData / "measured.json", kData / "row_mapping.yaml");
  return m;
}

const RowJob& job(const std::string& id) {
  for (const RowJob& j : mapping().jobs)
    if (j.id == id) return j;
  for (const RowJob& j : mapping().cross_checks)
    if (j.id == id) return j;
  throw std::runtime_error("no job " + id);
}

// The reason the mapping gave for a field of a row ("" if the mapping did not fill it).
std::string reason(const RowJob& j, const std::string& field) {
  for (const FilledField& f : j.filled)
    if (f.field == field) return f.reason;
  return "";
}

TEST(ValidationMapping, EveryTrainingRowIsExpressedOrSkippedWithAReason) {
  // measured.json holds 57 training-throughput rows: 45 expressible (Qwen3-235B with EP over
  // TP x DP, the DGX-GB200 Llama 3.1 405B and DeepSeek-V3 rows on gb200-nvl72-576), 6 skipped
  // (4 selective-recompute rows without layouts, the strong-scaling figure, DeepSeek-V3 on H100
  // for its unstated precision) and 6 out-of-sample cross-checks (the Llama 3 paper's Table 4,
  // MT-NLG 530B's three scales), mapped and simulated but outside the statistics.
  EXPECT_EQ(mapping().jobs.size(), 45u);
  ASSERT_EQ(mapping().skipped.size(), 6u);
  ASSERT_EQ(mapping().cross_checks.size(), 6u);
  for (const RowJob& j : mapping().cross_checks) EXPECT_FALSE(j.cross_check.empty()) << j.id;
  for (const RowJob& j : mapping().jobs) EXPECT_TRUE(j.cross_check.empty()) << j.id;
  for (const SkippedRow& s : mapping().skipped) EXPECT_FALSE(s.reason.empty()) << s.id;
  bool gb200 = false;
  for (const RowJob& j : mapping().jobs)
    gb200 |= j.id == "nemo-26.06-dgx-gb200-llama-31-405b-256gpu";
  EXPECT_TRUE(gb200);
}

TEST(ValidationMapping, RowsWhoseRecipesSetExpandableSegmentsRunThatAllocator) {
  // PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True is in the env_vars of the 26.x recipes
  // (Megatron-Bridge 067f987 perf_recipes: llama/h100/llama31.py, llama/h100/llama3.py,
  // llama/gb200/llama31.py, deepseek/gb200/deepseek_v3.py); the 25.11 launcher
  // (perf_plugins.py at 97ad8cc) set it only for Llama 3.1 405B on GB200, and Megatron-LM's
  // example not at all (the MPT rows keep the default).
  for (const char* id :
       {"nemo-26.06-dgx-h100-llama-31-405b-1024gpu", "nemo-26.04.01-dgx-h100-llama-3-70b-64gpu",
        "nemo-26.06-dgx-gb200-llama-31-405b-256gpu",
        "nemo-26.06-dgx-gb200-deepseek-v3-671b-256gpu"}) {
    EXPECT_EQ(job(id).parallelism.allocator, Allocator::expandable_segments) << id;
    EXPECT_NE(reason(job(id), "job.allocator").find("PYTORCH_CUDA_ALLOC_CONF"), std::string::npos)
        << id;
  }
  for (const char* id :
       {"nemo-25.11-dgx-h100-llama-31-405b-1024gpu", "nemo-25.11-dgx-h100-llama-3-70b-64gpu",
        "megatron-example-llama3-8b-fp8", "mpt-70b-h100-512gpu"})
    EXPECT_EQ(job(id).parallelism.allocator, Allocator::caching) << id;
}

TEST(ValidationMapping, DeepSeekGb200RowRunsItsMxfp8RecipesStack) {
  // Megatron-Bridge 067f987, deepseek_v3_pretrain_256gpu_gb200_fp8mx_config: MXFP8, HybridEP,
  // an expert-rank capacity of 1.5, the paged stash at 1.2, selective recompute of mla_up_proj
  // only, layout 4 + 14 x 4 + 1 layers.
  const RowJob& j = job("nemo-26.06-dgx-gb200-deepseek-v3-671b-256gpu");
  const ParallelismSpec& p = j.parallelism;
  EXPECT_EQ(p.precision, Precision::fp8);
  EXPECT_EQ(p.fp8_scaling, Fp8Scaling::mxfp8);
  EXPECT_EQ(p.ep_dispatcher, EpDispatcher::hybridep);
  EXPECT_DOUBLE_EQ(p.moe_rank_capacity_factor, 1.5);
  EXPECT_DOUBLE_EQ(p.moe_paged_stash, 1.2);
  EXPECT_EQ(p.recompute, Recompute::selective);
  EXPECT_TRUE(p.recompute_mla_up_proj);
  EXPECT_FALSE(p.recompute_core_attn);
  EXPECT_EQ(p.first_stage_layers, 4);
  EXPECT_EQ(p.last_stage_layers, 1);
  EXPECT_EQ(j.layout(), "TP1 PP4 VPP4 EP64 DP64 mb1");
}

TEST(ValidationMapping, MemoryRowsTakeTheTestsLaunchArguments) {
  // Three training-memory rows (Megatron-LM functional tests on DGX H100). The 7B TP1 PP4 test:
  // --num-layers-per-virtual-pipeline-stage 1 -> 8 virtual stages, DP 8 / 4 = 2, the distributed
  // optimizer (ZeRO-1), dropout 0.1 (Megatron's default), untied, 131073 padded to 131200.
  ASSERT_EQ(mapping().memory_jobs.size(), 3u);
  const RowJob& j = mapping().memory_jobs[0];
  EXPECT_EQ(j.id, "megatron-ft-gpt3-7b-tp1-pp4-vpp8-h100");
  EXPECT_EQ(j.layout(), "TP1 PP4 VPP8 DP2 mb1");
  EXPECT_EQ(j.parallelism.zero, ZeroStage::optimizer);
  EXPECT_TRUE(j.model.dropout);
  EXPECT_FALSE(j.model.tied_embeddings);
  EXPECT_EQ(j.model.vocab, 131200);
  ASSERT_TRUE(j.memory.has_value());
  EXPECT_EQ(j.memory->rank, MemoryRank::last);
  EXPECT_DOUBLE_EQ(*j.memory->peak_allocated_bytes, 60720852992.0);
  EXPECT_DOUBLE_EQ(*j.memory->after_step_allocated_bytes, 24808996864.0);
  // The 15B release test states no dropout and no biases; its after-step figure fixed DP and
  // is not compared.
  const RowJob& big = mapping().memory_jobs[2];
  EXPECT_FALSE(big.model.dropout);
  EXPECT_FALSE(big.model.linear_bias);
  EXPECT_FALSE(big.memory->after_step_allocated_bytes.has_value());
}

TEST(ValidationMemory, ComparesTheStageTheRowWasReadOn) {
  // Two stages: stage 0 holds 10 + 20 + 30 bytes of weights, gradients and optimizer states and
  // 100 of activations (total 160 with 0 overhead); stage 1 holds 5 + 10 + 15 and 40 (70). A row
  // read on the last rank compares stage 1: peak 5 + 10 + 15 + 40 = 70 against 80 measured
  // (-12.5%), after the step 30 against 30 (0%). Read as the maximum: stage 0, peak 160.
  RowJob job;
  job.id = "r";
  job.memory = MeasuredMemory{MemoryRank::last, 80.0, 30.0};
  StepPrediction p;
  StageMemory s0, s1;
  s0.stage = 0, s0.weights = Bytes(10), s0.gradients = Bytes(20), s0.optimizer = Bytes(30);
  s0.activations = Bytes(100), s0.overhead = Bytes(7);
  s1.stage = 1, s1.weights = Bytes(5), s1.gradients = Bytes(10), s1.optimizer = Bytes(15);
  s1.activations = Bytes(40), s1.overhead = Bytes(3);
  p.stage_memory = {s0, s1};
  std::vector<MemoryComparison> c = compare_memory(job, p);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].quantity, "peak allocated");
  EXPECT_EQ(c[0].stage, 1);
  EXPECT_DOUBLE_EQ(c[0].predicted_bytes, 70.0);
  EXPECT_DOUBLE_EQ(c[0].error, -0.125);
  EXPECT_EQ(c[1].quantity, "allocated after the step");
  EXPECT_DOUBLE_EQ(c[1].error, 0.0);
  job.memory = MeasuredMemory{MemoryRank::max, 160.0, std::nullopt};
  c = compare_memory(job, p);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].stage, 0);
  EXPECT_DOUBLE_EQ(c[0].predicted_bytes, 160.0);
  EXPECT_DOUBLE_EQ(memory_error_stats(c).max_abs, 0.0);
}

TEST(ValidationAccuracy, MemoryModelAgainstEveryMeasuredMemoryRow) {
  // The memory model's targets (issue 11): median |error| <= 5% and max <= 10% over the
  // measured memory figures (docs/validation.md), every figure held to the maximum.
  std::vector<MemoryComparison> rows = compare_memory_rows(mapping(), simulation_predictor());
  for (const MemoryComparison& c : rows) {
    ASSERT_TRUE(c.failure.empty()) << c.job->id << ": " << c.failure;
    EXPECT_LE(std::fabs(c.error), 0.10) << c.job->id << " " << c.quantity;
  }
  ErrorStats st = memory_error_stats(rows);
  EXPECT_EQ(st.rows, 5);
  EXPECT_LE(st.median_abs, 0.05);
}

TEST(ValidationMapping, Sc21RowTakesTheLaunchScriptSettings) {
  // examples/sc21/run_table_1.sh, 145B: TP 8, PP 8, MBS 2, NAH 96, 5 layers per virtual stage
  // (80 layers / (8 x 5) = 2 chunks), --recompute-method uniform; the row gives DP 24.
  const RowJob& j = job("megatron-a100-sc21-145B");
  EXPECT_EQ(j.cluster, "selene-a100");
  EXPECT_EQ(j.gpus, 1536);
  EXPECT_EQ(j.model.heads, 96);
  EXPECT_EQ(j.model.kv_heads, 96);
  EXPECT_EQ(j.model.ffn_hidden, 4 * 12288);
  EXPECT_EQ(j.model.ffn_kind, FfnKind::gelu);
  EXPECT_EQ(j.model.vocab, 51200);
  EXPECT_EQ(j.parallelism.micro_batch, 2);
  EXPECT_EQ(j.parallelism.vpp, 2);
  EXPECT_EQ(j.parallelism.schedule, "interleaved");
  EXPECT_EQ(j.parallelism.dp, 24);
  EXPECT_EQ(j.parallelism.recompute, Recompute::full);
  EXPECT_EQ(j.parallelism.zero, ZeroStage::none);
  EXPECT_FALSE(j.parallelism.sequence_parallel);
  EXPECT_EQ(j.parallelism.precision, Precision::bf16);  // "16-bit", same A100 peak as bf16
  EXPECT_EQ(j.formula, FlopFormula::megatron_recompute);
  EXPECT_THAT(reason(j, "batch.micro_batch"), testing::HasSubstr("run_table_1.sh"));
  EXPECT_EQ(j.layout(), "TP8 PP8 VPP2 DP24 mb2");
}

TEST(ValidationMapping, MptRowsReadShardingAndRecomputeFromTheRow) {
  // The row says FULL_SHARD and full recompute for MPT-70B; SHARD_GRAD_OP and none for MPT-1B.
  const RowJob& big = job("mpt-70b-h100-512gpu");
  EXPECT_EQ(big.parallelism.zero, ZeroStage::weights);
  EXPECT_EQ(big.parallelism.recompute, Recompute::full);
  EXPECT_EQ(big.parallelism.micro_batch, 8);
  EXPECT_EQ(big.model.vocab, 50368);
  EXPECT_TRUE(big.model.tied_embeddings);
  EXPECT_EQ(big.formula, FlopFormula::llm_foundry);
  EXPECT_TRUE(reason(big, "parallelism.zero_or_fsdp").empty());  // the row gives it
  const RowJob& small = job("mpt-1b-h100-512gpu");
  EXPECT_EQ(small.parallelism.zero, ZeroStage::gradients);
  EXPECT_EQ(small.parallelism.recompute, Recompute::none);
  EXPECT_EQ(small.model.hidden, 2048);
}

TEST(ValidationMapping, NemoFsdpZeroMeansTheDistributedOptimizer) {
  // "FSDP=0" is FSDP off; NeMo's default distributed optimizer (ZeRO-1) fills in, with a reason.
  const RowJob& j = job("nemo-26.04.01-dgx-h100-llama-3-70b-64gpu");
  EXPECT_EQ(j.parallelism.zero, ZeroStage::optimizer);
  EXPECT_THAT(reason(j, "parallelism.zero_or_fsdp"), testing::HasSubstr("distributed optimizer"));
  EXPECT_EQ(j.parallelism.precision, Precision::fp8);
  // "FP8" on a 26.x row: the mapping's job.fp8_scaling (NeMo's only FP8 recipe there, fp8_cs).
  EXPECT_EQ(j.parallelism.fp8_scaling, Fp8Scaling::current);
  EXPECT_THAT(reason(j, "job.fp8_scaling"), testing::HasSubstr("fp8cs"));
  EXPECT_EQ(job("nemo-25.11-dgx-h100-llama-3-70b-64gpu").parallelism.fp8_scaling,
            Fp8Scaling::current);  // "FP8-CS" in the row's own text
  // A plain "FP8" with no mapping entry is Transformer Engine's default, delayed scaling.
  EXPECT_EQ(job("megatron-example-llama3-70b-fp8").parallelism.fp8_scaling, Fp8Scaling::delayed);
  // The NeMo recipes' software facts: BF16 gradient reduction; Qwen3's EP all-to-all overlap.
  EXPECT_FALSE(j.parallelism.main_grads_fp32);
  EXPECT_TRUE(job("nemo-25.11-dgx-h100-qwen3-235b-a22b-256gpu").ep_comm_overlap);
  EXPECT_FALSE(j.ep_comm_overlap);
  EXPECT_EQ(j.formula, FlopFormula::megatron_causal);
  EXPECT_EQ(j.model.kv_heads, 8);
  EXPECT_EQ(j.layout(), "TP4 PP8 VPP5 DP2 mb1");
  // "FSDP=8" on the 8-GPU Llama 3 8B row is ZeRO-3 over its 8 data-parallel ranks.
  EXPECT_EQ(job("nemo-25.11-dgx-h100-llama-3-8b-8gpu").parallelism.zero, ZeroStage::weights);
}

TEST(ValidationMapping, Qwen3ExpertParallelismSpansTensorAndDataParallelism) {
  // EP 32 with TP 2 and DP 16: expert tensor parallelism 1, so an EP group holds both TP ranks
  // of 16 data-parallel replicas (Megatron's expert grid), and the architecture is the preset's.
  const RowJob& j = job("nemo-25.11-dgx-h100-qwen3-235b-a22b-256gpu");
  EXPECT_EQ(j.parallelism.etp, 1);
  EXPECT_EQ(j.parallelism.ep, 32);
  EXPECT_EQ(j.layout(), "TP2 PP8 VPP4 EP32 ETP1 DP16 mb1");
  EXPECT_EQ(j.model.layers, 94);
  EXPECT_EQ(j.model.moe.experts, 128);
  EXPECT_EQ(j.model.kv_heads, 4);
  Parallelism p = resolve(j.parallelism, j.model, j.gpus, 8);
  const auto ep_groups = p.groups(GroupKind::ep);
  ASSERT_EQ(ep_groups.size(), 8u);  // one per pipeline stage
  // Ranks 0 and 1 are a TP pair; both are in the first EP group.
  EXPECT_EQ(ep_groups[0][0], 0);
  EXPECT_EQ(ep_groups[0][1], 1);
  EXPECT_EQ(ep_groups[0].size(), 32u);
}

TEST(ValidationMapping, Llama3PaperRowPlacesPipelinesInsideDataParallelism) {
  // The Llama 3 paper groups GPUs in the order [TP, CP, PP, DP] (section 3.3.2), which the
  // mapping gives as parallelism.order "tp,cp,ep,pp,dp". With TP 8 and CP 16 a pipeline's stages
  // are then 8 x 16 = 128 GPUs apart: the pipeline of GPU 0 is 0, 128, ..., 1920, inside one
  // 3,072-GPU pod. Megatron's default order (DP inside PP) would put them 1,024 apart (16,384 /
  // PP 16), across six pods.
  const RowJob& j = job("meta-llama3-405b-h100-16384gpu-cp16-128k");
  EXPECT_EQ(j.layout(), "TP8 PP16 VPP8 CP16 DP8 mb1");
  EXPECT_EQ(j.parallelism.zero, ZeroStage::gradients);
  EXPECT_EQ(j.parallelism.first_stage_layers, 0);
  EXPECT_EQ(j.parallelism.last_stage_layers, 0);
  Parallelism p = resolve(j.parallelism, j.model, j.gpus, 8);
  const auto pp_groups = p.groups(GroupKind::pp);
  ASSERT_EQ(pp_groups.size(), 1024u);
  ASSERT_EQ(pp_groups[0].size(), 16u);
  for (int s = 0; s < 16; ++s) EXPECT_EQ(pp_groups[0][s], 128 * s);
  // The data-parallel peers of GPU 0 are whole pipelines apart: 128 x 16 = 2,048.
  const auto dp_groups = p.groups(GroupKind::dp);
  ASSERT_FALSE(dp_groups.empty());
  EXPECT_EQ(dp_groups[0][1], 2048);
}

TEST(ValidationMapping, MtNlgRowsReproduceTheirTflopsFromTheStatedStepTimes) {
  // MT-NLG 530B (arXiv:2201.11990, section 2.4): 60.1 / 50.2 / 44.4 s per iteration at 280 /
  // 350 / 420 DGX A100 servers give 126 / 121 / 113 TFLOP/s per GPU. With Narayanan et al.'s
  // 96 B s l h^2 (1 + s/6h + V/16lh), B 1920, s 2048, l 105, h 20480, V 51200: 1.6926e19 FLOP
  // per step, / (60.1 s x 2240) = 125.7, / (50.2 x 2800) = 120.4, / (44.4 x 3360) = 113.5.
  const double flops = 96.0 * 1920 * 2048 * 105 * 20480.0 * 20480.0 *
                       (1 + 2048 / (6.0 * 20480) + 51200 / (16.0 * 105 * 20480));
  const struct {
    const char* id;
    double step_s;
    int gpus;
    double tflops;
  } rows[] = {{"mtnlg-530b-a100-2240gpu", 60.1, 2240, 126},
              {"mtnlg-530b-a100-2800gpu", 50.2, 2800, 121},
              {"mtnlg-530b-a100-3360gpu", 44.4, 3360, 113}};
  for (const auto& r : rows) {
    const RowJob& j = job(r.id);
    EXPECT_EQ(j.gpus, r.gpus);
    EXPECT_EQ(j.formula, FlopFormula::megatron_recompute);
    EXPECT_NEAR(flops / r.step_s / r.gpus / 1e12, r.tflops, 0.01 * r.tflops) << r.id;
    EXPECT_NEAR(reported_step_flops(j).value() / r.step_s / r.gpus / 1e12, r.tflops,
                0.01 * r.tflops)
        << r.id;
  }
}

TEST(ValidationFlops, DeepSeekV3RowsFlopCountIsMegatronsWithMlaAndMtp) {
  // The H100 DeepSeek-V3 row (skipped for its unstated precision) gives 338 TFLOP/s per GPU at 1297
  // tokens/s per GPU: 260.6 GFLOP per token. Megatron's formula with MLA's projections and the
  // MTP module (causal attention halved, NeMo's count) gives 260.0 (-0.2%); without the MTP
  // module it would be 249.8 (-4.1%).
  RowJob j;
  j.model = load_model("deepseek-v3");
  j.formula = FlopFormula::megatron_causal;
  j.parallelism.global_batch = 8192;
  j.parallelism.seq_len = 4096;
  const double per_token = reported_step_flops(j).value() / (8192.0 * 4096);
  EXPECT_NEAR(per_token / 1e9, 338e3 / 1297, 338e3 / 1297 * 0.005);
  j.model.mtp_layers = 0;
  EXPECT_NEAR(reported_step_flops(j).value() / (8192.0 * 4096) / 1e9, 249.8, 0.1);
}

TEST(ValidationFlops, FormulasReproduceTheRowsThatGiveTokensPerSecond) {
  // A row with both columns fixes its FLOPs per token: TFLOP/s per GPU x GPUs / tokens/s. Each
  // source's formula must give it within 1%: a wrong formula (causal vs full attention, a
  // missing logit term) is off by 4-13% on these rows. One exception: NeMo 26.04.01's Llama 3
  // 70B row, whose two columns disagree with each other by 2.2% (its sibling 25.11 row agrees to
  // 0.1% with the same formula), is allowed 2.5%.
  int checked = 0;
  for (const RowJob& j : mapping().jobs) {
    if (!j.measured_tokens_per_sec) continue;
    double per_token = reported_step_flops(j).value() / static_cast<double>(j.tokens_per_step());
    double implied_tflops = per_token * *j.measured_tokens_per_sec / j.gpus / 1e12;
    double tolerance = j.id == "nemo-26.04.01-dgx-h100-llama-3-70b-64gpu" ? 0.025 : 0.01;
    EXPECT_NEAR(implied_tflops / j.measured_tflops_per_gpu, 1.0, tolerance) << j.id;
    ++checked;
  }
  EXPECT_EQ(checked, 25);  // 3 Megatron Llama examples, 6 NeMo H100 rows, 2 GB200, 14 MPT rows
}

TEST(ValidationFlops, Gpt3StepTimeGivesTheReadmeTflops) {
  // Megatron-LM README (2021): "each iteration takes around 32 seconds resulting in 138
  // teraFLOPs per GPU". 96 x 1536 x 2048 x 96 x 12288^2 x (1 + 2048/73728 + 51200/1179648)
  // / 32 s / 1024 GPUs = 137.7 TFLOP/s.
  RowComparison c = compare(job("megatron-a100-gpt3-175b-1024gpu"),
                            StepPrediction{seconds(32), {}, {}, {}, {}, {}, {}});
  EXPECT_NEAR(c.predicted_tflops_per_gpu, 137.7, 0.1);
  EXPECT_NEAR(c.error, (137.7 - 138.0) / 138.0, 0.001);
}

TEST(ValidationStats, MedianAndMaxOfAbsoluteErrors) {
  // |errors| 0.01, 0.05, 0.02, 0.10 -> sorted 0.01 0.02 0.05 0.10: median (0.02 + 0.05) / 2,
  // max 0.10 on the fourth row; dropping the last leaves an odd count with median 0.02.
  std::vector<RowJob> jobs(4);
  for (int i = 0; i < 4; ++i) jobs[i].id = fmt::format("r{}", i);
  std::vector<RowComparison> rows(4);
  const double errors[] = {0.01, -0.05, 0.02, -0.10};
  for (int i = 0; i < 4; ++i) {
    rows[i].job = &jobs[i];
    rows[i].error = errors[i];
  }
  ErrorStats st = error_stats(rows);
  EXPECT_EQ(st.rows, 4);
  EXPECT_DOUBLE_EQ(st.median_abs, 0.035);
  EXPECT_DOUBLE_EQ(st.max_abs, 0.10);
  EXPECT_EQ(st.max_id, "r3");
  rows.pop_back();
  EXPECT_DOUBLE_EQ(error_stats(rows).median_abs, 0.02);
}

TEST(ValidationAccuracy, TrainingStepModelAgainstEveryExpressibleRow) {
  // The accuracy targets of the training-step model: median |error| of TFLOP/s per GPU <= 4%
  // (issue 11) and max <= 15% over the rows (docs/validation.md), every row held to the maximum.
  // Qwen3-235B-A22B (+38% before the NCCL all-to-all dispatcher's in-training efficiency, a
  // constant fitted on that row and checked on two published runs outside measured.json) is held
  // to it like the rest.
  std::vector<RowComparison> rows = compare_rows(mapping(), simulation_predictor());
  for (const RowComparison& c : rows) {
    ASSERT_TRUE(c.failure.empty()) << c.job->id << ": " << c.failure;
    EXPECT_LE(std::fabs(c.error), 0.15) << c.job->id;
    // Every published run ran, so it fits: the memory model refuses none (issue 11), the
    // DGX-GB200 405B row included now that its recipe's expandable_segments allocator is read.
    EXPECT_LE(c.prediction.peak_memory, c.prediction.gpu_hbm) << c.job->id;
    for (const std::string& w : c.prediction.warnings)
      EXPECT_EQ(w.rfind("memory:", 0), std::string::npos) << c.job->id << ": " << w;
  }
  ErrorStats st = error_stats(rows);
  EXPECT_EQ(st.rows, 45);
  EXPECT_LE(st.median_abs, 0.04);
}

// Writes a one-row measured.json and a mapping next to it, for the error cases.
class MappingErrors : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("colossus_validation_" +
            std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "measured.json") << R"([{"id": "r1", "category": "training_throughput",
      "model": {"name": "m", "layers": 2, "hidden_size": 256, "attention_heads": 4,
                "kv_heads": null, "ffn_hidden": null, "vocab_size": 1000, "seq_len": 128,
                "arch": "dense"},
      "batch": {"global_batch_sequences": 8, "micro_batch": null},
      "parallelism": {"tp": 1, "pp": 1, "vpp": null, "dp": 8, "cp": null, "ep": null,
                      "zero_or_fsdp": null, "activation_recompute": null,
                      "sequence_parallel": null},
      "hardware": {"gpu_count": 8}, "precision": "BF16",
      "result": {"tflops_per_gpu": 100, "tokens_per_sec": null}}])";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Maps the row with this mapping text; returns the error message ("" if none).
  std::string error_of(const std::string& yaml) {
    std::ofstream(dir_ / "mapping.yaml") << yaml;
    try {
      map_rows(dir_ / "measured.json", dir_ / "mapping.yaml");
    } catch (const InputError& e) {
      return e.what();
    }
    return "";
  }

  static std::string family(const std::string& extra) {
    return R"(families:
  f:
    rows: [r1]
    fill:
      job.cluster: {value: eos-11616, reason: x}
      job.flop_formula: {value: megatron, reason: x}
      job.tp_comm_overlap: {value: false, reason: x}
      job.overlap_grad_reduce: {value: true, reason: x}
      job.overlap_param_gather: {value: true, reason: x}
      job.attention: {value: flash2, reason: x}
      model.kv_heads: {value: heads, reason: x}
      model.ffn_hidden: {value: 4h, reason: x}
      model.ffn_kind: {value: gelu, reason: x}
      model.tied_embeddings: {value: true, reason: x}
      model.linear_bias: {value: false, reason: x}
      model.learned_positions: {value: false, reason: x}
      batch.micro_batch: {value: 1, reason: x}
      parallelism.vpp: {value: 1, reason: x}
      parallelism.cp: {value: 1, reason: x}
      parallelism.ep: {value: 1, reason: x}
      parallelism.sequence_parallel: {value: false, reason: x}
      parallelism.zero_or_fsdp: {value: zero1, reason: x}
)" + extra;
  }

  std::filesystem::path dir_;
};

TEST_F(MappingErrors, CompleteMappingIsAccepted) {
  EXPECT_EQ(error_of(family("      parallelism.activation_recompute: {value: none, reason: "
                            "x}\nrows: {}\nskip: {}\n")),
            "");
}

TEST_F(MappingErrors, NullWithoutDefaultIsAnError) {
  // activation_recompute is null in the row and the mapping gives no default.
  EXPECT_THAT(error_of(family("rows: {}\nskip: {}\n")),
              testing::HasSubstr("r1: parallelism.activation_recompute: null in the row and no "
                                 "default in row_mapping.yaml"));
}

TEST_F(MappingErrors, RowLevelValueForAGivenFieldIsAnError) {
  // The row gives tp = 1; a row-level entry may only fill nulls.
  EXPECT_THAT(
      error_of(family("      parallelism.activation_recompute: {value: none, reason: x}\n"
                      "rows:\n  r1:\n    parallelism.tp: {value: 2, reason: x}\nskip: {}\n")),
      testing::HasSubstr("row r1 gives parallelism.tp = 1; the mapping may only fill nulls"));
}

TEST_F(MappingErrors, FirstGenerationFlashAttentionRunsAtHalfTheRate) {
  // job.attention: flash1 is the job's attention kernel (the same stack key as a scenario's
  // stack.attention); the simulation applies it to the GPU's calibration: the attention
  // efficiencies at kFlash1AttentionSpeed (FlashAttention-2 is ~2x FlashAttention, Dao 2023).
  std::string yaml = family(
      "      parallelism.activation_recompute: {value: none, reason: x}\n"
      "rows: {}\nskip: {}\n");
  yaml.replace(yaml.find("job.attention: {value: flash2,"), 30, "job.attention: {value: flash1,");
  std::ofstream(dir_ / "mapping.yaml") << yaml;
  RowMapping mapping = map_rows(dir_ / "measured.json", dir_ / "mapping.yaml");
  ASSERT_EQ(mapping.jobs.size(), 1u);
  sim::Job job = to_simulation_job(mapping.jobs[0]);
  EXPECT_EQ(job.parallelism.attention, AttentionKernel::flash1);

  const GpuSpec h100 = load_gpu("h100-sxm", PresetCatalog(COLOSSUS_DATA_DIR));
  const ComputeCalibration base = default_calibration(h100);
  const ComputeCalibration c = with_attention_kernel(h100, base, AttentionKernel::flash1, 128);
  EXPECT_DOUBLE_EQ(c.attention_fwd_efficiency, 0.5 * base.attention_fwd_efficiency);
  EXPECT_DOUBLE_EQ(c.attention_bwd_efficiency, 0.5 * base.attention_bwd_efficiency);
  EXPECT_DOUBLE_EQ(c.gemm_max_efficiency_bf16, base.gemm_max_efficiency_bf16);
}

TEST_F(MappingErrors, UnknownAttentionKernelIsAnError) {
  std::string yaml = family(
      "      parallelism.activation_recompute: {value: none, reason: x}\n"
      "rows: {}\nskip: {}\n");
  yaml.replace(yaml.find("job.attention: {value: flash2,"), 30, "job.attention: {value: flash9,");
  EXPECT_THAT(error_of(yaml), testing::HasSubstr("flash1"));
}

TEST_F(MappingErrors, RankOrderIsTheFiveDimensionsEachOnce) {
  // parallelism.order places ranks as a scenario's parallelism.order does, fastest first: the
  // Llama 3 paper's [TP, CP, PP, DP] is "tp,cp,ep,pp,dp" (ep has size 1 in the dense grid).
  std::string yaml = family(
      "      parallelism.activation_recompute: {value: none, reason: x}\n"
      "      parallelism.order: {value: \"tp,cp,ep,pp,dp\", reason: x}\n"
      "rows: {}\nskip: {}\n");
  std::ofstream(dir_ / "mapping.yaml") << yaml;
  RowMapping mapping = map_rows(dir_ / "measured.json", dir_ / "mapping.yaml");
  ASSERT_EQ(mapping.jobs.size(), 1u);
  const std::array<GroupKind, 5> order = {GroupKind::tp, GroupKind::cp, GroupKind::ep,
                                          GroupKind::pp, GroupKind::dp};
  EXPECT_EQ(mapping.jobs[0].parallelism.order, order);
  // Without the entry, Megatron's default (DP inside PP).
  std::ofstream(dir_ / "mapping.yaml") << family(
      "      parallelism.activation_recompute: {value: none, reason: x}\n"
      "rows: {}\nskip: {}\n");
  mapping = map_rows(dir_ / "measured.json", dir_ / "mapping.yaml");
  EXPECT_EQ(mapping.jobs[0].parallelism.order[3], GroupKind::dp);
  EXPECT_EQ(mapping.jobs[0].parallelism.order[4], GroupKind::pp);
  // A dimension missing or repeated is an error naming what is expected.
  for (const char* bad : {"tp,cp,pp,dp", "tp,cp,ep,pp,pp", "tp,cp,ep,pp,dp,tp", "tp,cp,xp,pp,dp"})
    EXPECT_THAT(error_of(family("      parallelism.activation_recompute: {value: none, reason: x}\n"
                                "      parallelism.order: {value: \"" +
                                std::string(bad) + "\", reason: x}\nrows: {}\nskip: {}\n")),
                testing::HasSubstr("expected the five dimensions tp, cp, ep, dp, pp"))
        << bad;
}

TEST_F(MappingErrors, CrossCheckFamiliesAreMappedOutsideTheStatistics) {
  // A family with a cross_check reason: its rows are mapped and kept apart from the compared
  // jobs (validate simulates and prints them, the statistics never see them).
  std::string yaml = family(
      "      parallelism.activation_recompute: {value: none, reason: x}\n"
      "rows: {}\nskip: {}\n");
  yaml.replace(yaml.find("    rows: [r1]"), 14, "    rows: [r1]\n    cross_check: out of sample");
  std::ofstream(dir_ / "mapping.yaml") << yaml;
  RowMapping mapping = map_rows(dir_ / "measured.json", dir_ / "mapping.yaml");
  EXPECT_TRUE(mapping.jobs.empty());
  ASSERT_EQ(mapping.cross_checks.size(), 1u);
  EXPECT_EQ(mapping.cross_checks[0].cross_check, "out of sample");
  yaml.replace(yaml.find("cross_check: out of sample"), 26, "cross_check: \"\"");
  EXPECT_THAT(error_of(yaml), testing::HasSubstr("expected the reason"));
}

TEST_F(MappingErrors, MemoryRowsNeedARankAndAFigure) {
  // The same row as a training-memory row: no TFLOP/s and no FLOP formula needed, but its
  // "memory" block must say on which GPU it was read ("last" or "max") and give a figure.
  std::ifstream in(dir_ / "measured.json");
  const std::string row((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto memory_row = [&](const std::string& block) {
    std::string text = row;
    text.replace(text.find("training_throughput"), 19, "training_memory");
    text.replace(text.find("\"result\""), 8, block + ", \"result\"");
    std::ofstream(dir_ / "measured.json") << text;
  };
  const std::string yaml = family(
      "      parallelism.activation_recompute: {value: none, reason: x}\n"
      "rows: {}\nskip: {}\n");
  memory_row(R"("memory": {"rank": "first", "peak_allocated_bytes": 1e9})");
  EXPECT_THAT(error_of(yaml),
              testing::HasSubstr("r1: memory.rank: expected \"last\" or \"max\", got \"first\""));
  memory_row(R"("memory": {"rank": "max"})");
  EXPECT_THAT(error_of(yaml),
              testing::HasSubstr("expected peak_allocated_bytes or allocated_after_step_bytes"));
  memory_row(R"("memory": {"rank": "max", "peak_allocated_bytes": 2e9})");
  ASSERT_EQ(error_of(yaml), "");
  RowMapping m = map_rows(dir_ / "measured.json", dir_ / "mapping.yaml");
  EXPECT_TRUE(m.jobs.empty());
  ASSERT_EQ(m.memory_jobs.size(), 1u);
  EXPECT_DOUBLE_EQ(*m.memory_jobs[0].memory->peak_allocated_bytes, 2e9);
}

TEST_F(MappingErrors, UnmappedRowIsAnError) {
  EXPECT_THAT(error_of("families: {}\nrows: {}\nskip: {}\n"), testing::HasSubstr("row r1 of "));
}

}  // namespace
}  // namespace colossus::validation
