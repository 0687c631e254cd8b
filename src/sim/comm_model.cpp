// The closed-form communication model (tests, quick estimates) and the fabric model that asks
// the collective layer, every group of a kind at once, with a cache by (op, kind, bytes).
#include "colossus/sim/comm_model.h"

namespace colossus::sim {
namespace {

// nccl-tests' bus-bandwidth factor: bytes on the busiest link per byte of the message.
double bus_factor(CommKind op, int n) {
  switch (op) {
    case CommKind::all_reduce:
      return 2.0 * (n - 1) / n;
    case CommKind::all_gather:
    case CommKind::reduce_scatter:
    case CommKind::all_to_all:
      return static_cast<double>(n - 1) / n;
    case CommKind::send_recv:
      return 1.0;
  }
  return 1.0;
}

}  // namespace

CommTiming AnalyticCommModel::time(const Parallelism& parallelism, CommKind op, GroupKind kind,
                                   Bytes bytes) {
  const int n = parallelism.group_size(kind);
  if (n <= 1 || bytes <= Bytes{}) return {};
  auto it = bandwidth_.find(kind);
  const ByteRate bandwidth = it == bandwidth_.end() ? default_bandwidth_ : it->second;
  return {latency_ + bytes * bus_factor(op, n) / bandwidth, "analytic"};
}

}  // namespace colossus::sim
