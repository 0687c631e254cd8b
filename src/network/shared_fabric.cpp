// SharedFabric: each pattern's lone steady loads from the network, merged into constraints by
// their signature (capacity and the demand of every pattern on them), then one solver variable
// per activity (bound 1: an activity never runs faster than alone) on the fluid model.
#include "colossus/network/shared_fabric.h"

#include <algorithm>
#include <map>
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
    std::vector<ResourceLoad> loads = network_->steady_loads(flows);
    std::sort(loads.begin(), loads.end(),
              [](const ResourceLoad& a, const ResourceLoad& b) { return a.resource < b.resource; });
    for (const ResourceLoad& l : loads) {
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
  // Every (resource, pattern) use, grouped by resource (patterns list resources in order).
  struct Use {
    ResourceId resource;
    int pattern;
    double demand;
    double capacity;
    bool operator<(const Use& o) const {
      return resource != o.resource ? resource < o.resource : pattern < o.pattern;
    }
  };
  std::vector<Use> uses;
  for (int p = 0; p < pattern_count(); ++p) {
    const Pattern& pat = patterns_[p];
    for (std::size_t k = 0; k < pat.resources.size(); ++k) {
      uses.push_back({pat.resources[k], p, pat.demand[k], pat.capacity[k]});
    }
  }
  std::sort(uses.begin(), uses.end());
  // A constraint per distinct signature (capacity, then each pattern's demand), found by hash.
  std::vector<std::vector<double>> signatures;  // per constraint: capacity, pattern, demand, ...
  std::unordered_map<std::size_t, std::vector<int>> by_hash;
  std::vector<std::pair<ResourceId, int>> merged;  // resource -> constraint, ascending
  std::vector<double> sig;
  for (std::size_t i = 0; i < uses.size();) {
    const ResourceId r = uses[i].resource;
    sig.assign(1, uses[i].capacity);
    for (; i < uses.size() && uses[i].resource == r; ++i) {
      sig.push_back(uses[i].pattern);
      sig.push_back(uses[i].demand);
    }
    std::size_t h = sig.size();
    for (double x : sig) h = h * 1000003u ^ std::hash<double>{}(x);
    std::vector<int>& candidates = by_hash[h];
    int c = -1;
    for (int k : candidates) {
      if (signatures[k] == sig) c = k;
    }
    if (c < 0) {
      c = solver_.add_constraint(sig.front());
      candidates.push_back(c);
      signatures.push_back(sig);
      constraint_capacity_.push_back(sig.front());
      constraint_resource_.push_back(r);
      constraint_members_.push_back(0);
    }
    ++constraint_members_[c];
    merged.emplace_back(r, c);
  }
  for (Pattern& p : patterns_) {
    std::vector<std::pair<int, double>> coefficient;  // merged constraints of the pattern
    for (std::size_t k = 0; k < p.resources.size(); ++k) {
      const auto it = std::lower_bound(merged.begin(), merged.end(),
                                       std::make_pair(p.resources[k], -1));
      coefficient.emplace_back(it->second, p.demand[k]);
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
}

void SharedFabric::reset() {
  if (!sealed_) return;
  solver_ = MaxMinSolver();
  for (double c : constraint_capacity_) solver_.add_constraint(c);
  model_ = FluidModel(solver_, 1e-9, Seconds(kTolerance));
  pattern_of_.clear();
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
  const int v = solver_.add_variable(p.constraints, p.coefficients, 1.0, 1.0);
  pattern_of_.push_back(pattern);
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
    for (int v = 0; v < solver_.variable_count(); ++v) {
      if (!model_.running(v)) continue;
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
  return model_.advance(dt);
}

std::vector<TierLoad> SharedFabric::tier_loads() const {
  std::map<std::pair<int, int>, TierLoad> by_tier;
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
