// The comparison of one job under variants (`colossus compare`): each variant's step side by
// side, with the delta against the first (the baseline) of every headline figure and every part
// of the breakdown, as text, JSON (schema colossus.compare/1), CSV and an HTML report. Reads
// only the variants' SimulationResults.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "colossus/report/csv_report.h"
#include "colossus/sim/simulation.h"

namespace colossus::report {

// One variant: its name (as the columns show it), where it came from, its step.
struct Variant {
  std::string name;
  std::string source;
  sim::SimulationResult result;
};

// What a compared figure measures, for how it prints.
enum class FigureKind { seconds, fraction, flop_rate, token_rate, days, bytes };

// One compared figure: a value per variant, in the unit its key names.
struct ComparedFigure {
  std::string key;    // JSON/CSV key with its unit: "step_time_s", "breakdown_s.tp"
  std::string label;  // "step time", "exposed TP"
  FigureKind kind = FigureKind::seconds;
  std::vector<double> values;
  bool higher_is_better = false;
};

// A figure's value as people read it: "1.90 s", "29.5 %", "292 TFLOP/s", "53.0 M/s", "2.2 d".
std::string figure_text(const ComparedFigure& f, double v);
// Its delta against the baseline (the first value): "-25.0 %", "=" within 0.05 %, "new".
std::string delta_text(const ComparedFigure& f, std::size_t i);

// The headline figures, then the breakdown's parts, then the largest stage memory.
std::vector<ComparedFigure> compared_figures(const std::vector<Variant>& variants);

std::string compare_text(const std::vector<Variant>& variants);
nlohmann::ordered_json compare_json(const std::vector<Variant>& variants);
std::vector<CsvTable> compare_tables(const std::vector<Variant>& variants);
std::string compare_html(const std::vector<Variant>& variants);

}  // namespace colossus::report
