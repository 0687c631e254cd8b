// The step trace (report/trace_report.h) of the reference scenario, memphis-100k training
// Grok-1 (examples/memphis-grok1.yaml): it must follow the Trace Event Format (Google's "Trace
// Event Format" document: the JSON object form, every event with ph, pid and a name; complete
// events "X" with numeric ts and dur >= 0 and a tid; metadata events "M" of the known names with
// their args), hold one process per stage with a thread per stream, and its breakdown process's
// spans must add up, part by part, to the step breakdown within 0.1 % and tile the step.
#include "colossus/report/trace_report.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "colossus/report/text.h"
#include "colossus/sim/scenario.h"
#include "colossus/sim/simulation.h"
#include "colossus/topology/topology.h"

namespace colossus::report {
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

// The Trace Event Format's rules for the event kinds we write; returns the first violation.
std::string format_violation(const nlohmann::json& trace) {
  if (!trace.is_object() || !trace.contains("traceEvents") || !trace["traceEvents"].is_array()) {
    return "not the JSON object form with a traceEvents array";
  }
  if (trace.contains("displayTimeUnit") && trace["displayTimeUnit"] != "ms" &&
      trace["displayTimeUnit"] != "ns") {
    return "displayTimeUnit must be ms or ns";
  }
  const std::set<std::string> metadata = {"process_name", "process_labels", "process_sort_index",
                                          "thread_name", "thread_sort_index"};
  for (const nlohmann::json& e : trace["traceEvents"]) {
    if (!e.is_object()) return "an event is not an object";
    if (!e.contains("ph") || !e["ph"].is_string()) return "an event without ph";
    if (!e.contains("name") || !e["name"].is_string()) return "an event without a name";
    if (!e.contains("pid") || !e["pid"].is_number_integer()) return "an event without pid";
    const std::string ph = e["ph"];
    if (ph == "X") {
      if (!e.contains("tid") || !e["tid"].is_number_integer()) return "X without tid";
      if (!e.contains("ts") || !e["ts"].is_number()) return "X without numeric ts";
      if (!e.contains("dur") || !e["dur"].is_number() || e["dur"].get<double>() < 0) {
        return "X without dur >= 0";
      }
      if (e["ts"].get<double>() < 0) return "X before 0";
      if (e.contains("cat") && !e["cat"].is_string()) return "cat is not a string";
      if (e.contains("args") && !e["args"].is_object()) return "args is not an object";
    } else if (ph == "M") {
      if (metadata.count(e["name"]) == 0) return "unknown metadata event " + e["name"].dump();
      if (!e.contains("args") || !e["args"].is_object()) return "M without args";
      const std::string name = e["name"];
      if (name.ends_with("_name") && !e["args"]["name"].is_string()) return "M name not a string";
      if (name.ends_with("_sort_index") && !e["args"]["sort_index"].is_number_integer()) {
        return "sort_index not an integer";
      }
      if (name.starts_with("thread") && !e.contains("tid")) return "thread metadata without tid";
    } else {
      return "unexpected phase " + ph;
    }
  }
  return "";
}

TEST(TraceReport, MemphisGrok1FollowsTheTraceEventFormat) {
  const nlohmann::json trace = simulation_trace(memphis_grok1(), "memphis-grok1");
  EXPECT_EQ(format_violation(trace), "");
  // The format check itself rejects what it should.
  EXPECT_NE(format_violation(nlohmann::json::array()), "");
  EXPECT_NE(format_violation({{"traceEvents", {{{"ph", "X"}, {"name", "a"}, {"pid", 1}}}}}), "");
}

TEST(TraceReport, OneProcessPerStageAndAThreadPerStream) {
  const sim::SimulationResult& r = memphis_grok1();
  const nlohmann::json trace = simulation_trace(r, "memphis-grok1");
  std::map<int, std::string> processes;
  std::set<std::pair<int, int>> threads;
  std::size_t complete = 0;
  for (const nlohmann::json& e : trace["traceEvents"]) {
    if (e["name"] == "process_name") processes[e["pid"].get<int>()] = e["args"]["name"];
    if (e["name"] == "thread_name") threads.insert({e["pid"].get<int>(), e["tid"].get<int>()});
    if (e["ph"] == "X") ++complete;
  }
  // memphis-grok1 has PP4: stages 0..3 (pids 1..4) and the breakdown's process (pid 5).
  ASSERT_EQ(r.stages.size(), 4u);
  ASSERT_EQ(processes.size(), 5u);
  for (int s = 0; s < 4; ++s) EXPECT_EQ(processes[s + 1], "stage " + std::to_string(s));
  // Every stage has its compute thread, and every event's thread is named.
  for (int s = 0; s < 4; ++s) EXPECT_EQ(threads.count({s + 1, 1}), 1u) << s;
  for (const nlohmann::json& e : trace["traceEvents"]) {
    if (e["ph"] == "X") {
      EXPECT_EQ(threads.count({e["pid"].get<int>(), e["tid"].get<int>()}), 1u) << e.dump();
    }
  }
  // Every compute op, transfer and breakdown stretch is one complete event.
  EXPECT_EQ(complete,
            r.timeline.spans.size() + r.timeline.transfers.size() + r.critical_path.size());
  // A transfer names its algorithm and bytes.
  for (const nlohmann::json& e : trace["traceEvents"]) {
    if (e["ph"] == "X" && e["cat"] == "activations") {
      EXPECT_TRUE(e["args"].contains("algorithm"));
      EXPECT_GT(e["args"]["bytes_per_rank"].get<double>(), 0);
    }
  }
}

TEST(TraceReport, BreakdownSpansAddUpToTheStepBreakdown) {
  const sim::SimulationResult& r = memphis_grok1();
  const nlohmann::json trace = simulation_trace(r, "memphis-grok1");
  std::map<std::string, double> sum_us;
  double covered_us = 0, last_end_us = 0;
  for (const nlohmann::json& e : trace["traceEvents"]) {
    if (e["ph"] != "X" || e["cat"] != "breakdown") continue;
    sum_us[e["args"]["part"]] += e["dur"].get<double>();
    covered_us += e["dur"].get<double>();
    // The stretches follow one another without gaps or overlaps.
    EXPECT_NEAR(e["ts"].get<double>(), last_end_us, 1e-6 * r.step_time.value() * 1e6);
    last_end_us = e["ts"].get<double>() + e["dur"].get<double>();
  }
  const double step_us = r.step_time.value() * 1e6;
  EXPECT_NEAR(covered_us, step_us, 1e-3 * step_us);
  for (const BreakdownPart& p : breakdown_parts(r.breakdown)) {
    // Within 0.1 % of the step for each part (0.1 % of the part where it is larger than 1 %).
    EXPECT_NEAR(sum_us[p.key], p.time.value() * 1e6, 1e-3 * std::max(p.time.value() * 1e6, 1.0))
        << p.key;
  }
}

}  // namespace
}  // namespace colossus::report
