# The default scenario with `overlap: {shared_fabric: false}` (memphis_grok1_isolated.yaml):
# every communication phase alone on the fabric. Beside default.t, it shows what contention on the
# shared fabric costs; a change to either model moves a figure here.
$ colossus simulate tests/scenarios/simulate/memphis_grok1_isolated.yaml --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "tests/scenarios/simulate/memphis_grok1_isolated.yaml",
>   "cluster": "memphis-100k",
>   "model": "grok-1",
>   "model_summary": "315.68 B parameters (83.76 B active), 64 layers, hidden 6144, 48 heads / 8 KV heads of 128, FFN 32768 gated, 8 experts top-2 of 32768 in 64 of 64 layers, vocab 131072 (tied)",
>   "gpu": "h100-sxm",
>   "gpus": 98304,
>   "layout": {
>     "text": "TP8 SP, PP4 interleaved x4, DP3072 (EP8), ZeRO-1, micro-batch 1 x 8192 tokens, global batch 12288, bf16, selective recompute",
>     "tp": 8,
>     "sequence_parallel": true,
>     "cp": 1,
>     "pp": 4,
>     "vpp": 4,
>     "dp": 3072,
>     "ep": 8,
>     "zero": 1,
>     "schedule": "interleaved",
>     "micro_batch": 1,
>     "global_batch": 12288,
>     "seq_len": 8192,
>     "precision": "bf16",
>     "fp8_scaling": "delayed",
>     "recompute": "selective",
>     "recompute_layers": 0,
>     "attention": "flash2",
>     "optimizer": "adam",
>     "main_grads": "fp32",
>     "micro_batches": 4,
>     "tokens_per_step": 100663296
>   },
>   "step_time_s": 1.9497952428551566,
>   "tokens_per_s": 51627624.166625336,
>   "model_flop_per_s_per_gpu": 284221222604092.44,
>   "hardware_flop_per_s_per_gpu": 290988158558860.4,
>   "mfu": 0.2872662447989614,
>   "hfu": 0.29410567875364907,
>   "bubble_fraction": 0.14217286562228393,
>   "train_tokens": 10000000000000,
>   "time_to_train_s": 193694.7547252135,
>   "time_to_train_days": 2.2418374389492306,
>   "bounding_stage": 3,
>   "breakdown_s": {
>     "compute": 1.1048716206783369,
>     "bubble": 0.27720797705341466,
>     "imbalance": 0.119798619416155,
>     "tp": 0.20153971078918917,
>     "cp": 0.0,
>     "ep": 0.17203121281735148,
>     "pp": 0.0028182161281014584,
>     "dp": 0.07148866280842864,
>     "optimizer": 3.9223164179104475e-05
>   },
>   "stages": [
>     {
>       "stage": 0,
>       "layers": [
>         [
>           0,
>           4
>         ],
>         [
>           16,
>           20
>         ],
>         [
>           32,
>           36
>         ],
>         [
>           48,
>           52
>         ]
>       ],
>       "forward_s": 0.13257012129381812,
>       "backward_s": 0.2265561805078576,
>       "end_s": 1.9497952428551566,
>       "in_flight_micro_batches": 4.0,
>       "memory_bytes": {
>         "weights": 2970157056.0,
>         "gradients": 5940314112.0,
>         "optimizer": 38831232.0,
>         "activations": 34091302912.0,
>         "overhead": 4925790617.6,
>         "total": 47966395929.6
>       }
>     },
>     {
>       "stage": 1,
>       "layers": [
>         [
>           4,
>           8
>         ],
>         [
>           20,
>           24
>         ],
>         [
>           36,
>           40
>         ],
>         [
>           52,
>           56
>         ]
>       ],
>       "forward_s": 0.13256242617740022,
>       "backward_s": 0.22644049771382777,
>       "end_s": 1.878283562903386,
>       "in_flight_micro_batches": 4.0,
>       "memory_bytes": {
>         "weights": 2768830464.0,
>         "gradients": 5537660928.0,
>         "optimizer": 38438016.0,
>         "activations": 34091302912.0,
>         "overhead": 4925790617.6,
>         "total": 47362022937.6
>       }
>     },
>     {
>       "stage": 2,
>       "layers": [
>         [
>           8,
>           12
>         ],
>         [
>           24,
>           28
>         ],
>         [
>           40,
>           44
>         ],
>         [
>           56,
>           60
>         ]
>       ],
>       "forward_s": 0.13256242617740022,
>       "backward_s": 0.22644049771382777,
>       "end_s": 1.8166705909686627,
>       "in_flight_micro_batches": 3.75,
>       "memory_bytes": {
>         "weights": 2768830464.0,
>         "gradients": 5537660928.0,
>         "optimizer": 38438016.0,
>         "activations": 31960596480.0,
>         "overhead": 4819255296.0,
>         "total": 45124781184.0
>       }
>     },
>     {
>       "stage": 3,
>       "layers": [
>         [
>           12,
>           16
>         ],
>         [
>           28,
>           32
>         ],
>         [
>           44,
>           48
>         ],
>         [
>           60,
>           64
>         ]
>       ],
>       "forward_s": 0.13640156681537238,
>       "backward_s": 0.2332090692558471,
>       "end_s": 1.7550647263114165,
>       "in_flight_micro_batches": 3.25,
>       "memory_bytes": {
>         "weights": 2970169344.0,
>         "gradients": 5940338688.0,
>         "optimizer": 38831256.0,
>         "activations": 28504489984.0,
>         "overhead": 4646449971.2,
>         "total": 42100279243.2
>       }
>     }
>   ],
>   "collectives": [
>     {
>       "name": "tp all_reduce",
>       "group_size": 8,
>       "groups": 12288,
>       "bytes": 65536.0,
>       "time_s": 1.6239870270270268e-05,
>       "algorithm": "ring",
>       "calls_per_step": 4
>     },
>     {
>       "name": "tp all_gather",
>       "group_size": 8,
>       "groups": 12288,
>       "bytes": 100663296.0,
>       "time_s": 0.0002702550918918919,
>       "algorithm": "ring",
>       "calls_per_step": 516
>     },
>     {
>       "name": "tp all_gather",
>       "group_size": 8,
>       "groups": 12288,
>       "bytes": 201326592.0,
>       "time_s": 0.0005083101837837839,
>       "algorithm": "ring",
>       "calls_per_step": 512
>     },
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 3072,
>       "groups": 32,
>       "bytes": 88227840.0,
>       "time_s": 0.021735869040697218,
>       "algorithm": "ring",
>       "calls_per_step": 14
>     },
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 3072,
>       "groups": 32,
>       "bytes": 289554432.0,
>       "time_s": 0.026453614550834156,
>       "algorithm": "ring",
>       "calls_per_step": 2
>     },
>     {
>       "name": "edp_cp all_gather",
>       "group_size": 384,
>       "groups": 256,
>       "bytes": 384584497.3111032,
>       "time_s": 0.011456738963711334,
>       "algorithm": "ring",
>       "calls_per_step": 6
>     },
>     {
>       "name": "edp_cp all_gather",
>       "group_size": 384,
>       "groups": 256,
>       "bytes": 603979776.0,
>       "time_s": 0.016586175815427786,
>       "algorithm": "ring",
>       "calls_per_step": 8
>     },
>     {
>       "name": "edp_cp all_gather",
>       "group_size": 384,
>       "groups": 256,
>       "bytes": 1262165612.0666904,
>       "time_s": 0.03197446841482786,
>       "algorithm": "ring",
>       "calls_per_step": 2
>     },
>     {
>       "name": "tp reduce_scatter",
>       "group_size": 8,
>       "groups": 12288,
>       "bytes": 100663296.0,
>       "time_s": 0.0002702550918918919,
>       "algorithm": "ring",
>       "calls_per_step": 516
>     },
>     {
>       "name": "tp reduce_scatter",
>       "group_size": 8,
>       "groups": 12288,
>       "bytes": 201326592.0,
>       "time_s": 0.0005083101837837839,
>       "algorithm": "ring",
>       "calls_per_step": 512
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 3072,
>       "groups": 32,
>       "bytes": 176455680.0,
>       "time_s": 0.023803338081394433,
>       "algorithm": "ring",
>       "calls_per_step": 14
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 3072,
>       "groups": 32,
>       "bytes": 579108864.0,
>       "time_s": 0.03323882910166831,
>       "algorithm": "ring",
>       "calls_per_step": 2
>     },
>     {
>       "name": "edp_cp reduce_scatter",
>       "group_size": 384,
>       "groups": 256,
>       "bytes": 1207959552.0,
>       "time_s": 0.030707151630855575,
>       "algorithm": "ring",
>       "calls_per_step": 16
>     },
>     {
>       "name": "ep all_to_all",
>       "group_size": 8,
>       "groups": 12288,
>       "bytes": 25165824.0,
>       "time_s": 0.0006719969250677789,
>       "algorithm": "pairwise",
>       "calls_per_step": 1024
>     },
>     {
>       "name": "pp send_recv",
>       "group_size": 4,
>       "groups": 24576,
>       "bytes": 12582912.0,
>       "time_s": 0.0002961586997429465,
>       "algorithm": "send_recv",
>       "calls_per_step": 120
>     }
>   ],
>   "fabric": {
>     "shared": false,
>     "tiers": []
>   },
>   "warnings": [],
>   "power": {
>     "power_model": "training-activity",
>     "pue": 1.2,
>     "average_it_w": 77483614.74737436,
>     "peak_it_w": 86874066.59654602,
>     "trough_it_w": 41386967.04,
>     "average_wall_w": 92980337.69684923,
>     "peak_wall_w": 104248879.91585523,
>     "swing_it_w": 45487099.556546025,
>     "swing_period_s": 1.9497952428551566,
>     "low_time_s": 0.218649331497994,
>     "energy_per_step_it_j": 151077183.43365216,
>     "energy_per_step_wall_j": 181292620.1203826,
>     "cost_per_step_usd": 77.52770618871506,
>     "cost_per_million_tokens_usd": 0.770168564604869
>   }
> }
