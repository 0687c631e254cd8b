// The HTML reports of the commands (`--report DIR` writes DIR/index.html): each is an
// html::Page of sections (html_sections.h), self-contained (inline CSS and SVG, no script, no
// network), readable in a dark browser theme and in print.
#pragma once

#include <string>

#include "colossus/report/facility_report.h"
#include "colossus/sim/simulation.h"
#include "colossus/topology/bill_of_materials.h"
#include "colossus/topology/topology.h"

namespace colossus::report {

// `simulate`: headline, breakdown, pipeline timeline, memory per stage, collectives, hot links;
// with `power` (the cluster has a site) the job's power and cost after the memory.
std::string simulation_html(const sim::SimulationResult& r, const std::string& source,
                            const StepPowerReport* power = nullptr);

// `describe`: the inventory (power, cost) and the fabric tiers.
std::string cluster_html(const Topology& topo, const BillOfMaterials& bom);

}  // namespace colossus::report
