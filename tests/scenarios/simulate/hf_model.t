# A scenario whose model is a Hugging Face config.json (hf_model.yaml, tiny-llama/): 16 GPUs of
# Eos, TP2 PP2 DP4, the whole JSON result.
$ colossus simulate tests/scenarios/simulate/hf_model.yaml --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "tests/scenarios/simulate/hf_model.yaml",
>   "cluster": "eos-11616",
>   "model": "tiny-llama",
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
>     "micro_batches": 8,
>     "tokens_per_step": 131072
>   },
>   "step_time_s": 0.1749021549946239,
>   "tokens_per_s": 749401.8584506798,
>   "model_flop_per_s_per_gpu": 296592200380164.06,
>   "hardware_flop_per_s_per_gpu": 321737954080221.0,
>   "mfu": 0.2997697598344088,
>   "hfu": 0.32518491417042755,
>   "bubble_fraction": 0.19553284317933278,
>   "train_tokens": 0,
>   "time_to_train_s": null,
>   "time_to_train_days": null,
>   "breakdown_s": {
>     "compute": 0.12029488609332685,
>     "bubble": 0.03419911564429115,
>     "tp": 0.017649619718918923,
>     "cp": 0.0,
>     "ep": 0.0,
>     "pp": 0.0016070481702127708,
>     "dp": 0.0005519671589189562,
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
>       "memory_bytes": {
>         "weights": 426311680.0,
>         "gradients": 852623360.0,
>         "optimizer": 639467520.0,
>         "activations": 1979711488.0,
>         "overhead": 3416131174.4,
>         "total": 7314245222.4
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
>       "memory_bytes": {
>         "weights": 426315776.0,
>         "gradients": 852631552.0,
>         "optimizer": 639473664.0,
>         "activations": 1383071744.0,
>         "overhead": 3386300108.8,
>         "total": 6687792844.8
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
>   "timeline": {
>     "compute": [
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.0001533242108108108,
>         "end_s": 0.00594088763425056
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.00594088763425056,
>         "end_s": 0.011636456531203824
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.006141768655527156,
>         "end_s": 0.012713975157665577
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.012713975157665577,
>         "end_s": 0.025654999200235385
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.025654999200235385,
>         "end_s": 0.03222720570237381
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.02585588022151198,
>         "end_s": 0.03740337455108944
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.03740337455108944,
>         "end_s": 0.0430989434480427
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.03222720570237381,
>         "end_s": 0.04516822974494361
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.04516822974494361,
>         "end_s": 0.05174043624708203
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.04536911076622021,
>         "end_s": 0.05691660509579767
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.05691660509579767,
>         "end_s": 0.06261217399275093
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.05174043624708203,
>         "end_s": 0.06468146028965184
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.06468146028965184,
>         "end_s": 0.07125366679179027
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.06488234131092843,
>         "end_s": 0.0764298356405059
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.0764298356405059,
>         "end_s": 0.08212540453745916
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.07125366679179027,
>         "end_s": 0.08419469083436007
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.08419469083436007,
>         "end_s": 0.0907668973364985
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.08439557185563666,
>         "end_s": 0.09594306618521413
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.09594306618521413,
>         "end_s": 0.10163863508216739
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.0907668973364985,
>         "end_s": 0.1037079213790683
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.1037079213790683,
>         "end_s": 0.11028012788120672
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.10390880240034489,
>         "end_s": 0.11545629672992236
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 0.11545629672992236,
>         "end_s": 0.12115186562687562
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.11028012788120672,
>         "end_s": 0.12322115192377653
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 0.12322115192377653,
>         "end_s": 0.12979335842591494
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.12342203294505312,
>         "end_s": 0.13496952727463057
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 0.13496952727463057,
>         "end_s": 0.14066509617158385
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 0.12979335842591494,
>         "end_s": 0.14273438246848474
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 0.14273438246848474,
>         "end_s": 0.14930658897062316
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 0.14293526348976135,
>         "end_s": 0.15448275781933882
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 0.14930658897062316,
>         "end_s": 0.16224761301319296
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 0.16244849403446956,
>         "end_s": 0.17399598836404703
>       }
>     ],
>     "transfers": [
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.0001533242108108108,
>         "alone_s": 0.0001533242108108108
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.0001533242108108108,
>         "alone_s": 0.0001533242108108108
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.0001533242108108108,
>         "end_s": 0.0009199452648648648,
>         "alone_s": 0.000766621054054054
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.0001533242108108108,
>         "end_s": 0.0009199452648648648,
>         "alone_s": 0.000766621054054054
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.00594088763425056,
>         "end_s": 0.006141768655527156,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.011636456531203824,
>         "end_s": 0.011837337552480419,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.025654999200235385,
>         "end_s": 0.02585588022151198,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.0430989434480427,
>         "end_s": 0.0432998244693193,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.04516822974494361,
>         "end_s": 0.04536911076622021,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.06261217399275093,
>         "end_s": 0.06281305501402752,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.06468146028965184,
>         "end_s": 0.06488234131092843,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.08212540453745916,
>         "end_s": 0.08232628555873575,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.08419469083436007,
>         "end_s": 0.08439557185563666,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.10163863508216739,
>         "end_s": 0.10183951610344398,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.1037079213790683,
>         "end_s": 0.10390880240034489,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.12115186562687562,
>         "end_s": 0.12135274664815221,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.12322115192377653,
>         "end_s": 0.12342203294505312,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.14066509617158385,
>         "end_s": 0.14086597719286045,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.14273438246848474,
>         "end_s": 0.14293526348976135,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.15146342631105145,
>         "end_s": 0.15177007473267307,
>         "alone_s": 0.0003066484216216216
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.15362026365147977,
>         "end_s": 0.15392691207310139,
>         "alone_s": 0.0003066484216216216
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.15577710099190806,
>         "end_s": 0.15608374941352968,
>         "alone_s": 0.0003066484216216216
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.15793393833233635,
>         "end_s": 0.15824058675395797,
>         "alone_s": 0.0003066484216216216
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.16009077567276467,
>         "end_s": 0.1603974240943863,
>         "alone_s": 0.0003066484216216216
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.16224761301319296,
>         "end_s": 0.16244849403446956,
>         "alone_s": 0.00020088102127659572
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.16224761301319296,
>         "end_s": 0.16255426143481458,
>         "alone_s": 0.0003066484216216216
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.16437307642273247,
>         "end_s": 0.1646797248443541,
>         "alone_s": 0.0003066484216216216
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.1662976588109954,
>         "end_s": 0.16660430723261702,
>         "alone_s": 0.0003066484216216216
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.1682222411992583,
>         "end_s": 0.16852888962087992,
>         "alone_s": 0.0003066484216216216
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.1701468235875212,
>         "end_s": 0.17045347200914282,
>         "alone_s": 0.0003066484216216216
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.17207140597578413,
>         "end_s": 0.17237805439740575,
>         "alone_s": 0.0003066484216216216
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.17399598836404703,
>         "end_s": 0.17430263678566865,
>         "alone_s": 0.0003066484216216216
>       }
>     ]
>   },
>   "warnings": []
> }
