// The tables of `colossus simulate` as CSV: the breakdown, the stages, the collectives and the
// shared fabric's tiers, with the same keys and units as the JSON.
#include "colossus/report/csv_report.h"
#include "colossus/report/text.h"

namespace colossus::report {

std::vector<CsvTable> simulation_tables(const sim::SimulationResult& r) {
  std::vector<CsvTable> out;
  CsvTable breakdown{"breakdown", {"part", "time_s", "fraction_of_step"}, {}};
  for (const BreakdownPart& p : breakdown_parts(r.breakdown)) {
    breakdown.rows.push_back(
        {p.key, csv_number(p.time.value()), csv_number(p.time.value() / r.step_time.value())});
  }
  out.push_back(std::move(breakdown));
  CsvTable stages{
      "stages",
      {"stage", "layers", "weights_bytes", "gradients_bytes", "optimizer_bytes",
       "activations_bytes", "overhead_bytes", "total_bytes", "forward_s", "backward_s", "end_s"},
      {}};
  for (const sim::StageResult& st : r.stages) {
    std::string layers;
    for (const auto& [first, last] : st.layers) {
      if (!layers.empty()) layers += ' ';
      layers += std::to_string(first) + "-" + std::to_string(last - 1);
    }
    const StageMemory& m = st.memory;
    stages.rows.push_back({std::to_string(st.stage), layers, csv_number(m.weights.value()),
                           csv_number(m.gradients.value()), csv_number(m.optimizer.value()),
                           csv_number(m.activations.value()), csv_number(m.overhead.value()),
                           csv_number(m.total().value()), csv_number(st.forward.value()),
                           csv_number(st.backward.value()), csv_number(st.end.value())});
  }
  out.push_back(std::move(stages));
  CsvTable collectives{
      "collectives",
      {"name", "groups", "group_size", "bytes", "time_s", "algorithm", "calls_per_step"},
      {}};
  for (const sim::CollectiveUse& c : r.collectives) {
    collectives.rows.push_back({c.name, std::to_string(c.groups), std::to_string(c.group_size),
                                csv_number(c.bytes.value()), csv_number(c.time.value()),
                                c.algorithm, std::to_string(c.calls_per_step)});
  }
  out.push_back(std::move(collectives));
  CsvTable fabric{
      "fabric",
      {"resources", "kind", "tier", "count", "peak_utilization", "busiest_average_utilization"},
      {}};
  for (const TierLoad& t : r.fabric_load) {
    fabric.rows.push_back({tier_name(t), tier_name(TierLoad{t.kind, -1}), std::to_string(t.tier),
                           std::to_string(t.resources), csv_number(t.peak),
                           csv_number(t.busiest_average)});
  }
  out.push_back(std::move(fabric));
  return out;
}

}  // namespace colossus::report
