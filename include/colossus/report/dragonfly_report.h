// The dragonfly section of `colossus describe` (a Slingshot fabric: groups, switches, local and
// global links, taper), kept apart from cluster_report.cpp so each fabric kind's text is its own.
#pragma once

#include <string>

#include "colossus/topology/bill_of_materials.h"
#include "colossus/topology/topology.h"

namespace colossus::report {

// The fabric lines of a dragonfly cluster (topo.kind() == "dragonfly"): shape, switches, links by
// level, injection, global and bisection bandwidth.
std::string dragonfly_fabric_text(const Topology& topo, const BillOfMaterials& bom);

}  // namespace colossus::report
