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
>     "micro_batches": 4,
>     "tokens_per_step": 100663296
>   },
>   "step_time_s": 1.8965870410683754,
>   "tokens_per_s": 53076022.25484726,
>   "model_flop_per_s_per_gpu": 292194966933741.2,
>   "hardware_flop_per_s_per_gpu": 299151747322728.56,
>   "mfu": 0.2953254163470196,
>   "hfu": 0.3023567286463802,
>   "bubble_fraction": 0.18594704671770926,
>   "train_tokens": 10000000000000,
>   "time_to_train_s": 188408.99478081617,
>   "time_to_train_days": 2.180659661815002,
>   "breakdown_s": {
>     "compute": 1.0651612838163782,
>     "bubble": 0.35266475912974315,
>     "tp": 0.19931271057297292,
>     "cp": 0.0,
>     "ep": 0.12730309748484012,
>     "pp": 0.004002850927073143,
>     "dp": 0.1481031159731887,
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
>       "forward_s": 0.12697910687725417,
>       "backward_s": 0.22096516609129366,
>       "end_s": 1.8965870410683754,
>       "memory_bytes": {
>         "weights": 2970157056.0,
>         "gradients": 5940314112.0,
>         "optimizer": 38831232.0,
>         "activations": 34091302912.0,
>         "overhead": 5373255737.6,
>         "total": 48413861049.6
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
>       "forward_s": 0.12697141176083626,
>       "backward_s": 0.2208494832972638,
>       "end_s": 1.826473247937063,
>       "memory_bytes": {
>         "weights": 2768830464.0,
>         "gradients": 5537660928.0,
>         "optimizer": 38438016.0,
>         "activations": 34091302912.0,
>         "overhead": 5343037088.0,
>         "total": 47779269408.0
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
>       "forward_s": 0.12697141176083626,
>       "backward_s": 0.2208494832972638,
>       "end_s": 1.7662581071570331,
>       "memory_bytes": {
>         "weights": 2768830464.0,
>         "gradients": 5537660928.0,
>         "optimizer": 38438016.0,
>         "activations": 34091302912.0,
>         "overhead": 5343037088.0,
>         "total": 47779269408.0
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
>       "forward_s": 0.13081055239880843,
>       "backward_s": 0.22761805483928316,
>       "end_s": 1.7060497505337053,
>       "memory_bytes": {
>         "weights": 2970169344.0,
>         "gradients": 5940338688.0,
>         "optimizer": 38831256.0,
>         "activations": 34896609280.0,
>         "overhead": 5413522900.4,
>         "total": 49259471468.4
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
>       "time_s": 0.0004972777245501564,
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
>   "timeline": {
>     "compute": [
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.058428082965662015,
>         "end_s": 0.09450825121182904
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.09450825121182904,
>         "end_s": 0.13058841945799607
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.09480440991157199,
>         "end_s": 0.1308758337072641
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.13088457815773902,
>         "end_s": 0.1653158632499594
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.13117199240700705,
>         "end_s": 0.16556878778931527
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.13058841945799607,
>         "end_s": 0.16562906601713004
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.16561202194970234,
>         "end_s": 0.1973548748899114
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.16562906601713004,
>         "end_s": 0.197379614073757
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.16586494648905822,
>         "end_s": 0.1976077994292673
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.165925224716873,
>         "end_s": 0.19766807765708205
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.19765103358965436,
>         "end_s": 0.22939388652986342
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.19767577277349996,
>         "end_s": 0.22941862571370902
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.19790395812901024,
>         "end_s": 0.2296468110692193
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.197964236356825,
>         "end_s": 0.22970708929703407
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.22969004522960637,
>         "end_s": 0.2614328981698154
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.22971478441345197,
>         "end_s": 0.261457637353661
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.22994296976896225,
>         "end_s": 0.2616858227091713
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.23000324799677702,
>         "end_s": 0.2617461009369861
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.26172905686955833,
>         "end_s": 0.2934719098097674
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.26175379605340393,
>         "end_s": 0.293496648993613
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.2619819814089142,
>         "end_s": 0.2937248343491233
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.262042259636729,
>         "end_s": 0.29378511257693807
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.2937680685095103,
>         "end_s": 0.3255109214497194
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.2937928076933559,
>         "end_s": 0.325535660633565
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.2940209930488662,
>         "end_s": 0.32576384598907526
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.294081271276681,
>         "end_s": 0.32582412421689005
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.3258070801494623,
>         "end_s": 0.35754993308967137
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.3258318193333079,
>         "end_s": 0.35757467227351697
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.3260600046888182,
>         "end_s": 0.35780285762902725
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.326120282916633,
>         "end_s": 0.35786313585684204
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.3578460917894143,
>         "end_s": 0.38958894472962335
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.3578708309732599,
>         "end_s": 0.38961368391346896
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.35809901632877017,
>         "end_s": 0.38984186926897924
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.35815929455658496,
>         "end_s": 0.389902147496794
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.3898851034293663,
>         "end_s": 0.42162795636957534
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.3899098426132119,
>         "end_s": 0.42165269555342094
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.39013802796872216,
>         "end_s": 0.4218808809089312
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.39019830619653695,
>         "end_s": 0.421941159136746
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.42192411506931826,
>         "end_s": 0.4536669680095273
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 0.42194885425316386,
>         "end_s": 0.45369170719337293
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.42217703960867414,
>         "end_s": 0.4539198925488832
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.42223731783648893,
>         "end_s": 0.453980170776698
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.45396312670927025,
>         "end_s": 0.4857059796494793
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 0.45398786589311585,
>         "end_s": 0.4857307188333249
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.45421605124862613,
>         "end_s": 0.4859589041888352
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.4542763294764409,
>         "end_s": 0.48601918241665
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.48600213834922223,
>         "end_s": 0.5177449912894313
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 0.48602687753306784,
>         "end_s": 0.5177697304732769
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.4862550628885781,
>         "end_s": 0.5179979158287872
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.4863153411163929,
>         "end_s": 0.518058194056602
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.5180411499891743,
>         "end_s": 0.5497840029293833
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 0.5180658891730199,
>         "end_s": 0.5498087421132289
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.5182940745285302,
>         "end_s": 0.5500369274687392
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.518354352756345,
>         "end_s": 0.5500972056965541
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.5500801616291263,
>         "end_s": 0.5818230145693354
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.5501049008129719,
>         "end_s": 0.581847753753181
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.550393364396297,
>         "end_s": 0.5821362173365061
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.5503330861684822,
>         "end_s": 0.5859150797466635
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.582143912452924,
>         "end_s": 0.613886765393133
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.5824323760362491,
>         "end_s": 0.6141752289764582
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.5859150797466635,
>         "end_s": 0.6214970733248447
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.614182924092876,
>         "end_s": 0.6459257770330851
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.6214970733248447,
>         "end_s": 0.657079066903026
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.657079066903026,
>         "end_s": 0.6926610604812072
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.6926610604812072,
>         "end_s": 0.7546420028475426
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.7549381615472855,
>         "end_s": 0.8101505323716015
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.7546420028475426,
>         "end_s": 0.8166229452138779
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.8104466910713445,
>         "end_s": 0.8656590618956604
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.8169191039136209,
>         "end_s": 0.8721314747379368
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.8166229452138779,
>         "end_s": 0.8786038875802132
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.8659552205954034,
>         "end_s": 0.9211675914197194
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.8724276334376798,
>         "end_s": 0.9276400042619958
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.8789000462799562,
>         "end_s": 0.9341124171042722
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.8786038875802132,
>         "end_s": 0.9405848299465486
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.9279361629617388,
>         "end_s": 0.9831485337860547
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.9344085758040152,
>         "end_s": 0.9896209466283311
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.9408809886462915,
>         "end_s": 0.9960933594706075
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.9405848299465486,
>         "end_s": 1.0033261604287258
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.9899171053280741,
>         "end_s": 1.04512947615239
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.9963895181703505,
>         "end_s": 1.0516018889946663
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.0033261604287258,
>         "end_s": 1.0586830892830834
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 1.0036223191284688,
>         "end_s": 1.0644724735593114
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 1.0518980476944093,
>         "end_s": 1.1071104185187253
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.0586830892830834,
>         "end_s": 1.1138954601073994
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.0644724735593114,
>         "end_s": 1.1196848443836274
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 1.0647686322590544,
>         "end_s": 1.1249422526571138
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.1138954601073994,
>         "end_s": 1.1691078309317153
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.1196848443836274,
>         "end_s": 1.1748972152079433
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.1249422526571138,
>         "end_s": 1.1801546234814297
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 1.1252384113568568,
>         "end_s": 1.184816681806067
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.1748972152079433,
>         "end_s": 1.2301095860322593
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.1801546234814297,
>         "end_s": 1.2353669943057457
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.184816681806067,
>         "end_s": 1.240029052630383
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.18511284050581,
>         "end_s": 1.2449458689467046
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.2353669943057457,
>         "end_s": 1.2905793651300617
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.240029052630383,
>         "end_s": 1.295241423454699
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.2449458689467046,
>         "end_s": 1.3001582397710205
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.2452420276464475,
>         "end_s": 1.305179764242531
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.295241423454699,
>         "end_s": 1.350453794279015
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.3001582397710205,
>         "end_s": 1.3553706105953365
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.305179764242531,
>         "end_s": 1.3603921350668469
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.3054759229422739,
>         "end_s": 1.3654419655945944
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.3553706105953365,
>         "end_s": 1.4105829814196524
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.3603921350668469,
>         "end_s": 1.4156045058911628
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.3654419655945944,
>         "end_s": 1.4206543364189104
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.3657381242943374,
>         "end_s": 1.4256576342822846
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.4156045058911628,
>         "end_s": 1.4708168767154788
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.4206543364189104,
>         "end_s": 1.4758667072432263
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.4256576342822846,
>         "end_s": 1.4808700051066006
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.4259537929820276,
>         "end_s": 1.4858629251843285
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.4758667072432263,
>         "end_s": 1.5310790780675423
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.4808700051066006,
>         "end_s": 1.5360823759309166
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.4858629251843285,
>         "end_s": 1.5410752960086445
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.4861590838840715,
>         "end_s": 1.5460716486136263
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.5360823759309166,
>         "end_s": 1.5912947467552325
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.5410752960086445,
>         "end_s": 1.5962876668329604
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.5460716486136263,
>         "end_s": 1.6012840194379423
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.5463678073133693,
>         "end_s": 1.606286789393656
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.5962876668329604,
>         "end_s": 1.6515000376572764
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.6012840194379423,
>         "end_s": 1.6564963902622583
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.606286789393656,
>         "end_s": 1.661499160217972
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.606582948093399,
>         "end_s": 1.666617676316635
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.6564963902622583,
>         "end_s": 1.7117087610865742
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.661499160217972,
>         "end_s": 1.716711531042288
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.666617676316635,
>         "end_s": 1.7219457299349807
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.716711531042288,
>         "end_s": 1.771923901866604
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.7219457299349807,
>         "end_s": 1.7772737835533265
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.7772737835533265,
>         "end_s": 1.8326018371716724
>       }
>     ],
>     "transfers": [
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.033192608004408555,
>         "alone_s": 0.033192608004408555
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.033192608004408555,
>         "end_s": 0.033192608004408555,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.038322044856125004,
>         "alone_s": 0.038322044856125004
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.038322044856125004,
>         "alone_s": 0.038322044856125004
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.038322044856125004,
>         "end_s": 0.038322044856125004,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.038322044856125004,
>         "end_s": 0.038322044856125004,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.058428082965662015,
>         "alone_s": 0.058428082965662015
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.058428082965662015,
>         "end_s": 0.058428082965662015,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.033192608004408555,
>         "end_s": 0.06638521600881711,
>         "alone_s": 0.033192608004408555
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.06638521600881711,
>         "end_s": 0.06638521600881711,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.038322044856125004,
>         "end_s": 0.07664408971225001,
>         "alone_s": 0.038322044856125004
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.038322044856125004,
>         "end_s": 0.07664408971225001,
>         "alone_s": 0.038322044856125004
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.07664408971225001,
>         "end_s": 0.07664408971225001,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.07664408971225001,
>         "end_s": 0.07664408971225001,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.058428082965662015,
>         "end_s": 0.09162069097007057,
>         "alone_s": 0.033192608004408555
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.09162069097007057,
>         "end_s": 0.09162069097007057,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.09450825121182904,
>         "end_s": 0.09480440991157199,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.06638521600881711,
>         "end_s": 0.09957782401322567,
>         "alone_s": 0.033192608004408555
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.09957782401322567,
>         "end_s": 0.09957782401322567,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.07664408971225001,
>         "end_s": 0.11496613456837501,
>         "alone_s": 0.038322044856125004
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.07664408971225001,
>         "end_s": 0.11496613456837501,
>         "alone_s": 0.038322044856125004
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.11496613456837501,
>         "end_s": 0.11496613456837501,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.11496613456837501,
>         "end_s": 0.11496613456837501,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.09162069097007057,
>         "end_s": 0.12481329897447913,
>         "alone_s": 0.033192608004408555
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.12481329897447913,
>         "end_s": 0.12481329897447913,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.13058841945799607,
>         "end_s": 0.13088457815773902,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.1308758337072641,
>         "end_s": 0.13117199240700705,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.11496613456837501,
>         "end_s": 0.15328817942450002,
>         "alone_s": 0.038322044856125004
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.11496613456837501,
>         "end_s": 0.15328817942450002,
>         "alone_s": 0.038322044856125004
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.15328817942450002,
>         "end_s": 0.15328817942450002,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.15328817942450002,
>         "end_s": 0.15328817942450002,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.09957782401322567,
>         "end_s": 0.15800590697888767,
>         "alone_s": 0.058428082965662015
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.12481329897447913,
>         "end_s": 0.15800590697888767,
>         "alone_s": 0.033192608004408555
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.15800590697888767,
>         "end_s": 0.15800590697888767,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.15800590697888767,
>         "end_s": 0.15800590697888767,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.1653158632499594,
>         "end_s": 0.16561202194970234,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.16556878778931527,
>         "end_s": 0.16586494648905822,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.16562906601713004,
>         "end_s": 0.165925224716873,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.1973548748899114,
>         "end_s": 0.19765103358965436,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.197379614073757,
>         "end_s": 0.19767577277349996,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.1976077994292673,
>         "end_s": 0.19790395812901024,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.19766807765708205,
>         "end_s": 0.197964236356825,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.22939388652986342,
>         "end_s": 0.22969004522960637,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.22941862571370902,
>         "end_s": 0.22971478441345197,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.2296468110692193,
>         "end_s": 0.22994296976896225,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.22970708929703407,
>         "end_s": 0.23000324799677702,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.2614328981698154,
>         "end_s": 0.26172905686955833,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.261457637353661,
>         "end_s": 0.26175379605340393,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.2616858227091713,
>         "end_s": 0.2619819814089142,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.2617461009369861,
>         "end_s": 0.262042259636729,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.2934719098097674,
>         "end_s": 0.2937680685095103,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.293496648993613,
>         "end_s": 0.2937928076933559,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.2937248343491233,
>         "end_s": 0.2940209930488662,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.29378511257693807,
>         "end_s": 0.294081271276681,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.3255109214497194,
>         "end_s": 0.3258070801494623,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.325535660633565,
>         "end_s": 0.3258318193333079,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.32576384598907526,
>         "end_s": 0.3260600046888182,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.32582412421689005,
>         "end_s": 0.326120282916633,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.35754993308967137,
>         "end_s": 0.3578460917894143,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.35757467227351697,
>         "end_s": 0.3578708309732599,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.35780285762902725,
>         "end_s": 0.35809901632877017,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.35786313585684204,
>         "end_s": 0.35815929455658496,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.38958894472962335,
>         "end_s": 0.3898851034293663,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.38961368391346896,
>         "end_s": 0.3899098426132119,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.38984186926897924,
>         "end_s": 0.39013802796872216,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.389902147496794,
>         "end_s": 0.39019830619653695,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.42162795636957534,
>         "end_s": 0.42192411506931826,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.42165269555342094,
>         "end_s": 0.42194885425316386,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.4218808809089312,
>         "end_s": 0.42217703960867414,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.421941159136746,
>         "end_s": 0.42223731783648893,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.4536669680095273,
>         "end_s": 0.45396312670927025,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.45369170719337293,
>         "end_s": 0.45398786589311585,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.4539198925488832,
>         "end_s": 0.45421605124862613,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.453980170776698,
>         "end_s": 0.4542763294764409,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.4857059796494793,
>         "end_s": 0.48600213834922223,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.4857307188333249,
>         "end_s": 0.48602687753306784,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.4859589041888352,
>         "end_s": 0.4862550628885781,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.48601918241665,
>         "end_s": 0.4863153411163929,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.5177449912894313,
>         "end_s": 0.5180411499891743,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.5177697304732769,
>         "end_s": 0.5180658891730199,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5179979158287872,
>         "end_s": 0.5182940745285302,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.518058194056602,
>         "end_s": 0.518354352756345,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5497840029293833,
>         "end_s": 0.5500801616291263,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.5498087421132289,
>         "end_s": 0.5501049008129719,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.5500369274687392,
>         "end_s": 0.5503330861684822,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.5500972056965541,
>         "end_s": 0.550393364396297,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.5818230145693354,
>         "end_s": 0.5821191732690784,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.581847753753181,
>         "end_s": 0.582143912452924,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5821362173365061,
>         "end_s": 0.5824323760362491,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.613886765393133,
>         "end_s": 0.614182924092876,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.6141752289764582,
>         "end_s": 0.6144713876762011,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.6459257770330851,
>         "end_s": 0.646221935732828,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.7546420028475426,
>         "end_s": 0.7549381615472855,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.8101505323716015,
>         "end_s": 0.8104466910713445,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.8166229452138779,
>         "end_s": 0.8169191039136209,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.8656590618956604,
>         "end_s": 0.8659552205954034,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.8721314747379368,
>         "end_s": 0.8724276334376798,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.8786038875802132,
>         "end_s": 0.8789000462799562,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.9211675914197194,
>         "end_s": 0.9214637501194624,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.9276400042619958,
>         "end_s": 0.9279361629617388,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.9341124171042722,
>         "end_s": 0.9344085758040152,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.9405848299465486,
>         "end_s": 0.9408809886462915,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.9831485337860547,
>         "end_s": 0.9834446924857977,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.9896209466283311,
>         "end_s": 0.9899171053280741,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.9960933594706075,
>         "end_s": 0.9963895181703505,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.0033261604287258,
>         "end_s": 1.0036223191284688,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.9405848299465486,
>         "end_s": 1.0045308106790725,
>         "alone_s": 0.06394598073252389
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.04512947615239,
>         "end_s": 1.045425634852133,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.9960933594706075,
>         "end_s": 1.0506038491828575,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.0516018889946663,
>         "end_s": 1.0518980476944093,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.0586830892830834,
>         "end_s": 1.0589792479828264,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.0644724735593114,
>         "end_s": 1.0647686322590544,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 1.0516018889946663,
>         "end_s": 1.1061123787069163,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.1071104185187253,
>         "end_s": 1.1074065772184682,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.1138954601073994,
>         "end_s": 1.1141916188071423,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.1196848443836274,
>         "end_s": 1.1199810030833703,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.1249422526571138,
>         "end_s": 1.1252384113568568,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 1.1071104185187253,
>         "end_s": 1.1616209082309752,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.1691078309317153,
>         "end_s": 1.1694039896314583,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.1748972152079433,
>         "end_s": 1.1751933739076863,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.1801546234814297,
>         "end_s": 1.1804507821811727,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.184816681806067,
>         "end_s": 1.18511284050581,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 1.1691078309317153,
>         "end_s": 1.2236183206439653,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.2301095860322593,
>         "end_s": 1.2304057447320023,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.2353669943057457,
>         "end_s": 1.2356631530054887,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.240029052630383,
>         "end_s": 1.240325211330126,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.2449458689467046,
>         "end_s": 1.2452420276464475,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 1.2301095860322593,
>         "end_s": 1.2846200757445092,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.2905793651300617,
>         "end_s": 1.2908755238298046,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.295241423454699,
>         "end_s": 1.295537582154442,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.3001582397710205,
>         "end_s": 1.3004543984707635,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.305179764242531,
>         "end_s": 1.3054759229422739,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 1.2905793651300617,
>         "end_s": 1.3450898548423116,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.350453794279015,
>         "end_s": 1.3507499529787579,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.3553706105953365,
>         "end_s": 1.3556667692950795,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.3603921350668469,
>         "end_s": 1.3606882937665898,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.3654419655945944,
>         "end_s": 1.3657381242943374,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 1.350453794279015,
>         "end_s": 1.4049642839912648,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.4105829814196524,
>         "end_s": 1.4108791401193954,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.4156045058911628,
>         "end_s": 1.4159006645909058,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.4206543364189104,
>         "end_s": 1.4209504951186533,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.4256576342822846,
>         "end_s": 1.4259537929820276,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 1.4105829814196524,
>         "end_s": 1.4650934711319024,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.4708168767154788,
>         "end_s": 1.4711130354152218,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.4758667072432263,
>         "end_s": 1.4761628659429693,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.4808700051066006,
>         "end_s": 1.4811661638063436,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.4858629251843285,
>         "end_s": 1.4861590838840715,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 1.4708168767154788,
>         "end_s": 1.5253273664277287,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.5310790780675423,
>         "end_s": 1.5313752367672853,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.5360823759309166,
>         "end_s": 1.5363785346306595,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.5410752960086445,
>         "end_s": 1.5413714547083874,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.5460716486136263,
>         "end_s": 1.5463678073133693,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 1.5310790780675423,
>         "end_s": 1.5855895677797922,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.5912947467552325,
>         "end_s": 1.5915909054549755,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.5962876668329604,
>         "end_s": 1.5965838255327034,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.6012840194379423,
>         "end_s": 1.6015801781376853,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.606286789393656,
>         "end_s": 1.606582948093399,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 1.5912947467552325,
>         "end_s": 1.6458052364674824,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.6515000376572764,
>         "end_s": 1.6517961963570194,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.6564963902622583,
>         "end_s": 1.6567925489620012,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.661499160217972,
>         "end_s": 1.661795318917715,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 1.6515000376572764,
>         "end_s": 1.7060105273695263,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.7117087610865742,
>         "end_s": 1.7120049197863172,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.716711531042288,
>         "end_s": 1.717007689742031,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 1.7117087610865742,
>         "end_s": 1.7662192507988241,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.771923901866604,
>         "end_s": 1.772220060566347,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 1.771923901866604,
>         "end_s": 1.826434391578854,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 1.8326018371716724,
>         "end_s": 1.8965478179041964,
>         "alone_s": 0.06394598073252389
>       }
>     ]
>   },
>   "warnings": []
> }
