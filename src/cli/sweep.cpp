// `colossus sweep FILE [--db FILE.sqlite] [--json] [--threads N]`: every point of a sweep file
// (plan/sweep.h: a base scenario and axes over any of its fields), one row per point with its
// inputs and headline outputs (CSV, or JSON lines with --json), a point that fails as a row with
// its error. With --db each point is committed to SQLite as it finishes, and a rerun computes
// only the points not there yet. Under `mpirun -n N` the points are split over the ranks (rank 0
// decides which are left and prints the rows); the output is byte for byte the single process's.
#include "colossus/plan/sweep.h"

#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <thread>

#include "colossus/cli/commands.h"
#include "colossus/cli/flags.h"
#include "colossus/core/error.h"
#include "colossus/plan/ranks.h"
#include "colossus/plan/sweep_store.h"

namespace colossus::cli {
namespace {

struct Flags {
  std::string file, db;
  int threads = 0;
  bool json = false;
};

// A row as one JSON object (exact doubles), to move it between ranks.
std::string serialised(const plan::SweepRow& r) {
  nlohmann::json j = {{"p", r.point},           {"i", r.inputs},
                      {"s", r.step_time_s},     {"m", r.mfu},
                      {"t", r.tflops_per_gpu},  {"k", r.tokens_per_s},
                      {"g", r.peak_memory_gib}, {"b", r.bubble_fraction},
                      {"l", r.layout},          {"e", r.error}};
  return j.dump();
}

plan::SweepRow deserialised(const std::string& text) {
  const nlohmann::json j = nlohmann::json::parse(text);
  plan::SweepRow r;
  r.point = j["p"];
  r.inputs = j["i"].get<std::vector<std::string>>();
  r.step_time_s = j["s"];
  r.mfu = j["m"];
  r.tflops_per_gpu = j["t"];
  r.tokens_per_s = j["k"];
  r.peak_memory_gib = j["g"];
  r.bubble_fraction = j["b"];
  r.layout = j["l"];
  r.error = j["e"];
  return r;
}

void run(const Flags& f) {
  plan::Ranks ranks;
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const plan::SweepSpec spec = plan::load_sweep(f.file, catalog);
  const std::int64_t total = spec.point_count();
  std::optional<plan::SweepStore> store;
  // Rank 0 creates the table before the others open it.
  if (!f.db.empty() && ranks.root()) store.emplace(f.db, spec, "--db");
  ranks.barrier();
  if (!f.db.empty() && !ranks.root()) store.emplace(f.db, spec, "--db");

  // The points left, as rank 0 sees them, split round-robin over the ranks.
  std::string left_text;
  std::int64_t already = 0;
  if (ranks.root()) {
    const std::set<std::int64_t> done = store ? store->done() : std::set<std::int64_t>{};
    already = static_cast<std::int64_t>(done.size());
    for (std::int64_t p = 0; p < total; ++p)
      if (!done.count(p)) left_text += std::to_string(p) + ",";
  }
  left_text = ranks.broadcast(left_text);
  std::vector<std::int64_t> mine;
  {
    std::stringstream in(left_text);
    std::string item;
    for (std::int64_t k = 0; std::getline(in, item, ','); ++k)
      if (k % ranks.size() == ranks.rank()) mine.push_back(std::stoll(item));
  }
  const int threads =
      f.threads > 0
          ? f.threads
          : std::max(1, static_cast<int>(std::thread::hardware_concurrency()) / ranks.size());
  if (ranks.root() && store) {
    fmt::print(stderr, "colossus sweep: {} points, {} already in {}, {} to compute on {} rank(s)\n",
               total, already, f.db, total - already, ranks.size());
  }

  plan::SweepRunner runner(spec, catalog);
  std::vector<plan::SweepRow> rows(mine.size());
  std::mutex commit_mutex;
  std::atomic<std::size_t> next{0}, finished{0};
  const bool tty = ranks.root() && isatty(STDERR_FILENO) != 0;
  const auto started = std::chrono::steady_clock::now();
  {
    std::vector<std::jthread> pool;
    for (int w = 0;
         w < std::min<int>(threads, static_cast<int>(std::max<std::size_t>(1, mine.size()))); ++w) {
      pool.emplace_back([&] {
        for (std::size_t i = next++; i < mine.size(); i = next++) {
          rows[i] = runner.evaluate(mine[i]);
          std::lock_guard lock(commit_mutex);
          if (store) store->commit(rows[i]);
          const std::size_t n = ++finished;
          if (tty) {
            const double s =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            const double rate = s > 0 ? static_cast<double>(n) / s : 0.0;
            fmt::print(stderr, "\r  {} / {} points (this rank), {:.1f}/s, ETA {:.0f} s   ", n,
                       mine.size(), rate,
                       rate > 0 ? static_cast<double>(mine.size() - n) / rate : 0.0);
          }
        }
      });
    }
  }
  if (tty) fmt::print(stderr, "\n");
  ranks.barrier();

  // Rank 0 prints every row, in point order.
  std::vector<plan::SweepRow> all;
  if (store) {
    if (ranks.root()) all = store->rows();
  } else {
    std::string text;
    for (const plan::SweepRow& r : rows) text += serialised(r) + "\n";
    for (const std::string& part : ranks.gather(text)) {
      std::stringstream in(part);
      std::string line;
      while (std::getline(in, line))
        if (!line.empty()) all.push_back(deserialised(line));
    }
    std::sort(all.begin(), all.end(),
              [](const auto& a, const auto& b) { return a.point < b.point; });
  }
  if (!ranks.root()) return;
  std::string out = f.json ? "" : plan::sweep_csv_header(spec);
  for (const plan::SweepRow& r : all)
    out += f.json ? plan::sweep_json_line(spec, r) : plan::sweep_csv_row(r);
  fmt::print("{}", out);
}

}  // namespace

void add_sweep_command(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "sweep", "Simulate every point of a sweep file (a base scenario and axes over its fields)");
  auto flags = std::make_shared<Flags>();
  Flags& f = *flags;
  cmd->add_option("file", f.file, "Sweep file (docs/plan.md)")->required();
  cmd->add_option("--db", f.db, "SQLite file: commit each point as it finishes; resume from it");
  cmd->add_option("--threads", f.threads, "Worker threads per process (default: CPUs / ranks)")
      ->transform(count_flag(1, 1024));
  cmd->add_flag("--json", f.json, "Print JSON lines instead of CSV");
  cmd->callback([flags] { run(*flags); });
}

}  // namespace colossus::cli
