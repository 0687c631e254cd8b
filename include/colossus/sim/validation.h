// Validation of the training-step model against published measurements. Each
// training-throughput row of data/calibration/measured.json becomes a job (cluster preset, model,
// layout, batch, precision, recompute) with the help of data/calibration/row_mapping.yaml, which
// fills what the row leaves null with what the source's framework would have used, each choice
// with its reason. The predicted step time is then turned into TFLOP/s per GPU with the row's own
// FLOP formula (model or hardware FLOPs, as the source counts them), so that measured and
// predicted figures are compared like with like; the error statistics (median and maximum
// |error|) are what the accuracy targets are stated on.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/sim/simulation.h"
#include "colossus/workload/model.h"
#include "colossus/workload/parallelism.h"

namespace colossus::sim {

// How a source counts the FLOPs behind the TFLOP/s it reports (row_mapping.yaml explains each).
enum class FlopFormula {
  megatron,            // Megatron-LM model FLOPs, attention counted in full
  megatron_causal,     // the same with causal attention halved (Megatron-Bridge / NeMo)
  megatron_recompute,  // Narayanan et al. 2021: includes the recompute forward pass
  llm_foundry,         // 6 N + 12 l h s per token (MosaicML llm-foundry)
};

// "megatron", "megatron_causal" ...
std::string to_string(FlopFormula formula);

// The attention kernel generation a source's software stack ran (row_mapping.yaml job.attention).
enum class AttentionKernel {
  flash,     // FlashAttention-2 / cuDNN class: the compute model's own efficiencies
  flash_v1,  // first-generation FlashAttention (FA1 CUDA or its Triton port), 2022-23 stacks
  unfused,   // QK^T and AV GEMMs around a materialised score matrix (pre-2022)
};

// A null of the row that the mapping filled, with the value used and why.
struct FilledField {
  std::string field;   // measured.json path, e.g. "batch.micro_batch", or "job.cluster"
  std::string value;   // as written in the mapping, e.g. "4h", "1", "eos-11616"
  std::string reason;  // the mapping's reason
};

// One measured row expressed as a job.
struct RowJob {
  std::string id;      // measured.json id
  std::string family;  // row_mapping.yaml family (one source)
  std::string model_name;
  std::string cluster;  // cluster preset; the job runs on its first `gpus` GPUs
  int gpus = 0;
  ModelSpec model;
  ParallelismSpec parallelism;
  FlopFormula formula = FlopFormula::megatron;
  bool tp_comm_overlap = false;       // Megatron --tp-comm-overlap (userbuffers)
  bool overlap_grad_reduce = false;   // gradient reduction under the backward pass
  bool overlap_param_gather = false;  // parameter all-gather under the forward pass
  AttentionKernel attention = AttentionKernel::flash;
  double measured_tflops_per_gpu = 0;             // as the row reports it (TFLOP/s)
  std::optional<double> measured_tokens_per_sec;  // whole job, where the row gives it
  std::vector<FilledField> filled;                // what the mapping filled, in order

  // "TP8 PP4 VPP2 DP32 CP1 EP1 mb2", for tables.
  std::string layout() const;
  // Tokens per optimizer step (global batch x sequence length).
  std::int64_t tokens_per_step() const;
};

// A row that cannot be expressed, with the reason.
struct SkippedRow {
  std::string id;
  std::string reason;
};

// Every training-throughput row, either expressed or skipped.
struct RowMapping {
  std::vector<RowJob> jobs;
  std::vector<SkippedRow> skipped;
};

// Reads measured.json and the mapping file and expresses every training-throughput row. Throws
// InputError naming the file and field for anything the mapping cannot resolve: a row neither
// mapped nor skipped, a field left null with no default, a row-level default for a field the row
// already gives, a value that does not parse.
RowMapping map_rows(const std::filesystem::path& measured_json,
                    const std::filesystem::path& mapping_yaml);

// The FLOPs of one optimizer step as the row's source counts them (its FLOP formula applied to
// the job's model and batch).
Flops reported_step_flops(const RowJob& job);

// What a predictor says about one job's step.
struct StepPrediction {
  Seconds step{};
  StepBreakdown breakdown;                 // where the step goes (empty for closed-form predictors)
  std::vector<std::string> warnings;       // non-fatal concerns of the simulation
  std::vector<CollectiveUse> collectives;  // the step's distinct collectives (simulation only)
};

// Measured against predicted for one row. Errors are (predicted - measured) / measured.
struct RowComparison {
  const RowJob* job = nullptr;
  std::string failure;  // the InputError the prediction threw; the other fields are then unset
  StepPrediction prediction;
  double predicted_tflops_per_gpu = 0;
  double error = 0;  // on TFLOP/s per GPU
  std::optional<double> predicted_tokens_per_sec;
  std::optional<double> tokens_error;
};

// Compares a predicted step with the row's measurement.
RowComparison compare(const RowJob& job, const StepPrediction& prediction);

// Median and maximum |error| over a set of rows.
struct ErrorStats {
  int rows = 0;
  double median_abs = 0;
  double max_abs = 0;
  std::string max_id;  // the row with the largest |error|
};

// Statistics of the TFLOP/s errors of the comparisons that did not fail (median of an even
// count: the mean of the two middle values).
ErrorStats error_stats(const std::vector<RowComparison>& rows);

// Predicts a job's step; may throw InputError (e.g. the layout does not fit in memory).
using StepPredictor = std::function<StepPrediction(const RowJob&)>;

// The step simulation's job for a row (model, layout, the first `gpus` GPUs, overlap options)
// on a GPU: for an older attention kernel, the GPU's calibration with the attention
// efficiencies of unfused_attention_efficiency or flash_v1_attention_speed.
Job to_simulation_job(const RowJob& row, const GpuSpec& gpu);

// Speed of first-generation FlashAttention relative to the FlashAttention-2 class kernels the
// compute model's attention efficiencies describe: Dao 2023 (FlashAttention-2, sections 1 and 4)
// reports FlashAttention-2 about 2x faster than FlashAttention and 1.3-2.5x faster than the
// Triton implementation, forward and backward alike. Published ratio, not fitted to a row.
inline constexpr double flash_v1_attention_speed = 0.5;

// Efficiency of unfused (pre-FlashAttention) attention, as a fraction of the peak, relative to
// the FLOPs the compute model charges an attention kernel (flash attention's: causal blocks
// skipped, backward 2.5x forward). Unfused attention runs QK^T and AV as GEMMs over the whole
// s x s score matrix at the GEMM efficiency and moves the scores through HBM: per score element
// the forward writes them (2 bytes), the fused scale-mask-softmax reads and writes them (4),
// dropout reads, writes and keeps a mask (5), AV reads them (2): 13 bytes; the backward does
// twice the GEMM work and twice the traffic.
double unfused_attention_efficiency(const GpuSpec& gpu, const ComputeCalibration& calibration,
                                    int head_dim, bool backward);

// The step simulation on each row's cluster preset (each topology built once and kept).
StepPredictor simulation_predictor();

// Runs the predictor over every job of the mapping, in order; an InputError of one row becomes
// that row's `failure`.
std::vector<RowComparison> compare_rows(const RowMapping& mapping, const StepPredictor& predict);

}  // namespace colossus::sim
