// The SVG chart kinds of the HTML report. Coordinates are in a fixed viewBox (the SVG scales to
// the page width); numbers print with one decimal so the files stay small; every text and shape
// takes its colour from the page's stylesheet (classes s0..s9, axis, grid, band, limit).
#include "colossus/report/svg_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>

#include "colossus/report/html.h"

namespace colossus::report::svg {
namespace {

constexpr double kWidth = 960;
constexpr int kSeriesClasses = 10;

std::string cls(int series) {
  return fmt::format("s{}", ((series % kSeriesClasses) + kSeriesClasses) % kSeriesClasses);
}

std::string open_svg(const std::string& id, double height, const std::string& caption) {
  return fmt::format(
      "<figure>\n<svg class=\"chart\" data-chart=\"{0}\" role=\"img\" aria-label=\"{1}\" "
      "viewBox=\"0 0 {2} {3:.0f}\" width=\"{2}\" height=\"{3:.0f}\" "
      "xmlns=\"http://www.w3.org/2000/svg\">\n<title>{1}</title>\n",
      html::escape(id), html::escape(caption), kWidth, height);
}

std::string close_svg(const std::string& caption) {
  return fmt::format("</svg>\n<figcaption>{}</figcaption>\n</figure>\n", html::escape(caption));
}

// A legend row of coloured squares and labels at y, from x0.
std::string legend(const std::vector<std::string>& labels, double x0, double y) {
  std::string out;
  double x = x0;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (x > kWidth - 120) {
      x = x0;
      y += 16;
    }
    out += fmt::format(
        "<rect class=\"{} key\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"10\" height=\"10\"/>"
        "<text x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n",
        cls(int(i)), x, y - 9, x + 14, y, html::escape(labels[i]));
    x += 24 + 7.0 * double(labels[i].size());
  }
  return out;
}

// Rows the legend of `labels` takes from x0.
int legend_rows(const std::vector<std::string>& labels, double x0) {
  int rows = labels.empty() ? 0 : 1;
  double x = x0;
  for (const auto& l : labels) {
    if (x > kWidth - 120) {
      x = x0;
      ++rows;
    }
    x += 24 + 7.0 * double(l.size());
  }
  return rows;
}

// A scale from data to pixels, linear or logarithmic.
struct Scale {
  double lo = 0, hi = 1;  // data range
  double p0 = 0, p1 = 1;  // pixel range
  bool log = false;
  double operator()(double v) const {
    const double a = log ? std::log(std::max(v, 1e-300)) : v;
    const double l = log ? std::log(lo) : lo;
    const double h = log ? std::log(hi) : hi;
    return h == l ? p0 : p0 + (a - l) / (h - l) * (p1 - p0);
  }
};

// Tick values of an axis over [lo, hi]: powers of the base on a log axis (thinned to at most
// ~10), else 5-8 round values.
std::vector<double> ticks(double lo, double hi, const Axis& axis) {
  std::vector<double> out;
  if (axis.log) {
    const double b = axis.log_base;
    const int k0 = int(std::ceil(std::log(lo) / std::log(b) - 1e-9));
    const int k1 = int(std::floor(std::log(hi) / std::log(b) + 1e-9));
    const int step = std::max(1, (k1 - k0 + 9) / 10);
    for (int k = k0; k <= k1; k += step) out.push_back(std::pow(b, k));
    return out;
  }
  const double span = hi - lo;
  if (span <= 0) return {lo};
  const double raw = span / 6;
  const double mag = std::pow(10, std::floor(std::log10(raw)));
  double step = mag;
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (mag * m >= raw) {
      step = mag * m;
      break;
    }
  }
  for (double v = std::ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push_back(v);
  return out;
}

// The data range of an axis with some room; log ranges snap out to powers of the base.
std::pair<double, double> range(double lo, double hi, const Axis& axis) {
  if (axis.log) {
    lo = std::max(lo, 1e-300);
    hi = std::max(hi, lo * 1.0001);
    const double b = axis.log_base;
    return {std::pow(b, std::floor(std::log(lo) / std::log(b) + 1e-9)),
            std::pow(b, std::ceil(std::log(hi) / std::log(b) - 1e-9))};
  }
  if (hi <= lo) hi = lo + 1;
  return {std::min(lo, 0.0), hi * 1.05};
}

// Axes, grid lines and tick labels of an x-y chart.
std::string axes(const Scale& sx, const Scale& sy, const Axis& x, const Axis& y) {
  std::string out;
  for (double v : ticks(sx.lo, sx.hi, x)) {
    const double px = sx(v);
    out += fmt::format(
        "<line class=\"grid\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\"/>"
        "<text x=\"{0:.1f}\" y=\"{3:.1f}\" text-anchor=\"middle\">{4}</text>\n",
        px, sy.p0, sy.p1, sy.p0 + 14, html::escape(x.format(v)));
  }
  for (double v : ticks(sy.lo, sy.hi, y)) {
    const double py = sy(v);
    out += fmt::format(
        "<line class=\"grid\" x1=\"{0:.1f}\" x2=\"{1:.1f}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\"/>"
        "<text x=\"{3:.1f}\" y=\"{4:.1f}\" text-anchor=\"end\">{5}</text>\n",
        sx.p0, sx.p1, py, sx.p0 - 6, py + 4, html::escape(y.format(v)));
  }
  out += fmt::format(
      "<line class=\"axis\" x1=\"{0:.1f}\" x2=\"{1:.1f}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\"/>"
      "<line class=\"axis\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{2:.1f}\" y2=\"{3:.1f}\"/>\n",
      sx.p0, sx.p1, sy.p0, sy.p1);
  out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>\n",
                     (sx.p0 + sx.p1) / 2, sy.p0 + 32, html::escape(x.label));
  out += fmt::format(
      "<text x=\"14\" y=\"{0:.1f}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {0:.1f})\">{1}"
      "</text>\n",
      (sy.p0 + sy.p1) / 2, html::escape(y.label));
  return out;
}

// The x and y scales over every point of every series (plus `extra` values on both axes).
std::pair<Scale, Scale> scales(const std::vector<Series>& series, const Axis& x, const Axis& y,
                               double height, bool same_range) {
  double xlo = INFINITY, xhi = -INFINITY, ylo = INFINITY, yhi = -INFINITY;
  for (const Series& s : series) {
    for (const Point& p : s.points) {
      if ((x.log && p.x <= 0) || (y.log && p.y <= 0)) continue;
      xlo = std::min(xlo, p.x), xhi = std::max(xhi, p.x);
      ylo = std::min(ylo, p.y), yhi = std::max(yhi, p.y);
    }
  }
  if (!(xlo <= xhi)) xlo = 1, xhi = 10, ylo = 1, yhi = 10;
  if (same_range) {
    xlo = ylo = std::min(xlo, ylo);
    xhi = yhi = std::max(xhi, yhi);
  }
  const auto [x0, x1] = range(xlo, xhi, x);
  const auto [y0, y1] = range(ylo, yhi, y);
  Scale sx{x0, x1, 70, kWidth - 20, x.log};
  Scale sy{y0, y1, height - 60, 16, y.log};
  return {sx, sy};
}

}  // namespace

std::string stacked_bars(const std::string& id, const std::string& caption,
                         const std::vector<std::pair<std::string, std::vector<Segment>>>& rows,
                         const Format& format) {
  std::vector<std::string> labels;
  if (!rows.empty()) {
    for (const Segment& s : rows.front().second) labels.push_back(s.label);
  }
  double max_total = 0;
  for (const auto& [name, segments] : rows) {
    double total = 0;
    for (const Segment& s : segments) total += std::max(0.0, s.value);
    max_total = std::max(max_total, total);
  }
  constexpr double kLeft = 150, kRow = 30, kTop = 10;
  const double right = kWidth - 110;
  const int lrows = legend_rows(labels, kLeft);
  const double height = kTop + kRow * double(rows.size()) + 12 + 16.0 * lrows + 6;
  std::string out = open_svg(id, height, caption);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& [name, segments] = rows[r];
    const double y = kTop + kRow * double(r);
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n", kLeft - 8,
                       y + 15, html::escape(name));
    double x = kLeft, total = 0;
    for (std::size_t i = 0; i < segments.size(); ++i) {
      const double v = std::max(0.0, segments[i].value);
      total += v;
      const double w = max_total > 0 ? v / max_total * (right - kLeft) : 0;
      if (w <= 0) continue;
      out += fmt::format(
          "<rect class=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.2f}\" height=\"20\">"
          "<title>{}: {}</title></rect>\n",
          cls(int(i)), x, y + 2, w, html::escape(segments[i].label), html::escape(format(v)));
      x += w;
    }
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n", x + 6, y + 15,
                       html::escape(format(total)));
  }
  out += legend(labels, kLeft, kTop + kRow * double(rows.size()) + 16);
  return out + close_svg(caption);
}

std::string gantt(const std::string& id, const std::string& caption,
                  const std::vector<GanttRow>& rows, const std::vector<std::string>& series,
                  double end, const Format& format) {
  constexpr double kLeft = 150, kRow = 18, kTop = 8;
  const double right = kWidth - 20;
  const double plot_bottom = kTop + kRow * double(rows.size());
  const int lrows = legend_rows(series, kLeft);
  const double height = plot_bottom + 40 + 16.0 * lrows;
  std::string out = open_svg(id, height, caption);
  const Scale sx{0, end > 0 ? end : 1, kLeft, right, false};
  Axis axis{"time in the step", false, format};
  for (double v : ticks(0, end > 0 ? end : 1, axis)) {
    out += fmt::format(
        "<line class=\"grid\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\"/>"
        "<text x=\"{0:.1f}\" y=\"{3:.1f}\" text-anchor=\"middle\">{4}</text>\n",
        sx(v), kTop, plot_bottom, plot_bottom + 14, html::escape(format(v)));
  }
  std::string body;
  auto to = std::back_inserter(body);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const double y = kTop + kRow * double(r);
    fmt::format_to(to, "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n", kLeft - 8,
                   y + 13, html::escape(rows[r].label));
    for (const GanttBar& b : rows[r].bars) {
      const double x0 = sx(b.start);
      // At least a hairline, so a very short op stays visible.
      const double w = std::max(0.3, sx(b.end) - x0);
      fmt::format_to(to,
                     "<rect class=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.2f}\" "
                     "height=\"14\"><title>{}</title></rect>\n",
                     cls(b.series), x0, y + 2, w, html::escape(b.tip));
    }
  }
  out += body;
  out += fmt::format(
      "<line class=\"axis\" x1=\"{0:.1f}\" x2=\"{1:.1f}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\"/>\n", kLeft,
      right, plot_bottom);
  out += legend(series, kLeft, plot_bottom + 34);
  return out + close_svg(caption);
}

std::string stacked_columns(const std::string& id, const std::string& caption,
                            const std::vector<std::string>& series,
                            const std::vector<Column>& columns, double limit,
                            const std::string& limit_label, const Format& format) {
  double max_total = limit;
  for (const Column& c : columns) {
    double total = 0;
    for (double v : c.values) total += std::max(0.0, v);
    max_total = std::max(max_total, total);
  }
  const int lrows = legend_rows(series, 70);
  const double height = 280 + 16.0 * lrows;
  const Axis axis{"", false, format};
  const Scale sy{0, max_total * 1.08, 240, 12, false};
  std::string out = open_svg(id, height, caption);
  for (double v : ticks(0, max_total * 1.08, axis)) {
    out += fmt::format(
        "<line class=\"grid\" x1=\"70\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{1:.1f}\"/>"
        "<text x=\"64\" y=\"{2:.1f}\" text-anchor=\"end\">{3}</text>\n",
        kWidth - 20, sy(v), sy(v) + 4, html::escape(format(v)));
  }
  const double slot = (kWidth - 90) / double(std::max<std::size_t>(columns.size(), 1));
  const double w = std::min(60.0, slot * 0.7);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const double x = 70 + slot * (double(c) + 0.5) - w / 2;
    double base = 0;
    for (std::size_t i = 0; i < columns[c].values.size(); ++i) {
      const double v = std::max(0.0, columns[c].values[i]);
      if (v <= 0) continue;
      out += fmt::format(
          "<rect class=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.2f}\">"
          "<title>{} {}: {}</title></rect>\n",
          cls(int(i)), x, sy(base + v), w, sy(base) - sy(base + v), html::escape(columns[c].label),
          i < series.size() ? html::escape(series[i]) : "", html::escape(format(v)));
      base += v;
    }
    if (columns.size() <= 40 || c % ((columns.size() + 39) / 40) == 0) {
      out += fmt::format("<text x=\"{:.1f}\" y=\"256\" text-anchor=\"middle\">{}</text>\n",
                         x + w / 2, html::escape(columns[c].label));
    }
  }
  if (limit > 0) {
    out += fmt::format(
        "<line class=\"limit\" x1=\"70\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{1:.1f}\"/>"
        "<text class=\"limit\" x=\"{0:.1f}\" y=\"{2:.1f}\" text-anchor=\"end\">{3}</text>\n",
        kWidth - 20, sy(limit), sy(limit) - 4, html::escape(limit_label));
  }
  out += "<line class=\"axis\" x1=\"70\" x2=\"940\" y1=\"240\" y2=\"240\"/>\n";
  out += legend(series, 70, 276);
  return out + close_svg(caption);
}

std::string line_chart(const std::string& id, const std::string& caption,
                       const std::vector<Series>& series, const Axis& x, const Axis& y) {
  std::vector<std::string> names;
  for (const Series& s : series) names.push_back(s.name);
  const int lrows = legend_rows(names, 70);
  const double height = 340 + 16.0 * lrows;
  const auto [sx, sy] = scales(series, x, y, 340, false);
  std::string out = open_svg(id, height, caption) + axes(sx, sy, x, y);
  for (std::size_t i = 0; i < series.size(); ++i) {
    std::string path;
    std::string marks;
    for (const Point& p : series[i].points) {
      if ((x.log && p.x <= 0) || (y.log && p.y <= 0)) continue;
      path += fmt::format("{}{:.1f},{:.1f}", path.empty() ? "M" : " L", sx(p.x), sy(p.y));
      if (!series[i].markers) continue;
      marks += fmt::format(
          "<circle class=\"{}\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"2.5\"><title>{}</title></circle>\n",
          cls(int(i)), sx(p.x), sy(p.y), html::escape(p.tip));
    }
    if (path.empty()) continue;
    out += fmt::format("<path class=\"line {}\" d=\"{}\"><title>{}</title></path>\n{}", cls(int(i)),
                       path, html::escape(series[i].name), marks);
  }
  out += legend(names, 70, 340 + 12);
  return out + close_svg(caption);
}

std::string scatter(const std::string& id, const std::string& caption,
                    const std::vector<Series>& series, const Axis& x, const Axis& y, double band) {
  std::vector<std::string> names;
  for (const Series& s : series) names.push_back(s.name);
  const int lrows = legend_rows(names, 70);
  const double height = 420 + 16.0 * lrows;
  const auto [sx, sy] = scales(series, x, y, 420, true);
  std::string out = open_svg(id, height, caption) + axes(sx, sy, x, y);
  // The band |y - x| <= band x, as a polygon sampled along x (straight on either scale kind).
  std::string band_points;
  constexpr int kSamples = 24;
  std::vector<std::pair<double, double>> upper, lower;
  for (int k = 0; k <= kSamples; ++k) {
    const double f = double(k) / kSamples;
    const double v = sx.log ? sx.lo * std::pow(sx.hi / sx.lo, f) : sx.lo + (sx.hi - sx.lo) * f;
    upper.push_back({sx(v), sy(std::min(sy.hi, v * (1 + band)))});
    lower.push_back({sx(v), sy(std::max(sy.lo, v * (1 - band)))});
  }
  for (const auto& [px, py] : upper) band_points += fmt::format("{:.1f},{:.1f} ", px, py);
  for (auto it = lower.rbegin(); it != lower.rend(); ++it) {
    band_points += fmt::format("{:.1f},{:.1f} ", it->first, it->second);
  }
  out += fmt::format(
      "<polygon class=\"band\" points=\"{}\"><title>within {:.0f}%</title></polygon>\n"
      "<line class=\"axis\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\"/>\n",
      band_points, band * 100, sx(sx.lo), sy(sx.lo), sx(sx.hi), sy(sx.hi));
  for (std::size_t i = 0; i < series.size(); ++i) {
    for (const Point& p : series[i].points) {
      out += fmt::format(
          "<circle class=\"{}\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4\"><title>{}</title></circle>\n",
          cls(int(i)), sx(p.x), sy(p.y), html::escape(p.tip));
    }
  }
  out += legend(names, 70, 420 + 12);
  return out + close_svg(caption);
}

std::string bars(const std::string& id, const std::string& caption, const std::vector<Bar>& items,
                 double max, const Format& format) {
  constexpr double kLeft = 220, kRow = 22;
  const double right = kWidth - 90;
  const double height = 12 + kRow * double(items.size()) + 8;
  std::string out = open_svg(id, height, caption);
  if (max <= 0) {
    for (const Bar& b : items) max = std::max(max, b.value);
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    const double y = 6 + kRow * double(i);
    const double w = max > 0 ? std::max(0.0, items[i].value) / max * (right - kLeft) : 0;
    out += fmt::format(
        "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>"
        "<rect class=\"s8\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"14\" "
        "opacity=\"0.25\"/>"
        "<rect class=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.2f}\" height=\"14\">"
        "<title>{}</title></rect>"
        "<text x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n",
        kLeft - 8, y + 12, html::escape(items[i].label), kLeft, y + 1, right - kLeft,
        cls(int(i) % 6), kLeft, y + 1, std::max(w, 0.5),
        html::escape(items[i].tip.empty() ? format(items[i].value) : items[i].tip), right + 6,
        y + 12, html::escape(format(items[i].value)));
  }
  return out + close_svg(caption);
}

}  // namespace colossus::report::svg
