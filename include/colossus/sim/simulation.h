// One training step of a job on a cluster, simulated at the cluster's full size. The workload
// layer turns the model and layout into one program per pipeline stage (all data-parallel
// replicas and the ranks of a TP/CP/EP group run the same program); this layer times every
// collective with the collective layer, every group of a kind at once so that fabric contention
// is real, folds the in-layer communication into the stages' forward and backward passes, and
// runs one representative pipeline (its p stages) over the event core with the pipeline
// schedule, the point-to-point transfers and the data-parallel gradient stream. Cost grows with
// the number of stages and distinct messages, not with the GPU count.
//
// Knobs (SimOptions) are few and named: tp_comm_overlap, overlap_grad_reduce,
// overlap_param_gather, overlap_p2p, grad_bucket_params, memory_check. docs/scenario.md explains
// each; the software stack (attention kernel, optimizer, recompute) is the ParallelismSpec's.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "colossus/core/enum_names.h"
#include "colossus/core/units.h"
#include "colossus/hardware/calibration_profile.h"
#include "colossus/hardware/compute_model.h"
#include "colossus/network/shared_fabric.h"
#include "colossus/sim/comm_model.h"
#include "colossus/sim/pipeline_executor.h"
#include "colossus/topology/topology.h"
#include "colossus/workload/memory_model.h"
#include "colossus/workload/model.h"
#include "colossus/workload/parallelism.h"

namespace colossus::sim {

// The expert all-to-all of Megatron's NCCL token dispatcher (`--moe-token-dispatcher-type
// alltoall`: torch all_to_all_single over the EP group, uneven splits known on the host) runs
// at this fraction of the speed the fabric model gives an all-to-all of its size. FITTED on one
// row (nemo-25.11 Qwen3-235B-A22B, 256 H100, EP 32 over 4 servers; docs/validation.md, "Qwen3")
// and checked on two published runs of the same layout that are not in measured.json: 25.09
// without the EP overlap (178 TFLOP/s) and 26.02-26.04.01 at global batch 8192 (238-253). One
// factor brings all three within 5%; a slower compute cannot (it would not slow the overlapped
// run, which is bound by its all-to-alls). Isolated nccl-tests all-to-alls reach 46-49 GB/s per
// 400G NIC (NVIDIA/nccl-tests issues 267 and 290), which the fabric model reproduces: the gap
// is of the dispatcher inside a training step, not of the network, and not yet explained.
inline constexpr double kAlltoallDispatcherEfficiency = 0.74;

// The EP all-to-all's fraction of the fabric model's speed by dispatcher: the factor above for
// NCCL's alltoall dispatcher (fitted over RoCE/InfiniBand, EP across servers); 1.0 for HybridEP
// (DeepEP's hybrid-ep kernels, TMA copies over NVLink inside an NVLink domain, RDMA across):
// NOT measured, no in-training figure is published (docs/validation.md), so the fabric model's
// all-to-all is taken as it is.
inline double ep_dispatcher_efficiency(EpDispatcher dispatcher) {
  return dispatcher == EpDispatcher::hybridep ? 1.0 : kAlltoallDispatcherEfficiency;
}

// How the step overlaps communication with compute. Each overlap is a fraction in [0, 1]:
// 1 = on (Megatron's flag given), 0 = off, between: that share of the communication overlaps
// and the rest runs exposed (scenario `overlap:` keys take on/off or a fraction).
struct SimOptions {
  // Fraction of the TP/SP collectives' time hidden behind the neighbouring GEMMs (Megatron
  // --tp-comm-overlap with Transformer Engine userbuffers); 0 = off (Megatron's default): the
  // compute stream waits for every TP collective.
  double tp_comm_overlap = 0.0;
  // Fraction of each expert-parallel all-to-all (dispatch and combine) hidden behind the compute
  // of another micro-batch: Megatron --overlap-moe-expert-parallel-comm runs one micro-batch's
  // forward beside another's backward in the 1F1B steady state, each one's all-to-alls under
  // the other's compute (DeepSeek-V3's DualPipe does the same). The hidden part takes the
  // collective's SM share from compute, and at most the pass's own compute time hides (the
  // paired pass's compute, approximated by this pass's: forward and backward sum the same).
  // 0 = off (Megatron's default): the compute stream waits for every all-to-all.
  double ep_comm_overlap = 0.0;
  // Megatron --overlap-grad-reduce: a chunk's gradient buckets are reduced while the last
  // micro-batch's backward still runs. Off: all reduction after the last backward; a fraction
  // f: f of the reduction overlaps, the rest runs after the last backward.
  double overlap_grad_reduce = 1.0;
  // Megatron --overlap-param-gather (distributed optimizer): the weight all-gather of the step
  // runs under the first forwards instead of after the optimizer (a fraction: that share does).
  double overlap_param_gather = 1.0;
  // Megatron --overlap-p2p-communication: pipeline sends and receives run beside compute. Off
  // (a fraction f < 1): the sending stage also waits (1 - f) of each transfer (approximation:
  // the blocking part is charged to the sender's pass, the transfer itself is unchanged).
  double overlap_p2p = 1.0;
  // Parameters per gradient bucket; 0: Megatron's rule max(40M, 1M x dp).
  std::int64_t grad_bucket_params = 0;
  // The pipeline sends and data-parallel streams of all stages and replicas share the fabric
  // (network/shared_fabric.h); false: each transfer is timed alone (--isolated-phases, the
  // comparison the first releases made).
  bool shared_fabric = true;
  // A stage that does not fit in HBM: an InputError (error), a warning of the result (warn), or
  // nothing (off).
  MemoryCheck memory_check = MemoryCheck::error;
  MemoryOptions memory;
};

// A GPU that runs slower than its peers (thermal throttling, a bad HBM stack, a sick host):
// its compute runs at `speed` of the GPU's normal rate (0 < speed <= 1).
struct Straggler {
  std::int64_t gpu = 0;  // index among the job's GPUs
  double speed = 1.0;
};

// A training job: what runs where.
// How a job over pools of different GPUs shares out its global batch (docs/topologies.md,
// "Mixed pools"): `none`, every data-parallel replica runs the same micro-batches (Megatron's
// rule); `micro_batches`, the replicas of a faster pool run more of them and those of a slower
// pool fewer, the global batch unchanged, so the pools finish together (frameworks for
// heterogeneous clusters do this, weighting each replica's gradient by its samples).
enum class PoolBalance { none, micro_batches };
inline constexpr EnumName<PoolBalance> kPoolBalanceNames[] = {
    {PoolBalance::none, "none"}, {PoolBalance::micro_batches, "micro_batches"}};
constexpr std::span<const EnumName<PoolBalance>> enum_table(PoolBalance) {
  return kPoolBalanceNames;
}

struct Job {
  ModelSpec model;
  ParallelismSpec parallelism;
  int gpus = 0;                   // the first `gpus` GPUs of the cluster; 0: all of them
  std::int64_t train_tokens = 0;  // tokens to train, for the time-to-train figure (0: none)
  SimOptions options;
  // Compute-model constants; nullopt: default_calibration(gpu) of the cluster's first GPU.
  std::optional<ComputeCalibration> calibration;
  // A measured profile (--calibration): replaces the fitted figures of the pools whose GPU it
  // measured (hardware/calibration_profile.h); null: none.
  std::shared_ptr<const CalibrationProfile> profile;
  // The server pool the job runs in (index into the cluster's pools); -1: the first `gpus` GPUs
  // of the cluster, pool after pool. Approximation: the job's flows are placed on the first
  // GPU ids whichever pool it runs in (pools share the fabric; their servers must have the same
  // NIC); its compute is timed on the pool's GPU.
  int pool = -1;
  // Slow GPUs; the step waits for the slowest rank (docs/topologies.md, "Stragglers").
  std::vector<Straggler> stragglers;
  // How the global batch is shared out between pools of different GPUs.
  PoolBalance pool_balance = PoolBalance::none;
};

// One pool of a job that spans pools of different GPUs: the step it would take alone (all
// ranks on its GPU) and how long its ranks wait each step for the bounding pool.
struct PoolTiming {
  std::string gpu;
  std::int64_t gpus = 0;  // of the job's GPUs in this pool
  Seconds own_step{};
  Seconds wait{};  // bounding step - own step
  bool bounding = false;
  // With micro-batch balancing (PoolBalance::micro_batches; 0 otherwise): the data-parallel
  // replicas timed on this pool's GPU (a replica spanning pools counts with its slowest), the
  // micro-batches each runs per step (`fewer` of them run one micro-batch, or one round of pp
  // for an interleaved schedule, less), and the pool's own step and wait with an even split.
  int replicas = 0;
  int micro_batches = 0;
  int fewer = 0;
  Seconds even_step{};
  Seconds even_wait{};
};

// What balancing the micro-batches between pools gained: the step with every replica running
// the same micro-batches, and with the balanced split.
struct PoolBalanceEffect {
  Seconds even_step{};
  Seconds step{};
  int even_micro_batches = 0;  // per replica with the even split
  int round = 1;               // micro-batches moved at a time (pp for an interleaved schedule)
  // False when the split the per-micro-batch times pointed to was no faster once simulated
  // (the even split is then kept).
  bool balanced = true;
};

// What stragglers cost: the step without them and with them.
struct StragglerEffect {
  Seconds baseline{};         // every GPU at full speed
  Seconds step{};             // with the stragglers
  double slowdown = 1.0;      // step / baseline
  int slow_pipelines = 0;     // distinct pipelines holding a straggler
  int distinct_programs = 0;  // rank programs simulated: stages of the normal and slow pipelines
};

// What the cluster's degraded or down links (fabric.link_faults) cost: the step on the healthy
// fabric and on this one (routes avoid down links; degraded ones carry less).
struct LinkFaultEffect {
  Seconds baseline{};     // every link at line rate
  Seconds step{};         // with the faults
  double slowdown = 1.0;  // step / baseline
  int degraded = 0;       // links below line rate
  int down = 0;           // links down
};

// Where the step time goes, measured on the stage that bounds the step (the busiest: the most
// compute-stream time plus its optimizer); the parts add up to the step time: compute + exposed
// comm of each kind + bubble + imbalance + optimizer. Its idle time is split into the schedule's
// own bubble (what a pipeline of stages all like this one would idle: (p - 1) / v of one
// micro-batch's forward and backward through the stage) and imbalance (the rest: waiting on
// other, unevenly loaded stages, before its first op, between ops and after it ends).
struct StepBreakdown {
  int stage = 0;        // the bounding stage
  Seconds compute{};    // kernels, recompute included
  Seconds tp{};         // exposed TP/SP collectives
  Seconds cp{};         // exposed context-parallel ring steps
  Seconds ep{};         // exposed expert all-to-all
  Seconds pp{};         // waits on point-to-point transfers beyond the bubble
  Seconds dp{};         // exposed gradient reduction and parameter all-gather
  Seconds bubble{};     // the schedule's own fill and drain
  Seconds imbalance{};  // idle beyond it: other stages' uneven load
  Seconds optimizer{};  // the optimizer step
  Seconds total() const {
    return compute + tp + cp + ep + pp + dp + bubble + imbalance + optimizer;
  }
};

// The parts of the breakdown, for the spans that make it up.
enum class StepPart { compute, tp, cp, ep, pp, dp, bubble, imbalance, optimizer };

// A stretch of the bounding stage's step charged to one part of the breakdown: the stretches
// tile the step from 0 to the stage's end, and each part's stretches sum to its figure.
struct PartSpan {
  StepPart part = StepPart::compute;
  Seconds start{};
  Seconds end{};
};

// One distinct collective of the step.
struct CollectiveUse {
  std::string name;  // e.g. "dp_cp reduce_scatter"
  CollectiveOp op = CollectiveOp::all_reduce;
  GroupKind group = GroupKind::tp;
  int group_size = 0;
  int groups = 0;  // groups of that kind running it at once
  Bytes bytes{};   // per rank, nccl-tests' convention
  Seconds time{};  // one call
  std::string algorithm;
  int calls_per_step = 0;  // by one pipeline per step (one rank of each stage, summed)
};

// One pipeline stage.
struct StageResult {
  int stage = 0;
  std::vector<std::pair<int, int>> layers;  // [first, last) model layers of each chunk
  Seconds forward{};  // one micro-batch through all chunks, in-line comm included
  Seconds backward{};
  Seconds compute_end{};
  Seconds end{};
  StageMemory memory;
};

struct SimulationResult {
  std::string cluster;
  std::string model;
  std::string model_summary;  // parameters and architecture, workload/model.h's model_summary
  std::string gpu;            // GPU preset of the job's GPUs
  int gpus = 0;
  std::string layout;  // e.g. "TP8 PP8 (interleaved, vpp 2) DP1536 EP8, mb 1, gbs 12288"
  std::string schedule;
  ParallelismSpec parallelism;  // the resolved layout (dp and seq_len derived)
  int micro_batches = 0;
  std::int64_t tokens_per_step = 0;

  Seconds step_time{};
  double tokens_per_second = 0;
  FlopRate model_flops_per_gpu{};     // model FLOPs / step / GPU ("TFLOP/s per GPU")
  FlopRate hardware_flops_per_gpu{};  // with recompute
  double mfu = 0;  // model FLOPs over the dense BF16 peak of the job's GPUs (PaLM's definition)
  double hfu = 0;  // hardware FLOPs over the same peak
  Seconds time_to_train{};  // Job::train_tokens at this rate (0 when not asked)
  double bubble_fraction = 0;

  StepBreakdown breakdown;
  // The breakdown as stretches of its (bounding) stage's step, from 0 to the step's end.
  std::vector<PartSpan> critical_path;
  std::vector<StageResult> stages;
  std::vector<CollectiveUse> collectives;
  std::vector<std::string> warnings;  // non-fatal concerns (TP wider than a server ...)

  // The step's timeline: every compute op and every transfer of the representative pipeline.
  PipelineTimeline timeline;
  // For the report: the cluster's GPU count, the HBM of the job's GPU, the tokens to train.
  std::int64_t cluster_gpus = 0;
  Bytes gpu_hbm{};
  std::int64_t train_tokens = 0;
  // Whether the step's transfers shared the fabric, and how busy its tiers were while they did.
  bool shared_fabric = false;
  std::vector<TierLoad> fabric_load;
  // A job over pools of different GPUs: each pool's own step (empty for one GPU model).
  std::vector<PoolTiming> pools;
  // Set when the job asked for micro-batch balancing between pools of different GPUs.
  std::optional<PoolBalanceEffect> pool_balance;
  // Set when the job has stragglers.
  std::optional<StragglerEffect> straggler;
  // Set when the cluster has degraded or down links (simulate(topology, job) only).
  std::optional<LinkFaultEffect> link_faults;
};

// Simulates one step on the cluster's fabric (collective layer); the pipeline and data-parallel
// transfers share it unless SimOptions::shared_fabric is off. A cluster with link faults is also
// simulated healthy, for SimulationResult::link_faults. Bad jobs throw InputError.
SimulationResult simulate(const Topology& topology, const Job& job);
// The same with the caller's communication model (tests, what-if studies) and, when given, the
// shared fabric the transfers run on (nullptr: each alone).
SimulationResult simulate(const Topology& topology, const Job& job, CommModel& comm,
                          SharedFabric* fabric = nullptr);

}  // namespace colossus::sim
