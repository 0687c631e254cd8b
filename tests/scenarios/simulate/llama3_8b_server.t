# Llama 3 8B on one server of Eos: DP8, ZeRO-3, GPipe, full recompute, FP8, from flags.
$ colossus simulate --cluster eos-11616 --model llama3-8b --gpus 8 --tp 1 --dp 8 --global-batch 16 --schedule gpipe --zero 3 --recompute full --precision fp8 --seq-len 4096 --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "command line",
>   "cluster": "eos-11616",
>   "model": "llama3-8b",
>   "model_summary": "8.03 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 128256",
>   "gpu": "h100-sxm",
>   "gpus": 8,
>   "layout": {
>     "text": "TP1, PP1 gpipe, DP8, ZeRO-3, micro-batch 1 x 4096 tokens, global batch 16, fp8, full recompute",
>     "tp": 1,
>     "sequence_parallel": false,
>     "cp": 1,
>     "pp": 1,
>     "vpp": 1,
>     "dp": 8,
>     "ep": 1,
>     "zero": 3,
>     "schedule": "gpipe",
>     "micro_batch": 1,
>     "global_batch": 16,
>     "seq_len": 4096,
>     "precision": "fp8",
>     "fp8_scaling": "delayed",
>     "recompute": "full",
>     "recompute_layers": 0,
>     "attention": "flash2",
>     "optimizer": "adam",
>     "main_grads": "fp32",
>     "micro_batches": 2,
>     "tokens_per_step": 65536
>   },
>   "step_time_s": 0.7176559627232937,
>   "tokens_per_s": 91319.52272967972,
>   "model_flop_per_s_per_gpu": 587531562871561.7,
>   "hardware_flop_per_s_per_gpu": 771382045813891.3,
>   "mfu": 0.5938261197408143,
>   "hfu": 0.7796462965573997,
>   "bubble_fraction": 0.0,
>   "train_tokens": 0,
>   "time_to_train_s": null,
>   "time_to_train_days": null,
>   "bounding_stage": 0,
>   "breakdown_s": {
>     "compute": 0.6703768031402368,
>     "bubble": 0.0,
>     "imbalance": 0.0,
>     "tp": 0.0,
>     "cp": 0.0,
>     "ep": 0.0,
>     "pp": 0.0,
>     "dp": 0.0360397922994756,
>     "optimizer": 0.011239367283582088
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
>       "forward_s": 0.08649419016292421,
>       "backward_s": 0.2667141075569316,
>       "end_s": 0.7176559627232937,
>       "in_flight_micro_batches": 2.0,
>       "memory_bytes": {
>         "weights": 3752461312.0,
>         "gradients": 4015130624.0,
>         "optimizer": 12045391872.0,
>         "activations": 8913420288.0,
>         "overhead": 3666896486.4,
>         "total": 32393300582.4
>       }
>     }
>   ],
>   "collectives": [
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 8,
>       "groups": 1,
>       "bytes": 436224000.0,
>       "time_s": 0.001063810810810811,
>       "algorithm": "ring",
>       "calls_per_step": 128
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 8,
>       "groups": 1,
>       "bytes": 872448000.0,
>       "time_s": 0.002095421621621622,
>       "algorithm": "ring",
>       "calls_per_step": 64
>     }
>   ],
>   "fabric": {
>     "shared": true,
>     "tiers": []
>   },
>   "warnings": [],
>   "power": null
> }
