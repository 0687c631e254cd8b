# A Hugging Face model directory on 8 GPUs of Eos without --seq-len: the model line shows what was
# read (8.03B parameters, GQA 32/8), and a warning says the training length is the stated default
# 4096, not the config's max_position_embeddings 131072.
$ colossus simulate --cluster eos-11616 --model tests/scenarios/models/llama-3.1-8b --gpus 8 --tp 2 --global-batch 16
> colossus simulate: llama-3.1-8b on eos-11616 (8 of 11,616 GPUs, h100-sxm)
>   scenario        command line
>   model           8.03 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 128256
>   layout          TP2 SP, PP1 1f1b, DP4, ZeRO-1, micro-batch 1 x 4096 tokens, global batch 16, bf16, selective recompute
>   batch           4 micro-batches per replica per step, 65,536 tokens per step
>
>   step time       959 ms
>   MFU             44.4 %   (HFU 46.3 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 440   (model FLOPs; 458 with recompute)
>   tokens/s        68.3 k
>
> Where the step goes (pipeline stage 0, the busiest, bounds the step):
>   compute               886 ms   92.4 %
>   pipeline bubble          0 s    0.0 %
>   stage imbalance          0 s    0.0 %
>   exposed TP           59.0 ms    6.2 %
>   exposed CP               0 s    0.0 %
>   exposed EP               0 s    0.0 %
>   exposed PP               0 s    0.0 %
>   exposed DP           2.56 ms    0.3 %
>   optimizer            11.2 ms    1.2 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-31                 7.5    15.0      11.2        10.0       3.5    47.1    78.1 ms     158 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                      4 x 2    32.0 KiB    8.15 us  ring                   4
>   tp all_gather                      4 x 2    32.0 MiB    57.1 us  ring                 516
>   dp_cp all_gather                   2 x 4     150 MiB     338 us  ring                  51
>   tp reduce_scatter                  4 x 2    32.0 MiB    57.1 us  ring                 516
>   dp_cp reduce_scatter               2 x 4     152 MiB     341 us  ring                 101
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nvlink out                        16 100.0 %             100.0 %
>
> warning: seq_len 4096: config.json states no training length (max positions 131072); the default is min(4096, max positions); set --seq-len

# LoRA rank 16 on q, k, v, o: 13.6M trainable parameters; gradients and optimizer states of the
# adapters only (0.1 GiB of gradients instead of 29.9: TP1 on 8 GPUs now fits), the data-parallel
# reduction carries 52 MiB (13.6M FP32 gradients), and the base's weight-gradient GEMMs are gone.
$ colossus simulate --cluster eos-11616 --model tests/scenarios/models/llama-3.1-8b --gpus 8 --global-batch 16 --lora-rank 16 --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "command line",
>   "cluster": "eos-11616",
>   "model": "llama-3.1-8b",
>   "model_summary": "8.04 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 128256, LoRA rank 16 on q,k,v,o (13.6 M trainable)",
>   "gpu": "h100-sxm",
>   "gpus": 8,
>   "layout": {
>     "text": "TP1, PP1 1f1b, DP8, ZeRO-1, micro-batch 1 x 4096 tokens, global batch 16, bf16, selective recompute",
>     "tp": 1,
>     "sequence_parallel": false,
>     "cp": 1,
>     "pp": 1,
>     "vpp": 1,
>     "dp": 8,
>     "ep": 1,
>     "zero": 1,
>     "schedule": "1f1b",
>     "micro_batch": 1,
>     "global_batch": 16,
>     "seq_len": 4096,
>     "precision": "bf16",
>     "fp8_scaling": "delayed",
>     "recompute": "selective",
>     "recompute_layers": 0,
>     "attention": "flash2",
>     "optimizer": "adam",
>     "main_grads": "fp32",
>     "micro_batches": 2,
>     "tokens_per_step": 65536
>   },
>   "step_time_s": 0.6709837353175034,
>   "tokens_per_s": 97671.51802716791,
>   "model_flop_per_s_per_gpu": 446149742198364.8,
>   "hardware_flop_per_s_per_gpu": 472368240678199.8,
>   "mfu": 0.4509295959150645,
>   "hfu": 0.47742898795047484,
>   "bubble_fraction": 0.0,
>   "train_tokens": 0,
>   "time_to_train_s": null,
>   "time_to_train_days": null,
>   "bounding_stage": 0,
>   "breakdown_s": {
>     "compute": 0.6707038416448936,
>     "bubble": 0.0,
>     "imbalance": 0.0,
>     "tp": 0.0,
>     "cp": 0.0,
>     "ep": 0.0,
>     "pp": 0.0,
>     "dp": 0.000257819762162078,
>     "optimizer": 2.2073910447761192e-05
>   },
>   "stages": [
>     {
>       "stage": 0,
>       "layers": [
>         [
>           0,
>           32
>         ]
>       ],
>       "forward_s": 0.14446193640366572,
>       "backward_s": 0.19088998441878108,
>       "end_s": 0.6709837353175034,
>       "in_flight_micro_batches": 1.0,
>       "memory_bytes": {
>         "weights": 16060522496.0,
>         "gradients": 54525952.0,
>         "optimizer": 20447232.0,
>         "activations": 21405630464.0,
>         "overhead": 4291506995.2,
>         "total": 41832633139.2
>       }
>     }
>   ],
>   "collectives": [
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 8,
>       "groups": 1,
>       "bytes": 27262976.0,
>       "time_s": 9.667325405405405e-05,
>       "algorithm": "ring",
>       "calls_per_step": 1
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 8,
>       "groups": 1,
>       "bytes": 54525952.0,
>       "time_s": 0.00016114650810810808,
>       "algorithm": "ring",
>       "calls_per_step": 1
>     }
>   ],
>   "fabric": {
>     "shared": true,
>     "tiers": [
>       {
>         "kind": "nvlink out",
>         "tier": -1,
>         "resources": 16,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 1.0
>       }
>     ]
>   },
>   "warnings": [
>     "seq_len 4096: config.json states no training length (max positions 131072); the default is min(4096, max positions); set --seq-len"
>   ],
>   "power": null
> }

# Expert parallelism across TP x DP (Qwen3-style): EP 4 with TP 2 and expert tensor parallelism 1,
# so each EP group is the two TP ranks of two data-parallel replicas.
$ colossus simulate --cluster eos-11616 --model tests/scenarios/models/qwen1.5-moe-a2.7b --gpus 16 --tp 2 --ep 4 --etp 1 --global-batch 32 --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "command line",
>   "cluster": "eos-11616",
>   "model": "qwen1.5-moe-a2.7b",
>   "model_summary": "14.32 B parameters (2.69 B active), 24 layers, hidden 2048, 16 heads / 16 KV heads of 128, FFN 5632 gated, 60 experts top-4 of 1408 + 4 shared in 24 of 24 layers, vocab 151936",
>   "gpu": "h100-sxm",
>   "gpus": 16,
>   "layout": {
>     "text": "TP2 SP, PP1 1f1b, DP8 (EP4 ETP1), ZeRO-1, micro-batch 1 x 4096 tokens, global batch 32, bf16, selective recompute",
>     "tp": 2,
>     "sequence_parallel": true,
>     "cp": 1,
>     "pp": 1,
>     "vpp": 1,
>     "dp": 8,
>     "ep": 4,
>     "zero": 1,
>     "schedule": "1f1b",
>     "micro_batch": 1,
>     "global_batch": 32,
>     "seq_len": 4096,
>     "precision": "bf16",
>     "fp8_scaling": "delayed",
>     "recompute": "selective",
>     "recompute_layers": 0,
>     "attention": "flash2",
>     "optimizer": "adam",
>     "main_grads": "fp32",
>     "micro_batches": 4,
>     "tokens_per_step": 131072
>   },
>   "step_time_s": 0.5338445373945094,
>   "tokens_per_s": 245524.66274116468,
>   "model_flop_per_s_per_gpu": 255993048681527.16,
>   "hardware_flop_per_s_per_gpu": 268350709581934.2,
>   "mfu": 0.25873564653479597,
>   "hfu": 0.27122570202338203,
>   "bubble_fraction": 0.0,
>   "train_tokens": 0,
>   "time_to_train_s": null,
>   "time_to_train_days": null,
>   "bounding_stage": 0,
>   "breakdown_s": {
>     "compute": 0.38827613692013213,
>     "bubble": 0.0,
>     "imbalance": 0.0,
>     "tp": 0.02678282188108104,
>     "cp": 0.0,
>     "ep": 0.041417897794010256,
>     "pp": 0.0,
>     "dp": 0.06734904378436121,
>     "optimizer": 0.010018637014925372
>   },
>   "stages": [
>     {
>       "stage": 0,
>       "layers": [
>         [
>           0,
>           24
>         ]
>       ],
>       "forward_s": 0.04017082619825523,
>       "backward_s": 0.07394838795055049,
>       "end_s": 0.5338445373945094,
>       "in_flight_micro_batches": 1.0,
>       "memory_bytes": {
>         "weights": 8087146496.0,
>         "gradients": 16174292992.0,
>         "optimizer": 10736765952.0,
>         "activations": 8410103808.0,
>         "overhead": 3641730662.4,
>         "total": 47050039910.4
>       }
>     }
>   ],
>   "collectives": [
>     {
>       "name": "tp all_reduce",
>       "group_size": 2,
>       "groups": 8,
>       "bytes": 32768.0,
>       "time_s": 8.154248648648648e-06,
>       "algorithm": "ring",
>       "calls_per_step": 4
>     },
>     {
>       "name": "tp all_gather",
>       "group_size": 2,
>       "groups": 8,
>       "bytes": 16777216.0,
>       "time_s": 3.4471913513513514e-05,
>       "algorithm": "ring",
>       "calls_per_step": 388
>     },
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 8,
>       "groups": 2,
>       "bytes": 154883413.33333334,
>       "time_s": 0.0007639269255319151,
>       "algorithm": "ring",
>       "calls_per_step": 12
>     },
>     {
>       "name": "edp_cp all_gather",
>       "group_size": 4,
>       "groups": 4,
>       "bytes": 159706190.76923078,
>       "time_s": 0.0013034514680851067,
>       "algorithm": "ring",
>       "calls_per_step": 39
>     },
>     {
>       "name": "tp reduce_scatter",
>       "group_size": 2,
>       "groups": 8,
>       "bytes": 16777216.0,
>       "time_s": 3.4471913513513514e-05,
>       "algorithm": "ring",
>       "calls_per_step": 388
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 8,
>       "groups": 2,
>       "bytes": 154883413.33333334,
>       "time_s": 0.0007639269255319151,
>       "algorithm": "ring",
>       "calls_per_step": 24
>     },
>     {
>       "name": "edp_cp reduce_scatter",
>       "group_size": 4,
>       "groups": 4,
>       "bytes": 159706190.76923078,
>       "time_s": 0.0013034514680851067,
>       "algorithm": "ring",
>       "calls_per_step": 78
>     },
>     {
>       "name": "ep all_to_all",
>       "group_size": 4,
>       "groups": 4,
>       "bytes": 33554432.0,
>       "time_s": 0.00010785910883856831,
>       "algorithm": "pairwise",
>       "calls_per_step": 384
>     }
>   ],
>   "fabric": {
>     "shared": true,
>     "tiers": [
>       {
>         "kind": "nvlink out",
>         "tier": -1,
>         "resources": 24,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 1.0
>       },
>       {
>         "kind": "nic out",
>         "tier": -1,
>         "resources": 8,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 1.0
>       },
>       {
>         "kind": "switch up",
>         "tier": 0,
>         "resources": 4,
>         "peak_utilization": 0.0625,
>         "busiest_average_utilization": 0.0625
>       }
>     ]
>   },
>   "warnings": [
>     "seq_len 4096: config.json states no training length (max positions 8192); the default is min(4096, max positions); set --seq-len"
>   ],
>   "power": null
> }

# Mistral 7B's sliding window (4096) at 32K tokens: the attention kernels do 2w - w^2/s = 7680 of
# 32768 keys' work per query.
$ colossus simulate --cluster eos-11616 --model tests/scenarios/models/mistral-7b-v0.1 --gpus 8 --tp 8 --seq-len 32768 --global-batch 8 --recompute full --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "command line",
>   "cluster": "eos-11616",
>   "model": "mistral-7b-v0.1",
>   "model_summary": "7.24 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 32000, sliding window 4096 (all layers)",
>   "gpu": "h100-sxm",
>   "gpus": 8,
>   "layout": {
>     "text": "TP8 SP, PP1 1f1b, DP1, ZeRO-1, micro-batch 1 x 32768 tokens, global batch 8, bf16, full recompute",
>     "tp": 8,
>     "sequence_parallel": true,
>     "cp": 1,
>     "pp": 1,
>     "vpp": 1,
>     "dp": 1,
>     "ep": 1,
>     "zero": 1,
>     "schedule": "1f1b",
>     "micro_batch": 1,
>     "global_batch": 8,
>     "seq_len": 32768,
>     "precision": "bf16",
>     "fp8_scaling": "delayed",
>     "recompute": "full",
>     "recompute_layers": 0,
>     "attention": "flash2",
>     "optimizer": "adam",
>     "main_grads": "fp32",
>     "micro_batches": 8,
>     "tokens_per_step": 262144
>   },
>   "step_time_s": 6.904293023397497,
>   "tokens_per_s": 37968.261067662934,
>   "model_flop_per_s_per_gpu": 259807122200777.34,
>   "hardware_flop_per_s_per_gpu": 345165352289037.94,
>   "mfu": 0.2625905823739411,
>   "hfu": 0.34886330330406096,
>   "bubble_fraction": 0.0,
>   "train_tokens": 0,
>   "time_to_train_s": null,
>   "time_to_train_days": null,
>   "bounding_stage": 0,
>   "breakdown_s": {
>     "compute": 4.834256834949246,
>     "bubble": 0.0,
>     "imbalance": 0.0,
>     "tp": 2.0598976058810794,
>     "cp": 0.0,
>     "ep": 0.0,
>     "pp": 0.0,
>     "dp": 1.1102230246251565e-15,
>     "optimizer": 0.010138582567164179
>   },
>   "stages": [
>     {
>       "stage": 0,
>       "layers": [
>         [
>           0,
>           32
>         ]
>       ],
>       "forward_s": 0.23279115625377478,
>       "backward_s": 0.6289781488500168,
>       "end_s": 6.904293023397497,
>       "in_flight_micro_batches": 1.0,
>       "memory_bytes": {
>         "weights": 1810898944.0,
>         "gradients": 3621797888.0,
>         "optimizer": 10865393664.0,
>         "activations": 2431123456.0,
>         "overhead": 3342781644.8,
>         "total": 22071995596.8
>       }
>     }
>   ],
>   "collectives": [
>     {
>       "name": "tp all_reduce",
>       "group_size": 8,
>       "groups": 1,
>       "bytes": 262144.0,
>       "time_s": 1.9959481081081083e-05,
>       "algorithm": "ring",
>       "calls_per_step": 8
>     },
>     {
>       "name": "tp all_gather",
>       "group_size": 8,
>       "groups": 1,
>       "bytes": 268435456.0,
>       "time_s": 0.0006670135783783784,
>       "algorithm": "ring",
>       "calls_per_step": 1544
>     },
>     {
>       "name": "tp reduce_scatter",
>       "group_size": 8,
>       "groups": 1,
>       "bytes": 268435456.0,
>       "time_s": 0.0006670135783783784,
>       "algorithm": "ring",
>       "calls_per_step": 1544
>     }
>   ],
>   "fabric": {
>     "shared": true,
>     "tiers": []
>   },
>   "warnings": [],
>   "power": null
> }

# Bad input, one line each: etp neither 1 nor tp, LoRA rank 0, an unknown LoRA projection.
$ colossus simulate --cluster eos-11616 --model deepseek-v3 --gpus 8 --tp 2 --etp 3 --global-batch 16
! exit 2
2> <command line>: --etp: expected 1 or tp (2), got 3

$ colossus simulate --cluster eos-11616 --model llama3-8b --gpus 8 --global-batch 16 --lora-rank 0
! exit 2
2> <command line>: --lora-rank: expected a count in [1, 1048576], got '0'

$ colossus simulate --cluster eos-11616 --model llama3-8b --gpus 8 --global-batch 16 --lora-rank 8 --lora-targets qkv
! exit 2
2> <command line>: --lora-targets: expected q, k, v, o, gate, up, down, attention, mlp or all (comma-separated), got "qkv"
