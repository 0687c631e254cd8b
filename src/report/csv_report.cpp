// The CSV writer: quoting, numbers, and the files of `--csv DIR`.
#include "colossus/report/csv_report.h"

#include <fmt/format.h>

#include "colossus/report/report_files.h"

namespace colossus::report {
namespace {

std::string field(const std::string& v) {
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void line(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += field(fields[i]);
  }
  out += "\r\n";
}

}  // namespace

std::string csv_number(double v) {
  return fmt::format("{}", v);
}

std::string to_csv(const CsvTable& t) {
  std::string out;
  line(out, t.header);
  for (const auto& row : t.rows) line(out, row);
  return out;
}

CsvTable json_table(const std::string& name, const nlohmann::json& rows) {
  CsvTable t{name, {}, {}};
  if (!rows.is_array() || rows.empty()) return t;
  for (const auto& [key, value] : rows.front().items()) t.header.push_back(key);
  auto text = [](const nlohmann::json& v) -> std::string {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_float()) return csv_number(v.get<double>());
    if (v.is_array()) {
      std::string out;
      for (const auto& e : v) {
        if (!out.empty()) out += ' ';
        out += e.is_string() ? e.get<std::string>() : e.dump();
      }
      return out;
    }
    return v.dump();
  };
  for (const auto& row : rows) {
    std::vector<std::string> fields;
    for (const std::string& key : t.header) {
      fields.push_back(row.contains(key) ? text(row[key]) : std::string());
    }
    t.rows.push_back(std::move(fields));
  }
  return t;
}

void write_csv_tables(const std::filesystem::path& dir, const std::vector<CsvTable>& tables) {
  make_report_dir(dir, "--csv");
  for (const CsvTable& t : tables)
    write_file_atomically(dir / (t.name + ".csv"), to_csv(t), "--csv");
}

}  // namespace colossus::report
