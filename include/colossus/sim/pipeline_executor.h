// Runs one training step of one pipeline over the event core (core/event_queue.h): each stage
// has a compute stream that runs its schedule's ops in order, one send stream per direction for
// the point-to-point activation transfers to its neighbours, and a data-parallel stream for the
// gradient reduction and parameter all-gather. Durations are inputs (PipelineCosts): each
// transfer's time with the fabric to itself. With a shared fabric (PipelineCosts::fabric) every
// transfer is an activity of its stream's traffic pattern on it, so the sends and reductions of
// all stages (and, by symmetry, of every replica) that run at the same time share the links they
// cross and slow each other; without one each takes its lone time. The executor only knows the
// dependencies:
//  - the forward of global chunk g needs the forward output of chunk g - 1 (a transfer from the
//    stage before, p2p_forward later), the backward of chunk g the gradient from chunk g + 1;
//  - with overlap_grad_reduce (Megatron --overlap-grad-reduce) a chunk's gradients are reduced
//    in `grad_buckets` buckets, bucket k becoming ready (k + 1) / B of the way through the last
//    micro-batch's backward of that chunk; otherwise all reduction starts after the last backward;
//  - with overlap_param_gather (--overlap-param-gather, distributed optimizer) the parameter
//    all-gathers of the step run on the DP stream from t = 0, chunk by chunk, and the first
//    forward of a chunk starts after its first bucket and cannot end before its last bucket plus
//    1 / B of the forward; otherwise they run after the optimizer;
//  - a stage ends after its compute, its gradient reduction and its optimizer step.
//  - an op's in-layer communication that crosses NVLink domains (StageCosts::in_layer: TP, CP
//    or EP collectives that leave the server) runs on the shared fabric after the op's kernels,
//    one activity per kind in turn, so it slows down where it meets the DP and PP streams (and
//    slows them); the op ends when the last of them does.
// Approximations: a DP collective running beside compute takes comm_compute_share of the GPU
// while the DP stream's queued work (at lone speed) lasts; a transfer's latency stretches with
// its bandwidth time under contention; an op's in-layer collectives, interleaved with its
// kernels layer by layer on a real GPU, run as one block per kind after them; only their
// exposed part loads the fabric (a collective hidden behind compute is not in the fabric).
#pragma once

#include <span>
#include <vector>

#include "colossus/core/enum_names.h"
#include "colossus/core/units.h"
#include "colossus/workload/pipeline_schedule.h"

namespace colossus {
class SharedFabric;
}

namespace colossus::sim {

// The streams of a stage, for spans: its compute stream, its communication streams, and the
// in-layer collectives of its ops that run on the shared fabric.
enum class Stream { compute, pp_forward, pp_backward, dp, tp, cp, ep };
inline constexpr EnumName<Stream> kStreamNames[] = {{Stream::compute, "compute"},
                                                    {Stream::pp_forward, "pp_forward"},
                                                    {Stream::pp_backward, "pp_backward"},
                                                    {Stream::dp, "dp"},
                                                    {Stream::tp, "tp"},
                                                    {Stream::cp, "cp"},
                                                    {Stream::ep, "ep"}};
constexpr std::span<const EnumName<Stream>> enum_table(Stream) {
  return kStreamNames;
}

// One kind of in-layer communication of a stage's ops that crosses NVLink domains: the part of
// each chunk's forward and backward duration (StageCosts) it takes alone, run as an activity of
// `pattern` on the shared fabric.
struct InLayerComm {
  Stream stream = Stream::tp;
  int pattern = -1;
  std::vector<Seconds> forward;   // per local chunk
  std::vector<Seconds> backward;  // per local chunk
  // Its seconds alone in one op.
  Seconds alone(const PipelineOp& op) const {
    return (op.pass == Pass::forward ? forward : backward)[static_cast<std::size_t>(op.chunk)];
  }
};

// Durations for one stage; vectors are indexed by local chunk (size virtual_stages).
struct StageCosts {
  std::vector<Seconds> forward;       // one micro-batch through the chunk, in-line comm included
  std::vector<Seconds> backward;      // same for the backward pass (with any recompute)
  std::vector<Seconds> grad_reduce;   // DP reduction of the chunk's gradients, all buckets
  std::vector<Seconds> param_gather;  // DP all-gather of the chunk's parameters (0: none)
  Seconds optimizer{};                // the optimizer step of the stage's shard
  // Traffic patterns on PipelineCosts::fabric of the stage's forward sends, backward sends and
  // data-parallel stream; -1: none (a transfer then takes its lone time).
  int forward_pattern = -1;
  int backward_pattern = -1;
  int dp_pattern = -1;
  // In-layer communication on the shared fabric (only with PipelineCosts::fabric).
  std::vector<InLayerComm> in_layer;
};

struct PipelineCosts {
  std::vector<StageCosts> stages;  // size p
  Seconds p2p_forward{};           // one micro-batch's activations to the next stage
  Seconds p2p_backward{};          // one micro-batch's activation gradients to the previous one
  int grad_buckets = 1;            // DP buckets per chunk (>= 1)
  bool overlap_grad_reduce = true;
  bool overlap_param_gather = true;
  double comm_compute_share = 0;  // of the GPU, taken by DP collectives running beside compute
  // The fabric all transfers share; nullptr: each takes its lone time (isolated phases). It is
  // reset before the run.
  SharedFabric* fabric = nullptr;
};

// Where one compute op ran.
struct OpSpan {
  int stage = 0;
  PipelineOp op;
  Seconds start{};
  Seconds end{};
  // What it waited for: its input arrived at `arrived`, produced at `produced` on another stage
  // (arrived - produced is the transfer, its queue included; both 0 for the first stage's
  // forwards, equal for an input made on the same stage); a first forward of a chunk also waits
  // for the chunk's first parameter bucket, gathered at `params_ready` (0: none).
  Seconds produced{};
  Seconds arrived{};
  Seconds params_ready{};
  Seconds base{};  // its duration as costed, before the DP stream's slowdown or a parameter wait
  // How much longer than alone its in-layer collectives on the shared fabric took.
  Seconds in_layer_stretch{};
};

// What a transfer moves: a micro-batch's activations (or their gradients) to a neighbouring
// stage, a gradient bucket's reduction, a parameter bucket's all-gather, or an op's in-layer
// TP/CP/EP collective.
enum class TransferWork { activations, gradients, parameters, in_layer };

// One transfer on a communication stream: when it ran and how much longer than alone it took.
struct TransferSpan {
  int stage = 0;
  Stream stream = Stream::dp;
  TransferWork work = TransferWork::gradients;
  Seconds start{};
  Seconds end{};
  Seconds alone{};  // its time with the fabric to itself
};

struct StageTimeline {
  Seconds compute_busy{};     // sum of the compute ops' durations
  Seconds comm_slowdown{};    // of which: compute slowed by DP collectives running beside it
  Seconds compute_start{};    // when its first compute op started
  Seconds compute_end{};      // when its last compute op ended
  Seconds grad_reduce_end{};  // when its last gradient bucket was reduced
  Seconds end{};              // after the optimizer (and a non-overlapped parameter gather)
};

struct PipelineTimeline {
  Seconds step_time{};  // the latest stage end
  std::vector<StageTimeline> stages;
  std::vector<OpSpan> spans;            // every compute op, in the order they ended
  std::vector<TransferSpan> transfers;  // every transfer, in the order they ended
};

// Runs the schedule; throws InputError if the schedule rejects the shape, and
// std::invalid_argument if the costs do not match the shape (a bug in the caller).
PipelineTimeline run_pipeline(const PipelineSchedule& schedule, const PipelineShape& shape,
                              const PipelineCosts& costs);

}  // namespace colossus::sim
