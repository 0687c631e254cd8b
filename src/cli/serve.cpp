// `colossus serve`: a model served on replicas of the cluster's GPUs - continuous batching, the
// paged KV cache, prefill and decode - at a load, and the rate a replica sustains within a
// latency SLO (--find-capacity). The replica's iteration time comes from the hardware layer's
// roofline and the collective layer's TP all-reduce on the server's NVLink; the scheduler runs
// on the event core (src/serve/, docs/serving.md). Requests come from --rate (Poisson, or gamma
// with --burstiness), --offline (all at once) or --trace FILE. A scenario file (`colossus serve
// FILE.yaml`) holds the same settings under the flags' names (--max-num-seqs: max_num_seqs); it
// is read with the spec layer's YamlReader, and flags given beside it override it, as `colossus
// simulate` does. --dp-attention D makes a replica of D attention groups of --tp GPUs that share
// expert-parallel MoE layers (SGLang's --enable-dp-attention; docs/serving.md).
#include <fmt/format.h>

#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "colossus/cli/commands.h"
#include "colossus/cli/flags.h"
#include "colossus/core/error.h"
#include "colossus/report/csv_report.h"
#include "colossus/report/report_files.h"
#include "colossus/report/serve_report.h"
#include "colossus/report/text.h"
#include "colossus/serve/kv_transfer.h"
#include "colossus/serve/serving.h"
#include "colossus/serve/serving_cost.h"
#include "colossus/serve/tp_all_reduce.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/model_loader.h"
#include "colossus/spec/yaml_reader.h"

namespace colossus::cli {
namespace {

const SourceLocation kCommandLine{"<command line>", 0};

// Where a setting the scenario file gave was written: its file:line and key.
struct FileOrigin {
  SourceLocation where;
  std::string key;
};

struct ServeFlags {
  std::string scenario;
  std::string cluster = "eos-11616", gpu, model = "llama3-70b";
  std::string precision = "bf16", kv_precision = "bf16", router = "round-robin";
  std::string decode_attention = "grouped", kv_admission = "on-demand", cuda_graph_batch_sizes;
  int tp = 8, pp = 1, ep = 1, dp_attention = 1, replicas = 1, block_size = 16, max_num_seqs = 256,
      max_num_batched_tokens = 8192;
  std::int64_t gpus = 0, max_model_len = 0, requests = 1000, seed = 1;
  std::string rate, burstiness, trace, prompt = "lognormal:1000:0.5", output = "lognormal:200:0.5";
  std::string disaggregate, report, csv;
  std::string slo_ttft, slo_tpot, slo_percentile = "99", target_rate, memory_utilization = "0.9";
  std::string kv_free_fraction;
  bool requests_given = false;  // --requests or requests: (a trace is read whole otherwise)
  std::map<std::string, FileOrigin> from_file;  // flag -> where the file set it
  bool offline = false, no_chunked = false, find_capacity = false, per_request = false,
       json = false;
};

// A finite number in (lo, hi], or an InputError naming the flag.
double number_flag(const std::string& text, const std::string& flag, double lo, double hi,
                   const std::string& what) {
  double v = std::numeric_limits<double>::quiet_NaN();
  try {
    std::size_t used = 0;
    v = std::stod(text, &used);
    if (used != text.size()) v = std::numeric_limits<double>::quiet_NaN();
  } catch (const std::exception&) {
  }
  if (!std::isfinite(v) || v <= lo || v > hi)
    throw InputError(kCommandLine, flag, fmt::format("'{}' is not {}", text, what));
  return v;
}

// A comma-separated list of CUDA-graph batch sizes ("1,2,4,...,512"); empty: none.
std::vector<int> graph_sizes_flag(const std::string& text) {
  std::vector<int> sizes;
  if (text.empty()) return sizes;
  std::size_t at = 0;
  while (at <= text.size()) {
    const std::size_t comma = std::min(text.find(',', at), text.size());
    const std::string item = text.substr(at, comma - at);
    sizes.push_back(static_cast<int>(number_flag(item, "--cuda-graph-batch-sizes", 0, 1e6,
                                                 "a list of positive counts (1,2,4,...)")));
    if (static_cast<double>(sizes.back()) != std::stod(item))
      throw InputError(kCommandLine, "--cuda-graph-batch-sizes",
                       fmt::format("'{}' is not a whole batch size", item));
    at = comma + 1;
  }
  return sizes;
}

// A latency with its unit: "2s", "50ms", "800us".
double latency_flag(const std::string& text, const std::string& flag) {
  std::size_t split = text.find_first_not_of("0123456789.eE+-");
  if (split != std::string::npos && split > 0 && (text[split - 1] == 'e' || text[split - 1] == 'E'))
    --split;
  const std::string unit = split == std::string::npos ? "" : text.substr(split);
  double scale = 0;
  if (unit == "s") scale = 1;
  if (unit == "ms") scale = 1e-3;
  if (unit == "us") scale = 1e-6;
  if (scale == 0)
    throw InputError(kCommandLine, flag,
                     fmt::format("'{}' needs a unit: s, ms or us (e.g. 2s, 50ms)", text));
  return scale * number_flag(text.substr(0, split), flag, 0, 1e9,
                             "a positive latency with a unit (e.g. 2s, 50ms)");
}

// A relative path in the scenario file names a file beside it when one is there (a preset name
// or a path from the working directory otherwise).
std::string beside(const std::string& value, const std::filesystem::path& base) {
  const std::filesystem::path p(value);
  std::error_code ec;
  if (p.is_relative() && !base.empty() && std::filesystem::exists(base / p, ec))
    return (base / p).string();
  return value;
}

// Reads the scenario file into `f`: each key sets the flag of the same name (underscores for
// dashes) unless that flag was given on the command line. Types and ranges are checked here,
// against the file's lines, whether or not a flag overrides the key.
void read_scenario_file(ServeFlags& f, const CLI::App& cmd) {
  const YamlReader root = YamlReader::from_file(f.scenario);
  root.expect_keys({}, {"description",
                        "cluster",
                        "gpu",
                        "model",
                        "tp",
                        "pp",
                        "ep",
                        "dp_attention",
                        "replicas",
                        "gpus",
                        "precision",
                        "kv_precision",
                        "decode_attention",
                        "kv_admission",
                        "cuda_graph_batch_sizes",
                        "block_size",
                        "max_num_seqs",
                        "max_num_batched_tokens",
                        "chunked_prefill",
                        "gpu_memory_utilization",
                        "kv_cache_free_fraction",
                        "max_model_len",
                        "rate",
                        "burstiness",
                        "offline",
                        "trace",
                        "requests",
                        "prompt",
                        "output",
                        "seed",
                        "disaggregate",
                        "router",
                        "slo_ttft",
                        "slo_tpot",
                        "slo_percentile",
                        "find_capacity",
                        "target_rate"});
  const std::filesystem::path base = std::filesystem::path(root.file()).parent_path();
  // Whether the file's value for `key` applies: present, and its flag not given.
  const auto applies = [&](const char* key, const char* flag) {
    if (!root.has(key) || cmd.get_option(flag)->count() > 0) return false;
    f.from_file[flag] = {root.location_of(key), key};
    return true;
  };
  using Text = std::tuple<const char*, const char*, std::string*>;
  for (auto [key, flag, target] : std::initializer_list<Text>{
           {"cluster", "--cluster", &f.cluster},
           {"gpu", "--gpu", &f.gpu},
           {"model", "--model", &f.model},
           {"precision", "--precision", &f.precision},
           {"kv_precision", "--kv-precision", &f.kv_precision},
           {"decode_attention", "--decode-attention", &f.decode_attention},
           {"kv_admission", "--kv-admission", &f.kv_admission},
           {"cuda_graph_batch_sizes", "--cuda-graph-batch-sizes", &f.cuda_graph_batch_sizes},
           {"trace", "--trace", &f.trace},
           {"prompt", "--prompt", &f.prompt},
           {"output", "--output", &f.output},
           {"disaggregate", "--disaggregate", &f.disaggregate},
           {"router", "--router", &f.router},
           {"slo_ttft", "--slo-ttft", &f.slo_ttft},
           {"slo_tpot", "--slo-tpot", &f.slo_tpot}}) {
    const std::optional<std::string> v = root.find_string(key);
    if (!v || !applies(key, flag)) continue;
    const bool path = target == &f.cluster || target == &f.model || target == &f.trace;
    *target = path ? beside(*v, base) : *v;
  }
  // Whole numbers, with the flags' ranges.
  const auto whole = [&](const char* key, const char* flag, auto& target, std::int64_t max,
                         std::int64_t min = 1) {
    const auto v = root.find_int(key, IntRange::between(min, max));
    if (v && applies(key, flag))
      target = static_cast<std::remove_reference_t<decltype(target)>>(*v);
  };
  whole("tp", "--tp", f.tp, 1024);
  whole("pp", "--pp", f.pp, 1024);
  whole("ep", "--ep", f.ep, 1024);
  whole("dp_attention", "--dp-attention", f.dp_attention, 1024);
  whole("replicas", "--replicas", f.replicas, 1'000'000);
  whole("gpus", "--gpus", f.gpus, std::int64_t{1} << 40);
  whole("block_size", "--block-size", f.block_size, 4096);
  whole("max_num_seqs", "--max-num-seqs", f.max_num_seqs, 1'000'000);
  whole("max_num_batched_tokens", "--max-num-batched-tokens", f.max_num_batched_tokens, 10'000'000);
  whole("max_model_len", "--max-model-len", f.max_model_len, std::int64_t{1} << 40);
  whole("requests", "--requests", f.requests, std::int64_t{1} << 40);
  whole("seed", "--seed", f.seed, std::numeric_limits<std::int64_t>::max(), 0);
  // Real numbers, with the flags' ranges; kept as the flags' text (shortest exact form).
  using Real = std::tuple<const char*, const char*, std::string*, NumberRange>;
  for (auto [key, flag, target, range] : std::initializer_list<Real>{
           {"rate", "--rate", &f.rate, NumberRange::positive(1e12)},
           {"burstiness", "--burstiness", &f.burstiness, NumberRange{0, 100, true}},
           {"gpu_memory_utilization", "--gpu-memory-utilization", &f.memory_utilization,
            NumberRange{0, 1, true}},
           {"kv_cache_free_fraction", "--kv-cache-free-fraction", &f.kv_free_fraction,
            NumberRange{0, 1, true}},
           {"slo_percentile", "--slo-percentile", &f.slo_percentile, NumberRange{0, 100, true}},
           {"target_rate", "--target-rate", &f.target_rate, NumberRange::positive(1e12)}}) {
    const std::optional<double> v = root.find_number(key, range);
    if (v && applies(key, flag)) *target = fmt::format("{}", *v);
  }
  if (const auto v = root.find_bool("chunked_prefill");
      v && applies("chunked_prefill", "--no-chunked-prefill"))
    f.no_chunked = !*v;
  if (const auto v = root.find_bool("offline"); v && applies("offline", "--offline"))
    f.offline = *v;
  if (const auto v = root.find_bool("find_capacity");
      v && applies("find_capacity", "--find-capacity"))
    f.find_capacity = *v;
  if (root.has("requests")) f.requests_given = true;
}

void run(const ServeFlags& f) {
  if (!f.report.empty()) report::make_report_dir(f.report, "--report");
  if (!f.csv.empty()) report::make_report_dir(f.csv, "--csv");
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const ClusterSpec cluster = load_cluster(f.cluster, catalog);
  const std::size_t pool = serve::pool_with_gpu(cluster, f.gpu, kCommandLine, "--gpu");
  const ServerSpec& server = cluster.pools[pool].server;
  const ModelSpec model = load_model(f.model);

  serve::ReplicaConfig c;
  c.tp = f.tp;
  c.pp = f.pp;
  c.ep = f.ep;
  c.dp_attention = f.dp_attention;
  // Data-parallel attention spreads the experts over all dp x tp GPUs (vLLM's EP size DP x TP).
  if (c.dp_attention > 1 && c.ep == 1) c.ep = c.dp_attention * c.tp;
  if (c.tp > server.gpus)
    throw InputError(kCommandLine, "--tp",
                     fmt::format("a stage's tensor-parallel GPUs share one server here: tp {} "
                                 "exceeds the {} GPUs of a {} server (add stages with --pp)",
                                 c.tp, server.gpus, server.name));
  c.precision = parse_enum<Precision>(f.precision, kCommandLine, "--precision");
  c.kv_precision = parse_enum<Precision>(f.kv_precision, kCommandLine, "--kv-precision");
  c.decode_attention =
      parse_enum<serve::DecodeAttention>(f.decode_attention, kCommandLine, "--decode-attention");
  c.kv_admission = parse_enum<serve::KvAdmission>(f.kv_admission, kCommandLine, "--kv-admission");
  c.cuda_graph_batch_sizes = graph_sizes_flag(f.cuda_graph_batch_sizes);
  c.block_size = f.block_size;
  c.max_num_seqs = f.max_num_seqs;
  c.max_num_batched_tokens = f.max_num_batched_tokens;
  c.chunked_prefill = !f.no_chunked;
  c.gpu_memory_utilization =
      number_flag(f.memory_utilization, "--gpu-memory-utilization", 0, 1, "a fraction in (0, 1]");
  if (!f.kv_free_fraction.empty())
    c.kv_cache_free_fraction =
        number_flag(f.kv_free_fraction, "--kv-cache-free-fraction", 0, 1, "a fraction in (0, 1]");
  c.max_model_len = f.max_model_len > 0 ? f.max_model_len : serve::model_context(model);
  if (!serve::unchunked_budget_holds(c, c.max_model_len))
    throw InputError(kCommandLine, "--max-num-batched-tokens",
                     fmt::format("without chunked prefill a whole prompt must fit one iteration: "
                                 "{} < max model length {}",
                                 c.max_num_batched_tokens, c.max_model_len));

  serve::Slo slo;
  if (!f.slo_ttft.empty()) slo.ttft = latency_flag(f.slo_ttft, "--slo-ttft");
  if (!f.slo_tpot.empty()) slo.tpot = latency_flag(f.slo_tpot, "--slo-tpot");
  slo.percentile =
      number_flag(f.slo_percentile, "--slo-percentile", 0, 100, "a percentile in (0, 100]") / 100;

  const serve::ReplicaModel replica(model, server.gpu, c,
                                    serve::replica_comms(cluster, pool, c.tp, c.pp, c.dp_attention),
                                    kCommandLine);
  const int per_replica = replica.gpus();
  const serve::LengthDistribution prompt =
      serve::LengthDistribution::parse(f.prompt, kCommandLine, "--prompt");
  const serve::LengthDistribution output =
      serve::LengthDistribution::parse(f.output, kCommandLine, "--output");

  int replicas = f.replicas;
  if (f.gpus > 0) {
    if (f.gpus % per_replica != 0)
      throw InputError(kCommandLine, "--gpus",
                       fmt::format("{} GPUs are not whole replicas of {} GPUs ({})", f.gpus,
                                   per_replica, serve::layout_text(c)));
    replicas = static_cast<int>(f.gpus / per_replica);
  }
  const std::int64_t pool_gpus = cluster.pools[pool].gpu_count;
  if (static_cast<std::int64_t>(replicas) * per_replica > pool_gpus)
    throw InputError(kCommandLine, "--replicas",
                     fmt::format("{} replicas of {} GPUs exceed the pool's {} GPUs", replicas,
                                 per_replica, pool_gpus));

  report::ServeReport rep;
  rep.model = &replica;
  rep.cluster = cluster.name;
  rep.cluster_gpus = pool_gpus;
  rep.per_request = f.per_request;
  const auto seed = static_cast<std::uint64_t>(f.seed);
  const auto requests = static_cast<std::uint64_t>(f.requests);
  const std::string lengths =
      fmt::format("prompt {}, output {} tokens", prompt.describe(), output.describe());

  serve::ServingResult result;
  serve::CapacityResult capacity;
  if (f.find_capacity) {
    if (!slo.any())
      throw InputError(kCommandLine, "--find-capacity",
                       "give an SLO: --slo-ttft and/or --slo-tpot");
    if (!f.trace.empty() || !f.rate.empty() || f.offline)
      throw InputError(kCommandLine, "--find-capacity",
                       "searches Poisson rates itself; leave out --rate, --offline and --trace");
    if (!f.target_rate.empty())
      rep.target_rate = number_flag(f.target_rate, "--target-rate", 0, 1e12,
                                    "a positive rate in requests per second");
    capacity = serve::find_capacity(replica, prompt, output, slo, requests, seed);
    rep.capacity = &capacity;
    rep.capacity_requests = requests;
    rep.workload = fmt::format("Poisson arrivals to one replica, {}, {} requests per run, seed {}",
                               lengths, report::grouped(f.requests), seed);
  } else {
    std::unique_ptr<serve::RequestSource> source;
    const int modes = (f.rate.empty() ? 0 : 1) + (f.offline ? 1 : 0) + (f.trace.empty() ? 0 : 1);
    if (modes != 1)
      throw InputError(kCommandLine, "--rate",
                       "give one of --rate R, --offline, --trace FILE or --find-capacity");
    if (!f.trace.empty()) {
      source =
          serve::trace_source(f.trace, replica.max_model_len(), f.requests_given ? requests : 0);
      rep.workload = fmt::format("trace {}", f.trace);
    } else {
      serve::ArrivalProcess a;
      if (f.offline) {
        a.kind = serve::ArrivalProcess::Kind::offline;
        rep.workload = fmt::format("{} requests at once (offline), {}, seed {}",
                                   report::grouped(f.requests), lengths, seed);
      } else {
        a.rate = number_flag(f.rate, "--rate", 0, 1e12, "a positive rate in requests per second");
        a.kind = serve::ArrivalProcess::Kind::poisson;
        std::string process = fmt::format("Poisson {:g}/s", a.rate);
        if (!f.burstiness.empty()) {
          a.kind = serve::ArrivalProcess::Kind::gamma;
          a.cv = number_flag(f.burstiness, "--burstiness", 0, 100,
                             "a coefficient of variation of the gaps in (0, 100]");
          process = fmt::format("gamma {:g}/s, gap CV {:g}", a.rate, a.cv);
        }
        rep.workload = fmt::format("{} requests, {}, {}, seed {}", report::grouped(f.requests),
                                   process, lengths, seed);
      }
      source = serve::synthetic_source(a, prompt, output, requests, seed);
    }
    serve::ServingOptions options;
    if (!f.disaggregate.empty()) {
      // P:D - prefill and decode replicas; their KV transfer crosses the fabric between servers.
      const std::size_t colon = f.disaggregate.find(':');
      const double p = colon == std::string::npos
                           ? 0
                           : number_flag(f.disaggregate.substr(0, colon), "--disaggregate", 0, 1e6,
                                         "P:D, prefill and decode replica counts (e.g. 1:3)");
      const double d = number_flag(
          colon == std::string::npos ? f.disaggregate : f.disaggregate.substr(colon + 1),
          "--disaggregate", 0, 1e6, "P:D, prefill and decode replica counts (e.g. 1:3)");
      if (colon == std::string::npos || p != std::floor(p) || d != std::floor(d))
        throw InputError(kCommandLine, "--disaggregate",
                         fmt::format("'{}' is not P:D, whole prefill and decode replica counts "
                                     "(e.g. 1:3)",
                                     f.disaggregate));
      if (f.gpus > 0 || f.replicas != 1)
        throw InputError(kCommandLine, "--disaggregate",
                         "gives the replicas itself; leave out --replicas and --gpus");
      replicas = static_cast<int>(p + d);
      if (static_cast<std::int64_t>(replicas) * per_replica > pool_gpus)
        throw InputError(kCommandLine, "--disaggregate",
                         fmt::format("{} replicas of {} GPUs exceed the pool's {} GPUs", replicas,
                                     per_replica, pool_gpus));
      if (server.gpus * 2 > pool_gpus)
        throw InputError(kCommandLine, "--disaggregate",
                         "the KV transfer needs two servers in the pool");
      options.prefill_replicas = static_cast<int>(p);
      options.kv_transfer =
          serve::kv_transfer(cluster, pool, c.tp, replica.kv_bytes_per_token_per_gpu());
      rep.workload += fmt::format("; disaggregated: {} prefill + {} decode replicas", p, d);
    }
    options.replicas = replicas;
    options.router = parse_enum<serve::Router>(f.router, kCommandLine, "--router");
    options.slo = slo;
    options.record_requests = f.per_request;
    result = serve::simulate_serving(replica, *source, options);
    rep.result = &result;
  }
  if (rep.result) rep.cost = serve::serving_cost(*rep.result, cluster, pool);
  if (rep.capacity && capacity.rate > 0)
    rep.cost = serve::serving_cost(capacity.at_rate, cluster, pool);
  if (!f.report.empty()) report::write_html_report(f.report, report::serve_html(rep));
  if (!f.csv.empty()) report::write_csv_tables(f.csv, report::serve_tables(rep));
  if (f.json) {
    fmt::print("{}\n", report::serve_json(rep).dump(2));
  } else {
    fmt::print("{}", report::serve_text(rep));
  }
}

// run(), with an error the checks raise on a setting the scenario file gave blamed on the file's
// line and key instead of the flag.
void run_blaming_file(const ServeFlags& f) {
  try {
    run(f);
  } catch (const InputError& e) {
    const auto it = f.from_file.find(e.field());
    if (e.where().file != kCommandLine.file || it == f.from_file.end()) throw;
    throw InputError(it->second.where, it->second.key, e.message());
  }
}

}  // namespace

void add_serve_command(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "serve", "Serve a model: continuous batching, KV cache, latency at a load, capacity");
  auto flags = std::make_shared<ServeFlags>();
  ServeFlags& f = *flags;
  cmd->add_option("scenario", f.scenario,
                  "Scenario file (YAML): the flags' settings under their names; flags override "
                  "it (docs/serving.md)");
  cmd->add_option("--cluster", f.cluster, "Cluster preset or file (default eos-11616)");
  cmd->add_option("--gpu", f.gpu, "GPU of the pool to serve on (default: the first pool's)");
  cmd->add_option("--model", f.model, "Model preset, YAML or config.json (default llama3-70b)");
  cmd->add_option("--tp", f.tp, "Tensor-parallel GPUs per replica (default 8)")
      ->transform(count_flag(1, 1024));
  cmd->add_option("--pp", f.pp,
                  "Pipeline stages per replica (default 1; vLLM's virtual engines overlap pp "
                  "batches)")
      ->transform(count_flag(1, 1024));
  cmd->add_option("--ep", f.ep,
                  "Expert-parallel GPUs of a stage: 1 (default) or tp (MoE models: whole experts "
                  "per GPU, all-to-all dispatch and combine)")
      ->transform(count_flag(1, 1024));
  cmd->add_option("--dp-attention", f.dp_attention,
                  "Data-parallel attention groups of --tp GPUs per replica (default 1; MoE "
                  "models: each group its own batch and KV cache, experts EP over all groups' "
                  "GPUs, as SGLang's --enable-dp-attention)")
      ->transform(count_flag(1, 1024));
  cmd->add_option("--replicas", f.replicas, "Replicas behind the router (default 1)")
      ->transform(count_flag(1, 1'000'000));
  cmd->add_option("--gpus", f.gpus, "GPUs in all (replicas = GPUs / tp)")
      ->transform(count_flag(1, std::int64_t{1} << 40));
  cmd->add_option("--precision", f.precision,
                  "Weights and GEMMs: bf16, fp8 or fp4 (NVFP4, Blackwell; default bf16)");
  cmd->add_option("--kv-precision", f.kv_precision, "KV cache: bf16 or fp8 (default bf16)");
  cmd->add_option("--decode-attention", f.decode_attention,
                  "Decode kernel's KV reads: grouped (default) or per-query-head (pre-XQA)");
  cmd->add_option("--kv-admission", f.kv_admission,
                  "When a request starts: on-demand (vLLM: blocks as it grows, preemption by "
                  "recompute; default) or guaranteed-no-evict (TensorRT-LLM's default: its whole "
                  "prompt and output reserved at admission)");
  cmd->add_option("--cuda-graph-batch-sizes", f.cuda_graph_batch_sizes,
                  "Decode-only iterations run padded to the next of these sizes (TensorRT-LLM's "
                  "cuda_graph_config with enable_padding), e.g. 1,2,4,8,16,32,64,128,256,512");
  cmd->add_option("--block-size", f.block_size, "Tokens per KV block (default 16)")
      ->transform(count_flag(1, 4096));
  cmd->add_option("--max-num-seqs", f.max_num_seqs, "Sequences per batch (default 256)")
      ->transform(count_flag(1, 1'000'000));
  cmd->add_option("--max-num-batched-tokens", f.max_num_batched_tokens,
                  "Tokens per iteration (default 8192)")
      ->transform(count_flag(1, 10'000'000));
  cmd->add_flag("--no-chunked-prefill", f.no_chunked, "Prefill whole prompts in one iteration");
  cmd->add_option("--gpu-memory-utilization", f.memory_utilization,
                  "Share of HBM for weights, activations and KV cache (default 0.9)");
  cmd->add_option("--kv-cache-free-fraction", f.kv_free_fraction,
                  "TensorRT-LLM's rule instead: the KV cache takes this share of the memory "
                  "left after weights and activations");
  cmd->add_option("--max-model-len", f.max_model_len,
                  "Longest prompt + output (default: the model's context)")
      ->transform(count_flag(1, std::int64_t{1} << 40));
  cmd->add_option("--rate", f.rate, "Poisson arrivals, requests per second");
  cmd->add_option("--burstiness", f.burstiness,
                  "Gamma arrivals instead: coefficient of variation of the gaps (1 = Poisson)");
  cmd->add_flag("--offline", f.offline, "All requests at time 0 (MLPerf offline)");
  cmd->add_option("--trace", f.trace, "CSV trace: arrival_s,prompt_tokens,output_tokens");
  cmd->add_option("--requests", f.requests, "Requests to simulate (default 1000; a trace: all)")
      ->transform(count_flag(1, std::int64_t{1} << 40));
  cmd->add_option("--prompt", f.prompt,
                  "Prompt tokens: N, uniform:LO:HI or lognormal:MEAN:CV (default "
                  "lognormal:1000:0.5)");
  cmd->add_option("--output", f.output, "Output tokens, as --prompt (default lognormal:200:0.5)");
  cmd->add_option("--seed", f.seed, "Random seed (default 1)")
      ->transform(count_flag(0, std::numeric_limits<std::int64_t>::max()));
  cmd->add_option("--disaggregate", f.disaggregate,
                  "P:D prefill and decode replicas (DistServe-style; KV moved over the fabric)");
  cmd->add_option("--router", f.router, "round-robin or least-loaded (default round-robin)");
  cmd->add_option("--slo-ttft", f.slo_ttft, "Time-to-first-token target with a unit (2s)");
  cmd->add_option("--slo-tpot", f.slo_tpot, "Time-per-output-token target with a unit (50ms)");
  cmd->add_option("--slo-percentile", f.slo_percentile,
                  "Percentile --find-capacity holds the SLO at (default 99)");
  cmd->add_flag("--find-capacity", f.find_capacity,
                "Search the highest Poisson rate per replica within the SLO");
  cmd->add_option("--target-rate", f.target_rate,
                  "With --find-capacity: replicas and GPUs for this many requests/s");
  cmd->add_flag("--per-request", f.per_request, "List every request's TTFT, TPOT and E2E");
  cmd->add_flag("--json", f.json, "Print JSON instead of text");
  cmd->add_option("--report", f.report, "Write an HTML report to DIR/index.html");
  cmd->add_option("--csv", f.csv, "Write every table as DIR/<table>.csv (docs/reports.md)");
  cmd->callback([flags, cmd] {
    ServeFlags& g = *flags;
    g.requests_given = cmd->get_option("--requests")->count() > 0;
    if (!g.scenario.empty()) read_scenario_file(g, *cmd);
    run_blaming_file(g);
  });
}

}  // namespace colossus::cli
