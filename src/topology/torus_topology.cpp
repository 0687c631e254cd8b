// The torus/mesh builder: a few numbers per dimension, link ids arithmetic on the chip index and
// routes walked hop by hop in dimension order, so a pod of 8,960 chips costs nothing per pair.
// torus_topology.h states the structure, the route rule and the resource ids.
#include "colossus/topology/torus_topology.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <numeric>
#include <stdexcept>

#include "colossus/core/error.h"
#include "colossus/core/random.h"

namespace colossus {
namespace {

constexpr int kMaxDimensions = 6;

std::string join(std::span<const int> v) {
  std::string out;
  for (int x : v) out += fmt::format("{}{}", out.empty() ? "" : " x ", x);
  return out;
}

}  // namespace

TorusTopology::TorusTopology(ClusterSpec spec) : Topology(std::move(spec)) {
  const TorusSpec& t = spec_.fabric.torus;
  const int n = static_cast<int>(t.dims.size());
  if (n < 1 || n > kMaxDimensions) {
    throw InputError(spec_.at("fabric.dims"), "fabric.dims",
                     fmt::format("1 to {} dimensions expected, got {}", kMaxDimensions, n));
  }
  std::int64_t chips = 1;
  for (int k : t.dims) {
    if (k < 1) {
      throw InputError(spec_.at("fabric.dims"), "fabric.dims",
                       fmt::format("positive chips per dimension expected, got {}", k));
    }
    chips *= k;
    if (chips > gpu_count_) break;
  }
  if (chips != gpu_count_) {
    throw InputError(spec_.at("fabric.dims"), "fabric.dims",
                     fmt::format("dimensions {} make {} chips, the cluster's pools have {}; "
                                 "expected dimensions whose product is the chip count",
                                 join(t.dims), chips, gpu_count_));
  }
  if (static_cast<int>(t.wrap.size()) != n) {
    throw InputError(
        spec_.at("fabric.wrap"), "fabric.wrap",
        fmt::format("one wrap flag per dimension expected ({}), got {}", n, t.wrap.size()));
  }
  if (!(t.link_bandwidth.value() > 0)) {
    throw InputError(spec_.at("fabric.link_gbps"), "fabric.link_gbps",
                     "a positive link bandwidth expected");
  }
  if (!t.block.empty() && static_cast<int>(t.block.size()) != n) {
    throw InputError(
        spec_.at("fabric.block"), "fabric.block",
        fmt::format("one block size per dimension expected ({}), got {}", n, t.block.size()));
  }
  dims_ = t.dims;
  wrap_ = t.wrap;
  stride_.assign(n, 1);
  for (int d = 1; d < n; ++d) stride_[d] = stride_[d - 1] * dims_[d - 1];
  block_ = t.block.empty() ? dims_ : t.block;
  for (int d = 0; d < n; ++d) {
    if (block_[d] < 1 || dims_[d] % block_[d] != 0) {
      throw InputError(spec_.at("fabric.block"), "fabric.block",
                       fmt::format("block sizes dividing the dimensions {} expected, got {}",
                                   join(dims_), join(block_)));
    }
  }
  if (resource_count() > static_cast<std::size_t>(std::numeric_limits<ResourceId>::max())) {
    throw InputError(spec_.at("fabric.dims"), "fabric.dims", "too many chips for resource ids");
  }
  // The longest dimension-order route (half of each ring, or a whole mesh line) must fit a
  // Route; a detour around a down link that would not is not taken.
  int longest = 0;
  for (int d = 0; d < n; ++d) longest += wrap_[d] ? dims_[d] / 2 : dims_[d] - 1;
  if (longest > Route::kMaxHops) {
    throw InputError(spec_.at("fabric.dims"), "fabric.dims",
                     fmt::format("dimensions whose longest route crosses at most {} links "
                                 "expected, got {} ({} links)",
                                 Route::kMaxHops, join(dims_), longest));
  }
  resolve_faults();
}

std::size_t TorusTopology::resource_count() const {
  return static_cast<std::size_t>(4 * gpu_count_ + 2 * gpu_count_ * dimensions());
}

BitRate TorusTopology::link_rate(int d, int c) const {
  const TorusSpec& t = spec_.fabric.torus;
  const bool crosses = (c + 1) % block_[d] == 0 && block_[d] != 1;
  const bool between_blocks = crosses || block_[d] == 1;
  if (between_blocks && t.block_link_bandwidth.value() > 0 && !t.block.empty()) {
    return t.block_link_bandwidth;
  }
  return t.link_bandwidth;
}

Resource TorusTopology::resource(ResourceId id) const {
  return with_fault(id, healthy_resource(id));
}

Resource TorusTopology::healthy_resource(ResourceId id) const {
  if (id < 0 || static_cast<std::size_t>(id) >= resource_count()) {
    throw std::out_of_range(fmt::format("resource {}", id));
  }
  const std::int64_t n = gpu_count_;
  if (id < 4 * n) {
    const auto kind = static_cast<ResourceKind>(id / n);
    const ServerSpec& server = spec_.pools[pool_of(static_cast<GpuId>(id % n))].server;
    const ByteRate rate = kind == ResourceKind::nvlink_out || kind == ResourceKind::nvlink_in
                              ? server.gpu.nvlink_bandwidth
                              : to_byte_rate(server.nic.bandwidth);
    return {kind, -1, 1, rate};
  }
  const std::int64_t k = (id - 4 * n) / 2;
  const int dir = static_cast<int>((id - 4 * n) % 2);
  const auto chip = static_cast<GpuId>(k / dimensions());
  const int d = static_cast<int>(k % dimensions());
  const int c = coordinate(chip, d);
  const int from = dir == 0 ? c : (c + dims_[d] - 1) % dims_[d];
  return {ResourceKind::direct_link, static_cast<std::int8_t>(d), 1,
          to_byte_rate(link_rate(d, from))};
}

std::string TorusTopology::resource_name(ResourceId id) const {
  const Resource res = resource(id);
  const std::int64_t n = gpu_count_;
  if (id < 4 * n) {
    static constexpr const char* kNames[] = {"nvlink_out", "nvlink_in", "nic_out", "nic_in"};
    return fmt::format("chip {} {}", id % n, kNames[id / n]);
  }
  const std::int64_t k = (id - 4 * n) / 2;
  const int dir = static_cast<int>((id - 4 * n) % 2);
  static constexpr const char* kAxes = "xyzuvw";
  return fmt::format("chip {} {}{} link ({})", k / dimensions(), kAxes[res.tier],
                     dir == 0 ? "+" : "-", spec_.fabric.torus.link_name);
}

int TorusTopology::meeting_tier(GpuId a, GpuId b) const {
  return a == b ? -1 : 0;
}

Route TorusTopology::route(GpuId src, GpuId dst, std::uint64_t flow_hash, Routing routing) const {
  if (src < 0 || src >= gpu_count_ || dst < 0 || dst >= gpu_count_) {
    throw std::out_of_range(fmt::format("route {} -> {} with {} chips", src, dst, gpu_count_));
  }
  Route r;
  if (src == dst) return r;
  const int n = dimensions();
  std::array<int, kMaxDimensions> order{};
  std::iota(order.begin(), order.begin() + n, 0);
  if (routing == Routing::adaptive) {
    // The hash picks one of the n! orders (Lehmer code of the mixed hash).
    std::uint64_t h = mix64(flow_hash);
    for (int i = 0; i < n - 1; ++i) {
      const int j = i + static_cast<int>(h % static_cast<std::uint64_t>(n - i));
      h /= static_cast<std::uint64_t>(n - i);
      std::swap(order[i], order[j]);
    }
  }
  if (walk(r, src, dst, order, 0) && !(has_faults() && crosses_down(r))) return r;
  if (!has_faults()) {
    throw std::out_of_range(
        fmt::format("route {} -> {}: more than {} hops", src, dst, Route::kMaxHops));
  }
  // Around down links: the other dimension orders, then the longer way round wrapping rings
  // (fewest reversed dimensions first); the first clear path in that order is taken.
  // Approximation: detours that leave the minimal box in a mesh are not searched.
  std::array<int, kMaxDimensions> sorted{};
  std::iota(sorted.begin(), sorted.begin() + n, 0);
  for (int flips = 0; flips <= n; ++flips) {
    for (unsigned mask = 0; mask < (1u << n); ++mask) {
      if (std::popcount(mask) != flips) continue;
      bool possible = true;
      for (int d = 0; d < n; ++d) {
        if ((mask >> d & 1u) && (!wrap_[d] || coordinate(src, d) == coordinate(dst, d))) {
          possible = false;
        }
      }
      if (!possible) continue;
      std::array<int, kMaxDimensions> o = sorted;
      do {
        if (walk(r, src, dst, o, mask) && !crosses_down(r)) return r;
      } while (std::next_permutation(o.begin(), o.begin() + n));
    }
  }
  throw_no_route(src, dst);
}

bool TorusTopology::walk(Route& r, GpuId src, GpuId dst, std::span<const int> order,
                         unsigned reversed) const {
  r.count = 0;
  GpuId at = src;
  for (int d : order.first(static_cast<std::size_t>(dimensions()))) {
    const int k = dims_[d];
    const int from = coordinate(at, d);
    const int to = coordinate(dst, d);
    if (from == to) continue;
    int dir = to > from ? 0 : 1;
    int hops = std::abs(to - from);
    if (wrap_[d]) {
      const int forward = (to - from + k) % k;
      dir = forward <= k - forward ? 0 : 1;
      if (reversed >> d & 1u) dir = 1 - dir;
      hops = dir == 0 ? forward : k - forward;
    }
    if (r.count + hops > Route::kMaxHops) return false;
    int c = from;
    for (int h = 0; h < hops; ++h) {
      r.hops[r.count++] = link(at, d, dir);
      const int next = dir == 0 ? (c + 1) % k : (c + k - 1) % k;
      at = static_cast<GpuId>(at + (static_cast<std::int64_t>(next) - c) * stride_[d]);
      c = next;
    }
  }
  r.latency = spec_.fabric.torus.hop_latency * static_cast<double>(r.count);
  return true;
}

BitRate TorusTopology::bisection_bandwidth() const {
  int d = 0;
  for (int i = 1; i < dimensions(); ++i) {
    if (dims_[i] > dims_[d]) d = i;
  }
  const int k = dims_[d];
  if (k < 2) return BitRate{};
  const double rings = static_cast<double>(gpu_count_ / k);
  // The cut between coordinates k/2 - 1 and k/2, and (wrapping) between k - 1 and 0.
  BitRate per_ring = link_rate(d, k / 2 - 1);
  if (wrap_[d] && k > 2) per_ring += link_rate(d, k - 1);
  return per_ring * rings;
}

std::vector<LinkGroup> TorusTopology::direct_links() const {
  const TorusSpec& t = spec_.fabric.torus;
  std::int64_t inside = 0, between = 0;
  BitRate inside_rate{}, between_rate{};
  for (int d = 0; d < dimensions(); ++d) {
    const int k = dims_[d];
    if (k < 2) continue;
    const std::int64_t rings = gpu_count_ / k;
    // Positions c -> c + 1 of a ring; the wrap (k - 1 -> 0) only when the dimension wraps, and a
    // ring of 2 has one link.
    const int positions = wrap_[d] && k > 2 ? k : k - 1;
    for (int c = 0; c < positions; ++c) {
      const bool crosses = t.block.empty() ? false : (c + 1) % block_[d] == 0 || block_[d] == 1;
      (crosses ? between : inside) += rings;
      (crosses ? between_rate : inside_rate) = link_rate(d, c);
    }
  }
  std::vector<LinkGroup> out;
  if (inside > 0) {
    out.push_back(
        {t.block.empty() ? "Links" : "Links inside blocks", inside, inside_rate, false, Dollars{}});
  }
  if (between > 0) {
    out.push_back(
        {"Links between blocks", between, between_rate, t.optical_between_blocks, t.optic_price});
  }
  return out;
}

std::int64_t TorusTopology::gpus_per_block(int tier) const {
  throw std::out_of_range(fmt::format("tier {}: a torus has no switch tiers", tier));
}

BitRate TorusTopology::uplink_rate(int tier) const {
  throw std::out_of_range(fmt::format("tier {}: a torus has no switch tiers", tier));
}

}  // namespace colossus
