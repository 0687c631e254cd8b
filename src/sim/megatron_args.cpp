// Megatron-LM arguments to and from jobs (megatron_args.h): the script reader (comments,
// continuations, NAME=value expansion, `--name value` tokens), the table of every argument
// Colossus knows with what it sets or why it is ignored, and the printer of a job's arguments.
#include "colossus/sim/megatron_args.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "colossus/spec/model_loader.h"
#include "colossus/spec/spec_file.h"

namespace colossus::sim {
namespace {

// ---- reading a script -------------------------------------------------------------------------

// The line without its comment (a # at the start of a word, outside quotes).
std::string strip_comment(const std::string& line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '#' && (i == 0 || std::isspace(static_cast<unsigned char>(line[i - 1])))) {
      return line.substr(0, i);
    }
  }
  return line;
}

// Expands $NAME, ${NAME} and ${NAME:-default} from `vars`; an unknown name stays as written.
std::string expand(const std::string& text, const std::map<std::string, std::string>& vars) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != '$' || i + 1 == text.size()) {
      out += text[i++];
      continue;
    }
    std::string name, fallback;
    bool has_fallback = false;
    std::size_t end = i + 1;
    if (text[end] == '{') {
      const std::size_t close = text.find('}', end);
      if (close == std::string::npos) {
        out += text.substr(i);
        break;
      }
      std::string inner = text.substr(end + 1, close - end - 1);
      if (auto dash = inner.find(":-"); dash != std::string::npos) {
        fallback = inner.substr(dash + 2);
        has_fallback = true;
        inner = inner.substr(0, dash);
      }
      name = inner;
      end = close + 1;
    } else {
      while (end < text.size() &&
             (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_'))
        ++end;
      name = text.substr(i + 1, end - i - 1);
    }
    if (auto it = vars.find(name); it != vars.end()) {
      out += it->second;
    } else if (has_fallback) {
      std::string f = expand(fallback, vars);
      if (f.size() >= 2 && (f.front() == '"' || f.front() == '\'') && f.back() == f.front())
        f = f.substr(1, f.size() - 2);
      out += f;
    } else {
      out += text.substr(i, end - i);
    }
    i = end;
  }
  return out;
}

// Shell words of a line: whitespace-separated, quotes grouping and removed.
std::vector<std::string> words(const std::string& line) {
  std::vector<std::string> out;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (char c : line) {
    if (quote) {
      if (c == quote)
        quote = 0;
      else
        word += c;
    } else if (c == '"' || c == '\'') {
      quote = c;
      in_word = true;
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      if (in_word) out.push_back(word);
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) out.push_back(word);
  return out;
}

// Whether a word is an argument name ("--tp", not "--" or "---").
bool is_argument(const std::string& w) {
  return w.size() > 2 && w[0] == '-' && w[1] == '-' &&
         std::isalpha(static_cast<unsigned char>(w[2]));
}

// ---- the table --------------------------------------------------------------------------------

// What applying the arguments builds up before it is written into the scenario.
struct State {
  Scenario& scenario;
  std::map<std::string, const MegatronArg*> model_args;  // the model's, read at the end
  std::optional<int> layers_per_virtual_stage;
  std::optional<std::int64_t> nproc, nnodes;
  MegatronApplied applied;
};

[[noreturn]] void fail(const MegatronArg& a, const std::string& message) {
  throw InputError(a.where, a.name, message);
}

std::int64_t as_int(const MegatronArg& a, std::int64_t min = 0) {
  std::int64_t v = 0;
  const char* end = a.value.data() + a.value.size();
  auto [ptr, ec] = std::from_chars(a.value.data(), end, v);
  if (a.value.empty() || ec != std::errc() || ptr != end || v < min)
    fail(a, fmt::format("expected an integer >= {}, got '{}'", min, a.value));
  return v;
}

double as_double(const MegatronArg& a) {
  char* end = nullptr;
  const double v = std::strtod(a.value.c_str(), &end);
  if (a.value.empty() || end != a.value.c_str() + a.value.size())
    fail(a, fmt::format("expected a number, got '{}'", a.value));
  return v;
}

void no_value(const MegatronArg& a) {
  if (!a.value.empty()) fail(a, fmt::format("is a switch, got the value '{}'", a.value));
}

// One entry: what an argument does to the job.
using Handler = std::function<void(const MegatronArg&, State&)>;
struct Entry {
  Handler set;         // empty: ignored or unsupported
  const char* reason;  // why it is ignored (set empty, supported) or unsupported
  bool supported = true;
};

// Sets a ParallelismSpec field from an integer argument.
Entry int_field(int ParallelismSpec::*field, const char* path, std::int64_t min = 1) {
  return {[=](const MegatronArg& a, State& s) {
            s.scenario.job.parallelism.*field = static_cast<int>(as_int(a, min));
            s.applied.fields.push_back(path);
          },
          ""};
}

// A model argument, read when the model is built.
Entry model_arg() {
  return {[](const MegatronArg& a, State& s) { s.model_args[a.name] = &a; }, ""};
}

Entry ignored(const char* reason) {
  return {{}, reason};
}

Entry unsupported(const char* reason) {
  return {{}, reason, false};
}

const std::map<std::string, Entry>& table() {
  static const std::map<std::string, Entry> t = [] {
    std::map<std::string, Entry> m;
    auto P = [](State& s) -> ParallelismSpec& { return s.scenario.job.parallelism; };
    auto O = [](State& s) -> SimOptions& { return s.scenario.job.options; };
    // Layout and batch.
    m["--tensor-model-parallel-size"] = int_field(&ParallelismSpec::tp, "parallelism.tp");
    m["--pipeline-model-parallel-size"] = int_field(&ParallelismSpec::pp, "parallelism.pp");
    m["--context-parallel-size"] = int_field(&ParallelismSpec::cp, "parallelism.cp");
    m["--expert-model-parallel-size"] = int_field(&ParallelismSpec::ep, "parallelism.ep");
    m["--expert-tensor-parallel-size"] = int_field(&ParallelismSpec::etp, "parallelism.etp");
    m["--micro-batch-size"] = int_field(&ParallelismSpec::micro_batch, "parallelism.micro_batch");
    m["--virtual-pipeline-model-parallel-size"] = {[=](const MegatronArg& a, State& s) {
                                                     P(s).vpp = static_cast<int>(as_int(a, 1));
                                                     P(s).schedule =
                                                         P(s).vpp > 1 ? "interleaved" : "1f1b";
                                                     s.applied.fields.push_back("parallelism.vpp");
                                                   },
                                                   ""};
    m["--num-layers-per-virtual-pipeline-stage"] = {[](const MegatronArg& a, State& s) {
                                                      s.layers_per_virtual_stage =
                                                          static_cast<int>(as_int(a, 1));
                                                    },
                                                    ""};
    m["--global-batch-size"] = {[=](const MegatronArg& a, State& s) {
                                  P(s).global_batch = as_int(a, 1);
                                  s.applied.fields.push_back("parallelism.global_batch");
                                },
                                ""};
    m["--seq-length"] = {[=](const MegatronArg& a, State& s) {
                           P(s).seq_len = as_int(a, 1);
                           s.model_args[a.name] = &a;
                           s.applied.fields.push_back("parallelism.seq_len");
                         },
                         ""};
    m["--sequence-parallel"] = {[=](const MegatronArg& a, State& s) {
                                  no_value(a);
                                  P(s).sequence_parallel = true;
                                  s.applied.fields.push_back("parallelism.sequence_parallel");
                                },
                                ""};
    m["--decoder-first-pipeline-num-layers"] =
        int_field(&ParallelismSpec::first_stage_layers, "parallelism.first_stage_layers", 0);
    m["--decoder-last-pipeline-num-layers"] =
        int_field(&ParallelismSpec::last_stage_layers, "parallelism.last_stage_layers", 0);
    m["--account-for-embedding-in-pipeline-split"] = {[=](const MegatronArg& a, State& s) {
                                                        no_value(a);
                                                        P(s).account_for_embedding = true;
                                                      },
                                                      ""};
    m["--account-for-loss-in-pipeline-split"] = {[=](const MegatronArg& a, State& s) {
                                                   no_value(a);
                                                   P(s).account_for_loss = true;
                                                 },
                                                 ""};
    // Recompute.
    m["--recompute-granularity"] = {
        [=](const MegatronArg& a, State& s) {
          if (a.value != "full" && a.value != "selective")
            fail(a, fmt::format("expected full or selective, got '{}'", a.value));
          P(s).recompute = a.value == "full" ? Recompute::full : Recompute::selective;
          s.applied.fields.push_back("parallelism.recompute");
        },
        ""};
    m["--recompute-activations"] = {[=](const MegatronArg& a, State& s) {
                                      no_value(a);
                                      P(s).recompute = Recompute::selective;
                                      s.applied.fields.push_back("parallelism.recompute");
                                    },
                                    ""};
    m["--recompute-method"] = {[=](const MegatronArg& a, State& s) {
                                 P(s).recompute_method =
                                     parse_enum<RecomputeMethod>(a.value, a.where, a.name);
                                 s.applied.fields.push_back("parallelism.recompute_method");
                               },
                               ""};
    m["--recompute-num-layers"] =
        int_field(&ParallelismSpec::recompute_layers, "parallelism.recompute_layers");
    // Numerics and the software stack.
    m["--bf16"] = {[](const MegatronArg& a, State&) { no_value(a); }, ""};
    m["--fp16"] = {[](const MegatronArg& a, State& s) {
                     no_value(a);
                     s.applied.ignored.push_back(
                         "--fp16 (timed as BF16: the same tensor-core peak and bytes)");
                   },
                   ""};
    m["--fp8-format"] = {[=](const MegatronArg& a, State& s) {
                           if (a.value != "e4m3" && a.value != "hybrid")
                             fail(a, fmt::format("expected e4m3 or hybrid, got '{}'", a.value));
                           P(s).precision = Precision::fp8;
                           s.applied.fields.push_back("parallelism.precision");
                         },
                         ""};
    m["--fp8-recipe"] = {[=](const MegatronArg& a, State& s) {
                           if (a.value == "delayed")
                             P(s).fp8_scaling = Fp8Scaling::delayed;
                           else if (a.value == "tensorwise")
                             P(s).fp8_scaling = Fp8Scaling::current;
                           else if (a.value == "mxfp8")
                             P(s).fp8_scaling = Fp8Scaling::mxfp8;
                           else
                             fail(a, fmt::format("the {} FP8 recipe is not modelled (delayed, "
                                                 "tensorwise or mxfp8 are)",
                                                 a.value));
                           s.applied.fields.push_back("parallelism.fp8_scaling");
                         },
                         ""};
    m["--fp8-param-gather"] = {[=](const MegatronArg& a, State& s) {
                                 no_value(a);
                                 P(s).fp8_param_gather = true;
                               },
                               ""};
    m["--grad-reduce-in-bf16"] = {[=](const MegatronArg& a, State& s) {
                                    no_value(a);
                                    P(s).main_grads_fp32 = false;
                                    s.applied.fields.push_back("stack.main_grads");
                                  },
                                  ""};
    m["--accumulate-allreduce-grads-in-fp32"] = {[=](const MegatronArg& a, State& s) {
                                                   no_value(a);
                                                   P(s).main_grads_fp32 = true;
                                                 },
                                                 ""};
    m["--attention-backend"] = {
        [=](const MegatronArg& a, State& s) {
          if (a.value == "flash" || a.value == "fused" || a.value == "auto")
            P(s).attention = AttentionKernel::flash2;
          else if (a.value == "unfused" || a.value == "local")
            P(s).attention = AttentionKernel::unfused;
          else
            fail(a,
                 fmt::format("expected flash, fused, unfused, local or auto, got '{}'", a.value));
          s.applied.fields.push_back("stack.attention");
        },
        ""};
    m["--use-flash-attn"] = {[=](const MegatronArg& a, State& s) {
                               no_value(a);
                               P(s).attention = AttentionKernel::flash2;
                             },
                             ""};
    m["--optimizer"] = {[=](const MegatronArg& a, State& s) {
                          P(s).optimizer = parse_enum<Optimizer>(a.value, a.where, a.name);
                          s.applied.fields.push_back("stack.optimizer");
                        },
                        ""};
    m["--use-distributed-optimizer"] = {[=](const MegatronArg& a, State& s) {
                                          no_value(a);
                                          P(s).zero = ZeroStage::optimizer;
                                          s.applied.fields.push_back("parallelism.zero");
                                        },
                                        ""};
    m["--use-torch-fsdp2"] = {[=](const MegatronArg& a, State& s) {
                                no_value(a);
                                P(s).zero = ZeroStage::weights;
                                s.applied.fields.push_back("parallelism.zero");
                              },
                              ""};
    // Overlap.
    m["--overlap-grad-reduce"] = {[=](const MegatronArg& a, State& s) {
                                    no_value(a);
                                    O(s).overlap_grad_reduce = 1.0;
                                  },
                                  ""};
    m["--overlap-param-gather"] = {[=](const MegatronArg& a, State& s) {
                                     no_value(a);
                                     O(s).overlap_param_gather = 1.0;
                                   },
                                   ""};
    m["--overlap-p2p-communication"] = {[=](const MegatronArg& a, State& s) {
                                          no_value(a);
                                          O(s).overlap_p2p = 1.0;
                                        },
                                        ""};
    m["--overlap-moe-expert-parallel-comm"] = {[=](const MegatronArg& a, State& s) {
                                                 no_value(a);
                                                 O(s).ep_comm_overlap = 1.0;
                                               },
                                               ""};
    m["--tp-comm-overlap"] = {[=](const MegatronArg& a, State& s) {
                                no_value(a);
                                s.model_args[a.name] = &a;  // its fraction depends on tp
                              },
                              ""};
    // The model.
    for (const char* name :
         {"--num-layers", "--hidden-size", "--ffn-hidden-size", "--num-attention-heads",
          "--num-query-groups", "--group-query-attention", "--kv-channels", "--swiglu",
          "--untie-embeddings-and-output-weights", "--disable-bias-linear",
          "--position-embedding-type", "--vocab-size", "--make-vocab-size-divisible-by",
          "--attention-dropout", "--hidden-dropout", "--num-experts", "--moe-router-topk",
          "--moe-ffn-hidden-size", "--moe-shared-expert-intermediate-size"})
      m[name] = model_arg();
    // torchrun.
    m["--nproc_per_node"] = {[](const MegatronArg& a, State& s) { s.nproc = as_int(a, 1); }, ""};
    m["--nnodes"] = {[](const MegatronArg& a, State& s) { s.nnodes = as_int(a, 1); }, ""};
    for (const char* name : {"--node_rank", "--master_addr", "--master_port", "--rdzv_backend",
                             "--rdzv_endpoint", "--rdzv_id"})
      m[name] = ignored("torchrun's rendezvous");
    // No effect on the step time or memory.
    for (const char* name :
         {"--lr", "--min-lr", "--lr-decay-style", "--lr-decay-samples", "--lr-decay-iters",
          "--lr-warmup-samples", "--lr-warmup-iters", "--lr-warmup-fraction", "--decoupled-lr",
          "--decoupled-min-lr", "--weight-decay", "--clip-grad", "--adam-beta1", "--adam-beta2",
          "--adam-eps", "--init-method-std", "--seed", "--train-samples", "--train-iters"})
      m[name] = ignored("optimisation hyper-parameter");
    for (const char* name : {"--log-interval",
                             "--log-throughput",
                             "--log-timers-to-tensorboard",
                             "--log-memory-to-tensorboard",
                             "--log-params-norm",
                             "--log-num-zeros-in-grad",
                             "--tensorboard-dir",
                             "--wandb-project",
                             "--wandb-exp-name",
                             "--eval-iters",
                             "--eval-interval",
                             "--save-interval",
                             "--save",
                             "--load",
                             "--ckpt-format",
                             "--profile",
                             "--profile-step-start",
                             "--profile-step-end",
                             "--exit-duration-in-mins",
                             "--distributed-timeout-minutes",
                             "--manual-gc",
                             "--manual-gc-interval"})
      m[name] = ignored("logging, evaluation, checkpointing or profiling");
    for (const char* name :
         {"--data-path", "--data-cache-path", "--mock-data", "--tokenizer-type",
          "--tokenizer-model", "--vocab-file", "--merge-file", "--tiktoken-pattern", "--split",
          "--no-create-attention-mask-in-dataloader", "--no-mmap-bin-files", "--num-workers"})
      m[name] = ignored("data loading");
    for (const char* name :
         {"--use-mcore-models", "--transformer-impl", "--max-position-embeddings", "--rotary-base",
          "--rotary-percent", "--rotary-interleaved", "--apply-layernorm-1p", "--normalization",
          "--norm-epsilon", "--fp8-amax-history-len", "--fp8-amax-compute-algo", "--fp8-margin",
          "--calculate-per-token-loss", "--distributed-backend", "--bias-gelu-fusion",
          "--masked-softmax-fusion"})
      m[name] = ignored("numerics or implementation choice the step time does not depend on");
    m["--cross-entropy-loss-fusion"] = ignored(
        "the fused loss kernel: timed and held as the unfused one (its memory saving "
        "not modelled)");
    m["--empty-unused-memory-level"] =
        ignored("frees the allocator's cache between steps: no effect on the peak");
    m["--moe-grouped-gemm"] = ignored("the compute model times experts as grouped GEMMs");
    m["--delay-wgrad-compute"] = ignored(
        "part of --overlap-moe-expert-parallel-comm's schedule, which the overlap fraction "
        "models; the weight-gradient GEMMs are timed the same wherever they run");
    // Known to change performance and not modelled.
    m["--cpu-offloading"] = unsupported("CPU activation offloading is not modelled");
    m["--use-cpu-initialization"] = ignored("initialisation only");
    // Context parallelism's K/V exchange (Megatron-Core's cp_comm_type, Transformer Engine's
    // attention): one value for every layer.
    m["--cp-comm-type"] = {[=](const MegatronArg& a, State& s) {
                             if (a.value == "p2p" || a.value == "allgather")
                               P(s).cp_comm_type = parse_enum<CpCommType>(a.value, a.where, a.name);
                             else
                               fail(a, fmt::format("the {} CP communication is not modelled "
                                                   "(p2p and allgather are)",
                                                   a.value));
                             s.applied.fields.push_back("stack.cp_comm_type");
                           },
                           ""};
    m["--moe-token-dispatcher-type"] = {
        [](const MegatronArg& a, State&) {
          if (a.value != "alltoall")
            fail(a, fmt::format("the {} dispatcher is not modelled (alltoall is)", a.value));
        },
        ""};
    m["--pipeline-model-parallel-layout"] = unsupported(
        "an explicit layout string is not modelled; use "
        "--decoder-first/last-pipeline-num-layers");
    m["--fp4-format"] = unsupported("FP4 training is not modelled");
    return m;
  }();
  return t;
}

// The model the arguments define, or nullopt when they do not (no --num-layers).
std::optional<ModelSpec> build_model(const State& s, const std::string& name) {
  const auto& a = s.model_args;
  auto get = [&](const char* key) -> const MegatronArg* {
    auto it = a.find(key);
    return it == a.end() ? nullptr : it->second;
  };
  const MegatronArg* layers = get("--num-layers");
  if (!layers) {
    for (const auto& [key, arg] : a)
      if (key != "--seq-length" && key != "--tp-comm-overlap")
        fail(*arg,
             "a model argument without --num-layers: give the whole model (--num-layers, "
             "--hidden-size, --num-attention-heads, --vocab-size) or none and --model");
    return std::nullopt;
  }
  auto required = [&](const char* key) -> const MegatronArg& {
    if (const MegatronArg* v = get(key)) return *v;
    fail(*layers, fmt::format("the model needs {} as well", key));
  };
  ModelSpec m;
  m.name = name;
  m.description = "from Megatron-LM arguments";
  m.source = layers->where;
  m.layers = static_cast<int>(as_int(*layers, 1));
  m.hidden = as_int(required("--hidden-size"), 1);
  m.heads = static_cast<int>(as_int(required("--num-attention-heads"), 1));
  m.kv_heads = get("--group-query-attention")
                   ? static_cast<int>(as_int(required("--num-query-groups"), 1))
                   : m.heads;
  m.head_dim = get("--kv-channels") ? static_cast<int>(as_int(*get("--kv-channels"), 1))
                                    : static_cast<int>(m.hidden / m.heads);
  m.ffn_kind = get("--swiglu") ? FfnKind::swiglu : FfnKind::gelu;
  m.ffn_hidden = get("--ffn-hidden-size") ? as_int(*get("--ffn-hidden-size"), 1) : 4 * m.hidden;
  // Megatron pads the vocabulary to a multiple of --make-vocab-size-divisible-by (128) x tp.
  const std::int64_t divisible =
      (get("--make-vocab-size-divisible-by") ? as_int(*get("--make-vocab-size-divisible-by"), 1)
                                             : 128) *
      s.scenario.job.parallelism.tp;
  const std::int64_t vocab = as_int(required("--vocab-size"), 1);
  m.vocab = (vocab + divisible - 1) / divisible * divisible;
  m.seq_len = as_int(required("--seq-length"), 1);
  m.tied_embeddings = !get("--untie-embeddings-and-output-weights");
  m.linear_bias = !get("--disable-bias-linear");
  const MegatronArg* positions = get("--position-embedding-type");
  m.learned_positions = !positions || positions->value == "learned_absolute";
  // Megatron's dropouts default to 0.1: masks are kept unless both are 0.
  const double attention_dropout =
      get("--attention-dropout") ? as_double(*get("--attention-dropout")) : 0.1;
  const double hidden_dropout = get("--hidden-dropout") ? as_double(*get("--hidden-dropout")) : 0.1;
  m.dropout = attention_dropout > 0 || hidden_dropout > 0;
  if (const MegatronArg* experts = get("--num-experts")) {
    m.moe.experts = static_cast<int>(as_int(*experts, 1));
    m.moe.top_k =
        get("--moe-router-topk") ? static_cast<int>(as_int(*get("--moe-router-topk"), 1)) : 2;
    m.moe.expert_ffn_hidden =
        get("--moe-ffn-hidden-size") ? as_int(*get("--moe-ffn-hidden-size"), 1) : m.ffn_hidden;
    if (const MegatronArg* shared = get("--moe-shared-expert-intermediate-size"))
      m.moe.shared_experts = static_cast<int>(as_int(*shared, 1) / m.moe.expert_ffn_hidden);
  }
  validate_model(m);
  return m;
}

}  // namespace

std::vector<MegatronArg> read_megatron_args(const std::string& path) {
  const std::string text = read_spec_file(path, path, "a Megatron-LM launch script");
  // Physical lines joined over backslash continuations, each with its first line number.
  std::vector<std::pair<int, std::string>> lines;
  {
    std::string current;
    int start = 0, number = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
      std::size_t nl = text.find('\n', pos);
      if (nl == std::string::npos) nl = text.size();
      std::string line = text.substr(pos, nl - pos);
      ++number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (current.empty()) start = number;
      line = strip_comment(line);
      const bool continued = !line.empty() && line.back() == '\\';
      if (continued) line.pop_back();
      current += line + ' ';
      if (!continued) {
        lines.emplace_back(start, current);
        current.clear();
      }
      pos = nl + 1;
    }
  }
  std::map<std::string, std::string> vars;
  std::vector<MegatronArg> args;
  std::map<std::string, std::size_t> seen;
  for (const auto& [number, line] : lines) {
    std::vector<std::string> ws = words(line);
    // NAME=value (not NAME=( ... ): an array), optionally exported.
    std::size_t first = ws.size() > 1 && ws[0] == "export" ? 1 : 0;
    if (ws.size() > first) {
      const std::string& w = ws[first];
      const std::size_t eq = w.find('=');
      if (eq != std::string::npos && eq > 0 &&
          std::all_of(
              w.begin(), w.begin() + static_cast<std::ptrdiff_t>(eq),
              [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }) &&
          w.find('(', eq) == std::string::npos) {
        vars[w.substr(0, eq)] = expand(w.substr(eq + 1), vars);
        continue;
      }
    }
    // The words, expanded; a quoted "--name value" element splits into its words.
    std::vector<std::string> tokens;
    for (const std::string& w : ws)
      for (const std::string& t : words(expand(w, vars))) tokens.push_back(t);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (!is_argument(tokens[i])) continue;
      MegatronArg a{tokens[i], "", {path, number}};
      if (auto eq = a.name.find('='); eq != std::string::npos) {
        a.value = a.name.substr(eq + 1);
        a.name = a.name.substr(0, eq);
      }
      while (i + 1 < tokens.size() && !is_argument(tokens[i + 1]) && tokens[i + 1] != ")" &&
             tokens[i + 1].find('$') == std::string::npos) {
        a.value += (a.value.empty() ? "" : " ") + tokens[++i];
      }
      if (auto it = seen.find(a.name); it != seen.end()) {
        const MegatronArg& before = args[it->second];
        if (before.value != a.value)
          throw InputError(a.where, a.name,
                           fmt::format("given twice with different values ('{}' at line {}, "
                                       "'{}' here)",
                                       before.value, before.where.line, a.value));
        continue;
      }
      seen[a.name] = args.size();
      args.push_back(std::move(a));
    }
  }
  return args;
}

MegatronApplied apply_megatron_args(const std::vector<MegatronArg>& args, Scenario& scenario,
                                    const std::string& model_name, bool megatron_defaults) {
  State s{scenario, {}, {}, {}, {}, {}};
  if (megatron_defaults) {
    // What Megatron-LM runs when an argument is absent.
    ParallelismSpec& p = scenario.job.parallelism;
    p.tp = p.pp = p.cp = p.ep = p.vpp = p.micro_batch = 1;
    p.etp = 0;
    p.schedule = "1f1b";
    p.sequence_parallel = false;
    p.zero = ZeroStage::none;
    p.recompute = Recompute::none;
    p.recompute_layers = 0;
    p.precision = Precision::bf16;
    p.main_grads_fp32 = true;
    p.attention = AttentionKernel::flash2;
    p.optimizer = Optimizer::adam;
    p.cp_comm_type = CpCommType::p2p;
    SimOptions& o = scenario.job.options;
    o.overlap_grad_reduce = o.overlap_param_gather = o.tp_comm_overlap = o.ep_comm_overlap = 0.0;
  }
  for (const MegatronArg& a : args) {
    auto it = table().find(a.name);
    if (it == table().end())
      throw InputError(a.where, a.name,
                       "not a Megatron-LM argument Colossus knows; it may change performance, so "
                       "it is refused (docs/software_stack.md lists the known ones)");
    const Entry& e = it->second;
    if (!e.supported) throw InputError(a.where, a.name, std::string("not supported: ") + e.reason);
    if (e.set)
      e.set(a, s);
    else
      s.applied.ignored.push_back(fmt::format("{} ({})", a.name, e.reason));
  }
  ParallelismSpec& p = scenario.job.parallelism;
  if (auto m = build_model(s, model_name)) {
    scenario.job.model = *m;
    s.applied.fields.push_back("model");
  }
  if (s.layers_per_virtual_stage) {
    const int per_pipeline = scenario.job.model.layers / std::max(1, p.pp);
    if (scenario.job.model.layers % std::max(1, p.pp) != 0 ||
        per_pipeline % *s.layers_per_virtual_stage != 0)
      throw InputError(args.front().where, "--num-layers-per-virtual-pipeline-stage",
                       fmt::format("expected a divisor of the layers per pipeline stage ({} / {})",
                                   scenario.job.model.layers, p.pp));
    p.vpp = per_pipeline / *s.layers_per_virtual_stage;
    p.schedule = p.vpp > 1 ? "interleaved" : "1f1b";
    s.applied.fields.push_back("parallelism.vpp");
  }
  if (s.model_args.count("--tp-comm-overlap"))
    scenario.job.options.tp_comm_overlap = tp_comm_overlap_hidden(p.tp);
  if (s.nproc || s.nnodes) {
    scenario.job.gpus = static_cast<int>(s.nproc.value_or(1) * s.nnodes.value_or(1));
    s.applied.fields.push_back("gpus");
  }
  return s.applied;
}

double tp_comm_overlap_hidden(int tp) {
  return tp > 1 ? (tp - 1.0) / tp : 0.0;
}

std::string megatron_args_text(const ModelSpec& m, const ParallelismSpec& p, const SimOptions& o,
                               int gpus) {
  std::vector<std::string> a;
  auto add = [&](const std::string& name, const std::string& value = "") {
    a.push_back(value.empty() ? name : name + " " + value);
  };
  add("--nproc_per_node", std::to_string(std::min(gpus, 8)));
  add("--nnodes", std::to_string((gpus + 7) / 8));
  add("--num-layers", std::to_string(m.layers));
  add("--hidden-size", std::to_string(m.hidden));
  add("--ffn-hidden-size", std::to_string(m.ffn_hidden));
  add("--num-attention-heads", std::to_string(m.heads));
  if (m.kv_heads != m.heads) {
    add("--group-query-attention");
    add("--num-query-groups", std::to_string(m.kv_heads));
  }
  add("--kv-channels", std::to_string(m.head_dim));
  if (m.ffn_kind == FfnKind::swiglu) add("--swiglu");
  if (!m.tied_embeddings) add("--untie-embeddings-and-output-weights");
  if (!m.linear_bias) add("--disable-bias-linear");
  add("--position-embedding-type", m.learned_positions ? "learned_absolute" : "rope");
  if (!m.dropout) {
    add("--attention-dropout", "0.0");
    add("--hidden-dropout", "0.0");
  }
  add("--vocab-size", std::to_string(m.vocab));
  if (m.is_moe()) {
    add("--num-experts", std::to_string(m.moe.experts));
    add("--moe-router-topk", std::to_string(m.moe.top_k));
    add("--moe-ffn-hidden-size", std::to_string(m.moe.expert_ffn_hidden));
    if (m.moe.shared_experts > 0)
      add("--moe-shared-expert-intermediate-size",
          std::to_string(m.moe.shared_experts * m.moe.expert_ffn_hidden));
  }
  add("--seq-length", std::to_string(p.seq_len));
  add("--tensor-model-parallel-size", std::to_string(p.tp));
  if (p.sequence_parallel && p.tp > 1) add("--sequence-parallel");
  add("--pipeline-model-parallel-size", std::to_string(p.pp));
  if (p.vpp > 1) add("--virtual-pipeline-model-parallel-size", std::to_string(p.vpp));
  if (p.first_stage_layers >= 0)
    add("--decoder-first-pipeline-num-layers", std::to_string(p.first_stage_layers));
  if (p.last_stage_layers >= 0)
    add("--decoder-last-pipeline-num-layers", std::to_string(p.last_stage_layers));
  if (p.account_for_embedding) add("--account-for-embedding-in-pipeline-split");
  if (p.account_for_loss) add("--account-for-loss-in-pipeline-split");
  add("--context-parallel-size", std::to_string(p.cp));
  if (m.is_moe()) {
    add("--expert-model-parallel-size", std::to_string(p.ep));
    add("--expert-tensor-parallel-size", std::to_string(p.etp));
  }
  add("--micro-batch-size", std::to_string(p.micro_batch));
  add("--global-batch-size", std::to_string(p.global_batch));
  if (p.recompute == Recompute::selective) add("--recompute-granularity", "selective");
  if (p.recompute == Recompute::full) {
    add("--recompute-granularity", "full");
    add("--recompute-method", std::string(to_string(p.recompute_method)));
    add("--recompute-num-layers", std::to_string(p.recompute_layers > 0 ? p.recompute_layers : 1));
  }
  add("--bf16");
  if (p.precision == Precision::fp8) {
    add("--fp8-format", "hybrid");
    add("--fp8-recipe", p.fp8_scaling == Fp8Scaling::current ? "tensorwise"
                        : p.fp8_scaling == Fp8Scaling::mxfp8 ? "mxfp8"
                                                             : "delayed");
    if (p.fp8_param_gather) add("--fp8-param-gather");
  }
  if (!p.main_grads_fp32) add("--grad-reduce-in-bf16");
  add("--attention-backend", p.attention == AttentionKernel::unfused ? "unfused" : "flash");
  if (p.cp > 1 && p.cp_comm_type != CpCommType::p2p)
    add("--cp-comm-type", std::string(to_string(p.cp_comm_type)));
  if (p.optimizer == Optimizer::sgd) add("--optimizer", "sgd");
  if (p.zero == ZeroStage::optimizer) add("--use-distributed-optimizer");
  if (p.zero == ZeroStage::weights) add("--use-torch-fsdp2");
  if (o.overlap_grad_reduce > 0) add("--overlap-grad-reduce");
  if (o.overlap_param_gather > 0 && p.zero == ZeroStage::optimizer) add("--overlap-param-gather");
  if (o.overlap_p2p > 0 && p.vpp > 1) add("--overlap-p2p-communication");
  if (o.tp_comm_overlap > 0 && p.tp > 1) add("--tp-comm-overlap");
  if (o.ep_comm_overlap > 0 && p.ep > 1) {
    add("--overlap-moe-expert-parallel-comm");
    add("--delay-wgrad-compute");
  }
  std::string out;
  for (std::size_t i = 0; i < a.size(); ++i)
    out += "    " + a[i] + (i + 1 < a.size() ? " \\\n" : "\n");
  return out;
}

}  // namespace colossus::sim
