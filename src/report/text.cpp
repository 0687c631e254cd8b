// Text helpers for the subcommands' output, and the one list of a breakdown's parts.
#include "colossus/report/text.h"

#include <fmt/format.h>

namespace colossus::report {
namespace {

struct PartName {
  sim::StepPart part;
  const char* key;
  const char* label;
};
constexpr PartName kParts[] = {{sim::StepPart::compute, "compute", "compute"},
                               {sim::StepPart::bubble, "bubble", "pipeline bubble"},
                               {sim::StepPart::imbalance, "imbalance", "stage imbalance"},
                               {sim::StepPart::tp, "tp", "exposed TP"},
                               {sim::StepPart::cp, "cp", "exposed CP"},
                               {sim::StepPart::ep, "ep", "exposed EP"},
                               {sim::StepPart::pp, "pp", "exposed PP"},
                               {sim::StepPart::dp, "dp", "exposed DP"},
                               {sim::StepPart::optimizer, "optimizer", "optimizer"}};

Seconds figure(const sim::StepBreakdown& b, sim::StepPart part) {
  switch (part) {
    case sim::StepPart::compute:
      return b.compute;
    case sim::StepPart::tp:
      return b.tp;
    case sim::StepPart::cp:
      return b.cp;
    case sim::StepPart::ep:
      return b.ep;
    case sim::StepPart::pp:
      return b.pp;
    case sim::StepPart::dp:
      return b.dp;
    case sim::StepPart::bubble:
      return b.bubble;
    case sim::StepPart::imbalance:
      return b.imbalance;
    case sim::StepPart::optimizer:
      return b.optimizer;
  }
  return {};
}

}  // namespace

std::string grouped(std::int64_t v) {
  std::string digits = std::to_string(v < 0 ? -v : v);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return v < 0 ? "-" + out : out;
}

std::vector<BreakdownPart> breakdown_parts(const sim::StepBreakdown& b) {
  std::vector<BreakdownPart> out;
  for (const PartName& p : kParts) out.push_back({p.part, p.key, p.label, figure(b, p.part)});
  return out;
}

const char* part_label(sim::StepPart part) {
  for (const PartName& p : kParts) {
    if (p.part == part) return p.label;
  }
  return "?";
}

const char* part_key(sim::StepPart part) {
  for (const PartName& p : kParts) {
    if (p.part == part) return p.key;
  }
  return "?";
}

std::string tier_name(const TierLoad& t) {
  const char* kind = "?";
  switch (t.kind) {
    case ResourceKind::nvlink_out:
      kind = "nvlink out";
      break;
    case ResourceKind::nvlink_in:
      kind = "nvlink in";
      break;
    case ResourceKind::nic_out:
      kind = "nic out";
      break;
    case ResourceKind::nic_in:
      kind = "nic in";
      break;
    case ResourceKind::switch_up:
      kind = "switch up";
      break;
    case ResourceKind::switch_down:
      kind = "switch down";
      break;
    case ResourceKind::direct_link:
      kind = "direct link";
      break;
    case ResourceKind::local_link:
      kind = "local link";
      break;
    case ResourceKind::global_link:
      kind = "global link";
      break;
  }
  return t.tier < 0 ? kind : fmt::format("{} from tier {}", kind, t.tier);
}

const char* transfer_work_name(sim::TransferWork w) {
  switch (w) {
    case sim::TransferWork::activations:
      return "activations";
    case sim::TransferWork::gradients:
      return "gradients";
    case sim::TransferWork::parameters:
      return "parameters";
    case sim::TransferWork::in_layer:
      return "in_layer";
  }
  return "?";
}

}  // namespace colossus::report
