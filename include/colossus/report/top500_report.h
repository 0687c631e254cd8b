// The HPL and Top500 lines of `colossus describe` (FP64 Rpeak, the HPL Rmax estimate, the rank
// on a Top500 edition, the AI peaks beside them) and `describe A B`, two clusters side by side.
// Kept apart from cluster_report.cpp so the inventory, power and Top500 sections change apart.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "colossus/topology/bill_of_materials.h"
#include "colossus/topology/topology.h"
#include "colossus/validation/hpl.h"

namespace colossus::report {

// One cluster's figures for the Top500 section and the side-by-side table.
struct Top500Figures {
  const Topology* topo = nullptr;
  BillOfMaterials bom;
  bool fp64 = false;  // every GPU states an FP64 peak (else the HPL lines say so)
  validation::HplEstimate hpl;
  validation::Top500Placement place;
};

// Builds the figures; with `require_fp64` a GPU without an FP64 figure throws InputError (naming
// its preset), else the figures say none. `edition` "" is the newest Top500 list.
Top500Figures top500_figures(const Topology& topo, const BillOfMaterials& bom,
                             const std::string& edition, bool require_fp64);
// The "HPL and the Top500" section of describe's text.
std::string top500_text(const Top500Figures& f);
// The same as a JSON object (base units in the keys).
nlohmann::ordered_json top500_json(const Top500Figures& f);
// Two (or more) clusters side by side: inventory, fabric, AI and FP64 peaks, HPL, rank, power.
std::string side_by_side_text(const std::vector<Top500Figures>& clusters);
// `colossus validate`'s HPL rows: published Rmax against the estimate, error per row, whether the
// row was used to fit, and the published Rpeak against ours.
std::string hpl_rows_text(const std::vector<validation::HplRow>& rows);
nlohmann::ordered_json hpl_rows_json(const std::vector<validation::HplRow>& rows);

}  // namespace colossus::report
