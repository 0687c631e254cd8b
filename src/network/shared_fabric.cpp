// SharedFabric: each pattern's lone steady loads from the network, merged into constraints by
// their signature (capacity and the demand of every pattern on them), then one solver variable
// per activity (bound 1: an activity never runs faster than alone) on the fluid model.
#include "colossus/network/shared_fabric.h"

#include <algorithm>
#include <functional>
#include <map>
#include <queue>
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
  // Each pattern lists its resources in id order (Network::resource_loads), so merging the
  // patterns' lists visits every crossed resource once, in id order, with its uses as
  // (pattern, demand) in pattern order; only crossed resources cost anything (no array over all
  // of the topology's resources).
  using Use = std::pair<int, double>;
  using Cursor = std::pair<ResourceId, int>;  // (resource, pattern), smallest first
  std::priority_queue<Cursor, std::vector<Cursor>, std::greater<>> next;
  std::vector<std::size_t> at(patterns_.size(), 0);
  for (int p = 0; p < pattern_count(); ++p) {
    if (!patterns_[p].resources.empty()) next.emplace(patterns_[p].resources[0], p);
  }
  // A constraint per distinct signature (capacity and the uses), found by hash and compared
  // with the signature of the constraint; a run of resources with one signature (a tier's
  // links, numbered together) is compared with the previous resource's constraint first.
  std::vector<std::vector<Use>> signature;  // per constraint
  std::unordered_map<std::uint64_t, std::vector<int>> by_hash;
  std::vector<Use> mine;
  int previous = -1;
  while (!next.empty()) {
    const ResourceId r = next.top().first;
    mine.clear();
    double capacity = 0.0;
    while (!next.empty() && next.top().first == r) {
      const int p = next.top().second;
      next.pop();
      const Pattern& pattern = patterns_[p];
      const std::size_t k = at[p]++;
      mine.emplace_back(p, pattern.demand[k]);
      capacity = pattern.capacity[k];
      if (at[p] < pattern.resources.size()) next.emplace(pattern.resources[at[p]], p);
    }
    int c = -1;
    if (previous >= 0 && constraint_capacity_[previous] == capacity &&
        signature[previous] == mine) {
      c = previous;
    } else {
      std::uint64_t h = std::hash<double>{}(capacity);
      for (const auto& [p, d] : mine) h = (h * 1000003u) ^ (std::hash<double>{}(d) + p);
      std::vector<int>& candidates = by_hash[h];
      for (int k : candidates) {
        if (constraint_capacity_[k] == capacity && signature[k] == mine) {
          c = k;
          break;
        }
      }
      if (c < 0) {
        c = solver_.add_constraint(capacity);
        candidates.push_back(c);
        constraint_capacity_.push_back(capacity);
        constraint_resource_.push_back(r);
        constraint_members_.push_back(0);
        signature.push_back(mine);
      }
    }
    ++constraint_members_[c];
    previous = c;
  }
  // A pattern's merged constraints, in constraint order, with its demand on each (the same on
  // every resource of one constraint: the demand is part of the signature).
  for (int c = 0; c < static_cast<int>(signature.size()); ++c) {
    for (const auto& [p, d] : signature[c]) {
      patterns_[p].constraints.push_back(c);
      patterns_[p].coefficients.push_back(d);
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
