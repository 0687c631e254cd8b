// FabricCommModel: the step's collectives on the cluster's fabric through the collective
// layer. All groups of a kind are one CollectiveCall (group 0 plus an offset per group), so the
// flows of every data-parallel (or expert, or pipeline) group share the fabric in one network
// phase; the engine caches the size-independent analysis, and this class caches each
// (op, kind, bytes) answer, so a step costs one collective simulation per distinct message.
#include <stdexcept>

#include "colossus/collective/collective.h"
#include "colossus/sim/comm_model.h"

namespace colossus::sim {
namespace {

// Every group of a kind as one call: group 0's ranks plus one offset per group. The groups of
// a Megatron layout are translates of each other (a rank is a linear function of its
// coordinates); a layout where they are not is a bug.
CollectiveCall call_for(const std::vector<std::vector<int>>& groups) {
  CollectiveCall call;
  const std::vector<int>& first = groups.front();
  call.ranks.assign(first.begin(), first.end());
  if (groups.size() > 1) {
    call.group_offsets.reserve(groups.size());
    for (const auto& g : groups) {
      const int offset = g.front() - first.front();
      for (std::size_t i = 0; i < g.size(); ++i) {
        if (g[i] - first[i] != offset) {
          throw std::logic_error("FabricCommModel: groups of a kind are not translates");
        }
      }
      call.group_offsets.push_back(offset);
    }
  }
  return call;
}

}  // namespace

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
    call_it = state_->calls.emplace(kind, call_for(parallelism.groups(kind))).first;
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
