// HPL and the Top500: a cluster's FP64 Rpeak (exact from the GPU presets) and an estimate of its
// HPL Rmax, with the published Top500 entries it is fitted on and checked against
// (data/top500/hpl_rows.json) and the lists a cluster is ranked on (data/top500/lists.json).
//
// The model (docs/top500.md): Rmax = Rpeak x d x n, where Rpeak = devices x the larger FP64 peak
// (vector or matrix), d the GPU family's DGEMM efficiency in HPL (the preset's
// dgemm_efficiency), and n = 1 / (1 + kappa x F / (B x n_loc)) the share left after HPL's panel
// broadcasts and row swaps: F = d x peak per device (flop/s), B its NIC bandwidth (bytes/s) and
// n_loc = sqrt(0.8 x HBM / 8) the order of its local block of the matrix (HPL sized to fill 80%
// of HBM). Communication per step grows as n_loc^2 and compute as n_loc^3, hence F / (B n_loc).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "colossus/core/units.h"
#include "colossus/spec/cluster_spec.h"
#include "colossus/topology/topology.h"

namespace colossus::validation {

// The model's network constant, fitted on the Eagle (H100) and JUPITER (GH200) rows together
// with the Hopper family's DGEMM efficiency (docs/top500.md).
inline constexpr double kHplNetworkKappa = 20.83;  // bytes x elements per flop
// Fraction of HBM HPL's matrix fills (estimate: the usual N sizing of 80-90%).
inline constexpr double kHplMemoryFill = 0.8;

// One HPL estimate.
struct HplEstimate {
  std::int64_t devices = 0;
  FlopRate rpeak{};       // devices x the larger FP64 peak
  FlopRate rmax{};        // the estimate (0 when the GPU states no DGEMM efficiency)
  double dgemm = 0;       // d
  double network = 0;     // n
  double comm_ratio = 0;  // F / (B x n_loc)
  bool matrix = false;    // the peak counted is the matrix (tensor) one
  bool has_rmax() const { return rmax.value() > 0; }
};

// The estimate for `devices` of `gpu`, each with `nic` of NIC bandwidth. Throws InputError naming
// the GPU preset if it states no FP64 figure.
HplEstimate hpl_estimate(const GpuSpec& gpu, std::int64_t devices, ByteRate nic);
// The estimate for a cluster (every pool; the NIC bandwidth per device from its servers' NICs).
HplEstimate hpl_estimate(const Topology& topo);

// One published Top500 entry used as an HPL row.
struct HplRow {
  std::string id, system, edition, gpu, derivation;
  int rank = 0;
  std::int64_t devices = 0;
  double nic_gbps_per_device = 0;
  double rmax_pf = 0, rpeak_pf = 0;
  bool fit = false;
  HplEstimate estimate;  // filled by hpl_rows()
  double error() const { return estimate.rmax.value() / (rmax_pf * 1e15) - 1.0; }
  double rpeak_error() const { return estimate.rpeak.value() / (rpeak_pf * 1e15) - 1.0; }
};

// The rows of data/top500/hpl_rows.json with their estimates.
std::vector<HplRow> hpl_rows();
std::vector<HplRow> hpl_rows(const std::filesystem::path& file);

// Where an Rmax would rank on a Top500 edition's top ten.
struct Top500Placement {
  std::string edition;
  int rank = 0;              // 1..10, or 0 when below the tenth
  double tenth_pf = 0;       // the tenth entry's Rmax
  std::string above, below;  // the neighbouring systems ("" at the ends)
  int own_listing = 0;       // the cluster's own entry's rank, left out (0: not listed)
};
// The editions known (newest first).
std::vector<std::string> top500_editions();
// The placement of `rmax` on `edition` ("" = the newest) among the entries other than the
// cluster preset `self`'s own listing; throws InputError for an unknown edition.
Top500Placement top500_place(FlopRate rmax, const std::string& edition,
                             const std::string& self = "");

}  // namespace colossus::validation
