// The protocol constants of the collective model and where each comes from. Latencies are NCCL's
// own tuning tables (src/graph/tuning.cc, NCCL 2.19, NVIDIA/nccl commit b6475625): what NCCL's
// tuner believes a step costs, which is what makes our algorithm choice follow NCCL's. The three
// efficiencies are fitted, one datapoint each, from /work/shared/calibration/measured.json.
#include "colossus/collective/collective.h"
#include "colossus/network/fabric_model.h"

namespace colossus {

CollectiveTuning CollectiveTuning::nccl_defaults() {
  CollectiveTuning t;
  // NVLink needs no constant here: the network gives NVLink flows 370 of 450 GB/s per direction
  // (the NCCL maintainers' ~20% protocol overhead, nccl-allreduce-8xh100-nvls), which is what a
  // ring all-reduce on one 8xH100 server shows as busbw.
  //
  // Network: 46-48 GB/s busbw per 400 Gb/s NIC across H100 servers (nccl-allreduce-h100-multinode
  // -ndr; nccl-tests #290, #309, InfiniBand NDR). Midpoint 47 GB/s of 50 GB/s line = 0.94 end to
  // end on the fabric it was measured on (NDR InfiniBand, 4 KiB MTU: Eos, the eos-11616 preset),
  // where the network already charges the transport's headers (transport_efficiency: 0.994), so
  // NCCL's own share is 0.94 / 0.994 = 0.946. That share is the transport's complement: on any
  // cluster the network charges that cluster's own headers (RoCE's 0.980 on a RoCE fabric) and
  // NCCL's share comes on top, so the correction is the measurement fabric's, not the cluster's.
  // Fitted to that one row.
  t.network_efficiency = 0.94 / transport_efficiency(Transport::infiniband, bytes(4096));
  // NVLS: 480 GB/s busbw (275 GB/s algbw) for one 8xH100 server (same source as NVLink). NVLS
  // moves S(1 + 1/n) bytes per GPU port and direction: 275 x 9/8 = 309 GB/s of 450 => 0.687
  // of line rate, i.e. 0.687 / (370/450) = 0.836 of the network's NVLink goodput. Fitted to
  // that one row.
  t.nvls_efficiency = (275.0 * 9.0 / 8.0 / 450.0) / (370.0 / 450.0);
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
