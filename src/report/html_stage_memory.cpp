// Memory per GPU of each pipeline stage, stacked by kind (weights, gradients, optimizer state,
// activations, overhead), against the GPU's HBM: a stage above the line does not fit.
#include <fmt/format.h>

#include "colossus/report/html.h"
#include "colossus/report/html_sections.h"
#include "colossus/report/svg_chart.h"

namespace colossus::report::sections {

std::string stage_memory(const sim::SimulationResult& r) {
  const double g = gib(1).value();
  std::vector<svg::Column> columns;
  std::vector<std::vector<std::string>> rows;
  for (const sim::StageResult& st : r.stages) {
    const StageMemory& m = st.memory;
    columns.push_back({fmt::format("stage {}", st.stage),
                       {m.weights.value() / g, m.gradients.value() / g, m.optimizer.value() / g,
                        m.activations.value() / g, m.overhead.value() / g}});
    auto f = [&](Bytes b) { return fmt::format("{:.1f}", b.value() / g); };
    rows.push_back({std::to_string(st.stage), f(m.weights), f(m.gradients), f(m.optimizer),
                    f(m.activations), f(m.overhead), f(m.total())});
  }
  const double hbm = r.gpu_hbm.value() / g;
  std::string body = svg::stacked_columns(
      "memory",
      fmt::format("Memory per GPU by stage (GiB) against the {}'s {:.0f} GiB of HBM.", r.gpu, hbm),
      {"weights", "gradients", "optimizer", "activations", "overhead"}, columns, hbm,
      fmt::format("HBM {:.0f} GiB", hbm), [](double v) { return fmt::format("{:.0f}", v); });
  body +=
      html::table({"stage", "weights", "grads", "optimizer", "activations", "overhead", "total"},
                  rows, {true, true, true, true, true, true, true});
  return html::section("memory", "Memory per stage (GiB per GPU)", body);
}

}  // namespace colossus::report::sections
