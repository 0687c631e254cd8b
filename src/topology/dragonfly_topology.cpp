// The dragonfly builder: a few numbers (groups, switches per group, ports, links per group
// pair), switch, link and resource indices arithmetic on the node and switch indices, routes
// computed on demand. dragonfly_topology.h states the structure, the routes and the ids.
#include "colossus/topology/dragonfly_topology.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <numeric>
#include <stdexcept>

#include "colossus/core/error.h"
#include "colossus/core/random.h"

namespace colossus {
namespace {

// Salts of the hashes that pick the destination NIC, the intermediate group and its link.
constexpr std::uint64_t kDstNicSalt = 0x646e6963;
constexpr std::uint64_t kValiantSalt = 0x76616c;
constexpr std::uint64_t kSecondLegSalt = 0x6c6567;
constexpr std::uint64_t kUgalSalt = 0x7567616c;

}  // namespace

DragonflyTopology::DragonflyTopology(ClusterSpec spec) : Topology(std::move(spec)) {
  const DragonflySpec& d = spec_.fabric.dragonfly;
  groups_ = d.groups;
  a_ = d.switches_per_group;
  p_ = d.endpoint_ports;
  links_ = d.links_per_group_pair;
  local_per_pair_ = d.local_links_per_pair;
  nics_ = spec_.pools.front().server.nic_count();
  for (std::size_t i = 0; i < spec_.pools.size(); ++i) {
    if (spec_.pools[i].server.nic_count() != nics_) {
      const std::string field = fmt::format("pools[{}].server.nics", i);
      throw InputError(spec_.at(field), field,
                       fmt::format("the same NICs per node in every pool expected ({}), got {}",
                                   nics_, spec_.pools[i].server.nic_count()));
    }
  }
  if (groups_ < 1 || a_ < 1 || p_ < 1) {
    throw InputError(spec_.at("fabric.groups"), "fabric.groups",
                     "positive groups, switches per group and endpoint ports expected");
  }
  if (nics_ > a_ || a_ % nics_ != 0) {
    throw InputError(spec_.at("fabric.switches_per_group"), "fabric.switches_per_group",
                     fmt::format("a multiple of the {} NICs per node expected (a chassis of one "
                                 "switch per NIC), got {}",
                                 nics_, a_));
  }
  if (groups_ > 1 &&
      (links_ < 1 || std::int64_t{groups_ - 1} * links_ > std::int64_t{a_} * d.global_ports)) {
    throw InputError(spec_.at("fabric.groups"), "fabric.groups",
                     fmt::format("at most {} groups expected ({} global ports per group, {} "
                                 "links per group pair), got {}",
                                 std::int64_t{a_} * d.global_ports / std::max(1, links_) + 1,
                                 std::int64_t{a_} * d.global_ports, links_, groups_));
  }
  nodes_ = server_count();
  const std::int64_t capacity = std::int64_t{groups_} * nodes_per_group();
  if (nodes_ > capacity) {
    throw InputError(spec_.at("fabric.groups"), "fabric.groups",
                     fmt::format("{} groups of {} nodes hold {} nodes, the pools have {}; expected "
                                 "more groups or more endpoint ports",
                                 groups_, nodes_per_group(), capacity, nodes_));
  }
  gpu_shares_ = std::gcd(gpus_per_server_, nics_);
  const std::int64_t switches = std::int64_t{groups_} * a_;
  first_nic_out_ = 4 * gpu_count_;
  first_nic_in_ = first_nic_out_ + nodes_ * nics_;
  first_local_ = first_nic_in_ + nodes_ * nics_;
  first_global_ = first_local_ + switches * (a_ - 1);
  resource_count_ = first_global_ + std::int64_t{groups_} * (groups_ - 1) * links_;
  if (resource_count_ > std::numeric_limits<ResourceId>::max()) {
    throw InputError(spec_.at("fabric.groups"), "fabric.groups", "too many links for resource ids");
  }
  tiers_.push_back({"switch", switches, p_, (a_ - 1) * local_per_pair_ + d.global_ports,
                    nic_links(), d.link_bandwidth});
  resolve_faults();
}

std::size_t DragonflyTopology::resource_count() const {
  return static_cast<std::size_t>(resource_count_);
}

std::int64_t DragonflyTopology::nic_links() const {
  return nodes_ * nics_;
}

std::int64_t DragonflyTopology::local_links() const {
  return std::int64_t{groups_} * a_ * (a_ - 1) / 2 * local_per_pair_;
}

std::int64_t DragonflyTopology::global_links() const {
  return std::int64_t{groups_} * (groups_ - 1) / 2 * links_;
}

int DragonflyTopology::global_port_switch(int g_from, int g_to, int k) const {
  return (offset(g_from, g_to) * links_ + k) % a_;
}

ResourceId DragonflyTopology::local_id(std::int64_t from, std::int64_t to) const {
  const std::int64_t t = to % a_;
  const std::int64_t s = from % a_;
  return static_cast<ResourceId>(first_local_ + from * (a_ - 1) + (t < s ? t : t - 1));
}

ResourceId DragonflyTopology::global_id(int g_from, int g_to, int k) const {
  return static_cast<ResourceId>(
      first_global_ + (std::int64_t{g_from} * (groups_ - 1) + offset(g_from, g_to)) * links_ + k);
}

int DragonflyTopology::nic_of(GpuId gpu, std::uint64_t hash) const {
  const int per_share_gpus = gpus_per_server_ / gpu_shares_;
  const int per_share_nics = nics_ / gpu_shares_;
  const int share = local_index(gpu) / per_share_gpus;
  return share * per_share_nics +
         static_cast<int>(hash % static_cast<std::uint64_t>(per_share_nics));
}

void DragonflyTopology::minimal_path(std::int64_t from, std::int64_t to, std::uint64_t hash,
                                     Route& r) const {
  if (from == to) return;
  const int g_from = group_of_switch(from);
  const int g_to = group_of_switch(to);
  if (g_from == g_to) {
    r.hops[r.count++] = local_id(from, to);
    return;
  }
  const int k = static_cast<int>(hash % static_cast<std::uint64_t>(links_));
  const std::int64_t exit = std::int64_t{g_from} * a_ + global_port_switch(g_from, g_to, k);
  const std::int64_t entry = std::int64_t{g_to} * a_ + global_port_switch(g_to, g_from, k);
  if (exit != from) r.hops[r.count++] = local_id(from, exit);
  r.hops[r.count++] = global_id(g_from, g_to, k);
  if (entry != to) r.hops[r.count++] = local_id(entry, to);
}

Route DragonflyTopology::route(GpuId src, GpuId dst, std::uint64_t flow_hash,
                               Routing routing) const {
  DragonflyRouting r = spec_.fabric.dragonfly.routing;
  if (routing == Routing::adaptive) {
    r = DragonflyRouting::adaptive;
  } else if (r == DragonflyRouting::adaptive) {
    r = DragonflyRouting::minimal;
  }
  return route(src, dst, flow_hash, r);
}

Route DragonflyTopology::route(GpuId src, GpuId dst, std::uint64_t flow_hash,
                               DragonflyRouting routing) const {
  Route r = route_once(src, dst, flow_hash, routing);
  if (!has_faults() || !crosses_down(r)) return r;
  // Other NICs, global links and intermediate groups, minimal first: enough tries that every
  // choice of a small machine is seen with near certainty, few enough to stay cheap.
  constexpr std::uint64_t kTries = 256;
  for (DragonflyRouting alt : {DragonflyRouting::minimal, DragonflyRouting::valiant}) {
    for (std::uint64_t t = 1; t <= kTries; ++t) {
      r = route_once(src, dst, hash_combine(flow_hash, t), alt);
      if (!crosses_down(r)) return r;
    }
  }
  throw_no_route(src, dst);
}

Route DragonflyTopology::route_once(GpuId src, GpuId dst, std::uint64_t flow_hash,
                                    DragonflyRouting routing) const {
  if (src < 0 || src >= gpu_count_ || dst < 0 || dst >= gpu_count_) {
    throw std::out_of_range(fmt::format("route {} -> {} with {} GPUs", src, dst, gpu_count_));
  }
  Route r;
  if (src == dst) return r;
  const ServerSpec& src_server = spec_.pools[pool_of(src)].server;
  if (server_of(src) == server_of(dst)) {
    r.hops[0] = static_cast<ResourceId>(src);
    r.hops[1] = static_cast<ResourceId>(gpu_count_ + dst);
    r.count = 2;
    r.latency = src_server.nvlink_latency;
    return r;
  }
  const std::uint64_t h = mix64(flow_hash);
  const std::int64_t node_s = server_of(src);
  const std::int64_t node_d = server_of(dst);
  const int nic_s = nic_of(src, h);
  const int nic_d = nic_of(dst, hash_combine(flow_hash, kDstNicSalt));
  const std::int64_t sw_s = switch_of_nic(node_s, nic_s);
  const std::int64_t sw_d = switch_of_nic(node_d, nic_d);
  const int g_s = group_of_switch(sw_s);
  const int g_d = group_of_switch(sw_d);
  r.hops[r.count++] = static_cast<ResourceId>(first_nic_out_ + node_s * nics_ + nic_s);
  bool valiant = routing == DragonflyRouting::valiant;
  if (routing == DragonflyRouting::adaptive) {
    valiant = hash_combine(flow_hash, kUgalSalt) % 2 == 1;
  }
  const std::uint64_t link_hash = h / static_cast<std::uint64_t>(nics_);
  if (g_s != g_d && valiant && groups_ > 2) {
    // An intermediate group among the g - 2 others, entered by link k of (g_s, mid) and left by
    // link k2 of (mid, g_d).
    const std::uint64_t v = hash_combine(flow_hash, kValiantSalt);
    int mid = static_cast<int>(v % static_cast<std::uint64_t>(groups_ - 2));
    for (int skipped : {std::min(g_s, g_d), std::max(g_s, g_d)}) {
      if (mid >= skipped) ++mid;
    }
    const int k = static_cast<int>(link_hash % static_cast<std::uint64_t>(links_));
    const std::int64_t landing = std::int64_t{mid} * a_ + global_port_switch(mid, g_s, k);
    const std::int64_t exit_s = std::int64_t{g_s} * a_ + global_port_switch(g_s, mid, k);
    if (exit_s != sw_s) r.hops[r.count++] = local_id(sw_s, exit_s);
    r.hops[r.count++] = global_id(g_s, mid, k);
    minimal_path(landing, sw_d, hash_combine(flow_hash, kSecondLegSalt), r);
  } else {
    minimal_path(sw_s, sw_d, link_hash, r);
  }
  r.hops[r.count++] = static_cast<ResourceId>(first_nic_in_ + node_d * nics_ + nic_d);
  // Switches crossed: one more than the switch-to-switch links.
  const int switches = r.count - 2 + 1;
  r.latency = src_server.nic.latency + spec_.pools[pool_of(dst)].server.nic.latency +
              spec_.fabric.dragonfly.switch_latency * static_cast<double>(switches);
  return r;
}

int DragonflyTopology::switch_hops(const Route& r) const {
  int n = 0;
  for (ResourceId id : r.resources()) {
    const ResourceKind k = resource(id).kind;
    if (k == ResourceKind::local_link || k == ResourceKind::global_link) ++n;
  }
  return n;
}

Resource DragonflyTopology::resource(ResourceId id) const {
  return with_fault(id, healthy_resource(id));
}

Resource DragonflyTopology::healthy_resource(ResourceId id) const {
  if (id < 0 || id >= resource_count_) throw std::out_of_range(fmt::format("resource {}", id));
  const std::int64_t n = gpu_count_;
  const DragonflySpec& d = spec_.fabric.dragonfly;
  if (id < 4 * n) {
    const auto kind = static_cast<ResourceKind>(id / n);
    const ServerSpec& server = spec_.pools[pool_of(static_cast<GpuId>(id % n))].server;
    const int share_nics = nics_ / gpu_shares_;
    const ByteRate rate =
        kind == ResourceKind::nvlink_out || kind == ResourceKind::nvlink_in
            ? server.gpu.nvlink_bandwidth
            : to_byte_rate(server.nic.bandwidth) * static_cast<double>(share_nics);
    return {kind, -1, 1, rate};
  }
  if (id < first_local_) {
    const std::int64_t node =
        (id < first_nic_in_ ? id - first_nic_out_ : id - first_nic_in_) / nics_;
    const ServerSpec& server =
        spec_.pools[pool_of(static_cast<GpuId>(node * gpus_per_server_))].server;
    return {id < first_nic_in_ ? ResourceKind::nic_out : ResourceKind::nic_in, -1, 1,
            to_byte_rate(server.nic.bandwidth)};
  }
  if (id < first_global_) {
    return {ResourceKind::local_link, -1, local_per_pair_,
            to_byte_rate(d.link_bandwidth) * static_cast<double>(local_per_pair_)};
  }
  return {ResourceKind::global_link, -1, 1, to_byte_rate(d.link_bandwidth)};
}

std::string DragonflyTopology::resource_name(ResourceId id) const {
  const Resource res = resource(id);
  const std::int64_t n = gpu_count_;
  if (id < 4 * n) {
    static constexpr const char* kNames[] = {"nvlink_out", "nvlink_in", "nic_out", "nic_in"};
    return fmt::format("gpu {} {}", id % n, kNames[id / n]);
  }
  if (id < first_local_) {
    const bool out = id < first_nic_in_;
    const std::int64_t k = out ? id - first_nic_out_ : id - first_nic_in_;
    return fmt::format("node {} nic {} {}", k / nics_, k % nics_, out ? "out" : "in");
  }
  if (res.kind == ResourceKind::local_link) {
    const std::int64_t k = id - first_local_;
    const std::int64_t from = k / (a_ - 1);
    const std::int64_t r = k % (a_ - 1);
    const std::int64_t s = from % a_;
    const std::int64_t to = from - s + (r < s ? r : r + 1);
    return fmt::format("group {} switch {} -> switch {} local ({} links)", group_of_switch(from), s,
                       to % a_, local_per_pair_);
  }
  const std::int64_t k = id - first_global_;
  const std::int64_t pair = k / links_;
  const int g_from = static_cast<int>(pair / (groups_ - 1));
  const int g_to = static_cast<int>((g_from + pair % (groups_ - 1) + 1) % groups_);
  return fmt::format("group {} -> group {} global link {}", g_from, g_to, k % links_);
}

int DragonflyTopology::meeting_tier(GpuId a, GpuId b) const {
  return server_of(a) == server_of(b) ? -1 : 0;
}

BitRate DragonflyTopology::bisection_bandwidth() const {
  const std::int64_t n = gpu_count_;
  if (server_count() == 1) {
    return to_bit_rate(server_spec(0).gpu.nvlink_bandwidth) * (static_cast<double>(n) / 2.0);
  }
  const BitRate link = spec_.fabric.dragonfly.link_bandwidth;
  const std::int64_t half = groups_ / 2;
  const BitRate global = link * static_cast<double>(half * (groups_ - half) * links_);
  const BitRate injection = server_spec(0).nic.bandwidth *
                            static_cast<double>(nodes_ / 2 * static_cast<std::int64_t>(nics_));
  return groups_ < 2 ? injection : std::min(global, injection);
}

std::vector<LinkGroup> DragonflyTopology::direct_links() const {
  const DragonflySpec& d = spec_.fabric.dragonfly;
  std::vector<LinkGroup> out;
  out.push_back({"Local links (L1)", local_links(), d.link_bandwidth, false, {}});
  if (global_links() > 0) {
    out.push_back({"Global links (L2)", global_links(), d.link_bandwidth, d.optical_global,
                   spec_.fabric.tiers.front().optic_price});
  }
  return out;
}

std::int64_t DragonflyTopology::gpus_per_block(int tier) const {
  if (tier != 0) throw std::out_of_range(fmt::format("tier {}: a dragonfly has one tier", tier));
  return gpu_count_;
}

BitRate DragonflyTopology::uplink_rate(int tier) const {
  if (tier != 0) throw std::out_of_range(fmt::format("tier {}: a dragonfly has one tier", tier));
  return spec_.fabric.dragonfly.link_bandwidth;
}

}  // namespace colossus
