// One serving replica: a model on `tp` x `pp` GPUs (tensor-parallel stages of a pipeline; routed
// experts optionally spread expert-parallel over a stage's GPUs), its weights and paged KV cache in
// HBM, and the time of one engine iteration (a batch of prefill chunks and decode steps) from the
// hardware layer's roofline. Per layer and GPU, every linear layer is a GEMM of the iteration's
// tokens against its TP shard of the weights, timed as
//   max(FLOPs / (peak x efficiency), bytes / (HBM bandwidth x memory efficiency)) + launch
// with the GPU preset's calibration (a decode GEMM reads its weights once: bandwidth-bound; a
// prefill chunk of thousands of tokens is compute-bound); the attention core reads each decoding
// sequence's KV cache (bandwidth) and computes each prefill chunk's causal query-key pairs
// (compute); the TP all-reduces after attention and the FFN come from the collective layer on the
// server's NVLink (a function of bytes the caller supplies, cached by token count). The
// efficiency curve's token-dimension factor (fitted on training shapes) is left out: a serving
// GEMM's few rows ride along with its weight read (docs/serving.md). With pp stages, each holds
// layers / pp layers (the first the embedding, the last the output head) and an iteration's time
// is the sum over stages of their compute plus the send of the activations to the next stage;
// the scheduler overlaps pp batches (vLLM's virtual engines). With ep = tp, each GPU holds
// experts / ep whole routed experts and the tokens reach them by an all-to-all dispatch and
// combine (DeepEP-style) instead of the TP all-reduce after the MoE block. With data-parallel
// attention (dp_attention = D > 1, MoE models: SGLang's --enable-dp-attention, vLLM's
// --data-parallel-size with --enable-expert-parallel) the replica is D attention groups of tp GPUs,
// each with its own batch and KV cache and a copy of every weight but the routed experts, which
// are spread whole over all D x tp GPUs (EP = D x tp); each MoE layer dispatches and combines the
// tokens of every group by an all-to-all over the D x tp GPUs, so the groups iterate in lockstep.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "colossus/core/enum_names.h"
#include "colossus/hardware/compute_model.h"
#include "colossus/workload/model.h"

namespace colossus::serve {

// How the decode attention kernel reads a GQA/MQA model's KV cache. Grouped kernels
// (FlashAttention/FlashInfer decode, TensorRT-LLM's XQA from v0.8) load each KV head once per
// sequence for all the query heads sharing it; TensorRT-LLM's masked multi-head attention before
// XQA ran one thread block per query head, each loading its group's KV head, so a sequence's cache
// is read heads / kv_heads times (no reuse through L2 assumed: an upper bound). NVIDIA measured
// XQA at 2.4x the throughput of that kernel on Llama 70B, 1 H200, 128/2048 tokens
// (NVIDIA/TensorRT-LLM docs/source/blogs/XQA-kernel.md).
enum class DecodeAttention { grouped, per_query_head };
inline constexpr EnumName<DecodeAttention> kDecodeAttentionNames[] = {
    {DecodeAttention::grouped, "grouped"}, {DecodeAttention::per_query_head, "per-query-head"}};
constexpr std::span<const EnumName<DecodeAttention>> enum_table(DecodeAttention) {
  return kDecodeAttentionNames;
}

// How a scheduler admits a waiting request against the KV cache. vLLM (on-demand) admits it when
// its next tokens' blocks are free and allocates blocks as the sequence grows, preempting the
// newest running sequence by recompute when none is free. TensorRT-LLM's default capacity
// scheduler (CapacitySchedulerPolicy.GUARANTEED_NO_EVICT, the default of SchedulerConfig in
// tensorrt_llm/llmapi/llm_args.py; GuaranteedNoEvictScheduler in
// cpp/tensorrt_llm/batch_manager/capacityScheduler.cpp) admits it, first come first served,
// only when the free blocks, less those reserved to bring every running request to completion,
// hold its whole prompt and output, so nothing is ever evicted.
enum class KvAdmission { on_demand, guaranteed_no_evict };
inline constexpr EnumName<KvAdmission> kKvAdmissionNames[] = {
    {KvAdmission::on_demand, "on-demand"},
    {KvAdmission::guaranteed_no_evict, "guaranteed-no-evict"}};
constexpr std::span<const EnumName<KvAdmission>> enum_table(KvAdmission) {
  return kKvAdmissionNames;
}

// How a replica is laid out and configured (vLLM's engine arguments where they exist).
struct ReplicaConfig {
  int tp = 1;  // tensor-parallel GPUs of a stage
  int pp = 1;  // pipeline stages (each layers / pp layers)
  int ep = 1;  // expert-parallel GPUs of a stage (1 or tp; dp_attention x tp with DP attention)
  int dp_attention = 1;                      // attention groups of tp GPUs (MoE only; pp = 1)
  Precision precision = Precision::bf16;     // weights and GEMMs (FP8/FP4: weights stored so)
  Precision kv_precision = Precision::bf16;  // KV cache elements (FP8: 1 byte)
  int block_size = 16;                       // tokens per KV block (vLLM's default 16)
  int max_num_seqs = 256;                    // sequences in a batch (vLLM's default 256)
  int max_num_batched_tokens = 8192;         // tokens in one iteration (vLLM V1's default 8192)
  bool chunked_prefill = true;               // split long prompts over iterations
  double gpu_memory_utilization = 0.9;       // share of HBM vLLM may use (its default 0.9)
  // TensorRT-LLM's rule instead when > 0: the KV cache takes this share of the memory left after
  // the weights and activations (kv_cache_free_gpu_mem_fraction; its default 0.9).
  double kv_cache_free_fraction = 0;
  std::int64_t max_model_len = 0;  // longest prompt + output; 0: the model's context
  DecodeAttention decode_attention = DecodeAttention::grouped;  // the decode kernel's KV reads
  KvAdmission kv_admission = KvAdmission::on_demand;            // when a request may start
  // CUDA-graph batch sizes with padding (TensorRT-LLM's PyTorch backend, cuda_graph_config with
  // enable_padding): an iteration of decodes only runs the captured graph of the smallest kept
  // size that holds it, padded with dummy one-token sequences; empty: no padding (eager or
  // exact-size graphs). Sizes above min(max_num_seqs, max_num_batched_tokens) are dropped, the
  // first of them replaced by that bound (model_engine.py, _filter_cuda_graph_batch_sizes).
  std::vector<int> cuda_graph_batch_sizes;
};

// "TP8", "TP8 x PP2", "TP8, EP8", "DP8 attention x TP1, EP8": the layout as the reports name it.
std::string layout_text(const ReplicaConfig& config);

// The longest prompt + output a replica of `model` takes when max_model_len is not given: the
// model's context (max_positions, else its training sequence length).
std::int64_t model_context(const ModelSpec& model);

// Whether the token budget suits prefill without chunking: with on-demand admission a sequence
// preempted by recompute prefills its prompt and output so far in one iteration (vLLM's rule), so
// the budget must hold max_model_len; guaranteed no evict never preempts (a prompt longer than
// the budget is rejected on arrival, as TensorRT-LLM checks each context against max_num_tokens).
bool unchunked_budget_holds(const ReplicaConfig& config, std::int64_t max_model_len);

// The work of one iteration, summed over its sequences.
struct BatchShape {
  int prefill_seqs = 0;             // sequences computing a prompt chunk
  std::int64_t prefill_tokens = 0;  // tokens of those chunks
  double prefill_pairs = 0;         // causal query-key pairs of the chunks (sum c*(past + (c+1)/2))
  double prefill_context = 0;       // keys the chunks read from the cache (sum of past lengths)
  int decode_seqs = 0;              // sequences generating one token
  std::int64_t decode_context = 0;  // keys their attention reads (sum of their cached lengths)
  int sampled = 0;                  // sequences that produce a token (rows of the output head)
  std::int64_t tokens() const { return prefill_tokens + decode_seqs; }
};

// Where one iteration's time goes, per GPU (every GPU of the replica works in lockstep).
struct IterationTime {
  Seconds gemm{};           // linear layers and the output head
  Seconds attention{};      // attention core (KV reads, prefill FLOPs)
  Seconds memory_bound{};   // norms, rotary, activation, embedding, residuals
  Seconds communication{};  // TP all-reduces (and all-gathers after an EP combine)
  Seconds expert{};         // EP all-to-all dispatch and combine
  Seconds pipeline{};       // PP sends of the activations between stages
  Seconds total() const {
    return gemm + attention + memory_bound + communication + expert + pipeline;
  }
};

// Time of one all-reduce of `size` bytes per rank over the replica's TP group.
using AllReduceTime = std::function<Seconds(Bytes size)>;

// The replica's collectives, each a time of bytes (nccl-tests' per-rank size): the TP group's
// all-reduce and all-gather (size: the gathered output), the EP group's all-to-all (size: a rank's
// whole send buffer, its own share included), and the PP send of a `size`-byte activation tensor
// from stage `from` to the next (vLLM: each TP rank sends size / tp, the next stage all-gathers).
using PipelineSendTime = std::function<Seconds(int from, Bytes size)>;
struct ReplicaComms {
  AllReduceTime all_reduce;
  AllReduceTime all_gather;
  AllReduceTime all_to_all;
  PipelineSendTime pipeline_send;
};

// Weights, cache and iteration time of one replica. With data-parallel attention every figure
// "per GPU" is any GPU's (the groups are alike) and the KV cache of a replica is its D groups'.
class ReplicaModel {
 public:
  // Throws InputError (at `where`, field "--tp") when the weights do not fit the HBM share, when
  // tp does not divide the heads, or when no KV block is left. A cache smaller than one
  // max_model_len sequence is allowed: the scheduler rejects the requests that cannot fit.
  // tp/pp/ep that do not divide the heads/layers/experts, or ep on a dense model or != tp, are
  // InputErrors at their flags; FP8/FP4 on a GPU without them at "--precision"; data-parallel
  // attention on a dense model, with pp > 1, or whose D x tp does not divide the routed experts
  // at "--dp-attention" (and ep other than D x tp at "--ep").
  ReplicaModel(const ModelSpec& model, const GpuSpec& gpu, const ReplicaConfig& config,
               ReplicaComms comms, const SourceLocation& where = {"<command line>", 0});
  // A TP-only replica whose only collective is the all-reduce (pp = ep = 1).
  ReplicaModel(const ModelSpec& model, const GpuSpec& gpu, const ReplicaConfig& config,
               AllReduceTime all_reduce, const SourceLocation& where = {"<command line>", 0});

  // Time of one iteration of this shape through every stage (cached by token count for the
  // GEMMs and collectives): the latency of one batch. With data-parallel attention: this batch in
  // one group, the other groups idle (they still join the all-to-alls).
  IterationTime iteration(const BatchShape& shape) const;
  // Data-parallel attention: one lockstep iteration of the D groups' batches (`groups` holds D
  // shapes, empty ones for idle groups). Per layer the slowest group's attention side, then the
  // routed experts on every group's tokens and the all-to-all padded to the largest group's
  // tokens; the layers' maxima are taken as the maximum of the groups' sums (exact when one group
  // is the slowest in every layer, as its batch is the largest in every layer).
  IterationTime iteration(std::span<const BatchShape> groups) const;
  // The time of each stage for this shape, its send to the next stage included (`out` resized to
  // pp); their sum is iteration_time(shape).
  void stage_times(const BatchShape& shape, std::vector<Seconds>& out) const;
  // Total seconds of iteration(shape).
  Seconds iteration_time(const BatchShape& shape) const { return iteration(shape).total(); }

  const ModelSpec& model() const { return model_; }
  const GpuSpec& gpu() const { return gpu_; }
  const ReplicaConfig& config() const { return config_; }
  int gpus() const { return config_.tp * config_.pp * config_.dp_attention; }
  // Schedulers per replica: pp virtual engines, or dp_attention attention groups.
  int engines() const { return config_.pp * config_.dp_attention; }
  std::int64_t max_model_len() const { return max_model_len_; }
  Bytes weights_per_gpu() const { return weights_; }  // the stage that holds the most
  Bytes activation_reserve_per_gpu() const { return activations_; }
  Bytes kv_cache_per_gpu() const { return kv_cache_; }
  Bytes kv_bytes_per_token_per_gpu() const { return kv_per_token_; }
  // Blocks of block_size tokens of the replica (its D groups' with data-parallel attention).
  std::int64_t kv_blocks() const { return kv_blocks_; }
  std::int64_t kv_tokens() const { return kv_blocks_ * config_.block_size; }
  // The batch an iteration of `decodes` decode-only sequences runs at: the smallest kept CUDA-graph
  // size that holds it, or `decodes` itself (no graph sizes, or more than the largest).
  int graph_batch(int decodes) const;
  // The captured sizes after TensorRT-LLM's filter (ascending; empty without padding).
  const std::vector<int>& graph_batch_sizes() const { return graph_sizes_; }

 private:
  // Time of the token-count-dependent part of one stage: GEMMs, memory-bound kernels, the
  // collectives and the send to the next stage (cached by token count). With data-parallel
  // attention, one group's side only: all but the routed experts' GEMMs and all-to-all.
  IterationTime dense_part(int stage, std::int64_t tokens) const;
  // The routed experts' GEMMs on `tokens` tokens and their dispatch and combine, each GPU sending
  // its share of `sender` tokens (its group's, or with data-parallel attention the largest
  // group's: the all-to-all is padded to it).
  IterationTime expert_part(int stage, std::int64_t tokens, std::int64_t sender) const;
  // The attention core and the output head of one stage.
  IterationTime batch_part(int stage, const BatchShape& shape) const;
  Seconds gemm_time(double m, double n, double k, double batch, double weight_bytes) const;
  Seconds memory_time(Bytes traffic) const;
  // The shape a decode-only iteration runs at with CUDA-graph padding: dummy sequences of one
  // cached token each, which also produce logits (the shape itself otherwise).
  BatchShape padded(const BatchShape& shape) const;

  ModelSpec model_;
  GpuSpec gpu_;
  ReplicaConfig config_;
  ReplicaComms comms_;
  int stage_layers_ = 0;  // layers per stage
  ComputeModel compute_;
  std::int64_t max_model_len_ = 0;
  Bytes weights_{}, activations_{}, kv_cache_{}, kv_per_token_{};
  std::int64_t kv_blocks_ = 0;
  std::vector<int> graph_sizes_;                    // CUDA-graph batch sizes kept (ascending)
  double kv_per_token_layer_ = 0;                   // bytes per token per layer per GPU
  double decode_kv_reads_ = 1;                      // times decode reads each cached KV byte
  double attn_flops_per_pair_ = 0;                  // FLOPs per query-key pair per layer per GPU
  mutable std::vector<IterationTime> dense_cache_;  // by stage and token count (DP: group_part)
  mutable std::vector<char> dense_cached_;
  // Data-parallel attention: the routed experts' GEMMs by all groups' tokens, the all-to-all by
  // the largest group's (NaN: not computed yet).
  mutable std::vector<Seconds> expert_gemm_cache_, all_to_all_cache_;
  mutable std::vector<BatchShape> lone_;  // iteration(shape) with DP: the shape and idle groups
  // Output head and sampling, by sampled rows.
  mutable std::vector<std::pair<Seconds, Seconds>> head_cache_;
};

}  // namespace colossus::serve
