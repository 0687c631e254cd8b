// Speed and size of the reports of the reference step (memphis-100k training Grok-1,
// examples/memphis-grok1.yaml): the HTML report (`simulate --report DIR`: rendering and the
// atomic write) and the Chrome/Perfetto trace (`--trace FILE`: building and serializing the
// events). Goals (issue 17): the report adds at most 0.2 s to `simulate` of memphis-100k, and
// the trace is at most 20 MB (reported as the trace_mb and html_kb counters). The step itself is
// simulated once, outside the timed loops.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>

#include "colossus/report/html_report.h"
#include "colossus/report/report_files.h"
#include "colossus/report/trace_report.h"
#include "colossus/sim/scenario.h"
#include "colossus/sim/simulation.h"
#include "colossus/topology/topology.h"

namespace colossus {
namespace {

const sim::SimulationResult& memphis_grok1() {
  static const sim::SimulationResult r = [] {
    const PresetCatalog catalog = PresetCatalog::from_environment();
    const sim::Scenario s = sim::load_scenario(
        (catalog.data_dir() / "examples" / "memphis-grok1.yaml").string(), catalog);
    const auto topo = make_topology(s.cluster);
    return sim::simulate(*topo, s.job);
  }();
  return r;
}

void BM_HtmlReport(benchmark::State& state) {
  const sim::SimulationResult& r = memphis_grok1();
  const auto dir = std::filesystem::temp_directory_path() /
                   ("colossus-bench-report-" + std::to_string(::getpid()));
  std::size_t size = 0;
  for (auto _ : state) {
    const std::string html = report::simulation_html(r, "examples/memphis-grok1.yaml");
    report::write_html_report(dir, html);
    size = html.size();
  }
  std::filesystem::remove_all(dir);
  state.counters["html_kb"] = double(size) / 1e3;
}
BENCHMARK(BM_HtmlReport)->Unit(benchmark::kMillisecond);

void BM_Trace(benchmark::State& state) {
  const sim::SimulationResult& r = memphis_grok1();
  const auto file = std::filesystem::temp_directory_path() /
                    ("colossus-bench-trace-" + std::to_string(::getpid()) + ".json");
  std::size_t size = 0;
  for (auto _ : state) {
    const std::string text = report::simulation_trace(r, "examples/memphis-grok1.yaml").dump();
    report::write_file_atomically(file, text, "--trace");
    size = text.size();
  }
  std::filesystem::remove(file);
  state.counters["trace_mb"] = double(size) / 1e6;
  state.counters["events"] =
      double(r.timeline.spans.size() + r.timeline.transfers.size() + r.critical_path.size());
}
BENCHMARK(BM_Trace)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace colossus

BENCHMARK_MAIN();
