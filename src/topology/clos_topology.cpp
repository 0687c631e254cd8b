// The Clos topology builder. It turns a ClusterSpec into the block structure of a folded Clos
// (leaves, then blocks of blocks, then a top tier that may use parallel links) and keeps only a
// few numbers per tier: every switch, link and resource index is arithmetic on the GPU index, so
// a 300,000-GPU cluster costs a few hundred bytes, and a route is a few divisions.
//
// Resource ids, in order: nvlink_out[N], nvlink_in[N], nic_out[N], nic_in[N], then for each
// boundary between tier t and t + 1: single up links, single down links (one per block and
// uplink index j), up bundles and down bundles (one per block).
#include "colossus/topology/clos_topology.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "colossus/core/error.h"
#include "colossus/core/random.h"

namespace colossus {
namespace {

// Salt of the second ECMP hash, at a top switch choosing among parallel links.
constexpr std::uint64_t kTopRehash = 0x746f70;
// Salt of the hashes that move a flow off a path with a down link.
constexpr std::uint64_t kFaultRehash = 0x6661756c74;

// Route::kMaxHops = 2 NICs + 2 links per tier boundary crossed, so at most 6 tiers.
constexpr int kMaxTiers = 6;
static_assert(2 + 2 * (kMaxTiers - 1) <= Route::kMaxHops);

std::int64_t ceil_div(std::int64_t a, std::int64_t b) {
  return (a + b - 1) / b;
}

// a * b, saturating at a bound far above any cluster (so capacity checks never overflow).
std::int64_t saturating_mul(std::int64_t a, std::int64_t b) {
  constexpr std::int64_t kCap = std::int64_t{1} << 53;
  if (a != 0 && b > kCap / a) return kCap;
  return std::min(a * b, kCap);
}

std::string tier_field(std::size_t t, const char* field) {
  return fmt::format("fabric.tiers[{}].{}", t, field);
}

}  // namespace

ClosTopology::ClosTopology(ClusterSpec spec) : Topology(std::move(spec)) {
  const auto& tiers = spec_.fabric.tiers;
  const int tier_count = static_cast<int>(tiers.size());
  if (tier_count == 0) {
    throw InputError(spec_.at("fabric.tiers"), "fabric.tiers",
                     "at least one switch tier expected, got none");
  }
  if (tier_count > kMaxTiers) {
    throw InputError(
        spec_.at("fabric.tiers"), "fabric.tiers",
        fmt::format("at most {} switch tiers expected, got {}", kMaxTiers, tier_count));
  }

  // Ports per switch: every tier below the top splits its radix into down and up ports.
  std::vector<int> down(tier_count), up(tier_count, 0);
  for (int t = 0; t < tier_count; ++t) {
    const TierSpec& ts = tiers[t];
    if (ts.radix <= 0) {
      throw InputError(spec_.at(tier_field(t, "radix")), tier_field(t, "radix"),
                       fmt::format("a positive port count expected, got {}", ts.radix));
    }
    if (ts.port_bandwidth.value() <= 0) {
      throw InputError(spec_.at(tier_field(t, "port_gbps")), tier_field(t, "port_gbps"),
                       "a positive port bandwidth expected");
    }
    if (t == tier_count - 1) {
      down[t] = ts.radix;
      continue;
    }
    if (!(ts.oversubscription > 0)) {
      throw InputError(spec_.at(tier_field(t, "oversubscription")),
                       tier_field(t, "oversubscription"),
                       fmt::format("a positive ratio expected, got {}", ts.oversubscription));
    }
    // Up ports are ceil(d / o), so the tier is never more oversubscribed than stated (the
    // rule spec/cluster_loader validates with TierSpec::up_ports); without down_ports, the most
    // down ports whose uplinks still fit the radix.
    const auto up_for = [&](int d) {
      return static_cast<int>(std::ceil(d / ts.oversubscription - 1e-9));
    };
    int d = ts.down_ports;
    if (d <= 0) {
      d = static_cast<int>(
          std::floor(ts.radix * ts.oversubscription / (1.0 + ts.oversubscription) + 1e-9));
      while (d > 0 && d + up_for(d) > ts.radix) --d;
    }
    const int u = up_for(d);
    if (d <= 0 || u <= 0 || d + u > ts.radix) {
      throw InputError(spec_.at(tier_field(t, "down_ports")), tier_field(t, "down_ports"),
                       fmt::format("down ports d >= 1 with up ports ceil(d / {}) >= 1 and "
                                   "d + up <= radix {} expected, got d = {}, up = {}",
                                   ts.oversubscription, ts.radix, d, u));
    }
    down[t] = d;
    up[t] = u;
  }

  // A single switch has no rails to keep apart: all NICs go to it.
  rail_optimized_ = spec_.fabric.rail_optimized && tier_count > 1;
  const std::int64_t servers = gpu_count_ / gpus_per_server_;
  const std::int64_t leaves = rail_optimized_ ? ceil_div(servers, down[0]) * gpus_per_server_
                                              : ceil_div(gpu_count_, down[0]);

  // How many GPUs the tiers can hold: the top tier takes at most `radix` child blocks.
  std::int64_t max_leaves = tier_count == 1 ? 1 : tiers.back().radix;
  for (int t = 1; t < tier_count - 1; ++t) max_leaves = saturating_mul(max_leaves, down[t]);
  const std::int64_t max_gpus =
      rail_optimized_
          ? saturating_mul(saturating_mul(max_leaves / gpus_per_server_, down[0]), gpus_per_server_)
          : saturating_mul(max_leaves, down[0]);
  if (gpu_count_ > max_gpus) {
    std::string radixes;
    for (int t = 0; t < tier_count; ++t) {
      radixes += fmt::format("{}{}", t ? ", " : "", tiers[t].radix);
    }
    throw InputError(spec_.at("fabric.tiers"), "fabric.tiers",
                     fmt::format("{} tier{} of radix {} hold at most {} GPUs{}, the cluster has {}",
                                 tier_count, tier_count == 1 ? "" : "s", radixes, max_gpus,
                                 rail_optimized_ ? " (rail-optimized)" : "", gpu_count_));
  }

  // Blocks bottom-up. m = switches per block of the current tier (1 leaf per tier-0 block).
  leaf_divisor_.assign(tier_count, 1);
  block_gpus_.assign(tier_count, gpu_count_);
  std::int64_t blocks = leaves;
  std::int64_t m = 1;
  std::int64_t links_down = gpu_count_;  // NIC cables into the leaves
  std::int64_t next_id = 4 * gpu_count_;
  for (int t = 0; t < tier_count - 1; ++t) {
    if (t > 0) {
      leaf_divisor_[t] = saturating_mul(leaf_divisor_[t - 1], down[t]);
      blocks = ceil_div(blocks, down[t]);
    }
    block_gpus_[t] = saturating_mul(t == 0 ? 1 : block_gpus_[t - 1], down[t]);
    const TierSpec& ts = tiers[t];
    tiers_.push_back(
        {ts.name, saturating_mul(blocks, m), down[t], up[t], links_down, ts.port_bandwidth});
    Boundary b;
    b.blocks = blocks;
    b.uplinks = saturating_mul(m, up[t]);
    b.up_ports = up[t];
    b.rate = std::min(ts.port_bandwidth, tiers[t + 1].port_bandwidth);
    const std::int64_t links = saturating_mul(blocks, b.uplinks);
    b.first_up_link = next_id;
    b.first_down_link = b.first_up_link + links;
    b.first_up_bundle = b.first_down_link + links;
    b.first_down_bundle = b.first_up_bundle + blocks;
    next_id = b.first_down_bundle + blocks;
    boundaries_.push_back(b);
    links_down = links;
    m = b.uplinks;
  }
  // The top tier: one block over all child blocks, parallel links when it has ports to spare.
  const TierSpec& top = tiers.back();
  if (tier_count == 1) {
    tiers_.push_back(
        {top.name, 1, static_cast<int>(gpu_count_), 0, gpu_count_, top.port_bandwidth});
  } else {
    const std::int64_t children = blocks;
    const std::int64_t parallel = top.radix / children;
    const std::int64_t child_uplinks = boundaries_.back().uplinks;
    boundaries_.back().parallel = parallel;
    tiers_.push_back({top.name, ceil_div(child_uplinks, parallel),
                      static_cast<int>(children * parallel), 0, links_down, top.port_bandwidth});
  }
  // Full-mesh servers (no NVSwitch): one direct link per ordered GPU pair of each server.
  const bool any_mesh = std::any_of(spec_.pools.begin(), spec_.pools.end(),
                                    [](const ServerPool& p) { return p.server.full_mesh; });
  if (any_mesh && gpus_per_server_ > 1) {
    first_mesh_link_ = next_id;
    next_id += saturating_mul(servers, std::int64_t{gpus_per_server_} * (gpus_per_server_ - 1));
  }
  if (next_id > std::numeric_limits<ResourceId>::max()) {
    throw InputError(spec_.at("fabric.tiers"), "fabric.tiers",
                     fmt::format("at most {} network resources expected, the fabric has {}",
                                 std::numeric_limits<ResourceId>::max(), next_id));
  }
  resource_count_ = next_id;
  resolve_faults();
}

std::size_t ClosTopology::resource_count() const {
  return static_cast<std::size_t>(resource_count_);
}

std::int64_t ClosTopology::leaf_of(GpuId gpu) const {
  if (!rail_optimized_) return gpu / tiers_.front().down_ports;
  const std::int64_t group = server_of(gpu) / tiers_.front().down_ports;
  return group * gpus_per_server_ + local_index(gpu);
}

std::int64_t ClosTopology::block_of(GpuId gpu, int tier) const {
  if (tier >= tier_count() - 1) return 0;
  return leaf_of(gpu) / leaf_divisor_[tier];
}

std::int64_t ClosTopology::gpus_per_block(int tier) const {
  return block_gpus_.at(tier);
}

BitRate ClosTopology::uplink_rate(int tier) const {
  return boundaries_.at(tier).rate;
}

std::int64_t ClosTopology::block_uplinks(int tier) const {
  return tier < tier_count() - 1 ? boundaries_.at(tier).uplinks : 0;
}

std::int64_t ClosTopology::path_count(int meeting) const {
  return meeting <= 0 ? 1 : boundaries_.at(meeting - 1).uplinks;
}

namespace {

// The tier at which the leaves of two GPUs of different servers meet: the first whose blocks
// (`leaf_divisor[t]` leaves each) hold both, else the top (`tiers` - 1).
int meeting_of_leaves(const std::vector<std::int64_t>& leaf_divisor, int tiers, std::int64_t leaf_a,
                      std::int64_t leaf_b) {
  for (int t = 0; t < tiers - 1; ++t) {
    if (leaf_a / leaf_divisor[t] == leaf_b / leaf_divisor[t]) return t;
  }
  return tiers - 1;
}

}  // namespace

int ClosTopology::meeting_tier(GpuId a, GpuId b) const {
  if (server_of(a) == server_of(b)) return -1;
  return meeting_of_leaves(leaf_divisor_, tier_count(), leaf_of(a), leaf_of(b));
}

BitRate ClosTopology::bisection_bandwidth() const {
  const std::int64_t n = gpu_count_;
  const auto last = static_cast<GpuId>(n - 1);
  const int joined = meeting_tier(0, last);
  if (joined < 0) return to_bit_rate(server_spec(0).gpu.nvlink_bandwidth) * (n / 2.0);
  BitRate per_gpu = server_spec(0).nic.bandwidth;
  for (const auto& pool : spec_.pools) per_gpu = std::min(per_gpu, pool.server.nic.bandwidth);
  for (int t = 0; t < joined; ++t) {
    const BitRate uplinks = uplink_rate(t) * static_cast<double>(block_uplinks(t));
    per_gpu = std::min(per_gpu, uplinks / static_cast<double>(gpus_per_block(t)));
  }
  return per_gpu * (static_cast<double>(n) / 2.0);
}

Seconds ClosTopology::switch_latency(int meeting) const {
  const auto& tiers = spec_.fabric.tiers;
  Seconds total = tiers[meeting].latency;
  for (int t = 0; t < meeting; ++t) total += tiers[t].latency * 2.0;
  return total;
}

Route ClosTopology::route(GpuId src, GpuId dst, std::uint64_t flow_hash, Routing routing) const {
  if (src < 0 || src >= gpu_count_ || dst < 0 || dst >= gpu_count_) {
    throw std::out_of_range(fmt::format("route {} -> {} with {} GPUs", src, dst, gpu_count_));
  }
  Route r;
  if (src == dst) return r;
  const std::int64_t n = gpu_count_;
  // meeting_tier(src, dst), with the leaves found once for it and the hops below.
  const bool same_server = server_of(src) == server_of(dst);
  const std::int64_t leaf_src = same_server ? 0 : leaf_of(src);
  const std::int64_t leaf_dst = same_server ? 0 : leaf_of(dst);
  const int meeting =
      same_server ? -1 : meeting_of_leaves(leaf_divisor_, tier_count(), leaf_src, leaf_dst);
  const ServerSpec& src_server = spec_.pools[pool_of(src)].server;
  if (meeting < 0 && src_server.full_mesh && first_mesh_link_ >= 0) {
    const int g = gpus_per_server_;
    const int a = local_index(src);
    const int b = local_index(dst);
    r.hops[0] =
        static_cast<ResourceId>(first_mesh_link_ + std::int64_t{server_of(src)} * g * (g - 1) +
                                std::int64_t{a} * (g - 1) + (b < a ? b : b - 1));
    r.count = 1;
    r.latency = src_server.nvlink_latency;
    return r;
  }
  if (meeting < 0) {
    r.hops[0] = static_cast<ResourceId>(src);
    r.hops[1] = static_cast<ResourceId>(n + dst);
    r.count = 2;
    r.latency = src_server.nvlink_latency;
    return r;
  }
  int h = 0;
  r.hops[h++] = static_cast<ResourceId>(2 * n + src);
  if (routing == Routing::adaptive) {
    for (int t = 0; t < meeting; ++t) {
      const Boundary& b = boundaries_[t];
      r.hops[h++] = static_cast<ResourceId>(b.first_up_bundle + leaf_src / leaf_divisor_[t]);
    }
    for (int t = meeting - 1; t >= 0; --t) {
      const Boundary& b = boundaries_[t];
      r.hops[h++] = static_cast<ResourceId>(b.first_down_bundle + leaf_dst / leaf_divisor_[t]);
    }
    // Spraying uses every surviving link of a bundle; a bundle with none left cuts the blocks.
    if (has_faults()) {
      for (int k = 1; k < h; ++k) {
        if (resource(r.hops[k]).capacity.value() <= 0.0) throw_no_route(src, dst);
      }
    }
  } else if (meeting > 0) {
    const int first = h;
    h = ecmp_hops(r, first, leaf_src, leaf_dst, meeting, flow_hash);
    // Around down links: the flow hashed again (salted by the attempt) until its path is clear;
    // enough attempts that a surviving path is missed only when nearly none survives.
    if (has_faults()) {
      r.count = h;
      const std::int64_t attempts = 64 + 8 * boundaries_[meeting - 1].uplinks;
      for (std::int64_t k = 1; crosses_down(r); ++k) {
        if (k > attempts) throw_no_route(src, dst);
        r.count = h =
            ecmp_hops(r, first, leaf_src, leaf_dst, meeting,
                      hash_combine(flow_hash, kFaultRehash + static_cast<std::uint64_t>(k)));
      }
    }
  }
  r.hops[h++] = static_cast<ResourceId>(3 * n + dst);
  r.count = h;
  r.latency = src_server.nic.latency + spec_.pools[pool_of(dst)].server.nic.latency +
              switch_latency(meeting);
  return r;
}

int ClosTopology::ecmp_hops(Route& r, int h, std::int64_t leaf_src, std::int64_t leaf_dst,
                            int meeting, std::uint64_t flow_hash) const {
  // One path index J among the equal-cost paths; uplink j_t of the tier-t block is
  // switch s_t * u_t + port, and it lands on switch j_t of the block above (switch j_t / L
  // at the top, with L parallel links per pair), so j_{t-1} = j_t / u_t. Down the same
  // planes into the destination's blocks, except that a top switch with L parallel links
  // to the destination hashes the flow again to pick one of them.
  std::array<std::int64_t, kMaxTiers> up{};
  const Boundary& meet = boundaries_[meeting - 1];
  up[meeting - 1] =
      static_cast<std::int64_t>(mix64(flow_hash) % static_cast<std::uint64_t>(meet.uplinks));
  std::array<std::int64_t, kMaxTiers> down = up;
  if (meet.parallel > 1) {
    const std::int64_t first = up[meeting - 1] / meet.parallel * meet.parallel;
    const std::int64_t links = std::min(meet.parallel, meet.uplinks - first);
    down[meeting - 1] = first + static_cast<std::int64_t>(hash_combine(flow_hash, kTopRehash) %
                                                          static_cast<std::uint64_t>(links));
  }
  for (int t = meeting - 1; t > 0; --t) {
    up[t - 1] = up[t] / boundaries_[t].up_ports;
    down[t - 1] = down[t] / boundaries_[t].up_ports;
  }
  for (int t = 0; t < meeting; ++t) {
    const Boundary& b = boundaries_[t];
    r.hops[h++] = static_cast<ResourceId>(b.first_up_link +
                                          (leaf_src / leaf_divisor_[t]) * b.uplinks + up[t]);
  }
  for (int t = meeting - 1; t >= 0; --t) {
    const Boundary& b = boundaries_[t];
    r.hops[h++] = static_cast<ResourceId>(b.first_down_link +
                                          (leaf_dst / leaf_divisor_[t]) * b.uplinks + down[t]);
  }
  return h;
}

Resource ClosTopology::resource(ResourceId id) const {
  Resource r = with_fault(id, healthy_resource(id));
  if (!has_faults() || r.links <= 1) return r;
  // A bundle (one per block and direction at a boundary) is its block's single links of that
  // direction sprayed together: it carries what they still carry.
  const Boundary& b = boundaries_[r.tier];
  const bool up = r.kind == ResourceKind::switch_up;
  const std::int64_t block = id - (up ? b.first_up_bundle : b.first_down_bundle);
  const std::int64_t first = (up ? b.first_up_link : b.first_down_link) + block * b.uplinks;
  double lost = 0.0;
  for (const auto& [link, left] : faults()) {
    if (link >= first && link < first + b.uplinks) lost += 1.0 - left;
  }
  r.capacity =
      r.capacity * ((static_cast<double>(b.uplinks) - lost) / static_cast<double>(b.uplinks));
  return r;
}

Resource ClosTopology::healthy_resource(ResourceId id) const {
  if (id < 0 || id >= resource_count_) throw std::out_of_range(fmt::format("resource {}", id));
  const std::int64_t n = gpu_count_;
  if (first_mesh_link_ >= 0 && id >= first_mesh_link_) {
    // A full-mesh link: the GPU's scale-up bandwidth split evenly over its g - 1 peers.
    const std::int64_t pairs = std::int64_t{gpus_per_server_} * (gpus_per_server_ - 1);
    const auto server = static_cast<GpuId>((id - first_mesh_link_) / pairs);
    const ServerSpec& s = spec_.pools[pool_of(server * gpus_per_server_)].server;
    return {ResourceKind::nvlink_out, -1, 1,
            s.gpu.nvlink_bandwidth / static_cast<double>(gpus_per_server_ - 1)};
  }
  if (id < 4 * n) {
    const auto kind = static_cast<ResourceKind>(id / n);
    const ServerSpec& server = spec_.pools[pool_of(static_cast<GpuId>(id % n))].server;
    const ByteRate rate = kind == ResourceKind::nvlink_out || kind == ResourceKind::nvlink_in
                              ? server.gpu.nvlink_bandwidth
                              : to_byte_rate(server.nic.bandwidth);
    return {kind, -1, 1, rate};
  }
  for (std::size_t t = 0; t < boundaries_.size(); ++t) {
    const Boundary& b = boundaries_[t];
    const auto tier = static_cast<std::int8_t>(t);
    const ByteRate link = to_byte_rate(b.rate);
    const auto bundle_links = static_cast<std::int32_t>(b.uplinks);
    if (id < b.first_down_link) return {ResourceKind::switch_up, tier, 1, link};
    if (id < b.first_up_bundle) return {ResourceKind::switch_down, tier, 1, link};
    if (id < b.first_down_bundle) {
      return {ResourceKind::switch_up, tier, bundle_links, link * static_cast<double>(b.uplinks)};
    }
    if (id < b.first_down_bundle + b.blocks) {
      return {ResourceKind::switch_down, tier, bundle_links, link * static_cast<double>(b.uplinks)};
    }
  }
  throw std::out_of_range(fmt::format("resource {}", id));
}

std::string ClosTopology::resource_name(ResourceId id) const {
  const Resource res = resource(id);
  const std::int64_t n = gpu_count_;
  if (first_mesh_link_ >= 0 && id >= first_mesh_link_) {
    const int g = gpus_per_server_;
    const std::int64_t k = id - first_mesh_link_;
    const std::int64_t server = k / (std::int64_t{g} * (g - 1));
    const int a = static_cast<int>(k % (std::int64_t{g} * (g - 1)) / (g - 1));
    const int j = static_cast<int>(k % (g - 1));
    const int b = j < a ? j : j + 1;
    return fmt::format("server {} mesh link gpu {} -> gpu {}", server, server * g + a,
                       server * g + b);
  }
  if (id < 4 * n) {
    static constexpr const char* kNames[] = {"nvlink_out", "nvlink_in", "nic_out", "nic_in"};
    return fmt::format("gpu {} {}", id % n, kNames[id / n]);
  }
  const Boundary& b = boundaries_[res.tier];
  const std::string& lower = tiers_[res.tier].name;
  const std::string& upper = tiers_[res.tier + 1].name;
  const char* dir = res.kind == ResourceKind::switch_up ? "up" : "down";
  if (res.links > 1 || id >= b.first_up_bundle) {
    const std::int64_t base =
        res.kind == ResourceKind::switch_up ? b.first_up_bundle : b.first_down_bundle;
    return fmt::format("{} block {} {} bundle ({} links to {})", lower, id - base, dir, b.uplinks,
                       upper);
  }
  const std::int64_t base =
      res.kind == ResourceKind::switch_up ? b.first_up_link : b.first_down_link;
  const std::int64_t block = (id - base) / b.uplinks;
  const std::int64_t j = (id - base) % b.uplinks;
  return fmt::format("{} block {} switch {} uplink {} {} ({})", lower, block, j / b.up_ports, j,
                     dir, upper);
}

}  // namespace colossus
