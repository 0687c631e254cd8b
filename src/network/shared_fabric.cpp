// SharedFabric: each pattern's lone steady loads from the network, merged into constraints by
// their signature (capacity and the demand of every pattern on them), then one solver variable
// per activity (bound 1: an activity never runs faster than alone) on the fluid model.
#include "colossus/network/shared_fabric.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <tuple>

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
  // (resource, pattern, demand), grouped by resource, and each resource's usable capacity.
  std::vector<std::tuple<ResourceId, int, double>> uses;
  std::map<ResourceId, double> capacity;
  for (int p = 0; p < pattern_count(); ++p) {
    for (std::size_t k = 0; k < patterns_[p].resources.size(); ++k) {
      uses.emplace_back(patterns_[p].resources[k], p, patterns_[p].demand[k]);
      capacity[patterns_[p].resources[k]] = patterns_[p].capacity[k];
    }
  }
  std::sort(uses.begin(), uses.end());
  using Signature = std::pair<double, std::vector<std::pair<int, double>>>;
  std::map<Signature, int> constraint_of;
  std::map<ResourceId, int> merged;  // resource -> constraint
  for (std::size_t i = 0; i < uses.size();) {
    const ResourceId r = std::get<0>(uses[i]);
    Signature sig{capacity[r], {}};
    for (; i < uses.size() && std::get<0>(uses[i]) == r; ++i) {
      sig.second.emplace_back(std::get<1>(uses[i]), std::get<2>(uses[i]));
    }
    auto [it, fresh] = constraint_of.emplace(std::move(sig), solver_.constraint_count());
    if (fresh) {
      solver_.add_constraint(it->first.first);
      constraint_capacity_.push_back(it->first.first);
      constraint_resource_.push_back(r);
      constraint_members_.push_back(0);
    }
    ++constraint_members_[it->second];
    merged[r] = it->second;
  }
  for (Pattern& p : patterns_) {
    std::map<int, double> coefficient;  // merged constraints of the pattern, each once
    for (std::size_t k = 0; k < p.resources.size(); ++k) {
      coefficient[merged[p.resources[k]]] = p.demand[k];
    }
    for (const auto& [c, a] : coefficient) {
      p.constraints.push_back(c);
      p.coefficients.push_back(a);
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
