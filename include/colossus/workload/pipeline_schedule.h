// The pipeline schedule interface and its registry: the order in which one pipeline stage's
// compute stream runs the forward and backward passes of the micro-batches of a step, and how
// many micro-batches of activations a stage then holds at its peak. A schedule knows nothing of
// durations or communication. It lives in the workload layer because both its users see it
// here: the memory model asks it for the micro-batches in flight, and the step simulation's
// pipeline executor (sim/pipeline_executor.h) runs its orders over the event core. A job names
// its schedule (ParallelismSpec::schedule); make_schedule turns the name into the schedule. A
// new schedule is a new file implementing PipelineSchedule plus one line of the registry
// (1F1B, interleaved 1F1B, GPipe).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "colossus/core/error.h"

namespace colossus {

enum class Pass { forward, backward };

// One pass of one micro-batch through one model chunk held by a stage. With interleaving a
// stage holds `virtual_stages` chunks: chunk c of stage s is global model chunk c * stages + s
// (Megatron's layout, Narayanan et al. 2021 Fig. 4).
struct PipelineOp {
  Pass pass = Pass::forward;
  int micro_batch = 0;
  int chunk = 0;  // local chunk index on the stage, 0..virtual_stages-1
  bool operator==(const PipelineOp&) const = default;
};

// The shape of a pipeline: p stages, m micro-batches per step, v model chunks per stage.
struct PipelineShape {
  int stages = 1;
  int micro_batches = 1;
  int virtual_stages = 1;
  // Number of model chunks in the whole pipeline (p * v).
  int global_chunks() const { return stages * virtual_stages; }
  // Global chunk index of a stage's local chunk.
  int global_chunk(int stage, int chunk) const { return chunk * stages + stage; }
};

class PipelineSchedule {
 public:
  virtual ~PipelineSchedule() = default;
  // Short name as used on the command line and in scenario files ("1f1b").
  virtual std::string name() const = 0;
  // Throws InputError if the schedule cannot run this shape (e.g. interleaving needs m % p == 0).
  virtual void check(const PipelineShape& shape) const = 0;
  // The ops the compute stream of `stage` runs, in order: every (pass, micro-batch, chunk) once.
  virtual std::vector<PipelineOp> stage_order(const PipelineShape& shape, int stage) const = 0;

  // The most activation a stage holds at once (for the memory model), read from its order as
  // Megatron-LM runs it: a forward of local chunk c keeps chunk_bytes[c] until the backward of
  // the same micro-batch and chunk frees it (pipeline outputs are deallocated once sent, as
  // Megatron's deallocate_pipeline_outputs does, so only the kept activations count). The peak
  // is taken after each forward, before the backward that follows it in the steady state.
  double peak_activations(const PipelineShape& shape, int stage,
                          const std::vector<double>& chunk_bytes) const;
  // Micro-batches of whole-stage activations a stage holds at its peak: peak_activations with
  // every chunk weighing 1 / v. 1F1B: min(p - s, m); GPipe: m; interleaved: (warm-up forwards
  // + 1) / v, the warm-up being min(2 (p - s - 1) + (v - 1) p, m v) (Megatron-Core's
  // get_pp_rank_microbatches).
  double peak_in_flight(const PipelineShape& shape, int stage) const;
};

// The registry: the schedule of a name ("1f1b", "interleaved" or "gpipe"); unknown names throw
// InputError at `where`, naming `field`, with the valid list.
std::unique_ptr<PipelineSchedule> make_schedule(std::string_view name,
                                                const std::string& field = "schedule",
                                                const SourceLocation& where = {"<job>", 0});

// Names make_schedule accepts.
std::vector<std::string> schedule_names();

}  // namespace colossus
