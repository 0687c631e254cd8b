// Text and JSON of `colossus serve` (serve_report.h).
#include "colossus/report/serve_report.h"

#include <fmt/format.h>

#include <cmath>

#include "colossus/report/text.h"

namespace colossus::report {
namespace {

using serve::ServingResult;

double gib_of(Bytes b) {
  return b.value() / gib(1).value();
}

// The decode iteration the header quotes: one sequence at 1,024 tokens of context (or less).
serve::BatchShape probe(const serve::ReplicaModel& m) {
  serve::BatchShape s;
  s.decode_seqs = 1;
  s.decode_context = std::min<std::int64_t>(1024, m.max_model_len());
  s.sampled = 1;
  return s;
}

std::string slo_text(const serve::Slo& slo) {
  std::string s;
  if (std::isfinite(slo.ttft)) s += "TTFT <= " + duration_text(slo.ttft);
  if (std::isfinite(slo.tpot))
    s += std::string(s.empty() ? "" : ", ") + "TPOT <= " + duration_text(slo.tpot);
  return s;
}

std::string header(const ServeReport& r) {
  const serve::ReplicaModel& m = *r.model;
  const serve::ReplicaConfig& c = m.config();
  std::string out = fmt::format(
      "Serving {} on {} ({}): replicas of {} ({} GPU{} each), {} weights, {} KV cache\n",
      m.model().name, r.cluster, m.gpu().name, serve::layout_text(c), m.gpus(),
      m.gpus() == 1 ? "" : "s", to_string(c.precision), to_string(c.kv_precision));
  if (c.kv_cache_free_fraction > 0) {
    out += fmt::format(
        "  memory per GPU: weights {:.1f} GiB, activations {:.1f} GiB, KV cache {:.1f} GiB "
        "({:.0f}% of the memory they leave of {:.1f} GiB)\n",
        gib_of(m.weights_per_gpu()), gib_of(m.activation_reserve_per_gpu()),
        gib_of(m.kv_cache_per_gpu()), 100 * c.kv_cache_free_fraction, gib_of(m.gpu().hbm));
  } else {
    out += fmt::format(
        "  memory per GPU: weights {:.1f} GiB, activations {:.1f} GiB, KV cache {:.1f} GiB "
        "({:.0f}% of {:.1f} GiB usable)\n",
        gib_of(m.weights_per_gpu()), gib_of(m.activation_reserve_per_gpu()),
        gib_of(m.kv_cache_per_gpu()), 100 * c.gpu_memory_utilization, gib_of(m.gpu().hbm));
  }
  out += fmt::format(
      "  KV cache: {} tokens per replica ({} blocks of {}), {:.0f} KiB per token per GPU; max "
      "model length {}\n",
      grouped(m.kv_tokens()), grouped(m.kv_blocks()), c.block_size,
      m.kv_bytes_per_token_per_gpu().value() / 1024, grouped(m.max_model_len()));
  std::string graphs;
  if (!m.graph_batch_sizes().empty())
    graphs = fmt::format(", decode-only batches padded to CUDA graphs of {} to {} ({} sizes)",
                         m.graph_batch_sizes().front(), m.graph_batch_sizes().back(),
                         m.graph_batch_sizes().size());
  out += fmt::format(
      "  engine: max_num_seqs {}, max_num_batched_tokens {}, chunked prefill {}{}{}{}\n",
      c.max_num_seqs, c.max_num_batched_tokens, c.chunked_prefill ? "on" : "off",
      c.decode_attention == serve::DecodeAttention::grouped
          ? ""
          : ", decode attention per query head (KV read once per query head)",
      c.kv_admission == serve::KvAdmission::on_demand
          ? ""
          : ", guaranteed-no-evict admission (whole prompt + output reserved)",
      graphs);
  const serve::BatchShape p = probe(m);
  const serve::IterationTime t = m.iteration(p);
  out += fmt::format(
      "  one decode iteration (1 sequence, {} tokens of context): {} = GEMMs {}, attention {}, "
      "memory-bound {}, TP all-reduce {}{}{}\n",
      grouped(p.decode_context), duration_text(t.total().value()), duration_text(t.gemm.value()),
      duration_text(t.attention.value()), duration_text(t.memory_bound.value()),
      duration_text(t.communication.value()),
      c.ep > 1 ? ", EP all-to-all " + duration_text(t.expert.value()) : "",
      c.pp > 1 ? ", PP sends " + duration_text(t.pipeline.value()) : "");
  if (c.pp > 1)
    out += fmt::format(
        "  pipeline: {} stages of {} layers, {} virtual engines per replica (vLLM V0), each with "
        "{} KV blocks\n",
        c.pp, m.model().layers / c.pp, c.pp, grouped(m.kv_blocks() / c.pp));
  if (c.dp_attention > 1)
    out += fmt::format(
        "  data-parallel attention: {} groups of TP{}, each with its own batch (max_num_seqs {}) "
        "and {} KV blocks; routed experts EP{} over all {} GPUs ({} each), iterating in "
        "lockstep\n",
        c.dp_attention, c.tp, c.max_num_seqs, grouped(m.kv_blocks() / c.dp_attention), c.ep,
        m.gpus(), m.model().moe.experts / c.ep);
  return out;
}

std::string run_text(const ServingResult& s, bool per_request) {
  std::string out;
  const double gpus = s.gpus();
  out += fmt::format(
      "Throughput over {}: {:.3g} requests/s, {} input and {} output tokens/s ({} output "
      "tokens/s per GPU) on {} replica{} ({} GPU{})\n",
      duration_text(s.end), s.request_rate(), grouped(std::llround(s.input_tokens / s.end)),
      grouped(std::llround(s.output_tokens / s.end)),
      grouped(std::llround(s.output_tokens / s.end / gpus)), s.replicas, s.replicas == 1 ? "" : "s",
      s.gpus(), s.gpus() == 1 ? "" : "s");
  out += fmt::format("  requests: {} arrived, {} completed, {} rejected (never fit the KV cache)\n",
                     grouped(static_cast<std::int64_t>(s.arrived)),
                     grouped(static_cast<std::int64_t>(s.completed)),
                     grouped(static_cast<std::int64_t>(s.rejected)));
  out += fmt::format("  {:<6} {:>10} {:>10} {:>10} {:>10}\n", "", "p50", "p90", "p99", "mean");
  auto row = [&](const char* name, const serve::LatencyHistogram& h) {
    out += fmt::format("  {:<6} {:>10} {:>10} {:>10} {:>10}\n", name,
                       duration_text(h.percentile(0.5)), duration_text(h.percentile(0.9)),
                       duration_text(h.percentile(0.99)), duration_text(h.mean()));
  };
  row("TTFT", s.ttft);
  row("TPOT", s.tpot);
  row("E2E", s.e2e);
  out += fmt::format(
      "  batch: {:.1f} running sequences on average while busy, {} at most; KV cache {:.1f}% "
      "occupied on average, {:.1f}% at most; {} preemptions; {} iterations\n",
      s.mean_batch, static_cast<std::int64_t>(s.max_batch), 100 * s.mean_kv_occupancy,
      100 * s.max_kv_occupancy, grouped(static_cast<std::int64_t>(s.preemptions)),
      grouped(static_cast<std::int64_t>(s.iterations)));
  if (s.prefill_replicas > 0) {
    out += fmt::format(
        "  disaggregated: {} prefill and {} decode replicas; {} KV transfers over the fabric, "
        "{} each on average\n",
        s.prefill_replicas, s.replicas - s.prefill_replicas,
        grouped(static_cast<std::int64_t>(s.kv_transfers)),
        duration_text(s.kv_transfers ? s.kv_transfer_seconds / s.kv_transfers : 0.0));
  }
  // Little's law against the measured arrival rate (not an identity: the rate comes from the
  // arrivals, the time average and the latencies from the simulation).
  if (s.arrived > 1 && s.last_arrival > s.first_arrival) {
    const double lambda = static_cast<double>(s.arrived - 1) / (s.last_arrival - s.first_arrival);
    out += fmt::format(
        "  requests in the system: {:.2f} on average; Little's law: {:.3g}/s arrivals x {} mean "
        "E2E = {:.2f}\n",
        s.mean_in_system, lambda, duration_text(s.e2e.mean()), lambda * s.e2e.mean());
  }
  if (s.slo.any()) {
    out += fmt::format(
        "  SLO ({}): {:.1f}% of requests met it; goodput {:.3g} requests/s\n", slo_text(s.slo),
        s.completed ? 100.0 * static_cast<double>(s.met_slo) / s.completed : 0.0, s.goodput());
  }
  if (per_request) {
    out += fmt::format("\n  {:>6} {:>10} {:>7} {:>7} {:>8} {:>10} {:>10} {:>10} {:>8}\n", "id",
                       "arrival", "prompt", "output", "replica", "TTFT", "TPOT", "E2E", "preempt");
    for (const serve::RequestRecord& q : s.records) {
      if (q.rejected) {
        out += fmt::format("  {:>6} {:>10} {:>7} {:>7} {:>8} rejected: never fits the KV cache\n",
                           q.request.id, duration_text(q.request.arrival), q.request.prompt,
                           q.request.output, q.replica);
        continue;
      }
      out += fmt::format("  {:>6} {:>10} {:>7} {:>7} {:>8} {:>10} {:>10} {:>10} {:>8}\n",
                         q.request.id, duration_text(q.request.arrival), q.request.prompt,
                         q.request.output, q.replica, duration_text(q.ttft), duration_text(q.tpot),
                         duration_text(q.e2e), q.preemptions);
    }
  }
  return out;
}

nlohmann::ordered_json latency_json(const serve::LatencyHistogram& h) {
  return {{"p50_s", h.percentile(0.5)},
          {"p90_s", h.percentile(0.9)},
          {"p99_s", h.percentile(0.99)},
          {"mean_s", h.mean()}};
}

nlohmann::ordered_json run_json(const ServingResult& s, bool per_request) {
  nlohmann::ordered_json j;
  j["replicas"] = s.replicas;
  j["gpus"] = s.gpus();
  j["requests"] = {{"arrived", s.arrived}, {"completed", s.completed}, {"rejected", s.rejected}};
  j["duration_s"] = s.end;
  j["throughput"] = {{"requests_per_s", s.request_rate()},
                     {"input_tokens_per_s", s.input_tokens / s.end},
                     {"output_tokens_per_s", s.output_tokens / s.end},
                     {"output_tokens_per_s_per_gpu", s.output_tokens / s.end / s.gpus()}};
  j["ttft"] = latency_json(s.ttft);
  j["tpot"] = latency_json(s.tpot);
  j["e2e"] = latency_json(s.e2e);
  j["batch"] = {{"mean_running", s.mean_batch}, {"max_running", s.max_batch}};
  j["kv_cache"] = {{"mean_occupancy", s.mean_kv_occupancy}, {"max_occupancy", s.max_kv_occupancy}};
  j["preemptions"] = s.preemptions;
  j["iterations"] = s.iterations;
  j["mean_in_system"] = s.mean_in_system;
  if (s.prefill_replicas > 0) {
    j["disaggregated"] = {
        {"prefill_replicas", s.prefill_replicas},
        {"decode_replicas", s.replicas - s.prefill_replicas},
        {"kv_transfers", s.kv_transfers},
        {"mean_kv_transfer_s", s.kv_transfers ? s.kv_transfer_seconds / s.kv_transfers : 0.0}};
  }
  if (s.slo.any()) {
    j["slo"] = {{"ttft_s", std::isfinite(s.slo.ttft) ? nlohmann::ordered_json(s.slo.ttft)
                                                     : nlohmann::ordered_json(nullptr)},
                {"tpot_s", std::isfinite(s.slo.tpot) ? nlohmann::ordered_json(s.slo.tpot)
                                                     : nlohmann::ordered_json(nullptr)},
                {"met_fraction", s.completed ? static_cast<double>(s.met_slo) / s.completed : 0.0},
                {"goodput_requests_per_s", s.goodput()}};
  }
  j["timeline"] = nlohmann::ordered_json::array();
  for (const serve::TimelinePoint& p : s.timeline)
    j["timeline"].push_back({{"start_s", p.start},
                             {"end_s", p.end},
                             {"mean_running", p.mean_batch},
                             {"kv_occupancy", p.kv_occupancy}});
  if (per_request) {
    j["per_request"] = nlohmann::ordered_json::array();
    for (const serve::RequestRecord& q : s.records) {
      nlohmann::ordered_json r = {{"id", q.request.id},
                                  {"arrival_s", q.request.arrival},
                                  {"prompt_tokens", q.request.prompt},
                                  {"output_tokens", q.request.output},
                                  {"replica", q.replica},
                                  {"rejected", q.rejected}};
      if (!q.rejected) {
        r["ttft_s"] = q.ttft;
        r["tpot_s"] = q.tpot;
        r["e2e_s"] = q.e2e;
        r["preemptions"] = q.preemptions;
      }
      j["per_request"].push_back(r);
    }
  }
  return j;
}

}  // namespace

std::string duration_text(double s) {
  if (s == 0) return "0";
  if (s >= 1) return fmt::format("{:.3g} s", s);
  if (s >= 1e-3) return fmt::format("{:.3g} ms", s * 1e3);
  return fmt::format("{:.3g} us", s * 1e6);
}

namespace {

// The owner's cost of the run: per million output tokens, per hour, the power and its source.
std::string cost_text(const serve::ServingCost& c, const std::string& lead) {
  return fmt::format(
      "{}${:.3f} per million output tokens, ${:.2f} per hour (GPU-hours at ${:.2f} fixed + "
      "electricity; {:.1f} kW IT, GPUs busy {:.0f}% of the time; pricing {})\n",
      lead, c.per_million_output_tokens.value(), c.per_hour.value(), c.fixed_per_gpu_hour.value(),
      c.it_power.value() / 1000, 100 * c.busy_share, c.pricing);
}

nlohmann::ordered_json cost_json(const serve::ServingCost& c) {
  return {{"pricing", c.pricing},
          {"per_million_output_tokens_usd", c.per_million_output_tokens.value()},
          {"per_hour_usd", c.per_hour.value()},
          {"fixed_per_gpu_hour_usd", c.fixed_per_gpu_hour.value()},
          {"it_power_w", c.it_power.value()},
          {"busy_share", c.busy_share}};
}

}  // namespace

std::string serve_text(const ServeReport& r) {
  std::string out = header(r);
  out += "Workload: " + r.workload + "\n";
  if (r.result) {
    out += run_text(*r.result, r.per_request);
    if (r.cost) out += cost_text(*r.cost, "Cost: ");
  }
  if (r.capacity) {
    const serve::CapacityResult& c = *r.capacity;
    const serve::Slo& slo = c.at_rate.slo;
    out += fmt::format(
        "Capacity within the SLO (p{:g} {}): {:.3g} requests/s per replica ({:.3g} per GPU); "
        "offline throughput {:.3g} requests/s; {} runs of {} requests\n",
        100 * slo.percentile, slo_text(slo), c.rate, c.rate / r.model->gpus(), c.offline_rate,
        c.runs, grouped(static_cast<std::int64_t>(r.capacity_requests)));
    if (c.rate > 0) {
      out += fmt::format(
          "  at that rate: TTFT p{0:g} {1}, TPOT p{0:g} {2}, {3:.3g} output tokens/s per GPU\n",
          100 * slo.percentile, duration_text(c.at_rate.ttft.percentile(slo.percentile)),
          duration_text(c.at_rate.tpot.percentile(slo.percentile)),
          c.at_rate.output_tokens / c.at_rate.end / r.model->gpus());
    }
    if (r.cost) out += cost_text(*r.cost, "  at that rate: ");
    if (r.target_rate > 0) {
      if (c.rate <= 0) {
        out += "  no rate meets the SLO: the target load cannot be served on this layout\n";
      } else {
        const auto replicas = static_cast<std::int64_t>(std::ceil(r.target_rate / c.rate - 1e-9));
        const std::int64_t gpus = replicas * r.model->gpus();
        out +=
            fmt::format("  for {:.4g} requests/s: {} replicas, {} GPUs ({} the pool's {})\n",
                        r.target_rate, grouped(replicas), grouped(gpus),
                        gpus <= r.cluster_gpus ? "within" : "more than", grouped(r.cluster_gpus));
      }
    }
  }
  return out;
}

nlohmann::ordered_json serve_json(const ServeReport& r) {
  const serve::ReplicaModel& m = *r.model;
  const serve::ReplicaConfig& c = m.config();
  nlohmann::ordered_json j;
  j["schema"] = "colossus.serve/1";
  j["model"] = m.model().name;
  j["cluster"] = r.cluster;
  j["gpu"] = m.gpu().name;
  j["replica"] = {{"tp", c.tp},
                  {"pp", c.pp},
                  {"ep", c.ep},
                  {"dp_attention", c.dp_attention},
                  {"gpus", m.gpus()},
                  {"precision", to_string(c.precision)},
                  {"kv_precision", to_string(c.kv_precision)},
                  {"block_size", c.block_size},
                  {"max_num_seqs", c.max_num_seqs},
                  {"max_num_batched_tokens", c.max_num_batched_tokens},
                  {"chunked_prefill", c.chunked_prefill},
                  {"decode_attention", to_string(c.decode_attention)},
                  {"kv_admission", to_string(c.kv_admission)},
                  {"cuda_graph_batch_sizes", m.graph_batch_sizes()},
                  {"gpu_memory_utilization", c.gpu_memory_utilization},
                  {"kv_cache_free_fraction", c.kv_cache_free_fraction},
                  {"max_model_len", m.max_model_len()},
                  {"weights_bytes_per_gpu", m.weights_per_gpu().value()},
                  {"activation_bytes_per_gpu", m.activation_reserve_per_gpu().value()},
                  {"kv_cache_bytes_per_gpu", m.kv_cache_per_gpu().value()},
                  {"kv_bytes_per_token_per_gpu", m.kv_bytes_per_token_per_gpu().value()},
                  {"kv_tokens", m.kv_tokens()}};
  const serve::IterationTime t = m.iteration(probe(m));
  j["decode_iteration"] = {{"context_tokens", probe(m).decode_context},
                           {"total_s", t.total().value()},
                           {"gemm_s", t.gemm.value()},
                           {"attention_s", t.attention.value()},
                           {"memory_bound_s", t.memory_bound.value()},
                           {"all_reduce_s", t.communication.value()},
                           {"expert_all_to_all_s", t.expert.value()},
                           {"pipeline_send_s", t.pipeline.value()}};
  j["workload"] = r.workload;
  if (r.result) j["run"] = run_json(*r.result, r.per_request);
  if (r.capacity) {
    const serve::CapacityResult& cap = *r.capacity;
    nlohmann::ordered_json k = {{"rate_per_replica", cap.rate},
                                {"rate_per_gpu", cap.rate / m.gpus()},
                                {"offline_rate_per_replica", cap.offline_rate},
                                {"percentile", cap.at_rate.slo.percentile},
                                {"runs", cap.runs},
                                {"requests_per_run", r.capacity_requests}};
    if (cap.rate > 0) k["at_rate"] = run_json(cap.at_rate, false);
    if (r.target_rate > 0 && cap.rate > 0) {
      const auto replicas = static_cast<std::int64_t>(std::ceil(r.target_rate / cap.rate - 1e-9));
      k["target_rate"] = r.target_rate;
      k["replicas"] = replicas;
      k["gpus"] = replicas * m.gpus();
      k["pool_gpus"] = r.cluster_gpus;
    }
    j["capacity"] = k;
  }
  if (r.cost) j["cost"] = cost_json(*r.cost);
  return j;
}

namespace {

// The scalars of a JSON object as one flat object, nested keys joined by '.'; arrays left out.
void flatten(const nlohmann::ordered_json& j, const std::string& prefix,
             nlohmann::ordered_json& out) {
  for (const auto& [key, value] : j.items()) {
    const std::string name = prefix.empty() ? key : prefix + "." + key;
    if (value.is_object()) {
      flatten(value, name, out);
    } else if (!value.is_array()) {
      out[name] = value;
    }
  }
}

// One table of one row: the object's scalars.
CsvTable row_table(const std::string& name, const nlohmann::ordered_json& object) {
  nlohmann::ordered_json flat = nlohmann::ordered_json::object();
  flatten(object, "", flat);
  return json_table(name, nlohmann::json::array({nlohmann::json(flat)}));
}

}  // namespace

std::vector<CsvTable> serve_tables(const ServeReport& r) {
  const nlohmann::ordered_json j = serve_json(r);
  nlohmann::ordered_json replica = j["replica"];
  replica["decode_iteration"] = j["decode_iteration"];
  std::vector<CsvTable> tables{row_table("replica", replica)};
  if (j.contains("run")) {
    const nlohmann::ordered_json& run = j["run"];
    tables.push_back(row_table("run", run));
    if (run.contains("timeline"))
      tables.push_back(json_table("timeline", nlohmann::json(run["timeline"])));
    if (run.contains("per_request"))
      tables.push_back(json_table("per_request", nlohmann::json(run["per_request"])));
  }
  if (j.contains("capacity")) tables.push_back(row_table("capacity", j["capacity"]));
  if (j.contains("cost")) tables.push_back(row_table("cost", j["cost"]));
  return tables;
}

}  // namespace colossus::report
