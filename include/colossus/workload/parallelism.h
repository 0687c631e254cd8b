// How a training job is split over GPUs, and the batch, recompute and precision it runs with.
// Megatron-LM's conventions throughout:
// - TP (tensor parallel, optionally with sequence parallel), CP (context parallel, ring
//   attention), DP (data parallel, with ZeRO-1/2/3 or FSDP sharding), PP (pipeline parallel,
//   1F1B or interleaved with vpp virtual stages), EP (expert parallel).
// - EP follows Megatron's expert grid: inside one pipeline stage, the tp x cp x dp GPUs are
//   re-split for expert layers into etp (expert tensor parallel, 1 or tp) x ep x edp (expert
//   data parallel), etp fastest, so EP is carved out of data (and context) parallelism. Dense
//   weights are replicated over the dp x cp ranks; each routed expert lives on one rank of its
//   EP group (split over etp) and is replicated over the edp ranks, which reduce its gradients.
//   With etp = tp and cp = 1 the EP group is ep consecutive data-parallel replicas.
// - Rank placement: the first dimension of `order` varies fastest between consecutive GPU ids
//   (default tp, cp, ep, dp, pp: TP inside the server, PP outermost). The dense grid has
//   dimensions tp, cp, dp (size dp) and pp; "ep" in `order` is accepted and has size 1 there
//   (Megatron's order string). A GPU's index inside its pipeline stage, counted over the
//   non-pp dimensions in `order`, is split as etp_index + etp * (ep_index + ep * edp_index).
// - TP wider than a server (the NVLink domain) is allowed, as Megatron allows it, but resolve()
//   returns a warning: its all-gathers then cross the RDMA fabric.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "colossus/core/enum_names.h"
#include "colossus/core/error.h"
#include "colossus/core/field_lines.h"
#include "colossus/hardware/attention_kernel.h"
#include "colossus/hardware/compute_model.h"
#include "colossus/workload/model.h"
#include "colossus/workload/optimizer.h"

namespace colossus {

// Data-parallel sharding: none (plain DDP), ZeRO-1 (optimizer states), ZeRO-2 (+ gradients),
// ZeRO-3 / FSDP (+ weights, gathered layer by layer in forward and backward).
enum class ZeroStage { none = 0, optimizer = 1, gradients = 2, weights = 3 };

// Activation recompute: none, selective (core attention recomputed, Korthikanti et al. 2022),
// full (only each layer's input kept; the whole layer re-run in backward).
enum class Recompute { none, selective, full };
inline constexpr EnumName<Recompute> kRecomputeNames[] = {
    {Recompute::none, "none"}, {Recompute::selective, "selective"}, {Recompute::full, "full"}};
constexpr std::span<const EnumName<Recompute>> enum_table(Recompute) {
  return kRecomputeNames;
}

// Which layers full recompute covers when only some are (Megatron's --recompute-method with
// --recompute-num-layers N): uniform checkpoints the input of every group of N consecutive
// layers of a chunk and re-runs a whole group in backward (all layers recomputed, N of them
// materialised at once); block re-runs the first N layers of each chunk one by one and keeps
// every activation of the others.
enum class RecomputeMethod { uniform, block };
inline constexpr EnumName<RecomputeMethod> kRecomputeMethodNames[] = {
    {RecomputeMethod::uniform, "uniform"}, {RecomputeMethod::block, "block"}};
constexpr std::span<const EnumName<RecomputeMethod>> enum_table(RecomputeMethod) {
  return kRecomputeMethodNames;
}

// How FP8 training scales each tensor before its cast (Transformer Engine recipes): delayed takes
// the scale from an amax history and fuses the cast into the kernel producing the tensor;
// current computes each tensor's own amax first, one more read of the tensor; mxfp8 (OCP
// Microscaling, Transformer Engine's MXFP8BlockScaling) gives every block of 32 consecutive
// elements its own power-of-two E8M0 scale, computed inside the cast kernel (no amax pass) and
// applied by the tensor cores themselves, which only Blackwell's have (GpuSpec::mxfp8): 1 byte
// of scale per 32 elements beside each FP8 tensor.
enum class Fp8Scaling { delayed, current, mxfp8 };
inline constexpr EnumName<Fp8Scaling> kFp8ScalingNames[] = {{Fp8Scaling::delayed, "delayed"},
                                                            {Fp8Scaling::current, "current"},
                                                            {Fp8Scaling::mxfp8, "mxfp8"}};
constexpr std::span<const EnumName<Fp8Scaling>> enum_table(Fp8Scaling) {
  return kFp8ScalingNames;
}

// Bytes of MXFP8 block scales per FP8 element: one E8M0 byte per 32-element block (OCP
// Microscaling Formats (MX) v1.0 spec, block size 32, shared scale E8M0).
inline constexpr double kMxfp8ScaleBytesPerElement = 1.0 / 32.0;

// Megatron's MoE token dispatcher (--moe-token-dispatcher-type): alltoall, NCCL's
// all_to_all_single over the EP group; hybridep, the flex dispatcher with the HybridEP backend
// (--moe-flex-dispatcher-backend hybridep, DeepEP's hybrid-ep branch), whose kernels write
// tokens straight into the peers' memory over NVLink (TMA) inside an NVLink domain.
enum class EpDispatcher { alltoall, hybridep };
inline constexpr EnumName<EpDispatcher> kEpDispatcherNames[] = {
    {EpDispatcher::alltoall, "alltoall"}, {EpDispatcher::hybridep, "hybridep"}};
constexpr std::span<const EnumName<EpDispatcher>> enum_table(EpDispatcher) {
  return kEpDispatcherNames;
}

// How context parallelism exchanges keys and values (Megatron's --cp-comm-type, Transformer
// Engine's cp_comm_type): p2p, the ring (each rank passes its K/V chunk around the CP group,
// overlapped with the attention of the chunk it holds; AttnFuncWithCPAndKVP2P); allgather, one
// blocking all-gather of K and V per layer before attention, a reduce-scatter of their gradients
// after its backward (AttnFuncWithCPAndKVAllGather; the Llama 3 paper's CP, arXiv 2407.21783
// section 3.3.2).
enum class CpCommType { p2p, allgather };
inline constexpr EnumName<CpCommType> kCpCommTypeNames[] = {{CpCommType::p2p, "p2p"},
                                                            {CpCommType::allgather, "allgather"}};
constexpr std::span<const EnumName<CpCommType>> enum_table(CpCommType) {
  return kCpCommTypeNames;
}

// PyTorch's CUDA memory allocator (PYTORCH_CUDA_ALLOC_CONF): caching, the default, which
// cudaMallocs one segment per large request and splits freed segments for later requests,
// leaving unusable slivers at their ends when sizes vary; expandable_segments
// (expandable_segments:True), one segment per stream that grows by mapping more physical pages
// at its end, so requests tile into it without slivers (PyTorch docs/source/notes/cuda.rst,
// "expandable_segments"). The memory model's fragmentation allowance depends on it.
enum class Allocator { caching, expandable_segments };
inline constexpr EnumName<Allocator> kAllocatorNames[] = {
    {Allocator::caching, "caching"}, {Allocator::expandable_segments, "expandable_segments"}};
constexpr std::span<const EnumName<Allocator>> enum_table(Allocator) {
  return kAllocatorNames;
}

// The kinds of rank groups a collective runs on.
enum class GroupKind {
  tp,      // tensor parallel: tp ranks
  cp,      // context parallel: cp ranks
  dp,      // data parallel (dense weights): dp ranks
  ep,      // expert parallel: ep ranks
  edp,     // expert data parallel (expert weights' replicas): tp * cp * dp / (etp * ep) ranks
  pp,      // pipeline: pp ranks, one per stage
  dp_cp,   // dense gradient reduction: dp x cp ranks (CP ranks hold the same weights)
  edp_cp,  // expert gradient reduction: the edp group (which already spans cp)
};

// Name of a group kind ("tp", "dp_cp" ...).
inline constexpr EnumName<GroupKind> kGroupKindNames[] = {
    {GroupKind::tp, "tp"},       {GroupKind::cp, "cp"},        {GroupKind::dp, "dp"},
    {GroupKind::ep, "ep"},       {GroupKind::edp, "edp"},      {GroupKind::pp, "pp"},
    {GroupKind::dp_cp, "dp_cp"}, {GroupKind::edp_cp, "edp_cp"}};
constexpr std::span<const EnumName<GroupKind>> enum_table(GroupKind) {
  return kGroupKindNames;
}

// The parallel layout, batch and numerics of a training job.
struct ParallelismSpec {
  SourceLocation source;  // the file it came from, for messages
  FieldLines lines;       // line of each field path as read ("parallelism.tp" -> 12)

  int tp = 1;
  bool sequence_parallel = true;  // only meaningful with tp > 1
  int cp = 1;
  int pp = 1;
  int vpp = 1;  // virtual stages per pipeline rank (interleaved schedule); 1 for 1F1B
  std::string schedule = "1f1b";  // a name of workload/pipeline_schedule.h's registry
  int dp = 0;                     // 0: derived as gpus / (tp * cp * pp)
  int ep = 1;
  int etp = 0;                            // expert tensor parallel: 0 means tp; otherwise 1 or tp
  ZeroStage zero = ZeroStage::optimizer;  // Megatron's distributed optimizer is ZeRO-1
  // Layers on the first and last virtual stage (Megatron's --decoder-first/last-pipeline-
  // num-layers); -1: an even split. The other virtual stages share the rest evenly.
  int first_stage_layers = -1;
  int last_stage_layers = -1;

  int micro_batch = 1;            // sequences per micro-batch per data-parallel replica
  std::int64_t global_batch = 0;  // sequences per optimizer step
  std::int64_t seq_len = 0;       // 0: the model's default
  Recompute recompute = Recompute::selective;
  // With full recompute: N of --recompute-num-layers (0: every layer, one at a time) and how
  // they are chosen.
  int recompute_layers = 0;
  RecomputeMethod recompute_method = RecomputeMethod::uniform;
  // With selective recompute, the modules re-run in backward (Megatron's --recompute-modules,
  // default core_attn): core_attn, the attention core; mla_up_proj, multi-head latent
  // attention's up projections (Q and K/V from their latents, with the rotary embedding), so only
  // the latents are kept.
  bool recompute_core_attn = true;
  bool recompute_mla_up_proj = false;
  Precision precision = Precision::bf16;
  Fp8Scaling fp8_scaling = Fp8Scaling::delayed;  // only meaningful with fp8
  // FP8 training keeps its GEMM weights as FP8 parameters and all-gathers them in FP8
  // (Megatron --fp8-param-gather): no BF16 copy, 1 byte per weight gathered.
  bool fp8_param_gather = false;
  // Megatron's --account-for-embedding-in-pipeline-split / --account-for-loss-in-pipeline-split:
  // the embedding (loss) counts as one layer when the layers are split over the virtual stages,
  // so the first (last) virtual stage holds one transformer layer fewer.
  bool account_for_embedding = false;
  bool account_for_loss = false;
  // The software stack: attention kernel, optimizer, main-gradient dtype (Megatron keeps FP32
  // main gradients; --grad-reduce-in-bf16 / DeepSpeed / FSDP's BF16 reduce keep 2 bytes).
  AttentionKernel attention = AttentionKernel::flash2;
  Optimizer optimizer = Optimizer::adam;
  bool main_grads_fp32 = true;
  // The MoE token dispatcher (times the EP all-to-all; sim/simulation.h).
  EpDispatcher ep_dispatcher = EpDispatcher::alltoall;
  // Context parallelism's K/V exchange (the CP ops; workload/program.cpp).
  CpCommType cp_comm_type = CpCommType::p2p;
  // PyTorch's CUDA allocator (sizes the memory model's fragmentation allowance).
  Allocator allocator = Allocator::caching;
  // Megatron's --moe-expert-rank-capacity-factor (HybridEP only): each EP rank's receive buffer
  // and the fused expert MLP's tensors are sized statically at this many times the balanced
  // token count (tokens above it are dropped); 0: none (buffers sized by the tokens received).
  // Balanced routing computes the same tokens either way; the saved activations take the size.
  double moe_rank_capacity_factor = 0;
  // Megatron's --moe-paged-stash with its --moe-paged-stash-buffer-size-factor-cuda: the routed
  // experts' activations saved for backward are packed by their real token count into pages of
  // one CUDA buffer of this many times the balanced tokens in flight, instead of tensors of the
  // capacity's size; 0: off. Needs moe_rank_capacity_factor (as Megatron does).
  double moe_paged_stash = 0;
  // Rank placement, fastest-varying first; a permutation of tp, cp, ep, dp, pp.
  std::array<GroupKind, 5> order = {GroupKind::tp, GroupKind::cp, GroupKind::ep, GroupKind::dp,
                                    GroupKind::pp};

  // Where a field was read, for error messages ("parallelism.tp").
  SourceLocation at(const std::string& field) const;
};

// A parallel layout resolved against a model and a GPU count: derived sizes, the layers of
// every (virtual) stage, and rank <-> coordinate maps. Construct through resolve().
class Parallelism {
 public:
  const ParallelismSpec& spec() const { return spec_; }
  int gpus() const { return gpus_; }
  int tp() const { return spec_.tp; }
  int cp() const { return spec_.cp; }
  int pp() const { return spec_.pp; }
  int vpp() const { return spec_.vpp; }
  int dp() const { return spec_.dp; }
  int ep() const { return spec_.ep; }
  int etp() const { return spec_.etp; }
  std::int64_t seq_len() const { return spec_.seq_len; }
  int micro_batch() const { return spec_.micro_batch; }
  std::int64_t global_batch() const { return spec_.global_batch; }
  // Micro-batches per step per replica: global_batch / (micro_batch * dp).
  int micro_batches() const { return micro_batches_; }
  // Size of a group of this kind.
  int group_size(GroupKind kind) const;

  // Layers of virtual stage v = chunk * pp + stage (Megatron's interleaved numbering), as
  // [first, last) model layer indices.
  std::pair<int, int> layers(int stage, int chunk) const;
  // The recompute a layer runs under: the job's, except with full recompute of some layers
  // (recompute_layers, block method) where the others run without.
  Recompute layer_recompute(int layer) const;
  // Whether a stage holds the embedding (stage 0) / the output layer (stage pp - 1).
  bool has_embedding(int stage) const { return stage == 0; }
  bool has_output(int stage) const { return stage == spec_.pp - 1; }

  // A rank's coordinates: dense (tp, cp, dp, pp) and expert (etp, ep, edp).
  struct Coordinates {
    int tp = 0, cp = 0, dp = 0, pp = 0;
    int etp = 0, ep = 0, edp = 0;
  };
  Coordinates coordinates(int rank) const;
  int dp_index(int rank) const;
  // The GPU id with these dense coordinates (tp, cp, dp, pp).
  int rank(const Coordinates& c) const;
  // Every group of a kind, each as its GPU ids in ascending order, groups sorted by their first
  // GPU; together they partition all GPUs.
  std::vector<std::vector<int>> groups(GroupKind kind) const;
  // The same groups in one flat array (no allocation per group): group g is
  // ranks[g * size, (g + 1) * size).
  struct GroupTable {
    int size = 1;
    std::vector<int> ranks;
    int count() const { return static_cast<int>(ranks.size()) / size; }
    std::span<const int> group(int g) const {
      return {ranks.data() + static_cast<std::size_t>(g) * size, static_cast<std::size_t>(size)};
    }
  };
  GroupTable group_table(GroupKind kind) const;

  friend Parallelism resolve(ParallelismSpec spec, const ModelSpec& model, int gpus,
                             int gpus_per_server, std::vector<std::string>* warnings);

 private:
  ParallelismSpec spec_;
  int gpus_ = 0;
  int micro_batches_ = 0;
  std::vector<std::pair<int, int>> virtual_stage_layers_;  // indexed by chunk * pp + stage
  int dim_size(GroupKind dim) const;
};

// Validates a layout against a model and a cluster and derives what is left to derive (dp,
// seq_len, the micro-batch count, layers per stage). Throws InputError naming the field:
// tp*cp*pp*dp != gpus, heads % tp, kv_heads vs tp, global_batch % (micro_batch * dp),
// experts % ep, ep * etp dividing tp * cp * dp, etp not 1 or tp, MoE with tp > 1 without
// sequence parallel, layers vs pp*vpp, seq_len % cp (2*cp with causal load balancing is
// not required), vpp > 1 without the interleaved schedule. Non-fatal concerns (TP wider than a
// server) are appended to *warnings when given.
Parallelism resolve(ParallelismSpec spec, const ModelSpec& model, int gpus, int gpus_per_server,
                    std::vector<std::string>* warnings = nullptr);

}  // namespace colossus
