// The sections of the HTML reports, one kind per file (src/report/html_<kind>.cpp). Each reads
// a result and returns a <section> fragment for html::Page; the page assemblers
// (html_report.h) put them in order. A new command's report adds its sections here as new files.
#pragma once

#include <string>

#include "colossus/report/facility_report.h"
#include "colossus/sim/simulation.h"
#include "colossus/topology/bill_of_materials.h"
#include "colossus/topology/topology.h"

namespace colossus::report::sections {

// html_step_headline.cpp: the job and its headline figures (step time, MFU, TFLOP/s, tokens/s).
std::string step_headline(const sim::SimulationResult& r, const std::string& source);
// html_step_breakdown.cpp: where the step goes, as one stacked bar and a table.
std::string step_breakdown(const sim::SimulationResult& r);
// html_step_gantt.cpp: the pipeline's timeline, stages x streams.
std::string step_gantt(const sim::SimulationResult& r);
// html_stage_memory.cpp: memory per GPU of each stage, stacked, against the GPU's HBM.
std::string stage_memory(const sim::SimulationResult& r);
// html_step_collectives.cpp: the step's collectives.
std::string step_collectives(const sim::SimulationResult& r);
// html_fabric_load.cpp: the shared fabric's tiers, hottest first.
std::string fabric_load(const sim::SimulationResult& r);

// html_step_power.cpp: the job's power over the step, its energy and its cost.
std::string step_power(const StepPowerReport& r);

// html_cluster_inventory.cpp: a cluster's headline figures, power and capital cost.
std::string cluster_inventory(const Topology& topo, const BillOfMaterials& bom);
// html_fabric_tiers.cpp: the fabric's switch tiers: switches, links and capacity per tier.
std::string fabric_tiers(const Topology& topo, const BillOfMaterials& bom);

}  // namespace colossus::report::sections
