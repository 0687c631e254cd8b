// Megatron-LM's argument names as a way into a job: a launch script (or a file of arguments)
// read into its `--name value` arguments, applied to a scenario's job, and the other way round,
// the Megatron arguments of a job. One table names every argument Colossus knows: what it sets
// (tensor-model-parallel-size -> parallelism.tp ...), or that it does not change performance
// (learning rate, logging, checkpointing, data paths: listed and ignored), or that it changes
// performance in a way Colossus does not model (an InputError naming it). An argument the table
// does not know is an InputError too: Colossus cannot tell whether it changes performance.
//
// The script is read as text, not run: comments and line continuations are removed, $VAR,
// ${VAR} and ${VAR:-default} are expanded from the script's own NAME=value assignments, and
// every token that starts with "--" is an argument with the tokens up to the next one as its
// value. Arguments of torchrun (--nproc_per_node, --nnodes) give the GPU count. Both branches
// of a shell conditional are read: an argument given twice with different values is an error.
// docs/software_stack.md lists the table.
#pragma once

#include <string>
#include <vector>

#include "colossus/sim/scenario.h"

namespace colossus::sim {

// One argument as read: its name ("--tensor-model-parallel-size"), its value ("" for a switch)
// and where it was read.
struct MegatronArg {
  std::string name;
  std::string value;
  SourceLocation where;
};

// Reads the arguments of a launch script or argument file. Throws InputError for an unreadable
// file or an argument given twice with different values.
std::vector<MegatronArg> read_megatron_args(const std::string& path);

// What applying arguments did.
struct MegatronApplied {
  std::vector<std::string> ignored;  // "--lr (learning rate: no effect on the step time)"
  std::vector<std::string> fields;   // the job fields set ("parallelism.tp", "gpus", "model")
};

// Applies arguments to a scenario's job (the model too when the arguments define one:
// --num-layers, --hidden-size, --num-attention-heads and --vocab-size, its name `model_name`).
// With `megatron_defaults` (a whole launch script) the job first takes Megatron-LM's defaults
// for what the arguments may leave out: tp = pp = cp = ep = 1, micro-batch 1, no sequence
// parallel, no distributed optimizer (ZeRO 0), no recompute, no overlap, FP32 main gradients,
// BF16. Throws InputError at the argument for an unknown argument, one that changes performance
// in a way Colossus does not model, or a bad value.
MegatronApplied apply_megatron_args(const std::vector<MegatronArg>& args, Scenario& scenario,
                                    const std::string& model_name, bool megatron_defaults);

// Fraction of the TP/SP collectives hidden with Megatron's --tp-comm-overlap: Transformer
// Engine's userbuffers split each all-gather / reduce-scatter into tp ring steps, each overlapped
// with the GEMM chunk of the previous one, so one step of tp stays exposed: (tp - 1) / tp. Not
// fitted to a row.
double tp_comm_overlap_hidden(int tp);

// The Megatron-LM arguments of a job, one per line as a launch script's arguments ("--tensor-
// model-parallel-size 8 \"), the model's included: what to pass Megatron to run this layout.
std::string megatron_args_text(const ModelSpec& model, const ParallelismSpec& parallelism,
                               const SimOptions& options, int gpus);

}  // namespace colossus::sim
