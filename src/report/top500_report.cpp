// HPL and Top500 figures for `colossus describe`: Rpeak (exact from the presets), the Rmax
// estimate and its two factors (validation/hpl.h), where that Rmax would rank on a Top500 list,
// and the AI peaks, so an AI cluster and an exascale machine read on the same lines; and the
// side-by-side table of `describe A B`.
#include "colossus/report/top500_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "colossus/report/text.h"

namespace colossus::report {
namespace {

// One aligned line "label   value unit   note", as the rest of describe's summary.
std::string summary_row(const std::string& label, const std::string& value,
                        const std::string& note = "") {
  const std::size_t space = value.find(' ');
  const std::string number = space == std::string::npos ? value : value.substr(0, space);
  const std::string unit = space == std::string::npos ? "" : value.substr(space + 1);
  std::string line = fmt::format("  {:<22}{:>9} {:<7}", label, number, unit);
  if (!note.empty()) line += "  " + note;
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line + "\n";
}

// "No. 3" or "below No. 10".
std::string rank_text(const validation::Top500Placement& p) {
  return p.rank > 0 ? fmt::format("No. {}", p.rank) : std::string("below");
}

// The GPU packages of a cluster as published ("37,632 mi250x (2 GCDs each)").
std::string package_text(const Topology& topo) {
  std::string out;
  for (const ServerPool& pool : topo.spec().pools) {
    const GpuSpec& g = pool.server.gpu;
    out += fmt::format("{}{} {}{}", out.empty() ? "" : " + ", grouped(pool.gpu_count / g.gcds),
                       g.name, g.gcds > 1 ? fmt::format(" ({} GCDs each)", g.gcds) : "");
  }
  return out;
}

}  // namespace

Top500Figures top500_figures(const Topology& topo, const BillOfMaterials& bom,
                             const std::string& edition, bool require_fp64) {
  Top500Figures f;
  f.topo = &topo;
  f.bom = bom;
  f.fp64 = std::all_of(topo.spec().pools.begin(), topo.spec().pools.end(),
                       [](const ServerPool& p) { return p.server.gpu.fp64_stated; });
  if (!f.fp64 && !require_fp64) return f;
  f.hpl = validation::hpl_estimate(topo);  // throws for a GPU without FP64
  f.place = validation::top500_place(f.hpl.rmax, edition, topo.spec().name);
  return f;
}

std::string top500_text(const Top500Figures& f) {
  std::string out = "\nHPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)\n";
  const ClusterSpec& spec = f.topo->spec();
  if (!f.fp64) {
    std::string missing;
    for (const ServerPool& p : spec.pools) {
      if (!p.server.gpu.fp64_stated) missing += (missing.empty() ? "" : ", ") + p.server.gpu.name;
    }
    return out + summary_row("FP64", "not stated", "for " + missing + " (fp64_tflops)");
  }
  const GpuSpec& gpu = spec.pools.front().server.gpu;
  out += summary_row(
      "Rpeak FP64", to_string(f.hpl.rpeak),
      spec.pools.size() == 1
          ? fmt::format("{} x {} ({})", grouped(f.hpl.devices), to_string(gpu.fp64_peak()),
                        f.hpl.matrix ? "matrix units" : "vector units")
          : "all pools");
  if (f.hpl.rpeak.value() <= 0) {
    out += summary_row("HPL Rmax", "none", "the GPUs have no FP64 units");
  } else if (!f.hpl.has_rmax()) {
    out += summary_row("HPL Rmax", "n/a", "a GPU states no dgemm_efficiency");
  } else {
    out += summary_row(
        "HPL Rmax (estimate)", to_string(f.hpl.rmax),
        fmt::format("{:.1f}% of Rpeak: DGEMM {:.3f} x network share {:.3f}",
                    100.0 * f.hpl.rmax.value() / f.hpl.rpeak.value(), f.hpl.dgemm, f.hpl.network));
    const auto& p = f.place;
    std::string note = p.rank == 0 ? fmt::format("under the tenth ({:.2f} PFLOP/s)", p.tenth_pf)
                       : p.above.empty() ? fmt::format("ahead of {}", p.below)
                       : p.below.empty() ? fmt::format("after {}", p.above)
                                         : fmt::format("between {} and {}", p.above, p.below);
    if (p.own_listing > 0)
      note += fmt::format(" (its own listing, No. {}, left out)", p.own_listing);
    out += summary_row("Top500 " + p.edition, rank_text(p), note);
  }
  out += summary_row(
      "AI peak, dense BF16", to_string(f.bom.bf16_dense),
      f.hpl.rpeak.value() > 0
          ? fmt::format("{:.0f}x the FP64 Rpeak", f.bom.bf16_dense.value() / f.hpl.rpeak.value())
          : std::string());
  if (f.bom.fp8_dense.value() > 0)
    out += summary_row("AI peak, dense FP8", to_string(f.bom.fp8_dense));
  return out;
}

nlohmann::ordered_json top500_json(const Top500Figures& f) {
  nlohmann::ordered_json j;
  j["fp64_stated"] = f.fp64;
  if (!f.fp64) return j;
  j["devices"] = f.hpl.devices;
  j["rpeak_fp64_flop_per_s"] = f.hpl.rpeak.value();
  j["rpeak_matrix_units"] = f.hpl.matrix;
  j["rmax_estimate_flop_per_s"] = f.hpl.rmax.value();
  j["dgemm_efficiency"] = f.hpl.dgemm;
  j["network_share"] = f.hpl.network;
  j["top500_edition"] = f.place.edition;
  j["top500_rank"] = f.place.rank;
  j["top500_own_listing_rank"] = f.place.own_listing;
  j["bf16_dense_flop_per_s"] = f.bom.bf16_dense.value();
  j["fp8_dense_flop_per_s"] = f.bom.fp8_dense.value();
  return j;
}

std::string side_by_side_text(const std::vector<Top500Figures>& clusters) {
  std::vector<std::vector<std::string>> rows;
  auto add = [&](const std::string& label, auto value_of) {
    std::vector<std::string> r = {label};
    for (const Top500Figures& f : clusters) r.push_back(value_of(f));
    rows.push_back(std::move(r));
  };
  add("", [](const Top500Figures& f) { return f.topo->spec().name; });
  add("GPUs (devices)", [](const Top500Figures& f) { return grouped(f.bom.gpus); });
  add("GPU packages", [](const Top500Figures& f) { return package_text(*f.topo); });
  add("Nodes / servers", [](const Top500Figures& f) { return grouped(f.bom.servers); });
  add("NICs", [](const Top500Figures& f) { return grouped(f.bom.nics); });
  add("Fabric", [](const Top500Figures& f) { return std::string(f.topo->kind()); });
  add("Switches", [](const Top500Figures& f) { return grouped(f.bom.switches); });
  add("Injection bandwidth",
      [](const Top500Figures& f) { return to_string(f.bom.injection_bandwidth); });
  add("Bisection bandwidth",
      [](const Top500Figures& f) { return to_string(f.bom.bisection_bandwidth); });
  add("Peak dense BF16", [](const Top500Figures& f) { return to_string(f.bom.bf16_dense); });
  add("Peak dense FP8", [](const Top500Figures& f) {
    return f.bom.fp8_dense.value() > 0 ? to_string(f.bom.fp8_dense) : std::string("none");
  });
  add("Rpeak FP64", [](const Top500Figures& f) {
    return f.fp64 ? to_string(f.hpl.rpeak) : std::string("not stated");
  });
  add("HPL Rmax (estimate)", [](const Top500Figures& f) {
    return f.fp64 && f.hpl.has_rmax() ? to_string(f.hpl.rmax) : std::string("n/a");
  });
  add("Top500 rank", [](const Top500Figures& f) {
    return f.fp64 && f.hpl.has_rmax() ? fmt::format("{} ({})", rank_text(f.place), f.place.edition)
                                      : std::string("n/a");
  });
  add("HBM", [](const Top500Figures& f) { return to_string(f.bom.hbm); });
  add("IT power", [](const Top500Figures& f) { return to_string(f.bom.it_power); });
  add("Capital cost (estimate)",
      [](const Top500Figures& f) { return to_string(f.bom.total_cost); });
  std::vector<std::size_t> width(clusters.size() + 1, 0);
  for (const auto& r : rows) {
    for (std::size_t c = 0; c < r.size(); ++c) width[c] = std::max(width[c], r[c].size());
  }
  std::string out;
  for (const auto& r : rows) {
    std::string line = fmt::format("  {:<{}}", r[0], width[0]);
    for (std::size_t c = 1; c < r.size(); ++c) line += fmt::format("  {:>{}}", r[c], width[c]);
    out += line + "\n";
  }
  return out;
}

std::string hpl_rows_text(const std::vector<validation::HplRow>& rows) {
  std::string out =
      "\nHPL rows (Top500), Rmax published vs estimated, PFLOP/s (docs/top500.md); fit: used to "
      "fit the model\n";
  out += fmt::format("{:<28} {:<8} {:>4} {:<9} {:>7} {:>9} {:>9} {:>7} {:>4} {:>10} {:>10} {:>7}\n",
                     "row", "edition", "rank", "gpu", "devices", "measured", "predicted", "error",
                     "fit", "Rpeak pub", "Rpeak ours", "error");
  double max_abs = 0;
  for (const validation::HplRow& r : rows) {
    out += fmt::format(
        "{:<28} {:<8} {:>4} {:<9} {:>7} {:>9.2f} {:>9.2f} {:>+6.1f}% {:>4} {:>10.2f} {:>10.2f} "
        "{:>+6.1f}%\n",
        r.id, r.edition, r.rank, r.gpu, r.devices, r.rmax_pf, r.estimate.rmax.value() / 1e15,
        100.0 * r.error(), r.fit ? "yes" : "no", r.rpeak_pf, r.estimate.rpeak.value() / 1e15,
        100.0 * r.rpeak_error());
    max_abs = std::max(max_abs, std::abs(r.error()));
  }
  out +=
      fmt::format("{} HPL rows: max |error| {:.1f}% (target 10%)\n", rows.size(), 100.0 * max_abs);
  return out;
}

nlohmann::ordered_json hpl_rows_json(const std::vector<validation::HplRow>& rows) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const validation::HplRow& r : rows) {
    out.push_back({{"id", r.id},
                   {"system", r.system},
                   {"edition", r.edition},
                   {"rank", r.rank},
                   {"gpu", r.gpu},
                   {"devices", r.devices},
                   {"fit", r.fit},
                   {"measured_rmax_flop_per_s", r.rmax_pf * 1e15},
                   {"predicted_rmax_flop_per_s", r.estimate.rmax.value()},
                   {"error", r.error()},
                   {"published_rpeak_flop_per_s", r.rpeak_pf * 1e15},
                   {"rpeak_flop_per_s", r.estimate.rpeak.value()},
                   {"rpeak_error", r.rpeak_error()}});
  }
  return out;
}

}  // namespace colossus::report
