# Llama 3 70B on 1,024 GPUs of Eos (TP8, PP4 interleaved x2, DP32), 15 T tokens, from flags.
$ colossus simulate --cluster eos-11616 --model llama3-70b --gpus 1024 --tp 8 --pp 4 --vpp 2 --micro-batch 1 --global-batch 512 --tokens 15e12 --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "command line",
>   "cluster": "eos-11616",
>   "model": "llama3-70b",
>   "model_summary": "70.55 B parameters, 80 layers, hidden 8192, 64 heads / 8 KV heads of 128, FFN 28672 gated, vocab 128256",
>   "gpu": "h100-sxm",
>   "gpus": 1024,
>   "layout": {
>     "text": "TP8 SP, PP4 interleaved x2, DP32, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 512, bf16, selective recompute",
>     "tp": 8,
>     "sequence_parallel": true,
>     "cp": 1,
>     "pp": 4,
>     "vpp": 2,
>     "dp": 32,
>     "ep": 1,
>     "zero": 1,
>     "schedule": "interleaved",
>     "micro_batch": 1,
>     "global_batch": 512,
>     "seq_len": 8192,
>     "precision": "bf16",
>     "fp8_scaling": "delayed",
>     "recompute": "selective",
>     "recompute_layers": 0,
>     "attention": "flash2",
>     "optimizer": "adam",
>     "main_grads": "fp32",
>     "micro_batches": 16,
>     "tokens_per_step": 4194304
>   },
>   "step_time_s": 5.423102274461343,
>   "tokens_per_s": 773414.143368079,
>   "model_flop_per_s_per_gpu": 363621562852221.8,
>   "hardware_flop_per_s_per_gpu": 379841233028148.3,
>   "mfu": 0.36751724565617727,
>   "hfu": 0.38391068630295966,
>   "bubble_fraction": 0.08536452900838196,
>   "train_tokens": 15000000000000,
>   "time_to_train_s": 19394525.078992877,
>   "time_to_train_days": 224.4736698957509,
>   "bounding_stage": 3,
>   "breakdown_s": {
>     "compute": 4.031592126349857,
>     "bubble": 0.46294057142367745,
>     "imbalance": 0.011028263536805527,
>     "tp": 0.9064406355027017,
>     "cp": 0.0,
>     "ep": 0.0,
>     "pp": 0.0019166305232136693,
>     "dp": 0.008386705871360303,
>     "optimizer": 0.0007973412537313432
>   },
>   "stages": [
>     {
>       "stage": 0,
>       "layers": [
>         [
>           0,
>           10
>         ],
>         [
>           40,
>           50
>         ]
>       ],
>       "forward_s": 0.10337792163762435,
>       "backward_s": 0.1920914165264021,
>       "end_s": 5.423102274461343,
>       "in_flight_micro_batches": 5.5,
>       "memory_bytes": {
>         "weights": 4541513728.0,
>         "gradients": 9083027456.0,
>         "optimizer": 851533824.0,
>         "activations": 30912020480.0,
>         "overhead": 4766826496.0,
>         "total": 50154921984.0
>       }
>     },
>     {
>       "stage": 1,
>       "layers": [
>         [
>           10,
>           20
>         ],
>         [
>           50,
>           60
>         ]
>       ],
>       "forward_s": 0.10336866148240047,
>       "backward_s": 0.19193817280102896,
>       "end_s": 5.313939211952692,
>       "in_flight_micro_batches": 4.5,
>       "memory_bytes": {
>         "weights": 4278845440.0,
>         "gradients": 8557690880.0,
>         "optimizer": 802283520.0,
>         "activations": 25291653120.0,
>         "overhead": 4485808128.0,
>         "total": 43416281088.0
>       }
>     },
>     {
>       "stage": 2,
>       "layers": [
>         [
>           20,
>           30
>         ],
>         [
>           60,
>           70
>         ]
>       ],
>       "forward_s": 0.10336866148240047,
>       "backward_s": 0.19193817280102896,
>       "end_s": 5.2172108814670715,
>       "in_flight_micro_batches": 3.5,
>       "memory_bytes": {
>         "weights": 4278845440.0,
>         "gradients": 8557690880.0,
>         "optimizer": 802283520.0,
>         "activations": 19671285760.0,
>         "overhead": 4204789760.0,
>         "total": 37514895360.0
>       }
>     },
>     {
>       "stage": 3,
>       "layers": [
>         [
>           30,
>           40
>         ],
>         [
>           70,
>           80
>         ]
>       ],
>       "forward_s": 0.10813411588020999,
>       "backward_s": 0.20049293173557498,
>       "end_s": 5.120528493429212,
>       "in_flight_micro_batches": 2.5,
>       "memory_bytes": {
>         "weights": 4541530112.0,
>         "gradients": 9083060224.0,
>         "optimizer": 851536896.0,
>         "activations": 14838923264.0,
>         "overhead": 3963171635.2,
>         "total": 33278222131.2
>       }
>     }
>   ],
>   "collectives": [
>     {
>       "name": "tp all_reduce",
>       "group_size": 8,
>       "groups": 128,
>       "bytes": 65536.0,
>       "time_s": 1.6239870270270268e-05,
>       "algorithm": "ring",
>       "calls_per_step": 16
>     },
>     {
>       "name": "tp all_gather",
>       "group_size": 8,
>       "groups": 128,
>       "bytes": 134217728.0,
>       "time_s": 0.0003496067891891892,
>       "algorithm": "ring",
>       "calls_per_step": 5136
>     },
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 32,
>       "groups": 32,
>       "bytes": 150130688.0,
>       "time_s": 0.003501531544865865,
>       "algorithm": "ring",
>       "calls_per_step": 32
>     },
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 32,
>       "groups": 32,
>       "bytes": 152815908.57142857,
>       "time_s": 0.0035616904717853844,
>       "algorithm": "ring",
>       "calls_per_step": 84
>     },
>     {
>       "name": "tp reduce_scatter",
>       "group_size": 8,
>       "groups": 128,
>       "bytes": 134217728.0,
>       "time_s": 0.0003496067891891892,
>       "algorithm": "ring",
>       "calls_per_step": 5136
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 32,
>       "groups": 32,
>       "bytes": 154973613.41935483,
>       "time_s": 0.003610031544865865,
>       "algorithm": "ring",
>       "calls_per_step": 62
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 32,
>       "groups": 32,
>       "bytes": 158475757.03703704,
>       "time_s": 0.003688493663274746,
>       "algorithm": "ring",
>       "calls_per_step": 162
>     },
>     {
>       "name": "pp send_recv",
>       "group_size": 4,
>       "groups": 256,
>       "bytes": 16777216.0,
>       "time_s": 0.00037962204255319147,
>       "algorithm": "send_recv",
>       "calls_per_step": 224
>     }
>   ],
>   "fabric": {
>     "shared": true,
>     "tiers": [
>       {
>         "kind": "nic out",
>         "tier": -1,
>         "resources": 1024,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.3429007586572811
>       },
>       {
>         "kind": "nic in",
>         "tier": -1,
>         "resources": 1024,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.3429007586572812
>       },
>       {
>         "kind": "switch up",
>         "tier": 0,
>         "resources": 32,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.02482358566322942
>       },
>       {
>         "kind": "switch down",
>         "tier": 0,
>         "resources": 32,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.024823585663229463
>       }
>     ]
>   },
>   "warnings": [],
>   "power": null
> }
