// Small text helpers shared by the reports.
#pragma once

#include <cstdint>
#include <string>

namespace colossus::report {

// An integer with thousands separators: 100000 -> "100,000".
std::string grouped(std::int64_t v);

}  // namespace colossus::report
