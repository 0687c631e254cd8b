// Validation of the training-step model against published measurements (the rows that
// row_mapping.h expresses as jobs). The predicted step time is turned into TFLOP/s per GPU with
// the row's own FLOP formula (model or hardware FLOPs, as the source counts them), so that
// measured and predicted figures are compared like with like; the error statistics (median and
// maximum |error|) are what the accuracy targets are stated on. This layer sits above sim/: it
// runs the step simulation, and nothing below it knows of measurements.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/sim/simulation.h"
#include "colossus/validation/row_mapping.h"

namespace colossus::validation {

// The FLOPs of one optimizer step as the row's source counts them (its FLOP formula applied to
// the job's model and batch).
Flops reported_step_flops(const RowJob& job);

// What a predictor says about one job's step.
struct StepPrediction {
  Seconds step{};
  sim::StepBreakdown breakdown;       // where the step goes (empty for closed-form predictors)
  std::vector<std::string> warnings;  // non-fatal concerns of the simulation
  std::vector<sim::CollectiveUse> collectives;  // the step's distinct collectives (simulation only)
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
sim::Job to_simulation_job(const RowJob& row, const GpuSpec& gpu);

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

// The step simulation on each row's cluster preset (each topology built once and kept). The
// predictor and its copies may be called from several threads at once.
StepPredictor simulation_predictor();

// Runs the predictor over every job of the mapping, in order; an InputError of one row becomes
// that row's `failure`.
std::vector<RowComparison> compare_rows(const RowMapping& mapping, const StepPredictor& predict);

}  // namespace colossus::validation
