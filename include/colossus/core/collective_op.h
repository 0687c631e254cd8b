// The collective operations, stated once for every layer that names one: the workload's
// programs (which collective a layer issues), the collective layer's algorithms, and the step
// simulation between them. Also their CLI spellings and nccl-tests' bus-bandwidth factor, the
// one place that says how many bytes cross the busiest link per byte of an op.
#pragma once

#include <span>

#include "colossus/core/enum_names.h"

namespace colossus {

// An NCCL collective (send_recv: a point-to-point exchange, as a pipeline send or a CP ring
// step). The order of the values is the order the step report lists collectives of a group.
enum class CollectiveOp {
  all_reduce,
  all_gather,
  reduce_scatter,
  all_to_all,
  send_recv,
  broadcast,
};

// The CLI's spellings ("all_reduce"), in the order its messages list them.
inline constexpr EnumName<CollectiveOp> kCollectiveOpNames[] = {
    {CollectiveOp::all_reduce, "all_reduce"}, {CollectiveOp::reduce_scatter, "reduce_scatter"},
    {CollectiveOp::all_gather, "all_gather"}, {CollectiveOp::broadcast, "broadcast"},
    {CollectiveOp::all_to_all, "all_to_all"}, {CollectiveOp::send_recv, "send_recv"},
};
constexpr std::span<const EnumName<CollectiveOp>> enum_table(CollectiveOp) {
  return kCollectiveOpNames;
}

// nccl-tests' bus-bandwidth factor, busbw = algbw * factor: the bytes on the busiest link per
// byte of the message. 2(n-1)/n for all-reduce, (n-1)/n for reduce-scatter, all-gather and
// all-to-all, 1 for broadcast and send/recv.
constexpr double busbw_factor(CollectiveOp op, int ranks) {
  const double n = ranks;
  switch (op) {
    case CollectiveOp::all_reduce:
      return 2.0 * (n - 1) / n;
    case CollectiveOp::reduce_scatter:
    case CollectiveOp::all_gather:
    case CollectiveOp::all_to_all:
      return (n - 1) / n;
    case CollectiveOp::broadcast:
    case CollectiveOp::send_recv:
      return 1.0;
  }
  return 1.0;
}

}  // namespace colossus
