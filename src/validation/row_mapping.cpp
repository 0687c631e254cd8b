// Measured rows into jobs: a field of a job comes, in this order, from the row itself, from a
// row-level entry of the mapping (allowed only where the row is null), or from the row's family
// defaults; each value the mapping supplies is recorded with its reason (RowJob::filled) so the
// report can show it. Every row of measured.json's training-throughput and training-memory
// categories is either a job or skipped with a reason: nothing is dropped silently.
#include "colossus/validation/row_mapping.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "colossus/core/error.h"
#include "colossus/sim/scenario.h"
#include "colossus/spec/model_loader.h"
#include "colossus/spec/spec_file.h"
#include "colossus/spec/yaml_reader.h"

namespace colossus::validation {
namespace {

using nlohmann::json;

// One mapping entry: a value (as the YAML node) and its reason.
struct Fill {
  YamlReader value;
  std::string reason;
};

// The mapping file, parsed.
struct Mapping {
  std::map<std::string, std::string> family_of;    // row id -> family
  std::map<std::string, std::string> cross_check;  // family -> why its rows are not compared
  std::map<std::string, std::map<std::string, Fill>> family_fills;     // family -> field -> fill
  std::map<std::string, std::map<std::string, Fill>> row_fills;        // row id -> field -> fill
  std::map<std::string, std::pair<std::string, SourceLocation>> skip;  // row id -> reason
  std::map<std::string, SourceLocation> row_location;                  // where each row is named
};

// Reads the field -> {value, reason} entries of a mapping.
std::map<std::string, Fill> read_fills(const YamlReader& node) {
  std::map<std::string, Fill> fills;
  for (const auto& [field, entry] : node.entries()) {
    entry.expect_keys({"value", "reason"});
    fills.emplace(field, Fill{entry.child("value"), entry.get_string("reason")});
  }
  return fills;
}

Mapping read_mapping(const std::filesystem::path& path) {
  YamlReader root = YamlReader::from_file(path);
  root.expect_keys({"families", "rows", "skip"});
  Mapping m;
  for (const auto& [family, node] : root.child("families").entries()) {
    node.expect_keys({"rows", "fill"}, {"source", "cross_check"});
    if (node.has("cross_check")) {
      m.cross_check[family] = node.get_string("cross_check");
      if (m.cross_check[family].empty())
        node.child("cross_check").fail("expected the reason the family's rows are not compared");
    }
    for (const YamlReader& row : node.items("rows", 1)) {
      std::string id = row.as_string();
      if (m.family_of.count(id))
        row.fail(fmt::format("row {} is already in family {}", id, m.family_of[id]));
      m.family_of[id] = family;
      m.row_location[id] = row.location();
    }
    m.family_fills[family] = read_fills(node.child("fill"));
  }
  for (const auto& [id, node] : root.child("rows").entries()) m.row_fills[id] = read_fills(node);
  for (const auto& [id, node] : root.child("skip").entries()) {
    if (m.family_of.count(id))
      node.fail(fmt::format("row {} is both skipped and in family {}", id, m.family_of[id]));
    m.skip[id] = {node.as_string(), node.location()};
  }
  return m;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool contains(const std::string& text, const std::string& word) {
  return lower(text).find(word) != std::string::npos;
}

// The fields of one row as the job needs them: from the row, or filled by the mapping.
class RowFields {
 public:
  RowFields(const json& row, std::string id, std::string measured_file,
            const std::map<std::string, Fill>* row_fills,
            const std::map<std::string, Fill>* family_fills, std::vector<FilledField>* filled)
      : row_(row),
        id_(std::move(id)),
        measured_file_(std::move(measured_file)),
        row_fills_(row_fills),
        family_fills_(family_fills),
        filled_(filled) {}

  // The row's value at a dotted path ("model.kv_heads"), or null when absent or null.
  const json& in_row(const std::string& field) const {
    static const json kNull;
    const json* node = &row_;
    std::size_t start = 0;
    while (start <= field.size()) {
      std::size_t dot = field.find('.', start);
      std::string key =
          field.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
      if (!node->is_object() || !node->contains(key)) return kNull;
      node = &(*node)[key];
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    return *node;
  }

  // The mapping's entry for a field the row leaves null (row-level first, then the family's),
  // recorded in `filled`; nullptr if the row gives the value. A row-level entry for a field the
  // row gives is an error; a null with no entry is an error unless `optional`.
  const Fill* fill(const std::string& field, bool optional = false) const {
    const Fill* row_fill = find(row_fills_, field);
    if (!in_row(field).is_null()) {
      if (row_fill)
        row_fill->value.fail(fmt::format("row {} gives {} = {}; the mapping may only fill nulls",
                                         id_, field, in_row(field).dump()));
      return nullptr;
    }
    const Fill* f = row_fill ? row_fill : find(family_fills_, field);
    if (!f) {
      if (optional) return nullptr;
      throw InputError({measured_file_, 0}, fmt::format("{}: {}", id_, field),
                       "null in the row and no default in row_mapping.yaml");
    }
    filled_->push_back({field, f->value.as_string(), f->reason});
    return f;
  }

  // An integer field (row value or mapping value); `hidden`/`heads` resolve the shorthands "4h"
  // and "heads".
  std::int64_t get_int(const std::string& field, std::int64_t hidden = 0,
                       std::int64_t heads = 0) const {
    if (const Fill* f = fill(field)) return fill_int(*f, hidden, heads);
    return json_int(field, in_row(field));
  }
  // An optional integer field: nullopt when the row and the mapping are silent.
  std::optional<std::int64_t> find_int(const std::string& field) const {
    if (const Fill* f = fill(field, true)) return fill_int(*f, 0, 0);
    if (in_row(field).is_null()) return std::nullopt;
    return json_int(field, in_row(field));
  }
  // A text field (row text or mapping value).
  std::string get_text(const std::string& field) const {
    if (const Fill* f = fill(field)) return f->value.as_string();
    const json& v = in_row(field);
    return v.is_string() ? v.get<std::string>() : v.dump();
  }
  // The mapping's entry for a field whatever the row says (for row text that means "not
  // stated"), recorded in `filled`.
  const Fill& default_for(const std::string& field) const {
    const Fill* f = find(row_fills_, field);
    if (!f) f = find(family_fills_, field);
    if (!f)
      throw InputError({measured_file_, 0}, fmt::format("{}: {}", id_, field),
                       "no default in row_mapping.yaml");
    filled_->push_back({field, f->value.as_string(), f->reason});
    return *f;
  }
  // A field only the mapping gives (job.*, model.ffn_kind ...).
  const Fill& job_field(const std::string& field) const {
    const Fill* f = fill(field);
    if (!f)
      throw InputError({measured_file_, 0}, fmt::format("{}: {}", id_, field),
                       "expected no value in the row for a job field");
    return *f;
  }
  // A number of the row's result (required).
  double result(const std::string& field) const {
    const json& v = in_row(field);
    if (!v.is_number() || !(v.get<double>() > 0))
      throw InputError({measured_file_, 0}, fmt::format("{}: {}", id_, field),
                       fmt::format("expected a positive number, got {}", v.dump()));
    return v.get<double>();
  }

  [[noreturn]] void fail(const std::string& field, const std::string& message) const {
    throw InputError({measured_file_, 0}, fmt::format("{}: {}", id_, field), message);
  }

 private:
  static const Fill* find(const std::map<std::string, Fill>* fills, const std::string& field) {
    if (!fills) return nullptr;
    auto it = fills->find(field);
    return it == fills->end() ? nullptr : &it->second;
  }

  std::int64_t json_int(const std::string& field, const json& v) const {
    if (v.is_number_integer()) return v.get<std::int64_t>();
    // A whole number within int64's range (1e300 would overflow the conversion).
    if (v.is_number_float() && std::floor(v.get<double>()) == v.get<double>() &&
        std::fabs(v.get<double>()) < 9.2e18)
      return static_cast<std::int64_t>(v.get<double>());
    fail(field, fmt::format("expected an integer, got {}", v.dump()));
  }

  static std::int64_t fill_int(const Fill& f, std::int64_t hidden, std::int64_t heads) {
    std::string text = f.value.as_string();
    if (text == "heads" && heads > 0) return heads;
    if (text.size() > 1 && text.back() == 'h' && hidden > 0) {
      std::int64_t k = 0;
      std::istringstream in(text.substr(0, text.size() - 1));
      if (in >> k && in.eof()) return k * hidden;
    }
    return f.value.as_int(IntRange::non_negative(std::int64_t{1} << 40));
  }

  const json& row_;
  std::string id_;
  std::string measured_file_;
  const std::map<std::string, Fill>* row_fills_;
  const std::map<std::string, Fill>* family_fills_;
  std::vector<FilledField>* filled_;
};

bool parse_bool(const RowFields& f, const std::string& field) {
  const json& v = f.in_row(field);
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_string()) {
    // measured.json writes e.g. "yes (paper's technique)".
    std::string t = lower(v.get<std::string>());
    if (t.rfind("yes", 0) == 0) return true;
    if (t.rfind("no", 0) == 0) return false;
    f.fail(field, fmt::format("expected yes or no, got {}", v.dump()));
  }
  return f.job_field(field).value.as_bool();
}

// The mapping's rank order: the five dimensions tp, cp, ep, dp, pp, comma-separated, each once.
std::array<GroupKind, 5> parse_order(const Fill& fill) {
  std::array<GroupKind, 5> order{};
  std::stringstream list(fill.value.as_string());
  std::size_t n = 0;
  bool seen[5] = {};
  for (std::string item; std::getline(list, item, ',');) {
    const std::size_t k = item == "tp"   ? 0
                          : item == "cp" ? 1
                          : item == "ep" ? 2
                          : item == "dp" ? 3
                          : item == "pp" ? 4
                                         : 5;
    if (k == 5 || n == 5 || seen[k])
      fill.value.fail(
          "expected the five dimensions tp, cp, ep, dp, pp, comma-separated, each once");
    seen[k] = true;
    order[n++] =
        std::array{GroupKind::tp, GroupKind::cp, GroupKind::ep, GroupKind::dp, GroupKind::pp}[k];
  }
  if (n != 5)
    fill.value.fail("expected the five dimensions tp, cp, ep, dp, pp, comma-separated, each once");
  return order;
}

// ZeRO stage from the row's text ("PyTorch FSDP FULL_SHARD (ZeRO-3-like)", "FSDP=8", "FSDP=0",
// Megatron's "distributed optimizer", which shards the optimizer states: ZeRO-1) or the
// mapping's none|zero1|zero2|zero3. NeMo's "FSDP=0" means FSDP off: the family default
// (NeMo's distributed optimizer) applies, so it is treated as null.
ZeroStage parse_zero(const RowFields& f) {
  const std::string field = "parallelism.zero_or_fsdp";
  const json& v = f.in_row(field);
  if (v.is_string()) {
    std::string t = lower(v.get<std::string>());
    if (t.find("full_shard") != std::string::npos) return ZeroStage::weights;
    if (t.find("shard_grad_op") != std::string::npos) return ZeroStage::gradients;
    if (t.rfind("fsdp=", 0) == 0 && t != "fsdp=0") return ZeroStage::weights;
    if (t.find("distributed optimizer") != std::string::npos) return ZeroStage::optimizer;
    if (t != "fsdp=0") f.fail(field, fmt::format("unrecognised sharding {}", v.dump()));
  }
  const Fill& fill = v.is_null() ? f.job_field(field) : f.default_for(field);
  std::string t = fill.value.as_enum({"none", "zero1", "zero2", "zero3"});
  if (t == "zero1") return ZeroStage::optimizer;
  if (t == "zero2") return ZeroStage::gradients;
  if (t == "zero3") return ZeroStage::weights;
  return ZeroStage::none;
}

Recompute parse_recompute(const RowFields& f) {
  std::string t = lower(f.get_text("parallelism.activation_recompute"));
  if (t.rfind("full", 0) == 0) return Recompute::full;
  if (t.rfind("selective", 0) == 0) return Recompute::selective;
  if (t.rfind("none", 0) == 0) return Recompute::none;
  f.fail("parallelism.activation_recompute",
         fmt::format("expected full, selective or none, got \"{}\"", t));
}

// Precision from the row's text: FP8 in any form (hybrid, current scaling, MXFP8) is fp8; BF16,
// fp16
// ("16-bit") and amp_bf16 run at the same 16-bit tensor-core peak.
Precision parse_precision(const RowFields& f) {
  std::string t = f.get_text("precision");
  if (contains(t, "fp8")) return Precision::fp8;
  if (contains(t, "bf16") || contains(t, "16-bit") || contains(t, "fp16")) return Precision::bf16;
  f.fail("precision", fmt::format("expected BF16, FP16 or FP8, got \"{}\"", t));
}

// FP8 scaling from the row's text: "FP8-CS" / "current scaling" is current, "delayed" delayed;
// where an FP8 row does not say, the mapping's job.fp8_scaling (the recipe's, with its reason),
// else Transformer Engine's default delayed scaling.
Fp8Scaling parse_fp8_scaling(const RowFields& f) {
  std::string t = f.get_text("precision");
  if (contains(t, "mxfp8")) return Fp8Scaling::mxfp8;
  if (contains(t, "fp8-cs") || contains(t, "current")) return Fp8Scaling::current;
  if (contains(t, "fp8") && !contains(t, "delayed"))
    if (const Fill* v = f.fill("job.fp8_scaling", true))
      return parse_enum<Fp8Scaling>(v->value.as_enum({"delayed", "current"}), v->value.location(),
                                    v->value.path());
  return Fp8Scaling::delayed;
}

FlopFormula parse_formula(const Fill& fill) {
  return parse_enum<FlopFormula>(
      fill.value.as_enum({"megatron", "megatron_causal", "megatron_recompute", "llm_foundry"}),
      fill.value.location(), fill.value.path());
}

int as_int(std::int64_t v, const RowFields& f, const std::string& field) {
  if (v < 0 || v > std::numeric_limits<int>::max())
    f.fail(field, fmt::format("expected an integer in [0, {}], got {}",
                              std::numeric_limits<int>::max(), v));
  return static_cast<int>(v);
}

// Builds a row's model from its fields (and the mapping's fills).
void make_model(const RowFields& f, const std::string& id, const std::string& model_name,
                const std::string& mapping_file, ModelSpec& m) {
  m.name = id;
  m.description = model_name;
  m.source = {mapping_file, 0};
  m.layers = as_int(f.get_int("model.layers"), f, "model.layers");
  m.hidden = f.get_int("model.hidden_size");
  m.heads = as_int(f.get_int("model.attention_heads"), f, "model.attention_heads");
  m.kv_heads = as_int(f.get_int("model.kv_heads", 0, m.heads), f, "model.kv_heads");
  m.head_dim = as_int(f.find_int("model.head_dim").value_or(m.heads > 0 ? m.hidden / m.heads : 0),
                      f, "model.head_dim");
  m.ffn_hidden = f.get_int("model.ffn_hidden", m.hidden);
  m.ffn_kind = f.job_field("model.ffn_kind").value.as_enum({"swiglu", "gelu"}) == "gelu"
                   ? FfnKind::gelu
                   : FfnKind::swiglu;
  m.vocab = f.get_int("model.vocab_size");
  m.seq_len = f.get_int("model.seq_len");
  m.tied_embeddings = parse_bool(f, "model.tied_embeddings");
  m.linear_bias = parse_bool(f, "model.linear_bias");
  m.learned_positions = parse_bool(f, "model.learned_positions");
  // Dropout (its masks cost activation memory): the row's probability, or the mapping's
  // yes/no; absent from both, none (the throughput rows' models keep no masks).
  if (const json& d = f.in_row("model.dropout"); d.is_number())
    m.dropout = d.get<double>() > 0;
  else if (const Fill* fill = f.fill("model.dropout", true))
    m.dropout = fill->value.as_bool();
  if (f.get_text("model.arch") == "moe") {
    m.moe.experts = as_int(f.get_int("model.experts"), f, "model.experts");
    m.moe.top_k = as_int(f.get_int("model.top_k"), f, "model.top_k");
    m.moe.shared_experts = as_int(f.get_int("model.shared_experts"), f, "model.shared_experts");
    m.moe.expert_ffn_hidden = f.get_int("model.expert_ffn_hidden");
  }
}

// A memory figure of the row (bytes), or nullopt when the row leaves it null.
std::optional<double> memory_bytes(const RowFields& f, const std::string& field) {
  if (f.in_row(field).is_null()) return std::nullopt;
  return f.result(field);
}

// What a training-memory row measured (its "memory" block): the GPU it was read on and at least
// one of the peak and the after-step allocation.
MeasuredMemory parse_memory(const RowFields& f) {
  MeasuredMemory mm;
  const json& rank = f.in_row("memory.rank");
  if (!rank.is_string() || (rank != "last" && rank != "max"))
    f.fail("memory.rank", fmt::format("expected \"last\" or \"max\", got {}", rank.dump()));
  mm.rank = rank == "last" ? MemoryRank::last : MemoryRank::max;
  mm.peak_allocated_bytes = memory_bytes(f, "memory.peak_allocated_bytes");
  mm.after_step_allocated_bytes = memory_bytes(f, "memory.allocated_after_step_bytes");
  if (!mm.peak_allocated_bytes && !mm.after_step_allocated_bytes)
    f.fail("memory", "expected peak_allocated_bytes or allocated_after_step_bytes");
  return mm;
}

// Expresses one row as a job; `memory_row` for a training-memory row (no TFLOP/s, no FLOP
// formula: its "memory" block instead).
RowJob make_job(const json& row, const std::string& id, const std::string& family,
                const Mapping& mapping, const std::string& measured_file,
                const std::string& mapping_file, bool memory_row) {
  RowJob job;
  job.id = id;
  job.family = family;
  auto rf = mapping.row_fills.find(id);
  RowFields f(row, id, measured_file, rf == mapping.row_fills.end() ? nullptr : &rf->second,
              &mapping.family_fills.at(family), &job.filled);

  job.model_name = f.get_text("model.name");
  job.cluster = f.job_field("job.cluster").value.as_string();
  if (!memory_row) job.formula = parse_formula(f.job_field("job.flop_formula"));
  job.tp_comm_overlap = f.job_field("job.tp_comm_overlap").value.as_bool();
  job.overlap_grad_reduce = f.job_field("job.overlap_grad_reduce").value.as_bool();
  job.overlap_param_gather = f.job_field("job.overlap_param_gather").value.as_bool();
  if (const Fill* v = f.fill("job.ep_comm_overlap", true)) job.ep_comm_overlap = v->value.as_bool();
  const YamlReader& attention = f.job_field("job.attention").value;
  const AttentionKernel kernel =
      parse_enum<AttentionKernel>(attention.as_enum({"unfused", "flash1", "flash2", "flash3"}),
                                  attention.location(), attention.path());
  job.gpus = as_int(f.get_int("hardware.gpu_count"), f, "hardware.gpu_count");

  ModelSpec& m = job.model;
  if (const Fill* preset = f.fill("job.model_preset", true)) {
    // The architecture of a model preset (MLA, MTP, dense-then-MoE layers ... that a row's
    // fields cannot say); every architecture field the row states must agree with it.
    m = load_model(preset->value.as_string());
    const auto agree = [&](const std::string& field, std::int64_t preset_value) {
      const json& v = f.in_row(field);
      if (!v.is_null() && (!v.is_number_integer() || v.get<std::int64_t>() != preset_value))
        f.fail(field, fmt::format("the row gives {}, model preset {} has {}", v.dump(),
                                  preset->value.as_string(), preset_value));
    };
    agree("model.layers", m.layers);
    agree("model.hidden_size", m.hidden);
    agree("model.attention_heads", m.heads);
    agree("model.kv_heads", m.kv_heads);
    agree("model.vocab_size", m.vocab);
    agree("model.experts", m.moe.experts);
    agree("model.top_k", m.moe.top_k);
    agree("model.shared_experts", m.moe.shared_experts);
    m.name = id;
    m.description = job.model_name;
    m.seq_len = f.get_int("model.seq_len");
    m.seq_len_note.clear();
  } else {
    make_model(f, id, job.model_name, mapping_file, m);
  }

  validate_model(m);

  ParallelismSpec& p = job.parallelism;
  p.source = {mapping_file, 0};
  p.attention = kernel;
  // The rest of the software stack, where the source's framework differs from the defaults
  // (Adam, FP32 main gradients, BF16 weights beside FP8 copies).
  if (const Fill* v = f.fill("job.main_grads", true))
    p.main_grads_fp32 = v->value.as_enum({"fp32", "bf16"}) == "fp32";
  if (const Fill* v = f.fill("job.fp8_param_gather", true)) p.fp8_param_gather = v->value.as_bool();
  if (const Fill* v = f.fill("job.optimizer", true)) {
    p.optimizer = parse_enum<Optimizer>(
        v->value.as_enum({"adam", "adamw", "lamb", "adafactor", "sgd", "muon"}),
        v->value.location(), v->value.path());
  }
  p.tp = as_int(f.get_int("parallelism.tp"), f, "parallelism.tp");
  p.pp = as_int(f.get_int("parallelism.pp"), f, "parallelism.pp");
  p.vpp = as_int(f.get_int("parallelism.vpp"), f, "parallelism.vpp");
  p.schedule = p.vpp > 1 ? "interleaved" : "1f1b";
  p.dp = as_int(f.get_int("parallelism.dp"), f, "parallelism.dp");
  p.cp = as_int(f.get_int("parallelism.cp"), f, "parallelism.cp");
  p.ep = as_int(f.get_int("parallelism.ep"), f, "parallelism.ep");
  // Expert tensor parallelism (Megatron's --expert-tensor-parallel-size): tp unless stated.
  if (auto n = f.find_int("parallelism.etp")) p.etp = as_int(*n, f, "parallelism.etp");
  p.sequence_parallel = p.tp > 1 && parse_bool(f, "parallelism.sequence_parallel");
  p.zero = parse_zero(f);
  p.recompute = parse_recompute(f);
  p.precision = parse_precision(f);
  p.fp8_scaling = parse_fp8_scaling(f);
  // Selective recompute's modules (Megatron's recompute_modules), comma-separated.
  if (const Fill* v = f.fill("job.recompute_modules", true)) {
    std::vector<std::string> names;
    std::stringstream list(v->value.as_string());
    for (std::string item; std::getline(list, item, ',');)
      if (!item.empty()) names.push_back(item);
    sim::apply_recompute_modules(names, p, v->value.location(), v->value.path());
  }
  // The MoE dispatcher and its buffers (Megatron's flex dispatcher with HybridEP).
  if (const Fill* v = f.fill("job.ep_dispatcher", true))
    p.ep_dispatcher = parse_enum<EpDispatcher>(v->value.as_enum({"alltoall", "hybridep"}),
                                               v->value.location(), v->value.path());
  // Context parallelism's K/V exchange (Megatron's --cp-comm-type).
  if (const Fill* v = f.fill("job.cp_comm_type", true))
    p.cp_comm_type = parse_enum<CpCommType>(v->value.as_enum({"p2p", "allgather"}),
                                            v->value.location(), v->value.path());
  // PyTorch's CUDA allocator (the recipe's PYTORCH_CUDA_ALLOC_CONF).
  if (const Fill* v = f.fill("job.allocator", true))
    p.allocator = parse_enum<Allocator>(v->value.as_enum({"caching", "expandable_segments"}),
                                        v->value.location(), v->value.path());
  if (const Fill* v = f.fill("job.moe_rank_capacity_factor", true))
    p.moe_rank_capacity_factor = v->value.as_number(NumberRange::between(1.0, 1e6));
  if (const Fill* v = f.fill("job.moe_paged_stash", true))
    p.moe_paged_stash = v->value.as_number(NumberRange::between(1e-6, 1e6));
  // Rank placement (the scenario's parallelism.order), fastest-varying dimension first, e.g.
  // "tp,cp,ep,pp,dp" for a source that places PP inside DP (Megatron's default is tp,cp,ep,dp,pp).
  if (const Fill* v = f.fill("parallelism.order", true)) p.order = parse_order(*v);
  if (auto n = f.find_int("parallelism.first_stage_layers"))
    p.first_stage_layers = as_int(*n, f, "parallelism.first_stage_layers");
  if (auto n = f.find_int("parallelism.last_stage_layers"))
    p.last_stage_layers = as_int(*n, f, "parallelism.last_stage_layers");
  p.micro_batch = as_int(f.get_int("batch.micro_batch"), f, "batch.micro_batch");
  p.global_batch = f.get_int("batch.global_batch_sequences");
  p.seq_len = m.seq_len;
  if (std::int64_t{p.tp} * p.pp * p.cp * p.dp != job.gpus)
    f.fail("parallelism", fmt::format("tp {} x pp {} x cp {} x dp {} != {} GPUs", p.tp, p.pp, p.cp,
                                      p.dp, job.gpus));

  if (memory_row) {
    job.memory = parse_memory(f);
    return job;
  }
  job.measured_tflops_per_gpu = f.result("result.tflops_per_gpu");
  if (!f.in_row("result.tokens_per_sec").is_null())
    job.measured_tokens_per_sec = f.result("result.tokens_per_sec");
  return job;
}

}  // namespace

std::string RowJob::layout() const {
  const ParallelismSpec& p = parallelism;
  std::string s = fmt::format("TP{} PP{}", p.tp, p.pp);
  if (p.vpp > 1) s += fmt::format(" VPP{}", p.vpp);
  if (p.cp > 1) s += fmt::format(" CP{}", p.cp);
  if (p.ep > 1) s += fmt::format(" EP{}", p.ep);
  if (p.ep > 1 && p.etp > 0 && p.etp != p.tp) s += fmt::format(" ETP{}", p.etp);
  s += fmt::format(" DP{} mb{}", p.dp, p.micro_batch);
  return s;
}

std::int64_t RowJob::tokens_per_step() const {
  return parallelism.global_batch * parallelism.seq_len;
}

RowMapping map_rows(const std::filesystem::path& measured_json,
                    const std::filesystem::path& mapping_yaml) {
  const std::string measured_file = measured_json.string();
  const std::string mapping_file = mapping_yaml.string();
  // Bounded read (a directory or device is named as such); any JSON error, 1e400 included, is
  // bad input.
  const std::string text = read_spec_file(measured_json, measured_file, "a measured.json");
  json rows;
  try {
    rows = json::parse(text);
  } catch (const json::exception& e) {
    throw InputError({measured_file, 0}, "file", fmt::format("malformed JSON: {}", e.what()));
  }
  if (!rows.is_array()) throw InputError({measured_file, 0}, "file", "expected a list of rows");
  Mapping mapping = read_mapping(mapping_yaml);

  RowMapping out;
  std::map<std::string, bool> seen;
  for (const json& row : rows) {
    if (!row.is_object() || !row.contains("category")) continue;
    const bool memory_row = row["category"] == "training_memory";
    if (!memory_row && row["category"] != "training_throughput") continue;
    if (!row.contains("id") || !row["id"].is_string())
      throw InputError({measured_file, 0}, "id",
                       fmt::format("expected a string id for each {} row, got {}",
                                   row["category"].get<std::string>(),
                                   row.contains("id") ? row["id"].dump() : "none"));
    std::string id = row["id"].get<std::string>();
    seen[id] = true;
    if (auto s = mapping.skip.find(id); s != mapping.skip.end()) {
      out.skipped.push_back({id, s->second.first});
      continue;
    }
    auto fam = mapping.family_of.find(id);
    if (fam == mapping.family_of.end())
      throw InputError(
          {mapping_file, 0}, "families",
          fmt::format("row {} of {} is neither in a family nor skipped", id, measured_file));
    RowJob job = make_job(row, id, fam->second, mapping, measured_file, mapping_file, memory_row);
    if (auto cc = mapping.cross_check.find(fam->second); cc != mapping.cross_check.end()) {
      if (memory_row)
        throw InputError({mapping_file, 0}, "families",
                         fmt::format("family {} is a cross_check, which only throughput rows "
                                     "can be; row {} is a memory row",
                                     fam->second, id));
      job.cross_check = cc->second;
      out.cross_checks.push_back(std::move(job));
      continue;
    }
    (memory_row ? out.memory_jobs : out.jobs).push_back(std::move(job));
  }
  for (const auto& [id, where] : mapping.row_location)
    if (!seen.count(id))
      throw InputError(
          where, "families",
          fmt::format("row {} is not a training-throughput or training-memory row of {}", id,
                      measured_file));
  for (const auto& [id, skip] : mapping.skip)
    if (!seen.count(id))
      throw InputError(
          skip.second, "skip",
          fmt::format("row {} is not a training-throughput or training-memory row of {}", id,
                      measured_file));
  return out;
}

}  // namespace colossus::validation
