// The report of `colossus validate --report DIR` and its CSV: measured against predicted
// training throughput as a scatter with the +-5% band (the median target), the collective
// calibration rows likewise, and the rows as tables. Reads only the comparisons.
#pragma once

#include <string>
#include <vector>

#include "colossus/report/csv_report.h"
#include "colossus/validation/collective_calibration.h"
#include "colossus/validation/row_mapping.h"
#include "colossus/validation/validation.h"

namespace colossus::report {

// What `validate` compared.
struct ValidationResults {
  std::vector<validation::RowComparison> rows;
  validation::ErrorStats stats;
  std::vector<validation::CollectiveCalibrationRow> collective;
  std::vector<validation::SkippedRow> skipped;
};

std::string validation_html(const ValidationResults& v);
// `training` (measured and predicted TFLOP/s per GPU, tokens/s) and `collective` tables.
std::vector<CsvTable> validation_tables(const ValidationResults& v);

}  // namespace colossus::report
