// A calibration profile: what one GPU was measured to do (tools/calibrate/ writes one), read from
// YAML and used by the compute model in place of the preset's fitted efficiencies. It holds the
// measured GEMM throughput on a full grid of (m, n, k) per dtype (BF16, optionally FP8), the
// flash-attention throughput on a grid of (sequence length, head dim) per pass (forward,
// backward) and mask (causal or not), the HBM copy bandwidth, the kernel launch overhead, and,
// when measured, the intra-node all-reduce bus bandwidth; plus where it came from (device,
// driver, library versions, date). docs/calibration_profile.md documents the format.
//
// Interpolation: linear in the throughput, in log2 of each coordinate, between the grid's
// neighbours (trilinear for GEMMs, bilinear for attention). A coordinate outside the measured
// range is clamped to the range's edge (the nearest measured value); the profile remembers how
// far outside the lookups went, and range_warnings() says so once per run, the same words
// whatever the order of the lookups (they may come from several threads).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/hardware/attention_kernel.h"
#include "colossus/hardware/compute_model.h"
#include "colossus/spec/cluster_spec.h"
#include "colossus/spec/preset_catalog.h"
#include "colossus/spec/yaml_reader.h"

namespace colossus {

// The format tag a profile opens with.
inline constexpr const char* kCalibrationProfileFormat = "colossus.calibration/1";

// Where a profile's numbers came from.
struct CalibrationProvenance {
  std::string device;      // as the driver names it, e.g. "NVIDIA H100 80GB HBM3"
  std::string driver;      // driver version
  std::string cuda;        // CUDA runtime version
  std::string cublas;      // cuBLASLt version ("" if not stated)
  std::string torch;       // PyTorch version for the attention sweep ("" if not used)
  std::string date;        // when it was measured, ISO 8601
  std::string tool;        // what measured it
  bool synthetic = false;  // a hand-written profile (tests, examples), not a measurement
  std::string notes;       // free text
};

// A grid of measured throughputs: axes of sorted distinct values and one value per grid point
// (row-major over the axes, the last axis fastest).
struct MeasuredGrid {
  std::vector<std::vector<double>> axes;
  std::vector<double> tflops;  // TFLOP/s at each point
  // Linear interpolation in log2 of each coordinate; coordinates are clamped to the axes' range.
  double at(const std::vector<double>& point) const;
};

// The intra-node all-reduce measured with nccl-tests (or NCCL's own): bus bandwidth of a large
// message over `gpus` GPUs of one server.
struct MeasuredAllReduce {
  int gpus = 0;
  Bytes message{};
  double busbw_gb_per_s = 0;  // nccl-tests' busbw, GB/s per direction
};

// A measured profile of one GPU.
class CalibrationProfile {
 public:
  std::string file;       // where it was read, for messages
  std::string gpu;        // the GPU preset it calibrates ("h100-sxm")
  SourceLocation gpu_at;  // where `gpu:` was written
  FlopRate bf16_peak{};   // that preset's dense peaks, against which efficiencies are taken
  FlopRate fp8_peak{};
  ByteRate hbm_bandwidth{};
  ByteRate nvlink_bandwidth{};
  CalibrationProvenance provenance;
  AttentionKernel attention_kernel = AttentionKernel::flash2;  // the kernel the sweep timed
  ByteRate hbm_copy{};  // device-to-device copy, bytes read + written per second
  Seconds launch_overhead{};
  std::optional<MeasuredAllReduce> allreduce;
  MeasuredGrid gemm_bf16;                // axes m, n, k
  std::optional<MeasuredGrid> gemm_fp8;  // axes m, n, k
  // Attention grids, axes sequence length and head dim: [backward][causal].
  MeasuredGrid attention[2][2];

  CalibrationProfile() = default;
  CalibrationProfile(const CalibrationProfile&) = delete;
  CalibrationProfile& operator=(const CalibrationProfile&) = delete;

  // Measured GEMM throughput (FLOP/s) for C[m,n] = A[m,k] B[k,n]; nullopt for FP8 when the
  // profile has no FP8 table (the lookup is then noted for range_warnings).
  std::optional<FlopRate> gemm_rate(double m, double n, double k, Precision precision) const;
  // Measured flash-attention throughput (FLOP/s, counted as the compute model counts them:
  // causal halved, backward 2.5x forward) at query length `seq` and head dim `head_dim`.
  FlopRate attention_rate(double seq, double head_dim, bool causal, bool backward) const;
  // The largest measured BF16 (FP8) GEMM efficiency, the profile's "large GEMM" figure.
  double max_gemm_efficiency(Precision precision) const;

  // One line per table a lookup left the measured range of (in a fixed order), and one if an
  // FP8 GEMM was asked of a profile without FP8; empty when every lookup was inside.
  std::vector<std::string> range_warnings() const;

 private:
  // For each table and axis: the smallest value seen below the range, the largest above.
  struct Excursion {
    std::optional<double> below, above;
  };
  void note(const std::string& table, const MeasuredGrid& grid,
            const std::vector<double>& point) const;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::vector<Excursion>> excursions_;
  mutable bool fp8_missing_ = false;
};

// Reads a profile; its `gpu:` is resolved with the catalog (a preset name), every throughput is
// checked against that GPU's peaks and every grid for completeness. Bad input throws InputError
// naming file, line and field.
std::shared_ptr<const CalibrationProfile> load_calibration_profile(
    const std::filesystem::path& path, const PresetCatalog& catalog);
std::shared_ptr<const CalibrationProfile> read_calibration_profile(const YamlReader& root,
                                                                   const PresetCatalog& catalog);

// The calibration with the profile's measurements in place of the fitted figures: GEMMs and
// attention interpolate in the profile, memory_efficiency becomes the measured copy bandwidth
// over the GPU's HBM bandwidth, launch_overhead the measured one, gemm_max_efficiency_* the
// largest measured efficiencies (what the unfused-attention estimate reads). `gpu` must be the
// profile's GPU (an InputError otherwise, at the profile's `gpu:`).
ComputeCalibration with_profile(const GpuSpec& gpu, ComputeCalibration calibration,
                                std::shared_ptr<const CalibrationProfile> profile);

// Applies a profile's measured all-reduce bus bandwidth to every pool of the cluster whose GPU is
// the profile's: its NVLink efficiency becomes busbw / NVLink bandwidth per direction (how the
// preset's nvlink_efficiency is defined). Returns the pools changed (0 without a measurement).
int apply_profile_to_cluster(ClusterSpec& cluster, const CalibrationProfile& profile);

// Whether any pool of the cluster has the profile's GPU.
bool cluster_has_gpu(const ClusterSpec& cluster, const std::string& gpu);

}  // namespace colossus
