// FabricCommModel: the step's collectives on the cluster's fabric through the collective
// layer. All groups of a kind are one CollectiveCall (group 0 plus an offset per group), so the
// flows of every data-parallel (or expert, or pipeline) group share the fabric in one network
// phase; the engine caches the size-independent analysis, and this class caches each
// (op, kind, bytes) answer, so a step costs one collective simulation per distinct message.

#include "colossus/collective/collective.h"
#include "colossus/sim/comm_model.h"

namespace colossus::sim {
struct FabricCommModel::State {
  explicit State(Network& network) : engine(network) {}
  CollectiveEngine engine;
  std::map<GroupKind, CollectiveCall> calls;
};

FabricCommModel::FabricCommModel(Network& network)
    : network_(&network), state_(std::make_unique<State>(network)) {}

FabricCommModel::~FabricCommModel() = default;

CommTiming FabricCommModel::time(const Parallelism& parallelism, CollectiveOp op, GroupKind kind,
                                 Bytes bytes) {
  if (parallelism.group_size(kind) <= 1 || bytes <= Bytes{}) return {};
  const auto key = std::make_tuple(op, kind, bytes.value());
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  auto call_it = state_->calls.find(kind);
  if (call_it == state_->calls.end()) {
    const Parallelism::GroupTable groups = parallelism.group_table(kind);
    call_it =
        state_->calls.emplace(kind, CollectiveCall::translates(groups.ranks, groups.size)).first;
  }
  CollectiveCall call = call_it->second;
  call.op = op;
  call.size = bytes;
  call.dtype = DataType::bfloat16;
  call.where = {"<job>", 0};
  const CollectiveResult r = state_->engine.run(call);
  const CommTiming timing{r.time, r.algorithm};
  cache_.emplace(key, timing);
  return timing;
}

}  // namespace colossus::sim
