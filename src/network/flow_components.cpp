// Splitting a phase into independent, deduplicated subproblems (see the header). Two passes over
// the routes: the first joins the resources of each flow in a union-find forest (each flow's
// component is its first resource's root); the second writes each component's signature and
// compares it with the earlier components of the same hash, so equality is checked word for
// word, never assumed from a hash. The first pass keeps every route's hops in one flat array
// (4 bytes a hop: a 200,000-flow phase of 6-hop routes is under 5 MB) and the second reads them
// there rather than routing each flow again.
#include "colossus/network/flow_components.h"

#include <algorithm>
#include <array>
#include <bit>
#include <unordered_map>

#include "colossus/core/random.h"

namespace colossus {

int FlowComponents::distinct() const {
  int n = 0;
  for (int c = 0; c < count(); ++c) n += same_as[c] == c ? 1 : 0;
  return n;
}

namespace {

// A hash of a signature's words: four independent multiply-rotate lanes (a quarter of the
// dependent steps of a hash_combine chain), mixed together at the end. It only picks which
// earlier components are compared word for word, so any function of the words would do.
std::uint64_t hash_words(std::span<const std::uint64_t> words) {
  constexpr std::uint64_t k = 0x9e3779b97f4a7c15ULL;
  std::array<std::uint64_t, 4> lane{words.size(), 1, 2, 3};
  std::size_t i = 0;
  for (; i + 4 <= words.size(); i += 4) {
    for (std::size_t j = 0; j < 4; ++j) lane[j] = std::rotl((lane[j] ^ words[i + j]) * k, 29);
  }
  for (std::size_t j = 0; i < words.size(); ++i, ++j) {
    lane[j] = std::rotl((lane[j] ^ words[i]) * k, 29);
  }
  return mix64(lane[0] ^ mix64(lane[1] ^ mix64(lane[2] ^ mix64(lane[3]))));
}

}  // namespace

ResourceId ComponentFinder::root(ResourceId id) {
  while (parent_[id] != id) {
    parent_[id] = parent_[parent_[id]];
    id = parent_[id];
  }
  return id;
}

double ComponentFinder::capacity(const FabricModel& model, ResourceId id) {
  double& known = capacity_[id];
  if (known < 0.0) known = model.usable_capacity(id).value();
  return known;
}

void ComponentFinder::signature(const FabricModel& model, std::span<const Flow> flows,
                                std::span<const int> members, bool same_size,
                                std::vector<std::uint64_t>& out,
                                std::vector<ResourceId>* resources) {
  out.clear();
  int renamed = 0;
  for (int i : members) {
    const Flow& f = flows[i];
    const std::span<const ResourceId> route(
        hops_.data() + hop_start_[i], static_cast<std::size_t>(hop_start_[i + 1] - hop_start_[i]));
    if (same_size) out.push_back(std::bit_cast<std::uint64_t>(f.size.value()));
    out.push_back(static_cast<std::uint64_t>(route.size()));
    for (ResourceId id : route) {
      int& name = label_[id];
      if (name < 0) {
        name = renamed++;
        touched_.push_back(id);
        out.push_back(static_cast<std::uint64_t>(name));
        out.push_back(std::bit_cast<std::uint64_t>(capacity(model, id)));
      } else {
        out.push_back(static_cast<std::uint64_t>(name));
      }
    }
  }
  if (resources) resources->insert(resources->end(), touched_.begin(), touched_.end());
  for (ResourceId id : touched_) label_[id] = -1;
  touched_.clear();
}

std::optional<FlowComponents> ComponentFinder::find(const FabricModel& model,
                                                    std::span<const Flow> flows, bool same_size) {
  const std::size_t n = flows.size();
  if (n < 2) return std::nullopt;
  const Topology& topology = model.topology();
  if (parent_.empty()) {
    parent_.assign(topology.resource_count(), -1);
    label_.assign(topology.resource_count(), -1);
    flows_in_.assign(topology.resource_count(), 0);
  }
  if (capacity_topology_ != &topology || capacity_efficiency_[0] != model.transport_efficiency() ||
      capacity_efficiency_[1] != model.nvlink_efficiency()) {
    capacity_.assign(topology.resource_count(), -1.0);
    capacity_topology_ = &topology;
    capacity_efficiency_[0] = model.transport_efficiency();
    capacity_efficiency_[1] = model.nvlink_efficiency();
  }

  // Pass 1: join each flow's resources. It stops, with nothing to gain, at a flow crossing
  // nothing or once one component holds more than half of the flows.
  const int half = static_cast<int>(n / 2);
  hops_.clear();
  hop_start_.assign(1, 0);
  hop_start_.reserve(n + 1);
  bool worth = true;
  for (std::size_t i = 0; i < n && worth; ++i) {
    const Flow& f = flows[i];
    const Route route = topology.route(f.src, f.dst, model.route_hash(f), model.routing());
    if (route.count == 0) {
      worth = false;
      break;
    }
    ResourceId joined = -1;
    for (ResourceId id : route.resources()) {
      hops_.push_back(id);
      if (parent_[id] < 0) {
        parent_[id] = id;
        touched_.push_back(id);
      }
      const ResourceId r = root(id);
      if (joined < 0) {
        joined = r;
      } else if (r != joined) {
        const ResourceId low = std::min(r, joined);
        parent_[std::max(r, joined)] = low;
        flows_in_[low] = flows_in_[r] + flows_in_[joined];
        joined = low;
      }
    }
    worth = ++flows_in_[joined] <= half;
    hop_start_.push_back(static_cast<int>(hops_.size()));
  }
  std::vector<int> component(n);
  int count = 0;
  if (worth) {
    for (std::size_t i = 0; i < n; ++i) {
      int& label = label_[root(hops_[hop_start_[i]])];
      if (label < 0) label = count++;
      component[i] = label;
    }
  }
  for (ResourceId id : touched_) {
    parent_[id] = label_[id] = -1;
    flows_in_[id] = 0;
  }
  touched_.clear();
  if (!worth) return std::nullopt;

  // Flows by component, stable: input order within each.
  FlowComponents out;
  out.start.assign(count + 1, 0);
  for (int c : component) ++out.start[c + 1];
  for (int c = 0; c < count; ++c) out.start[c + 1] += out.start[c];
  out.order.resize(n);
  std::vector<int> next(out.start.begin(), out.start.end() - 1);
  for (std::size_t i = 0; i < n; ++i) out.order[next[component[i]]++] = static_cast<int>(i);

  // Pass 2: each component against the earlier ones of the same signature hash.
  auto members = [&](int c) {
    return std::span<const int>(out.order.data() + out.start[c],
                                static_cast<std::size_t>(out.start[c + 1] - out.start[c]));
  };
  std::unordered_multimap<std::uint64_t, int> seen;
  int candidate = -1;  // the component whose signature candidate_ holds
  out.same_as.resize(count);
  out.resource_start.assign(1, 0);
  for (int c = 0; c < count; ++c) {
    signature(model, flows, members(c), same_size, signature_, &out.resources);
    out.resource_start.push_back(static_cast<int>(out.resources.size()));
    const std::uint64_t hash = hash_words(signature_);
    out.same_as[c] = c;
    const auto [lo, hi] = seen.equal_range(hash);
    for (auto it = lo; it != hi; ++it) {
      if (it->second != candidate) {
        signature(model, flows, members(it->second), same_size, candidate_);
        candidate = it->second;
      }
      if (candidate_ == signature_) {
        out.same_as[c] = it->second;
        break;
      }
    }
    if (out.same_as[c] == c) seen.emplace(hash, c);
  }
  return out;
}

}  // namespace colossus
