// A direct network of chips: a k-ary n-dimensional torus (TPU v4/v5p pods: a 3-D torus of
// chips, wrap-around links per dimension) or a mesh where a dimension does not wrap (Tesla's Dojo
// training tiles: a 2-D mesh of D1 chips). There are no switches: each chip has a link to each
// neighbour in each dimension and direction, and a flow crosses the links of the chips on its way.
// Chips may be grouped in blocks (a TPU v5p cube of 4 x 4 x 4, a Dojo tile of 5 x 5): links
// crossing a block boundary may run at another rate and be optical (TPU's optical circuit
// switches join cubes).
//
// Routes: dimension order (x first, then y, ...), the shorter way round each ring (ties go the
// positive way), as TPU ICI routes. With adaptive routing the flow's hash picks one of the n!
// dimension orders (minimal paths spread over orders; an approximation of adaptive routing).
// Around a down link (fabric.link_faults): the other dimension orders, then the longer way round
// wrapping rings, the first clear path taken.
//
// Resource ids: nvlink_out[N], nvlink_in[N], nic_out[N], nic_in[N] (index = chip; unused by
// routes: a chip's injection is not the bottleneck of its links), then two per chip and
// dimension: link (chip, d, +) at 4N + 2 (chip D + d), (chip, d, -) one after it.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/spec/cluster_spec.h"
#include "colossus/topology/topology.h"

namespace colossus {

class TorusTopology final : public Topology {
 public:
  // Builds the torus; throws InputError (naming spec.source) if the dimensions do not multiply
  // to the chip count, a block does not divide its dimension, or a rate is not positive.
  explicit TorusTopology(ClusterSpec spec);

  std::span<const TierShape> tiers() const override { return {}; }
  std::size_t resource_count() const override;
  // With fabric.link_faults applied.
  Resource resource(ResourceId id) const override;
  std::string resource_name(ResourceId id) const override;
  // -1 for the same chip, 0 otherwise (there are no switch tiers to meet at).
  int meeting_tier(GpuId a, GpuId b) const override;
  Route route(GpuId src, GpuId dst, std::uint64_t flow_hash, Routing routing) const override;
  using Topology::route;
  std::string_view kind() const override { return "torus"; }
  // Chips talk over the torus links, never over an NVLink domain.
  bool same_domain(GpuId a, GpuId b) const override { return a == b; }
  // The whole torus is one scale-up fabric.
  std::int64_t scale_up_gpus() const override { return gpu_count_; }
  // The cut across the middle of the longest dimension: (N / k) rings, each crossed twice when
  // it wraps and once when it does not, by links of the rate at that position.
  BitRate bisection_bandwidth() const override;
  // Links inside blocks and links between blocks (optical where the spec says so).
  std::vector<LinkGroup> direct_links() const override;
  bool rail_optimized() const override { return false; }
  std::int64_t gpus_per_block(int tier) const override;
  BitRate uplink_rate(int tier) const override;
  std::int64_t block_uplinks(int) const override { return 0; }

  int dimensions() const { return static_cast<int>(dims_.size()); }
  // Coordinate of a chip in dimension d.
  int coordinate(GpuId chip, int d) const { return static_cast<int>(chip / stride_[d] % dims_[d]); }
  // Chips per dimension.
  std::span<const int> dims() const { return dims_; }
  // Whether dimension d wraps.
  bool wraps(int d) const { return wrap_[d]; }
  // The id of the link leaving `chip` in dimension d, positive (dir 0) or negative (dir 1).
  ResourceId link(GpuId chip, int d, int dir) const {
    return static_cast<ResourceId>(4 * gpu_count_ + 2 * (std::int64_t{chip} * dimensions() + d) +
                                   dir);
  }
  // The rate of the link leaving coordinate c of dimension d towards c + 1 (or the wrap).
  BitRate link_rate(int d, int c) const;

 private:
  // The resource's figures as built, no fault applied.
  Resource healthy_resource(ResourceId id) const;
  // Writes into r the route from src to dst in dimension `order` (its first dimensions()
  // entries), the longer way round in each wrapping dimension whose bit of `reversed` is set;
  // false when it would exceed Route::kMaxHops.
  bool walk(Route& r, GpuId src, GpuId dst, std::span<const int> order, unsigned reversed) const;

  std::vector<int> dims_;
  std::vector<bool> wrap_;
  std::vector<std::int64_t> stride_;
  std::vector<int> block_;  // one per dimension (the dimension itself when no blocks)
};

}  // namespace colossus
