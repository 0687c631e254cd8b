// SharedFabric: each pattern's lone steady loads from the network, merged into constraints by
// their signature (capacity and the demand of every pattern on them; the patterns' resources
// gathered by id with a counting sort), then one solver variable
// per activity (bound 1: an activity never runs faster than alone) on the fluid model.
// The PatternLoadCache hashes a pattern's key two words at a time and compares the key of every
// entry of the same hash before it answers.
#include "colossus/network/shared_fabric.h"

#include <algorithm>
#include <array>
#include <bit>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <span>
#include <stdexcept>
#include <unordered_map>

#include "colossus/core/random.h"

namespace colossus {
namespace {

// The loads of `flows` alone on `network`, the resources with demand > 0.
PatternLoads compute_loads(Network& network, std::span<const Flow> flows) {
  PatternLoads p;
  if (flows.empty()) return p;
  for (const ResourceLoad& l : network.resource_loads(flows)) {
    if (l.load.value() <= 0.0) continue;
    p.resources.push_back(l.resource);
    p.demand.push_back(l.load.value());
    p.capacity.push_back(l.capacity.value());
  }
  p.flows = static_cast<std::int64_t>(flows.size());
  return p;
}

// A hash of a key, two words at a time over four independent multiply-rotate lanes (a quarter
// of the dependent steps of a hash_combine chain), mixed together at the end. It only picks the
// entries whose keys are compared word for word.
std::uint64_t hash_key(std::span<const std::uint32_t> key) {
  constexpr std::uint64_t k = 0x9e3779b97f4a7c15ULL;
  std::array<std::uint64_t, 4> lane{key.size(), 1, 2, 3};
  auto word = [&](std::size_t i) { return (std::uint64_t{key[i + 1]} << 32) | key[i]; };
  std::size_t i = 0;
  for (; i + 8 <= key.size(); i += 8) {
    for (std::size_t j = 0; j < 4; ++j) lane[j] = std::rotl((lane[j] ^ word(i + 2 * j)) * k, 29);
  }
  for (std::size_t j = 0; i + 2 <= key.size(); i += 2, ++j) {
    lane[j] = std::rotl((lane[j] ^ word(i)) * k, 29);
  }
  if (i < key.size()) lane[3] = std::rotl((lane[3] ^ key[i]) * k, 29);
  return mix64(lane[0] ^ mix64(lane[1] ^ mix64(lane[2] ^ mix64(lane[3]))));
}

// A hash of a double that equal values share (0.0 and -0.0 included), cheaper than
// std::hash<double>; it only picks the constraints whose signatures are compared.
std::uint64_t hash_double(double x) {
  return x == 0.0 ? 0 : mix64(std::bit_cast<std::uint64_t>(x));
}

}  // namespace

PatternLoadCache::PatternLoadCache(std::size_t max_bytes) : max_bytes_(max_bytes) {}

std::vector<std::uint32_t> PatternLoadCache::flows_key(std::span<const Flow> flows) {
  std::vector<std::uint32_t> key;
  key.reserve(1 + 6 * flows.size());
  key.push_back(kFlowWords);
  for (const Flow& f : flows) {
    const auto size = std::bit_cast<std::uint64_t>(f.size.value());
    key.insert(key.end(), {static_cast<std::uint32_t>(f.src), static_cast<std::uint32_t>(f.dst),
                           static_cast<std::uint32_t>(size), static_cast<std::uint32_t>(size >> 32),
                           static_cast<std::uint32_t>(f.entropy),
                           static_cast<std::uint32_t>(f.entropy >> 32)});
  }
  return key;
}

std::shared_ptr<const PatternLoads> PatternLoadCache::loads(Network& network,
                                                            std::span<const Flow> flows) {
  return loads(network, flows_key(flows),
               [&] { return std::vector<Flow>(flows.begin(), flows.end()); });
}

std::shared_ptr<const PatternLoads> PatternLoadCache::loads(
    Network& network, std::span<const std::uint32_t> key,
    const std::function<std::vector<Flow>()>& draw) {
  const std::uint64_t hash = hash_key(key);
  auto same = [&](const Entry& e) {
    return e.hash == hash && std::equal(e.key.begin(), e.key.end(), key.begin(), key.end());
  };
  {
    std::lock_guard lock(mutex_);
    if (!topology_) topology_ = &network.topology();
    if (topology_ != &network.topology()) {
      throw std::logic_error("PatternLoadCache: networks of different topologies");
    }
    const auto [lo, hi] = by_hash_.equal_range(hash);
    for (auto it = lo; it != hi; ++it) {
      if (!same(*it->second)) continue;
      ++hits_;
      entries_.splice(entries_.begin(), entries_, it->second);
      return it->second->loads;
    }
  }
  auto computed = std::make_shared<const PatternLoads>(compute_loads(network, draw()));
  std::lock_guard lock(mutex_);
  ++misses_;
  // Another thread may have stored the same flows meanwhile: keep one entry (the same loads).
  const auto [lo, hi] = by_hash_.equal_range(hash);
  for (auto it = lo; it != hi; ++it) {
    if (same(*it->second)) return it->second->loads;
  }
  Entry e;
  e.hash = hash;
  e.key.assign(key.begin(), key.end());
  e.bytes = key.size() * sizeof(std::uint32_t) +
            computed->resources.size() * (sizeof(ResourceId) + 2 * sizeof(double));
  e.loads = computed;
  bytes_ += e.bytes;
  entries_.push_front(std::move(e));
  by_hash_.emplace(hash, entries_.begin());
  while (bytes_ > max_bytes_ && entries_.size() > 1) {
    const Entry& last = entries_.back();
    auto [first, end] = by_hash_.equal_range(last.hash);
    for (auto it = first; it != end; ++it) {
      if (&*it->second == &last) {
        by_hash_.erase(it);
        break;
      }
    }
    bytes_ -= last.bytes;
    entries_.pop_back();
  }
  return computed;
}

std::int64_t PatternLoadCache::misses() const {
  std::lock_guard lock(mutex_);
  return misses_;
}

std::int64_t PatternLoadCache::hits() const {
  std::lock_guard lock(mutex_);
  return hits_;
}

SharedFabric::SharedFabric(Network& network, PatternLoadCache* cache)
    : network_(&network), cache_(cache), model_(solver_, 1e-9, Seconds(kTolerance)) {}

SharedFabric::SharedFabric(Network& network, std::shared_ptr<const SealedPatterns> sealed)
    : network_(&network),
      cache_(nullptr),
      sealed_(std::move(sealed)),
      model_(solver_, 1e-9, Seconds(kTolerance)) {
  start_over();
}

int SharedFabric::add_pattern(std::string name, std::span<const Flow> flows) {
  if (sealed_) throw std::logic_error("SharedFabric: patterns must be added before any start");
  Pattern p;
  p.name = std::move(name);
  p.loads = cache_ && !flows.empty()
                ? cache_->loads(*network_, flows)
                : std::make_shared<const PatternLoads>(compute_loads(*network_, flows));
  patterns_.push_back(std::move(p));
  return static_cast<int>(patterns_.size()) - 1;
}

std::shared_ptr<const PatternLoads> SharedFabric::pattern_loads(
    std::span<const std::uint32_t> key, const std::function<std::vector<Flow>()>& draw) {
  return cache_ ? cache_->loads(*network_, key, draw)
                : std::make_shared<const PatternLoads>(compute_loads(*network_, draw()));
}

int SharedFabric::add_pattern(std::string name, std::shared_ptr<const PatternLoads> loads) {
  if (sealed_) throw std::logic_error("SharedFabric: patterns must be added before any start");
  patterns_.push_back({std::move(name), std::move(loads)});
  return static_cast<int>(patterns_.size()) - 1;
}

const std::string& SharedFabric::pattern_name(int pattern) const {
  return sealed_ ? sealed_->patterns[pattern].name : patterns_[pattern].name;
}

int SharedFabric::pattern_count() const {
  return static_cast<int>(sealed_ ? sealed_->patterns.size() : patterns_.size());
}

std::shared_ptr<const SealedPatterns> SharedFabric::sealed() {
  if (!sealed_) seal();
  return sealed_;
}

void SharedFabric::seal() {
  auto out = std::make_shared<SealedPatterns>();
  // Every crossed resource once, in id order, with its uses as (pattern, demand) in pattern
  // order: a counting sort of the patterns' uses over the range of crossed ids (an int per id
  // between the smallest and the largest crossed, not per resource of the topology).
  using Use = std::pair<int, double>;
  struct Slot {
    int pattern;
    int k;  // index in the pattern's loads
  };
  ResourceId lo = std::numeric_limits<ResourceId>::max(), hi = -1;
  std::size_t total = 0;
  for (const Pattern& p : patterns_) {
    const std::vector<ResourceId>& mine = p.loads->resources;
    if (mine.empty()) continue;
    lo = std::min(lo, *std::min_element(mine.begin(), mine.end()));
    hi = std::max(hi, *std::max_element(mine.begin(), mine.end()));
    total += mine.size();
  }
  // Counted per id, summed (one past each id's last use), then filled from the back, so that
  // first_use[i] ends as the first slot of resource lo + i, whose uses run to first_use[i + 1].
  std::vector<int> first_use(hi >= lo ? static_cast<std::size_t>(hi - lo) + 1 : 0, 0);
  for (const Pattern& p : patterns_) {
    for (ResourceId r : p.loads->resources) ++first_use[r - lo];
  }
  std::partial_sum(first_use.begin(), first_use.end(), first_use.begin());
  std::vector<Slot> slots(total);
  for (int p = static_cast<int>(patterns_.size()) - 1; p >= 0; --p) {
    const std::vector<ResourceId>& mine = patterns_[p].loads->resources;
    for (int k = static_cast<int>(mine.size()) - 1; k >= 0; --k) {
      slots[--first_use[mine[k] - lo]] = {p, k};
    }
  }
  // A constraint per distinct signature (capacity and the uses), found by hash and compared
  // with the signature of the constraint; a run of resources with one signature (a tier's
  // links, numbered together) is compared with the previous resource's constraint first.
  std::vector<std::vector<Use>> signature;  // per constraint
  std::unordered_map<std::uint64_t, std::vector<int>> by_hash;
  std::vector<Use> mine;
  int previous = -1;
  for (std::size_t i = 0; i < first_use.size(); ++i) {
    const auto first = static_cast<std::size_t>(first_use[i]);
    const std::size_t last =
        i + 1 < first_use.size() ? static_cast<std::size_t>(first_use[i + 1]) : total;
    if (first == last) continue;
    const ResourceId r = lo + static_cast<ResourceId>(i);
    // The capacity is the last use's (each use of a resource names its capacity).
    const double capacity = patterns_[slots[last - 1].pattern].loads->capacity[slots[last - 1].k];
    // Whether the uses are those of `sig`, read from the slots without copying them.
    auto same_uses = [&](const std::vector<Use>& sig) {
      if (sig.size() != last - first) return false;
      for (std::size_t u = first; u < last; ++u) {
        const Use& s = sig[u - first];
        if (s.first != slots[u].pattern ||
            !(s.second == patterns_[slots[u].pattern].loads->demand[slots[u].k])) {
          return false;
        }
      }
      return true;
    };
    int c = -1;
    if (previous >= 0 && out->constraint_capacity[previous] == capacity &&
        same_uses(signature[previous])) {
      c = previous;
    } else {
      mine.clear();
      for (std::size_t u = first; u < last; ++u) {
        mine.emplace_back(slots[u].pattern, patterns_[slots[u].pattern].loads->demand[slots[u].k]);
      }
      std::uint64_t h = hash_double(capacity);
      for (const auto& [p, d] : mine) h = (h * 1000003u) ^ (hash_double(d) + p);
      std::vector<int>& candidates = by_hash[h];
      for (int k : candidates) {
        if (out->constraint_capacity[k] == capacity && signature[k] == mine) {
          c = k;
          break;
        }
      }
      if (c < 0) {
        c = static_cast<int>(out->constraint_capacity.size());
        candidates.push_back(c);
        out->constraint_capacity.push_back(capacity);
        out->constraint_resource.push_back(r);
        out->constraint_members.push_back(0);
        signature.push_back(mine);
      }
    }
    ++out->constraint_members[c];
    previous = c;
  }
  // A pattern's merged constraints, in constraint order, with its demand on each (the same on
  // every resource of one constraint: the demand is part of the signature).
  for (const Pattern& p : patterns_) out->patterns.push_back({p.name, {}, {}});
  for (int c = 0; c < static_cast<int>(signature.size()); ++c) {
    for (const auto& [p, d] : signature[c]) {
      out->patterns[p].constraints.push_back(c);
      out->patterns[p].coefficients.push_back(d);
    }
  }
  patterns_.clear();
  sealed_ = std::move(out);
  start_over();
}

void SharedFabric::start_over() {
  solver_ = MaxMinSolver();
  for (double c : sealed_->constraint_capacity) solver_.add_constraint(c);
  model_ = FluidModel(solver_, 1e-9, Seconds(kTolerance));
  // A variable's row is its pattern's, so the running patterns (in variable order) fix the
  // solution: the memo answers a set seen before, in this run or an earlier one of the fabric.
  model_.memoize(&pattern_of_, &rates_);
  pattern_of_.clear();
  idle_variables_.assign(sealed_->patterns.size(), {});
  busy_.assign(sealed_->constraint_capacity.size(), 0.0);
  peak_.assign(busy_.size(), 0.0);
  elapsed_ = 0.0;
}

void SharedFabric::reset() {
  if (sealed_) start_over();
}

int SharedFabric::start(int pattern, Seconds alone) {
  if (pattern < 0 || pattern >= pattern_count()) {
    throw std::invalid_argument("SharedFabric::start: no such pattern");
  }
  if (!sealed_) seal();
  const SealedPatterns::Pattern& p = sealed_->patterns[pattern];
  std::vector<int>& free = idle_variables_[static_cast<std::size_t>(pattern)];
  int v;
  if (!free.empty()) {
    v = free.back();
    free.pop_back();
    solver_.restore_variable(v);
  } else {
    v = solver_.add_variable(p.constraints, p.coefficients, 1.0, 1.0);
    pattern_of_.push_back(pattern);
  }
  model_.start(v, alone.value());
  return v;
}

Seconds SharedFabric::next_completion() {
  return model_.next_completion();
}

double SharedFabric::progress(int activity) {
  return model_.rate(activity);
}

const std::vector<Completion>& SharedFabric::advance(Seconds dt) {
  if (record_loads_ && !model_.idle() && dt.value() > 0.0) {
    // Utilisation of each constraint at the current rates, held over dt: computed once per
    // solution (the memo keeps it with the rates), and only the loaded constraints move.
    RateMemo::Solution& solution = *model_.solution();
    if (!solution.loads_known) {
      std::vector<double> load(busy_.size(), 0.0);
      for (int v : model_.running_variables()) {
        const double rho = model_.rate(v);
        const auto cons = solver_.constraints_of(v);
        for (std::size_t k = 0; k < cons.size(); ++k) {
          load[cons[k]] += solver_.coefficient(v, static_cast<int>(k)) * rho;
        }
      }
      for (std::size_t c = 0; c < load.size(); ++c) {
        const double cap = solver_.capacity(static_cast<int>(c));
        const double u = cap > 0.0 ? std::min(1.0, load[c] / cap) : 0.0;
        if (u != 0.0) solution.loads.push_back({static_cast<int>(c), u});
      }
      solution.loads_known = true;
    }
    for (const auto& [c, u] : solution.loads) {
      busy_[c] += u * dt.value();
      peak_[c] = std::max(peak_[c], u);
    }
    elapsed_ += dt.value();
  }
  const std::vector<Completion>& done = model_.advance(dt);
  for (const Completion& c : done) {
    idle_variables_[static_cast<std::size_t>(pattern_of_[c.variable])].push_back(c.variable);
  }
  return done;
}

std::vector<TierLoad> SharedFabric::tier_loads() const {
  std::map<std::pair<int, int>, TierLoad> by_tier;
  // Loads not recorded, or no time advanced since the fabric was built or reset: no run to
  // report (a reused fabric then says what a fresh one, never sealed, says).
  if (!record_loads_ || elapsed_ <= 0.0) return {};
  const Topology& topology = network_->topology();
  for (std::size_t c = 0; c < sealed_->constraint_resource.size(); ++c) {
    const Resource r = topology.resource(sealed_->constraint_resource[c]);
    TierLoad& t = by_tier[{static_cast<int>(r.kind), r.tier}];
    t.kind = r.kind;
    t.tier = r.tier;
    t.resources += sealed_->constraint_members[c];
    t.peak = std::max(t.peak, peak_[c]);
    if (elapsed_ > 0.0) t.busiest_average = std::max(t.busiest_average, busy_[c] / elapsed_);
  }
  std::vector<TierLoad> out;
  for (const auto& [key, t] : by_tier) out.push_back(t);
  return out;
}

}  // namespace colossus
