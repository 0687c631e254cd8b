// Predictions against measurements: the FLOPs each source counts, the comparison of a predicted
// step with a row, the error statistics, and the step simulation as a predictor (one topology
// per cluster preset, shared by every row and every thread that runs it).
#include "colossus/validation/validation.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>

#include "colossus/core/error.h"
#include "colossus/sim/megatron_args.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/workload/memory_model.h"

namespace colossus::validation {

Flops reported_step_flops(const RowJob& job) {
  const ModelSpec& m = job.model;
  const double B = static_cast<double>(job.parallelism.global_batch);
  const double s = static_cast<double>(job.parallelism.seq_len);
  const double l = m.layers;
  const double h = static_cast<double>(m.hidden);
  const double V = static_cast<double>(m.vocab);
  switch (job.formula) {
    case FlopFormula::megatron_recompute:
      // Narayanan et al. 2021, appendix: 96 B s l h^2 (1 + s/6h + V/16lh).
      return Flops(96.0 * B * s * l * h * h * (1.0 + s / (6.0 * h) + V / (16.0 * l * h)));
    case FlopFormula::llm_foundry: {
      // llm-foundry: 3 x (2 N s + attention 2 x 2 l h s^2) per sequence.
      const double n = static_cast<double>(count_parameters(m).total);
      return Flops(B * (6.0 * n * s + 12.0 * l * h * s * s));
    }
    case FlopFormula::megatron:
    case FlopFormula::megatron_causal: {
      // Megatron-LM num_floating_point_operations: 12 B s h^2 per layer times (attention
      // projections + core attention + FFN), plus the logits 6 B s h V. Multi-head latent
      // attention counts its low-rank projections (each + 1 for its norm) and the core
      // attention at d_qk + d_v per head; multi-token-prediction modules count as extra layers
      // (MoE when the last layer is), plus their norms, [2h -> h] projection and logits.
      const double heads = m.heads;
      const double q_ratio = static_cast<double>(m.head_dim) * heads / h;
      const double causal = job.formula == FlopFormula::megatron_causal ? 0.5 : 1.0;
      double attention = (1.0 + m.kv_heads / heads + causal * s / h) * q_ratio;
      if (m.is_mla()) {
        const double nope = m.mla.qk_nope_head_dim, rope = m.mla.qk_rope_head_dim;
        const double v = m.mla.v_head_dim, ql = static_cast<double>(m.mla.q_lora_rank);
        const double kvl = static_cast<double>(m.mla.kv_lora_rank);
        const double q = ql > 0 ? ql * (h + heads * (nope + rope) + 1) : h * heads * (nope + rope);
        const double per_token = q + kvl * (h + heads * (nope + v) + 1) + h * rope + heads * v * h +
                                 causal * s * heads * (nope + rope + v);
        attention = per_token / (2.0 * h * h);  // in units of the 12 h^2 below (6 x 2h^2)
      }
      const double gated = m.ffn_kind == FfnKind::swiglu ? 1.5 : 1.0;
      auto ffn_of = [&](int i) {
        if (m.layer_is_moe(i))
          return static_cast<double>(m.moe.expert_ffn_hidden) *
                 (m.moe.top_k + m.moe.shared_experts) / h * gated;
        return static_cast<double>(m.ffn_hidden) / h * gated;
      };
      double per_layer_sum = 0;
      for (int i = 0; i < m.layers; ++i) per_layer_sum += attention + ffn_of(i);
      per_layer_sum += m.mtp_layers * (attention + ffn_of(m.layers - 1));
      const double mtp = 6.0 * m.mtp_layers * (3.0 * h + 2.0 * h * h);
      return Flops(12.0 * B * s * h * h * per_layer_sum + B * s * mtp +
                   6.0 * B * s * h * V * (1 + m.mtp_layers));
    }
  }
  return Flops(0);
}

RowComparison compare(const RowJob& job, const StepPrediction& prediction) {
  RowComparison c;
  c.job = &job;
  c.prediction = prediction;
  const Seconds predicted_step = prediction.step;
  c.predicted_tflops_per_gpu =
      reported_step_flops(job).value() / predicted_step.value() / job.gpus / 1e12;
  c.error =
      (c.predicted_tflops_per_gpu - job.measured_tflops_per_gpu) / job.measured_tflops_per_gpu;
  if (job.measured_tokens_per_sec) {
    c.predicted_tokens_per_sec =
        static_cast<double>(job.tokens_per_step()) / predicted_step.value();
    c.tokens_error =
        (*c.predicted_tokens_per_sec - *job.measured_tokens_per_sec) / *job.measured_tokens_per_sec;
  }
  return c;
}

namespace {

// Median and maximum |error| over the comparisons that did not fail (median of an even count:
// the mean of the two middle values).
template <class Comparison>
ErrorStats stats_of(const std::vector<Comparison>& rows) {
  ErrorStats st;
  std::vector<double> abs_errors;
  for (const Comparison& c : rows) {
    if (!c.failure.empty()) continue;
    double e = std::fabs(c.error);
    abs_errors.push_back(e);
    if (e >= st.max_abs) {
      st.max_abs = e;
      st.max_id = c.job ? c.job->id : "";
    }
  }
  std::sort(abs_errors.begin(), abs_errors.end());
  std::size_t n = abs_errors.size();
  st.rows = static_cast<int>(n);
  if (n == 0) return st;
  st.median_abs = n % 2 ? abs_errors[n / 2] : 0.5 * (abs_errors[n / 2 - 1] + abs_errors[n / 2]);
  return st;
}

}  // namespace

ErrorStats error_stats(const std::vector<RowComparison>& rows) {
  return stats_of(rows);
}

ErrorStats memory_error_stats(const std::vector<MemoryComparison>& rows) {
  return stats_of(rows);
}

std::vector<MemoryComparison> compare_memory(const RowJob& job, const StepPrediction& prediction) {
  std::vector<MemoryComparison> out;
  if (!job.memory || prediction.stage_memory.empty()) return out;
  // The stage the figure was read on: the last one, or the one the model puts fullest.
  const StageMemory* stage = &prediction.stage_memory.back();
  if (job.memory->rank == MemoryRank::max)
    for (const StageMemory& s : prediction.stage_memory)
      if (s.total() > stage->total()) stage = &s;
  const Bytes persistent = stage->weights + stage->gradients + stage->optimizer;
  auto add = [&](const char* quantity, const std::optional<double>& measured, Bytes predicted) {
    if (!measured) return;
    MemoryComparison c;
    c.job = &job;
    c.quantity = quantity;
    c.stage = stage->stage;
    c.measured_bytes = *measured;
    c.predicted_bytes = predicted.value();
    c.error = (c.predicted_bytes - c.measured_bytes) / c.measured_bytes;
    out.push_back(std::move(c));
  };
  add("peak allocated", job.memory->peak_allocated_bytes, persistent + stage->activations);
  add("allocated after the step", job.memory->after_step_allocated_bytes, persistent);
  return out;
}

std::vector<RowComparison> compare_rows(const RowMapping& mapping, const StepPredictor& predict) {
  return compare_jobs(mapping.jobs, predict);
}

std::vector<RowComparison> compare_cross_checks(const RowMapping& mapping,
                                                const StepPredictor& predict) {
  return compare_jobs(mapping.cross_checks, predict);
}

std::vector<RowComparison> compare_jobs(const std::vector<RowJob>& jobs,
                                        const StepPredictor& predict) {
  std::vector<RowComparison> out;
  out.reserve(jobs.size());
  for (const RowJob& job : jobs) {
    try {
      out.push_back(compare(job, predict(job)));
    } catch (const InputError& e) {
      RowComparison c;
      c.job = &job;
      c.failure = e.what();
      out.push_back(std::move(c));
    }
  }
  return out;
}

std::vector<MemoryComparison> compare_memory_rows(const RowMapping& mapping,
                                                  const StepPredictor& predict) {
  std::vector<MemoryComparison> out;
  for (const RowJob& job : mapping.memory_jobs) {
    try {
      for (MemoryComparison& c : compare_memory(job, predict(job))) out.push_back(std::move(c));
    } catch (const InputError& e) {
      MemoryComparison c;
      c.job = &job;
      c.failure = e.what();
      out.push_back(std::move(c));
    }
  }
  return out;
}

sim::Job to_simulation_job(const RowJob& row) {
  sim::Job job;
  job.model = row.model;
  job.parallelism = row.parallelism;
  job.gpus = row.gpus;
  job.options.tp_comm_overlap =
      row.tp_comm_overlap ? sim::tp_comm_overlap_hidden(row.parallelism.tp) : 0.0;
  job.options.overlap_grad_reduce = row.overlap_grad_reduce ? 1.0 : 0.0;
  job.options.overlap_param_gather = row.overlap_param_gather ? 1.0 : 0.0;
  job.options.ep_comm_overlap = row.ep_comm_overlap ? 1.0 : 0.0;
  return job;
}

namespace {

// The cluster topologies the rows run on, each built once: a predictor is copied into every
// thread that runs it, and all copies share one cache, so the map is only touched under the lock.
// A topology is immutable once built, so the simulations read it without the lock.
class TopologyCache {
 public:
  explicit TopologyCache(std::shared_ptr<const CalibrationProfile> profile)
      : profile_(std::move(profile)) {}

  // The topology of a cluster preset, built on first use (with the profile's measured
  // all-reduce bandwidth, if any, on the pools of its GPU).
  const Topology& get(const std::string& cluster) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = topologies_.find(cluster);
    if (it == topologies_.end()) {
      ClusterSpec spec = load_cluster(cluster);
      if (profile_) apply_profile_to_cluster(spec, *profile_);
      it = topologies_.emplace(cluster, make_topology(spec)).first;
    }
    return *it->second;
  }

 private:
  std::shared_ptr<const CalibrationProfile> profile_;
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<const Topology>> topologies_;
};

}  // namespace

StepPredictor simulation_predictor(std::shared_ptr<const CalibrationProfile> profile) {
  auto topologies = std::make_shared<TopologyCache>(profile);
  return [topologies, profile](const RowJob& row) {
    const Topology* topology = &topologies->get(row.cluster);
    // The published runs ran, so they fitted: the memory model's verdict is a warning here,
    // not a reason to drop the row (tests assert that no row gets one).
    sim::Job job = to_simulation_job(row);
    job.options.memory_check = MemoryCheck::warn;
    job.profile = profile;
    sim::SimulationResult r = sim::simulate(*topology, job);
    StepPrediction prediction;
    prediction.step = r.step_time;
    prediction.breakdown = r.breakdown;
    prediction.warnings = r.warnings;
    prediction.collectives = r.collectives;
    for (const sim::StageResult& stage : r.stages) {
      prediction.peak_memory = std::max(prediction.peak_memory, stage.memory.total());
      prediction.stage_memory.push_back(stage.memory);
    }
    prediction.gpu_hbm = r.gpu_hbm;
    return prediction;
  };
}

}  // namespace colossus::validation
