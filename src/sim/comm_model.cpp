// The closed-form communication model (tests, quick estimates) and the fabric model that asks
// the collective layer, every group of a kind at once, with a cache by (op, kind, bytes).
#include "colossus/sim/comm_model.h"

namespace colossus::sim {

CommTiming AnalyticCommModel::time(const Parallelism& parallelism, CollectiveOp op, GroupKind kind,
                                   Bytes bytes) {
  const int n = parallelism.group_size(kind);
  if (n <= 1 || bytes <= Bytes{}) return {};
  auto it = bandwidth_.find(kind);
  const ByteRate bandwidth = it == bandwidth_.end() ? default_bandwidth_ : it->second;
  return {latency_ + bytes * busbw_factor(op, n) / bandwidth, "analytic"};
}

}  // namespace colossus::sim
