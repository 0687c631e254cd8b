// A sweep's results in SQLite (Debian's libsqlite3): one table per sweep, named after it, with
// the point number as primary key, one column per input field and per headline output, and the
// error. Each point is committed on its own as it finishes (WAL journal), so a sweep killed at
// any moment (SIGKILL, Ctrl-C, a lost node) keeps every point committed before; the next run
// reads which points are there and computes only the others. A table made by another sweep (its
// fingerprint differs) is refused rather than mixed. Several processes (MPI ranks on one node)
// may commit to one file: SQLite's locks serialise them (busy timeout 60 s).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "colossus/plan/sweep.h"

struct sqlite3;

namespace colossus::plan {

class SweepStore {
 public:
  // Opens (creating if needed) the database and the sweep's table; throws InputError at `flag`
  // when the file cannot be opened or holds another sweep of the same name.
  SweepStore(const std::string& path, const SweepSpec& spec, const std::string& flag);
  ~SweepStore();
  SweepStore(const SweepStore&) = delete;
  SweepStore& operator=(const SweepStore&) = delete;

  // The points already committed.
  std::set<std::int64_t> done();
  // Commits one point (its own transaction).
  void commit(const SweepRow& row);
  // Every committed row, by point.
  std::vector<SweepRow> rows();

 private:
  void exec(const std::string& sql);
  std::string path_;
  std::string table_;
  std::size_t inputs_ = 0;
  sqlite3* db_ = nullptr;
};

}  // namespace colossus::plan
