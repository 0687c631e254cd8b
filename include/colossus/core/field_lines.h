// Where each field of a spec was read: its path ("parallelism.tp", "fabric.tiers") and 1-based
// line, so that a later check can name the line of a value it refuses. Copies of a spec share
// one map, read-only (a layout search copies a job's spec tens of thousands of times, and a
// scenario has a few dozen fields); a write to a shared map copies it first.
#pragma once

#include <map>
#include <memory>
#include <string>

namespace colossus {

class FieldLines {
 public:
  // The line `field` was read at (0: not read from a file).
  int line(const std::string& field) const {
    if (!map_) return 0;
    const auto it = map_->find(field);
    return it == map_->end() ? 0 : it->second;
  }
  // Records (or moves) the line of `field`.
  void set(const std::string& field, int line) { own()[field] = line; }
  // Forgets `field` (its value no longer comes from the file).
  void erase(const std::string& field) {
    if (map_ && map_->count(field) > 0) own().erase(field);
  }
  // Every field and its line, in path order.
  const std::map<std::string, int>& all() const {
    static const std::map<std::string, int> kNone;
    return map_ ? *map_ : kNone;
  }

 private:
  // The map, this spec's own (copied first when shared).
  std::map<std::string, int>& own() {
    if (!map_) {
      map_ = std::make_shared<std::map<std::string, int>>();
    } else if (map_.use_count() > 1) {
      map_ = std::make_shared<std::map<std::string, int>>(*map_);
    }
    return *map_;
  }

  std::shared_ptr<std::map<std::string, int>> map_;
};

}  // namespace colossus
