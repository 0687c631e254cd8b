// CSV for every table a command prints (`--csv DIR`: one DIR/<table>.csv per table, each
// written atomically). RFC 4180: a header row, comma-separated, fields quoted when they hold a
// comma, quote or line break. Figures are in base units named in the header (time_s, bytes,
// _bit_per_s), as in the JSON, at full precision (shortest round-trip form).
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "colossus/collective/collective.h"
#include "colossus/report/collective_report.h"
#include "colossus/sim/simulation.h"
#include "colossus/topology/bill_of_materials.h"
#include "colossus/topology/topology.h"

namespace colossus::report {

struct CsvTable {
  std::string name;  // the file's stem: "breakdown" -> breakdown.csv
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

// A number at full precision ("0.125", "1e+21").
std::string csv_number(double v);
// The table as CSV text.
std::string to_csv(const CsvTable& t);
// Writes each table to dir/<name>.csv (making dir); InputError on --csv when it cannot.
void write_csv_tables(const std::filesystem::path& dir, const std::vector<CsvTable>& tables);

// A JSON array of flat objects as a table: the first object's keys are the header; a value
// that is an array is joined with spaces (`presets`' tables).
CsvTable json_table(const std::string& name, const nlohmann::json& rows);

// `simulate`: breakdown, stages (memory and pass times), collectives, fabric tiers.
std::vector<CsvTable> simulation_tables(const sim::SimulationResult& r);
// `describe`: the summary figures and the switch tiers.
std::vector<CsvTable> cluster_tables(const Topology& topo, const BillOfMaterials& bom);
// `collective`: the rows (nccl-tests' columns in base units, algorithm and protocol).
std::vector<CsvTable> collective_tables(const CollectiveSweep& s);

}  // namespace colossus::report
