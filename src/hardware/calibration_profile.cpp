// Reading a calibration profile (docs/calibration_profile.md), interpolating in its grids, and
// putting its measurements into the compute model's calibration. The reader checks what a
// measurement can be: every throughput positive and at most the GPU's dense peak, the copy
// bandwidth at most the HBM bandwidth, the all-reduce bus bandwidth at most NVLink's, and each
// table a full grid (every combination of its axes' values measured once), so that
// interpolation never meets a hole.
#include "colossus/hardware/calibration_profile.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

#include "colossus/spec/cluster_loader.h"

namespace colossus {
namespace {

// The axis names of each kind of table, for messages.
const std::vector<std::string> kGemmAxes = {"m", "n", "k"};
const std::vector<std::string> kAttentionAxes = {"sequence length", "head dim"};

// A point of a table as read: its coordinates, throughput and line.
struct ReadPoint {
  std::vector<double> coords;
  double tflops = 0;
  int line = 0;
};

// "64, 128, 256" for an axis in a message.
std::string axis_text(const std::vector<double>& axis) {
  std::string text;
  for (double v : axis) text += (text.empty() ? "" : ", ") + fmt::format("{}", v);
  return text;
}

// The grid of a table's points: each axis the sorted distinct values; every combination must
// have been measured exactly once (duplicates are refused as they are read).
MeasuredGrid build_grid(const std::vector<ReadPoint>& points, const std::vector<std::string>& names,
                        const YamlReader& list, const std::string& table) {
  const std::size_t dims = names.size();
  MeasuredGrid grid;
  grid.axes.resize(dims);
  for (std::size_t d = 0; d < dims; ++d) {
    for (const ReadPoint& p : points) grid.axes[d].push_back(p.coords[d]);
    std::sort(grid.axes[d].begin(), grid.axes[d].end());
    grid.axes[d].erase(std::unique(grid.axes[d].begin(), grid.axes[d].end()), grid.axes[d].end());
  }
  std::size_t size = 1;
  for (const auto& axis : grid.axes) size *= axis.size();
  grid.tflops.assign(size, -1.0);
  for (const ReadPoint& p : points) {
    std::size_t index = 0;
    for (std::size_t d = 0; d < dims; ++d) {
      const auto& axis = grid.axes[d];
      index = index * axis.size() +
              static_cast<std::size_t>(std::lower_bound(axis.begin(), axis.end(), p.coords[d]) -
                                       axis.begin());
    }
    grid.tflops[index] = p.tflops;
  }
  for (std::size_t index = 0; index < size; ++index) {
    if (grid.tflops[index] >= 0) continue;
    std::string point, axes;
    std::size_t rest = index;
    std::vector<double> coords(dims);
    for (std::size_t d = dims; d-- > 0;) {
      coords[d] = grid.axes[d][rest % grid.axes[d].size()];
      rest /= grid.axes[d].size();
    }
    for (std::size_t d = 0; d < dims; ++d) {
      point += fmt::format("{}{} {}", d == 0 ? "" : ", ", names[d], coords[d]);
      axes += fmt::format("{}{} {{{}}}", d == 0 ? "" : "; ", names[d], axis_text(grid.axes[d]));
    }
    list.fail(
        fmt::format("the {} points must form a full grid ({}): {} is missing", table, axes, point));
  }
  return grid;
}

// Where `v` falls on `axis`, in log2: the lower index and the weight of the upper one. Outside
// the range: the edge, weight 0.
std::pair<std::size_t, double> locate(const std::vector<double>& axis, double v) {
  if (axis.size() == 1 || v <= axis.front()) return {0, 0.0};
  if (v >= axis.back()) return {axis.size() - 2, 1.0};
  const std::size_t hi =
      static_cast<std::size_t>(std::upper_bound(axis.begin(), axis.end(), v) - axis.begin());
  const std::size_t lo = hi - 1;
  const double w =
      (std::log2(v) - std::log2(axis[lo])) / (std::log2(axis[hi]) - std::log2(axis[lo]));
  return {lo, w};
}

// The table a lookup goes to, named for messages.
std::string gemm_table(Precision p) {
  return fmt::format("{} GEMM", to_string(p));
}
std::string attention_table(bool causal, bool backward) {
  return fmt::format("{} attention {}", causal ? "causal" : "non-causal",
                     backward ? "backward" : "forward");
}

}  // namespace

double MeasuredGrid::at(const std::vector<double>& point) const {
  const std::size_t dims = axes.size();
  std::vector<std::pair<std::size_t, double>> where(dims);
  for (std::size_t d = 0; d < dims; ++d) where[d] = locate(axes[d], point[d]);
  double value = 0;
  // Each corner of the cell: bit d of `corner` picks the upper neighbour on axis d.
  for (std::size_t corner = 0; corner < (std::size_t{1} << dims); ++corner) {
    double weight = 1;
    std::size_t index = 0;
    for (std::size_t d = 0; d < dims; ++d) {
      const bool upper = (corner >> d) & 1U;
      const auto [lo, w] = where[d];
      if (axes[d].size() == 1 && upper) {
        weight = 0;
        break;
      }
      weight *= upper ? w : 1.0 - w;
      index = index * axes[d].size() + lo + (upper ? 1 : 0);
    }
    if (weight > 0) value += weight * tflops[index];
  }
  return value;
}

void CalibrationProfile::note(const std::string& table, const MeasuredGrid& grid,
                              const std::vector<double>& point) const {
  bool outside = false;
  for (std::size_t d = 0; d < point.size(); ++d)
    outside = outside || point[d] < grid.axes[d].front() || point[d] > grid.axes[d].back();
  if (!outside) return;
  std::lock_guard<std::mutex> lock(mutex_);
  auto& seen = excursions_[table];
  seen.resize(point.size());
  for (std::size_t d = 0; d < point.size(); ++d) {
    if (point[d] < grid.axes[d].front())
      seen[d].below = std::min(seen[d].below.value_or(point[d]), point[d]);
    if (point[d] > grid.axes[d].back())
      seen[d].above = std::max(seen[d].above.value_or(point[d]), point[d]);
  }
}

std::optional<FlopRate> CalibrationProfile::gemm_rate(double m, double n, double k,
                                                      Precision precision) const {
  const MeasuredGrid* grid = &gemm_bf16;
  if (precision == Precision::fp8) {
    if (!gemm_fp8) {
      std::lock_guard<std::mutex> lock(mutex_);
      fp8_missing_ = true;
      return std::nullopt;
    }
    grid = &*gemm_fp8;
  }
  const std::vector<double> point{m, n, k};
  note(gemm_table(precision), *grid, point);
  return tflop_per_s(grid->at(point));
}

FlopRate CalibrationProfile::attention_rate(double seq, double head_dim, bool causal,
                                            bool backward) const {
  const MeasuredGrid& grid = attention[backward ? 1 : 0][causal ? 1 : 0];
  const std::vector<double> point{seq, head_dim};
  note(attention_table(causal, backward), grid, point);
  return tflop_per_s(grid.at(point));
}

double CalibrationProfile::max_gemm_efficiency(Precision precision) const {
  const MeasuredGrid& grid = precision == Precision::fp8 && gemm_fp8 ? *gemm_fp8 : gemm_bf16;
  const FlopRate peak = precision == Precision::fp8 && gemm_fp8 ? fp8_peak : bf16_peak;
  return tflop_per_s(*std::max_element(grid.tflops.begin(), grid.tflops.end())) / peak;
}

std::vector<std::string> CalibrationProfile::range_warnings() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<std::string> lines;
  // Tables in a fixed order: GEMMs, then attention.
  std::vector<std::tuple<std::string, const MeasuredGrid*, const std::vector<std::string>*>>
      tables = {{gemm_table(Precision::bf16), &gemm_bf16, &kGemmAxes}};
  if (gemm_fp8) tables.emplace_back(gemm_table(Precision::fp8), &*gemm_fp8, &kGemmAxes);
  for (bool backward : {false, true})
    for (bool causal : {true, false})
      tables.emplace_back(attention_table(causal, backward),
                          &attention[backward ? 1 : 0][causal ? 1 : 0], &kAttentionAxes);
  for (const auto& [table, grid, names] : tables) {
    auto it = excursions_.find(table);
    if (it == excursions_.end()) continue;
    std::string parts;
    for (std::size_t d = 0; d < it->second.size(); ++d) {
      const Excursion& e = it->second[d];
      const std::string range =
          fmt::format("measured {} to {}", grid->axes[d].front(), grid->axes[d].back());
      if (e.below)
        parts += fmt::format("{}{} down to {} ({})", parts.empty() ? "" : ", ", (*names)[d],
                             *e.below, range);
      if (e.above)
        parts += fmt::format("{}{} up to {} ({})", parts.empty() ? "" : ", ", (*names)[d], *e.above,
                             range);
    }
    lines.push_back(fmt::format(
        "calibration profile {}: {} shapes outside its measured range took the nearest measured "
        "value: {}",
        file, table, parts));
  }
  if (fp8_missing_)
    lines.push_back(fmt::format(
        "calibration profile {}: no fp8 GEMM table; FP8 GEMMs use the preset's fitted efficiency",
        file));
  return lines;
}

std::shared_ptr<const CalibrationProfile> load_calibration_profile(
    const std::filesystem::path& path, const PresetCatalog& catalog) {
  return read_calibration_profile(YamlReader::from_file(path), catalog);
}

std::shared_ptr<const CalibrationProfile> read_calibration_profile(const YamlReader& root,
                                                                   const PresetCatalog& catalog) {
  root.expect_keys({"format", "gpu", "provenance", "hbm_copy_tb_per_s", "launch_overhead_us",
                    "gemm", "attention"},
                   {"attention_kernel", "allreduce"});
  auto profile = std::make_shared<CalibrationProfile>();
  CalibrationProfile& p = *profile;
  p.file = root.file();
  const std::string format = root.get_string("format");
  if (format != kCalibrationProfileFormat)
    root.fail_at("format",
                 fmt::format("expected {}, got \"{}\"", kCalibrationProfileFormat, format));
  const GpuSpec gpu = read_gpu(root.child("gpu"), catalog);
  p.gpu = gpu.name;
  p.gpu_at = root.location_of("gpu");
  p.bf16_peak = gpu.bf16_dense;
  p.fp8_peak = gpu.fp8_dense;
  p.hbm_bandwidth = gpu.hbm_bandwidth;
  p.nvlink_bandwidth = gpu.nvlink_bandwidth;

  const YamlReader prov = root.child("provenance");
  prov.expect_keys({"device", "driver", "date", "tool"},
                   {"cuda", "cublas", "torch", "synthetic", "notes"});
  CalibrationProvenance& v = p.provenance;
  v.device = prov.get_string("device");
  v.driver = prov.get_string("driver");
  v.date = prov.get_string("date");
  v.tool = prov.get_string("tool");
  v.cuda = prov.find_string("cuda").value_or("");
  v.cublas = prov.find_string("cublas").value_or("");
  v.torch = prov.find_string("torch").value_or("");
  v.synthetic = prov.find_bool("synthetic").value_or(false);
  v.notes = prov.find_string("notes").value_or("");

  if (auto kernel = root.find_enum("attention_kernel", {"flash1", "flash2", "flash3"}))
    p.attention_kernel = parse_enum<AttentionKernel>(*kernel, root.location_of("attention_kernel"),
                                                     "attention_kernel");
  const double hbm_tb = gpu.hbm_bandwidth.value() / 1e12;
  p.hbm_copy =
      byte_per_s(root.get_number("hbm_copy_tb_per_s", NumberRange::positive(hbm_tb)) * 1e12);
  p.launch_overhead =
      microseconds(root.get_number("launch_overhead_us", NumberRange::positive(1000)));
  if (auto all = root.optional_child("allreduce")) {
    all->expect_keys({"gpus", "message_bytes", "busbw_gb_per_s"});
    MeasuredAllReduce a;
    a.gpus = static_cast<int>(all->get_int("gpus", IntRange::between(2, 1024)));
    a.message = bytes(all->get_number("message_bytes", NumberRange::positive()));
    a.busbw_gb_per_s = all->get_number("busbw_gb_per_s",
                                       NumberRange::positive(gpu.nvlink_bandwidth.value() / 1e9));
    p.allreduce = a;
  }

  // GEMMs: one grid per dtype.
  const IntRange dim = IntRange::positive(std::int64_t{1} << 31);
  std::map<std::string, std::vector<ReadPoint>> gemm;
  std::map<std::tuple<std::string, double, double, double>, int> seen;
  for (const YamlReader& e : root.items("gemm", 1)) {
    e.expect_keys({"dtype", "m", "n", "k", "tflops"});
    const std::string dtype = e.get_enum("dtype", {"bf16", "fp8"});
    const FlopRate peak = dtype == "fp8" ? gpu.fp8_dense : gpu.bf16_dense;
    if (peak.value() <= 0)
      e.fail_at("dtype", fmt::format("GPU {} has no {} tensor-core rate", gpu.name, dtype));
    ReadPoint point;
    point.coords = {static_cast<double>(e.get_int("m", dim)),
                    static_cast<double>(e.get_int("n", dim)),
                    static_cast<double>(e.get_int("k", dim))};
    point.tflops = e.get_number("tflops", NumberRange::positive(peak.value() / 1e12));
    point.line = e.line();
    const auto key = std::tuple{dtype, point.coords[0], point.coords[1], point.coords[2]};
    if (auto [it, fresh] = seen.emplace(key, e.line()); !fresh)
      e.fail(fmt::format("{} m {}, n {}, k {} is measured twice (also at line {})", dtype,
                         point.coords[0], point.coords[1], point.coords[2], it->second));
    gemm[dtype].push_back(point);
  }
  const YamlReader gemm_list = root.child("gemm");
  if (!gemm.count("bf16")) gemm_list.fail("expected bf16 points (the BF16 GEMM grid is required)");
  p.gemm_bf16 = build_grid(gemm["bf16"], kGemmAxes, gemm_list, "bf16 GEMM");
  if (gemm.count("fp8")) p.gemm_fp8 = build_grid(gemm["fp8"], kGemmAxes, gemm_list, "fp8 GEMM");

  // Attention: one grid per pass and mask.
  std::vector<ReadPoint> attention[2][2];
  std::map<std::tuple<bool, bool, double, double>, int> seen_attention;
  for (const YamlReader& e : root.items("attention", 1)) {
    e.expect_keys({"pass", "causal", "seq", "head_dim", "tflops"});
    const bool backward = e.get_enum("pass", {"fwd", "bwd"}) == "bwd";
    const bool causal = e.get_bool("causal");
    ReadPoint point;
    point.coords = {static_cast<double>(e.get_int("seq", dim)),
                    static_cast<double>(e.get_int("head_dim", IntRange::positive(4096)))};
    point.tflops = e.get_number("tflops", NumberRange::positive(gpu.bf16_dense.value() / 1e12));
    point.line = e.line();
    const auto key = std::tuple{backward, causal, point.coords[0], point.coords[1]};
    if (auto [it, fresh] = seen_attention.emplace(key, e.line()); !fresh)
      e.fail(fmt::format("{} seq {}, head_dim {} is measured twice (also at line {})",
                         attention_table(causal, backward), point.coords[0], point.coords[1],
                         it->second));
    attention[backward][causal].push_back(point);
  }
  const YamlReader attention_list = root.child("attention");
  for (bool backward : {false, true}) {
    for (bool causal : {true, false}) {
      const std::string table = attention_table(causal, backward);
      if (attention[backward][causal].empty())
        attention_list.fail(fmt::format("expected {} points (pass {}, causal {})", table,
                                        backward ? "bwd" : "fwd", causal));
      p.attention[backward][causal] =
          build_grid(attention[backward][causal], kAttentionAxes, attention_list, table);
    }
  }
  return profile;
}

ComputeCalibration with_profile(const GpuSpec& gpu, ComputeCalibration c,
                                std::shared_ptr<const CalibrationProfile> profile) {
  if (gpu.name != profile->gpu)
    throw InputError(
        profile->gpu_at, "gpu",
        fmt::format("the profile measured {}, not the job's GPU {}", profile->gpu, gpu.name));
  c.memory_efficiency = profile->hbm_copy / gpu.hbm_bandwidth;
  c.launch_overhead = profile->launch_overhead;
  c.gemm_max_efficiency_bf16 = profile->max_gemm_efficiency(Precision::bf16);
  if (profile->gemm_fp8) c.gemm_max_efficiency_fp8 = profile->max_gemm_efficiency(Precision::fp8);
  c.profile = std::move(profile);
  c.profile_attention = true;
  c.profile_attention_speed = 1.0;
  return c;
}

int apply_profile_to_cluster(ClusterSpec& cluster, const CalibrationProfile& profile) {
  if (!profile.allreduce) return 0;
  int changed = 0;
  for (ServerPool& pool : cluster.pools) {
    GpuSpec& gpu = pool.server.gpu;
    if (gpu.name != profile.gpu || !gpu.calibration || gpu.nvlink_bandwidth.value() <= 0) continue;
    gpu.calibration->nvlink_efficiency =
        std::min(1.0, profile.allreduce->busbw_gb_per_s * 1e9 / gpu.nvlink_bandwidth.value());
    ++changed;
  }
  return changed;
}

bool cluster_has_gpu(const ClusterSpec& cluster, const std::string& gpu) {
  return std::any_of(cluster.pools.begin(), cluster.pools.end(),
                     [&](const ServerPool& pool) { return pool.server.gpu.name == gpu; });
}

}  // namespace colossus
