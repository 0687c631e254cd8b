// Serving's cost from the facility layer (serving_cost.h).
#include "colossus/serve/serving_cost.h"

#include <algorithm>

#include "colossus/facility/step_power.h"
#include "colossus/topology/bill_of_materials.h"
#include "colossus/topology/topology.h"

namespace colossus::serve {

std::optional<ServingCost> serving_cost(const ServingResult& result, const ClusterSpec& cluster,
                                        std::size_t pool) {
  if (!cluster.site || result.end <= 0 || result.replicas <= 0) return std::nullopt;
  const BillOfMaterials bom = bill_of_materials(*make_topology(cluster));
  const facility::OwnershipCost own = facility::ownership_cost(bom, *cluster.site);
  ServingCost c;
  c.pricing = cluster.site->pricing.name;
  c.busy_share = std::clamp(result.busy_replica_seconds / (result.replicas * result.end), 0.0, 1.0);
  const Seconds run = seconds(result.end);
  const facility::PoolUsage u =
      facility::pool_usage(cluster, pool, result.gpus(), run, c.busy_share, bom, own);
  c.it_power = u.it_average;
  c.per_hour = u.cost * (3600.0 / result.end);
  if (result.output_tokens > 0) c.per_million_output_tokens = u.cost * (1e6 / result.output_tokens);
  c.fixed_per_gpu_hour = own.fixed_per_gpu_hour;
  return c;
}

}  // namespace colossus::serve
