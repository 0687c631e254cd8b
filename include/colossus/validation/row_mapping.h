// The published training runs of data/calibration/measured.json expressed as jobs. Each
// training-throughput row, and each training-memory row (a run whose per-GPU memory was
// measured), becomes a job (cluster preset, model, layout, batch, precision,
// recompute) with the help of data/calibration/row_mapping.yaml, which fills what the row leaves
// null with what the source's framework would have used, each choice with its reason; a row
// that cannot be expressed is skipped with its reason. Reading and checking the two files is
// this header's whole concern: validation.h predicts and compares the jobs.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "colossus/core/enum_names.h"
#include "colossus/workload/model.h"
#include "colossus/workload/parallelism.h"

namespace colossus::validation {

// How a source counts the FLOPs behind the TFLOP/s it reports (row_mapping.yaml explains each).
enum class FlopFormula {
  megatron,            // Megatron-LM model FLOPs, attention counted in full
  megatron_causal,     // the same with causal attention halved (Megatron-Bridge / NeMo)
  megatron_recompute,  // Narayanan et al. 2021: includes the recompute forward pass
  llm_foundry,         // 6 N + 12 l h s per token (MosaicML llm-foundry)
};

// "megatron", "megatron_causal" ... (row_mapping.yaml's job.flop_formula).
inline constexpr EnumName<FlopFormula> kFlopFormulaNames[] = {
    {FlopFormula::megatron, "megatron"},
    {FlopFormula::megatron_causal, "megatron_causal"},
    {FlopFormula::megatron_recompute, "megatron_recompute"},
    {FlopFormula::llm_foundry, "llm_foundry"}};
constexpr std::span<const EnumName<FlopFormula>> enum_table(FlopFormula) {
  return kFlopFormulaNames;
}
using colossus::to_string;

// Which GPU of a run a memory figure was read on.
enum class MemoryRank {
  last,  // the last rank: the last pipeline stage (Megatron logs its memory there)
  max,   // the fullest GPU of the run (the maximum over ranks)
};
inline constexpr EnumName<MemoryRank> kMemoryRankNames[] = {{MemoryRank::last, "last"},
                                                            {MemoryRank::max, "max"}};
constexpr std::span<const EnumName<MemoryRank>> enum_table(MemoryRank) {
  return kMemoryRankNames;
}

// What a training-memory row measured: the caching allocator's allocated bytes (live tensors:
// no fragmentation, no CUDA context, no NCCL buffers) on one GPU, at the step's peak and after
// the step (what stays: weights, gradients, optimizer states).
struct MeasuredMemory {
  MemoryRank rank = MemoryRank::last;
  std::optional<double> peak_allocated_bytes;
  std::optional<double> after_step_allocated_bytes;
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
  bool tp_comm_overlap = false;                   // Megatron --tp-comm-overlap (userbuffers)
  bool overlap_grad_reduce = false;               // gradient reduction under the backward pass
  bool overlap_param_gather = false;              // parameter all-gather under the forward pass
  bool ep_comm_overlap = false;                   // Megatron --overlap-moe-expert-parallel-comm
  double measured_tflops_per_gpu = 0;             // as the row reports it (TFLOP/s); 0: memory row
  std::optional<MeasuredMemory> memory;           // training-memory rows only
  std::optional<double> measured_tokens_per_sec;  // whole job, where the row gives it
  std::vector<FilledField> filled;                // what the mapping filled, in order
  std::string cross_check;  // non-empty: an out-of-sample cross-check, why it is not compared

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

// Every training-throughput and training-memory row, either expressed or skipped.
struct RowMapping {
  std::vector<RowJob> jobs;         // throughput rows
  std::vector<RowJob> memory_jobs;  // memory rows
  // Throughput rows of a family marked `cross_check`: simulated and printed, never in the
  // statistics or the accuracy targets (published runs kept as out-of-sample checks).
  std::vector<RowJob> cross_checks;
  std::vector<SkippedRow> skipped;
};

// Reads measured.json and the mapping file and expresses every training-throughput and
// training-memory row. Throws
// InputError naming the file and field for anything the mapping cannot resolve: a row neither
// mapped nor skipped, a field left null with no default, a row-level default for a field the row
// already gives, a value that does not parse.
RowMapping map_rows(const std::filesystem::path& measured_json,
                    const std::filesystem::path& mapping_yaml);

}  // namespace colossus::validation
