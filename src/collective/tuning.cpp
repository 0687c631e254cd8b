// The protocol constants of the collective model and where each comes from. Latencies are NCCL's
// own tuning tables (src/graph/tuning.cc, NCCL 2.19, NVIDIA/nccl commit b6475625): what NCCL's
// tuner believes a step costs, which is what makes our algorithm choice follow NCCL's. The
// efficiencies are measurements, stated with their sources in the GPU presets' calibration
// (presets/gpus/*.yaml: nvls_efficiency, network_efficiency).
#include "colossus/collective/collective.h"

namespace colossus {

CollectiveTuning CollectiveTuning::nccl(const GpuCalibration& gpu) {
  CollectiveTuning t;
  t.network_efficiency = gpu.network_efficiency;
  t.nvls_efficiency = gpu.nvls_efficiency;
  t.channels_per_nic = 2;
  // hwLat[kind][link][LL, LL128, Simple] in us. Ring NVLink {.6, 1.9, 3.4}, ring NET {2.7, 4.0,
  // 14.0}; tree NVLink {.6, 1.25, 28}, tree NET {5.0, 8.5, 28} (Tree/Simple includes the time
  // of a chunk crossing the pipeline); NVLS NVLink 23, NET 18 (Simple only).
  using Row = std::array<Seconds, kProtocolCount>;
  const auto us = [](double ll, double ll128, double simple) {
    return Row{microseconds(ll), microseconds(ll128), microseconds(simple)};
  };
  t.hw_latency[0] = {us(0.6, 1.9, 3.4), us(2.7, 4.0, 14.0)};
  t.hw_latency[1] = {us(0.6, 1.25, 28.0), us(5.0, 8.5, 28.0)};
  t.hw_latency[2] = {us(0.0, 0.0, 23.0), us(0.0, 0.0, 18.0)};
  // baseLat[kind][LL, LL128, Simple] in us: ring {6.6, 14.0, 8.4}, tree {6.8, 14.0, 0}, NVLS 0.
  t.base_latency = {us(6.6, 14.0, 8.4), us(6.8, 14.0, 0.0), us(0.0, 0.0, 0.0)};
  return t;
}

}  // namespace colossus
