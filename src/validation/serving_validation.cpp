// Serving rows of measured.json against the serving simulation (serving_validation.h).
#include "colossus/validation/serving_validation.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "colossus/serve/serving.h"
#include "colossus/serve/tp_all_reduce.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/model_loader.h"

namespace colossus::validation {
namespace {

const char* kCategory = "serving_throughput";

// A field of a row's serving block, or an InputError naming the row and the field.
template <class T>
T field(const nlohmann::json& block, const std::string& name, const SourceLocation& where,
        const std::string& id) {
  if (!block.contains(name) || block[name].is_null())
    throw InputError(where, "serving." + name, fmt::format("row {} has no {}", id, name));
  try {
    return block[name].get<T>();
  } catch (const nlohmann::json::exception&) {
    throw InputError(where, "serving." + name,
                     fmt::format("row {}: {} has the wrong type", id, name));
  }
}

}  // namespace

std::vector<ServingComparison> compare_serving(const std::filesystem::path& measured_json,
                                               const PresetCatalog& catalog) {
  std::ifstream in(measured_json);
  if (!in) throw InputError({measured_json.string(), 0}, "file", "cannot open measured.json");
  nlohmann::json rows;
  try {
    rows = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw InputError({measured_json.string(), 0}, "file", e.what());
  }
  const SourceLocation where{measured_json.string(), 0};
  std::vector<ServingComparison> out;
  for (const nlohmann::json& row : rows) {
    if (!row.is_object() || row.value("category", "") != kCategory) continue;
    const std::string id = row.value("id", "");
    if (!row.contains("serving") || !row["serving"].is_object())
      throw InputError(where, "serving", fmt::format("row {} has no serving block", id));
    const nlohmann::json& s = row["serving"];
    ServingComparison c;
    c.id = id;
    c.scenario = field<std::string>(s, "scenario", where, id);
    c.measured = field<double>(row["result"], "tokens_per_sec", where, id);

    const ClusterSpec cluster = load_cluster(field<std::string>(s, "cluster", where, id), catalog);
    const std::size_t pool = serve::pool_with_gpu(cluster, field<std::string>(s, "gpu", where, id),
                                                  where, "serving.gpu");
    const ModelSpec model = load_model(field<std::string>(s, "model", where, id));
    serve::ReplicaConfig config;
    config.tp = field<int>(s, "tp", where, id);
    config.precision = parse_enum<Precision>(field<std::string>(s, "precision", where, id), where,
                                             "serving.precision");
    config.kv_precision = parse_enum<Precision>(field<std::string>(s, "kv_precision", where, id),
                                                where, "serving.kv_precision");
    config.max_num_seqs = field<int>(s, "max_num_seqs", where, id);
    if (s.contains("kv_cache_free_fraction")) {
      config.kv_cache_free_fraction = field<double>(s, "kv_cache_free_fraction", where, id);
      if (!(config.kv_cache_free_fraction > 0 && config.kv_cache_free_fraction <= 1))
        throw InputError(where, "serving.kv_cache_free_fraction",
                         fmt::format("row {}: {} is not a fraction in (0, 1]", id,
                                     config.kv_cache_free_fraction));
    }
    // Optional engine limits (docs/serving.md): absent, the replica's vLLM defaults hold.
    if (s.contains("max_num_batched_tokens")) {
      config.max_num_batched_tokens = field<int>(s, "max_num_batched_tokens", where, id);
      if (config.max_num_batched_tokens < 1)
        throw InputError(where, "serving.max_num_batched_tokens",
                         fmt::format("row {}: {} is not a positive token count", id,
                                     config.max_num_batched_tokens));
    }
    if (s.contains("chunked_prefill"))
      config.chunked_prefill = field<bool>(s, "chunked_prefill", where, id);
    if (s.contains("max_model_len")) {
      config.max_model_len = field<std::int64_t>(s, "max_model_len", where, id);
      if (config.max_model_len < 1)
        throw InputError(
            where, "serving.max_model_len",
            fmt::format("row {}: {} is not a positive token count", id, config.max_model_len));
    }
    if (s.contains("decode_attention"))
      config.decode_attention = parse_enum<serve::DecodeAttention>(
          field<std::string>(s, "decode_attention", where, id), where, "serving.decode_attention");
    if (s.contains("kv_admission"))
      config.kv_admission = parse_enum<serve::KvAdmission>(
          field<std::string>(s, "kv_admission", where, id), where, "serving.kv_admission");
    if (s.contains("cuda_graph_batch_sizes")) {
      config.cuda_graph_batch_sizes =
          field<std::vector<int>>(s, "cuda_graph_batch_sizes", where, id);
      for (int b : config.cuda_graph_batch_sizes)
        if (b < 1)
          throw InputError(where, "serving.cuda_graph_batch_sizes",
                           fmt::format("row {}: {} is not a positive batch size", id, b));
    }
    const std::int64_t model_len =
        config.max_model_len > 0 ? config.max_model_len : serve::model_context(model);
    if (!serve::unchunked_budget_holds(config, model_len))
      throw InputError(where, "serving.max_num_batched_tokens",
                       fmt::format("row {}: without chunked prefill a whole prompt must fit one "
                                   "iteration: {} < max model length {}",
                                   id, config.max_num_batched_tokens, model_len));
    const int gpus = field<int>(s, "gpus", where, id);
    const int replicas = gpus / config.tp;
    c.system = fmt::format("{}x {}, {} x TP{} {}", gpus, cluster.pools[pool].server.gpu.name,
                           replicas, config.tp, to_string(config.precision));
    const serve::LengthDistribution prompt = serve::LengthDistribution::parse(
        field<std::string>(s, "prompt_tokens", where, id), where, "serving.prompt_tokens");
    const serve::LengthDistribution output = serve::LengthDistribution::parse(
        field<std::string>(s, "output_tokens", where, id), where, "serving.output_tokens");
    const auto requests = field<std::uint64_t>(s, "requests_per_replica", where, id);
    try {
      const serve::ReplicaModel replica(model, cluster.pools[pool].server.gpu, config,
                                        serve::tp_all_reduce(cluster, pool, config.tp), where);
      double per_replica = 0;
      if (c.scenario == "server") {
        serve::Slo slo;
        slo.ttft = field<double>(s, "slo_ttft_s", where, id);
        slo.tpot = field<double>(s, "slo_tpot_s", where, id);
        const serve::CapacityResult cap =
            serve::find_capacity(replica, prompt, output, slo, requests, 1);
        per_replica = cap.rate > 0 ? cap.at_rate.output_tokens / cap.at_rate.end : 0.0;
      } else if (c.scenario == "offline" || c.scenario == "fixed") {
        auto source = serve::synthetic_source({serve::ArrivalProcess::Kind::offline, 0, 1}, prompt,
                                              output, requests, 1);
        const serve::ServingResult r = serve::simulate_serving(replica, *source, {});
        per_replica = r.output_tokens / r.end;
      } else {
        throw InputError(
            where, "serving.scenario",
            fmt::format("row {}: scenario '{}' is not offline, server or fixed", id, c.scenario));
      }
      c.predicted = per_replica * replicas;
      c.error = c.predicted / c.measured - 1;
    } catch (const InputError& e) {
      if (std::string(e.what()).find("serving.scenario") != std::string::npos) throw;
      c.failure = e.what();
    }
    out.push_back(c);
  }
  return out;
}

double serving_median_abs_error(const std::vector<ServingComparison>& rows) {
  std::vector<double> e;
  for (const ServingComparison& c : rows)
    if (c.failure.empty()) e.push_back(std::abs(c.error));
  if (e.empty()) return 0;
  std::sort(e.begin(), e.end());
  const std::size_t n = e.size();
  return n % 2 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
}

}  // namespace colossus::validation
