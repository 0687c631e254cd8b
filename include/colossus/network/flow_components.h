// The independent parts of a phase. Flows that share no resource, directly or through other
// flows, never change each other's max-min rates, so a phase splits exactly into the connected
// components of its flow-resource graph, each solvable alone. Components that are the same
// subproblem (the same number of flows, in order, of equal sizes, over routes equal up to a
// renaming of resources of equal usable capacity) have the same answer flow for flow, so each
// distinct one is solved once. This is the symmetry DESIGN.md asks the network to use: the
// 12,288 expert-parallel all-to-alls of a layout whose groups stay under their own leaf switches
// cost one group's solve, not one solve of 700,000 flows. Nothing is approximated; a phase that
// forms a single component (a data-parallel ring across the spine) is left whole.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "colossus/network/fabric_model.h"
#include "colossus/network/flow.h"

namespace colossus {

struct FlowComponents {
  std::vector<int> order;    // flow indices, component by component (input order within one)
  std::vector<int> start;    // component c is order[start[c] .. start[c + 1])
  std::vector<int> same_as;  // the first component that is the same subproblem as c (c if none)
  // The resources component c crosses, in the order its signature names them (so the k-th of
  // two same components play the same part): resources[resource_start[c] .. [c + 1]).
  std::vector<ResourceId> resources;
  std::vector<int> resource_start;
  // Number of components.
  int count() const { return static_cast<int>(same_as.size()); }
  // Number of distinct subproblems (what is solved).
  int distinct() const;
};

class ComponentFinder {
 public:
  // The components of `flows` (sizes compared only when `same_size`), or nothing when there is
  // little to gain: one component holds more than half of the flows, or a flow crosses nothing.
  std::optional<FlowComponents> find(const FabricModel& model, std::span<const Flow> flows,
                                     bool same_size);

 private:
  // Scratch over all resources, -1 (0 for flows_in_) where untouched, restored by find().
  std::vector<ResourceId> parent_;  // union-find forest over the resources the flows cross
  std::vector<int> label_;          // root -> component, then resource -> renamed index
  std::vector<int> flows_in_;       // root -> flows of its component so far
  std::vector<ResourceId> touched_;
  // Usable capacity by resource (-1 until first asked), kept across finds on one fabric model:
  // a resource's capacity is fixed by the topology and the model's efficiencies.
  std::vector<double> capacity_;
  const Topology* capacity_topology_ = nullptr;
  double capacity_efficiency_[2] = {0.0, 0.0};  // the model's transport and NVLink efficiency
  std::vector<std::uint64_t> signature_, candidate_;
  // The routes of the flows of the last find(): flow i crosses hops_[hop_start_[i] .. [i + 1]).
  std::vector<ResourceId> hops_;
  std::vector<int> hop_start_;

  ResourceId root(ResourceId id);
  // model.usable_capacity(id), from capacity_ once known.
  double capacity(const FabricModel& model, ResourceId id);
  // The subproblem of component c written as words (from the routes pass 1 stored): per flow
  // its size (when it matters) and its hop count and renamed hops, with each new resource's usable
  // capacity; the resources in renamed order are appended to `resources` when given.
  void signature(const FabricModel& model, std::span<const Flow> flows,
                 std::span<const int> members, bool same_size, std::vector<std::uint64_t>& out,
                 std::vector<ResourceId>* resources = nullptr);
};

}  // namespace colossus
