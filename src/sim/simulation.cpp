// The step simulation: from a job to its per-stage programs (workload layer), the programs'
// communication timed by a CommModel, the in-layer communication folded into each chunk's
// forward and backward durations, and one representative pipeline run over the event core.
// The pipeline runs three times: as is, with free point-to-point transfers, and also without the
// parameter all-gathers; the differences of the critical stage's idle time split the step into
// pipeline bubble, exposed PP and exposed DP time.
#include "colossus/sim/simulation.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "colossus/core/error.h"
#include "colossus/hardware/attention_kernel.h"
#include "colossus/network/network.h"
#include "colossus/sim/pattern_reuse.h"
#include "colossus/sim/pipeline_executor.h"
#include "colossus/sim/step_breakdown.h"
#include "colossus/sim/step_traffic.h"
#include "colossus/workload/pipeline_schedule.h"
#include "colossus/workload/program.h"

namespace colossus::sim {
namespace {

// Times the step's collectives and remembers each distinct one for the report.
class CommLedger {
 public:
  CommLedger(CommModel& model, const Parallelism& par) : model_(model), par_(par) {}

  // Time of one call; `calls` is how often the critical rank makes it per step (for the report).
  Seconds time(CollectiveOp op, GroupKind kind, Bytes bytes, int calls) {
    const int n = par_.group_size(kind);
    if (n <= 1 || bytes <= Bytes{}) return Seconds{};
    const auto key = std::make_tuple(op, kind, bytes.value());
    auto it = uses_.find(key);
    if (it == uses_.end()) {
      const CommTiming t = model_.time(par_, op, kind, bytes);
      CollectiveUse use;
      use.name = fmt::format("{} {}", to_string(kind), to_string(op));
      use.op = op;
      use.group = kind;
      use.group_size = n;
      use.groups = par_.gpus() / n;
      use.bytes = bytes;
      use.time = t.time;
      if (kind == GroupKind::ep && op == CollectiveOp::all_to_all)
        use.time = t.time / ep_dispatcher_efficiency(par_.spec().ep_dispatcher);
      use.algorithm = t.algorithm;
      it = uses_.emplace(key, use).first;
    }
    it->second.calls_per_step += calls;
    return it->second.time;
  }

  std::vector<CollectiveUse> uses() const {
    std::vector<CollectiveUse> out;
    for (const auto& [key, use] : uses_) out.push_back(use);
    return out;
  }

 private:
  CommModel& model_;
  const Parallelism& par_;
  std::map<std::tuple<CollectiveOp, GroupKind, double>, CollectiveUse> uses_;
};

// Folds a pass's ops: compute ops run on the compute stream; a collective that may overlap runs
// on the communication stream while compute goes on, and the compute stream waits for it at
// the next blocking collective or at the end of the pass (approximation: the data dependency
// of an overlappable collective is only enforced there). A blocking collective stalls compute
// for its whole time, TP ones minus the tp_comm_overlap fraction. A stall is charged to the
// kind of the collective waited for. Communication running beside compute takes `comm_share`
// of the GPU (its kernels hold SMs): the compute it overlaps slows down, and the extra time
// is charged to the collective's kind too.
FoldedPass fold(const std::vector<Op>& ops, CommLedger& ledger, const SimOptions& options,
                int calls, double comm_share) {
  FoldedPass pass;
  Seconds now{};
  Seconds comm_free{};
  GroupKind last_kind = GroupKind::tp;
  auto wait_for_comm = [&] {
    if (comm_free > now) {
      pass.exposed[last_kind] += comm_free - now;
      now = comm_free;
    }
  };
  // What another micro-batch's compute can hide of this pass's EP all-to-alls.
  Seconds ep_budget{};
  if (options.ep_comm_overlap > 0)
    for (const Op& op : ops)
      if (op.type == Op::Type::compute) ep_budget += op.time;
  for (const Op& op : ops) {
    if (op.type == Op::Type::compute) {
      const Seconds took = slowed_by_comm(op.time, comm_free - now, comm_share);
      now += took;
      pass.compute += op.time;
      pass.exposed[last_kind] += took - op.time;
      continue;
    }
    Seconds t = ledger.time(op.comm, op.group, op.bytes, calls);
    if (t <= Seconds{}) continue;
    if (op.overlappable) {
      comm_free = std::max(now, comm_free) + t;
      last_kind = op.group;
      continue;
    }
    wait_for_comm();
    if (op.group == GroupKind::tp && op.tp_overlap_hides) {
      // The hidden part runs beside the GEMMs around it and slows them.
      const Seconds slowdown = t * options.tp_comm_overlap * comm_share;
      t = t * (1.0 - options.tp_comm_overlap) + slowdown;
    } else if (op.group == GroupKind::ep && options.ep_comm_overlap > 0) {
      // The hidden part runs beside the other micro-batch's compute and slows it.
      const Seconds hidden = std::min(t * options.ep_comm_overlap, ep_budget);
      ep_budget -= hidden;
      t = t - hidden + hidden * comm_share;
    }
    now += t;
    pass.exposed[op.group] += t;
    comm_free = now;
  }
  wait_for_comm();
  pass.duration = now;
  return pass;
}

// Parameters per gradient bucket (Megatron's DDP rule when not given).
std::int64_t bucket_params(const SimOptions& options, const Parallelism& par) {
  if (options.grad_bucket_params > 0) return options.grad_bucket_params;
  return std::max<std::int64_t>(40'000'000, 1'000'000LL * par.dp());
}

// A bucketed data-parallel collective of `bytes` per rank: ceil(bytes / bucket) calls of equal
// size. Returns the total time and the bucket count.
std::pair<Seconds, int> bucketed(CommLedger& ledger, CollectiveOp op, GroupKind kind, Bytes bytes,
                                 Bytes bucket) {
  if (bytes <= Bytes{}) return {Seconds{}, 0};
  const int n = std::max(1, static_cast<int>(std::ceil(bytes / bucket)));
  return {ledger.time(op, kind, bytes / n, n) * n, n};
}

const char* recompute_name(Recompute r) {
  switch (r) {
    case Recompute::none:
      return "no recompute";
    case Recompute::selective:
      return "selective recompute";
    case Recompute::full:
      return "full recompute";
  }
  return "";
}

}  // namespace

// "TP8 SP, CP2, PP8 interleaved x2, DP1536 (EP8), ZeRO-1, mb 1 x 8192 tokens, gbs 12288, bf16".
std::string describe_layout(const Parallelism& par, const std::string& schedule) {
  const ParallelismSpec& s = par.spec();
  std::string out = fmt::format("TP{}{}", s.tp, s.tp > 1 && s.sequence_parallel ? " SP" : "");
  if (s.cp > 1) out += fmt::format(", CP{}", s.cp);
  out += fmt::format(", PP{} {}", s.pp, schedule);
  if (s.vpp > 1) out += fmt::format(" x{}", s.vpp);
  out += fmt::format(", DP{}", s.dp);
  if (s.ep > 1)
    out += s.etp != s.tp ? fmt::format(" (EP{} ETP{})", s.ep, s.etp) : fmt::format(" (EP{})", s.ep);
  out += fmt::format(", ZeRO-{}, micro-batch {} x {} tokens, global batch {}, {}, {}",
                     static_cast<int>(s.zero), s.micro_batch, par.seq_len(), s.global_batch,
                     s.precision != Precision::fp8          ? "bf16"
                     : s.fp8_scaling == Fp8Scaling::current ? "fp8 (current scaling)"
                     : s.fp8_scaling == Fp8Scaling::mxfp8   ? "mxfp8"
                                                            : "fp8",
                     recompute_name(s.recompute));
  if (s.recompute == Recompute::selective && (!s.recompute_core_attn || s.recompute_mla_up_proj)) {
    std::vector<std::string> modules;
    if (s.recompute_core_attn) modules.push_back("core_attn");
    if (s.recompute_mla_up_proj) modules.push_back("mla_up_proj");
    out += fmt::format(" ({})", fmt::join(modules, ", "));
  }
  if (s.recompute == Recompute::full && s.recompute_layers > 0)
    out += fmt::format(" ({} {})", to_string(s.recompute_method), s.recompute_layers);
  // The software stack where it is not the default one.
  if (s.attention != AttentionKernel::flash2)
    out += fmt::format(", {} attention", to_string(s.attention));
  if (s.optimizer != Optimizer::adam) out += fmt::format(", {}", to_string(s.optimizer));
  if (!s.main_grads_fp32) out += ", BF16 main grads";
  if (s.fp8_param_gather && s.precision == Precision::fp8) out += ", FP8 params";
  if (s.ep_dispatcher != EpDispatcher::alltoall)
    out += fmt::format(", {} dispatcher", to_string(s.ep_dispatcher));
  if (s.cp_comm_type != CpCommType::p2p && s.cp > 1)
    out += fmt::format(", {} CP", to_string(s.cp_comm_type));
  if (s.moe_rank_capacity_factor > 0)
    out += fmt::format(", expert-rank capacity {:g}", s.moe_rank_capacity_factor);
  if (s.moe_paged_stash > 0) out += fmt::format(", paged stash {:g}", s.moe_paged_stash);
  if (s.allocator != Allocator::caching)
    out += fmt::format(", {} allocator", to_string(s.allocator));
  return out;
}

std::string describe_layout(const Parallelism& par) {
  return describe_layout(par, par.spec().schedule);
}

namespace {

// A GPU running at `speed` of its normal rate: every kernel (its FLOPs, its memory traffic and
// its launch gap, all paced by the GPU's clock) takes 1/speed as long.
GpuSpec slowed(const GpuSpec& gpu, double speed) {
  GpuSpec g = gpu;
  g.bf16_dense = gpu.bf16_dense * speed;
  g.fp8_dense = gpu.fp8_dense * speed;
  g.hbm_bandwidth = gpu.hbm_bandwidth * speed;
  return g;
}

// One step of the job with every rank on `gpu`, except that the ranks of stage s compute at
// stage_speed[s] (empty: all at full speed). The representative pipeline is the one these
// speeds describe.
// `patterns`, when given, carries the fabric's step patterns from one pass to the next (the
// layout is the same in every pass): the first pass registers them, later ones reset the fabric
// and reuse them.
SimulationResult simulate_pass(const Topology& topology, const Job& job, CommModel& comm,
                               SharedFabric* fabric, const GpuSpec& gpu,
                               const std::vector<double>& stage_speed,
                               std::vector<StagePatterns>* patterns_cache = nullptr) {
  const SimOptions& options = job.options;
  for (auto [field, v] : {std::pair{"overlap.tp_comm_overlap", options.tp_comm_overlap},
                          std::pair{"overlap.ep_comm_overlap", options.ep_comm_overlap},
                          std::pair{"overlap.grad_reduce", options.overlap_grad_reduce},
                          std::pair{"overlap.param_gather", options.overlap_param_gather},
                          std::pair{"overlap.p2p", options.overlap_p2p}}) {
    if (!(v >= 0.0 && v <= 1.0))
      throw InputError(job.parallelism.at(field), field,
                       fmt::format("expected a fraction in [0, 1], got {}", v));
  }
  const std::int64_t cluster_gpus = topology.gpu_count();
  if (job.gpus < 0 || job.gpus > cluster_gpus) {
    throw InputError(job.parallelism.at("gpus"), "gpus",
                     fmt::format("expected 1 to {} GPUs (the cluster {}), got {}", cluster_gpus,
                                 topology.spec().name, job.gpus));
  }
  const int gpus = job.gpus == 0 ? static_cast<int>(cluster_gpus) : job.gpus;
  SimulationResult result;
  // A training length the model's source did not state (a config.json's): say which was taken.
  if (job.parallelism.seq_len == 0 && !job.model.seq_len_note.empty())
    result.warnings.push_back(job.model.seq_len_note);
  const Parallelism par = resolve(job.parallelism, job.model, gpus,
                                  static_cast<int>(topology.scale_up_gpus()), &result.warnings);
  // MXFP8 needs block-scaled FP8 tensor cores: Transformer Engine refuses the MXFP8 recipe
  // below compute capability 10.0 (Blackwell), so a Hopper has no MXFP8 path to cost.
  if (par.spec().precision == Precision::fp8 && par.spec().fp8_scaling == Fp8Scaling::mxfp8 &&
      !gpu.mxfp8)
    throw InputError(job.parallelism.at("parallelism.precision"), "parallelism.precision",
                     fmt::format("mxfp8 needs tensor cores with native MXFP8 block scaling "
                                 "(Blackwell); {} has none (Transformer Engine refuses the "
                                 "recipe there): use fp8 with delayed or current scaling",
                                 gpu.name));
  // The stack's attention kernel applies to the GPU's calibration (or the caller's).
  // A measured profile of this GPU replaces the fitted figures (hardware/calibration_profile.h).
  ComputeCalibration base = job.calibration ? *job.calibration : default_calibration(gpu);
  if (job.profile && job.profile->gpu == gpu.name) base = with_profile(gpu, base, job.profile);
  const ComputeCalibration calibration =
      with_attention_kernel(gpu, base, par.spec().attention, job.model.head_dim);
  const ComputeModel compute(gpu, calibration);
  TrainingProgram program = build_program(job.model, par, compute, options.memory);
  for (std::size_t s = 0; s < stage_speed.size() && s < program.stages.size(); ++s) {
    if (stage_speed[s] >= 1.0) continue;
    ComputeCalibration slow_calibration = calibration;
    slow_calibration.launch_overhead = calibration.launch_overhead / stage_speed[s];
    const ComputeModel slow(slowed(gpu, stage_speed[s]), slow_calibration);
    program.stages[s] = build_program(job.model, par, slow, options.memory).stages[s];
  }
  const std::string& name = par.spec().schedule;
  const auto schedule =
      make_schedule(name, "parallelism.schedule", par.spec().at("parallelism.schedule"));
  const PipelineShape shape{par.pp(), program.micro_batches, par.vpp()};
  schedule->check(shape);

  // The workload's memory model counts the activations in flight from the schedule itself.
  std::vector<StageMemory> memory;
  for (const StageProgram& stage : program.stages) memory.push_back(stage.memory);
  if (options.memory_check != MemoryCheck::off) {
    if (auto line = memory_overflow(job.model, par, memory, gpu, options.memory)) {
      if (options.memory_check == MemoryCheck::error)
        throw InputError(par.spec().at("parallelism"), "parallelism", *line);
      result.warnings.push_back("memory: " + *line);
    }
  }

  CommLedger ledger(comm, par);
  const int m = program.micro_batches;
  const Bytes bucket =
      bytes(static_cast<double>(bucket_params(options, par)) *
            (par.spec().main_grads_fp32 ? 4.0 : 2.0));  // gradient bytes per parameter

  const double comm_share = compute.calibration().comm_compute_share;
  PipelineCosts costs;
  costs.comm_compute_share = comm_share;
  // A partial overlap f: f of the DP work runs on the overlapped stream, the rest in the stage's
  // serial tail after its last backward (charged to DP by the breakdown).
  costs.overlap_grad_reduce = options.overlap_grad_reduce > 0;
  costs.overlap_param_gather = options.overlap_param_gather > 0;
  const double reduce_share = costs.overlap_grad_reduce ? options.overlap_grad_reduce : 1.0;
  const double gather_share = costs.overlap_param_gather ? options.overlap_param_gather : 1.0;
  int buckets = 1;
  Bytes pp_bytes{};
  std::vector<std::vector<FoldedPass>> forward(par.pp()), backward(par.pp());
  for (const StageProgram& stage : program.stages) {
    StageCosts c;
    Bytes dense_grads{};
    for (const ChunkProgram& chunk : stage.chunks) dense_grads += chunk.dense_grad_bytes;
    for (const ChunkProgram& chunk : stage.chunks) {
      forward[stage.stage].push_back(fold(chunk.forward, ledger, options, m, comm_share));
      backward[stage.stage].push_back(fold(chunk.backward, ledger, options, m, comm_share));
      c.forward.push_back(forward[stage.stage].back().duration);
      c.backward.push_back(backward[stage.stage].back().duration);
      pp_bytes = std::max(pp_bytes, chunk.pp_bytes);

      auto [dense_t, dense_n] =
          bucketed(ledger, stage.grad_reduce, GroupKind::dp_cp, chunk.dense_grad_bytes, bucket);
      auto [expert_t, expert_n] =
          bucketed(ledger, stage.grad_reduce, GroupKind::edp_cp, chunk.expert_grad_bytes, bucket);
      c.grad_reduce.push_back((dense_t + expert_t) * reduce_share);
      c.optimizer += (dense_t + expert_t) * (1.0 - reduce_share);
      buckets = std::max({buckets, dense_n, expert_n});

      // The stage's weight all-gather, split over its chunks by their share of the gradients
      // (approximation: a chunk's weights are proportional to its gradients).
      const double share = dense_grads > Bytes{} ? chunk.dense_grad_bytes / dense_grads
                                                 : 1.0 / static_cast<double>(stage.chunks.size());
      auto [dense_g, dense_gn] = bucketed(ledger, CollectiveOp::all_gather, GroupKind::dp_cp,
                                          stage.dense_param_gather_bytes * share, bucket);
      auto [expert_g, expert_gn] = bucketed(ledger, CollectiveOp::all_gather, GroupKind::edp_cp,
                                            stage.expert_param_gather_bytes * share, bucket);
      c.param_gather.push_back((dense_g + expert_g) * gather_share);
      c.optimizer += (dense_g + expert_g) * (1.0 - gather_share);
    }
    c.optimizer += stage.optimizer_time;
    costs.stages.push_back(std::move(c));
  }
  costs.grad_buckets = buckets;
  if (par.pp() > 1) {
    // Approximation: every stage boundary moves the largest chunk's activation.
    costs.p2p_forward = ledger.time(CollectiveOp::send_recv, GroupKind::pp, pp_bytes,
                                    2 * m * (par.pp() * par.vpp() - 1));
    costs.p2p_backward = costs.p2p_forward;
    // Without p2p overlap the sender waits for its send: (1 - f) of it joins the pass.
    const Seconds blocked = costs.p2p_forward * (1.0 - options.overlap_p2p);
    const int last_chunk = par.pp() * par.vpp() - 1;
    for (int st = 0; blocked > Seconds{} && st < par.pp(); ++st) {
      for (int c = 0; c < par.vpp(); ++c) {
        const int global = c * par.pp() + st;
        auto block = [&](FoldedPass& pass, Seconds& cost) {
          pass.duration += blocked;
          pass.exposed[GroupKind::pp] += blocked;
          cost += blocked;
        };
        if (global < last_chunk) block(forward[st][c], costs.stages[st].forward[c]);
        if (global > 0) block(backward[st][c], costs.stages[st].backward[c]);
      }
    }
  }

  if (fabric && options.shared_fabric) {
    std::vector<StagePatterns> patterns;
    if (patterns_cache && !patterns_cache->empty()) {
      fabric->reset();
      patterns = *patterns_cache;
    } else {
      patterns = add_step_patterns(*fabric, par);
      if (patterns_cache) *patterns_cache = patterns;
    }
    for (int s = 0; s < par.pp(); ++s) {
      costs.stages[s].forward_pattern = patterns[s].forward;
      costs.stages[s].backward_pattern = patterns[s].backward;
      costs.stages[s].dp_pattern = patterns[s].dp;
      // The exposed in-layer communication of each kind that leaves the NVLink domain.
      const std::tuple<GroupKind, Stream, int> kinds[] = {
          {GroupKind::tp, Stream::tp, patterns[s].tp},
          {GroupKind::cp, Stream::cp, patterns[s].cp},
          {GroupKind::ep, Stream::ep, patterns[s].ep}};
      for (const auto& [kind, stream, pattern] : kinds) {
        if (pattern < 0) continue;
        InLayerComm comm;
        comm.stream = stream;
        comm.pattern = pattern;
        for (std::size_t c = 0; c < forward[s].size(); ++c) {
          comm.forward.push_back(forward[s][c].exposed[kind]);
          comm.backward.push_back(backward[s][c].exposed[kind]);
        }
        costs.stages[s].in_layer.push_back(std::move(comm));
      }
    }
    costs.fabric = fabric;
  }
  PipelineTimeline run = run_pipeline(*schedule, shape, costs);
  if (costs.fabric) {
    result.shared_fabric = true;
    result.fabric_load = fabric->tier_loads();
  }

  // The breakdown on the stage that bounds the step; the schedule's own bubble there is
  // (p - 1) / v of one micro-batch's forward and backward through the stage.
  std::vector<Seconds> optimizer_times;
  for (const StageProgram& stage : program.stages) optimizer_times.push_back(stage.optimizer_time);
  const int bounding = bounding_stage(run, optimizer_times);
  Seconds pass_time{};
  for (std::size_t c = 0; c < forward[bounding].size(); ++c)
    pass_time += forward[bounding][c].duration + backward[bounding][c].duration;
  const Seconds schedule_bubble = pass_time * (static_cast<double>(par.pp() - 1) / par.vpp());
  result.breakdown =
      breakdown_of(run, bounding, forward[bounding], backward[bounding], optimizer_times[bounding],
                   schedule_bubble, &result.critical_path);
  const StepBreakdown& b = result.breakdown;

  result.cluster = topology.spec().name;
  result.model = job.model.name;
  result.model_summary = model_summary(job.model);
  result.gpu = gpu.name;
  result.gpus = gpus;
  result.schedule = name;
  result.layout = describe_layout(par, name);
  result.parallelism = par.spec();
  result.micro_batches = m;
  result.tokens_per_step = program.tokens_per_step;
  result.step_time = run.step_time;
  const double step = run.step_time.value();
  result.tokens_per_second = static_cast<double>(program.tokens_per_step) / step;
  result.model_flops_per_gpu = program.model_flops_per_step / run.step_time / gpus;
  result.hardware_flops_per_gpu = program.hardware_flops_per_step / run.step_time / gpus;
  result.mfu = result.model_flops_per_gpu / gpu.bf16_dense;
  result.hfu = result.hardware_flops_per_gpu / gpu.bf16_dense;
  if (job.train_tokens > 0) {
    result.time_to_train =
        seconds(static_cast<double>(job.train_tokens) / result.tokens_per_second);
  }
  result.bubble_fraction = b.bubble / run.step_time;
  for (const StageProgram& stage : program.stages) {
    StageResult s;
    s.stage = stage.stage;
    for (int c = 0; c < par.vpp(); ++c) s.layers.push_back(par.layers(stage.stage, c));
    for (Seconds t : costs.stages[stage.stage].forward) s.forward += t;
    for (Seconds t : costs.stages[stage.stage].backward) s.backward += t;
    s.compute_end = run.stages[stage.stage].compute_end;
    s.end = run.stages[stage.stage].end;
    s.memory = memory[stage.stage];
    result.stages.push_back(std::move(s));
  }
  result.collectives = ledger.uses();
  result.cluster_gpus = cluster_gpus;
  result.gpu_hbm = gpu.hbm;
  result.train_tokens = job.train_tokens;
  result.timeline = std::move(run);
  return result;
}

// The GPUs of the job and the pool each lies in: [first, last) of each pool it touches.
struct JobPool {
  std::size_t pool = 0;
  std::int64_t gpus = 0;
};

std::vector<JobPool> job_pools(const Topology& topology, const Job& job) {
  const auto& pools = topology.spec().pools;
  std::vector<JobPool> out;
  if (job.pool >= 0) {
    out.push_back(
        {static_cast<std::size_t>(job.pool), job.gpus == 0 ? pools[job.pool].gpu_count : job.gpus});
    return out;
  }
  std::int64_t left = job.gpus == 0 ? topology.gpu_count() : job.gpus;
  for (std::size_t p = 0; p < pools.size() && left > 0; ++p) {
    const std::int64_t take = std::min(left, pools[p].gpu_count);
    out.push_back({p, take});
    left -= take;
  }
  return out;
}

// Micro-batch balancing between the job's GPU models (PoolBalance::micro_batches): how many
// micro-batches the replicas timed on each model run, and those passes.
struct PoolSplit {
  std::vector<SimulationResult> passes;  // per model, at its micro_batches
  std::vector<int> replicas, micro_batches, fewer;
  PoolBalanceEffect effect;
};

// Each data-parallel replica is timed on the slowest model among its GPUs (`even`: each
// model's pass with the even split). The split is chosen on each model's step as a line in its
// micro-batch count k, T(k) = T(m) + (k - m) x one micro-batch's forward and backward through
// its bounding stage (exact for a one-stage job; a pipeline's steady state adds the same per
// micro-batch): the smallest step S at which the replicas, each running the most micro-batches
// k with T(k) <= S, cover the global batch. The models with the most slack then give back the
// excess (a replica never runs fewer than one round), each model is simulated at its count, and
// the split is kept only if that step beats the even one.
PoolSplit balance_pools(const Topology& topology, const Job& pass_job, CommModel& comm,
                        SharedFabric* fabric, const std::vector<JobPool>& in,
                        const std::vector<JobPool>& models, std::int64_t job_gpus,
                        const std::vector<SimulationResult>& even,
                        std::vector<StagePatterns>& patterns) {
  const auto& pools = topology.spec().pools;
  const std::size_t n = models.size();
  const Parallelism par = resolve(pass_job.parallelism, pass_job.model, static_cast<int>(job_gpus),
                                  static_cast<int>(topology.scale_up_gpus()), nullptr);
  const int m = par.micro_batches();
  const int dp = par.dp();
  // An interleaved schedule needs a multiple of pp micro-batches on every replica.
  const int round = par.spec().schedule == "interleaved" ? par.pp() : 1;
  PoolSplit split;
  split.passes = even;
  split.replicas.assign(n, 0);
  split.micro_batches.assign(n, m);
  split.fewer.assign(n, 0);
  for (const SimulationResult& r : even) {
    split.effect.even_step = std::max(split.effect.even_step, r.step_time);
  }
  split.effect.step = split.effect.even_step;
  split.effect.even_micro_batches = m;
  split.effect.round = round;
  split.effect.balanced = false;

  auto model_of = [&](std::size_t pool) {
    for (std::size_t i = 0; i < n; ++i) {
      if (pools[models[i].pool].server.gpu.name == pools[pool].server.gpu.name) return i;
    }
    return std::size_t{0};
  };
  std::vector<int> replica_model(static_cast<std::size_t>(dp), -1);
  int rank = 0;
  for (const JobPool& p : in) {
    const int model = static_cast<int>(model_of(p.pool));
    for (std::int64_t k = 0; k < p.gpus; ++k, ++rank) {
      int& r = replica_model[static_cast<std::size_t>(par.dp_index(rank))];
      if (r < 0 || even[model].step_time > even[r].step_time) r = model;
    }
  }
  for (int r : replica_model) ++split.replicas[static_cast<std::size_t>(r)];
  std::vector<double> base(n), slope(n);
  for (std::size_t i = 0; i < n; ++i) {
    const StageResult& stage = even[i].stages[static_cast<std::size_t>(even[i].breakdown.stage)];
    base[i] = even[i].step_time.value();
    slope[i] = (stage.forward + stage.backward).value();
    // A model with no replica of its own, or no time per micro-batch: nothing to balance.
    if (split.replicas[i] == 0 || !(slope[i] > 0.0)) return split;
  }

  // The most micro-batches (a multiple of `round`, at most `cap`) model i runs within S.
  const std::int64_t total = std::int64_t{dp} * m;
  std::vector<std::int64_t> cap(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::int64_t rounds = (total + std::int64_t{split.replicas[i]} * round - 1) /
                                (std::int64_t{split.replicas[i]} * round);
    cap[i] = rounds * round;
  }
  auto most = [&](std::size_t i, double s) {
    const double k = (s - base[i]) / slope[i] + m;
    const auto rounds = static_cast<std::int64_t>(std::floor(k / round + 1e-9));
    return std::min(cap[i], rounds * round);
  };
  auto covers = [&](double s) {
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const std::int64_t k = most(i, s);
      if (k < round) return false;
      sum += k * split.replicas[i];
    }
    return sum >= total;
  };
  std::vector<double> steps;  // every T(k) a model can end at
  for (std::size_t i = 0; i < n; ++i) {
    for (std::int64_t k = round; k <= cap[i]; k += round) {
      steps.push_back(base[i] + slope[i] * static_cast<double>(k - m));
    }
  }
  std::sort(steps.begin(), steps.end());
  const auto best =
      std::partition_point(steps.begin(), steps.end(), [&](double s) { return !covers(s); });
  if (best == steps.end()) return split;

  // Micro-batches per model, the excess given back by the models with the most slack first.
  std::vector<std::int64_t> assigned(n);
  std::int64_t excess = -total;
  for (std::size_t i = 0; i < n; ++i) {
    assigned[i] = most(i, *best) * split.replicas[i];
    excess += assigned[i];
  }
  std::vector<std::size_t> by_slack(n);
  for (std::size_t i = 0; i < n; ++i) by_slack[i] = i;
  auto predicted = [&](std::size_t i) {
    return base[i] + slope[i] * static_cast<double>(most(i, *best) - m);
  };
  std::stable_sort(by_slack.begin(), by_slack.end(),
                   [&](std::size_t a, std::size_t b) { return predicted(a) < predicted(b); });
  for (std::size_t i : by_slack) {
    const std::int64_t floor = std::int64_t{split.replicas[i]} * round;
    const std::int64_t give = std::min(excess, assigned[i] - floor);
    assigned[i] -= give;
    excess -= give;
  }
  PoolSplit balanced = split;
  for (std::size_t i = 0; i < n; ++i) {
    const std::int64_t per_round = std::int64_t{balanced.replicas[i]} * round;
    const std::int64_t rounds = (assigned[i] + per_round - 1) / per_round;
    balanced.micro_batches[i] = static_cast<int>(rounds * round);
    balanced.fewer[i] = static_cast<int>(
        (std::int64_t{balanced.micro_batches[i]} * balanced.replicas[i] - assigned[i]) / round);
    if (balanced.micro_batches[i] != m) {
      Job job = pass_job;
      job.parallelism.global_batch =
          std::int64_t{balanced.micro_batches[i]} * dp * par.micro_batch();
      balanced.passes[i] = simulate_pass(topology, job, comm, fabric,
                                         pools[models[i].pool].server.gpu, {}, &patterns);
    }
  }
  Seconds step{};
  for (const SimulationResult& r : balanced.passes) step = std::max(step, r.step_time);
  if (step >= split.effect.even_step) return split;
  balanced.effect.step = step;
  balanced.effect.balanced = true;
  return balanced;
}

}  // namespace

SimulationResult simulate(const Topology& topology, const Job& job, CommModel& comm,
                          SharedFabric* fabric) {
  return simulate_reusing_patterns(topology, job, comm, fabric, nullptr);
}

SimulationResult simulate_reusing_patterns(const Topology& topology, const Job& job,
                                           CommModel& comm, SharedFabric* fabric,
                                           std::vector<StagePatterns>* given_patterns) {
  const auto& pools = topology.spec().pools;
  if (job.pool >= static_cast<int>(pools.size())) {
    throw InputError(job.parallelism.at("pool"), "pool",
                     fmt::format("expected a pool index 0 to {} of the cluster {}, got {}",
                                 pools.size() - 1, topology.spec().name, job.pool));
  }
  if (job.pool >= 0 && job.gpus > pools[job.pool].gpu_count) {
    throw InputError(job.parallelism.at("gpus"), "gpus",
                     fmt::format("expected at most the {} GPUs of pool {}, got {}",
                                 pools[job.pool].gpu_count, job.pool, job.gpus));
  }
  if (job.pool >= 0 && pools[job.pool].server.nic.name != pools[0].server.nic.name) {
    throw InputError(job.parallelism.at("pool"), "pool",
                     fmt::format("expected a pool whose servers have the first pool's NIC {} "
                                 "(the job's flows are placed on the first GPU ids), got {}",
                                 pools[0].server.nic.name, pools[job.pool].server.nic.name));
  }
  const std::int64_t job_gpus =
      job.gpus > 0 ? job.gpus : (job.pool >= 0 ? pools[job.pool].gpu_count : topology.gpu_count());
  if (job.parallelism.tp > topology.scale_up_gpus()) {
    throw InputError(
        job.parallelism.at("parallelism.tp"), "parallelism.tp",
        fmt::format("expected at most the {} GPUs of the cluster's NVLink domain "
                    "({}), got {}: a tensor-parallel group must fit its domain",
                    topology.scale_up_gpus(), topology.spec().name, job.parallelism.tp));
  }
  if (job.pool_balance != PoolBalance::none && !job.stragglers.empty()) {
    throw InputError(job.parallelism.at("pool_balance"), "pool_balance",
                     fmt::format("expected none with stragglers (balancing micro-batches between "
                                 "pools and stragglers are not modelled together), got {}",
                                 to_string(job.pool_balance)));
  }
  for (std::size_t i = 0; i < job.stragglers.size(); ++i) {
    const Straggler& st = job.stragglers[i];
    const std::string field = fmt::format("stragglers[{}]", i);
    if (st.gpu < 0 || st.gpu >= job_gpus) {
      throw InputError(job.parallelism.at(field + ".gpu"), field + ".gpu",
                       fmt::format("expected a GPU index 0 to {} of the job's {} GPUs, got {}",
                                   job_gpus - 1, job_gpus, st.gpu));
    }
    if (!(st.speed > 0.0 && st.speed <= 1.0)) {
      throw InputError(job.parallelism.at(field + ".speed"), field + ".speed",
                       fmt::format("expected a speed in (0, 1], got {}", st.speed));
    }
  }
  // The job with its GPU count when it runs in a pool (a copy only then).
  std::optional<Job> pooled;
  if (job.pool >= 0) {
    pooled = job;
    pooled->gpus = static_cast<int>(job_gpus);
  }
  const Job& pass_job = pooled ? *pooled : job;
  std::vector<StagePatterns> own_patterns;  // registered once on `fabric`, reused by later passes
  std::vector<StagePatterns>& patterns = given_patterns ? *given_patterns : own_patterns;

  // The job's GPU models, in pool order; one pass per distinct model.
  const std::vector<JobPool> in = job_pools(topology, job);
  std::vector<JobPool> models;
  for (const JobPool& p : in) {
    auto it = std::find_if(models.begin(), models.end(), [&](const JobPool& m) {
      return pools[m.pool].server.gpu.name == pools[p.pool].server.gpu.name;
    });
    if (it == models.end()) {
      models.push_back(p);
    } else {
      it->gpus += p.gpus;
    }
  }
  if (job.stragglers.empty() && models.size() == 1) {
    return simulate_pass(topology, pass_job, comm, fabric, pools[models[0].pool].server.gpu, {},
                         given_patterns);
  }

  SimulationResult result;
  if (models.size() > 1) {
    // Synchronous steps: every pool's ranks wait for the slowest pool at each synchronisation
    // (the gradient reduction, the pipeline sends). Approximation: a pool's step is the whole
    // job timed on its GPU; the step is the slowest of them (docs/topologies.md).
    std::vector<SimulationResult> per_pool;
    for (std::size_t i = 0; i < models.size(); ++i) {
      const GpuSpec& gpu = pools[models[i].pool].server.gpu;
      per_pool.push_back(simulate_pass(topology, pass_job, comm, fabric, gpu, {}, &patterns));
    }
    std::optional<PoolSplit> split;
    if (job.pool_balance == PoolBalance::micro_batches) {
      split =
          balance_pools(topology, pass_job, comm, fabric, in, models, job_gpus, per_pool, patterns);
    }
    const std::vector<SimulationResult>& passes = split ? split->passes : per_pool;
    std::size_t bound = 0;
    for (std::size_t i = 1; i < passes.size(); ++i) {
      if (passes[i].step_time > passes[bound].step_time) bound = i;
    }
    result = passes[bound];
    if (split && split->effect.balanced) {
      // The bounding pass ran its own micro-batch count; the step's work is the job's global
      // batch, as the even pass of the same GPU counts it.
      const SimulationResult& even = per_pool[bound];
      const double faster = even.step_time / result.step_time;
      result.layout = even.layout;
      result.parallelism = even.parallelism;
      result.tokens_per_step = even.tokens_per_step;
      result.tokens_per_second = even.tokens_per_second * faster;
      result.model_flops_per_gpu = even.model_flops_per_gpu * faster;
      result.hardware_flops_per_gpu = even.hardware_flops_per_gpu * faster;
      result.mfu = even.mfu * faster;
      result.hfu = even.hfu * faster;
      if (job.train_tokens > 0) {
        result.time_to_train =
            seconds(static_cast<double>(job.train_tokens) / result.tokens_per_second);
      }
    }
    Seconds even_step{};
    for (const SimulationResult& r : per_pool) even_step = std::max(even_step, r.step_time);
    for (std::size_t i = 0; i < models.size(); ++i) {
      PoolTiming t;
      t.gpu = pools[models[i].pool].server.gpu.name;
      t.gpus = models[i].gpus;
      t.own_step = passes[i].step_time;
      t.wait = passes[bound].step_time - passes[i].step_time;
      t.bounding = i == bound;
      if (split) {
        t.replicas = split->replicas[i];
        t.micro_batches = split->micro_batches[i];
        t.fewer = split->fewer[i];
        t.even_step = per_pool[i].step_time;
        t.even_wait = even_step - per_pool[i].step_time;
      }
      result.pools.push_back(t);
    }
    if (split) result.pool_balance = split->effect;
    result.warnings.push_back(
        fmt::format("the job spans GPU models; {} bounds the step, the others wait (see Pools)",
                    result.pools[bound].gpu));
  }
  const GpuSpec& gpu =
      result.pools.empty()
          ? pools[models[0].pool].server.gpu
          : pools[models[std::distance(
                             result.pools.begin(),
                             std::find_if(result.pools.begin(), result.pools.end(),
                                          [](const PoolTiming& t) { return t.bounding; }))]
                      .pool]
                .server.gpu;
  if (!job.stragglers.empty()) {
    // Only the pipelines holding a straggler differ from the rest; the step waits for the
    // slowest of them. Each is one pass with its stages at their slowest straggler's speed.
    SimulationResult baseline =
        result.pools.empty() ? simulate_pass(topology, pass_job, comm, fabric, gpu, {}, &patterns)
                             : result;
    const Parallelism par = resolve(job.parallelism, job.model, static_cast<int>(job_gpus),
                                    static_cast<int>(topology.scale_up_gpus()), nullptr);
    std::map<int, std::vector<double>> pipelines;  // dp index -> speed per stage
    for (const Straggler& st : job.stragglers) {
      const int rank = static_cast<int>(st.gpu);
      auto& speeds = pipelines.try_emplace(par.dp_index(rank), par.pp(), 1.0).first->second;
      double& speed = speeds[par.coordinates(rank).pp];
      speed = std::min(speed, st.speed);
    }
    SimulationResult worst;
    for (const auto& [dp, speeds] : pipelines) {
      SimulationResult r = simulate_pass(topology, pass_job, comm, fabric, gpu, speeds, &patterns);
      if (worst.step_time <= Seconds{} || r.step_time > worst.step_time) worst = std::move(r);
    }
    StragglerEffect effect;
    effect.baseline = baseline.step_time;
    effect.step = std::max(worst.step_time, baseline.step_time);
    effect.slowdown = effect.step / effect.baseline;
    effect.slow_pipelines = static_cast<int>(pipelines.size());
    effect.distinct_programs = par.pp() * (1 + static_cast<int>(pipelines.size()));
    std::vector<PoolTiming> pool_timing = std::move(result.pools);
    std::vector<std::string> warnings = std::move(result.warnings);
    result = worst.step_time > baseline.step_time ? std::move(worst) : std::move(baseline);
    result.pools = std::move(pool_timing);
    for (PoolTiming& t : result.pools) {
      t.wait = std::max(Seconds{}, effect.step - t.own_step);
    }
    for (std::string& w : warnings) {
      if (std::find(result.warnings.begin(), result.warnings.end(), w) == result.warnings.end()) {
        result.warnings.push_back(std::move(w));
      }
    }
    result.straggler = effect;
  }
  return result;
}

SimulationResult simulate(const Topology& topology, const Job& job) {
  Network network(topology);
  FabricCommModel comm(network);
  SharedFabric fabric(network);
  SimulationResult result = simulate(topology, job, comm, &fabric);
  if (topology.has_faults()) {
    // The same job on the same cluster with every link healthy: what the faults cost.
    ClusterSpec spec = topology.spec();
    spec.fabric.link_faults.clear();
    const std::unique_ptr<const Topology> healthy = make_topology(std::move(spec));
    Network healthy_network(*healthy);
    FabricCommModel healthy_comm(healthy_network);
    SharedFabric healthy_fabric(healthy_network);
    const SimulationResult base = simulate(*healthy, job, healthy_comm, &healthy_fabric);
    LinkFaultEffect effect;
    effect.baseline = base.step_time;
    effect.step = result.step_time;
    effect.slowdown = effect.step / effect.baseline;
    for (const auto& [id, left] : topology.faults())
      ++(left <= 0.0 ? effect.down : effect.degraded);
    result.link_faults = effect;
  }
  return result;
}

}  // namespace colossus::sim
