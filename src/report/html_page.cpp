// The HTML page: the document shell and its one stylesheet. Colours are CSS variables with a
// light palette, a dark one under `prefers-color-scheme: dark`, and the light one forced for
// print (with charts kept whole across pages). Chart series use the classes s0..s9 (fill and
// stroke from --s0..--s9), a palette chosen to stay distinct in both themes and for common
// colour-vision deficiencies (Okabe and Ito's eight colours, plus two greys).
#include <fmt/format.h>

#include <iterator>

#include "colossus/report/html.h"

namespace colossus::report::html {
namespace {

constexpr const char* kStyle = R"(:root{--bg:#ffffff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;
--card:#f6f8fa;--s0:#0072b2;--s1:#e69f00;--s2:#009e73;--s3:#cc79a7;--s4:#56b4e9;--s5:#d55e00;
--s6:#f0e442;--s7:#000000;--s8:#999999;--s9:#666666;--band:rgba(0,114,178,.12);--limit:#d00000}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;
--line:#30363d;--card:#161b22;--s7:#e6edf3;--s8:#8b949e;--s9:#6e7681;--band:rgba(86,180,233,.18);
--limit:#ff6b6b}}
@media print{:root{--bg:#ffffff;--fg:#000000;--muted:#444444;--line:#bbbbbb;--card:#ffffff;
--s7:#000000}section,figure,svg{break-inside:avoid}body{max-width:none}}
html{background:var(--bg);color:var(--fg)}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
margin:0 auto;padding:24px;max-width:1200px;background:var(--bg);color:var(--fg)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;
border-bottom:1px solid var(--line);padding-bottom:4px}
.subtitle,.note,figcaption{color:var(--muted)}figcaption{font-size:12px}
.figures{display:flex;flex-wrap:wrap;gap:10px}.figure{background:var(--card);
border:1px solid var(--line);border-radius:6px;padding:8px 12px;min-width:120px}
.figure .label{color:var(--muted);font-size:12px}.figure .value{font-size:20px;font-weight:600}
.figure .note{font-size:11px}
table{border-collapse:collapse;margin:6px 0;font-variant-numeric:tabular-nums}
th,td{padding:3px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{font-weight:600}td.n,th.n{text-align:right}.worse{color:var(--s5)}.better{color:var(--s2)}
figure{margin:8px 0}svg.chart{display:block;max-width:100%;height:auto;color:var(--fg)}
svg.chart text{fill:var(--fg);font-size:11px}svg.chart .axis{stroke:var(--muted);stroke-width:1}
svg.chart .grid{stroke:var(--line);stroke-width:1}svg.chart .muted{fill:var(--muted)}
svg.chart .band{fill:var(--band)}svg.chart .limit{stroke:var(--limit);stroke-width:2;
stroke-dasharray:6 3}svg.chart text.limit{fill:var(--limit);stroke:none}
svg.chart .line{fill:none;stroke-width:2}
)";

// The CSS rules of the series classes s0..s9.
std::string series_style() {
  std::string out;
  for (int i = 0; i < 10; ++i) {
    out += fmt::format(".s{0}{{fill:var(--s{0})}}.line.s{0},.mark.s{0}{{stroke:var(--s{0})}}", i);
  }
  return out + "\n";
}

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string section(const std::string& id, const std::string& heading, const std::string& body) {
  return fmt::format("<section id=\"{}\">\n<h2>{}</h2>\n{}</section>\n", escape(id),
                     escape(heading), body);
}

std::string figures(const std::vector<Figure>& items) {
  std::string out = "<div class=\"figures\">\n";
  for (const Figure& f : items) {
    out += fmt::format(
        "<div class=\"figure\"><div class=\"label\">{}</div><div "
        "class=\"value\">{}</div>{}</div>\n",
        escape(f.label), escape(f.value),
        f.note.empty() ? "" : fmt::format("<div class=\"note\">{}</div>", escape(f.note)));
  }
  return out + "</div>\n";
}

std::string table(const std::vector<std::string>& header,
                  const std::vector<std::vector<std::string>>& rows,
                  const std::vector<bool>& numeric) {
  auto cls = [&](std::size_t i) { return i < numeric.size() && numeric[i] ? " class=\"n\"" : ""; };
  std::string out = "<table>\n<thead><tr>";
  for (std::size_t i = 0; i < header.size(); ++i) {
    out += fmt::format("<th{}>{}</th>", cls(i), escape(header[i]));
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : rows) {
    out += "<tr>";
    for (std::size_t i = 0; i < row.size(); ++i) {
      out += fmt::format("<td{}>{}</td>", cls(i), escape(row[i]));
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string Page::render() const {
  std::string out;
  auto to = std::back_inserter(out);
  fmt::format_to(to,
                 "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<meta name=\"color-scheme\" content=\"light dark\">\n"
                 "<meta name=\"generator\" content=\"colossus\">\n<title>{}</title>\n"
                 "<style>\n{}{}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n"
                 "<div class=\"subtitle\">{}</div>\n</header>\n<main>\n",
                 escape(title), kStyle, series_style(), escape(title), escape(subtitle));
  for (const std::string& s : sections) out += s;
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace colossus::report::html
