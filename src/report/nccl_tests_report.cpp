// The collective sweep as nccl-tests prints it, and as our JSON: per row the size and count as
// nccl-tests derives them for the op, the type under nccl-tests' name, the out-of-place and
// in-place column groups (the same figures: the model does not tell them apart), #wrong as N/A
// (nothing runs, so nothing is checked) and nccl-tests' footer; the algorithm and protocol the
// tuner chose for each size follow as comment lines.
#include <fmt/format.h>

#include <iterator>

#include "colossus/report/collective_report.h"

namespace colossus::report {
namespace {

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

}  // namespace

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

std::string nccl_tests_text(const CollectiveSweep& s) {
  std::string out;
  auto to = std::back_inserter(out);
  const CollectiveOp op = s.op;
  const bool reduces = op == CollectiveOp::all_reduce || op == CollectiveOp::reduce_scatter ||
                       op == CollectiveOp::send_recv;
  const int root = op == CollectiveOp::broadcast ? 0 : -1;
  fmt::format_to(to, "# colossus collective: {} on {} ({}), {} ranks x {} group{}, {}\n",
                 to_string(op), s.cluster, s.routing, s.ranks, s.groups, s.groups == 1 ? "" : "s",
                 to_string(s.dtype));
  fmt::format_to(to, "# Collective test starting: {} (predicted by colossus, not measured)\n",
                 nccl_tests_program(op));
  fmt::format_to(to,
                 "# minBytes {} maxBytes {} step: {}(factor); in-place = out-of-place, #wrong "
                 "N/A\n",
                 s.min, s.max, s.step_factor);
  fmt::format_to(to, "#\n");
  fmt::format_to(to,
                 "# {:>10}  {:>12}  {:>8}  {:>6}  {:>6}           out-of-place                "
                 "       in-place          \n",
                 "", "", "", "", "");
  fmt::format_to(to,
                 "# {:>10}  {:>12}  {:>8}  {:>6}  {:>6}  {:>7}  {:>6}  {:>6}  {:>6}  {:>7}  "
                 "{:>6}  {:>6}  {:>6} \n",
                 "size", "count", "type", "redop", "root", "time", "algbw", "busbw", "#wrong",
                 "time", "algbw", "busbw", "#wrong");
  fmt::format_to(to,
                 "# {:>10}  {:>12}  {:>8}  {:>6}  {:>6}  {:>7}  {:>6}  {:>6}  {:>6}  {:>7}  "
                 "{:>6}  {:>6}  {:>6} \n",
                 "(B)", "(elements)", "", "", "", "(us)", "(GB/s)", "(GB/s)", "", "(us)", "(GB/s)",
                 "(GB/s)", "");
  for (const CollectiveRow& row : s.rows) {
    const CollectiveResult& r = row.result;
    std::string line = fmt::format("{:>12}  {:>12}  {:>8}  {:>6}  {:>6}", row.size, row.count,
                                   to_string(s.dtype), reduces ? "sum" : "none", root);
    for (int place = 0; place < 2; ++place) {
      line += fmt::format("  {:>7}  {:>6}  {:>6}    N/A", nccl_float(r.time.value() * 1e6, 7),
                          nccl_float(gbps(r.algbw), 6), nccl_float(gbps(r.busbw), 6));
    }
    fmt::format_to(to, "{}\n", line);
  }
  // Runs of rows with the same choice: "ring/LL for 1024..65536 B, ring/Simple for 131072 B".
  std::string choices;
  const auto& rows = s.rows;
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
  fmt::format_to(to, "# Algorithm/protocol (colossus's tuner): {}\n", choices);
  fmt::format_to(to, "# {:<20} : {} {}\n", "Out of bounds values", 0, "OK");
  fmt::format_to(to, "# {:<20} : {:g} {}\n", "Avg bus bandwidth", s.avg_busbw_gbps, "");
  fmt::format_to(to, "#\n");
  fmt::format_to(to, "# Collective test concluded: {}\n", nccl_tests_program(op));
  fmt::format_to(to, "#\n\n");
  return out;
}

nlohmann::ordered_json collective_json(const CollectiveSweep& s) {
  nlohmann::ordered_json j;
  j["schema"] = "colossus.collective/1";
  j["cluster"] = s.cluster;
  j["op"] = to_string(s.op);
  j["ranks"] = s.ranks;
  j["groups"] = s.groups;
  j["dtype"] = to_string(s.dtype);
  j["rows"] = nlohmann::ordered_json::array();
  for (const CollectiveRow& row : s.rows) {
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
  return j;
}

}  // namespace colossus::report
