// The report of a cluster (`colossus describe`): inventory, fabric tiers, bisection, compute,
// power and capital cost, as text and as JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "colossus/topology/bill_of_materials.h"
#include "colossus/topology/topology.h"

namespace colossus::report {

// The summary people read: aligned sections, figures right-aligned.
std::string cluster_text(const Topology& topo, const BillOfMaterials& bom);
// The same for machines: stable keys, base units named in the keys.
nlohmann::ordered_json cluster_json(const Topology& topo, const BillOfMaterials& bom);

}  // namespace colossus::report
