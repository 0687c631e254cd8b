// SharedFabric: each pattern's lone steady loads from the network, merged into constraints by
// their signature (capacity and the demand of every pattern on them), then one solver variable
// per activity (bound 1: an activity never runs faster than alone) on the fluid model.
#include "colossus/network/shared_fabric.h"

#include <algorithm>
#include <map>
#include <span>
#include <stdexcept>
#include <unordered_map>

namespace colossus {

SharedFabric::SharedFabric(Network& network)
    : network_(&network), model_(solver_, 1e-9, Seconds(kTolerance)) {}

int SharedFabric::add_pattern(std::string name, std::span<const Flow> flows) {
  if (sealed_) throw std::logic_error("SharedFabric: patterns must be added before any start");
  Pattern p;
  p.name = std::move(name);
  if (!flows.empty()) {
    for (const ResourceLoad& l : network_->resource_loads(flows)) {
      if (l.load.value() <= 0.0) continue;
      p.resources.push_back(l.resource);
      p.demand.push_back(l.load.value());
      p.capacity.push_back(l.capacity.value());
    }
  }
  patterns_.push_back(std::move(p));
  return static_cast<int>(patterns_.size()) - 1;
}

void SharedFabric::seal() {
  sealed_ = true;
  // Each resource's uses as (pattern, demand) in pattern order, in CSR arrays over resource ids.
  const std::size_t resources = network_->topology().resource_count();
  std::vector<std::int64_t> begin(resources + 1, 0);
  std::vector<double> capacity(resources, 0.0);
  for (const Pattern& p : patterns_) {
    for (std::size_t k = 0; k < p.resources.size(); ++k) {
      ++begin[p.resources[k] + 1];
      capacity[p.resources[k]] = p.capacity[k];
    }
  }
  for (std::size_t r = 0; r < resources; ++r) begin[r + 1] += begin[r];
  std::vector<std::pair<int, double>> uses(static_cast<std::size_t>(begin[resources]));
  std::vector<std::int64_t> fill(begin.begin(), begin.end() - 1);
  for (int p = 0; p < pattern_count(); ++p) {
    for (std::size_t k = 0; k < patterns_[p].resources.size(); ++k) {
      uses[fill[patterns_[p].resources[k]]++] = {p, patterns_[p].demand[k]};
    }
  }
  auto uses_of = [&](ResourceId r) {
    return std::span<const std::pair<int, double>>(uses.data() + begin[r],
                                                   uses.data() + begin[r + 1]);
  };
  // A constraint per distinct signature (capacity and the uses), found by hash and compared
  // with the first resource of the constraint.
  std::unordered_map<std::uint64_t, std::vector<int>> by_hash;
  std::vector<int> merged(resources, -1);  // resource -> constraint
  for (std::size_t i = 0; i < resources; ++i) {
    const auto r = static_cast<ResourceId>(i);
    const auto mine = uses_of(r);
    if (mine.empty()) continue;
    std::uint64_t h = std::hash<double>{}(capacity[r]);
    for (const auto& [p, d] : mine) h = (h * 1000003u) ^ (std::hash<double>{}(d) + p);
    std::vector<int>& candidates = by_hash[h];
    int c = -1;
    for (int k : candidates) {
      const ResourceId other = constraint_resource_[k];
      const auto theirs = uses_of(other);
      if (capacity[other] == capacity[r] &&
          std::equal(mine.begin(), mine.end(), theirs.begin(), theirs.end())) {
        c = k;
        break;
      }
    }
    if (c < 0) {
      c = solver_.add_constraint(capacity[r]);
      candidates.push_back(c);
      constraint_capacity_.push_back(capacity[r]);
      constraint_resource_.push_back(r);
      constraint_members_.push_back(0);
    }
    ++constraint_members_[c];
    merged[r] = c;
  }
  for (Pattern& p : patterns_) {
    std::vector<std::pair<int, double>> coefficient;  // merged constraints of the pattern
    for (std::size_t k = 0; k < p.resources.size(); ++k) {
      coefficient.emplace_back(merged[p.resources[k]], p.demand[k]);
    }
    std::sort(coefficient.begin(), coefficient.end());
    for (std::size_t k = 0; k < coefficient.size(); ++k) {
      if (k > 0 && coefficient[k].first == coefficient[k - 1].first) continue;
      p.constraints.push_back(coefficient[k].first);
      p.coefficients.push_back(coefficient[k].second);
    }
  }
  busy_.assign(static_cast<std::size_t>(solver_.constraint_count()), 0.0);
  peak_.assign(busy_.size(), 0.0);
  idle_variables_.assign(patterns_.size(), {});
}

void SharedFabric::reset() {
  if (!sealed_) return;
  solver_ = MaxMinSolver();
  for (double c : constraint_capacity_) solver_.add_constraint(c);
  model_ = FluidModel(solver_, 1e-9, Seconds(kTolerance));
  pattern_of_.clear();
  for (std::vector<int>& free : idle_variables_) free.clear();
  busy_.assign(busy_.size(), 0.0);
  peak_.assign(peak_.size(), 0.0);
  elapsed_ = 0.0;
}

int SharedFabric::start(int pattern, Seconds alone) {
  if (pattern < 0 || pattern >= pattern_count()) {
    throw std::invalid_argument("SharedFabric::start: no such pattern");
  }
  if (!sealed_) seal();
  const Pattern& p = patterns_[pattern];
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

std::vector<Completion> SharedFabric::advance(Seconds dt) {
  if (!model_.idle() && dt.value() > 0.0) {
    // Utilisation of each constraint at the current rates, held over dt.
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
      busy_[c] += u * dt.value();
      peak_[c] = std::max(peak_[c], u);
    }
    elapsed_ += dt.value();
  }
  std::vector<Completion> done = model_.advance(dt);
  for (const Completion& c : done) {
    idle_variables_[static_cast<std::size_t>(pattern_of_[c.variable])].push_back(c.variable);
  }
  return done;
}

std::vector<TierLoad> SharedFabric::tier_loads() const {
  std::map<std::pair<int, int>, TierLoad> by_tier;
  // No time advanced since the fabric was built or reset: no run to report (a reused fabric
  // then says what a fresh one, never sealed, says).
  if (elapsed_ <= 0.0) return {};
  const Topology& topology = network_->topology();
  for (std::size_t c = 0; c < constraint_resource_.size(); ++c) {
    const Resource r = topology.resource(constraint_resource_[c]);
    TierLoad& t = by_tier[{static_cast<int>(r.kind), r.tier}];
    t.kind = r.kind;
    t.tier = r.tier;
    t.resources += constraint_members_[c];
    t.peak = std::max(t.peak, peak_[c]);
    if (elapsed_ > 0.0) t.busiest_average = std::max(t.busiest_average, busy_[c] / elapsed_);
  }
  std::vector<TierLoad> out;
  for (const auto& [key, t] : by_tier) out.push_back(t);
  return out;
}

}  // namespace colossus
