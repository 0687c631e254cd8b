# `colossus plan` on a small job: Llama 3 8B on 16 GPUs of Eos (two HGX servers), 32 sequences of
# 4,096 tokens per step. The counts of the search, the top 3 with their breakdowns and why each
# beats the next, the best of each TP x PP family. TP is at most 8 (the server's NVLink domain),
# the layers (32) split over PP 1, 2, 4, 8 or 16 (on 16 GPUs with TP 1).
$ colossus plan --cluster eos-11616 --model llama3-8b --gpus 16 --global-batch 32 --seq-len 4096 --top 3 --threads 2
> colossus plan: llama3-8b on eos-11616 (16 GPUs, h100-sxm), global batch 32 x 4,096 tokens
>   job             command line
>   enumerated      3,216 layouts
>   dropped         549 (372 refused by parallelism.schedule; 96 refused by parallelism.global_batch; 81 do not fit in HBM)
>   fitted          2,667
>   evaluated       2,231 with the full step simulation; 436 pruned by the compute bound
>   collectives     213 simulated, 12,714 answered from the cache
>
> Top 3 by step time (breakdown on the bounding stage):
>     #       step   MFU %   compute    bubble     TP+CP        EP     PP+DP optimizer  GiB/GPU  layout
>     1     837 ms   50.9    825 ms       0 s       0 s       0 s   6.33 ms   5.62 ms    67.3  TP1, PP1 1f1b, DP16, ZeRO-2, micro-batch 2 x 4096 tokens, global batch 32, bf16, no recompute
>     2     843 ms   50.5    830 ms       0 s   1.14 ms       0 s   6.33 ms   5.62 ms    67.3  TP1, CP2, PP1 1f1b, DP8, ZeRO-2, micro-batch 4 x 4096 tokens, global batch 32, bf16, no recompute
>     3     850 ms   50.1    825 ms       0 s       0 s       0 s   19.4 ms   5.62 ms    54.1  TP1, PP1 1f1b, DP16, ZeRO-3, micro-batch 2 x 4096 tokens, global batch 32, bf16, no recompute
>
> Why each beats the next:
>   #1 beats #2: 6.42 ms shorter (0.8 %), with cp 1 (vs 2), micro-batch 2 (vs 4): compute 5.29 ms less, exposed CP 1.14 ms less
>   #2 beats #3: 6.66 ms shorter (0.8 %), with cp 2 (vs 1), micro-batch 4 (vs 2), ZeRO 2 (vs 3): exposed DP 13.1 ms less, compute 5.29 ms more, exposed CP 1.14 ms more
>
> Best of each TP x PP family (14):
>     #       step   MFU %   compute    bubble     TP+CP        EP     PP+DP optimizer  GiB/GPU  layout
>   TP1 PP1     837 ms   50.9    825 ms       0 s       0 s       0 s   6.33 ms   5.62 ms    67.3  TP1, PP1 1f1b, DP16, ZeRO-2, micro-batch 2 x 4096 tokens, global batch 32, bf16, no recompute
>   TP2 PP1     888 ms   48.0    826 ms       0 s   49.8 ms       0 s   5.88 ms   5.62 ms    72.9  TP2 SP, PP1 1f1b, DP8, ZeRO-1, micro-batch 4 x 4096 tokens, global batch 32, bf16, no recompute
>   TP1 PP2     960 ms   44.4    905 ms   35.8 ms       0 s       0 s   13.9 ms   5.62 ms    50.9  TP1, PP2 interleaved x8, DP8, ZeRO-1, micro-batch 1 x 4096 tokens, global batch 32, bf16, no recompute
>   TP4 PP1     1.00 s   42.6    845 ms       0 s    145 ms       0 s   5.79 ms   5.62 ms    61.7  TP4 SP, PP1 1f1b, DP4, ZeRO-1, micro-batch 8 x 4096 tokens, global batch 32, bf16, no recompute
>   TP2 PP2     1.00 s   42.5    895 ms   37.9 ms   53.3 ms       0 s   11.9 ms   5.62 ms    39.7  TP2 SP, PP2 interleaved x8, DP4, ZeRO-1, micro-batch 2 x 4096 tokens, global batch 32, bf16, no recompute
>   TP1 PP4     1.11 s   38.3    1.02 s   70.1 ms       0 s       0 s   16.6 ms   6.36 ms    41.6  TP1, PP4 interleaved x8, DP4, ZeRO-1, micro-batch 1 x 4096 tokens, global batch 32, bf16, no recompute
>   TP4 PP2     1.12 s   38.2    908 ms   40.8 ms    151 ms       0 s   11.6 ms   5.62 ms    34.1  TP4 SP, PP2 interleaved x8, DP2, ZeRO-1, micro-batch 4 x 4096 tokens, global batch 32, bf16, no recompute
>   TP2 PP4     1.15 s   37.1    1.04 s   40.3 ms   60.5 ms       0 s   5.98 ms   6.36 ms    25.5  TP2 SP, PP4 interleaved x8, DP2, ZeRO-1, micro-batch 1 x 4096 tokens, global batch 32, bf16, no recompute
>   TP8 PP1     1.25 s   34.1    894 ms       0 s    344 ms       0 s   5.00 ms   5.62 ms    35.2  TP8 SP, PP1 1f1b, DP2, ZeRO-1, micro-batch 8 x 4096 tokens, global batch 32, bf16, no recompute
>   TP4 PP4     1.25 s   34.0    1.04 s   40.6 ms    163 ms       0 s   5.94 ms   6.36 ms    22.3  TP4 SP, PP4 interleaved x8, DP1, ZeRO-0, micro-batch 2 x 4096 tokens, global batch 32, bf16, no recompute
>   TP8 PP2     1.36 s   31.3    960 ms   24.6 ms    364 ms       0 s   5.76 ms   5.62 ms    21.3  TP8 SP, PP2 interleaved x8, DP1, ZeRO-0, micro-batch 4 x 4096 tokens, global batch 32, bf16, no recompute
>   TP1 PP8     1.39 s   30.6    1.25 s    129 ms       0 s       0 s   6.33 ms   7.83 ms    40.4  TP1, PP8 interleaved x4, DP2, ZeRO-1, micro-batch 1 x 4096 tokens, global batch 32, bf16, no recompute
>   TP2 PP8     1.41 s   30.3    1.27 s   68.3 ms   62.4 ms       0 s   2.88 ms   7.83 ms    25.6  TP2 SP, PP8 interleaved x4, DP1, ZeRO-0, micro-batch 1 x 4096 tokens, global batch 32, bf16, no recompute
>   TP1 PP16     1.95 s   21.9    1.71 s    229 ms       0 s       0 s   2.45 ms   10.8 ms    45.4  TP1, PP16 interleaved x2, DP1, ZeRO-0, micro-batch 1 x 4096 tokens, global batch 32, bf16, no recompute

# The same as JSON, narrowed to TP 8 and ZeRO 1 or 3, written as a scenario that `simulate`
# reads: its step is the plan's winner's.
$ colossus plan --cluster eos-11616 --model llama3-8b --gpus 16 --global-batch 32 --seq-len 4096 --tp 8 --zero 1,3 --top 2 --json --write-scenario %t/best.yaml
! json
! file %t/best.yaml
> {
>   "schema": "colossus.plan/1",
>   "cluster": "eos-11616",
>   "model": "llama3-8b",
>   "source": "command line",
>   "gpus": 16,
>   "gpu": "h100-sxm",
>   "global_batch": 32,
>   "seq_len": 4096,
>   "objective": "step-time",
>   "enumerated": 144,
>   "dropped": {},
>   "fitted": 144,
>   "evaluated": 140,
>   "pruned": 4,
>   "refused": {},
>   "collectives_simulated": 25,
>   "collective_cache_hits": 619,
>   "top": [
>     {
>       "layout": "TP8 SP, PP1 1f1b, DP2, ZeRO-1, micro-batch 8 x 4096 tokens, global batch 32, bf16, no recompute",
>       "family": "TP8 PP1",
>       "parallelism": {
>         "tp": 8,
>         "cp": 1,
>         "pp": 1,
>         "vpp": 1,
>         "schedule": "1f1b",
>         "dp": 2,
>         "ep": 1,
>         "etp": 8,
>         "micro_batch": 8,
>         "zero": 1,
>         "recompute": "none",
>         "precision": "bf16",
>         "first_stage_layers": -1,
>         "last_stage_layers": -1
>       },
>       "step_time_s": 1.2486921225852043,
>       "mfu": 0.3412873741611619,
>       "tokens_per_s": 104967.42762230113,
>       "bound_s": 0.8938538487807062,
>       "peak_memory_bytes": 37762940928.0,
>       "breakdown": {
>         "compute_s": 0.89385384967456,
>         "bubble_s": 0.0,
>         "imbalance_s": 0.0,
>         "tp_s": 0.34421892540540616,
>         "cp_s": 0.0,
>         "ep_s": 0.0,
>         "pp_s": 0.0,
>         "dp_s": 0.0049968800425532235,
>         "optimizer_s": 0.005622467462686568
>       },
>       "why": "21.2 ms shorter (1.7 %), with none recompute (vs selective): compute 21.2 ms less"
>     },
>     {
>       "layout": "TP8 SP, PP1 1f1b, DP2, ZeRO-1, micro-batch 8 x 4096 tokens, global batch 32, bf16, selective recompute",
>       "family": "TP8 PP1",
>       "parallelism": {
>         "tp": 8,
>         "cp": 1,
>         "pp": 1,
>         "vpp": 1,
>         "schedule": "1f1b",
>         "dp": 2,
>         "ep": 1,
>         "etp": 8,
>         "micro_batch": 8,
>         "zero": 1,
>         "recompute": "selective",
>         "precision": "bf16",
>         "first_stage_layers": -1,
>         "last_stage_layers": -1
>       },
>       "step_time_s": 1.2698751807710773,
>       "mfu": 0.3355942868290905,
>       "tokens_per_s": 103216.44361961003,
>       "bound_s": 0.9150369069453959,
>       "peak_memory_bytes": 37745324851.2,
>       "breakdown": {
>         "compute_s": 0.9150369078604328,
>         "bubble_s": 0.0,
>         "imbalance_s": 0.0,
>         "tp_s": 0.34421892540540616,
>         "cp_s": 0.0,
>         "ep_s": 0.0,
>         "pp_s": 0.0,
>         "dp_s": 0.0049968800425533345,
>         "optimizer_s": 0.005622467462686568
>       }
>     }
>   ],
>   "families": [
>     {
>       "layout": "TP8 SP, PP1 1f1b, DP2, ZeRO-1, micro-batch 8 x 4096 tokens, global batch 32, bf16, no recompute",
>       "family": "TP8 PP1",
>       "parallelism": {
>         "tp": 8,
>         "cp": 1,
>         "pp": 1,
>         "vpp": 1,
>         "schedule": "1f1b",
>         "dp": 2,
>         "ep": 1,
>         "etp": 8,
>         "micro_batch": 8,
>         "zero": 1,
>         "recompute": "none",
>         "precision": "bf16",
>         "first_stage_layers": -1,
>         "last_stage_layers": -1
>       },
>       "step_time_s": 1.2486921225852043,
>       "mfu": 0.3412873741611619,
>       "tokens_per_s": 104967.42762230113,
>       "bound_s": 0.8938538487807062,
>       "peak_memory_bytes": 37762940928.0,
>       "breakdown": {
>         "compute_s": 0.89385384967456,
>         "bubble_s": 0.0,
>         "imbalance_s": 0.0,
>         "tp_s": 0.34421892540540616,
>         "cp_s": 0.0,
>         "ep_s": 0.0,
>         "pp_s": 0.0,
>         "dp_s": 0.0049968800425532235,
>         "optimizer_s": 0.005622467462686568
>       }
>     },
>     {
>       "layout": "TP8 SP, PP2 interleaved x8, DP1, ZeRO-1, micro-batch 4 x 4096 tokens, global batch 32, bf16, no recompute",
>       "family": "TP8 PP2",
>       "parallelism": {
>         "tp": 8,
>         "cp": 1,
>         "pp": 2,
>         "vpp": 8,
>         "schedule": "interleaved",
>         "dp": 1,
>         "ep": 1,
>         "etp": 8,
>         "micro_batch": 4,
>         "zero": 1,
>         "recompute": "none",
>         "precision": "bf16",
>         "first_stage_layers": -1,
>         "last_stage_layers": -1
>       },
>       "step_time_s": 1.359495878565325,
>       "mfu": 0.3134712376638915,
>       "tokens_per_s": 96412.20842708267,
>       "bound_s": 0.9046110485464693,
>       "peak_memory_bytes": 22904669798.4,
>       "breakdown": {
>         "compute_s": 0.959752793729086,
>         "bubble_s": 0.020679432693908855,
>         "imbalance_s": 0.003955034273700454,
>         "tp_s": 0.36373089868108066,
>         "cp_s": 0.0,
>         "ep_s": 0.0,
>         "pp_s": 0.0057552517248649505,
>         "dp_s": 8.786374405822528e-16,
>         "optimizer_s": 0.005622467462686568
>       }
>     }
>   ],
>   "scenario_written": "%t/best.yaml"
> }
f> # Written by colossus plan (docs/plan.md).
f> name: plan-winner
f> description: "the best layout colossus plan found: TP8 SP, PP1 1f1b, DP2, ZeRO-1, micro-batch 8 x 4096 tokens, global batch 32, bf16, no recompute"
f> cluster: eos-11616
f> model: llama3-8b
f> gpus: 16
f> parallelism:
f>   tp: 8
f>   sequence_parallel: true
f>   cp: 1
f>   pp: 1
f>   vpp: 1
f>   schedule: 1f1b
f>   ep: 1
f>   zero: 1
f>   micro_batch: 8
f>   global_batch: 32
f>   seq_len: 4096
f>   recompute: none
f>   precision: bf16

# Pruning changes nothing but the counts: the exhaustive search finds the same top 2.
$ colossus plan --cluster eos-11616 --model llama3-8b --gpus 16 --global-batch 32 --seq-len 4096 --tp 8 --zero 1,3 --top 2 --no-prune --json
! json
> {
>   "schema": "colossus.plan/1",
>   "cluster": "eos-11616",
>   "model": "llama3-8b",
>   "source": "command line",
>   "gpus": 16,
>   "gpu": "h100-sxm",
>   "global_batch": 32,
>   "seq_len": 4096,
>   "objective": "step-time",
>   "enumerated": 144,
>   "dropped": {},
>   "fitted": 144,
>   "evaluated": 144,
>   "pruned": 0,
>   "refused": {},
>   "collectives_simulated": 25,
>   "collective_cache_hits": 647,
>   "top": [
>     {
>       "layout": "TP8 SP, PP1 1f1b, DP2, ZeRO-1, micro-batch 8 x 4096 tokens, global batch 32, bf16, no recompute",
>       "family": "TP8 PP1",
>       "parallelism": {
>         "tp": 8,
>         "cp": 1,
>         "pp": 1,
>         "vpp": 1,
>         "schedule": "1f1b",
>         "dp": 2,
>         "ep": 1,
>         "etp": 8,
>         "micro_batch": 8,
>         "zero": 1,
>         "recompute": "none",
>         "precision": "bf16",
>         "first_stage_layers": -1,
>         "last_stage_layers": -1
>       },
>       "step_time_s": 1.2486921225852043,
>       "mfu": 0.3412873741611619,
>       "tokens_per_s": 104967.42762230113,
>       "bound_s": 0.8938538487807062,
>       "peak_memory_bytes": 37762940928.0,
>       "breakdown": {
>         "compute_s": 0.89385384967456,
>         "bubble_s": 0.0,
>         "imbalance_s": 0.0,
>         "tp_s": 0.34421892540540616,
>         "cp_s": 0.0,
>         "ep_s": 0.0,
>         "pp_s": 0.0,
>         "dp_s": 0.0049968800425532235,
>         "optimizer_s": 0.005622467462686568
>       },
>       "why": "21.2 ms shorter (1.7 %), with none recompute (vs selective): compute 21.2 ms less"
>     },
>     {
>       "layout": "TP8 SP, PP1 1f1b, DP2, ZeRO-1, micro-batch 8 x 4096 tokens, global batch 32, bf16, selective recompute",
>       "family": "TP8 PP1",
>       "parallelism": {
>         "tp": 8,
>         "cp": 1,
>         "pp": 1,
>         "vpp": 1,
>         "schedule": "1f1b",
>         "dp": 2,
>         "ep": 1,
>         "etp": 8,
>         "micro_batch": 8,
>         "zero": 1,
>         "recompute": "selective",
>         "precision": "bf16",
>         "first_stage_layers": -1,
>         "last_stage_layers": -1
>       },
>       "step_time_s": 1.2698751807710773,
>       "mfu": 0.3355942868290905,
>       "tokens_per_s": 103216.44361961003,
>       "bound_s": 0.9150369069453959,
>       "peak_memory_bytes": 37745324851.2,
>       "breakdown": {
>         "compute_s": 0.9150369078604328,
>         "bubble_s": 0.0,
>         "imbalance_s": 0.0,
>         "tp_s": 0.34421892540540616,
>         "cp_s": 0.0,
>         "ep_s": 0.0,
>         "pp_s": 0.0,
>         "dp_s": 0.0049968800425533345,
>         "optimizer_s": 0.005622467462686568
>       }
>     }
>   ],
>   "families": [
>     {
>       "layout": "TP8 SP, PP1 1f1b, DP2, ZeRO-1, micro-batch 8 x 4096 tokens, global batch 32, bf16, no recompute",
>       "family": "TP8 PP1",
>       "parallelism": {
>         "tp": 8,
>         "cp": 1,
>         "pp": 1,
>         "vpp": 1,
>         "schedule": "1f1b",
>         "dp": 2,
>         "ep": 1,
>         "etp": 8,
>         "micro_batch": 8,
>         "zero": 1,
>         "recompute": "none",
>         "precision": "bf16",
>         "first_stage_layers": -1,
>         "last_stage_layers": -1
>       },
>       "step_time_s": 1.2486921225852043,
>       "mfu": 0.3412873741611619,
>       "tokens_per_s": 104967.42762230113,
>       "bound_s": 0.8938538487807062,
>       "peak_memory_bytes": 37762940928.0,
>       "breakdown": {
>         "compute_s": 0.89385384967456,
>         "bubble_s": 0.0,
>         "imbalance_s": 0.0,
>         "tp_s": 0.34421892540540616,
>         "cp_s": 0.0,
>         "ep_s": 0.0,
>         "pp_s": 0.0,
>         "dp_s": 0.0049968800425532235,
>         "optimizer_s": 0.005622467462686568
>       }
>     },
>     {
>       "layout": "TP8 SP, PP2 interleaved x8, DP1, ZeRO-1, micro-batch 4 x 4096 tokens, global batch 32, bf16, no recompute",
>       "family": "TP8 PP2",
>       "parallelism": {
>         "tp": 8,
>         "cp": 1,
>         "pp": 2,
>         "vpp": 8,
>         "schedule": "interleaved",
>         "dp": 1,
>         "ep": 1,
>         "etp": 8,
>         "micro_batch": 4,
>         "zero": 1,
>         "recompute": "none",
>         "precision": "bf16",
>         "first_stage_layers": -1,
>         "last_stage_layers": -1
>       },
>       "step_time_s": 1.359495878565325,
>       "mfu": 0.3134712376638915,
>       "tokens_per_s": 96412.20842708267,
>       "bound_s": 0.9046110485464693,
>       "peak_memory_bytes": 22904669798.4,
>       "breakdown": {
>         "compute_s": 0.959752793729086,
>         "bubble_s": 0.020679432693908855,
>         "imbalance_s": 0.003955034273700454,
>         "tp_s": 0.36373089868108066,
>         "cp_s": 0.0,
>         "ep_s": 0.0,
>         "pp_s": 0.0057552517248649505,
>         "dp_s": 8.786374405822528e-16,
>         "optimizer_s": 0.005622467462686568
>       }
>     }
>   ]
> }
