// `colossus collective`: the table nccl-tests prints, predicted for a cluster preset or file, in
// nccl-tests' exact format, so that a script that reads an nccl-tests log reads ours: per row the
// size and count as nccl-tests derives them for the op (a 1 MiB all_gather of float over 16 ranks
// has count 16384, the elements each rank contributes), the type under nccl-tests' name, the
// out-of-place and in-place column groups (the same figures: the model does not tell them apart),
// #wrong as N/A (nothing runs, so nothing is checked) and nccl-tests' footer. The algorithm and
// protocol the tuner chose for each size follow as comment lines. Sizes double (or grow by
// --step-factor) from --min to --max; --groups G runs G identical groups side by side (group g =
// GPUs [g*R, (g+1)*R)) so their fabric contention is in the figures; --algo forces an algorithm;
// -J FILE also writes the rows as nccl-tests' -J writes them; --json prints our own JSON instead
// (report/collective_report.h writes the table and the JSON); --report DIR draws busbw and time
// against size for the tuner's choice and each algorithm forced; --csv DIR writes the rows.
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
#include "colossus/cli/report_flags.h"
#include "colossus/network/network.h"
#include "colossus/report/collective_report.h"
#include "colossus/report/csv_report.h"
#include "colossus/report/report_files.h"
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
  ReportFlags outputs;
};

using Row = report::CollectiveRow;

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

// For the report: the same sizes with each registered algorithm forced, those that apply to the
// call's op and group (an algorithm that refuses it is left out).
std::vector<std::pair<std::string, std::vector<Row>>> forced_curves(CollectiveEngine& engine,
                                                                    CollectiveCall call,
                                                                    const std::vector<Row>& tuned) {
  std::vector<std::pair<std::string, std::vector<Row>>> out;
  for (const std::string& name : engine.algorithm_names()) {
    call.algorithm = name;
    std::vector<Row> rows;
    try {
      for (const Row& t : tuned) {
        Row row = t;
        call.size = bytes(double(t.size));
        row.result = engine.run(call);
        rows.push_back(std::move(row));
      }
    } catch (const InputError&) {
      continue;
    }
    out.emplace_back(name, std::move(rows));
  }
  return out;
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
  report::CollectiveSweep sweep{topo.spec().name,
                                std::string(to_string(network.routing())),
                                op,
                                dtype,
                                o.ranks,
                                o.groups,
                                o.min,
                                o.max,
                                o.step_factor,
                                std::move(rows),
                                avg_busbw,
                                {}};
  if (!o.outputs.report.empty()) {
    if (o.algo.empty()) sweep.per_algorithm = forced_curves(engine, call, sweep.rows);
    report::write_html_report(o.outputs.report, report::collective_html(sweep));
  }
  if (!o.outputs.csv.empty()) {
    report::write_csv_tables(o.outputs.csv, report::collective_tables(sweep));
  }
  if (o.json) {
    fmt::print("{}\n", report::collective_json(sweep).dump(2));
  } else {
    fmt::print("{}", report::nccl_tests_text(sweep));
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
  add_report_flags(cmd, options->outputs);
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
