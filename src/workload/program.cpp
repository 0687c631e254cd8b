// Builds the per-stage programs: the layer kernels of layer_ops.cpp grouped into compute
// segments between the communication ops Megatron issues (TP all-gather / reduce-scatter or
// all-reduce, CP ring exchanges, EP all-to-all, ZeRO-3 gathers), timed by the compute model;
// plus pipeline message sizes, data-parallel gradient bytes, the optimizer, and FLOPs per step.
#include "colossus/workload/program.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "colossus/workload/layer_ops.h"
#include "colossus/workload/optimizer.h"

namespace colossus {

namespace {

// Weight-matrix parameters a token passes through in layer i (no biases, no norms).
double matmul_params(const ModelSpec& m, int layer) {
  const double h = static_cast<double>(m.hidden);
  double attention;
  if (m.is_mla()) {
    const double a = m.heads, qk = m.mla.qk_nope_head_dim + m.mla.qk_rope_head_dim;
    const double ql = static_cast<double>(m.mla.q_lora_rank);
    const double kvl = static_cast<double>(m.mla.kv_lora_rank);
    attention = (ql > 0 ? h * ql + ql * a * qk : h * a * qk) + h * (kvl + m.mla.qk_rope_head_dim) +
                kvl * a * (m.mla.qk_nope_head_dim + m.mla.v_head_dim) + a * m.mla.v_head_dim * h;
  } else {
    const double q = static_cast<double>(m.heads) * m.head_dim;
    const double kv = static_cast<double>(m.kv_heads) * m.head_dim;
    attention = h * (q + 2 * kv) + q * h;
  }
  const double mats = m.ffn_kind == FfnKind::swiglu ? 3 : 2;
  double ffn;
  if (m.layer_is_moe(layer)) {
    ffn = mats * h * static_cast<double>(m.moe.expert_ffn_hidden) *
              (m.moe.top_k + m.moe.shared_experts) +
          h * m.moe.experts;
  } else {
    ffn = mats * h * static_cast<double>(m.ffn_hidden);
  }
  return attention + ffn;
}

// Attention-core FLOPs of layer i per token, forward: QK^T and AV over the keys a query
// attends to, counted as Megatron counts full attention (the whole sequence, not halved for
// causality; a sliding window: model.h's attended_keys).
double attention_flops_per_token(const ModelSpec& m, std::int64_t seq_len, int layer) {
  double dqk = m.head_dim, dv = m.head_dim;
  if (m.is_mla()) {
    dqk = m.mla.qk_nope_head_dim + m.mla.qk_rope_head_dim;
    dv = m.mla.v_head_dim;
  }
  return 2.0 * m.attended_keys(layer, seq_len) * m.heads * (dqk + dv);
}

// Multiplier of a base weight's 2 FLOPs per token for forward + backward: 6 (forward, data and
// weight gradients), 4 for LoRA's frozen base (no weight gradient).
double base_factor(const ModelSpec& m) {
  return m.is_lora() ? 4.0 : 6.0;
}

// Forward + backward FLOPs per token of every weight a token passes through: base matmuls,
// LoRA adapters (trainable: 6 per parameter) and the attention core (3 times its forward).
double per_token_flops(const ModelSpec& m, std::int64_t seq_len) {
  const double f = base_factor(m);
  double per_token = f * static_cast<double>(m.vocab * m.hidden);  // output projection
  for (int i = 0; i < m.layers; ++i)
    per_token += f * matmul_params(m, i) + 6.0 * static_cast<double>(lora_params(m, i)) +
                 3.0 * attention_flops_per_token(m, seq_len, i);
  // Multi-token prediction: per module a layer shaped like the last, the [2h -> h] projection
  // and the output projection again (Megatron's num_floating_point_operations).
  const int last = m.layers - 1;
  const double h = static_cast<double>(m.hidden);
  per_token +=
      m.mtp_layers * (f * (matmul_params(m, last) + 2 * h * h + static_cast<double>(m.vocab) * h) +
                      6.0 * static_cast<double>(lora_params(m, last)) +
                      3.0 * attention_flops_per_token(m, seq_len, last));
  return per_token;
}

// Which pass of a layer a collective belongs to: both (the backward mirrors the forward's) or
// one only.
enum class Pass { both, forward, backward };

// Builds ops for one stage chunk.
class ChunkBuilder {
 public:
  ChunkBuilder(const ModelSpec& m, const Parallelism& p, const ComputeModel& compute,
               double grad_bytes)
      : m_(m), p_(p), compute_(compute), grad_bytes_(grad_bytes) {}

  // The program of one chunk (virtual stage) of a pipeline stage, for one micro-batch.
  ChunkProgram build(int stage, int chunk) {
    ChunkProgram out;
    out.chunk = chunk;
    auto [first, last] = p_.layers(stage, chunk);
    out.first_layer = first;
    out.last_layer = last;
    const double tokens = static_cast<double>(p_.micro_batch()) * p_.seq_len() / p_.cp();
    const double rep = p_.spec().sequence_parallel ? p_.tp() : 1.0;
    const double h = static_cast<double>(m_.hidden);
    out.pp_bytes = bytes(tokens * h * 2 / rep);

    // Backward ops are appended block by block (the embedding's, each layer's in backward
    // order, the output's...) to one list; the chunk's backward takes the blocks in reverse.
    std::vector<Op> blocks;
    std::vector<std::size_t> block_starts;
    auto next_block = [&]() -> std::vector<Op>& {
      block_starts.push_back(blocks.size());
      return blocks;
    };
    if (chunk == 0 && p_.has_embedding(stage)) {
      PassKernels k = embedding_kernels(m_, p_);
      out.forward.push_back(compute_op("embedding", k.forward));
      next_block().push_back(compute_op("embedding backward", k.backward));
    }
    for (int layer = first; layer < last; ++layer) {
      add_layer(layer, out.forward, next_block());
      add_layer_grads(layer_params(m_, layer), layer, out);
    }
    // LoRA freezes the embedding and the output projection: no gradients to reduce.
    const double table = m_.is_lora() ? 0.0 : static_cast<double>(m_.vocab * m_.hidden) / p_.tp();
    if (chunk == 0 && p_.has_embedding(stage)) out.dense_grad_bytes += bytes(grad_bytes_ * table);
    if (chunk == p_.vpp() - 1 && p_.has_output(stage)) {
      add_output(out.forward, next_block());
      if (!m_.tied_embeddings || p_.pp() > 1) out.dense_grad_bytes += bytes(grad_bytes_ * table);
      // Multi-token prediction on the last stage (Megatron): per module its embedding, norms
      // and projection, a layer shaped like the last one, and the output head and loss again.
      for (int d = 0; d < m_.mtp_layers; ++d) {
        PassKernels k = mtp_kernels(m_, p_);
        Op projection = compute_op("projection", k.forward);
        Op projection_backward = compute_op("projection backward", k.backward);
        projection.mtp_module = projection_backward.mtp_module = d;
        out.forward.push_back(projection);
        next_block().push_back(projection_backward);
        add_layer(m_.layers - 1, out.forward, next_block(), d);
        add_output(out.forward, next_block());
        const MtpParams mtp = mtp_params(m_);
        add_layer_grads(mtp.layer, m_.layers - 1, out);
        if (!m_.is_lora())
          out.dense_grad_bytes +=
              bytes(grad_bytes_ * (static_cast<double>(mtp.projection) / p_.tp() +
                                   static_cast<double>(mtp.norms)));
      }
    }
    out.backward.reserve(blocks.size());
    auto end = blocks.end();
    for (auto start = block_starts.rbegin(); start != block_starts.rend(); ++start) {
      const auto begin = blocks.begin() + static_cast<std::ptrdiff_t>(*start);
      out.backward.insert(out.backward.end(), begin, end);
      end = begin;
    }
    for (const Op& op : out.forward)
      if (op.type == Op::Type::compute) out.forward_time += op.time;
    for (const Op& op : out.backward)
      if (op.type == Op::Type::compute) out.backward_time += op.time;
    return out;
  }

 private:
  // A compute op running these kernels back to back.
  Op compute_op(const char* label, const std::vector<Kernel>& kernels) const {
    Op op;
    op.type = Op::Type::compute;
    op.label = label;
    for (const Kernel& k : kernels) {
      op.time += compute_.time(k, p_.spec().precision);
      op.flops += k.flops;
    }
    return op;
  }

  // A communication op of `size` bytes (nccl-tests convention) on a group kind.
  static Op comm_op(const char* label, CollectiveOp kind, GroupKind group, double size,
                    bool overlappable = false) {
    Op op;
    op.type = Op::Type::comm;
    op.label = label;
    op.comm = kind;
    op.group = group;
    op.bytes = bytes(size);
    op.overlappable = overlappable;
    return op;
  }

  // Bytes per element of a TP all-gather that feeds FP8 GEMMs: Transformer Engine casts before
  // it gathers (the sequence-parallel input in forward, the output gradient in backward).
  double gathered_element_bytes() const {
    return p_.spec().precision == Precision::fp8 ? 1.0 : 2.0;
  }

  // The backward of a forward communication op, `backward_bytes` per rank (0: the forward's).
  static Op mirror(const Op& fwd, double backward_bytes = 0) {
    Op op = fwd;
    op.copy = Op::Copy::backward;
    if (fwd.comm == CollectiveOp::all_gather)
      op.comm = CollectiveOp::reduce_scatter;
    else if (fwd.comm == CollectiveOp::reduce_scatter)
      op.comm = CollectiveOp::all_gather;
    else if (fwd.comm == CollectiveOp::send_recv)
      op.bytes = fwd.bytes * 2;  // dK and dV as well
    if (backward_bytes > 0) op.bytes = bytes(backward_bytes);
    return op;
  }

  // Adds the gradient bytes of a layer's trainable parameters to a chunk's: the dense ones
  // (split by TP) and this GPU's routed experts; with LoRA only the adapters.
  void add_layer_grads(const LayerParams& lp, int layer, ChunkProgram& out) const {
    if (m_.is_lora()) {
      out.dense_grad_bytes +=
          bytes(grad_bytes_ * static_cast<double>(lora_params(m_, layer)) / p_.tp());
      return;
    }
    out.dense_grad_bytes +=
        bytes(grad_bytes_ * (static_cast<double>(lp.attention + lp.dense_ffn) / p_.tp() +
                             static_cast<double>(lp.norms)));
    out.expert_grad_bytes +=
        bytes(grad_bytes_ * static_cast<double>(lp.expert) * lp.experts / p_.ep() / p_.etp());
  }

  // What a layer's ops depend on besides the layout: its index enters layer_kernels, layer_params
  // and the ops below only through these three (a new per-layer input must join them).
  struct LayerShape {
    bool moe = false;
    double attended_keys = 0;
    Recompute recompute = Recompute::none;
    bool operator<(const LayerShape& o) const {
      return std::tie(moe, attended_keys, recompute) <
             std::tie(o.moe, o.attended_keys, o.recompute);
    }
  };
  // A layer's ops, not yet given their layer (Op::layer, Op::mtp_module).
  struct LayerOps {
    std::vector<Op> forward, backward;
  };

  // Appends a transformer layer's forward ops and its backward ops (in backward order), as
  // layer `layer`'s or, with mtp_module >= 0, as that MTP module's layer. Layers of one shape have
  // the same ops but for their names, so each shape is built (its kernels listed and timed) once
  // per builder.
  void add_layer(int layer, std::vector<Op>& fwd_out, std::vector<Op>& bwd_out,
                 int mtp_module = -1) {
    const LayerShape shape{m_.layer_is_moe(layer), m_.attended_keys(layer, p_.seq_len()),
                           p_.layer_recompute(layer)};
    auto it = layers_.find(shape);
    if (it == layers_.end()) {
      LayerOps ops;
      build_layer(layer, ops.forward, ops.backward);
      it = layers_.emplace(shape, std::move(ops)).first;
    }
    auto append = [&](const std::vector<Op>& from, std::vector<Op>& to) {
      const std::size_t first = to.size();
      to.insert(to.end(), from.begin(), from.end());
      for (std::size_t i = first; i < to.size(); ++i) {
        if (mtp_module >= 0)
          to[i].mtp_module = mtp_module;
        else
          to[i].layer = layer;
      }
    };
    append(it->second.forward, fwd_out);
    append(it->second.backward, bwd_out);
  }

  // Builds layer `layer`'s forward and backward ops, not yet given their layer ("ffn",
  // "tp all-gather (attention)", ...).
  void build_layer(int layer, std::vector<Op>& fwd_out, std::vector<Op>& bwd_out) const {
    LayerKernels k = layer_kernels(m_, p_, layer);
    std::map<LayerPart, std::vector<Kernel>> fwd, bwd;
    for (const LayerKernel& lk : k.forward) fwd[lk.part].push_back(lk.kernel);
    for (const LayerKernel& lk : k.backward) bwd[lk.part].push_back(lk.kernel);

    const double tokens = static_cast<double>(p_.micro_batch()) * p_.seq_len() / p_.cp();
    const double h = static_cast<double>(m_.hidden);
    const bool tp = p_.tp() > 1, sp = p_.spec().sequence_parallel;
    const double act = tokens * h * 2;  // full (gathered) activation buffer, BF16
    const double gathered = tokens * h * gathered_element_bytes();  // the same feeding a GEMM

    // The forward sequence, as (layer part or comm) items; backward is its mirror.
    struct Item {
      bool is_comm;
      LayerPart part;
      Op comm;
      double backward_bytes = 0;  // of the mirrored collective, when they differ from comm's
      Pass pass = Pass::both;     // a collective of one pass only, not mirrored
    };
    std::vector<Item> items;
    auto seg = [&](LayerPart part) { items.push_back({false, part, {}}); };
    auto comm = [&](Op op, double backward_bytes = 0) {
      items.push_back({true, LayerPart::attn_norm, std::move(op), backward_bytes});
    };
    // FP8 current scaling with sequence parallelism: Transformer Engine all-reduces the amax of
    // a tensor it casts before a TP all-gather over the TP group, so that every rank casts its
    // shard with one scale (with_amax_reduction on the column-parallel input quantizer forward,
    // on the row-parallel output-gradient quantizer backward: module/linear.py,
    // layernorm_linear.py, layernorm_mlp.py). One FP32 per tensor, a separate blocking NCCL
    // call on the compute stream before the cast: latency, and not hidden by TP comm overlap.
    const bool amax_reduce = tp && sp && p_.spec().precision == Precision::fp8 &&
                             p_.spec().fp8_scaling == Fp8Scaling::current;
    // A collective of one pass only (not mirrored in the other).
    auto comm_in = [&](Pass pass, Op op) {
      items.push_back({true, LayerPart::attn_norm, std::move(op), 0, pass});
    };
    auto amax = [&](const char* label, Pass pass) {
      if (!amax_reduce) return;
      Op op = comm_op(label, CollectiveOp::all_reduce, GroupKind::tp, 4);
      op.tp_overlap_hides = false;
      comm_in(pass, std::move(op));
    };
    LayerParams lp = layer_params(m_, layer);
    const bool zero3 = p_.spec().zero == ZeroStage::weights;
    if (zero3) {
      double dense = static_cast<double>(lp.attention + lp.dense_ffn) / p_.tp() + lp.norms;
      comm(comm_op("zero3 weight all-gather", CollectiveOp::all_gather, GroupKind::dp_cp, dense * 2,
                   true));
      if (lp.experts > 0)
        comm(comm_op("zero3 expert weight all-gather", CollectiveOp::all_gather, GroupKind::edp_cp,
                     static_cast<double>(lp.expert) * lp.experts / p_.ep() / p_.etp() * 2, true));
    }
    seg(LayerPart::attn_norm);
    if (tp && sp) {
      amax("tp amax all-reduce (qkv input)", Pass::forward);
      comm(comm_op("tp all-gather (attention)", CollectiveOp::all_gather, GroupKind::tp, gathered),
           act);
    }
    seg(LayerPart::qkv);
    // This rank's keys and values (BF16) for its local tokens, the CP exchange's unit.
    const double dqk =
        m_.is_mla() ? m_.mla.qk_nope_head_dim + m_.mla.qk_rope_head_dim : m_.head_dim;
    const double dv = m_.is_mla() ? m_.mla.v_head_dim : m_.head_dim;
    const double local_kv =
        tokens * std::max(1.0, static_cast<double>(m_.kv_heads) / p_.tp()) * (dqk + dv) * 2;
    const bool cp_allgather = p_.cp() > 1 && p_.spec().cp_comm_type == CpCommType::allgather;
    if (p_.cp() > 1 && !cp_allgather) {
      // Ring attention: cp - 1 steps passing the local K and V to the next rank.
      comm(comm_op("cp ring K/V", CollectiveOp::send_recv, GroupKind::cp, local_kv * (p_.cp() - 1),
                   true));
    }
    if (cp_allgather) {
      // All-gather K and V over the CP group (nccl-tests size: the gathered cp * local_kv),
      // blocking on the compute stream before attention; its mirror reduce-scatters dK and dV
      // after the attention backward. Transformer Engine's AttnFuncWithCPAndKVAllGather
      // overlaps only the two local query chunks' attention kernels (two streams), never the
      // collectives.
      comm(comm_op("cp all-gather K/V", CollectiveOp::all_gather, GroupKind::cp,
                   local_kv * p_.cp()));
    }
    seg(LayerPart::attention);
    if (cp_allgather) {
      // The backward gathers K and V again (only the local chunks are saved) before the
      // attention backward.
      comm_in(Pass::backward, comm_op("cp all-gather K/V (backward)", CollectiveOp::all_gather,
                                      GroupKind::cp, local_kv * p_.cp()));
    }
    seg(LayerPart::out_proj);
    // A parallel block (dense FFN): the FFN reads the gathered input the attention read, and
    // one reduce-scatter (all-reduce) after the FFN sums both branches (GPT-J, PaLM).
    const bool parallel = m_.parallel_block && !m_.layer_is_moe(layer);
    if (tp && !parallel) {
      comm(
          comm_op((sp ? "tp reduce-scatter (attention)" : "tp all-reduce (attention)"),
                  sp ? CollectiveOp::reduce_scatter : CollectiveOp::all_reduce, GroupKind::tp, act),
          sp ? gathered : 0);
      amax("tp amax all-reduce (output projection gradient)",
           Pass::backward);  // backward: before the all-gather
    }
    seg(LayerPart::ffn_norm);
    if (m_.layer_is_moe(layer)) {
      const double routed =
          (sp ? tokens / p_.tp() : tokens) * m_.moe.top_k * m_.moe_routed_share() * h * 2;
      seg(LayerPart::router);
      if (p_.ep() > 1)
        comm(comm_op("ep all-to-all dispatch", CollectiveOp::all_to_all, GroupKind::ep, routed));
      // Expert tensor parallelism (etp = tp) gathers the dispatched tokens across TP and
      // reduce-scatters the expert outputs; with etp = 1 each GPU runs whole experts on its
      // own tokens. (MoE with tp > 1 requires sequence parallel.)
      const bool etp = tp && p_.etp() > 1;
      if (etp)
        comm(comm_op("tp all-gather (experts)", CollectiveOp::all_gather, GroupKind::tp,
                     routed * p_.tp()));
      seg(LayerPart::ffn);
      if (etp)
        comm(comm_op("tp reduce-scatter (experts)", CollectiveOp::reduce_scatter, GroupKind::tp,
                     routed * p_.tp()));
      if (p_.ep() > 1)
        comm(comm_op("ep all-to-all combine", CollectiveOp::all_to_all, GroupKind::ep, routed));
      seg(LayerPart::unpermute);
      if (m_.moe.shared_experts > 0) {
        if (tp && sp) {
          amax("tp amax all-reduce (shared experts input)", Pass::forward);
          comm(comm_op("tp all-gather (shared experts)", CollectiveOp::all_gather, GroupKind::tp,
                       gathered),
               act);
        }
        seg(LayerPart::shared_experts);
        if (tp) {
          comm(comm_op("tp reduce-scatter (shared experts)",
                       sp ? CollectiveOp::reduce_scatter : CollectiveOp::all_reduce, GroupKind::tp,
                       act),
               sp ? gathered : 0);
          amax("tp amax all-reduce (shared experts gradient)", Pass::backward);
        }
      }
    } else {
      if (tp && sp && !parallel) {
        amax("tp amax all-reduce (ffn input)", Pass::forward);
        comm(comm_op("tp all-gather (ffn)", CollectiveOp::all_gather, GroupKind::tp, gathered),
             act);
      }
      seg(LayerPart::ffn);
      if (tp) {
        comm(comm_op((sp ? "tp reduce-scatter (ffn)" : "tp all-reduce (ffn)"),
                     sp ? CollectiveOp::reduce_scatter : CollectiveOp::all_reduce, GroupKind::tp,
                     act),
             sp ? gathered : 0);
        amax("tp amax all-reduce (ffn gradient)", Pass::backward);
      }
    }
    seg(LayerPart::ffn_residual);

    // Each part's compute op in forward, in backward and recomputed.
    struct PartNames {
      const char *forward, *backward, *recompute;
    };
    static const std::map<LayerPart, PartNames> kNames = {
        {LayerPart::attn_norm,
         {"attention norm", "attention norm backward", "recompute attention norm"}},
        {LayerPart::qkv, {"qkv projection", "qkv projection backward", "recompute qkv projection"}},
        {LayerPart::attention, {"attention", "attention backward", "recompute attention"}},
        {LayerPart::out_proj,
         {"output projection", "output projection backward", "recompute output projection"}},
        {LayerPart::ffn_norm, {"ffn norm", "ffn norm backward", "recompute ffn norm"}},
        {LayerPart::router, {"router", "router backward", "recompute router"}},
        {LayerPart::ffn, {"ffn", "ffn backward", "recompute ffn"}},
        {LayerPart::unpermute, {"unpermute", "unpermute backward", "recompute unpermute"}},
        {LayerPart::shared_experts,
         {"shared experts", "shared experts backward", "recompute shared experts"}},
        {LayerPart::ffn_residual, {"residual", "residual backward", "recompute residual"}}};
    for (const Item& item : items) {
      if (item.is_comm && item.pass == Pass::backward) continue;
      if (item.is_comm)
        fwd_out.push_back(item.comm);
      else if (!fwd[item.part].empty())
        fwd_out.push_back(compute_op(kNames.at(item.part).forward, fwd[item.part]));
    }
    // Backward: recompute first (full recompute also replays the forward communication), then
    // the items in reverse, each comm mirrored.
    if (!k.recompute.empty()) {
      if (p_.layer_recompute(layer) == Recompute::full) {
        for (const Item& item : items) {
          if (item.is_comm && item.pass == Pass::backward) continue;
          if (item.is_comm && item.comm.group == GroupKind::dp_cp) continue;
          if (item.is_comm && item.comm.group == GroupKind::edp_cp) continue;
          if (item.is_comm) {
            Op again = item.comm;
            again.copy = Op::Copy::recompute;
            bwd_out.push_back(again);
          } else if (!fwd[item.part].empty()) {
            bwd_out.push_back(compute_op(kNames.at(item.part).recompute, fwd[item.part]));
          }
        }
      } else {
        std::vector<Kernel> again;
        for (const LayerKernel& lk : k.recompute) again.push_back(lk.kernel);
        bwd_out.push_back(compute_op("recompute attention", again));
      }
    }
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
      if (it->is_comm) {
        if (it->pass == Pass::forward) continue;
        if (it->pass == Pass::backward) {
          bwd_out.push_back(it->comm);
          continue;
        }
        if (it->comm.comm == CollectiveOp::all_gather &&
            (it->comm.group == GroupKind::dp_cp || it->comm.group == GroupKind::edp_cp))
          continue;  // ZeRO-3 gathers are re-issued at the start of the layer's backward
        bwd_out.push_back(mirror(it->comm, it->backward_bytes));
      } else if (!bwd[it->part].empty()) {
        bwd_out.push_back(compute_op(kNames.at(it->part).backward, bwd[it->part]));
      }
    }
    if (zero3) {
      // Gather the weights again before the layer's backward, reduce-scatter its gradients
      // after it.
      std::vector<Op> gathers, scatters;
      for (const Item& item : items) {
        if (!item.is_comm || item.comm.comm != CollectiveOp::all_gather) continue;
        if (item.comm.group != GroupKind::dp_cp && item.comm.group != GroupKind::edp_cp) continue;
        Op g = item.comm;
        g.copy = Op::Copy::backward;
        gathers.push_back(g);
        Op rs = item.comm;
        rs.label = item.comm.group == GroupKind::dp_cp ? "zero3 gradient reduce-scatter"
                                                       : "zero3 expert gradient reduce-scatter";
        rs.comm = CollectiveOp::reduce_scatter;
        rs.bytes = item.comm.bytes / 2 * grad_bytes_;
        scatters.push_back(rs);
      }
      bwd_out.insert(bwd_out.begin(), gathers.begin(), gathers.end());
      bwd_out.insert(bwd_out.end(), scatters.begin(), scatters.end());
    }
  }

  // Appends the output layer and loss, forward and backward.
  void add_output(std::vector<Op>& fwd_out, std::vector<Op>& bwd_out) {
    PassKernels k = output_kernels(m_, p_);
    const double tokens = static_cast<double>(p_.micro_batch()) * p_.seq_len() / p_.cp();
    const bool tp = p_.tp() > 1, sp = p_.spec().sequence_parallel;
    std::vector<Op> fwd;
    if (tp && sp)
      fwd.push_back(comm_op("output tp all-gather", CollectiveOp::all_gather, GroupKind::tp,
                            tokens * static_cast<double>(m_.hidden) * 2));
    fwd.push_back(compute_op("output layer and loss", k.forward));
    // Vocab-parallel cross-entropy: all-reduces of the per-token max and sum of exponentials.
    if (tp)
      fwd.push_back(comm_op("output tp all-reduce (cross-entropy)", CollectiveOp::all_reduce,
                            GroupKind::tp, tokens * 4 * 2));
    fwd_out.insert(fwd_out.end(), fwd.begin(), fwd.end());
    bwd_out.push_back(compute_op("output layer and loss backward", k.backward));
    if (tp && sp) bwd_out.push_back(mirror(fwd.front()));
  }

  const ModelSpec& m_;
  const Parallelism& p_;
  const ComputeModel& compute_;
  double grad_bytes_;
  std::map<LayerShape, LayerOps> layers_;  // each shape's ops, built once
};

}  // namespace

std::string Op::name() const {
  std::string out;
  if (layer >= 0)
    out = "layer " + std::to_string(layer) + " ";
  else if (mtp_module >= 0)
    out = "mtp " + std::to_string(mtp_module) + " ";
  out += label;
  if (copy == Copy::backward) out += " (backward)";
  if (copy == Copy::recompute) out += " (recompute)";
  return out;
}

Flops model_flops_per_token(const ModelSpec& m, std::int64_t seq_len) {
  return flops(per_token_flops(m, seq_len));
}

namespace {

// FLOPs per token the recompute of layer i re-runs: selective the attention core, full the
// whole layer's forward.
double recompute_flops_per_token(const ModelSpec& m, std::int64_t seq_len, int layer,
                                 Recompute recompute, bool core_attn = true,
                                 bool mla_up_proj = false) {
  if (recompute == Recompute::selective) {
    double f = core_attn ? attention_flops_per_token(m, seq_len, layer) : 0.0;
    // MLA's up projections: 2 FLOPs per weight of q_up [q_lora_rank, heads x (nope + rope)] and
    // kv_up [kv_lora_rank, heads x (nope + v)].
    if (mla_up_proj && m.is_mla())
      f += 2.0 * static_cast<double>(m.heads) *
           (static_cast<double>(m.mla.q_lora_rank) *
                (m.mla.qk_nope_head_dim + m.mla.qk_rope_head_dim) +
            static_cast<double>(m.mla.kv_lora_rank) * (m.mla.qk_nope_head_dim + m.mla.v_head_dim));
    return f;
  }
  if (recompute == Recompute::full)
    return 2.0 * (matmul_params(m, layer) + static_cast<double>(lora_params(m, layer))) +
           attention_flops_per_token(m, seq_len, layer);
  return 0;
}

}  // namespace

Flops hardware_flops_per_token(const ModelSpec& m, std::int64_t seq_len, Recompute recompute) {
  Flops total = model_flops_per_token(m, seq_len);
  for (int i = 0; i < m.layers; ++i)
    total += flops(recompute_flops_per_token(m, seq_len, i, recompute));
  return total;
}

TrainingProgram build_program(const ModelSpec& m, const Parallelism& p, const ComputeModel& compute,
                              const MemoryOptions& memory) {
  TrainingProgram program;
  program.micro_batches = p.micro_batches();
  program.tokens_per_step = p.global_batch() * p.seq_len();
  const double tokens = static_cast<double>(program.tokens_per_step);
  program.model_flops_per_step = model_flops_per_token(m, p.seq_len()) * tokens;
  Flops hardware_per_token = model_flops_per_token(m, p.seq_len());
  for (int i = 0; i < m.layers; ++i)
    hardware_per_token += flops(recompute_flops_per_token(m, p.seq_len(), i, p.layer_recompute(i),
                                                          p.spec().recompute_core_attn,
                                                          p.spec().recompute_mla_up_proj));
  program.hardware_flops_per_step = hardware_per_token * tokens;

  const double grad_bytes = p.spec().main_grads_fp32 ? 4 : 2;
  const ZeroStage zero = p.spec().zero;
  std::vector<StageMemory> mem = memory_per_stage(m, p, memory);
  ChunkBuilder builder(m, p, compute, grad_bytes);
  for (int stage = 0; stage < p.pp(); ++stage) {
    StageProgram sp;
    sp.stage = stage;
    sp.memory = mem.at(static_cast<std::size_t>(stage));
    for (int c = 0; c < p.vpp(); ++c) sp.chunks.push_back(builder.build(stage, c));
    // Parameters this GPU holds for the stage, from the gradient bytes of its chunks.
    double dense = 0, expert = 0;
    for (const ChunkProgram& c : sp.chunks) {
      dense += c.dense_grad_bytes.value() / grad_bytes;
      expert += c.expert_grad_bytes.value() / grad_bytes;
    }
    if (zero == ZeroStage::weights) {
      // ZeRO-3 reduces inside each layer's backward (ops above), nothing at the end of the step.
      for (ChunkProgram& c : sp.chunks) {
        c.dense_grad_bytes = Bytes{};
        c.expert_grad_bytes = Bytes{};
      }
    }
    sp.grad_reduce =
        zero >= ZeroStage::optimizer ? CollectiveOp::reduce_scatter : CollectiveOp::all_reduce;
    if (zero == ZeroStage::optimizer || zero == ZeroStage::gradients) {
      // FP8 parameters are gathered in FP8 (approximation: the embedding's BF16 bytes too).
      const double gathered = p.spec().fp8_param_gather ? 1 : 2;
      sp.dense_param_gather_bytes = bytes(gathered * dense);
      sp.expert_param_gather_bytes = bytes(gathered * expert);
    }
    const double shards_dense = zero >= ZeroStage::optimizer ? p.group_size(GroupKind::dp_cp) : 1;
    const double shards_expert = zero >= ZeroStage::optimizer ? p.group_size(GroupKind::edp_cp) : 1;
    for (const Kernel& k :
         optimizer_step_kernels(p.spec().optimizer, dense / shards_dense + expert / shards_expert,
                                static_cast<double>(m.hidden)))
      sp.optimizer_time += compute.time(k, Precision::bf16);
    program.stages.push_back(std::move(sp));
  }
  return program;
}

}  // namespace colossus
