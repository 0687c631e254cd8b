// The report of a training step (`colossus simulate`): the headline figures, where the step
// goes, memory per stage, the collectives, how busy the shared fabric's tiers were, and (JSON
// only) the step's timeline of compute ops and transfers. It reads only the SimulationResult.
#include "colossus/report/simulation_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>

#include "colossus/report/text.h"

namespace colossus::report {
namespace {

std::string percent(double fraction) {
  return fmt::format("{:.1f} %", 100.0 * fraction);
}

std::string gib_text(Bytes b) {
  return fmt::format("{:.1f}", b.value() / gib(1).value());
}

// Layers of a stage, "0-7" or "0-3, 32-35" with interleaving.
std::string layers_text(const sim::StageResult& s) {
  std::string out;
  for (const auto& [first, last] : s.layers) {
    if (!out.empty()) out += ", ";
    out += last == first       ? std::string("none")  // an embedding- or loss-only chunk
           : last - first == 1 ? std::to_string(first)
                               : fmt::format("{}-{}", first, last - 1);
  }
  return out;
}

// Tokens per second, "8.19 M".
std::string rate_text(double v) {
  if (v >= 1e12) return fmt::format("{:.3g} T", v / 1e12);
  if (v >= 1e9) return fmt::format("{:.3g} G", v / 1e9);
  if (v >= 1e6) return fmt::format("{:.3g} M", v / 1e6);
  if (v >= 1e3) return fmt::format("{:.3g} k", v / 1e3);
  return fmt::format("{:.3g} ", v);
}

// The shared fabric's section: each resource tier the step's transfers crossed, hottest first.
std::string fabric_text(const sim::SimulationResult& r) {
  if (!r.shared_fabric) {
    return "\nFabric: isolated phases (each transfer timed alone; overlap.shared_fabric: false)\n";
  }
  std::vector<TierLoad> tiers = r.fabric_load;
  std::stable_sort(tiers.begin(), tiers.end(),
                   [](const TierLoad& a, const TierLoad& b) { return a.peak > b.peak; });
  std::string out =
      "\nShared fabric (pipeline sends, DP streams and in-layer collectives across servers, of "
      "every\n"
      "stage and replica at once):\n";
  out +=
      fmt::format("  {:<24}{:>12}{:>8}{:>20}\n", "resources", "count", "peak", "busiest, step avg");
  for (const TierLoad& t : tiers) {
    out += fmt::format("  {:<24}{:>12}{:>8}{:>20}\n", tier_name(t), grouped(t.resources),
                       percent(t.peak), percent(t.busiest_average));
  }
  return out;
}

nlohmann::ordered_json fabric_json(const sim::SimulationResult& r) {
  nlohmann::ordered_json j;
  j["shared"] = r.shared_fabric;
  j["tiers"] = nlohmann::ordered_json::array();
  for (const TierLoad& t : r.fabric_load) {
    j["tiers"].push_back({{"kind", tier_name(TierLoad{t.kind, -1})},
                          {"tier", t.tier},
                          {"resources", t.resources},
                          {"peak_utilization", t.peak},
                          {"busiest_average_utilization", t.busiest_average}});
  }
  return j;
}

// Every compute op and transfer of the representative pipeline, in seconds from the step start.
nlohmann::ordered_json timeline_json(const sim::PipelineTimeline& t) {
  nlohmann::ordered_json j;
  j["compute"] = nlohmann::ordered_json::array();
  for (const sim::OpSpan& s : t.spans) {
    j["compute"].push_back({{"stage", s.stage},
                            {"pass", s.op.pass == Pass::forward ? "forward" : "backward"},
                            {"micro_batch", s.op.micro_batch},
                            {"chunk", s.op.chunk},
                            {"start_s", s.start.value()},
                            {"end_s", s.end.value()}});
  }
  j["transfers"] = nlohmann::ordered_json::array();
  for (const sim::TransferSpan& s : t.transfers) {
    j["transfers"].push_back({{"stage", s.stage},
                              {"stream", to_string(s.stream)},
                              {"work", transfer_work_name(s.work)},
                              {"start_s", s.start.value()},
                              {"end_s", s.end.value()},
                              {"alone_s", s.alone.value()}});
  }
  return j;
}

}  // namespace

std::string simulation_text(const sim::SimulationResult& r, const std::string& source) {
  std::string out;
  auto to = std::back_inserter(out);
  fmt::format_to(to, "colossus simulate: {} on {} ({} of {} GPUs, {})\n", r.model, r.cluster,
                 grouped(r.gpus), grouped(r.cluster_gpus), r.gpu);
  fmt::format_to(to, "  scenario        {}\n", source);
  fmt::format_to(to, "  model           {}\n", r.model_summary);
  fmt::format_to(to, "  layout          {}\n", r.layout);
  if (r.pool_balance && r.pool_balance->balanced) {
    fmt::format_to(to,
                   "  batch           micro-batches per replica by pool (see Pools), {} tokens per "
                   "step\n\n",
                   grouped(r.tokens_per_step));
  } else {
    fmt::format_to(
        to, "  batch           {} micro-batches per replica per step, {} tokens per step\n\n",
        r.micro_batches, grouped(r.tokens_per_step));
  }
  fmt::format_to(to, "  step time       {}\n", to_string(r.step_time));
  fmt::format_to(to, "  MFU             {}   (HFU {}; model FLOPs over dense BF16 peak)\n",
                 percent(r.mfu), percent(r.hfu));
  fmt::format_to(to, "  TFLOP/s per GPU {:.0f}   (model FLOPs; {:.0f} with recompute)\n",
                 r.model_flops_per_gpu.value() / 1e12, r.hardware_flops_per_gpu.value() / 1e12);
  fmt::format_to(to, "  tokens/s        {}\n", rate_text(r.tokens_per_second));
  if (r.train_tokens > 0) {
    fmt::format_to(to, "  time to train   {:.1f} days for {} tokens\n",
                   r.time_to_train.value() / 86400.0, rate_text(double(r.train_tokens)));
  }
  if (!r.pools.empty()) {
    fmt::format_to(to, "\nPools (the step waits for the slowest; each pool's step alone{}):\n",
                   r.pool_balance ? ", micro-batches balanced between pools" : "");
    for (const auto& p : r.pools) {
      fmt::format_to(to, "  {:<10}{:>9} GPUs  own step {:>9}  {}\n", p.gpu, grouped(p.gpus),
                     to_string(p.own_step),
                     p.bounding ? std::string("bounds the step")
                                : fmt::format("waits {} per step", to_string(p.wait)));
      if (r.pool_balance) {
        fmt::format_to(to, "              {} replicas x {} micro-batches{}; even split: {}\n",
                       grouped(p.replicas), p.micro_batches,
                       p.fewer > 0 ? fmt::format(" ({} of them {})", grouped(p.fewer),
                                                 p.micro_batches - r.pool_balance->round)
                                   : std::string(),
                       p.even_wait.value() > 0.0
                           ? fmt::format("own step {}, waits {}", to_string(p.even_step),
                                         to_string(p.even_wait))
                           : fmt::format("own step {}, bounds the step", to_string(p.even_step)));
      }
    }
    if (const auto& b = r.pool_balance) {
      if (b->balanced) {
        fmt::format_to(to,
                       "  balanced: step {} instead of {} with {} micro-batches per replica on "
                       "every pool (x{:.3f} faster)\n",
                       to_string(b->step), to_string(b->even_step), b->even_micro_batches,
                       b->even_step / b->step);
      } else {
        fmt::format_to(to,
                       "  balanced: no split faster than the even one ({} micro-batches per "
                       "replica on every pool); the even split is kept\n",
                       b->even_micro_batches);
      }
    }
  }
  if (r.straggler) {
    const auto& e = *r.straggler;
    fmt::format_to(to,
                   "\nStragglers: step {} instead of {} (x{:.3f}); {} slow pipeline{}, {} "
                   "distinct rank programs simulated\n",
                   to_string(e.step), to_string(e.baseline), e.slowdown, e.slow_pipelines,
                   e.slow_pipelines == 1 ? "" : "s", e.distinct_programs);
  }
  if (r.link_faults) {
    const auto& e = *r.link_faults;
    fmt::format_to(to,
                   "\nLink faults: step {} instead of {} on healthy links (x{:.3f}); {} "
                   "degraded, {} down (routed around)\n",
                   to_string(e.step), to_string(e.baseline), e.slowdown, e.degraded, e.down);
  }
  const double step = r.step_time.value();
  fmt::format_to(to, "\nWhere the step goes (pipeline stage {}, the busiest, bounds the step):\n",
                 r.breakdown.stage);
  for (const BreakdownPart& p : breakdown_parts(r.breakdown)) {
    fmt::format_to(to, "  {:<18}{:>10}  {:>7}\n", p.label, to_string(p.time),
                   percent(p.time.value() / step));
  }
  fmt::format_to(to, "\nMemory per GPU by stage (GiB; the {} has {}):\n", r.gpu,
                 gib_text(r.gpu_hbm));
  std::size_t layers_width = 16;
  for (const auto& st : r.stages) layers_width = std::max(layers_width, layers_text(st).size() + 2);
  fmt::format_to(to, "  {:>5}  {:<{}}{:>8}{:>8}{:>10}{:>12}{:>10}{:>8}{:>11}{:>11}\n", "stage",
                 "layers", layers_width, "weights", "grads", "optimizer", "activations", "overhead",
                 "total", "forward", "backward");
  for (const auto& st : r.stages) {
    const StageMemory& m = st.memory;
    fmt::format_to(to, "  {:>5}  {:<{}}{:>8}{:>8}{:>10}{:>12}{:>10}{:>8}{:>11}{:>11}\n", st.stage,
                   layers_text(st), layers_width, gib_text(m.weights), gib_text(m.gradients),
                   gib_text(m.optimizer), gib_text(m.activations), gib_text(m.overhead),
                   gib_text(m.total()), to_string(st.forward), to_string(st.backward));
  }
  fmt::format_to(to,
                 "\nCollectives (one call, all groups of the kind at once; calls per step by one "
                 "pipeline):\n");
  fmt::format_to(to, "  {:<24}{:>16}{:>12}{:>11}  {:<14}{:>10}\n", "collective", "groups x ranks",
                 "bytes/rank", "time", "algorithm", "calls");
  for (const auto& c : r.collectives) {
    fmt::format_to(to, "  {:<24}{:>16}{:>12}{:>11}  {:<14}{:>10}\n", c.name,
                   fmt::format("{} x {}", grouped(c.groups), c.group_size), to_string(c.bytes),
                   to_string(c.time), c.algorithm, c.calls_per_step);
  }
  fmt::format_to(to, "{}", fabric_text(r));
  for (const auto& w : r.warnings) fmt::format_to(to, "\nwarning: {}\n", w);
  return out;
}

nlohmann::ordered_json simulation_json(const sim::SimulationResult& r, const std::string& source,
                                       bool with_timeline) {
  nlohmann::ordered_json j;
  j["schema"] = "colossus.simulate/1";
  j["scenario"] = source;
  j["cluster"] = r.cluster;
  j["model"] = r.model;
  j["model_summary"] = r.model_summary;
  j["gpu"] = r.gpu;
  j["gpus"] = r.gpus;
  const ParallelismSpec& p = r.parallelism;
  j["layout"] = {{"text", r.layout},
                 {"tp", p.tp},
                 {"sequence_parallel", p.sequence_parallel},
                 {"cp", p.cp},
                 {"pp", p.pp},
                 {"vpp", p.vpp},
                 {"dp", p.dp},
                 {"ep", p.ep},
                 {"zero", static_cast<int>(p.zero)},
                 {"schedule", r.schedule},
                 {"micro_batch", p.micro_batch},
                 {"global_batch", p.global_batch},
                 {"seq_len", p.seq_len},
                 {"precision", to_string(p.precision)},
                 {"fp8_scaling", to_string(p.fp8_scaling)},
                 {"recompute", to_string(p.recompute)},
                 {"recompute_layers", p.recompute_layers},
                 {"attention", to_string(p.attention)},
                 {"optimizer", to_string(p.optimizer)},
                 {"main_grads", p.main_grads_fp32 ? "fp32" : "bf16"},
                 {"micro_batches", r.micro_batches},
                 {"tokens_per_step", r.tokens_per_step}};
  j["step_time_s"] = r.step_time.value();
  j["tokens_per_s"] = r.tokens_per_second;
  j["model_flop_per_s_per_gpu"] = r.model_flops_per_gpu.value();
  j["hardware_flop_per_s_per_gpu"] = r.hardware_flops_per_gpu.value();
  j["mfu"] = r.mfu;
  j["hfu"] = r.hfu;
  j["bubble_fraction"] = r.bubble_fraction;
  j["train_tokens"] = r.train_tokens;
  if (r.train_tokens > 0) {
    j["time_to_train_s"] = r.time_to_train.value();
    j["time_to_train_days"] = r.time_to_train.value() / 86400.0;
  } else {
    j["time_to_train_s"] = nullptr;
    j["time_to_train_days"] = nullptr;
  }
  j["bounding_stage"] = r.breakdown.stage;
  j["breakdown_s"] = nlohmann::ordered_json::object();
  for (const BreakdownPart& p : breakdown_parts(r.breakdown))
    j["breakdown_s"][p.key] = p.time.value();
  j["stages"] = nlohmann::ordered_json::array();
  for (const auto& st : r.stages) {
    nlohmann::ordered_json layers = nlohmann::ordered_json::array();
    for (const auto& [first, last] : st.layers) layers.push_back({first, last});
    const StageMemory& m = st.memory;
    j["stages"].push_back({{"stage", st.stage},
                           {"layers", layers},
                           {"forward_s", st.forward.value()},
                           {"backward_s", st.backward.value()},
                           {"end_s", st.end.value()},
                           {"in_flight_micro_batches", m.in_flight},
                           {"memory_bytes",
                            {{"weights", m.weights.value()},
                             {"gradients", m.gradients.value()},
                             {"optimizer", m.optimizer.value()},
                             {"activations", m.activations.value()},
                             {"overhead", m.overhead.value()},
                             {"total", m.total().value()}}}});
  }
  j["collectives"] = nlohmann::ordered_json::array();
  for (const auto& c : r.collectives) {
    j["collectives"].push_back({{"name", c.name},
                                {"group_size", c.group_size},
                                {"groups", c.groups},
                                {"bytes", c.bytes.value()},
                                {"time_s", c.time.value()},
                                {"algorithm", c.algorithm},
                                {"calls_per_step", c.calls_per_step}});
  }
  j["fabric"] = fabric_json(r);
  if (with_timeline) j["timeline"] = timeline_json(r.timeline);
  if (!r.pools.empty()) {
    j["pools"] = nlohmann::ordered_json::array();
    for (const auto& p : r.pools) {
      j["pools"].push_back({{"gpu", p.gpu},
                            {"gpus", p.gpus},
                            {"own_step_s", p.own_step.value()},
                            {"wait_s", p.wait.value()},
                            {"bounding", p.bounding}});
      if (r.pool_balance) {
        auto& e = j["pools"].back();
        e["replicas"] = p.replicas;
        e["micro_batches"] = p.micro_batches;
        e["fewer"] = p.fewer;
        e["even_step_s"] = p.even_step.value();
        e["even_wait_s"] = p.even_wait.value();
      }
    }
  }
  if (const auto& b = r.pool_balance) {
    j["pool_balance"] = {{"balanced", b->balanced},
                         {"even_micro_batches", b->even_micro_batches},
                         {"even_step_s", b->even_step.value()},
                         {"step_s", b->step.value()}};
  }
  if (r.straggler) {
    j["straggler"] = {{"baseline_step_s", r.straggler->baseline.value()},
                      {"step_s", r.straggler->step.value()},
                      {"slowdown", r.straggler->slowdown},
                      {"slow_pipelines", r.straggler->slow_pipelines},
                      {"distinct_programs", r.straggler->distinct_programs}};
  }
  if (r.link_faults) {
    j["link_faults"] = {{"baseline_step_s", r.link_faults->baseline.value()},
                        {"step_s", r.link_faults->step.value()},
                        {"slowdown", r.link_faults->slowdown},
                        {"degraded_links", r.link_faults->degraded},
                        {"down_links", r.link_faults->down}};
  }
  j["warnings"] = r.warnings;
  return j;
}

}  // namespace colossus::report
