// What all algorithms share: pricing a representative step (NVLink ports inside servers, the
// network across them with every group's flows together), turning a step into a phase, and
// turning a profile into a time for one size and protocol with NCCL's alpha-beta model:
// time = base latency + sum over phases of (steps x (route latency + protocol overhead)
//        + size x seconds-per-byte / efficiency).
#include "colossus/collective/algorithm.h"

#include <algorithm>
#include <utility>

namespace colossus {
namespace {

// The size given to representative flows. Rates do not depend on it (steady rates), and a
// phase's makespan scales linearly with it (max-min sharing of equal flows), so any size works.
constexpr Bytes kProbeSize = mib(1);

}  // namespace

StepCost measure_step(Network& network, const GroupLayout& layout, std::span<const RankPair> pairs,
                      bool pipelined) {
  const Topology& topo = layout.topology();
  StepCost cost;
  const int n = layout.size();
  std::vector<int> out(n, 0), in(n, 0);
  std::vector<const RankPair*> intra, inter;
  for (const RankPair& p : pairs) {
    if (topo.same_domain(layout.gpu(0, p.from), layout.gpu(0, p.to))) {
      ++out[p.from];
      ++in[p.to];
      intra.push_back(&p);
    } else {
      inter.push_back(&p);
    }
  }
  // NVLink: each GPU's port is shared by the pairs of its own group that use it. What one port
  // gives a lone flow (line rate x the network's NVLink efficiency) is asked of the network
  // once per server model.
  std::vector<std::pair<const ServerSpec*, double>> port_rate;
  double nvlink_rate = 0.0;
  for (const RankPair* p : intra) {
    const GpuId src = layout.gpu(0, p->from);
    const ServerSpec* server = &topo.server_spec(src);
    auto it = std::find_if(port_rate.begin(), port_rate.end(),
                           [&](const auto& e) { return e.first == server; });
    if (it == port_rate.end()) {
      const Flow lone{src, layout.gpu(0, p->to), kProbeSize, 0};
      port_rate.emplace_back(server, network.steady_rates({&lone, 1}).front().value());
      it = port_rate.end() - 1;
    }
    // A full mesh gives each ordered pair its own link: only pairs on that same link share it.
    const int sharing = server->full_mesh
                            ? int(std::count_if(intra.begin(), intra.end(),
                                                [&](const RankPair* q) {
                                                  return q->from == p->from && q->to == p->to;
                                                }))
                            : std::max(out[p->from], in[p->to]);
    const double rate = it->second / double(sharing);
    nvlink_rate = nvlink_rate == 0.0 ? rate : std::min(nvlink_rate, rate);
  }
  cost.rate[int(LinkClass::nvlink)] = ByteRate(nvlink_rate);
  if (inter.empty()) return cost;

  // Network: every group's copy of the cross-server pairs, in one set of flows.
  std::vector<Flow> flows;
  flows.reserve(inter.size() * std::size_t(layout.group_count()));
  for (int g = 0; g < layout.group_count(); ++g) {
    for (const RankPair* p : inter) {
      flows.push_back(Flow{layout.gpu(g, p->from), layout.gpu(g, p->to), kProbeSize, p->channel});
    }
  }
  double network_rate = 0.0;
  if (pipelined) {
    const std::vector<ByteRate> rates = network.steady_rates(flows);
    network_rate = rates.front().value();
    for (ByteRate r : rates) network_rate = std::min(network_rate, r.value());
  } else {
    const PhaseResult phase = network.run_phase(flows);
    network_rate = (kProbeSize / phase.makespan).value();
  }
  // NCCL's per-step latencies were measured through one switch, so a step pays only what its
  // route adds beyond that: the NICs and a leaf are in NCCL's figure, higher tiers are not.
  // A direct network (torus) has no NICs or leaf on the way: its whole route latency is extra.
  const auto& tiers = topo.spec().fabric.tiers;
  Seconds network_latency{};
  for (const RankPair* p : inter) {
    const GpuId src = layout.gpu(0, p->from);
    const GpuId dst = layout.gpu(0, p->to);
    const Seconds one_switch = tiers.empty()
                                   ? Seconds{}
                                   : topo.server_spec(src).nic.latency +
                                         topo.server_spec(dst).nic.latency + tiers.front().latency;
    network_latency = std::max(network_latency, network.latency(src, dst) - one_switch);
  }
  cost.rate[int(LinkClass::network)] = ByteRate(network_rate);
  cost.latency[int(LinkClass::network)] = network_latency;
  return cost;
}

PhaseProfile phase_from_step(std::string name, const StepCost& cost, double fraction,
                             int nvlink_steps, int network_steps) {
  PhaseProfile phase;
  phase.name = std::move(name);
  for (int c = 0; c < 2; ++c) {
    if (cost.rate[c].value() > 0.0) phase.seconds_per_byte[c] = fraction / cost.rate[c].value();
    phase.step_latency[c] = cost.latency[c];
  }
  phase.steps = {nvlink_steps, network_steps};
  return phase;
}

Seconds profile_time(const AlgorithmProfile& profile, Bytes size, Protocol protocol,
                     const CollectiveTuning& tuning, std::vector<PhaseTime>* out) {
  const int p = int(protocol);
  const int kind = int(profile.latency_kind);
  const double factor = profile.protocol_factor[p];
  // The network already charges NVLink's protocol overhead; NCCL's share of RDMA goodput is ours.
  const std::array<double, 2> efficiency{1.0, tuning.network_efficiency};
  Seconds total = tuning.base_latency[kind][p];
  for (const PhaseProfile& phase : profile.phases) {
    Seconds latency{};
    double worst = 0.0;
    for (int c = 0; c < 2; ++c) {
      latency += (phase.step_latency[c] + tuning.hw_latency[kind][c][p]) * double(phase.steps[c]);
      const double class_time = phase.seconds_per_byte[c] / efficiency[c];
      worst = phase.classes_overlap ? std::max(worst, class_time) : worst + class_time;
    }
    const Seconds bandwidth(size.value() * worst / (factor * phase.extra_efficiency));
    total += latency + bandwidth;
    if (out) out->push_back(PhaseTime{phase.name, bandwidth, latency});
  }
  return total;
}

int ring_channels(const GroupLayout& layout, const CollectiveTuning& tuning) {
  return std::max(2, tuning.channels_per_nic * layout.max_per_server());
}

}  // namespace colossus
