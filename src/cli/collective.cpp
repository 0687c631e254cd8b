// `colossus collective`: the table nccl-tests prints (size, count, type, time, algbw, busbw),
// predicted for a cluster preset or file, with the algorithm and protocol the tuner chose on
// each row. Sizes double (or grow by --step-factor) from --min to --max; --groups G runs G
// identical groups side by side (group g = GPUs [g*R, (g+1)*R)) so their fabric contention is
// in the figures; --algo forces an algorithm; --json prints the rows for machines.
#include "colossus/collective/collective.h"

#include <fmt/format.h>

#include <cctype>
#include <cmath>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "colossus/cli/commands.h"
#include "colossus/network/network.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/topology/topology.h"

namespace colossus::cli {
namespace {

const SourceLocation kCommandLine{"<command line>", 0};

struct Options {
  std::string cluster = "memphis-100k";
  std::string op = "all_reduce";
  std::int64_t ranks = 8;
  std::int64_t groups = 1;
  std::string min = "1K";
  std::string max = "1G";
  double step_factor = 2.0;
  std::string algo;
  std::string protocol;
  std::string dtype = "float";
  bool json = false;
};

// "1K", "256M", "16G", "4096", "1.5GB", "2KiB": binary multiples as nccl-tests reads -b/-e.
Bytes parse_size(const std::string& text, const std::string& field) {
  std::size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) {
    ++i;
  }
  std::string unit = text.substr(i);
  for (char& c : unit) c = char(std::toupper(static_cast<unsigned char>(c)));
  if (unit.size() > 1 && unit.back() == 'B') unit.pop_back();
  if (unit.size() > 1 && unit.back() == 'I') unit.pop_back();
  const std::string units = "KMGT";
  double scale = 1.0;
  bool ok = i > 0 && unit.size() <= 1;
  if (ok && unit.size() == 1 && unit != "B") {
    const auto pos = units.find(unit[0]);
    ok = pos != std::string::npos;
    if (ok) scale = std::pow(1024.0, double(pos + 1));
  }
  double value = 0.0;
  if (ok) {
    try {
      std::size_t used = 0;
      value = std::stod(text.substr(0, i), &used);
      ok = used == i;
    } catch (const std::exception&) {
      ok = false;
    }
  }
  if (!ok) {
    throw InputError(kCommandLine, field,
                     fmt::format("expected a size like 1K, 256M or 16G, got '{}'", text));
  }
  return bytes(std::floor(value * scale));
}

// "1.5 GB/s"-style figures of nccl-tests are decimal GB/s.
double gbps(ByteRate r) {
  return r.value() / 1e9;
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
  const Bytes min = parse_size(o.min, "--min");
  const Bytes max = parse_size(o.max, "--max");
  if (max < min) {
    throw InputError(
        kCommandLine, "--max",
        fmt::format("expected at least --min ({} B), got {} B", min.value(), max.value()));
  }
  if (!(o.step_factor > 1.0)) {
    throw InputError(kCommandLine, "--step-factor",
                     fmt::format("expected a factor above 1, got {}", o.step_factor));
  }
  if (o.ranks < 1) {
    throw InputError(kCommandLine, "--ranks", fmt::format("expected 1 or more, got {}", o.ranks));
  }
  if (o.groups < 1) {
    throw InputError(kCommandLine, "--groups", fmt::format("expected 1 or more, got {}", o.groups));
  }
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

  CollectiveCall call = CollectiveCall::consecutive(op, min, 0, int(o.ranks), int(o.groups));
  call.dtype = dtype;
  call.algorithm = o.algo;
  call.protocol = protocol;
  call.where = kCommandLine;

  std::vector<CollectiveResult> rows;
  try {
    for (double s = min.value(); s <= max.value() * (1 + 1e-12); s *= o.step_factor) {
      call.size = bytes(std::floor(s));
      rows.push_back(engine.run(call));
      if (s == 0) break;
    }
  } catch (const InputError& e) {
    // The engine names its call's fields; here they are the options that set them.
    if (e.field() == "algorithm") throw InputError(kCommandLine, "--algo", e.message());
    if (e.field() == "protocol") throw InputError(kCommandLine, "--protocol", e.message());
    throw;
  }

  if (o.json) {
    nlohmann::ordered_json j;
    j["cluster"] = topo.spec().name;
    j["op"] = to_string(op);
    j["ranks"] = o.ranks;
    j["groups"] = o.groups;
    j["dtype"] = to_string(dtype);
    j["rows"] = nlohmann::ordered_json::array();
    for (const auto& r : rows) {
      nlohmann::ordered_json row;
      row["size_bytes"] = r.size.value();
      row["count"] = r.count;
      row["time_s"] = r.time.value();
      row["algbw_bytes_per_s"] = r.algbw.value();
      row["busbw_bytes_per_s"] = r.busbw.value();
      row["algorithm"] = r.algorithm;
      row["protocol"] = to_string(r.protocol);
      row["channels"] = r.channels;
      row["phases"] = nlohmann::ordered_json::array();
      for (const auto& p : r.phases) {
        row["phases"].push_back({{"name", p.name},
                                 {"bandwidth_s", p.bandwidth.value()},
                                 {"latency_s", p.latency.value()}});
      }
      j["rows"].push_back(row);
    }
    fmt::print("{}\n", j.dump(2));
    return;
  }

  fmt::print("# colossus collective: {} on {} ({}), {} ranks x {} group{}, {}\n", to_string(op),
             topo.spec().name, to_string(network.routing()), o.ranks, o.groups,
             o.groups == 1 ? "" : "s", to_string(dtype));
  fmt::print("#\n");
  fmt::print("# {:>12} {:>13} {:>6} {:>6} {:>5} {:>11} {:>8} {:>8}  {}\n", "size", "count", "type",
             "redop", "root", "time", "algbw", "busbw", "algorithm");
  fmt::print("# {:>12} {:>13} {:>6} {:>6} {:>5} {:>11} {:>8} {:>8}\n", "(B)", "(elements)", "", "",
             "", "(us)", "(GB/s)", "(GB/s)");
  const bool reduces = op == CollectiveOp::all_reduce || op == CollectiveOp::reduce_scatter;
  const int root = op == CollectiveOp::broadcast ? 0 : -1;
  double busbw_sum = 0.0;
  for (const auto& r : rows) {
    fmt::print("  {:>12} {:>13} {:>6} {:>6} {:>5} {:>11.2f} {:>8.2f} {:>8.2f}  {}/{}\n",
               std::int64_t(r.size.value()), r.count, to_string(dtype), reduces ? "sum" : "none",
               root, r.time.value() * 1e6, gbps(r.algbw), gbps(r.busbw), r.algorithm,
               to_string(r.protocol));
    busbw_sum += gbps(r.busbw);
  }
  fmt::print("# Avg bus bandwidth    : {:.3f}\n", busbw_sum / double(rows.size()));
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
      ->capture_default_str();
  cmd->add_option("--groups", options->groups,
                  "identical groups side by side: group g = GPUs [g*ranks, (g+1)*ranks)")
      ->capture_default_str();
  cmd->add_option("--min,-b", options->min, "smallest size per rank (1K, 256M, 16G)")
      ->capture_default_str();
  cmd->add_option("--max,-e", options->max, "largest size per rank")->capture_default_str();
  cmd->add_option("--step-factor,-f", options->step_factor, "size multiplier between rows")
      ->capture_default_str();
  cmd->add_option("--algo", options->algo,
                  "force an algorithm: ring, tree, nvls, hierarchical, halving_doubling, "
                  "pairwise, send_recv (default: chosen per size like NCCL's tuner)");
  cmd->add_option("--protocol", options->protocol, "force a protocol: LL, LL128, Simple");
  cmd->add_option("--dtype,-d", options->dtype, "float, bf16, half or fp8")->capture_default_str();
  cmd->add_flag("--json", options->json, "print JSON (base units, unit-suffixed keys)");
  cmd->callback([options] { run(*options); });
}

}  // namespace colossus::cli
