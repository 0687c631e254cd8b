// The charts of the HTML report, drawn as inline SVG. Debian ships no C++ plotting or templating
// library that writes inline, themeable SVG (docs/reports.md says what was looked at), so these
// few chart kinds are written here with fmt: each returns one <figure> holding an
// <svg class="chart" data-chart="ID"> whose shapes take their colours from the page's CSS
// classes (s0..s9), so the same chart reads in light, dark and print. Every shape carries a
// <title> tooltip with its figure; charts never depend on a script.
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace colossus::report::svg {

// How a value prints on an axis or in a tooltip.
using Format = std::function<std::string(double)>;

// One part of a stacked bar; its colour is its index's series class.
struct Segment {
  std::string label;
  double value = 0;
};

// Horizontal stacked bars on one scale, one per row (a step's breakdown; one per variant in a
// comparison), with a legend of the segment labels (taken from the first row).
std::string stacked_bars(const std::string& id, const std::string& caption,
                         const std::vector<std::pair<std::string, std::vector<Segment>>>& rows,
                         const Format& format);

// A Gantt chart: one row per lane (a stage's stream), bars from start to end coloured by
// series, a time axis from 0 to `end`.
struct GanttBar {
  double start = 0;
  double end = 0;
  int series = 0;
  std::string tip;
};
struct GanttRow {
  std::string label;
  std::vector<GanttBar> bars;
};
std::string gantt(const std::string& id, const std::string& caption,
                  const std::vector<GanttRow>& rows, const std::vector<std::string>& series,
                  double end, const Format& format);

// Vertical stacked columns (memory per stage), one value per series in each column, and a
// horizontal limit line (the GPU's HBM) with its label.
struct Column {
  std::string label;
  std::vector<double> values;
};
std::string stacked_columns(const std::string& id, const std::string& caption,
                            const std::vector<std::string>& series,
                            const std::vector<Column>& columns, double limit,
                            const std::string& limit_label, const Format& format);

// An axis: its label, linear or logarithmic, how ticks print.
struct Axis {
  std::string label;
  bool log = false;
  Format format;
  double log_base = 10;  // ticks at powers of this on a log axis
};

// Points of a line or scatter chart.
struct Point {
  double x = 0;
  double y = 0;
  std::string tip;
};
struct Series {
  std::string name;
  std::vector<Point> points;
  bool markers = true;  // a line chart's marker (with its tip) at each point; else the line alone
};
// Lines with markers, one per series (busbw against size per algorithm).
std::string line_chart(const std::string& id, const std::string& caption,
                       const std::vector<Series>& series, const Axis& x, const Axis& y);
// Points of each series against the diagonal y = x with a band of +-`band` around it
// (predicted against measured, within 5%).
std::string scatter(const std::string& id, const std::string& caption,
                    const std::vector<Series>& series, const Axis& x, const Axis& y, double band);

// Horizontal bars from 0, one per item, on a scale up to `max` (the hot links' peak load).
struct Bar {
  std::string label;
  double value = 0;
  std::string tip;
};
std::string bars(const std::string& id, const std::string& caption, const std::vector<Bar>& items,
                 double max, const Format& format);

}  // namespace colossus::report::svg
