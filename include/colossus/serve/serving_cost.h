// What serving costs: the run's GPUs' power (busy while their replicas run iterations, idle
// between them), hosts and switches at the cluster's site, and the owner's cost of those
// GPU-hours and that energy, per hour and per million output tokens. The facility layer's
// pool_usage and ownership_cost do the arithmetic (docs/power_and_cost.md); this only says which
// GPUs, for how long and how busy.
#pragma once

#include <optional>
#include <string>

#include "colossus/facility/cost.h"
#include "colossus/serve/serving.h"
#include "colossus/spec/cluster_spec.h"

namespace colossus::serve {

struct ServingCost {
  std::string pricing;                  // the site's pricing preset
  double busy_share = 0;                // of the run's replica-time spent in iterations
  Watts it_power{};                     // the run's GPUs, hosts and switch share, averaged
  Dollars per_hour{};                   // owning those GPUs and drawing that power for an hour
  Dollars per_million_output_tokens{};  // the run's cost over its output tokens
  Dollars fixed_per_gpu_hour{};         // depreciation and maintenance (ownership_cost)
};

// The cost of `result` on pool `pool` of `cluster`; none when the cluster has no site.
std::optional<ServingCost> serving_cost(const ServingResult& result, const ClusterSpec& cluster,
                                        std::size_t pool);

}  // namespace colossus::serve
