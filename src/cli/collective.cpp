// `colossus collective`: the table nccl-tests prints, predicted for a cluster preset or file, in
// nccl-tests' exact format, so that a script that reads an nccl-tests log reads ours: per row the
// size and count as nccl-tests derives them for the op (a 1 MiB all_gather of float over 16 ranks
// has count 16384, the elements each rank contributes), the type under nccl-tests' name, the
// out-of-place and in-place column groups (the same figures: the model does not tell them apart),
// #wrong as N/A (nothing runs, so nothing is checked) and nccl-tests' footer. The algorithm and
// protocol the tuner chose for each size follow as comment lines. Sizes double (or grow by
// --step-factor) from --min to --max; --groups G runs G identical groups side by side (group g =
// GPUs [g*R, (g+1)*R)) so their fabric contention is in the figures; --algo forces an algorithm;
// -J FILE also writes the rows as nccl-tests' -J writes them; --json prints our own JSON instead.
#include "colossus/collective/collective.h"

#include <fmt/format.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "colossus/cli/commands.h"
#include "colossus/cli/flags.h"
#include "colossus/network/network.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/topology/topology.h"

namespace colossus::cli {
namespace {

const SourceLocation kCommandLine{"<command line>", 0};

// The largest size per rank a row may have: 1 PiB, beyond any GPU's memory, and small enough
// that sizes, times and bandwidths stay exact and positive.
constexpr std::int64_t kMaxBytes = std::int64_t{1} << 50;
// The most rows one table may have (1 B to 1 PiB by factors of 2 is 51).
constexpr std::int64_t kMaxRows = 1000;
// The version of nccl-tests' JSON output (-J) whose shape we write (util.cu: JSON_FILE_VERSION).
constexpr int kNcclTestsJsonVersion = 3;

struct Options {
  std::string cluster = "memphis-100k";
  std::string op = "all_reduce";
  std::int64_t ranks = 8;
  std::int64_t groups = 1;
  std::int64_t min = 1024;
  std::int64_t max = std::int64_t{1} << 30;
  double step_factor = 2.0;
  std::string algo;
  std::string protocol;
  std::string dtype = "float";
  std::string json_file;
  bool json = false;
  std::vector<std::string> args;  // the command line, for -J's "args"
};

// One row as nccl-tests prints it, with the prediction behind it.
struct Row {
  std::int64_t size = 0;   // nccl-tests' "size": the larger of the send and receive buffers
  std::int64_t count = 0;  // nccl-tests' "count": the count passed to the NCCL call
  CollectiveResult result;
};

// nccl-tests' size and count for a requested size (common.cu setupArgs and each op's
// GetCollByteCount): all_gather, reduce_scatter and alltoall split the buffer over the ranks and
// round each rank's share down to 16 bytes; the count column is that share.
Row nccl_tests_row(CollectiveOp op, std::int64_t requested, std::int64_t elem, std::int64_t n) {
  const std::int64_t count = requested / elem;
  Row row;
  if (op == CollectiveOp::all_gather || op == CollectiveOp::reduce_scatter ||
      op == CollectiveOp::all_to_all) {
    const std::int64_t align = std::max<std::int64_t>(16 / elem, 1);
    row.count = count / n / align * align;
    row.size = row.count * n * elem;
  } else {
    row.count = count;
    row.size = count * elem;
  }
  return row;
}

// The name of the nccl-tests binary for the op, as its footer names it.
std::string nccl_tests_program(CollectiveOp op) {
  switch (op) {
    case CollectiveOp::all_reduce:
      return "all_reduce_perf";
    case CollectiveOp::reduce_scatter:
      return "reduce_scatter_perf";
    case CollectiveOp::all_gather:
      return "all_gather_perf";
    case CollectiveOp::broadcast:
      return "broadcast_perf";
    case CollectiveOp::all_to_all:
      return "alltoall_perf";
    case CollectiveOp::send_recv:
      return "sendrecv_perf";
  }
  return "?";
}

// nccl-tests' getFloatStr: the value in `width` characters with 2, 1 or 0 decimals, else in
// exponent form cut to the width, as its snprintf does.
std::string nccl_float(double value, int width) {
  for (int decimals : {2, 1, 0}) {
    std::string text = fmt::format("{:>{}.{}f}", value, width, decimals);
    if (int(text.size()) <= width) return text;
  }
  const std::string text =
      width >= 7 ? fmt::format("{:>{}.1e}", value, width) : fmt::format("{:>{}.0e}", value, width);
  return text.substr(0, std::size_t(width));
}

// "1.5 GB/s"-style figures of nccl-tests are decimal GB/s.
double gbps(ByteRate r) {
  return r.value() / 1e9;
}

// The requested sizes from --min to --max, refusing a table of more than kMaxRows rows.
std::vector<std::int64_t> requested_sizes(const Options& o) {
  if (!(o.step_factor > 1.0)) {
    throw InputError(kCommandLine, "--step-factor",
                     fmt::format("expected a factor above 1, got {}", o.step_factor));
  }
  if (o.min > 0 &&
      std::log(double(o.max) / double(o.min)) / std::log(o.step_factor) >= double(kMaxRows)) {
    const double rows =
        std::floor(std::log(double(o.max) / double(o.min)) / std::log(o.step_factor)) + 1;
    const double least = std::pow(double(o.max) / double(o.min), 1.0 / double(kMaxRows - 1));
    throw InputError(
        kCommandLine, "--step-factor",
        fmt::format("{} from {} to {} bytes makes {:.0f} rows; at most {} are allowed: "
                    "expected a factor of at least {:.4f}",
                    o.step_factor, o.min, o.max, rows, kMaxRows, std::ceil(least * 1e4) / 1e4));
  }
  std::vector<std::int64_t> sizes;
  for (double s = double(o.min); s <= double(o.max) * (1 + 1e-12); s *= o.step_factor) {
    sizes.push_back(std::int64_t(std::floor(s)));
    if (s == 0) break;
  }
  return sizes;
}

// The table and footer of nccl-tests (util.cu writeResultHeader, writeBenchmarkLine*,
// writeResultFooter), then the tuner's choices as comments.
void print_nccl_tests(const Options& o, const std::vector<Row>& rows, CollectiveOp op,
                      DataType dtype, const Topology& topo, Routing routing, double avg_busbw) {
  const bool reduces = op == CollectiveOp::all_reduce || op == CollectiveOp::reduce_scatter ||
                       op == CollectiveOp::send_recv;
  const int root = op == CollectiveOp::broadcast ? 0 : -1;
  fmt::print("# colossus collective: {} on {} ({}), {} ranks x {} group{}, {}\n", to_string(op),
             topo.spec().name, to_string(routing), o.ranks, o.groups, o.groups == 1 ? "" : "s",
             to_string(dtype));
  fmt::print("# Collective test starting: {} (predicted by colossus, not measured)\n",
             nccl_tests_program(op));
  fmt::print("# minBytes {} maxBytes {} step: {}(factor); in-place = out-of-place, #wrong N/A\n",
             o.min, o.max, o.step_factor);
  fmt::print("#\n");
  fmt::print(
      "# {:>10}  {:>12}  {:>8}  {:>6}  {:>6}           out-of-place                       "
      "in-place          \n",
      "", "", "", "", "");
  fmt::print(
      "# {:>10}  {:>12}  {:>8}  {:>6}  {:>6}  {:>7}  {:>6}  {:>6}  {:>6}  {:>7}  {:>6}  "
      "{:>6}  {:>6} \n",
      "size", "count", "type", "redop", "root", "time", "algbw", "busbw", "#wrong", "time", "algbw",
      "busbw", "#wrong");
  fmt::print(
      "# {:>10}  {:>12}  {:>8}  {:>6}  {:>6}  {:>7}  {:>6}  {:>6}  {:>6}  {:>7}  {:>6}  "
      "{:>6}  {:>6} \n",
      "(B)", "(elements)", "", "", "", "(us)", "(GB/s)", "(GB/s)", "", "(us)", "(GB/s)", "(GB/s)",
      "");
  for (const Row& row : rows) {
    const CollectiveResult& r = row.result;
    std::string line = fmt::format("{:>12}  {:>12}  {:>8}  {:>6}  {:>6}", row.size, row.count,
                                   to_string(dtype), reduces ? "sum" : "none", root);
    for (int place = 0; place < 2; ++place) {
      line += fmt::format("  {:>7}  {:>6}  {:>6}    N/A", nccl_float(r.time.value() * 1e6, 7),
                          nccl_float(gbps(r.algbw), 6), nccl_float(gbps(r.busbw), 6));
    }
    fmt::print("{}\n", line);
  }
  // Runs of rows with the same choice: "ring/LL for 1024..65536 B, ring/Simple for 131072 B".
  std::string choices;
  for (std::size_t i = 0; i < rows.size();) {
    const CollectiveResult& r = rows[i].result;
    std::size_t last = i;
    while (last + 1 < rows.size() && rows[last + 1].result.algorithm == r.algorithm &&
           rows[last + 1].result.protocol == r.protocol) {
      ++last;
    }
    choices += fmt::format("{}{}/{} for {}{} B", choices.empty() ? "" : ", ", r.algorithm,
                           to_string(r.protocol), rows[i].size,
                           last > i ? fmt::format("..{}", rows[last].size) : "");
    i = last + 1;
  }
  fmt::print("# Algorithm/protocol (colossus's tuner): {}\n", choices);
  fmt::print("# {:<20} : {} {}\n", "Out of bounds values", 0, "OK");
  fmt::print("# {:<20} : {:g} {}\n", "Avg bus bandwidth", avg_busbw, "");
  fmt::print("#\n");
  fmt::print("# Collective test concluded: {}\n", nccl_tests_program(op));
  fmt::print("#\n\n");
}

// Now as nccl-tests writes it in JSON ("%Y-%m-%d %H:%M:%S", local time).
std::string now_text() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[64];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &local);
  return text;
}

// The file nccl-tests' -J writes (util.cu jsonOutputInit ... jsonOutputFinalize): the same keys
// in the same nesting. What a prediction has no value for is null (nccl_version, nwrong) or 0
// (iterations, pid); "env" is left empty rather than copying the environment into a file.
// Each result also carries our "algorithm" and "protocol", and the devices are the GPUs of the
// cluster the ranks stand for.
void write_nccl_tests_json(const Options& o, const std::vector<Row>& rows, CollectiveOp op,
                           DataType dtype, const Topology& topo, double avg_busbw) {
  const std::string started = now_text();
  nlohmann::ordered_json j;
  j["version"] = kNcclTestsJsonVersion;
  j["start_time"] = started;
  j["args"] = o.args;
  j["env"] = nlohmann::ordered_json::array();
  j["nccl_version"] = nullptr;
  nlohmann::ordered_json config;
  config["nthreads"] = 1;
  config["ngpus"] = o.ranks * o.groups;
  config["minimum_bytes"] = o.min;
  config["maximum_bytes"] = o.max;
  config["step_factor"] = o.step_factor;
  config["warmup_iters"] = 0;
  config["iterations"] = 0;
  config["aggregated_iterations"] = 1;
  config["validation"] = 0;
  config["graph"] = 0;
  config["blocking_collectives"] = "false";
  config["per_iter_timing"] = "false";
  config["per_iter_skip"] = 0;
  config["parallel_init"] = "false";
  config["devices"] = nlohmann::ordered_json::array();
  for (std::int64_t rank = 0; rank < o.ranks * o.groups; ++rank) {
    const auto gpu = GpuId(rank);
    config["devices"].push_back({{"rank", rank % o.ranks},
                                 {"group", rank / o.ranks},
                                 {"pid", 0},
                                 {"hostname", fmt::format("server{}", topo.server_of(gpu))},
                                 {"device", topo.local_index(gpu)},
                                 {"device_hex", ""},
                                 {"device_info", topo.server_spec(gpu).gpu.name}});
  }
  j["config"] = config;
  const bool reduces = op == CollectiveOp::all_reduce || op == CollectiveOp::reduce_scatter ||
                       op == CollectiveOp::send_recv;
  j["results"] = nlohmann::ordered_json::array();
  for (const Row& row : rows) {
    const CollectiveResult& r = row.result;
    nlohmann::ordered_json timing = {{"time", r.time.value() * 1e6},
                                     {"alg_bw", gbps(r.algbw)},
                                     {"bus_bw", gbps(r.busbw)},
                                     {"nwrong", nullptr}};
    j["results"].push_back({{"size", row.size},
                            {"count", row.count},
                            {"type", to_string(dtype)},
                            {"redop", reduces ? "sum" : "none"},
                            {"root", fmt::format("{:>6}", op == CollectiveOp::broadcast ? 0 : -1)},
                            {"out_of_place", timing},
                            {"in_place", timing},
                            {"actual_iterations", 0},
                            {"experiment_name", ""},
                            {"algorithm", r.algorithm},
                            {"protocol", to_string(r.protocol)}});
  }
  j["out_of_bounds"] = {{"count", 0}, {"okay", true}};
  j["average_bus_bandwidth"] = {{"bandwidth", avg_busbw}, {"okay", "unchecked"}};
  j["errors"] = nlohmann::ordered_json::array();
  j["end_time"] = now_text();
  std::ofstream out(o.json_file);
  out << j.dump() << '\n';
  out.close();
  if (!out) {
    throw InputError(kCommandLine, "-J",
                     fmt::format("could not write '{}': {}", o.json_file, std::strerror(errno)));
  }
}

// Our own JSON (--json): base units, the chosen algorithm's phases.
void print_json(const Options& o, const std::vector<Row>& rows, CollectiveOp op, DataType dtype,
                const Topology& topo) {
  nlohmann::ordered_json j;
  j["cluster"] = topo.spec().name;
  j["op"] = to_string(op);
  j["ranks"] = o.ranks;
  j["groups"] = o.groups;
  j["dtype"] = to_string(dtype);
  j["rows"] = nlohmann::ordered_json::array();
  for (const Row& row : rows) {
    const CollectiveResult& r = row.result;
    nlohmann::ordered_json out;
    out["size_bytes"] = row.size;
    out["count"] = row.count;
    out["time_s"] = r.time.value();
    out["algbw_bytes_per_s"] = r.algbw.value();
    out["busbw_bytes_per_s"] = r.busbw.value();
    out["algorithm"] = r.algorithm;
    out["protocol"] = to_string(r.protocol);
    out["channels"] = r.channels;
    out["phases"] = nlohmann::ordered_json::array();
    for (const auto& p : r.phases) {
      out["phases"].push_back({{"name", p.name},
                               {"bandwidth_s", p.bandwidth.value()},
                               {"latency_s", p.latency.value()}});
    }
    j["rows"].push_back(out);
  }
  fmt::print("{}\n", j.dump(2));
}

void run(const Options& o) {
  const CollectiveOp op = parse_collective_op(o.op, kCommandLine, "--op");
  const DataType dtype = parse_data_type(o.dtype, kCommandLine, "--dtype");
  std::optional<Protocol> protocol;
  if (!o.protocol.empty()) {
    for (Protocol p : {Protocol::ll, Protocol::ll128, Protocol::simple}) {
      if (o.protocol == to_string(p)) protocol = p;
    }
    if (!protocol) {
      throw InputError(
          kCommandLine, "--protocol",
          fmt::format("unknown protocol '{}'; expected one of LL, LL128, Simple", o.protocol));
    }
  }
  if (o.max < o.min) {
    throw InputError(kCommandLine, "--max",
                     fmt::format("expected at least --min ({} B), got {} B", o.min, o.max));
  }
  const std::vector<std::int64_t> sizes = requested_sizes(o);
  const std::unique_ptr<const Topology> topo_built = make_topology(load_cluster(o.cluster));
  const Topology& topo = *topo_built;
  if (o.ranks * o.groups > topo.gpu_count()) {
    throw InputError(kCommandLine, "--ranks",
                     fmt::format("{} ranks x {} group{} need {} GPUs; {} has {}", o.ranks, o.groups,
                                 o.groups == 1 ? "" : "s", o.ranks * o.groups, topo.spec().name,
                                 topo.gpu_count()));
  }
  Network network(topo);
  CollectiveEngine engine(network);

  CollectiveCall call = CollectiveCall::consecutive(op, bytes(0), 0, int(o.ranks), int(o.groups));
  call.dtype = dtype;
  call.algorithm = o.algo;
  call.protocol = protocol;
  call.where = kCommandLine;

  const auto elem = std::int64_t(element_size(dtype).value());
  std::vector<Row> rows;
  double busbw_sum = 0.0;
  try {
    for (std::int64_t requested : sizes) {
      Row row = nccl_tests_row(op, requested, elem, o.ranks);
      call.size = bytes(double(row.size));
      row.result = engine.run(call);
      busbw_sum += gbps(row.result.busbw);
      rows.push_back(std::move(row));
    }
  } catch (const InputError& e) {
    // The engine names its call's fields; here they are the options that set them.
    if (e.field() == "algorithm") throw InputError(kCommandLine, "--algo", e.message());
    if (e.field() == "protocol") throw InputError(kCommandLine, "--protocol", e.message());
    throw;
  }
  const double avg_busbw = busbw_sum / double(rows.size());
  if (!o.json_file.empty()) write_nccl_tests_json(o, rows, op, dtype, topo, avg_busbw);
  if (o.json) {
    print_json(o, rows, op, dtype, topo);
  } else {
    print_nccl_tests(o, rows, op, dtype, topo, network.routing(), avg_busbw);
  }
}

}  // namespace

void add_collective_command(CLI::App& app) {
  auto options = std::make_shared<Options>();
  auto* cmd = app.add_subcommand(
      "collective", "predict an nccl-tests table (size, time, algbw, busbw) for a collective");
  cmd->add_option("--cluster", options->cluster, "cluster preset name or FILE.yaml")
      ->capture_default_str();
  cmd->add_option("--op", options->op,
                  "all_reduce, reduce_scatter, all_gather, broadcast, all_to_all, send_recv")
      ->capture_default_str();
  cmd->add_option("--ranks", options->ranks, "ranks per group (GPUs 0..ranks-1 for group 0)")
      ->transform(count_flag(1, kIntMax))
      ->capture_default_str();
  cmd->add_option("--groups", options->groups,
                  "identical groups side by side: group g = GPUs [g*ranks, (g+1)*ranks)")
      ->transform(count_flag(1, kIntMax))
      ->capture_default_str();
  cmd->add_option("--min,-b", options->min,
                  "smallest size (1K, 256M, 16G: binary, as nccl-tests; at most 1P)")
      ->transform(size_flag(0, kMaxBytes))
      ->default_str("1K");
  cmd->add_option("--max,-e", options->max, "largest size")
      ->transform(size_flag(0, kMaxBytes))
      ->default_str("1G");
  cmd->add_option("--step-factor,-f", options->step_factor,
                  "size multiplier between rows (at most 1000 rows)")
      ->capture_default_str();
  cmd->add_option("--algo", options->algo,
                  "force an algorithm: ring, tree, nvls, hierarchical, halving_doubling, "
                  "pairwise, send_recv (default: chosen per size like NCCL's tuner)");
  cmd->add_option("--protocol", options->protocol, "force a protocol: LL, LL128, Simple");
  cmd->add_option("--dtype,-d", options->dtype,
                  "nccl-tests' type names: float, half, bfloat16, f8e4m3, f8e5m2, double, int8, "
                  "uint8, int32, uint32, int64, uint64 (or bf16, fp16, fp8, float32)")
      ->capture_default_str();
  cmd->add_option("--output-file,-J", options->json_file,
                  "also write the results to FILE as nccl-tests' -J writes them (JSON)");
  cmd->add_flag("--json", options->json, "print our JSON (base units, unit-suffixed keys)");
  cmd->callback([options, cmd] {
    options->args = {"colossus", "collective"};
    for (const CLI::Option* option : cmd->get_options()) {
      if (option->count() == 0 || option->get_name().empty()) continue;
      options->args.push_back(option->get_name());
      for (const std::string& value : option->results()) options->args.push_back(value);
    }
    run(*options);
  });
}

}  // namespace colossus::cli
