# examples/meta-llama405b-16k.yaml: the Llama 3 paper's 16K-GPU layout on meta-24k-roce (TP8
# PP16 DP128, 7/8/7 layers), the whole JSON, on the shared fabric.
$ colossus simulate examples/meta-llama405b-16k.yaml --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "examples/meta-llama405b-16k.yaml",
>   "cluster": "meta-24k-roce",
>   "model": "llama3-405b",
>   "model_summary": "405.85 B parameters, 126 layers, hidden 16384, 128 heads / 8 KV heads of 128, FFN 53248 gated, vocab 128256",
>   "gpu": "h100-sxm",
>   "gpus": 16384,
>   "layout": {
>     "text": "TP8 SP, PP16 1f1b, DP128, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 2048, bf16, full recompute",
>     "tp": 8,
>     "sequence_parallel": true,
>     "cp": 1,
>     "pp": 16,
>     "vpp": 1,
>     "dp": 128,
>     "ep": 1,
>     "zero": 1,
>     "schedule": "1f1b",
>     "micro_batch": 1,
>     "global_batch": 2048,
>     "seq_len": 8192,
>     "precision": "bf16",
>     "fp8_scaling": "delayed",
>     "recompute": "full",
>     "recompute_layers": 0,
>     "attention": "flash2",
>     "optimizer": "adam",
>     "main_grads": "fp32",
>     "micro_batches": 16,
>     "tokens_per_step": 16777216
>   },
>   "step_time_s": 14.677827627197331,
>   "tokens_per_s": 1143031.2731641976,
>   "model_flop_per_s_per_gpu": 183162988911905.16,
>   "hardware_flop_per_s_per_gpu": 243924117311265.0,
>   "mfu": 0.18512531727502038,
>   "hfu": 0.24653741389859005,
>   "bubble_fraction": 0.4818437165888198,
>   "train_tokens": 15600000000000,
>   "time_to_train_s": 13647920.547978781,
>   "time_to_train_days": 157.96204337938403,
>   "bounding_stage": 1,
>   "breakdown_s": {
>     "compute": 6.519380759972215,
>     "bubble": 7.07241901533882,
>     "imbalance": 0.016230392885187683,
>     "tp": 1.02453285638919,
>     "cp": 0.0,
>     "ep": 0.0,
>     "pp": 0.030376725914659702,
>     "dp": 0.014606081234569888,
>     "optimizer": 0.00028179546268656717
>   },
>   "stages": [
>     {
>       "stage": 0,
>       "layers": [
>         [
>           0,
>           7
>         ]
>       ],
>       "forward_s": 0.106607350866323,
>       "backward_s": 0.30626943278963537,
>       "end_s": 14.677827627197331,
>       "in_flight_micro_batches": 16.0,
>       "memory_bytes": {
>         "weights": 6104219648.0,
>         "gradients": 12208439296.0,
>         "optimizer": 286135296.0,
>         "activations": 4291297280.0,
>         "overhead": 3435790336.0,
>         "total": 26325881856.0
>       }
>     },
>     {
>       "stage": 1,
>       "layers": [
>         [
>           7,
>           15
>         ]
>       ],
>       "forward_s": 0.12181923492100029,
>       "backward_s": 0.3496753661015877,
>       "end_s": 14.367548750094713,
>       "in_flight_micro_batches": 15.0,
>       "memory_bytes": {
>         "weights": 6375866368.0,
>         "gradients": 12751732736.0,
>         "optimizer": 298868736.0,
>         "activations": 4559732736.0,
>         "overhead": 3449212108.8,
>         "total": 27435412684.8
>       }
>     },
>     {
>       "stage": 2,
>       "layers": [
>         [
>           15,
>           23
>         ]
>       ],
>       "forward_s": 0.12181923492100029,
>       "backward_s": 0.3496753661015877,
>       "end_s": 14.01449819222483,
>       "in_flight_micro_batches": 14.0,
>       "memory_bytes": {
>         "weights": 6375866368.0,
>         "gradients": 12751732736.0,
>         "optimizer": 298868736.0,
>         "activations": 4291297280.0,
>         "overhead": 3435790336.0,
>         "total": 27153555456.0
>       }
>     },
>     {
>       "stage": 3,
>       "layers": [
>         [
>           23,
>           31
>         ]
>       ],
>       "forward_s": 0.12181923492100029,
>       "backward_s": 0.3496753661015877,
>       "end_s": 13.661447634354946,
>       "in_flight_micro_batches": 13.0,
>       "memory_bytes": {
>         "weights": 6375866368.0,
>         "gradients": 12751732736.0,
>         "optimizer": 298868736.0,
>         "activations": 4022861824.0,
>         "overhead": 3422368563.2,
>         "total": 26871698227.2
>       }
>     },
>     {
>       "stage": 4,
>       "layers": [
>         [
>           31,
>           39
>         ]
>       ],
>       "forward_s": 0.12181923492100029,
>       "backward_s": 0.3496753661015877,
>       "end_s": 13.309346349169896,
>       "in_flight_micro_batches": 12.0,
>       "memory_bytes": {
>         "weights": 6375866368.0,
>         "gradients": 12751732736.0,
>         "optimizer": 298868736.0,
>         "activations": 3754426368.0,
>         "overhead": 3408946790.4,
>         "total": 26589840998.4
>       }
>     },
>     {
>       "stage": 5,
>       "layers": [
>         [
>           39,
>           47
>         ]
>       ],
>       "forward_s": 0.12181923492100029,
>       "backward_s": 0.3496753661015877,
>       "end_s": 12.956295791300013,
>       "in_flight_micro_batches": 11.0,
>       "memory_bytes": {
>         "weights": 6375866368.0,
>         "gradients": 12751732736.0,
>         "optimizer": 298868736.0,
>         "activations": 3485990912.0,
>         "overhead": 3395525017.6,
>         "total": 26307983769.6
>       }
>     },
>     {
>       "stage": 6,
>       "layers": [
>         [
>           47,
>           55
>         ]
>       ],
>       "forward_s": 0.12181923492100029,
>       "backward_s": 0.3496753661015877,
>       "end_s": 12.60324523343013,
>       "in_flight_micro_batches": 10.0,
>       "memory_bytes": {
>         "weights": 6375866368.0,
>         "gradients": 12751732736.0,
>         "optimizer": 298868736.0,
>         "activations": 3217555456.0,
>         "overhead": 3382103244.8,
>         "total": 26026126540.8
>       }
>     },
>     {
>       "stage": 7,
>       "layers": [
>         [
>           55,
>           63
>         ]
>       ],
>       "forward_s": 0.12181923492100029,
>       "backward_s": 0.3496753661015877,
>       "end_s": 12.25114394824508,
>       "in_flight_micro_batches": 9.0,
>       "memory_bytes": {
>         "weights": 6375866368.0,
>         "gradients": 12751732736.0,
>         "optimizer": 298868736.0,
>         "activations": 2949120000.0,
>         "overhead": 3368681472.0,
>         "total": 25744269312.0
>       }
>     },
>     {
>       "stage": 8,
>       "layers": [
>         [
>           63,
>           71
>         ]
>       ],
>       "forward_s": 0.12181923492100029,
>       "backward_s": 0.3496753661015877,
>       "end_s": 11.898093390375196,
>       "in_flight_micro_batches": 8.0,
>       "memory_bytes": {
>         "weights": 6375866368.0,
>         "gradients": 12751732736.0,
>         "optimizer": 298868736.0,
>         "activations": 2680684544.0,
>         "overhead": 3355259699.2,
>         "total": 25462412083.2
>       }
>     },
>     {
>       "stage": 9,
>       "layers": [
>         [
>           71,
>           79
>         ]
>       ],
>       "forward_s": 0.12181923492100029,
>       "backward_s": 0.3496753661015877,
>       "end_s": 11.545042832505313,
>       "in_flight_micro_batches": 7.0,
>       "memory_bytes": {
>         "weights": 6375866368.0,
>         "gradients": 12751732736.0,
>         "optimizer": 298868736.0,
>         "activations": 2412249088.0,
>         "overhead": 3341837926.4,
>         "total": 25180554854.4
>       }
>     },
>     {
>       "stage": 10,
>       "layers": [
>         [
>           79,
>           87
>         ]
>       ],
>       "forward_s": 0.12181923492100029,
>       "backward_s": 0.3496753661015877,
>       "end_s": 11.192941547320263,
>       "in_flight_micro_batches": 6.0,
>       "memory_bytes": {
>         "weights": 6375866368.0,
>         "gradients": 12751732736.0,
>         "optimizer": 298868736.0,
>         "activations": 2143813632.0,
>         "overhead": 3328416153.6,
>         "total": 24898697625.6
>       }
>     },
>     {
>       "stage": 11,
>       "layers": [
>         [
>           87,
>           95
>         ]
>       ],
>       "forward_s": 0.12181923492100029,
>       "backward_s": 0.3496753661015877,
>       "end_s": 10.83989098945038,
>       "in_flight_micro_batches": 5.0,
>       "memory_bytes": {
>         "weights": 6375866368.0,
>         "gradients": 12751732736.0,
>         "optimizer": 298868736.0,
>         "activations": 1875378176.0,
>         "overhead": 3314994380.8,
>         "total": 24616840396.8
>       }
>     },
>     {
>       "stage": 12,
>       "layers": [
>         [
>           95,
>           103
>         ]
>       ],
>       "forward_s": 0.12181923492100029,
>       "backward_s": 0.3496753661015877,
>       "end_s": 10.486840431580497,
>       "in_flight_micro_batches": 4.0,
>       "memory_bytes": {
>         "weights": 6375866368.0,
>         "gradients": 12751732736.0,
>         "optimizer": 298868736.0,
>         "activations": 1606942720.0,
>         "overhead": 3301572608.0,
>         "total": 24334983168.0
>       }
>     },
>     {
>       "stage": 13,
>       "layers": [
>         [
>           103,
>           111
>         ]
>       ],
>       "forward_s": 0.12181923492100029,
>       "backward_s": 0.3496753661015877,
>       "end_s": 10.134739146395447,
>       "in_flight_micro_batches": 3.0,
>       "memory_bytes": {
>         "weights": 6375866368.0,
>         "gradients": 12751732736.0,
>         "optimizer": 298868736.0,
>         "activations": 1338507264.0,
>         "overhead": 3288150835.2,
>         "total": 24053125939.2
>       }
>     },
>     {
>       "stage": 14,
>       "layers": [
>         [
>           111,
>           119
>         ]
>       ],
>       "forward_s": 0.12181923492100029,
>       "backward_s": 0.3496753661015877,
>       "end_s": 9.781688588525563,
>       "in_flight_micro_batches": 2.0,
>       "memory_bytes": {
>         "weights": 6375866368.0,
>         "gradients": 12751732736.0,
>         "optimizer": 298868736.0,
>         "activations": 1070071808.0,
>         "overhead": 3274729062.4,
>         "total": 23771268710.4
>       }
>     },
>     {
>       "stage": 15,
>       "layers": [
>         [
>           119,
>           126
>         ]
>       ],
>       "forward_s": 0.11536238693483349,
>       "backward_s": 0.32221350144654337,
>       "end_s": 9.428078501794955,
>       "in_flight_micro_batches": 1.0,
>       "memory_bytes": {
>         "weights": 6104252416.0,
>         "gradients": 12208504832.0,
>         "optimizer": 286136832.0,
>         "activations": 1556086784.0,
>         "overhead": 3299029811.2,
>         "total": 23454010675.2
>       }
>     }
>   ],
>   "collectives": [
>     {
>       "name": "tp all_reduce",
>       "group_size": 8,
>       "groups": 2048,
>       "bytes": 65536.0,
>       "time_s": 1.6239870270270268e-05,
>       "algorithm": "ring",
>       "calls_per_step": 16
>     },
>     {
>       "name": "tp all_gather",
>       "group_size": 8,
>       "groups": 2048,
>       "bytes": 268435456.0,
>       "time_s": 0.0006670135783783784,
>       "algorithm": "ring",
>       "calls_per_step": 12112
>     },
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 128,
>       "groups": 128,
>       "bytes": 490451259.0769231,
>       "time_s": 0.01246221283694227,
>       "algorithm": "ring",
>       "calls_per_step": 182
>     },
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 128,
>       "groups": 128,
>       "bytes": 508684970.6666667,
>       "time_s": 0.012886286144426624,
>       "algorithm": "ring",
>       "calls_per_step": 24
>     },
>     {
>       "name": "tp reduce_scatter",
>       "group_size": 8,
>       "groups": 2048,
>       "bytes": 268435456.0,
>       "time_s": 0.0006670135783783784,
>       "algorithm": "ring",
>       "calls_per_step": 12112
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 128,
>       "groups": 128,
>       "bytes": 508684970.6666667,
>       "time_s": 0.012886286144426624,
>       "algorithm": "ring",
>       "calls_per_step": 48
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 128,
>       "groups": 128,
>       "bytes": 510069309.44,
>       "time_s": 0.01291848535041996,
>       "algorithm": "ring",
>       "calls_per_step": 350
>     },
>     {
>       "name": "pp send_recv",
>       "group_size": 16,
>       "groups": 1024,
>       "bytes": 33554432.0,
>       "time_s": 0.0016875958841474836,
>       "algorithm": "send_recv",
>       "calls_per_step": 480
>     }
>   ],
>   "fabric": {
>     "shared": true,
>     "tiers": [
>       {
>         "kind": "nic out",
>         "tier": -1,
>         "resources": 16384,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.09016030270025785
>       },
>       {
>         "kind": "nic in",
>         "tier": -1,
>         "resources": 16384,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.09016030270025745
>       },
>       {
>         "kind": "switch up",
>         "tier": 0,
>         "resources": 1024,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.0495970049132515
>       },
>       {
>         "kind": "switch up",
>         "tier": 1,
>         "resources": 6,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.009033707126245061
>       },
>       {
>         "kind": "switch down",
>         "tier": 0,
>         "resources": 1024,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.04959700491325109
>       },
>       {
>         "kind": "switch down",
>         "tier": 1,
>         "resources": 6,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.009033707126244801
>       }
>     ]
>   },
>   "warnings": [],
>   "power": null
> }
