// The report layer's writers on hand-made inputs: CSV quoting (RFC 4180), HTML escaping, the
// atomic file write and its one-line error, the charts' shapes, and the comparison's deltas.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "colossus/core/error.h"
#include "colossus/report/compare_report.h"
#include "colossus/report/csv_report.h"
#include "colossus/report/facility_report.h"
#include "colossus/report/html.h"
#include "colossus/report/html_sections.h"
#include "colossus/report/report_files.h"
#include "colossus/report/serve_report.h"
#include "colossus/report/svg_chart.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/model_loader.h"

namespace colossus::report {
namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Occurrences of `what` in `text`.
int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (auto p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
  return n;
}

TEST(Csv, QuotesFieldsWithCommasQuotesAndLineBreaks) {
  // RFC 4180 section 2: such fields are enclosed in quotes, a quote doubled; lines end in CRLF.
  const CsvTable t{"t", {"a", "b,c"}, {{"x\"y", "1"}, {"line\nbreak", "2"}}};
  EXPECT_EQ(to_csv(t), "a,\"b,c\"\r\n\"x\"\"y\",1\r\n\"line\nbreak\",2\r\n");
  // Shortest form that reads back exactly.
  EXPECT_EQ(csv_number(0.1), "0.1");
  EXPECT_EQ(csv_number(1e21), "1e+21");
}

TEST(Html, EscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(html::escape("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
}

TEST(ReportFiles, WritesAtomicallyAndReplacesTheOldFile) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("colossus-report-test-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  write_html_report(dir / "a" / "b", "first");
  write_html_report(dir / "a" / "b", "second");
  EXPECT_EQ(read(dir / "a" / "b" / "index.html"), "second");
  // Nothing but the report is left in the directory (no temporary file).
  int files = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir / "a" / "b")) {
    ++files;
  }
  EXPECT_EQ(files, 1);
  std::filesystem::remove_all(dir);
}

TEST(ReportFiles, AnUnwritablePathIsAnInputErrorOnTheFlag) {
  const auto file = std::filesystem::temp_directory_path() /
                    ("colossus-report-file-" + std::to_string(::getpid()));
  std::ofstream(file) << "x";
  try {
    write_html_report(file / "sub", "x");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.field(), "--report");
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);  // one line
  }
  EXPECT_THROW(write_file_atomically(file / "t.json", "x", "--trace"), InputError);
  std::filesystem::remove(file);
}

TEST(SvgChart, AStackedBarHasOneRectPerNonZeroSegment) {
  const std::string svg =
      svg::stacked_bars("b", "caption", {{"step", {{"compute", 3}, {"tp", 0}, {"dp", 1}}}},
                        [](double v) { return std::to_string(v); });
  EXPECT_NE(svg.find("data-chart=\"b\""), std::string::npos);
  // Two segment rects (the zero one is not drawn) and three legend squares.
  EXPECT_EQ(count(svg, "<rect class=\"s0\" x=\"150.0\" y=\"12.0\""), 1);
  EXPECT_EQ(count(svg, "<rect"), 2 + 3);
  // compute takes 3/4 of the 700 px between the label column (150) and the total (850).
  EXPECT_NE(svg.find("width=\"525.00\""), std::string::npos);
}

TEST(SvgChart, ALogAxisTicksAtPowersOfItsBase) {
  const svg::Axis x{"size", true, [](double v) { return "x" + std::to_string(int(v)); }, 4};
  const svg::Axis y{"bw", true, [](double v) { return "y" + std::to_string(int(v)); }};
  const std::string svg = svg::line_chart("l", "c", {{"a", {{4, 1, ""}, {64, 100, ""}}}}, x, y);
  // x from 4 to 64: ticks 4, 16, 64; y from 1 to 100: 1, 10, 100.
  for (const char* tick : {">x4<", ">x16<", ">x64<", ">y1<", ">y10<", ">y100<"}) {
    EXPECT_NE(svg.find(tick), std::string::npos) << tick;
  }
  EXPECT_EQ(count(svg, "<circle"), 2);
}

TEST(Compare, DeltasAreAgainstTheFirstVariant) {
  sim::SimulationResult a, b;
  a.step_time = seconds(2.0);
  b.step_time = seconds(1.5);
  a.breakdown.compute = seconds(1.6);
  a.breakdown.tp = seconds(0.4);
  b.breakdown.compute = seconds(1.2);
  b.breakdown.tp = seconds(0.3);
  a.mfu = 0.4;
  b.mfu = 0.5;
  const std::vector<Variant> v = {{"bf16", "a.yaml", a}, {"fp8", "b.yaml", b}};
  const auto j = compare_json(v);
  EXPECT_EQ(j["schema"], "colossus.compare/1");
  for (const auto& f : j["figures"]) {
    if (f["key"] == "step_time_s") {
      EXPECT_DOUBLE_EQ(f["deltas"][1].get<double>(), -0.5);  // 1.5 s - 2 s
      EXPECT_DOUBLE_EQ(f["ratios"][1].get<double>(), 0.75);
    }
    if (f["key"] == "breakdown_s.ep") {
      EXPECT_TRUE(f["ratios"][1].is_null());  // 0 in both
    }
  }
  const std::string text = compare_text(v);
  EXPECT_NE(text.find("-25.0 %"), std::string::npos);  // step time and compute: 0.75x
  EXPECT_NE(text.find("+25.0 %"), std::string::npos);  // MFU 0.5 / 0.4
}

// serve's --csv tables: the replica, the run as one row (its figures those of the result: 8
// requests of 100 output tokens over the run's end), the timeline, and no cost on a cluster
// without a site.
TEST(ServeCsv, TablesOfARun) {
  const ModelSpec m = load_model("llama3-8b");
  const GpuSpec gpu = load_gpu("h100-sxm", PresetCatalog::from_environment());
  serve::ReplicaConfig c;
  const serve::ReplicaModel replica(m, gpu, c, [](Bytes) { return Seconds{}; });
  auto source =
      serve::synthetic_source({serve::ArrivalProcess::Kind::offline, 0, 1},
                              serve::LengthDistribution::parse("200", {"<test>", 0}, "p"),
                              serve::LengthDistribution::parse("100", {"<test>", 0}, "o"), 8, 1);
  const serve::ServingResult res = serve::simulate_serving(replica, *source, {});
  ServeReport r;
  r.model = &replica;
  r.cluster = "test";
  r.result = &res;
  const std::vector<CsvTable> t = serve_tables(r);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].name, "replica");
  EXPECT_EQ(t[1].name, "run");
  EXPECT_EQ(t[2].name, "timeline");
  ASSERT_EQ(t[1].rows.size(), 1u);
  const auto& h = t[1].header;
  const auto col = std::find(h.begin(), h.end(), "throughput.output_tokens_per_s") - h.begin();
  ASSERT_LT(static_cast<std::size_t>(col), h.size());
  EXPECT_DOUBLE_EQ(std::stod(t[1].rows[0][static_cast<std::size_t>(col)]), 800 / res.end);
}

// serve's HTML report shows the cost block the JSON has: each figure of a hand-made cost, in the
// text's formats ($ per million output tokens to 3 decimals, $ per hour to 2, kW, busy %), and no
// cost section when the cluster has no site (no cost).
TEST(ServeHtml, CostSectionShowsTheCostBlock) {
  const ModelSpec m = load_model("llama3-8b");
  const GpuSpec gpu = load_gpu("h100-sxm", PresetCatalog::from_environment());
  serve::ReplicaConfig c;
  const serve::ReplicaModel replica(m, gpu, c, [](Bytes) { return Seconds{}; });
  auto source =
      serve::synthetic_source({serve::ArrivalProcess::Kind::offline, 0, 1},
                              serve::LengthDistribution::parse("200", {"<test>", 0}, "p"),
                              serve::LengthDistribution::parse("100", {"<test>", 0}, "o"), 8, 1);
  const serve::ServingResult res = serve::simulate_serving(replica, *source, {});
  ServeReport r;
  r.model = &replica;
  r.cluster = "test";
  r.result = &res;
  EXPECT_EQ(serve_html(r).find("id=\"cost\""), std::string::npos);
  serve::ServingCost k;
  k.pricing = "test-pricing";
  k.per_million_output_tokens = Dollars{1.2344};
  k.per_hour = Dollars{5.678};
  k.fixed_per_gpu_hour = Dollars{2.5};
  k.it_power = Watts{1500};
  k.busy_share = 0.75;
  r.cost = k;
  const std::string html = serve_html(r);
  EXPECT_NE(html.find("id=\"cost\""), std::string::npos);
  for (const char* figure :
       {"$1.234", "pricing test-pricing", "$5.68", "$2.50 fixed", "1.5 kW", "busy 75% of the time"})
    EXPECT_NE(html.find(figure), std::string::npos) << figure;
}

// simulate's power in --csv and --report, on a hand-made step: 1 MW for 1 s then 2 MW for 2 s at
// PUE 1.2. Average IT (1 + 2 x 2) / 3 = 5/3 MW; the step's energy at the wall 5/3 MW x 1.2 x 3 s
// = 6 MJ = 1.67 kWh; each stretch of the profile at the wall is its IT power x 1.2.
TEST(StepPower, CsvAndHtmlOfAHandMadeStep) {
  StepPowerReport r;
  r.site.pue = 1.2;
  r.site.power_model.name = "test-model";
  r.power.step = Seconds{3};
  r.power.profile = {{Seconds{0}, Seconds{1}, Watts{1e6}}, {Seconds{1}, Seconds{3}, Watts{2e6}}};
  r.power.energy = Joules{5e6};
  r.power.average = Watts{5e6 / 3};
  r.power.peak = Watts{2e6};
  r.power.trough = Watts{1e6};
  r.power.swing = Watts{1e6};
  r.power.period = Seconds{3};
  r.per_step = Dollars{1.5};
  r.per_million_tokens = Dollars{0.25};
  EXPECT_DOUBLE_EQ(step_wall_energy(r).value(), 6e6);

  const std::vector<CsvTable> t = step_power_tables(r);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].name, "power");
  auto figure = [&](const std::string& key) {
    for (const auto& row : t[0].rows)
      if (row[0] == key) return row[1];
    return std::string("missing");
  };
  EXPECT_EQ(figure("power_model"), "test-model");
  EXPECT_DOUBLE_EQ(std::stod(figure("energy_per_step_wall_j")), 6e6);
  EXPECT_DOUBLE_EQ(std::stod(figure("peak_wall_w")), 2.4e6);
  EXPECT_DOUBLE_EQ(std::stod(figure("cost_per_step_usd")), 1.5);
  EXPECT_EQ(t[1].name, "power_profile");
  ASSERT_EQ(t[1].rows.size(), 2u);
  EXPECT_EQ(t[1].rows[1], (std::vector<std::string>{"1", "3", "2000000", "2400000"}));

  const std::string html = sections::step_power(r);
  for (const char* shown : {"id=\"power\"", "1.7 MW", "2.0 MW at the wall", "2.4 MW at the wall",
                            "1.67 kWh", "$1.50", "$0.250", "PUE 1.2"})
    EXPECT_NE(html.find(shown), std::string::npos) << shown;
  // The profile is a line through the stretches' ends (0,1) (1,1) (1,2) (3,2), without markers.
  EXPECT_EQ(count(html, "<circle"), 0);
  EXPECT_EQ(count(html, " L"), 3);
}

}  // namespace
}  // namespace colossus::report
