// `colossus describe CLUSTER|FILE.yaml [--json]`: loads a cluster (a preset name or a YAML
// file), builds its topology and prints its bill of materials (report/cluster_report.h): GPUs,
// servers, racks, NICs, the switch tiers with their cables and optics, bisection bandwidth, peak
// compute, HBM, power and capital cost, with a site section the facility at full load (wall MW,
// grid capacity, water, CO2) and the cost of ownership, then its FP64 Rpeak, HPL Rmax estimate
// and Top500 rank (--top500 EDITION picks the list and requires FP64 figures); --report DIR and
// --csv DIR write it as HTML and CSV. `colossus describe A B`: two clusters side by side.
// `colossus describe --model NAME|FILE [--lora-rank R --lora-targets q,k,v,o] [--json]`: loads a
// model (a preset, a model YAML, a Hugging Face config.json or a model directory) and prints its
// parameter counts and architecture, so that a misread config shows before it is simulated.
#include <fmt/format.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "colossus/cli/commands.h"
#include "colossus/cli/flags.h"
#include "colossus/cli/report_flags.h"
#include "colossus/core/error.h"
#include "colossus/facility/cost.h"
#include "colossus/facility/facility.h"
#include "colossus/report/cluster_report.h"
#include "colossus/report/csv_report.h"
#include "colossus/report/facility_report.h"
#include "colossus/report/html_report.h"
#include "colossus/report/report_files.h"
#include "colossus/report/top500_report.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/model_loader.h"
#include "colossus/topology/bill_of_materials.h"
#include "colossus/topology/topology.h"
#include "colossus/workload/model.h"

namespace colossus::cli {
namespace {

const SourceLocation kCommandLine{"<command line>", 0};

// The command's arguments.
struct DescribeArgs {
  std::vector<std::string> clusters;
  std::string model, lora_targets, top500;
  int lora_rank = 0;
  bool json = false;
  ReportFlags outputs;
  CLI::Option* lora_rank_given = nullptr;
  CLI::Option* lora_targets_given = nullptr;
  CLI::Option* top500_given = nullptr;
};

// An integer with thousands separators: 8,030,261,248.
std::string grouped(std::int64_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// Prints a model's parameter counts and architecture.
void describe_model(const DescribeArgs& a) {
  ModelSpec m = load_model(a.model);
  if (a.lora_targets_given->count() > 0 && a.lora_rank_given->count() == 0)
    throw InputError(kCommandLine, "--lora-targets", "needs --lora-rank");
  if (a.lora_rank_given->count() > 0) {
    m.lora.rank = a.lora_rank;
    if (a.lora_targets_given->count() > 0) {
      std::string bad;
      auto targets = parse_lora_targets(a.lora_targets, &bad);
      if (!targets)
        throw InputError(kCommandLine, "--lora-targets",
                         fmt::format("expected q, k, v, o, gate, up, down, attention, mlp or all "
                                     "(comma-separated), got \"{}\"",
                                     bad));
      m.lora.targets = *targets;
    }
  }
  validate_model(m);  // the LoRA adapters' size, before any count is formed
  const ParameterCount c = count_parameters(m);
  if (a.json) {
    nlohmann::ordered_json j;
    j["schema"] = "colossus.model/1";
    j["model"] = m.name;
    j["parameters"] = c.total;
    j["active_parameters"] = c.active;
    j["active_parameters_without_embedding"] = c.active_without_embedding();
    j["embedding_parameters"] = c.embedding;
    j["output_parameters"] = c.output;
    j["expert_parameters"] = c.expert;
    j["mtp_parameters"] = c.mtp;
    j["lora_parameters"] = c.lora;
    j["trainable_parameters"] = c.trainable;
    j["layers"] = m.layers;
    j["moe_layers"] = m.moe_layers();
    j["hidden_size"] = m.hidden;
    j["attention_heads"] = m.heads;
    j["kv_heads"] = m.kv_heads;
    j["head_dim"] = m.head_dim;
    j["ffn_hidden_size"] = m.ffn_hidden;
    j["experts"] = m.moe.experts;
    j["top_k"] = m.moe.top_k;
    j["vocab_size"] = m.vocab;
    j["seq_len"] = m.seq_len;
    j["summary"] = model_summary(m);
    fmt::print("{}\n", j.dump(2));
    return;
  }
  fmt::print("model {}{}\n", m.name, m.description.empty() ? "" : ": " + m.description);
  fmt::print("  {}\n", model_summary(m));
  fmt::print("  parameters      {:>17}\n", grouped(c.total));
  fmt::print("  active          {:>17}   ({} without the input embedding)\n", grouped(c.active),
             grouped(c.active_without_embedding()));
  fmt::print("  embedding       {:>17}\n", grouped(c.embedding));
  fmt::print("  output          {:>17}\n", grouped(c.output));
  if (c.expert > 0) fmt::print("  routed experts  {:>17}\n", grouped(c.expert));
  if (c.mtp > 0) fmt::print("  MTP modules     {:>17}\n", grouped(c.mtp));
  if (c.lora > 0)
    fmt::print("  LoRA adapters   {:>17}   (trainable; the base is frozen)\n", grouped(c.lora));
  fmt::print("  seq_len         {:>18}   {}\n", m.seq_len,
             m.seq_len_note.empty() ? "(the model file's)" : "(" + m.seq_len_note + ")");
}

// The site at full load and its cost of ownership, when the cluster has a site section.
std::string facility_text(const ClusterSpec& spec, const BillOfMaterials& bom) {
  if (!spec.site) return "";
  return report::facility_text(facility::facility_load(bom, *spec.site),
                               facility::ownership_cost(bom, *spec.site), *spec.site);
}

// The same as the JSON's "facility" key (null without a site section).
void add_facility_json(nlohmann::ordered_json& j, const ClusterSpec& spec,
                       const BillOfMaterials& bom) {
  j["facility"] = spec.site
                      ? report::facility_json(facility::facility_load(bom, *spec.site),
                                              facility::ownership_cost(bom, *spec.site), *spec.site)
                      : nlohmann::ordered_json(nullptr);
}

}  // namespace

void add_describe_command(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "describe",
      "Inventory and bill of materials of a cluster (preset name or YAML file), or with --model "
      "a model's parameters and architecture");
  auto args = std::make_shared<DescribeArgs>();
  cmd->add_option("cluster", args->clusters,
                  "cluster preset name or FILE.yaml; two of them: side by side")
      ->expected(0, 2);
  args->top500_given =
      cmd->add_option("--top500", args->top500,
                      "the Top500 edition to rank on (\"Jun 2025\", \"Nov 2024\"; default the "
                      "newest); requires FP64 figures for every GPU");
  cmd->add_option("--model", args->model,
                  "describe a model instead: preset name, model YAML, Hugging Face config.json or "
                  "a model directory");
  args->lora_rank_given = cmd->add_option("--lora-rank", args->lora_rank,
                                          "with --model: LoRA adapters of this rank (frozen base)")
                              ->transform(count_flag(1, 1 << 20));
  args->lora_targets_given =
      cmd->add_option("--lora-targets", args->lora_targets,
                      "with --lora-rank: adapted projections, comma-separated (default q,k,v,o)");
  cmd->add_flag("--json", args->json, "print JSON (base units, unit-suffixed keys)");
  add_report_flags(cmd, args->outputs);
  cmd->callback([args] {
    if (!args->model.empty()) {
      if (!args->clusters.empty())
        throw InputError(kCommandLine, "--model", "expected either a cluster or --model, not both");
      if (!args->outputs.report.empty() || !args->outputs.csv.empty())
        throw InputError(kCommandLine, args->outputs.report.empty() ? "--csv" : "--report",
                         "a cluster's report; not with --model");
      describe_model(*args);
      return;
    }
    if (args->lora_rank_given->count() > 0)
      throw InputError(kCommandLine, "--lora-rank", "needs --model");
    if (args->clusters.empty())
      throw InputError(kCommandLine, "cluster",
                       "required: a cluster preset name or FILE.yaml (or --model NAME|FILE)");
    const bool require_fp64 = args->top500_given->count() > 0;
    if (args->clusters.size() == 2) {
      if (!args->outputs.report.empty() || !args->outputs.csv.empty())
        throw InputError(kCommandLine, args->outputs.report.empty() ? "--csv" : "--report",
                         "one cluster's report; not with two clusters");
      std::vector<std::unique_ptr<const Topology>> topos;
      std::vector<report::Top500Figures> figures;
      for (const std::string& name : args->clusters) {
        topos.push_back(make_topology(load_cluster(name)));
        figures.push_back(report::top500_figures(*topos.back(), bill_of_materials(*topos.back()),
                                                 args->top500, require_fp64));
      }
      if (args->json) {
        nlohmann::ordered_json j;
        j["schema"] = "colossus.describe_pair/1";
        j["clusters"] = nlohmann::ordered_json::array();
        for (const auto& f : figures) {
          nlohmann::ordered_json c = report::cluster_json(*f.topo, f.bom);
          c["top500"] = report::top500_json(f);
          j["clusters"].push_back(c);
        }
        fmt::print("{}\n", j.dump(2));
      } else {
        fmt::print("{}", report::side_by_side_text(figures));
      }
      return;
    }
    const std::unique_ptr<const Topology> topo_built =
        make_topology(load_cluster(args->clusters.front()));
    const Topology& topo = *topo_built;
    const BillOfMaterials bom = bill_of_materials(topo);
    const report::Top500Figures top500 =
        report::top500_figures(topo, bom, args->top500, require_fp64);
    if (!args->outputs.report.empty()) {
      report::write_html_report(args->outputs.report, report::cluster_html(topo, bom));
    }
    if (!args->outputs.csv.empty()) {
      report::write_csv_tables(args->outputs.csv, report::cluster_tables(topo, bom));
    }
    if (args->json) {
      nlohmann::ordered_json j = report::cluster_json(topo, bom);
      add_facility_json(j, topo.spec(), bom);
      j["top500"] = report::top500_json(top500);
      fmt::print("{}\n", j.dump(2));
    } else {
      fmt::print("{}{}{}", report::cluster_text(topo, bom), facility_text(topo.spec(), bom),
                 report::top500_text(top500));
    }
  });
}

}  // namespace colossus::cli
