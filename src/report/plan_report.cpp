// The text and JSON of `colossus plan` (report/plan_report.h), read from the search's result.
#include "colossus/report/plan_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "colossus/report/text.h"

namespace colossus::report {
namespace {

double gib_of(Bytes b) {
  return b.value() / static_cast<double>(1LL << 30);
}

// The layout fields that differ between two specs, as "PP4 (vs 8)".
std::vector<std::string> differences(const ParallelismSpec& a, const ParallelismSpec& b) {
  std::vector<std::string> out;
  auto add = [&](const char* name, auto x, auto y) {
    if (x != y) out.push_back(fmt::format("{} {} (vs {})", name, x, y));
  };
  add("tp", a.tp, b.tp);
  add("cp", a.cp, b.cp);
  add("pp", a.pp, b.pp);
  add("vpp", a.vpp, b.vpp);
  add("ep", a.ep, b.ep);
  add("etp", a.etp == 0 ? a.tp : a.etp, b.etp == 0 ? b.tp : b.etp);
  add("micro-batch", a.micro_batch, b.micro_batch);
  add("ZeRO", static_cast<int>(a.zero), static_cast<int>(b.zero));
  if (a.recompute != b.recompute)
    out.push_back(
        fmt::format("{} recompute (vs {})", to_string(a.recompute), to_string(b.recompute)));
  if (a.schedule != b.schedule) out.push_back(fmt::format("{} (vs {})", a.schedule, b.schedule));
  if (a.precision != b.precision)
    out.push_back(fmt::format("{} (vs {})", to_string(a.precision), to_string(b.precision)));
  return out;
}

std::string joined(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
  return out;
}

// One row of a layout table (with its dollars per million tokens when it has them).
std::string row(const std::string& rank, const plan::PlannedLayout& p) {
  const sim::SimulationResult& r = p.result;
  const sim::StepBreakdown& b = r.breakdown;
  const std::string cost =
      p.cost_per_million_tokens ? fmt::format(" {:>9.4f}", p.cost_per_million_tokens->value()) : "";
  return fmt::format("  {:>3}  {:>9} {:>6.1f} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>7.1f}{}  {}\n",
                     rank, to_string(r.step_time), 100.0 * r.mfu, to_string(b.compute),
                     to_string(b.bubble + b.imbalance), to_string(b.tp + b.cp), to_string(b.ep),
                     to_string(b.pp + b.dp), to_string(b.optimizer), gib_of(p.peak_memory), cost,
                     r.layout);
}

// The table's header; `cost` adds the dollars per million tokens column.
std::string header(bool cost) {
  return fmt::format(
      "    #       step   MFU %   compute    bubble     TP+CP        EP     PP+DP optimizer  "
      "GiB/GPU{}  layout\n",
      cost ? "  $/M tok" : "");
}

// What the search ranked by, in words.
const char* objective_words(plan::Objective o) {
  switch (o) {
    case plan::Objective::step_time:
      return "step time";
    case plan::Objective::mfu:
      return "MFU";
    case plan::Objective::tokens_per_s:
      return "tokens per second";
    case plan::Objective::cost_per_token:
      return "cost per million tokens";
  }
  return "step time";
}

nlohmann::ordered_json layout_json(const plan::PlannedLayout& p) {
  const sim::SimulationResult& r = p.result;
  nlohmann::ordered_json j;
  j["layout"] = r.layout;
  j["family"] = p.family();
  const ParallelismSpec& s = p.spec;
  j["parallelism"] = {{"tp", s.tp},
                      {"cp", s.cp},
                      {"pp", s.pp},
                      {"vpp", s.vpp},
                      {"schedule", s.schedule},
                      {"dp", r.parallelism.dp},
                      {"ep", s.ep},
                      {"etp", s.etp == 0 ? s.tp : s.etp},
                      {"micro_batch", s.micro_batch},
                      {"zero", static_cast<int>(s.zero)},
                      {"recompute", to_string(s.recompute)},
                      {"precision", to_string(s.precision)},
                      {"first_stage_layers", s.first_stage_layers},
                      {"last_stage_layers", s.last_stage_layers}};
  j["step_time_s"] = r.step_time.value();
  if (p.cost_per_million_tokens) j["usd_per_million_tokens"] = p.cost_per_million_tokens->value();
  j["mfu"] = r.mfu;
  j["tokens_per_s"] = r.tokens_per_second;
  j["bound_s"] = p.bound.value();
  j["peak_memory_bytes"] = p.peak_memory.value();
  nlohmann::ordered_json parts;
  for (const BreakdownPart& part : breakdown_parts(r.breakdown))
    parts[std::string(part.key) + "_s"] = part.time.value();
  j["breakdown"] = parts;
  return j;
}

}  // namespace

std::string why_better(const plan::PlannedLayout& a, const plan::PlannedLayout& b) {
  const Seconds gain = b.result.step_time - a.result.step_time;
  std::string out =
      fmt::format("{} shorter ({:.1f} %)", to_string(gain), 100.0 * gain / b.result.step_time);
  if (a.cost_per_million_tokens && b.cost_per_million_tokens) {
    const Dollars saved = *b.cost_per_million_tokens - *a.cost_per_million_tokens;
    out = fmt::format("${:.4f} less per million tokens ({:.1f} %), step {} {}", saved.value(),
                      100.0 * saved / *b.cost_per_million_tokens,
                      to_string(seconds(std::abs(gain.value()))),
                      gain >= Seconds{} ? "shorter" : "longer");
  }
  const auto diff = differences(a.spec, b.spec);
  if (!diff.empty()) out += ", with " + joined(diff, ", ");
  // The parts that moved most, in the order of how much they moved.
  const auto pa = breakdown_parts(a.result.breakdown);
  const auto pb = breakdown_parts(b.result.breakdown);
  std::vector<std::pair<double, std::string>> moves;
  for (std::size_t i = 0; i < pa.size(); ++i) {
    const double d = (pb[i].time - pa[i].time).value();
    if (std::abs(d) < 1e-3 * b.result.step_time.value()) continue;
    moves.emplace_back(std::abs(d),
                       fmt::format("{} {} {}", pa[i].label, to_string(seconds(std::abs(d))),
                                   d > 0 ? "less" : "more"));
  }
  std::sort(moves.begin(), moves.end(),
            [](const auto& x, const auto& y) { return x.first > y.first; });
  std::vector<std::string> said;
  for (std::size_t i = 0; i < moves.size() && i < 3; ++i) said.push_back(moves[i].second);
  if (!said.empty()) out += ": " + joined(said, ", ");
  return out;
}

std::string plan_text(const plan::PlanResult& r, const PlanContext& c) {
  std::string out =
      fmt::format("colossus plan: {} on {} ({} GPUs, {}), global batch {} x {} tokens\n", c.model,
                  c.cluster, grouped(c.gpus), r.gpu, grouped(c.global_batch), grouped(c.seq_len));
  out += fmt::format("  job             {}\n", c.source);
  std::vector<std::string> drops;
  std::int64_t dropped = 0;
  std::vector<std::pair<std::int64_t, std::string>> by_count;
  for (const auto& [reason, n] : r.dropped) by_count.emplace_back(n, reason);
  std::sort(by_count.begin(), by_count.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  for (const auto& [n, reason] : by_count) {
    dropped += n;
    drops.push_back(fmt::format("{} {}", grouped(n),
                                reason == "memory" ? "do not fit in HBM" : "refused by " + reason));
  }
  out += fmt::format("  enumerated      {} layouts\n", grouped(r.enumerated));
  out += fmt::format("  dropped         {}{}\n", grouped(dropped),
                     drops.empty() ? "" : " (" + joined(drops, "; ") + ")");
  out += fmt::format("  fitted          {}\n", grouped(r.fitted));
  out += fmt::format(
      "  evaluated       {} with the full step simulation; {} pruned by the compute "
      "bound\n",
      grouped(r.evaluated), grouped(r.pruned));
  std::int64_t failed = 0;
  for (const auto& [field, n] : r.failed) failed += n;
  if (failed > 0)
    out += fmt::format("  refused         {} by the step simulation\n", grouped(failed));
  out += fmt::format("  collectives     {} simulated, {} answered from the cache\n",
                     grouped(r.collectives_simulated), grouped(r.collective_cache_hits));

  const bool cost = r.objective == plan::Objective::cost_per_token;
  out += fmt::format("\nTop {} by {} (breakdown on the bounding stage):\n{}", r.top.size(),
                     objective_words(r.objective), header(cost));
  for (std::size_t i = 0; i < r.top.size(); ++i) out += row(std::to_string(i + 1), r.top[i]);
  if (r.top.size() > 1) {
    out += "\nWhy each beats the next:\n";
    for (std::size_t i = 0; i + 1 < r.top.size(); ++i) {
      out += fmt::format("  #{} beats #{}: {}\n", i + 1, i + 2, why_better(r.top[i], r.top[i + 1]));
    }
  }
  out += fmt::format("\nBest of each TP x PP family ({}):\n{}", r.families.size(), header(cost));
  for (const plan::PlannedLayout& p : r.families) out += row(p.family(), p);
  if (c.baseline) {
    const sim::SimulationResult& b = *c.baseline;
    const sim::SimulationResult& w = r.top.front().result;
    out += fmt::format(
        "\nThe scenario's own layout: MFU {:.1f} %, step {}; the winner: MFU "
        "{:.1f} %, step {} ({:+.1f} % step time)\n  scenario: {}\n",
        100.0 * b.mfu, to_string(b.step_time), 100.0 * w.mfu, to_string(w.step_time),
        100.0 * (w.step_time / b.step_time - 1.0), b.layout);
    const auto& wc = r.top.front().cost_per_million_tokens;
    if (c.baseline_cost && wc) {
      out += fmt::format(
          "  per million tokens: ${:.4f} (scenario) vs ${:.4f} (winner), {:+.1f} %\n",
          c.baseline_cost->value(), wc->value(), 100.0 * (*wc / *c.baseline_cost - 1.0));
    }
  }
  if (!c.written.empty()) out += fmt::format("\nThe winner's scenario: {}\n", c.written);
  return out;
}

nlohmann::ordered_json plan_json(const plan::PlanResult& r, const PlanContext& c) {
  nlohmann::ordered_json j;
  j["schema"] = "colossus.plan/1";
  j["cluster"] = c.cluster;
  j["model"] = c.model;
  j["source"] = c.source;
  j["gpus"] = c.gpus;
  j["gpu"] = r.gpu;
  j["global_batch"] = c.global_batch;
  j["seq_len"] = c.seq_len;
  j["objective"] = to_string(r.objective);
  j["enumerated"] = r.enumerated;
  nlohmann::ordered_json dropped = nlohmann::ordered_json::object();
  for (const auto& [reason, n] : r.dropped) dropped[reason] = n;
  j["dropped"] = dropped;
  j["fitted"] = r.fitted;
  j["evaluated"] = r.evaluated;
  j["pruned"] = r.pruned;
  nlohmann::ordered_json failed = nlohmann::ordered_json::object();
  for (const auto& [field, n] : r.failed) failed[field] = n;
  j["refused"] = failed;
  j["collectives_simulated"] = r.collectives_simulated;
  j["collective_cache_hits"] = r.collective_cache_hits;
  nlohmann::ordered_json top = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < r.top.size(); ++i) {
    nlohmann::ordered_json l = layout_json(r.top[i]);
    if (i + 1 < r.top.size()) l["why"] = why_better(r.top[i], r.top[i + 1]);
    top.push_back(l);
  }
  j["top"] = top;
  nlohmann::ordered_json families = nlohmann::ordered_json::array();
  for (const plan::PlannedLayout& p : r.families) families.push_back(layout_json(p));
  j["families"] = families;
  if (c.baseline) {
    j["baseline"] = {{"layout", c.baseline->layout},
                     {"step_time_s", c.baseline->step_time.value()},
                     {"mfu", c.baseline->mfu}};
    if (c.baseline_cost) j["baseline"]["usd_per_million_tokens"] = c.baseline_cost->value();
  }
  if (!c.written.empty()) j["scenario_written"] = c.written;
  return j;
}

}  // namespace colossus::report
