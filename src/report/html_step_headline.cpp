// The first section of a step's report: what ran where, and its headline figures as cards.
#include <fmt/format.h>

#include "colossus/report/html.h"
#include "colossus/report/html_sections.h"
#include "colossus/report/text.h"

namespace colossus::report::sections {

std::string step_headline(const sim::SimulationResult& r, const std::string& source) {
  std::vector<html::Figure> cards = {
      {"step time", to_string(r.step_time), ""},
      {"MFU", fmt::format("{:.1f} %", 100 * r.mfu), fmt::format("HFU {:.1f} %", 100 * r.hfu)},
      {"TFLOP/s per GPU", fmt::format("{:.0f}", r.model_flops_per_gpu.value() / 1e12),
       fmt::format("{:.0f} with recompute", r.hardware_flops_per_gpu.value() / 1e12)},
      {"tokens/s", fmt::format("{:.3g} M", r.tokens_per_second / 1e6), ""},
      {"pipeline bubble", fmt::format("{:.1f} %", 100 * r.bubble_fraction), ""}};
  if (r.train_tokens > 0) {
    cards.push_back({"time to train", fmt::format("{:.1f} days", r.time_to_train.value() / 86400),
                     fmt::format("{:.3g} T tokens", double(r.train_tokens) / 1e12)});
  }
  std::string body = html::figures(cards);
  body += html::table({"", ""},
                      {{"scenario", source},
                       {"model", r.model},
                       {"cluster", fmt::format("{} ({} of {} GPUs, {})", r.cluster, grouped(r.gpus),
                                               grouped(r.cluster_gpus), r.gpu)},
                       {"layout", r.layout},
                       {"batch", fmt::format("{} micro-batches per replica, {} tokens "
                                             "per step",
                                             r.micro_batches, grouped(r.tokens_per_step))}});
  for (const std::string& w : r.warnings) {
    body += fmt::format("<p class=\"note\">warning: {}</p>\n", html::escape(w));
  }
  return html::section("headline", "Headline", body);
}

}  // namespace colossus::report::sections
