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
#include "colossus/workload/memory_model.h"

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
  Bytes peak_memory{};  // the memory model's worst stage per GPU (simulation only)
  Bytes gpu_hbm{};      // of the row's GPU
  std::vector<StageMemory> stage_memory;  // the memory model per pipeline stage (simulation only)
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

// One measured memory figure of a training-memory row against the memory model. The caching
// allocator's allocated bytes are live tensors: the model's weights, gradients, optimizer states
// and (at the peak) activations of the stage the row was read on, without the model's
// fragmentation and fixed CUDA/NCCL allowance, which allocated bytes do not include.
struct MemoryComparison {
  const RowJob* job = nullptr;
  std::string failure;   // the InputError the prediction threw; the other fields are then unset
  std::string quantity;  // "peak allocated" or "allocated after the step"
  int stage = 0;         // the pipeline stage compared
  double measured_bytes = 0;
  double predicted_bytes = 0;
  double error = 0;  // (predicted - measured) / measured
};

// The memory figures of one memory row (peak, after-step) against the prediction's stages:
// the last stage for a row read on the last rank, the fullest stage for one read as the maximum.
std::vector<MemoryComparison> compare_memory(const RowJob& job, const StepPrediction& prediction);

// Median and maximum |error| of memory comparisons that did not fail.
ErrorStats memory_error_stats(const std::vector<MemoryComparison>& rows);

// Predicts a job's step; may throw InputError (e.g. the layout does not fit in memory).
using StepPredictor = std::function<StepPrediction(const RowJob&)>;

// The step simulation's job for a row: model, layout and software stack (its attention kernel
// included, applied by the simulation to the GPU's calibration), the first `gpus` GPUs, overlap
// options.
sim::Job to_simulation_job(const RowJob& row);

// The step simulation on each row's cluster preset (each topology built once and kept). The
// predictor and its copies may be called from several threads at once. With a measured
// profile (--calibration), the rows on its GPU take its figures (hardware/calibration_profile.h).
StepPredictor simulation_predictor(std::shared_ptr<const CalibrationProfile> profile = nullptr);

// Runs the predictor over every job of the mapping, in order; an InputError of one row becomes
// that row's `failure`.
std::vector<RowComparison> compare_rows(const RowMapping& mapping, const StepPredictor& predict);

// The same over the mapping's cross-check rows (published runs not in the statistics).
std::vector<RowComparison> compare_cross_checks(const RowMapping& mapping,
                                                const StepPredictor& predict);

// The same over any jobs (which must outlive the comparisons: each points to its job).
std::vector<RowComparison> compare_jobs(const std::vector<RowJob>& jobs,
                                        const StepPredictor& predict);

// Runs the predictor over every memory row, in order; an InputError of one row becomes that
// row's `failure` (one comparison).
std::vector<MemoryComparison> compare_memory_rows(const RowMapping& mapping,
                                                  const StepPredictor& predict);

}  // namespace colossus::validation
