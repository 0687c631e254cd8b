// The table of `colossus collective` as CSV: nccl-tests' columns in base units (bytes, s,
// bytes/s), with the algorithm and protocol of each row.
#include "colossus/report/csv_report.h"

namespace colossus::report {

std::vector<CsvTable> collective_tables(const CollectiveSweep& s) {
  CsvTable t{"collective",
             {"size_bytes", "count", "type", "time_s", "algbw_bytes_per_s", "busbw_bytes_per_s",
              "algorithm", "protocol", "channels"},
             {}};
  for (const CollectiveRow& row : s.rows) {
    const CollectiveResult& r = row.result;
    t.rows.push_back({std::to_string(row.size), std::to_string(row.count),
                      std::string(to_string(s.dtype)), csv_number(r.time.value()),
                      csv_number(r.algbw.value()), csv_number(r.busbw.value()), r.algorithm,
                      std::string(to_string(r.protocol)), std::to_string(r.channels)});
  }
  return {t};
}

}  // namespace colossus::report
