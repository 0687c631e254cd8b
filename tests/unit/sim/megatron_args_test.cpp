// Megatron-LM arguments: a launch script read into its arguments (variables, arrays, quoted
// elements, comments, continuations), the job they describe equal to the equivalent scenario
// file's (the Llama 3 8B FP8 example of the calibration data), the ignored ones listed, and the
// ones that cannot be honoured refused with one located line.
#include "colossus/sim/megatron_args.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "colossus/core/error.h"
#include "colossus/spec/model_loader.h"
#include "colossus/topology/topology.h"

namespace colossus::sim {
namespace {

const PresetCatalog& catalog() {
  static const PresetCatalog c = PresetCatalog::from_environment();
  return c;
}

const std::string kDir = std::string(COLOSSUS_DATA_DIR) + "/tests/scenarios/simulate/megatron/";

// Writes `text` to a temporary file and returns its path.
std::string script(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / ("colossus_megatron_" + name);
  std::ofstream(path) << text;
  return path.string();
}

// The InputError `f` throws ("" if none).
template <class F>
std::string error_of(F f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(MegatronArgs, ReadsAScriptsArguments) {
  const auto args = read_megatron_args(script("read.sh", R"(#!/bin/bash
TP=4
SEQ=${SEQ_LENGTH:-4096}
ARGS=(
    --tensor-model-parallel-size $TP   # a comment
    "--seq-length ${SEQ}"
    --sequence-parallel
)
torchrun --nproc_per_node 8 train.py ${ARGS[@]} \
    --micro-batch-size=2
)"));
  ASSERT_EQ(args.size(), 5u);
  EXPECT_EQ(args[0].name, "--tensor-model-parallel-size");
  EXPECT_EQ(args[0].value, "4");
  EXPECT_EQ(args[0].where.line, 5);
  EXPECT_EQ(args[1].name, "--seq-length");
  EXPECT_EQ(args[1].value, "4096");
  EXPECT_EQ(args[2].value, "");
  EXPECT_EQ(args[3].name, "--nproc_per_node");
  EXPECT_EQ(args[4].name, "--micro-batch-size");
  EXPECT_EQ(args[4].value, "2");
}

TEST(MegatronArgs, LaunchScriptEqualsItsScenarioFile) {
  // The Llama 3 8B FP8 example (Megatron-LM examples/llama/train_llama3_8b_h100_fp8.sh) and the
  // scenario file that states the same job: the same model, layout and stack, so the same step
  // and the same memory. The script's model is built from its arguments (its name aside).
  Scenario from_file = load_scenario(kDir + "llama3_8b_fp8.yaml", catalog());
  Scenario from_script;
  from_script.cluster = from_file.cluster;
  from_script.job.parallelism.source = {"<command line>", 0};
  const MegatronApplied applied = apply_megatron_args(read_megatron_args(kDir + "llama3_8b_fp8.sh"),
                                                      from_script, "llama3_8b_fp8", true);
  EXPECT_EQ(from_script.job.gpus, 8);
  EXPECT_EQ(from_script.job.model.vocab, from_file.job.model.vocab);
  EXPECT_EQ(count_parameters(from_script.job.model).total,
            count_parameters(from_file.job.model).total);
  EXPECT_THAT(applied.ignored, testing::Contains(testing::StartsWith("--lr (")));
  from_script.job.model.name = from_file.job.model.name;
  from_script.job.model.description = from_file.job.model.description;

  const auto topology = make_topology(from_file.cluster);
  const SimulationResult a = simulate(*topology, from_file.job);
  const SimulationResult b = simulate(*topology, from_script.job);
  EXPECT_EQ(a.step_time.value(), b.step_time.value());
  EXPECT_EQ(a.layout, b.layout);
  ASSERT_EQ(a.stages.size(), b.stages.size());
  EXPECT_EQ(a.stages[0].memory.total().value(), b.stages[0].memory.total().value());
  // The row ran on 8 x 80 GB: it fits.
  EXPECT_LT(a.stages[0].memory.total(), gib(80));
}

TEST(MegatronArgs, PrintedArgumentsReadBackToTheSameJob) {
  Scenario s = load_scenario(kDir + "llama3_8b_fp8.yaml", catalog());
  const std::string text = megatron_args_text(s.job.model, s.job.parallelism, s.job.options, 8);
  Scenario back;
  back.job.parallelism.source = {"<command line>", 0};
  apply_megatron_args(read_megatron_args(script("back.sh", text)), back, "back", true);
  EXPECT_EQ(back.job.parallelism.precision, Precision::fp8);
  EXPECT_TRUE(back.job.parallelism.fp8_param_gather);
  EXPECT_FALSE(back.job.parallelism.main_grads_fp32);
  EXPECT_EQ(back.job.parallelism.zero, ZeroStage::optimizer);
  EXPECT_EQ(back.job.parallelism.global_batch, 128);
  EXPECT_EQ(count_parameters(back.job.model).total, count_parameters(s.job.model).total);
  EXPECT_EQ(back.job.options.overlap_grad_reduce, 1.0);
}

TEST(MegatronArgs, Mxfp8RecipeIsMxfp8Scaling) {
  // --fp8-recipe mxfp8 (Transformer Engine's MXFP8BlockScaling) is the mxfp8 scaling, and the
  // printer writes it back as such.
  Scenario s;
  apply_megatron_args(read_megatron_args(script("mx.sh", "--fp8-format e4m3 --fp8-recipe mxfp8\n")),
                      s, "m", false);
  EXPECT_EQ(s.job.parallelism.precision, Precision::fp8);
  EXPECT_EQ(s.job.parallelism.fp8_scaling, Fp8Scaling::mxfp8);
  s.job.model = load_model("llama3-8b");
  s.job.parallelism.global_batch = 8;
  EXPECT_THAT(megatron_args_text(s.job.model, s.job.parallelism, s.job.options, 8),
              testing::HasSubstr("--fp8-recipe mxfp8"));
}

TEST(MegatronArgs, CpCommTypeAllGatherReadsAndPrintsBack) {
  // --cp-comm-type allgather is the stack's all-gather CP; the printer writes it back where CP
  // is on. Ulysses (a2a) and the hierarchical a2a+p2p are refused: not modelled.
  Scenario s;
  apply_megatron_args(
      read_megatron_args(script("cp.sh", "--context-parallel-size 2 --cp-comm-type allgather\n")),
      s, "m", false);
  EXPECT_EQ(s.job.parallelism.cp_comm_type, CpCommType::allgather);
  s.job.model = load_model("llama3-8b");
  s.job.parallelism.global_batch = 8;
  EXPECT_THAT(megatron_args_text(s.job.model, s.job.parallelism, s.job.options, 8),
              testing::HasSubstr("--cp-comm-type allgather"));
  Scenario bad;
  EXPECT_THAT(error_of([&] {
                apply_megatron_args(read_megatron_args(script("a2a.sh", "--cp-comm-type a2a\n")),
                                    bad, "m", false);
              }),
              testing::HasSubstr("the a2a CP communication is not modelled"));
}

TEST(MegatronArgs, RefusesWhatItCannotHonour) {
  Scenario s;
  auto apply = [&](const std::string& text) {
    return error_of(
        [&] { apply_megatron_args(read_megatron_args(script("bad.sh", text)), s, "m", false); });
  };
  EXPECT_THAT(apply("--cpu-offloading\n"),
              testing::HasSubstr("--cpu-offloading: not supported: CPU activation offloading"));
  EXPECT_THAT(apply("--frobnicate 3\n"),
              testing::HasSubstr("--frobnicate: not a Megatron-LM argument Colossus knows"));
  EXPECT_THAT(apply("--fp8-recipe blockwise\n"), testing::HasSubstr("blockwise FP8 recipe"));
  EXPECT_THAT(apply("--tensor-model-parallel-size two\n"),
              testing::HasSubstr("expected an integer >= 1, got 'two'"));
  EXPECT_THAT(error_of([] {
                read_megatron_args(script("twice.sh", "--seq-length 4096\n--seq-length 8192\n"));
              }),
              testing::HasSubstr("given twice with different values"));
}

}  // namespace
}  // namespace colossus::sim
