# A scenario whose model is a Hugging Face config.json (hf_model.yaml, tiny-llama/): 16 GPUs of
# Eos, TP2 PP2 DP4, the whole JSON result.
$ colossus simulate tests/scenarios/simulate/hf_model.yaml --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "tests/scenarios/simulate/hf_model.yaml",
>   "cluster": "eos-11616",
>   "model": "tiny-llama",
>   "model_summary": "852.6 M parameters, 16 layers, hidden 2048, 32 heads / 8 KV heads of 64, FFN 5632 gated, vocab 32000",
>   "gpu": "h100-sxm",
>   "gpus": 16,
>   "layout": {
>     "text": "TP2 SP, PP2 1f1b, DP4, ZeRO-1, micro-batch 1 x 4096 tokens, global batch 32, bf16, selective recompute",
>     "tp": 2,
>     "sequence_parallel": true,
>     "cp": 1,
>     "pp": 2,
>     "vpp": 1,
>     "dp": 4,
>     "ep": 1,
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
>     "micro_batches": 8,
>     "tokens_per_step": 131072
>   },
>   "step_time_s": 0.1749021549946239,
>   "tokens_per_s": 749401.8584506798,
>   "model_flop_per_s_per_gpu": 296592200380164.06,
>   "hardware_flop_per_s_per_gpu": 321737954080221.0,
>   "mfu": 0.2997697598344088,
>   "hfu": 0.32518491417042755,
>   "bubble_fraction": 0.10113805050399959,
>   "train_tokens": 0,
>   "time_to_train_s": null,
>   "time_to_train_days": null,
>   "bounding_stage": 1,
>   "breakdown_s": {
>     "compute": 0.13783944003334148,
>     "bubble": 0.017689262985104634,
>     "imbalance": 0.0,
>     "tp": 0.01826640432432432,
>     "cp": 0.0,
>     "ep": 0.0,
>     "pp": 0.0002008810212765959,
>     "dp": 0.0003066484216216489,
>     "optimizer": 0.0005995182089552238
>   },
>   "stages": [
>     {
>       "stage": 0,
>       "layers": [
>         [
>           0,
>           8
>         ]
>       ],
>       "forward_s": 0.005695568896953263,
>       "backward_s": 0.011547494329577464,
>       "end_s": 0.1749021549946239,
>       "in_flight_micro_batches": 2.0,
>       "memory_bytes": {
>         "weights": 426311680.0,
>         "gradients": 852623360.0,
>         "optimizer": 639467520.0,
>         "activations": 1979711488.0,
>         "overhead": 3320211046.4,
>         "total": 7218325094.4
>       }
>     },
>     {
>       "stage": 1,
>       "layers": [
>         [
>           8,
>           16
>         ]
>       ],
>       "forward_s": 0.006572206502138421,
>       "backward_s": 0.012941024042569808,
>       "end_s": 0.16315377964376981,
>       "in_flight_micro_batches": 1.0,
>       "memory_bytes": {
>         "weights": 426315776.0,
>         "gradients": 852631552.0,
>         "optimizer": 639473664.0,
>         "activations": 1383071744.0,
>         "overhead": 3290379059.2,
>         "total": 6591871795.2
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
>       "calls_per_step": 8
>     },
>     {
>       "name": "tp all_gather",
>       "group_size": 2,
>       "groups": 8,
>       "bytes": 16777216.0,
>       "time_s": 3.4471913513513514e-05,
>       "algorithm": "ring",
>       "calls_per_step": 520
>     },
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 4,
>       "groups": 4,
>       "bytes": 142103893.33333334,
>       "time_s": 0.0003066484216216216,
>       "algorithm": "ring",
>       "calls_per_step": 6
>     },
>     {
>       "name": "tp reduce_scatter",
>       "group_size": 2,
>       "groups": 8,
>       "bytes": 16777216.0,
>       "time_s": 3.4471913513513514e-05,
>       "algorithm": "ring",
>       "calls_per_step": 520
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 4,
>       "groups": 4,
>       "bytes": 142103893.33333334,
>       "time_s": 0.0003066484216216216,
>       "algorithm": "ring",
>       "calls_per_step": 12
>     },
>     {
>       "name": "pp send_recv",
>       "group_size": 2,
>       "groups": 8,
>       "bytes": 8388608.0,
>       "time_s": 0.00020088102127659572,
>       "algorithm": "send_recv",
>       "calls_per_step": 16
>     }
>   ],
>   "fabric": {
>     "shared": true,
>     "tiers": [
>       {
>         "kind": "nvlink out",
>         "tier": -1,
>         "resources": 32,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.3625189741156969
>       },
>       {
>         "kind": "nic out",
>         "tier": -1,
>         "resources": 32,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.21109424523049328
>       }
>     ]
>   },
>   "warnings": [],
>   "power": null
> }
