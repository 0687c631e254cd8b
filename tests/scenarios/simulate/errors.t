# Bad input to `colossus simulate`: each command line must exit 2 with nothing on stdout and
# exactly one line on stderr naming the flag (or file:line and field) and what was expected.

# cluster
$ colossus simulate --cluster nosuch --model llama3-8b --global-batch 8
! exit 2
2> <command line>: --cluster: unknown cluster preset "nosuch"; available: aurora, b200-300k, colossus-2, colossus-200k, cortex-50k, cortex-50k-dojo, dojo-exapod, el-capitan, eos-11616, frontier, gb200-nvl72-576, memphis-100k, meta-24k-roce, mi300x-1024, selene-a100, stargate-abilene, tpu-v5p-8960

# experts
$ colossus simulate --ep 3
! exit 2
2> <command line>: --ep: expected a divisor of the model's experts (8), got 3

# first_stage_layers (0 is an embedding-only stage; below 0 is refused)
$ colossus simulate --cluster eos-11616 --model llama3-405b --gpus 1024 --tp 8 --pp 8 --vpp 8 --cp 2 --global-batch 512 --first-stage-layers -1
! exit 2
2> <command line>: --first-stage-layers: expected a count in [0, 2147483647], got '-1'

# first_stage_layers_huge
$ colossus simulate --first-stage-layers 1000000
! exit 2
2> <command line>: --first-stage-layers: expected at most the model's 64 layers, got 1000000

# fit
$ colossus simulate --cluster eos-11616 --model llama3-405b --gpus 8 --tp 8 --global-batch 8
! exit 2
2> <command line>: parallelism: stage 0 needs 919.9 GiB per GPU, 839.9 GiB more than h100-sxm's 80.0 GiB (weights 94.5, grads 189.0, optimizer 567.0, activations 63.2 for 1 micro-batches of 1 x 8192 tokens in flight, overhead 6.2); no single change of recompute, ZeRO stage, micro-batch, tp, pp or cp makes it fit

# flag_typo
$ colossus simulate --tpp 4
! exit 2
2> <command line>: unknown option --tpp for simulate; did you mean --tp?

# fp8_scaling
$ colossus simulate --fp8-scaling just-in-time
! exit 2
2> <command line>: --fp8-scaling: expected one of delayed, current, mxfp8, got 'just-in-time'

# global_batch
$ colossus simulate --global-batch 1000
! exit 2
2> <command line>: --global-batch: expected a multiple of micro_batch * dp = 1 * 3072 = 3072, got 1000

# gpus
$ colossus simulate --gpus 200000
! exit 2
2> <command line>: --gpus: expected 1 to 100000 GPUs (the cluster memphis-100k), got 200000

# gpus_range
$ colossus simulate --gpus 1000000000000
! exit 2
2> <command line>: --gpus: expected a count in [1, 2147483647], got '1000000000000'

# gpus_zero
$ colossus simulate --gpus 0
! exit 2
2> <command line>: --gpus: expected a count in [1, 2147483647], got '0'

# heads
$ colossus simulate --tp 3
! exit 2
2> <command line>: --tp: expected a divisor or a multiple of the model's kv_heads (8), got 3

# missing_file
$ colossus simulate tests/scenarios/simulate/missing.yaml
! exit 2
2> tests/scenarios/simulate/missing.yaml: cannot read file (No such file or directory)

# missing_global_batch
$ colossus simulate --cluster memphis-100k --model grok-1
! exit 2
2> <command line>: --global-batch: required without a scenario file

# model
$ colossus simulate --cluster eos-11616 --model llama9-1t --global-batch 8
! exit 2
2> <command line>: --model: unknown model preset "llama9-1t" (did you mean "llama3-8b"?); available: deepseek-v3, gpt3-175b, grok-1, llama2-70b, llama3-405b, llama3-70b, llama3-8b, mixtral-8x7b, qwen3-235b-a22b

# model_alone
$ colossus simulate --model llama3-8b
! exit 2
2> <command line>: --cluster: without a scenario file, give both --cluster and --model (or --megatron-args with the model's arguments)

# overlap
$ colossus simulate --tp-comm-overlap 2
! exit 2
2> <command line>: --tp-comm-overlap: expected on, off or a fraction in [0, 1], got '2'

# pp_flag_blamed
$ colossus simulate --pp 1000
! exit 2
2> <command line>: --pp: tp * cp * pp = 8 * 1 * 1000 = 8000 must divide the 98304 GPUs

# precision
$ colossus simulate --precision fp4
! exit 2
2> <command line>: --precision: FP4 is a serving precision (colossus serve); training takes bf16 or fp8

# product
$ colossus simulate --cluster eos-11616 --model llama3-8b --gpus 64 --tp 8 --dp 3 --global-batch 24
! exit 2
2> <command line>: --dp: expected tp * cp * pp * dp = the 64 GPUs, got 8 * 1 * 1 * 3 = 24

# scenario_tp
$ colossus simulate tests/scenarios/simulate/tp3.yaml
! exit 2
2> tests/scenarios/simulate/tp3.yaml:6: parallelism.tp: expected a divisor of the model's attention_heads (32), got 3

# schedule
$ colossus simulate --schedule zero-bubble
! exit 2
2> <command line>: --schedule: expected a pipeline schedule (1f1b, interleaved, gpipe), got 'zero-bubble'

# tokens
$ colossus simulate --tokens -5
! exit 2
2> <command line>: --tokens: expected a count in [0, 1000000000000000000], got '-5'

# tp_zero
$ colossus simulate --tp 0
! exit 2
2> <command line>: --tp: expected a count in [1, 2147483647], got '0'

# typo
$ colossus simulate tests/scenarios/simulate/typo.yaml
! exit 2
2> tests/scenarios/simulate/typo.yaml:6: parallelism.global_bach: unknown key; did you mean "global_batch"?

# uneven_rest
$ colossus simulate --cluster eos-11616 --model llama3-405b --gpus 1024 --tp 8 --pp 8 --vpp 8 --cp 2 --global-batch 512 --last-stage-layers 3
! exit 2
2> <command line>: --last-stage-layers: the other 63 virtual stages must share the remaining 123 of 126 layers evenly, and they do not

# The software stack: an unknown attention kernel, optimizer, memory check, overlap fraction.
$ colossus simulate --attention flash9
! exit 2
2> <command line>: --attention: expected one of unfused, flash1, flash2, flash3, got 'flash9'

$ colossus simulate --optimizer adagrad
! exit 2
2> <command line>: --optimizer: expected one of adam, adamw, lamb, adafactor, sgd, muon, got 'adagrad'

$ colossus simulate --memory-check maybe
! exit 2
2> <command line>: --memory-check: expected one of error, warn, off, got 'maybe'

$ colossus simulate --overlap-grad-reduce 1.5
! exit 2
2> <command line>: --overlap-grad-reduce: expected on, off or a fraction in [0, 1], got '1.5'

# --recompute-num-layers applies to full recompute only (Megatron's rule).
$ colossus simulate --recompute-num-layers 2
! exit 2
2> <command line>: --recompute-num-layers: recompute_layers = 2 needs recompute: full (Megatron's --recompute-num-layers applies to --recompute-granularity full)

# Megatron arguments: one that changes performance and is not modelled, one Colossus does not know.
$ colossus simulate --megatron-args tests/scenarios/simulate/megatron/offload.sh --cluster eos-11616
! exit 2
2> tests/scenarios/simulate/megatron/offload.sh:3: --cpu-offloading: not supported: CPU activation offloading is not modelled

$ colossus simulate --megatron-args tests/scenarios/simulate/megatron/unknown.sh --cluster eos-11616
! exit 2
2> tests/scenarios/simulate/megatron/unknown.sh:3: --frobnicate-the-kernels: not a Megatron-LM argument Colossus knows; it may change performance, so it is refused (docs/software_stack.md lists the known ones)

# a trace file in a directory that cannot be made (a path through a file)
$ colossus simulate --trace README.md/step.json
! exit 2
2> <command line>: --trace: cannot write 'README.md/step.json': Not a directory

# a CSV directory through a file
$ colossus simulate --csv README.md/tables
! exit 2
2> <command line>: --csv: cannot create directory 'README.md/tables': Not a directory

# ep_comm_overlap (on, off or a fraction)
$ colossus simulate --cluster eos-11616 --model mixtral-8x7b --gpus 64 --tp 2 --ep 8 --global-batch 256 --ep-comm-overlap 2
! exit 2
2> <command line>: --ep-comm-overlap: expected on, off or a fraction in [0, 1], got '2'

# cp_comm_type (context parallelism's K/V exchange: p2p or allgather)
$ colossus simulate --cp-comm-type ring
! exit 2
2> <command line>: --cp-comm-type: expected one of p2p, allgather, got 'ring'
