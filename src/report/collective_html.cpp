// The report of `colossus collective --report DIR`: bus bandwidth and time against size (both
// log axes), one line for the tuner's choice and one per algorithm forced, then the rows as
// nccl-tests prints them.
#include <fmt/format.h>

#include "colossus/report/collective_report.h"
#include "colossus/report/html.h"
#include "colossus/report/svg_chart.h"

namespace colossus::report {
namespace {

// "1 KiB", "64 MiB", "1 GiB" for sizes on the axis.
std::string size_text(double b) {
  const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
  int u = 0;
  while (b >= 1024 && u < 5) b /= 1024, ++u;
  return fmt::format("{:g} {}", b, units[u]);
}

// Curves of busbw (GB/s) or time (us) against size.
std::vector<svg::Series> curves(const CollectiveSweep& s, bool busbw) {
  std::vector<svg::Series> out;
  auto add = [&](const std::string& name, const std::vector<CollectiveRow>& rows) {
    svg::Series line{name, {}};
    for (const CollectiveRow& row : rows) {
      const CollectiveResult& r = row.result;
      const double y = busbw ? r.busbw.value() / 1e9 : r.time.value() * 1e6;
      line.points.push_back(
          {double(row.size), y,
           fmt::format("{} {}: {} {}/{}", name, size_text(double(row.size)),
                       busbw ? fmt::format("{:.2f} GB/s", y) : fmt::format("{:.1f} us", y),
                       r.algorithm, to_string(r.protocol))});
    }
    out.push_back(std::move(line));
  };
  add("tuner's choice", s.rows);
  for (const auto& [name, rows] : s.per_algorithm) add(name, rows);
  return out;
}

}  // namespace

std::string collective_html(const CollectiveSweep& s) {
  html::Page page;
  page.title = fmt::format("{} on {}", to_string(s.op), s.cluster);
  page.subtitle = fmt::format("colossus collective: {} ranks x {} group{}, {}, {} routing", s.ranks,
                              s.groups, s.groups == 1 ? "" : "s", to_string(s.dtype), s.routing);
  std::string head = html::figures(
      {{"avg bus bandwidth", fmt::format("{:.2f} GB/s", s.avg_busbw_gbps), "nccl-tests' average"},
       {"sizes", fmt::format("{} rows", s.rows.size()),
        fmt::format("{} .. {}", size_text(double(s.min)), size_text(double(s.max)))}});
  page.sections.push_back(html::section("headline", "Headline", head));
  const svg::Axis x{"size (bytes per rank buffer)", true, size_text, 4};
  const svg::Axis y_bw{"bus bandwidth (GB/s)", true,
                       [](double v) { return fmt::format("{:g}", v); }};
  const svg::Axis y_t{"time (us)", true, [](double v) { return fmt::format("{:g}", v); }};
  std::string charts = svg::line_chart("busbw", "Bus bandwidth against size, per algorithm.",
                                       curves(s, true), x, y_bw);
  charts += svg::line_chart("time", "Time against size, per algorithm.", curves(s, false), x, y_t);
  page.sections.push_back(html::section("curves", "Bus bandwidth and time against size", charts));
  std::vector<std::vector<std::string>> rows;
  for (const CollectiveRow& row : s.rows) {
    const CollectiveResult& r = row.result;
    rows.push_back({std::to_string(row.size), std::to_string(row.count),
                    fmt::format("{:.2f}", r.time.value() * 1e6),
                    fmt::format("{:.2f}", r.algbw.value() / 1e9),
                    fmt::format("{:.2f}", r.busbw.value() / 1e9), r.algorithm,
                    std::string(to_string(r.protocol))});
  }
  page.sections.push_back(
      html::section("table", "Rows",
                    html::table({"size (B)", "count", "time (us)", "algbw (GB/s)", "busbw (GB/s)",
                                 "algorithm", "protocol"},
                                rows, {true, true, true, true, true, false, false})));
  return page.render();
}

}  // namespace colossus::report
