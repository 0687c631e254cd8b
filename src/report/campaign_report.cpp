// The campaign report (campaign_report.h): text in the style of `simulate`, and the
// `colossus.campaign/1` JSON. It reads only the CampaignResult and the validation rows.
#include "colossus/report/campaign_report.h"

#include <fmt/format.h>

#include <cmath>

#include "colossus/report/facility_report.h"
#include "colossus/report/text.h"

namespace colossus::report {
namespace {

// A duration in the unit that reads best: "42 s", "17.3 min", "5.2 h", "3.41 d".
std::string duration(Seconds s) {
  const double v = s.value();
  if (!std::isfinite(v)) return "never";
  if (v < 120) return fmt::format("{:.3g} s", v);
  if (v < 7200) return fmt::format("{:.3g} min", v / 60);
  if (v < 3 * 86400) return fmt::format("{:.3g} h", v / 3600);
  return fmt::format("{:.3g} d", v / 86400);
}

std::string tokens_text(double t) {
  if (t >= 1e12) return fmt::format("{:.3g} T", t / 1e12);
  if (t >= 1e9) return fmt::format("{:.3g} G", t / 1e9);
  return fmt::format("{:.3g} M", t / 1e6);
}

std::string range(const campaign::Distribution& d, const char* format) {
  return fmt::format("{} [{} .. {}]", fmt::format(fmt::runtime(format), d.mean),
                     fmt::format(fmt::runtime(format), d.p5),
                     fmt::format(fmt::runtime(format), d.p95));
}

nlohmann::json dist_json(const campaign::Distribution& d) {
  return {{"mean", d.mean}, {"p5", d.p5}, {"p50", d.p50}, {"p95", d.p95}};
}

const char* kind_name(campaign::TimelineEvent::Kind k) {
  using K = campaign::TimelineEvent::Kind;
  switch (k) {
    case K::phase_start:
      return "phase_start";
    case K::failure:
      return "failure";
    case K::slowdown:
      return "slowdown";
    case K::restart:
      return "restart";
    case K::maintenance:
      return "maintenance";
    case K::end:
      return "end";
  }
  return "?";
}

}  // namespace

std::string campaign_text(const campaign::CampaignResult& r, const std::string& origin) {
  const campaign::PhaseResult& first = r.phases.front();
  std::string o = fmt::format("colossus campaign: {} on {} ({} of {} GPUs, {})\n", r.model,
                              r.cluster, grouped(first.gpus), grouped(r.cluster_gpus), r.gpu);
  o += fmt::format("  campaign        {} ({})\n", r.name, origin);
  o += fmt::format("  scenario        {}\n", r.scenario);
  o += fmt::format("  reliability     {}\n", r.reliability);
  o += r.period.value() > 0
           ? fmt::format("  target          {:.4g} days\n", r.period.value() / 86400)
           : fmt::format("  target          {} tokens\n", tokens_text(r.tokens));
  o += fmt::format("  Monte Carlo     {} replicas, seed {}, {} spare servers\n\n",
                   grouped(r.replicas), r.seed, grouped(r.spare_servers));

  o += "Phases (one step simulation per distinct layout):\n";
  o += fmt::format("  {:<14} {:>8} {:>7} {:>9} {:>6} {:>10} {:>9}  {}\n", "phase", "tokens", "GPUs",
                   "step", "MFU", "steps", "training", "layout");
  for (const campaign::PhaseResult& p : r.phases) {
    o += fmt::format("  {:<14} {:>8} {:>7} {:>9} {:>5.1f}% {:>10} {:>9}  {}{}\n", p.name,
                     p.tokens > 0 ? tokens_text(static_cast<double>(p.tokens)) : "rest",
                     grouped(p.gpus), duration(p.step_time), 100 * p.mfu, grouped(p.steps),
                     duration(p.work), p.layout, p.simulated ? "" : " (cached)");
  }
  o += "\nCheckpoints and restarts, by phase:\n";
  o += fmt::format("  {:<14} {:>9} {:>9} {:>9} {:>9} {:>9} {:>10} {:>10} {:>9}\n", "phase", "size",
                   "write", "blocks", "restart", "MTTF", "Young/Daly", "fixed", "interval");
  for (const campaign::PhaseResult& p : r.phases) {
    o += fmt::format(
        "  {:<14} {:>6.2f} TB {:>9} {:>9} {:>9} {:>9} {:>10} {:>10} {:>9}\n", p.name,
        p.checkpoint_size.value() / 1e12, duration(p.checkpoint_write),
        duration(p.checkpoint_block), duration(p.restart), duration(p.mttf), duration(p.young_daly),
        p.fixed_interval ? duration(*p.fixed_interval) : std::string("auto"), duration(p.interval));
  }
  o += fmt::format(
      "  detection: {} for a crash, {} for a hang (watchdog); restart = fixed + init + load\n\n",
      duration(r.detection_crash), duration(r.detection_hang));

  o += fmt::format("{:<28} {:>12}   {}\n", "Result", "closed form", "Monte Carlo mean [5% .. 95%]");
  if (r.period.value() > 0) {
    o += fmt::format(
        "  {:<26} {:>12}   {}\n", "tokens trained", "",
        fmt::format("{} [{} .. {}]", tokens_text(r.tokens_trained.mean),
                    tokens_text(r.tokens_trained.p5), tokens_text(r.tokens_trained.p95)));
  } else {
    o += fmt::format("  {:<26} {:>12}   {}\n", "days to finish",
                     fmt::format("{:.2f}", r.analytic_wall.value() / 86400),
                     range(r.days, "{:.2f}"));
    o += fmt::format("  {:<26} {:>12}\n", "days without failures",
                     fmt::format("{:.2f}", r.ideal.value() / 86400));
  }
  o += fmt::format("  {:<26} {:>12}   {} (95% CI of the mean +-{:.4f})\n", "ETTR (goodput)",
                   r.analytic_ettr > 0 ? fmt::format("{:.4f}", r.analytic_ettr) : "",
                   range(r.ettr, "{:.4f}"), r.ettr_ci95);
  o += fmt::format(
      "  {:<26} {:>12}   {}\n", "interruptions",
      r.analytic_interruptions > 0 ? fmt::format("{:.1f}", r.analytic_interruptions) : "",
      range(r.interruptions, "{:.1f}"));
  o += fmt::format(
      "  {:<26} {:>12}   (first phase; first order in lambda u0, so only where "
      "it is small)\n",
      "ETTR, RSC formula", fmt::format("{:.4f}", first.rsc_ettr));

  const campaign::LostTime& l = r.mean_lost;
  const double lost = l.total().value();
  o += fmt::format("\nWhere the lost time goes (Monte Carlo mean, {} in all):\n",
                   duration(l.total()));
  auto part = [&](const char* name, Seconds s) {
    o += fmt::format("  {:<22} {:>9}  {:>5.1f} %\n", name, duration(s),
                     lost > 0 ? 100 * s.value() / lost : 0.0);
  };
  part("detection", l.detection);
  part("restart", l.restart);
  part("recomputation", l.recompute);
  part("checkpoint blocking", l.checkpoint);
  part("waiting for spares", l.spares);
  part("slowdowns", l.slowdown);
  part("planned maintenance", l.maintenance);
  part("phase changes", l.transition);

  o += "\nInterruptions by component (first phase's job):\n";
  o += fmt::format("  {:<24} {:>18} {:>10} {:>9} {:>7} {:>9}   {}\n", "component", "units",
                   "per 1k u-d", "detection", "blast", "expected", "Monte Carlo [5% .. 95%]");
  for (const campaign::ComponentResult& c : r.components) {
    o += fmt::format(
        "  {:<24} {:>18} {:>10.4g} {:>9} {:>7} {:>9.1f}   {}\n", c.name,
        fmt::format("{:.0f} {}", c.units, to_string(c.unit)), c.rate_per_1000_unit_days,
        to_string(c.detection),
        c.detection == campaign::Detection::slow ? "-" : std::string(to_string(c.blast)),
        c.expected, range(c.events, "{:.1f}"));
  }
  o += "  sources: docs/campaign.md and the reliability preset\n";
  if (r.energy) o += run_energy_text(*r.energy, r);
  return o;
}

nlohmann::json campaign_json(const campaign::CampaignResult& r, const std::string& origin) {
  nlohmann::json phases = nlohmann::json::array();
  for (const campaign::PhaseResult& p : r.phases) {
    phases.push_back(
        {{"name", p.name},
         {"tokens", p.tokens},
         {"layout", p.layout},
         {"gpus", p.gpus},
         {"tokens_per_step", p.tokens_per_step},
         {"step_time_s", p.step_time.value()},
         {"mfu", p.mfu},
         {"steps", p.steps},
         {"training_s", p.work.value()},
         {"simulated", p.simulated},
         {"power_it_w", r.energy ? nlohmann::json(p.power_it.value()) : nlohmann::json(nullptr)},
         {"checkpoint_bytes", p.checkpoint_size.value()},
         {"checkpoint_write_s", p.checkpoint_write.value()},
         {"checkpoint_block_s", p.checkpoint_block.value()},
         {"checkpoint_load_s", p.checkpoint_load.value()},
         {"restart_s", p.restart.value()},
         {"mttf_s", p.mttf.value()},
         {"young_daly_interval_s", p.young_daly.value()},
         {"fixed_interval_s",
          p.fixed_interval ? nlohmann::json(p.fixed_interval->value()) : nlohmann::json(nullptr)},
         {"interval_s", p.interval.value()},
         {"transition_s", p.transition.value()},
         {"ettr_closed_form", p.analytic_ettr},
         {"ettr_rsc_formula", p.rsc_ettr}});
  }
  nlohmann::json components = nlohmann::json::array();
  for (const campaign::ComponentResult& c : r.components) {
    components.push_back({{"name", c.name},
                          {"unit", to_string(c.unit)},
                          {"units", c.units},
                          {"rate_per_1000_unit_days", c.rate_per_1000_unit_days},
                          {"detection", to_string(c.detection)},
                          {"blast_radius", to_string(c.blast)},
                          {"source", c.source},
                          {"expected", c.expected},
                          {"events", dist_json(c.events)}});
  }
  nlohmann::json timeline = nlohmann::json::array();
  for (const campaign::TimelineEvent& e : r.timeline) {
    nlohmann::json j = {
        {"kind", kind_name(e.kind)},
        {"at_s", e.at.value()},
        {"phase", r.phases[std::min<std::size_t>(e.phase, r.phases.size() - 1)].name}};
    if (e.mode >= 0) j["component"] = r.mode_names[e.mode];
    if (e.kind == campaign::TimelineEvent::Kind::failure) j["lost_work_s"] = e.lost.value();
    if (e.kind == campaign::TimelineEvent::Kind::restart) j["downtime_s"] = e.lost.value();
    if (e.kind == campaign::TimelineEvent::Kind::slowdown) j["lost_s"] = e.lost.value();
    timeline.push_back(std::move(j));
  }
  const campaign::LostTime& l = r.mean_lost;
  return {{"schema", "colossus.campaign/1"},
          {"campaign", r.name},
          {"origin", origin},
          {"scenario", r.scenario},
          {"cluster", r.cluster},
          {"model", r.model},
          {"gpu", r.gpu},
          {"reliability", r.reliability},
          {"target", {{"tokens", r.tokens}, {"period_s", r.period.value()}}},
          {"monte_carlo",
           {{"replicas", r.replicas}, {"seed", r.seed}, {"spare_servers", r.spare_servers}}},
          {"phases", phases},
          {"closed_form",
           {{"training_s", r.ideal.value()},
            {"wall_s", r.analytic_wall.value()},
            {"ettr", r.analytic_ettr},
            {"interruptions", r.analytic_interruptions}}},
          {"result",
           {{"days", dist_json(r.days)},
            {"ettr", dist_json(r.ettr)},
            {"ettr_ci95", r.ettr_ci95},
            {"interruptions", dist_json(r.interruptions)},
            {"tokens_trained", dist_json(r.tokens_trained)}}},
          {"lost_s",
           {{"detection", l.detection.value()},
            {"restart", l.restart.value()},
            {"recompute", l.recompute.value()},
            {"checkpoint", l.checkpoint.value()},
            {"spares", l.spares.value()},
            {"slowdown", l.slowdown.value()},
            {"maintenance", l.maintenance.value()},
            {"transition", l.transition.value()}}},
          {"components", components},
          {"energy", r.energy ? run_energy_json(*r.energy) : nlohmann::json(nullptr)},
          {"timeline", timeline}};
}

std::string reliability_validation_text(
    const std::vector<validation::ReliabilityComparison>& rows) {
  std::string o = "colossus campaign --validate: reliability rows of measured.json\n\n";
  o += fmt::format("  {:<44} {:>10} {:>10} {:>9}\n", "quantity", "measured", "predicted", "error");
  for (const validation::ReliabilityComparison& c : rows) {
    o += fmt::format("  {:<44} {:>10.4g} {:>10.4g} {:>+8.1f}%\n",
                     c.quantity + (c.unit.empty() ? "" : " (" + c.unit + ")"), c.measured,
                     c.predicted, 100 * c.error);
  }
  o += "\nHow each prediction is made:\n";
  for (const validation::ReliabilityComparison& c : rows) {
    o += fmt::format("  {}: {}\n", c.quantity, c.how);
  }
  o += fmt::format("\nRow: {} (docs/validation.md discusses the errors).\n",
                   rows.empty() ? "" : rows.front().id);
  return o;
}

nlohmann::json reliability_validation_json(
    const std::vector<validation::ReliabilityComparison>& rows) {
  nlohmann::json out = nlohmann::json::array();
  for (const validation::ReliabilityComparison& c : rows) {
    out.push_back({{"id", c.id},
                   {"quantity", c.quantity},
                   {"unit", c.unit},
                   {"measured", c.measured},
                   {"predicted", c.predicted},
                   {"error", c.error},
                   {"how", c.how}});
  }
  return {{"schema", "colossus.campaign-validation/1"}, {"rows", out}};
}

}  // namespace colossus::report
