// The report of `colossus serve --report DIR`: headline figures (throughput, TTFT and TPOT at
// p99, goodput), the replica (memory per GPU, one decode iteration), the latency percentiles,
// the batch and KV-cache occupancy over the run (the result's timeline windows),
// --find-capacity's answer, and what the run (or the run at the capacity rate) costs its owner
// when the cluster has a site with pricing (the JSON's `cost` block).
#include <fmt/format.h>

#include <cmath>

#include "colossus/report/html.h"
#include "colossus/report/serve_report.h"
#include "colossus/report/svg_chart.h"
#include "colossus/report/text.h"

namespace colossus::report {
namespace {

std::string latency_table(const serve::ServingResult& s) {
  std::vector<std::vector<std::string>> rows;
  auto row = [&](const char* name, const serve::LatencyHistogram& h) {
    rows.push_back({name, duration_text(h.percentile(0.5)), duration_text(h.percentile(0.9)),
                    duration_text(h.percentile(0.99)), duration_text(h.mean())});
  };
  row("time to first token", s.ttft);
  row("time per output token", s.tpot);
  row("end to end", s.e2e);
  return html::table({"latency", "p50", "p90", "p99", "mean"}, rows,
                     {false, true, true, true, true});
}

std::string timeline_charts(const serve::ServingResult& s) {
  svg::Series batch{"running sequences (busy-time mean)", {}};
  svg::Series kv{"KV cache occupied (%)", {}};
  for (const serve::TimelinePoint& p : s.timeline) {
    if (p.start >= s.end) break;
    const double mid = (p.start + std::min(p.end, s.end)) / 2;
    batch.points.push_back({mid, p.mean_batch,
                            fmt::format("{} - {}: {:.1f} running", duration_text(p.start),
                                        duration_text(p.end), p.mean_batch)});
    kv.points.push_back({mid, 100 * p.kv_occupancy,
                         fmt::format("{} - {}: {:.1f}% of the KV cache", duration_text(p.start),
                                     duration_text(p.end), 100 * p.kv_occupancy)});
  }
  const svg::Axis x{"time (s)", false, [](double v) { return fmt::format("{:g}", v); }};
  const svg::Axis y_batch{"sequences", false, [](double v) { return fmt::format("{:g}", v); }};
  const svg::Axis y_kv{"% of blocks", false, [](double v) { return fmt::format("{:g}", v); }};
  return svg::line_chart("batch", "Running sequences per replica over the run.", {batch}, x,
                         y_batch) +
         svg::line_chart("kv", "KV-cache occupancy over the run (all replicas).", {kv}, x, y_kv);
}

}  // namespace

std::string serve_html(const ServeReport& r) {
  const serve::ReplicaModel& m = *r.model;
  const serve::ReplicaConfig& c = m.config();
  html::Page page;
  page.title = fmt::format("Serving {} on {}", m.model().name, r.cluster);
  page.subtitle = fmt::format("colossus serve: replicas of {} on {}, {} weights, {} KV cache; {}",
                              serve::layout_text(c), m.gpu().name, to_string(c.precision),
                              to_string(c.kv_precision), r.workload);
  if (r.result) {
    const serve::ServingResult& s = *r.result;
    std::vector<html::Figure> head = {
        {"throughput", fmt::format("{:.3g} req/s", s.request_rate()),
         fmt::format("{} output tokens/s per GPU",
                     grouped(std::llround(s.output_tokens / s.end / s.gpus())))},
        {"TTFT p99", duration_text(s.ttft.percentile(0.99)),
         "p50 " + duration_text(s.ttft.percentile(0.5))},
        {"TPOT p99", duration_text(s.tpot.percentile(0.99)),
         "p50 " + duration_text(s.tpot.percentile(0.5))},
        {"preemptions", grouped(static_cast<std::int64_t>(s.preemptions)),
         fmt::format("{} rejected", s.rejected)}};
    if (s.slo.any())
      head.push_back({"goodput", fmt::format("{:.3g} req/s", s.goodput()),
                      fmt::format("{:.1f}% within the SLO",
                                  s.completed ? 100.0 * static_cast<double>(s.met_slo) /
                                                    static_cast<double>(s.completed)
                                              : 0.0)});
    page.sections.push_back(html::section("headline", "Headline", html::figures(head)));
    page.sections.push_back(html::section("latency", "Latency", latency_table(s)));
    if (!s.timeline.empty())
      page.sections.push_back(
          html::section("timeline", "Batch and KV cache over time", timeline_charts(s)));
  }
  if (r.capacity) {
    const serve::CapacityResult& cap = *r.capacity;
    std::vector<html::Figure> figs = {
        {"capacity per replica", fmt::format("{:.3g} req/s", cap.rate),
         fmt::format("p{:g} within the SLO", 100 * cap.at_rate.slo.percentile)},
        {"offline throughput", fmt::format("{:.3g} req/s", cap.offline_rate), "per replica"}};
    if (r.target_rate > 0 && cap.rate > 0) {
      const auto replicas = static_cast<std::int64_t>(std::ceil(r.target_rate / cap.rate - 1e-9));
      figs.push_back({fmt::format("for {:.4g} req/s", r.target_rate),
                      fmt::format("{} GPUs", grouped(replicas * m.gpus())),
                      fmt::format("{} replicas", grouped(replicas))});
    }
    page.sections.push_back(html::section("capacity", "Capacity", html::figures(figs)));
    if (cap.rate > 0) {
      page.sections.push_back(
          html::section("capacity-latency", "Latency at that rate", latency_table(cap.at_rate)));
    }
  }
  if (r.cost) {
    const serve::ServingCost& k = *r.cost;
    page.sections.push_back(html::section(
        "cost", r.capacity ? "Cost at the capacity rate" : "Cost",
        html::figures(
            {{"per million output tokens",
              fmt::format("${:.3f}", k.per_million_output_tokens.value()), "pricing " + k.pricing},
             {"per hour", fmt::format("${:.2f}", k.per_hour.value()),
              fmt::format("GPU-hours at ${:.2f} fixed + electricity",
                          k.fixed_per_gpu_hour.value())},
             {"IT power", fmt::format("{:.1f} kW", k.it_power.value() / 1000),
              fmt::format("GPUs busy {:.0f}% of the time", 100 * k.busy_share)}})));
  }
  const serve::IterationTime t = m.iteration({0, 0, 0, 0, 1, 1024, 1});
  page.sections.push_back(html::section(
      "replica", "The replica",
      html::table({"per GPU", "value"},
                  {{"weights", fmt::format("{:.1f} GiB", m.weights_per_gpu().value() / (1 << 30))},
                   {"activation reserve",
                    fmt::format("{:.1f} GiB", m.activation_reserve_per_gpu().value() / (1 << 30))},
                   {"KV cache",
                    fmt::format("{:.1f} GiB ({} tokens per replica)",
                                m.kv_cache_per_gpu().value() / (1 << 30), grouped(m.kv_tokens()))},
                   {"decode iteration, 1 sequence at 1,024 tokens",
                    fmt::format("{} (GEMMs {}, attention {}, TP all-reduce {})",
                                duration_text(t.total().value()), duration_text(t.gemm.value()),
                                duration_text(t.attention.value()),
                                duration_text(t.communication.value()))}},
                  {false, true})));
  return page.render();
}

}  // namespace colossus::report
