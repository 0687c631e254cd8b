# Bad input to `colossus plan`: one line naming the flag, exit 2.
# A TP group wider than the server, with --tp-within-server: contradictory constraints.
$ colossus plan --cluster meta-24k-roce --model llama3-405b --gpus 16384 --global-batch 2048 --tp 16 --tp-within-server
! exit 2
2> <command line>: --tp: --tp 16 contradicts --tp-within-server: meta-24k-roce's servers hold 8 GPUs

# A TP group wider than the NVLink domain (8 GPUs on eos-11616), even without the flag.
$ colossus plan --cluster eos-11616 --model llama3-8b --gpus 16 --global-batch 32 --tp 16
! exit 2
2> <command line>: --tp: expected at most the 8 GPUs of eos-11616's NVLink domain (a tensor-parallel group stays within one), got 16

# No layout fits: Llama 3 405B on 8 H100 needs several times their HBM; the line names the
# closest miss and by how much it misses.
$ colossus plan --cluster eos-11616 --model llama3-405b --gpus 8 --global-batch 16 --seq-len 4096 --max-vpp 1
! exit 2
2> <command line>: --gpus: no layout of the 768 enumerated fits in h100-sxm's 80.0 GiB: the closest, TP8 SP, PP1 1f1b, DP1, ZeRO-0, micro-batch 1 x 4096 tokens, global batch 16, bf16, full recompute, needs 856.2 GiB per GPU, 776.2 GiB more

# --pp beyond --max-pp.
$ colossus plan --cluster eos-11616 --model llama3-8b --gpus 16 --global-batch 32 --pp 8 --max-pp 4
! exit 2
2> <command line>: --pp: expected at most --max-pp 4 (and the model's 32 layers), got 8

# A ZeRO stage that does not exist.
$ colossus plan --cluster eos-11616 --model llama3-8b --gpus 16 --global-batch 32 --zero 1,4
! exit 2
2> <command line>: --zero: expected ZeRO stages 0 to 3 separated by commas, got '1,4'

# No global batch without a scenario file.
$ colossus plan --cluster eos-11616 --model llama3-8b --gpus 16
! exit 2
2> <command line>: --global-batch: required without a scenario file (or --tokens-per-step)

# An objective that does not exist: the line lists the ones that do.
$ colossus plan --cluster eos-11616 --model llama3-8b --gpus 16 --global-batch 32 --objective speed
! exit 2
2> <command line>: --objective: expected one of step-time, mfu, tokens-per-s, cost-per-token, got 'speed'

# Cost per token on a cluster without a site section (eos-11616 has no pricing).
$ colossus plan --cluster eos-11616 --model llama3-8b --gpus 16 --global-batch 32 --objective cost-per-token
! exit 2
2> <command line>: --objective: expected a cluster with a site section (its pricing) for cost-per-token; eos-11616 has none
