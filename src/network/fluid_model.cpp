// FluidModel: the running activities kept in ascending variable order, one solve after each
// change (or its memoized answer), and completions found by the relative epsilon of the phase
// engine. A finishing
// activity is stamped with its own completion (remaining / rate), not the step's, so grouping
// only blurs times by the relative epsilon.
#include "colossus/network/fluid_model.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace colossus {

std::size_t RateMemo::KeyHash::operator()(const std::vector<int>& key) const {
  // FNV-1a over the key's elements two at a time (half the dependent multiplies of one at a
  // time), then MurmurHash3's 64-bit finaliser, which spreads the high words' bits into the low
  // bits the bucket index takes.
  std::uint64_t h = 1469598103934665603ULL ^ key.size();
  std::size_t i = 0;
  for (; i + 1 < key.size(); i += 2) {
    const std::uint64_t pair = static_cast<std::uint32_t>(key[i]) |
                               static_cast<std::uint64_t>(static_cast<std::uint32_t>(key[i + 1]))
                                   << 32;
    h = (h ^ pair) * 1099511628211ULL;
  }
  if (i < key.size()) h = (h ^ static_cast<std::uint32_t>(key[i])) * 1099511628211ULL;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return static_cast<std::size_t>(h);
}

RateMemo::Solution* RateMemo::find(const std::vector<int>& key) {
  const auto it = map_.find(key);
  return it == map_.end() ? nullptr : &it->second;
}

RateMemo::Solution* RateMemo::store(const std::vector<int>& key, std::vector<double> rates) {
  if (map_.size() >= kMaxEntries) map_.clear();
  Solution solution;
  solution.rates = std::move(rates);
  return &map_.insert_or_assign(key, std::move(solution)).first->second;
}

FluidModel::FluidModel(MaxMinSolver& solver, double epsilon, Seconds tolerance)
    : solver_(&solver), epsilon_(epsilon), tolerance_(tolerance.value()) {}

void FluidModel::start(int variable, double work) {
  if (variable < 0 || variable >= solver_->variable_count() || !solver_->live(variable)) {
    throw std::invalid_argument("FluidModel::start: not a live variable");
  }
  if (!(work >= 0.0) || work == kNever) {
    throw std::invalid_argument("FluidModel::start: work must be finite and >= 0");
  }
  if (remaining_.size() < static_cast<std::size_t>(solver_->variable_count())) {
    remaining_.resize(static_cast<std::size_t>(solver_->variable_count()), std::nan(""));
    rate_.resize(remaining_.size(), 0.0);
  }
  if (running(variable)) throw std::invalid_argument("FluidModel::start: already running");
  remaining_[variable] = work;
  running_.insert(std::upper_bound(running_.begin(), running_.end(), variable), variable);
  dirty_ = true;
}

bool FluidModel::running(int variable) const {
  return static_cast<std::size_t>(variable) < remaining_.size() &&
         !std::isnan(remaining_[variable]);
}

void FluidModel::cancel(int variable) {
  if (!running(variable)) return;
  remaining_[variable] = std::nan("");
  running_.erase(std::lower_bound(running_.begin(), running_.end(), variable));
  solver_->remove_variable(variable);
  dirty_ = true;
}

void FluidModel::memoize(const std::vector<int>* class_of, RateMemo* memo) {
  class_of_ = class_of;
  memo_ = memo;
  dirty_ = true;
}

void FluidModel::refresh() {
  if (!dirty_) return;
  dirty_ = false;
  if (memo_) {
    key_.clear();
    for (int v : running_) key_.push_back((*class_of_)[static_cast<std::size_t>(v)]);
    if ((solution_ = memo_->find(key_))) {
      for (std::size_t i = 0; i < running_.size(); ++i) rate_[running_[i]] = solution_->rates[i];
      return;
    }
  }
  solver_->solve();
  ++solves_;
  for (int v : running_) rate_[v] = solver_->value(v);
  if (memo_) {
    std::vector<double> rates;
    rates.reserve(running_.size());
    for (int v : running_) rates.push_back(rate_[v]);
    solution_ = memo_->store(key_, std::move(rates));
  }
}

RateMemo::Solution* FluidModel::solution() {
  refresh();
  return solution_;
}

double FluidModel::rate(int variable) {
  refresh();
  return running(variable) ? rate_[variable] : solver_->value(variable);
}

double FluidModel::remaining(int variable) const {
  return running(variable) ? remaining_[variable] : 0.0;
}

Seconds FluidModel::next_completion() {
  if (running_.empty()) return Seconds(kNever);
  refresh();
  double dt = kNever;
  for (int v : running_) {
    if (remaining_[v] <= 0.0) return Seconds{};
    const double r = rate_[v];
    if (r > 0.0) dt = std::min(dt, remaining_[v] / r);
  }
  return Seconds(dt);
}

std::vector<Completion> FluidModel::advance(Seconds dt) {
  if (!(dt.value() >= 0.0)) throw std::invalid_argument("FluidModel::advance: dt must be >= 0");
  std::vector<Completion> done;
  if (running_.empty()) return done;
  refresh();
  // Completions up to (1 + epsilon) x the next one end together when this advance reaches it.
  const double next = next_completion().value();
  const double reach = dt.value() + tolerance_;
  const double horizon = reach >= next ? std::max(reach, next * (1.0 + epsilon_)) : reach;
  // The survivors, swapped with running_: a per-thread buffer, so the two buffers' storage is
  // reused between advances (advance never nests).
  thread_local std::vector<int> still;
  still.clear();
  for (int v : running_) {
    const double r = rate_[v];
    const double left = remaining_[v] <= 0.0 ? 0.0 : (r > 0.0 ? remaining_[v] / r : kNever);
    if (left <= horizon) {
      done.push_back({v, Seconds(left)});
      remaining_[v] = std::nan("");
      solver_->remove_variable(v);
    } else {
      remaining_[v] -= r * dt.value();
      still.push_back(v);
    }
  }
  running_.swap(still);
  if (!done.empty()) dirty_ = true;
  return done;
}

}  // namespace colossus
