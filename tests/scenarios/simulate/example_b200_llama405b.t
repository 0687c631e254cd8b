# examples/b200-llama405b.yaml: Llama 3 405B on the b200-300k cluster, the whole JSON result.
$ colossus simulate examples/b200-llama405b.yaml --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "examples/b200-llama405b.yaml",
>   "cluster": "b200-300k",
>   "model": "llama3-405b",
>   "model_summary": "405.85 B parameters, 126 layers, hidden 16384, 128 heads / 8 KV heads of 128, FFN 53248 gated, vocab 128256",
>   "gpu": "b200",
>   "gpus": 294912,
>   "layout": {
>     "text": "TP8 SP, CP2, PP9 interleaved x7, DP2048, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 18432, bf16, selective recompute",
>     "tp": 8,
>     "sequence_parallel": true,
>     "cp": 2,
>     "pp": 9,
>     "vpp": 7,
>     "dp": 2048,
>     "ep": 1,
>     "zero": 1,
>     "schedule": "interleaved",
>     "micro_batch": 1,
>     "global_batch": 18432,
>     "seq_len": 8192,
>     "precision": "bf16",
>     "fp8_scaling": "delayed",
>     "recompute": "selective",
>     "recompute_layers": 0,
>     "attention": "flash2",
>     "optimizer": "adam",
>     "main_grads": "fp32",
>     "micro_batches": 9,
>     "tokens_per_step": 150994944
>   },
>   "step_time_s": 1.9581156164495221,
>   "tokens_per_s": 77112374.12721613,
>   "model_flop_per_s_per_gpu": 686485199430128.9,
>   "hardware_flop_per_s_per_gpu": 704172927357933.2,
>   "mfu": 0.3051045330800573,
>   "hfu": 0.3129657454924148,
>   "bubble_fraction": 0.0970969937063687,
>   "train_tokens": 15000000000000,
>   "time_to_train_s": 194521.30957936466,
>   "time_to_train_days": 2.2514040460574614,
>   "bounding_stage": 8,
>   "breakdown_s": {
>     "compute": 1.2997246034703516,
>     "bubble": 0.19012713968674153,
>     "imbalance": 0.16306138815358193,
>     "tp": 0.1960046725621626,
>     "cp": 0.0020954641987316613,
>     "ep": 0.0,
>     "pp": 0.004373744956043632,
>     "dp": 0.10271865783749548,
>     "optimizer": 9.945584415584415e-06
>   },
>   "stages": [
>     {
>       "stage": 0,
>       "layers": [
>         [
>           0,
>           2
>         ],
>         [
>           18,
>           20
>         ],
>         [
>           36,
>           38
>         ],
>         [
>           54,
>           56
>         ],
>         [
>           72,
>           74
>         ],
>         [
>           90,
>           92
>         ],
>         [
>           108,
>           110
>         ]
>       ],
>       "forward_s": 0.055461133254303394,
>       "backward_s": 0.10471020254450451,
>       "end_s": 1.9581156164495221,
>       "in_flight_micro_batches": 9.000000000000005,
>       "memory_bytes": {
>         "weights": 11683102720.0,
>         "gradients": 23366205440.0,
>         "optimizer": 17113920.0,
>         "activations": 33558626304.0,
>         "overhead": 4899156787.2,
>         "total": 73524205171.2
>       }
>     },
>     {
>       "stage": 1,
>       "layers": [
>         [
>           2,
>           4
>         ],
>         [
>           20,
>           22
>         ],
>         [
>           38,
>           40
>         ],
>         [
>           56,
>           58
>         ],
>         [
>           74,
>           76
>         ],
>         [
>           92,
>           94
>         ],
>         [
>           110,
>           112
>         ]
>       ],
>       "forward_s": 0.05545540968027742,
>       "backward_s": 0.10464183676788114,
>       "end_s": 1.9284043301351914,
>       "in_flight_micro_batches": 9.000000000000005,
>       "memory_bytes": {
>         "weights": 11157766144.0,
>         "gradients": 22315532288.0,
>         "optimizer": 16344384.0,
>         "activations": 33558626304.0,
>         "overhead": 4899156787.2,
>         "total": 71947425907.2
>       }
>     },
>     {
>       "stage": 2,
>       "layers": [
>         [
>           4,
>           6
>         ],
>         [
>           22,
>           24
>         ],
>         [
>           40,
>           42
>         ],
>         [
>           58,
>           60
>         ],
>         [
>           76,
>           78
>         ],
>         [
>           94,
>           96
>         ],
>         [
>           112,
>           114
>         ]
>       ],
>       "forward_s": 0.05545540968027742,
>       "backward_s": 0.10464183676788114,
>       "end_s": 1.9112129320839413,
>       "in_flight_micro_batches": 9.000000000000005,
>       "memory_bytes": {
>         "weights": 11157766144.0,
>         "gradients": 22315532288.0,
>         "optimizer": 16344384.0,
>         "activations": 33558626304.0,
>         "overhead": 4899156787.2,
>         "total": 71947425907.2
>       }
>     },
>     {
>       "stage": 3,
>       "layers": [
>         [
>           6,
>           8
>         ],
>         [
>           24,
>           26
>         ],
>         [
>           42,
>           44
>         ],
>         [
>           60,
>           62
>         ],
>         [
>           78,
>           80
>         ],
>         [
>           96,
>           98
>         ],
>         [
>           114,
>           116
>         ]
>       ],
>       "forward_s": 0.05545540968027742,
>       "backward_s": 0.10464183676788114,
>       "end_s": 1.894021534032691,
>       "in_flight_micro_batches": 9.000000000000005,
>       "memory_bytes": {
>         "weights": 11157766144.0,
>         "gradients": 22315532288.0,
>         "optimizer": 16344384.0,
>         "activations": 33558626304.0,
>         "overhead": 4899156787.2,
>         "total": 71947425907.2
>       }
>     },
>     {
>       "stage": 4,
>       "layers": [
>         [
>           8,
>           10
>         ],
>         [
>           26,
>           28
>         ],
>         [
>           44,
>           46
>         ],
>         [
>           62,
>           64
>         ],
>         [
>           80,
>           82
>         ],
>         [
>           98,
>           100
>         ],
>         [
>           116,
>           118
>         ]
>       ],
>       "forward_s": 0.05545540968027742,
>       "backward_s": 0.10464183676788114,
>       "end_s": 1.876830136195427,
>       "in_flight_micro_batches": 9.000000000000005,
>       "memory_bytes": {
>         "weights": 11157766144.0,
>         "gradients": 22315532288.0,
>         "optimizer": 16344384.0,
>         "activations": 33558626304.0,
>         "overhead": 4899156787.2,
>         "total": 71947425907.2
>       }
>     },
>     {
>       "stage": 5,
>       "layers": [
>         [
>           10,
>           12
>         ],
>         [
>           28,
>           30
>         ],
>         [
>           46,
>           48
>         ],
>         [
>           64,
>           66
>         ],
>         [
>           82,
>           84
>         ],
>         [
>           100,
>           102
>         ],
>         [
>           118,
>           120
>         ]
>       ],
>       "forward_s": 0.05545540968027742,
>       "backward_s": 0.10464183676788114,
>       "end_s": 1.8596387380024832,
>       "in_flight_micro_batches": 8.71428571428572,
>       "memory_bytes": {
>         "weights": 11157766144.0,
>         "gradients": 22315532288.0,
>         "optimizer": 16344384.0,
>         "activations": 32493273088.0,
>         "overhead": 4845889126.4,
>         "total": 70828805030.4
>       }
>     },
>     {
>       "stage": 6,
>       "layers": [
>         [
>           12,
>           14
>         ],
>         [
>           30,
>           32
>         ],
>         [
>           48,
>           50
>         ],
>         [
>           66,
>           68
>         ],
>         [
>           84,
>           86
>         ],
>         [
>           102,
>           104
>         ],
>         [
>           120,
>           122
>         ]
>       ],
>       "forward_s": 0.05545540968027742,
>       "backward_s": 0.10464183676788114,
>       "end_s": 1.8424473398558068,
>       "in_flight_micro_batches": 8.428571428571436,
>       "memory_bytes": {
>         "weights": 11157766144.0,
>         "gradients": 22315532288.0,
>         "optimizer": 16344384.0,
>         "activations": 31427919872.0,
>         "overhead": 4792621465.6,
>         "total": 69710184153.6
>       }
>     },
>     {
>       "stage": 7,
>       "layers": [
>         [
>           14,
>           16
>         ],
>         [
>           32,
>           34
>         ],
>         [
>           50,
>           52
>         ],
>         [
>           68,
>           70
>         ],
>         [
>           86,
>           88
>         ],
>         [
>           104,
>           106
>         ],
>         [
>           122,
>           124
>         ]
>       ],
>       "forward_s": 0.05545540968027742,
>       "backward_s": 0.10464183676788114,
>       "end_s": 1.8252559417329868,
>       "in_flight_micro_batches": 8.142857142857151,
>       "memory_bytes": {
>         "weights": 11157766144.0,
>         "gradients": 22315532288.0,
>         "optimizer": 16344384.0,
>         "activations": 30362566656.0,
>         "overhead": 4739353804.8,
>         "total": 68591563276.8
>       }
>     },
>     {
>       "stage": 8,
>       "layers": [
>         [
>           16,
>           18
>         ],
>         [
>           34,
>           36
>         ],
>         [
>           52,
>           54
>         ],
>         [
>           70,
>           72
>         ],
>         [
>           88,
>           90
>         ],
>         [
>           106,
>           108
>         ],
>         [
>           124,
>           126
>         ]
>       ],
>       "forward_s": 0.05766189200527824,
>       "backward_s": 0.10869935522062057,
>       "end_s": 1.808064875408795,
>       "in_flight_micro_batches": 7.857142857142866,
>       "memory_bytes": {
>         "weights": 11683135488.0,
>         "gradients": 23366270976.0,
>         "optimizer": 17113968.0,
>         "activations": 29691215872.0,
>         "overhead": 4705786265.6,
>         "total": 69463522569.6
>       }
>     }
>   ],
>   "collectives": [
>     {
>       "name": "tp all_reduce",
>       "group_size": 8,
>       "groups": 36864,
>       "bytes": 32768.0,
>       "time_s": 1.5309967567567566e-05,
>       "algorithm": "ring",
>       "calls_per_step": 9
>     },
>     {
>       "name": "tp all_gather",
>       "group_size": 8,
>       "groups": 36864,
>       "bytes": 134217728.0,
>       "time_s": 0.0001909033945945946,
>       "algorithm": "ring",
>       "calls_per_step": 4545
>     },
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 4096,
>       "groups": 72,
>       "bytes": 1593966592.0,
>       "time_s": 0.038097121184088804,
>       "algorithm": "ring",
>       "calls_per_step": 61
>     },
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 4096,
>       "groups": 72,
>       "bytes": 2119303168.0,
>       "time_s": 0.044170297872340426,
>       "algorithm": "ring",
>       "calls_per_step": 2
>     },
>     {
>       "name": "tp reduce_scatter",
>       "group_size": 8,
>       "groups": 36864,
>       "bytes": 134217728.0,
>       "time_s": 0.0001909033945945946,
>       "algorithm": "ring",
>       "calls_per_step": 4545
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 4096,
>       "groups": 72,
>       "bytes": 3187933184.0,
>       "time_s": 0.05652424236817761,
>       "algorithm": "ring",
>       "calls_per_step": 61
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 4096,
>       "groups": 72,
>       "bytes": 4238606336.0,
>       "time_s": 0.06867059574468086,
>       "algorithm": "ring",
>       "calls_per_step": 2
>     },
>     {
>       "name": "cp send_recv",
>       "group_size": 2,
>       "groups": 147456,
>       "bytes": 2097152.0,
>       "time_s": 4.471012765957447e-05,
>       "algorithm": "send_recv",
>       "calls_per_step": 1134
>     },
>     {
>       "name": "cp send_recv",
>       "group_size": 2,
>       "groups": 147456,
>       "bytes": 4194304.0,
>       "time_s": 6.702025531914894e-05,
>       "algorithm": "send_recv",
>       "calls_per_step": 1134
>     },
>     {
>       "name": "pp send_recv",
>       "group_size": 9,
>       "groups": 32768,
>       "bytes": 16777216.0,
>       "time_s": 0.00020168102127659574,
>       "algorithm": "send_recv",
>       "calls_per_step": 1116
>     }
>   ],
>   "fabric": {
>     "shared": true,
>     "tiers": [
>       {
>         "kind": "nic out",
>         "tier": -1,
>         "resources": 294912,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.474032039129994
>       },
>       {
>         "kind": "nic in",
>         "tier": -1,
>         "resources": 294912,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.474032039129994
>       },
>       {
>         "kind": "switch up",
>         "tier": 0,
>         "resources": 4096,
>         "peak_utilization": 0.999999999999953,
>         "busiest_average_utilization": 0.02942879199319677
>       },
>       {
>         "kind": "switch up",
>         "tier": 1,
>         "resources": 57,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.01844310135175372
>       },
>       {
>         "kind": "switch down",
>         "tier": 0,
>         "resources": 4096,
>         "peak_utilization": 0.999999999999953,
>         "busiest_average_utilization": 0.0294287919931968
>       },
>       {
>         "kind": "switch down",
>         "tier": 1,
>         "resources": 57,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.01844310135175371
>       }
>     ]
>   },
>   "warnings": [],
>   "power": {
>     "power_model": "training-activity",
>     "pue": 1.2,
>     "average_it_w": 390402290.448204,
>     "peak_it_w": 432334443.29976475,
>     "trough_it_w": 217857392.64,
>     "average_wall_w": 468482748.5378448,
>     "peak_wall_w": 518801331.9597177,
>     "swing_it_w": 214477050.65976477,
>     "swing_period_s": 1.9581156164495221,
>     "low_time_s": 0.2546712791689755,
>     "energy_per_step_it_j": 764452821.6242903,
>     "energy_per_step_wall_j": 917343385.9491484,
>     "cost_per_step_usd": 323.52517305703157,
>     "cost_per_million_tokens_usd": 2.142622557329016
>   }
> }
