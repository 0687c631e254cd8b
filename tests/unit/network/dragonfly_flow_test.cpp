// Flows on a dragonfly under an adversarial pattern, solved by hand: two flows from group 0 to
// group 1 of make_dragonfly(4, 32) (one link per group pair). Minimal routing puts both on the
// one global link 0 -> 1: B/2 each. Valiant sends one through group 2 and one through group 3
// on disjoint links: B each, twice the throughput. B = 400 Gb/s x the transport's goodput.
#include <gtest/gtest.h>

#include <vector>

#include "../topology/test_clusters.h"
#include "colossus/network/fabric_model.h"
#include "colossus/network/maxmin_solver.h"
#include "colossus/topology/dragonfly_topology.h"

namespace colossus {
namespace {

// The first hash whose Valiant route from src to dst enters group `mid` first.
std::uint64_t hash_through(const DragonflyTopology& topo, GpuId src, GpuId dst, int mid) {
  const std::string first = fmt::format("group 0 -> group {}", mid);
  for (std::uint64_t h = 0;; ++h) {
    const Route r = topo.route(src, dst, h, DragonflyRouting::valiant);
    for (ResourceId id : r.resources()) {
      if (topo.resource_name(id).rfind(first, 0) == 0) return h;
    }
  }
}

// Max-min rates of the routes, each resource at its line rate x goodput.
std::vector<double> rates(const DragonflyTopology& topo, const std::vector<Route>& routes) {
  const double goodput = transport_efficiency(topo.spec().fabric.transport, topo.spec().fabric.mtu);
  MaxMinSolver solver;
  std::vector<int> constraint(topo.resource_count(), -1);
  for (const Route& r : routes) {
    std::vector<int> cons;
    for (ResourceId id : r.resources()) {
      if (constraint[id] < 0) {
        constraint[id] = solver.add_constraint(topo.resource(id).capacity.value() * goodput);
      }
      cons.push_back(constraint[id]);
    }
    solver.add_variable(cons);
  }
  solver.solve();
  return {solver.values().begin(), solver.values().end()};
}

TEST(DragonflyFlows, ValiantBeatsMinimalWhenAllTrafficTargetsOneGroup) {
  const DragonflyTopology topo(make_dragonfly(4, 32));
  const double b =
      50e9 * transport_efficiency(topo.spec().fabric.transport, topo.spec().fabric.mtu);
  // Node 2 (group 0, switch 1) -> node 12 (group 1, switch 2); node 6 (group 0, switch 3) ->
  // node 14 (group 1, switch 3).
  const std::vector<Route> minimal = {topo.route(2, 12, 0, DragonflyRouting::minimal),
                                      topo.route(6, 14, 0, DragonflyRouting::minimal)};
  const auto m = rates(topo, minimal);
  EXPECT_NEAR(m[0], b / 2, 1e-6 * b);
  EXPECT_NEAR(m[1], b / 2, 1e-6 * b);
  // Via group 2: global 0->2 (switch 1 of group 0, the source's), local 1->2 in group 2, global
  // 2->1, local 0->2 in group 1. Via group 3: local 3->2 in group 0, global 0->3, local 0->1 in
  // group 3, global 3->1, local 1->3 in group 1. Nothing shared.
  const std::vector<Route> valiant = {
      topo.route(2, 12, hash_through(topo, 2, 12, 2), DragonflyRouting::valiant),
      topo.route(6, 14, hash_through(topo, 6, 14, 3), DragonflyRouting::valiant)};
  EXPECT_EQ(topo.switch_hops(valiant[0]), 4);
  EXPECT_EQ(topo.switch_hops(valiant[1]), 5);
  const auto v = rates(topo, valiant);
  EXPECT_NEAR(v[0], b, 1e-6 * b);
  EXPECT_NEAR(v[1], b, 1e-6 * b);
  EXPECT_NEAR(v[0] + v[1], 2 * (m[0] + m[1]), 1e-6 * b);
}

}  // namespace
}  // namespace colossus
