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
#include "colossus/spec/cluster_loader.h"
#include "colossus/workload/memory_model.h"

namespace colossus::validation {
namespace {

// Fraction of the TP/SP collectives hidden behind GEMMs when a source runs Megatron's
// --tp-comm-overlap: Transformer Engine's userbuffers split each all-gather / reduce-scatter
// into tp ring steps, each overlapped with the GEMM chunk of the previous one, so one step of
// tp stays exposed: (tp - 1) / tp. Not fitted to a row.
double tp_comm_overlap_hidden(int tp) {
  return tp > 1 ? (tp - 1.0) / tp : 0.0;
}

// HBM bytes per attention score element in an unfused forward pass (see
// unfused_attention_efficiency): scores written 2, softmax read + write 4, dropout read + write
// + mask 5, AV read 2.
constexpr double kUnfusedScoreBytes = 13.0;

}  // namespace

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
      // projections + core attention + FFN), plus the logits 6 B s h V.
      const double heads = m.heads;
      const double q_ratio = static_cast<double>(m.head_dim) * heads / h;
      const double causal = job.formula == FlopFormula::megatron_causal ? 0.5 : 1.0;
      const double attention = (1.0 + m.kv_heads / heads + causal * s / h) * q_ratio;
      const double gated = m.ffn_kind == FfnKind::swiglu ? 1.5 : 1.0;
      double per_layer_sum = 0;
      for (int i = 0; i < m.layers; ++i) {
        double ffn = 0;
        if (m.layer_is_moe(i)) {
          ffn = static_cast<double>(m.moe.expert_ffn_hidden) *
                (m.moe.top_k + m.moe.shared_experts) / h * gated;
        } else {
          ffn = static_cast<double>(m.ffn_hidden) / h * gated;
        }
        per_layer_sum += attention + ffn;
      }
      return Flops(12.0 * B * s * h * h * per_layer_sum + 6.0 * B * s * h * V);
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

ErrorStats error_stats(const std::vector<RowComparison>& rows) {
  ErrorStats st;
  std::vector<double> abs_errors;
  for (const RowComparison& c : rows) {
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

std::vector<RowComparison> compare_rows(const RowMapping& mapping, const StepPredictor& predict) {
  std::vector<RowComparison> out;
  out.reserve(mapping.jobs.size());
  for (const RowJob& job : mapping.jobs) {
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

double unfused_attention_efficiency(const GpuSpec& gpu, const ComputeCalibration& calibration,
                                    int head_dim, bool backward) {
  const double d = head_dim;
  const double peak = gpu.bf16_dense.value();
  const double gemm_rate = peak * calibration.gemm_max_efficiency_bf16;
  const double memory_rate = gpu.hbm_bandwidth.value() * calibration.memory_efficiency;
  const double pass = backward ? 2.0 : 1.0;
  // Per score element: GEMM FLOPs 4d (QK^T 2d, AV 2d) and 13 bytes forward, twice backward.
  const double time = pass * (4.0 * d / gemm_rate + kUnfusedScoreBytes / memory_rate);
  // The compute model charges flash attention's FLOPs: 2d forward (half the 4d: causal
  // blocks skipped), 2.5x that backward.
  const double charged = (backward ? 2.5 : 1.0) * 2.0 * d;
  return charged / (peak * time);
}

sim::Job to_simulation_job(const RowJob& row, const GpuSpec& gpu) {
  sim::Job job;
  if (row.attention != AttentionKernel::flash) {
    ComputeCalibration c = default_calibration(gpu);
    if (row.attention == AttentionKernel::unfused) {
      c.attention_fwd_efficiency = unfused_attention_efficiency(gpu, c, row.model.head_dim, false);
      c.attention_bwd_efficiency = unfused_attention_efficiency(gpu, c, row.model.head_dim, true);
    } else {
      c.attention_fwd_efficiency *= flash_v1_attention_speed;
      c.attention_bwd_efficiency *= flash_v1_attention_speed;
    }
    job.calibration = c;
  }
  job.model = row.model;
  job.parallelism = row.parallelism;
  job.gpus = row.gpus;
  job.options.tp_comm_overlap =
      row.tp_comm_overlap ? tp_comm_overlap_hidden(row.parallelism.tp) : 0.0;
  job.options.overlap_grad_reduce = row.overlap_grad_reduce;
  job.options.overlap_param_gather = row.overlap_param_gather;
  return job;
}

namespace {

// The cluster topologies the rows run on, each built once: a predictor is copied into every
// thread that runs it, and all copies share one cache, so the map is only touched under the lock.
// A topology is immutable once built, so the simulations read it without the lock.
class TopologyCache {
 public:
  // The topology of a cluster preset, built on first use.
  const Topology& get(const std::string& cluster) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = topologies_.find(cluster);
    if (it == topologies_.end())
      it = topologies_.emplace(cluster, make_topology(load_cluster(cluster))).first;
    return *it->second;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<const Topology>> topologies_;
};

}  // namespace

StepPredictor simulation_predictor() {
  auto topologies = std::make_shared<TopologyCache>();
  return [topologies](const RowJob& row) {
    const Topology* topology = &topologies->get(row.cluster);
    // The published runs ran, so they fitted: the memory model's verdict is a warning here,
    // not a reason to drop the row.
    sim::Job job = to_simulation_job(row, topology->server_spec(0).gpu);
    job.options.check_memory = false;
    sim::SimulationResult r = sim::simulate(*topology, job);
    StepPrediction prediction{r.step_time, r.breakdown, r.warnings, r.collectives};
    std::vector<StageMemory> memory;
    for (const sim::StageResult& stage : r.stages) memory.push_back(stage.memory);
    try {
      check_fits(memory, topology->server_spec(0).gpu, job.parallelism);
    } catch (const InputError& e) {
      prediction.warnings.push_back("memory model: " + e.message());
    }
    return prediction;
  };
}

}  // namespace colossus::validation
