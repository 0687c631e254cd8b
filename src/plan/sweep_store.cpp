// The SQLite store of a sweep (plan/sweep_store.h). Inputs are TEXT as the sweep file wrote
// them, outputs REAL (a double round-trips exactly), layout and error TEXT; the table
// colossus_sweeps records each sweep's fingerprint and point count.
#include "colossus/plan/sweep_store.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <stdexcept>

namespace colossus::plan {
namespace {

std::string sql_name(const std::string& name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// A prepared statement, finalised on scope exit.
struct Statement {
  sqlite3_stmt* stmt = nullptr;
  Statement(sqlite3* db, const std::string& sql) {
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
      throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db));
  }
  ~Statement() { sqlite3_finalize(stmt); }
};

}  // namespace

SweepStore::SweepStore(const std::string& path, const SweepSpec& spec, const std::string& flag)
    : path_(path), table_(spec.name), inputs_(spec.fields().size()) {
  const SourceLocation where{"<command line>", 0};
  if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) {
    const std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw InputError(where, flag, fmt::format("cannot open the database '{}': {}", path, why));
  }
  sqlite3_busy_timeout(db_, 60'000);
  try {
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=NORMAL");
    exec(
        "CREATE TABLE IF NOT EXISTS colossus_sweeps (name TEXT PRIMARY KEY, fingerprint TEXT, "
        "points INTEGER)");
    {
      Statement s(db_, "SELECT fingerprint FROM colossus_sweeps WHERE name = ?");
      sqlite3_bind_text(s.stmt, 1, table_.c_str(), -1, SQLITE_TRANSIENT);
      if (sqlite3_step(s.stmt) == SQLITE_ROW) {
        const std::string had = reinterpret_cast<const char*>(sqlite3_column_text(s.stmt, 0));
        if (had != spec.fingerprint()) {
          throw InputError(where, flag,
                           fmt::format("the database '{}' holds another sweep named '{}' "
                                       "(fingerprint {}, this one {}): rename the sweep or use "
                                       "another file",
                                       path, table_, had, spec.fingerprint()));
        }
      }
    }
    std::string columns = "point INTEGER PRIMARY KEY";
    for (const std::string& f : spec.fields()) columns += ", " + sql_name(f) + " TEXT";
    for (const std::string& c : sweep_output_columns())
      columns += ", " + sql_name(c) + (c == "layout" || c == "error" ? " TEXT" : " REAL");
    exec(fmt::format("CREATE TABLE IF NOT EXISTS {} ({})", sql_name(table_), columns));
    Statement s(db_, "INSERT OR IGNORE INTO colossus_sweeps VALUES (?, ?, ?)");
    sqlite3_bind_text(s.stmt, 1, table_.c_str(), -1, SQLITE_TRANSIENT);
    const std::string fp = spec.fingerprint();
    sqlite3_bind_text(s.stmt, 2, fp.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(s.stmt, 3, spec.point_count());
    sqlite3_step(s.stmt);
  } catch (const std::runtime_error& e) {
    if (dynamic_cast<const InputError*>(&e)) throw;
    throw InputError(where, flag, fmt::format("the database '{}': {}", path, e.what()));
  }
}

SweepStore::~SweepStore() {
  sqlite3_close(db_);
}

void SweepStore::exec(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string why = error ? error : "unknown error";
    sqlite3_free(error);
    throw std::runtime_error("sqlite: " + why);
  }
}

std::set<std::int64_t> SweepStore::done() {
  std::set<std::int64_t> out;
  Statement s(db_, fmt::format("SELECT point FROM {}", sql_name(table_)));
  while (sqlite3_step(s.stmt) == SQLITE_ROW) out.insert(sqlite3_column_int64(s.stmt, 0));
  return out;
}

void SweepStore::commit(const SweepRow& row) {
  std::string marks = "?";
  for (std::size_t i = 0; i < inputs_ + sweep_output_columns().size(); ++i) marks += ", ?";
  Statement s(db_, fmt::format("INSERT OR IGNORE INTO {} VALUES ({})", sql_name(table_), marks));
  int k = 1;
  sqlite3_bind_int64(s.stmt, k++, row.point);
  for (const std::string& v : row.inputs)
    sqlite3_bind_text(s.stmt, k++, v.c_str(), -1, SQLITE_TRANSIENT);
  for (double v : {row.step_time_s, row.mfu, row.tflops_per_gpu, row.tokens_per_s,
                   row.peak_memory_gib, row.bubble_fraction}) {
    if (row.error.empty()) {
      sqlite3_bind_double(s.stmt, k++, v);
    } else {
      sqlite3_bind_null(s.stmt, k++);
    }
  }
  sqlite3_bind_text(s.stmt, k++, row.layout.c_str(), -1, SQLITE_TRANSIENT);
  if (row.error.empty()) {
    sqlite3_bind_null(s.stmt, k++);
  } else {
    sqlite3_bind_text(s.stmt, k++, row.error.c_str(), -1, SQLITE_TRANSIENT);
  }
  if (sqlite3_step(s.stmt) != SQLITE_DONE)
    throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db_));
}

std::vector<SweepRow> SweepStore::rows() {
  std::vector<SweepRow> out;
  Statement s(db_, fmt::format("SELECT * FROM {} ORDER BY point", sql_name(table_)));
  while (sqlite3_step(s.stmt) == SQLITE_ROW) {
    SweepRow row;
    int k = 0;
    row.point = sqlite3_column_int64(s.stmt, k++);
    for (std::size_t i = 0; i < inputs_; ++i)
      row.inputs.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s.stmt, k++)));
    for (double* v : {&row.step_time_s, &row.mfu, &row.tflops_per_gpu, &row.tokens_per_s,
                      &row.peak_memory_gib, &row.bubble_fraction})
      *v = sqlite3_column_double(s.stmt, k++);
    row.layout = reinterpret_cast<const char*>(sqlite3_column_text(s.stmt, k++));
    if (sqlite3_column_type(s.stmt, k) != SQLITE_NULL)
      row.error = reinterpret_cast<const char*>(sqlite3_column_text(s.stmt, k));
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace colossus::plan
