// FluidModel: the running activities kept in ascending variable order, one solve after each
// change (or its memoized answer), and completions found by the relative epsilon of the phase
// engine. A finishing activity is stamped with its own completion (remaining / rate), not the
// step's, so grouping only blurs times by the relative epsilon. RateMemo is a flat
// open-addressing table whose storage (slots, entries, rates and keys) is kept when it starts
// afresh, so a memo in use allocates nothing once it has grown.
#include "colossus/network/fluid_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace colossus {

std::uint64_t RateMemo::hash(std::span<const int> key) {
  // FNV-1a over the key's elements two at a time (half the dependent multiplies of one at a
  // time), then MurmurHash3's 64-bit finaliser, which spreads the high words' bits into the low
  // bits the slot index takes.
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
  return h;
}

bool RateMemo::holds(const Entry& e, std::span<const int> key) const {
  return e.length == key.size() && std::memcmp(data_.data() + e.offset + e.rate_count, key.data(),
                                               key.size() * sizeof(int)) == 0;
}

RateMemo::Solution* RateMemo::solution(Entry& e) {
  e.solution.rates = {data_.data() + e.offset, e.rate_count};
  return &e.solution;
}

std::size_t RateMemo::slot(std::span<const int> key, std::uint64_t h) const {
  const std::uint32_t t = tag(h);
  for (std::size_t s = static_cast<std::size_t>(h) & (kSlots - 1);; s = (s + 1) & (kSlots - 1)) {
    const std::uint32_t word = slots_[s];
    if (word == kEmpty) return s;
    if ((word & ~kIndexMask) == t && holds(entries_[(word & kIndexMask) - 1], key)) return s;
  }
}

RateMemo::Solution* RateMemo::find(std::span<const int> key) {
  if (entries_.empty()) return nullptr;
  const std::uint32_t word = slots_[slot(key, hash(key))];
  return word == kEmpty ? nullptr : solution(entries_[(word & kIndexMask) - 1]);
}

RateMemo::Solution* RateMemo::store(std::span<const int> key, std::span<const double> rates) {
  if (slots_.empty()) slots_.assign(kSlots, kEmpty);
  const std::uint64_t h = hash(key);
  std::size_t s = slot(key, h);
  Entry* entry = nullptr;
  if (slots_[s] != kEmpty) {
    // A known key: its new rates and key go at the end (the old block is left until a restart).
    entry = &entries_[(slots_[s] & kIndexMask) - 1];
    entry->solution = Solution{};
  } else {
    if (entries_.size() >= kMaxEntries) {
      std::fill(slots_.begin(), slots_.end(), kEmpty);
      entries_.clear();
      data_.clear();
      s = slot(key, h);
    }
    slots_[s] = tag(h) | static_cast<std::uint32_t>(entries_.size() + 1);
    entry = &entries_.emplace_back();
  }
  entry->offset = static_cast<std::uint32_t>(data_.size());
  entry->rate_count = static_cast<std::uint32_t>(rates.size());
  entry->length = static_cast<std::uint32_t>(key.size());
  data_.insert(data_.end(), rates.begin(), rates.end());
  const std::size_t at = data_.size();
  data_.resize(at + (key.size() + 1) / 2, 0.0);
  if (!key.empty()) std::memcpy(data_.data() + at, key.data(), key.size() * sizeof(int));
  return solution(*entry);
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
  next_known_ = false;
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
  next_known_ = false;
}

void FluidModel::memoize(const std::vector<int>* class_of, RateMemo* memo) {
  class_of_ = class_of;
  memo_ = memo;
  dirty_ = true;
  next_known_ = false;
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
    rates_.clear();
    for (int v : running_) rates_.push_back(rate_[v]);
    solution_ = memo_->store(key_, rates_);
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
  if (next_known_) return Seconds(next_);
  double dt = kNever;
  for (int v : running_) {
    if (remaining_[v] <= 0.0) {
      dt = 0.0;
      break;
    }
    const double r = rate_[v];
    if (r > 0.0) dt = std::min(dt, remaining_[v] / r);
  }
  next_ = dt;
  next_known_ = true;
  return Seconds(dt);
}

const std::vector<Completion>& FluidModel::advance(Seconds dt) {
  if (!(dt.value() >= 0.0)) throw std::invalid_argument("FluidModel::advance: dt must be >= 0");
  done_.clear();
  if (running_.empty()) return done_;
  refresh();
  // Completions up to (1 + epsilon) x the next one end together when this advance reaches it.
  const double next = next_completion().value();
  const double reach = dt.value() + tolerance_;
  const double horizon = reach >= next ? std::max(reach, next * (1.0 + epsilon_)) : reach;
  // The survivors, swapped with running_, so the two buffers' storage is reused.
  still_.clear();
  for (int v : running_) {
    const double r = rate_[v];
    const double left = remaining_[v] <= 0.0 ? 0.0 : (r > 0.0 ? remaining_[v] / r : kNever);
    if (left <= horizon) {
      done_.push_back({v, Seconds(left)});
      remaining_[v] = std::nan("");
      solver_->remove_variable(v);
    } else {
      remaining_[v] -= r * dt.value();
      still_.push_back(v);
    }
  }
  running_.swap(still_);
  next_known_ = false;
  if (!done_.empty()) dirty_ = true;
  return done_;
}

}  // namespace colossus
