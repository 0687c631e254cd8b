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
>   "step_time_s": 16.14053988093684,
>   "tokens_per_s": 1039445.7759009117,
>   "model_flop_per_s_per_gpu": 166564117356844.97,
>   "hardware_flop_per_s_per_gpu": 221818859494258.72,
>   "mfu": 0.16834861265094497,
>   "hfu": 0.22419532999217578,
>   "bubble_fraction": 0.438177351408912,
>   "train_tokens": 15600000000000,
>   "time_to_train_s": 15007997.87894575,
>   "time_to_train_days": 173.70367915446468,
>   "bounding_stage": 1,
>   "breakdown_s": {
>     "compute": 6.519380759972215,
>     "bubble": 7.07241901533882,
>     "imbalance": 0.6944753050281962,
>     "tp": 1.02453285638919,
>     "cp": 0.0,
>     "ep": 0.0,
>     "pp": 0.14388219346428532,
>     "dp": 0.6855679552814439,
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
>       "end_s": 16.14053988093684,
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
>       "end_s": 15.827626464651752,
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
>       "end_s": 15.461964188165245,
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
>       "end_s": 15.096301911678738,
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
>       "end_s": 14.730639635192231,
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
>       "end_s": 14.364977358705724,
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
>       "end_s": 13.999315082219217,
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
>       "end_s": 13.63365280573271,
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
>       "end_s": 13.267990529246203,
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
>       "end_s": 12.902328252759697,
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
>       "end_s": 12.53666597627319,
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
>       "end_s": 12.171003699786683,
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
>       "end_s": 11.805341423300176,
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
>       "end_s": 11.439679146813669,
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
>       "end_s": 11.074016870327162,
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
>       "end_s": 10.691698816233009,
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
>       "time_s": 0.03904973733495411,
>       "algorithm": "ring",
>       "calls_per_step": 182
>     },
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 128,
>       "groups": 128,
>       "bytes": 508684970.6666667,
>       "time_s": 0.04041525338505373,
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
>       "time_s": 0.04041525338505373,
>       "algorithm": "ring",
>       "calls_per_step": 48
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 128,
>       "groups": 128,
>       "bytes": 510069309.44,
>       "time_s": 0.040518934828352275,
>       "algorithm": "ring",
>       "calls_per_step": 350
>     },
>     {
>       "name": "pp send_recv",
>       "group_size": 16,
>       "groups": 1024,
>       "bytes": 33554432.0,
>       "time_s": 0.007993455192459767,
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
>         "resources": 18400,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.17959948635830322
>       },
>       {
>         "kind": "nic in",
>         "tier": -1,
>         "resources": 18338,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.17959948635830328
>       },
>       {
>         "kind": "switch up",
>         "tier": 0,
>         "resources": 17730,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.17959948635830333
>       },
>       {
>         "kind": "switch up",
>         "tier": 1,
>         "resources": 2324,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.025861057296567024
>       },
>       {
>         "kind": "switch down",
>         "tier": 0,
>         "resources": 10267,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.17959948635830322
>       },
>       {
>         "kind": "switch down",
>         "tier": 1,
>         "resources": 2307,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.02586105729656698
>       }
>     ]
>   },
>   "warnings": [],
>   "power": null
> }
