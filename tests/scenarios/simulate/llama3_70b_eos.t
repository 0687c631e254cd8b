# Llama 3 70B on 1,024 GPUs of Eos (TP8, PP4 interleaved x2, DP32), 15 T tokens, from flags.
$ colossus simulate --cluster eos-11616 --model llama3-70b --gpus 1024 --tp 8 --pp 4 --vpp 2 --micro-batch 1 --global-batch 512 --tokens 15e12 --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "command line",
>   "cluster": "eos-11616",
>   "model": "llama3-70b",
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
>     "micro_batches": 16,
>     "tokens_per_step": 4194304
>   },
>   "step_time_s": 5.423102274461343,
>   "tokens_per_s": 773414.143368079,
>   "model_flop_per_s_per_gpu": 363621562852221.8,
>   "hardware_flop_per_s_per_gpu": 379841233028148.3,
>   "mfu": 0.36751724565617727,
>   "hfu": 0.38391068630295966,
>   "bubble_fraction": 0.12085190109752075,
>   "train_tokens": 15000000000000,
>   "time_to_train_s": 19394525.078992877,
>   "time_to_train_days": 224.4736698957509,
>   "breakdown_s": {
>     "compute": 3.832516030300098,
>     "bubble": 0.655392219714942,
>     "tp": 0.8949933803243231,
>     "cp": 0.0,
>     "ep": 0.0,
>     "pp": 0.005712850948745157,
>     "dp": 0.0336904519195033,
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
>       "memory_bytes": {
>         "weights": 4541513728.0,
>         "gradients": 9083027456.0,
>         "optimizer": 851533824.0,
>         "activations": 30912020480.0,
>         "overhead": 5490630246.4,
>         "total": 50878725734.4
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
>       "memory_bytes": {
>         "weights": 4278845440.0,
>         "gradients": 8557690880.0,
>         "optimizer": 802283520.0,
>         "activations": 25291653120.0,
>         "overhead": 5167749120.0,
>         "total": 44098222080.0
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
>       "memory_bytes": {
>         "weights": 4278845440.0,
>         "gradients": 8557690880.0,
>         "optimizer": 802283520.0,
>         "activations": 19671285760.0,
>         "overhead": 4886730752.0,
>         "total": 38196836352.0
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
>       "memory_bytes": {
>         "weights": 4541530112.0,
>         "gradients": 9083060224.0,
>         "optimizer": 851536896.0,
>         "activations": 14838923264.0,
>         "overhead": 4686977996.8,
>         "total": 34002028492.8
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
>   "timeline": {
>     "compute": [
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.0018072420876727045,
>         "end_s": 0.060549959015427375
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.061309203100533755,
>         "end_s": 0.11760370945486884
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.060549959015427375,
>         "end_s": 0.11768413538874212
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.11768413538874212,
>         "end_s": 0.16937772628516623
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.11798333149742203,
>         "end_s": 0.16966766223862226
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.11806375743129531,
>         "end_s": 0.16974808817249554
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.16937772628516623,
>         "end_s": 0.22107131718159034
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.1697573483277194,
>         "end_s": 0.22144167906891965
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.17004728428117544,
>         "end_s": 0.22173161502237568
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.17012771021504872,
>         "end_s": 0.22181204095624896
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.22145093922414352,
>         "end_s": 0.27313526996534376
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.22182130111147283,
>         "end_s": 0.27350563185267307
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.22211123706492886,
>         "end_s": 0.27379556780612907
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.22219166299880214,
>         "end_s": 0.2738759937400024
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.27351489200789697,
>         "end_s": 0.3251992227490972
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.2738852538952263,
>         "end_s": 0.3255695846364265
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.2741751898486823,
>         "end_s": 0.3258595205898825
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.2742556157825556,
>         "end_s": 0.3259399465237558
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.3255788447916504,
>         "end_s": 0.3772631755328506
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.3259492066789797,
>         "end_s": 0.3776335374201799
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.3262391426324357,
>         "end_s": 0.3779234733736359
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.326319568566309,
>         "end_s": 0.3780038993075092
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.3776427975754038,
>         "end_s": 0.429327128316604
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.3780131594627331,
>         "end_s": 0.42969749020393333
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.3783835213500624,
>         "end_s": 0.43006785209126264
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.3783030954161891,
>         "end_s": 0.4347528805551989
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.429327128316604,
>         "end_s": 0.48102071921302814
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.42970675035915723,
>         "end_s": 0.48139108110035744
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.43007711224648654,
>         "end_s": 0.48176144298768675
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.48102071921302814,
>         "end_s": 0.5327143101094522
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.48140034125558134,
>         "end_s": 0.5330846719967816
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.4347528805551989,
>         "end_s": 0.5392767258902594
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 0.5327143101094522,
>         "end_s": 0.5844079010058764
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.5392767258902594,
>         "end_s": 0.5957265110292692
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.5396563479328126,
>         "end_s": 0.6356254343333271
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.6356254343333271,
>         "end_s": 0.6873097650745273
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.5957265110292692,
>         "end_s": 0.7002503563643298
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.6360050563758802,
>         "end_s": 0.7319741427763947
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.7002503563643298,
>         "end_s": 0.7567001415033395
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.7319741427763947,
>         "end_s": 0.783658473517595
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.7006299784068829,
>         "end_s": 0.7965990648073974
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.7323537648189479,
>         "end_s": 0.8283228512194624
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.7965990648073974,
>         "end_s": 0.8482833955485977
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.7567001415033395,
>         "end_s": 0.8612239868384001
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 0.8283228512194624,
>         "end_s": 0.8800164421158865
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.7969786868499505,
>         "end_s": 0.892947773250465
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.8612239868384001,
>         "end_s": 0.9176737719774098
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 0.892947773250465,
>         "end_s": 0.9446321039916653
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.8616036088809532,
>         "end_s": 0.9575726952814677
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.8933273952930182,
>         "end_s": 0.9892964816935327
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.9575726952814677,
>         "end_s": 1.0092570260226679
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.9176737719774098,
>         "end_s": 1.0221976173124703
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.9579523173240209,
>         "end_s": 1.0539214037245352
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 1.0221976173124703,
>         "end_s": 1.0738819480536705
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 1.0539214037245352,
>         "end_s": 1.1056057344657355
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.0225772393550234,
>         "end_s": 1.118546325755538
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.0742615700962237,
>         "end_s": 1.125945900837424
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.0738819480536705,
>         "end_s": 1.169851034454185
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 1.118546325755538,
>         "end_s": 1.1702306564967382
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.118925947798091,
>         "end_s": 1.2148950341986056
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 1.169851034454185,
>         "end_s": 1.2215353651953853
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.125945900837424,
>         "end_s": 1.2219149872379385
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.1702306564967382,
>         "end_s": 1.2661997428972527
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.2148950341986056,
>         "end_s": 1.2665793649398058
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 1.2219149872379385,
>         "end_s": 1.2735993179791387
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.2215353651953853,
>         "end_s": 1.3175044515958998
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 1.2661997428972527,
>         "end_s": 1.317884073638453
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.2665793649398058,
>         "end_s": 1.3625484513403203
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 1.3175044515958998,
>         "end_s": 1.3691887823371
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.2735993179791387,
>         "end_s": 1.3695684043796532
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.317884073638453,
>         "end_s": 1.4138531600389674
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 1.3625484513403203,
>         "end_s": 1.4142327820815206
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 1.3695684043796532,
>         "end_s": 1.4212527351208535
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.3691887823371,
>         "end_s": 1.4651578687376146
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.4138531600389674,
>         "end_s": 1.4655374907801677
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.4142327820815206,
>         "end_s": 1.510201868482035
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 1.4651578687376146,
>         "end_s": 1.5168421994788148
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.4212527351208535,
>         "end_s": 1.517375065246741
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.4655374907801677,
>         "end_s": 1.5615065771806822
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 1.510201868482035,
>         "end_s": 1.5618861992232353
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 1.517375065246741,
>         "end_s": 1.5690593959879413
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.5168421994788148,
>         "end_s": 1.6128112858793293
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 1.5615065771806822,
>         "end_s": 1.6131909079218825
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.5618861992232353,
>         "end_s": 1.6578552856237498
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.5690593959879413,
>         "end_s": 1.6651817261138289
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.6128112858793293,
>         "end_s": 1.669261071018339
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.6131909079218825,
>         "end_s": 1.709159994322397
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 1.6578552856237498,
>         "end_s": 1.70953961636495
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 1.6651817261138289,
>         "end_s": 1.716875317010253
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 1.709159994322397,
>         "end_s": 1.7608443250635972
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.669261071018339,
>         "end_s": 1.7737849163533996
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.70953961636495,
>         "end_s": 1.8055087027654646
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.716875317010253,
>         "end_s": 1.8129976471361406
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 1.7737849163533996,
>         "end_s": 1.8302347014924094
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 1.8055087027654646,
>         "end_s": 1.8571930335066649
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 9,
>         "chunk": 0,
>         "start_s": 1.8129976471361406,
>         "end_s": 1.8646912380325649
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.7741645383959528,
>         "end_s": 1.8701336247964673
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 1.8701336247964673,
>         "end_s": 1.9218179555376675
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 1.8302347014924094,
>         "end_s": 1.93475854682747
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.8646912380325649,
>         "end_s": 1.9608135681584524
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.8705132468390204,
>         "end_s": 1.966482333239535
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 1.93475854682747,
>         "end_s": 1.9912083319664797
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 10,
>         "chunk": 0,
>         "start_s": 1.9608135681584524,
>         "end_s": 2.0125071590548766
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 9,
>         "chunk": 0,
>         "start_s": 1.966482333239535,
>         "end_s": 2.018166663980735
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 1.935138168870023,
>         "end_s": 2.0311072552705376
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 2.0311072552705376,
>         "end_s": 2.0827915860117376
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 1.9912083319664797,
>         "end_s": 2.09573217730154
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 2.0125071590548766,
>         "end_s": 2.108476245455391
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 2.0314868773130907,
>         "end_s": 2.1274559637136052
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 2.09573217730154,
>         "end_s": 2.1521819624405496
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 11,
>         "chunk": 0,
>         "start_s": 2.108476245455391,
>         "end_s": 2.160169836351815
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 10,
>         "chunk": 0,
>         "start_s": 2.1274559637136052,
>         "end_s": 2.1791402944548053
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 2.096111799344093,
>         "end_s": 2.1920808857446077
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 9,
>         "chunk": 0,
>         "start_s": 2.1920808857446077,
>         "end_s": 2.2437652164858077
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 2.160169836351815,
>         "end_s": 2.2561389227523296
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 2.1521819624405496,
>         "end_s": 2.25670580777561
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 2.192460507787161,
>         "end_s": 2.2884295941876753
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 2.25670580777561,
>         "end_s": 2.30839013851681
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 11,
>         "chunk": 0,
>         "start_s": 2.2884295941876753,
>         "end_s": 2.3401139249288754
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 2.2570854298181633,
>         "end_s": 2.353054516218678
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 2.3087697605593633,
>         "end_s": 2.3604540913005634
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 2.30839013851681,
>         "end_s": 2.4043592249173247
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 10,
>         "chunk": 0,
>         "start_s": 2.353054516218678,
>         "end_s": 2.404738846959878
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 2.353434138261231,
>         "end_s": 2.4494032246617454
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 9,
>         "chunk": 0,
>         "start_s": 2.4043592249173247,
>         "end_s": 2.4560435556585247
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 2.3604540913005634,
>         "end_s": 2.456423177701078
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 2.404738846959878,
>         "end_s": 2.5007079333603923
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 2.4494032246617454,
>         "end_s": 2.5010875554029455
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 9,
>         "chunk": 1,
>         "start_s": 2.456423177701078,
>         "end_s": 2.508107508442278
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 2.4560435556585247,
>         "end_s": 2.552012642059039
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 11,
>         "chunk": 0,
>         "start_s": 2.5007079333603923,
>         "end_s": 2.5523922641015924
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 2.5010875554029455,
>         "end_s": 2.59705664180346
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 10,
>         "chunk": 0,
>         "start_s": 2.552012642059039,
>         "end_s": 2.6036969728002393
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 2.508107508442278,
>         "end_s": 2.6040765948427924
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 2.5523922641015924,
>         "end_s": 2.648361350502107
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 9,
>         "chunk": 1,
>         "start_s": 2.59705664180346,
>         "end_s": 2.64874097254466
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 10,
>         "chunk": 1,
>         "start_s": 2.6040765948427924,
>         "end_s": 2.6557609255839925
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 2.6036969728002393,
>         "end_s": 2.6996660592007538
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 2.648361350502107,
>         "end_s": 2.700045681243307
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 2.64874097254466,
>         "end_s": 2.7447100589451745
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 11,
>         "chunk": 0,
>         "start_s": 2.6996660592007538,
>         "end_s": 2.751350389941954
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 2.6557609255839925,
>         "end_s": 2.7518832557098802
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 2.700045681243307,
>         "end_s": 2.7960147676438214
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 10,
>         "chunk": 1,
>         "start_s": 2.7447100589451745,
>         "end_s": 2.7963943896863745
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 11,
>         "chunk": 1,
>         "start_s": 2.7518832557098802,
>         "end_s": 2.8035675864510803
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 2.751350389941954,
>         "end_s": 2.8473194763424683
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 9,
>         "chunk": 1,
>         "start_s": 2.7960147676438214,
>         "end_s": 2.8476990983850214
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 2.7963943896863745,
>         "end_s": 2.892363476086889
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 2.8035675864510803,
>         "end_s": 2.899689916576968
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 2.8473194763424683,
>         "end_s": 2.903769261481478
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 2.8476990983850214,
>         "end_s": 2.943668184785536
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 11,
>         "chunk": 1,
>         "start_s": 2.892363476086889,
>         "end_s": 2.944047806828089
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 12,
>         "chunk": 0,
>         "start_s": 2.899689916576968,
>         "end_s": 2.951383507473392
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 10,
>         "chunk": 1,
>         "start_s": 2.943668184785536,
>         "end_s": 2.995352515526736
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 2.903769261481478,
>         "end_s": 3.0082931068165384
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 2.944047806828089,
>         "end_s": 3.0400168932286036
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 2.951383507473392,
>         "end_s": 3.04750583759928
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 9,
>         "chunk": 1,
>         "start_s": 3.0082931068165384,
>         "end_s": 3.064742891955548
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 12,
>         "chunk": 0,
>         "start_s": 3.0400168932286036,
>         "end_s": 3.0917012239698036
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 13,
>         "chunk": 0,
>         "start_s": 3.04750583759928,
>         "end_s": 3.099199428495704
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 3.0086727288590915,
>         "end_s": 3.104641815259606
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 11,
>         "chunk": 1,
>         "start_s": 3.104641815259606,
>         "end_s": 3.156326146000806
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 9,
>         "chunk": 1,
>         "start_s": 3.064742891955548,
>         "end_s": 3.1692667372906085
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 3.099199428495704,
>         "end_s": 3.1953217586215916
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 3.105021437302159,
>         "end_s": 3.2009905237026737
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 10,
>         "chunk": 1,
>         "start_s": 3.1692667372906085,
>         "end_s": 3.225716522429618
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 14,
>         "chunk": 0,
>         "start_s": 3.1953217586215916,
>         "end_s": 3.2470153495180156
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 13,
>         "chunk": 0,
>         "start_s": 3.2009905237026737,
>         "end_s": 3.2526748544438737
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 9,
>         "chunk": 1,
>         "start_s": 3.1696463593331616,
>         "end_s": 3.265615445733676
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 12,
>         "chunk": 0,
>         "start_s": 3.265615445733676,
>         "end_s": 3.317299776474876
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 10,
>         "chunk": 1,
>         "start_s": 3.225716522429618,
>         "end_s": 3.3302403677646786
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 3.2470153495180156,
>         "end_s": 3.34298443591853
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 9,
>         "chunk": 1,
>         "start_s": 3.2659950677762293,
>         "end_s": 3.3619641541767438
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 11,
>         "chunk": 1,
>         "start_s": 3.3302403677646786,
>         "end_s": 3.386690152903688
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 15,
>         "chunk": 0,
>         "start_s": 3.34298443591853,
>         "end_s": 3.394678026814954
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 14,
>         "chunk": 0,
>         "start_s": 3.3619641541767438,
>         "end_s": 3.413648484917944
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 10,
>         "chunk": 1,
>         "start_s": 3.3306199898072317,
>         "end_s": 3.426589076207746
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 13,
>         "chunk": 0,
>         "start_s": 3.426589076207746,
>         "end_s": 3.4782734069489463
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 9,
>         "chunk": 1,
>         "start_s": 3.394678026814954,
>         "end_s": 3.4906471132154686
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 11,
>         "chunk": 1,
>         "start_s": 3.386690152903688,
>         "end_s": 3.4912139982387487
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 10,
>         "chunk": 1,
>         "start_s": 3.4269686982502994,
>         "end_s": 3.522937784650814
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 12,
>         "chunk": 0,
>         "start_s": 3.4912139982387487,
>         "end_s": 3.5428983289799487
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 15,
>         "chunk": 0,
>         "start_s": 3.522937784650814,
>         "end_s": 3.574622115392014
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 11,
>         "chunk": 1,
>         "start_s": 3.491593620281302,
>         "end_s": 3.5875627066818163
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 12,
>         "chunk": 1,
>         "start_s": 3.543277951022502,
>         "end_s": 3.594962281763702
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 3.5428983289799487,
>         "end_s": 3.638867415380463
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 14,
>         "chunk": 0,
>         "start_s": 3.5875627066818163,
>         "end_s": 3.6392470374230164
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 11,
>         "chunk": 1,
>         "start_s": 3.5879423287243695,
>         "end_s": 3.683911415124884
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 13,
>         "chunk": 0,
>         "start_s": 3.638867415380463,
>         "end_s": 3.6905517461216633
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 10,
>         "chunk": 1,
>         "start_s": 3.594962281763702,
>         "end_s": 3.6909313681642164
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 3.6392470374230164,
>         "end_s": 3.735216123823531
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 12,
>         "chunk": 1,
>         "start_s": 3.683911415124884,
>         "end_s": 3.735595745866084
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 13,
>         "chunk": 1,
>         "start_s": 3.6909313681642164,
>         "end_s": 3.7426156989054165
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 9,
>         "chunk": 0,
>         "start_s": 3.6905517461216633,
>         "end_s": 3.7865208325221777
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 15,
>         "chunk": 0,
>         "start_s": 3.735216123823531,
>         "end_s": 3.786900454564731
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 3.735595745866084,
>         "end_s": 3.8315648322665985
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 14,
>         "chunk": 0,
>         "start_s": 3.7865208325221777,
>         "end_s": 3.838205163263378
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 11,
>         "chunk": 1,
>         "start_s": 3.7426156989054165,
>         "end_s": 3.838584785305931
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 9,
>         "chunk": 0,
>         "start_s": 3.786900454564731,
>         "end_s": 3.8828695409652454
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 13,
>         "chunk": 1,
>         "start_s": 3.8315648322665985,
>         "end_s": 3.8832491630077985
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 14,
>         "chunk": 1,
>         "start_s": 3.838584785305931,
>         "end_s": 3.890269116047131
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 10,
>         "chunk": 0,
>         "start_s": 3.838205163263378,
>         "end_s": 3.9341742496638923
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 12,
>         "chunk": 1,
>         "start_s": 3.8828695409652454,
>         "end_s": 3.9345538717064454
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 9,
>         "chunk": 0,
>         "start_s": 3.8832491630077985,
>         "end_s": 3.979218249408313
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 15,
>         "chunk": 0,
>         "start_s": 3.9341742496638923,
>         "end_s": 3.9858585804050923
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 3.890269116047131,
>         "end_s": 3.9863914461730188
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 10,
>         "chunk": 0,
>         "start_s": 3.9345538717064454,
>         "end_s": 4.0305229581069595
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 14,
>         "chunk": 1,
>         "start_s": 3.979218249408313,
>         "end_s": 4.0309025801495135
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 15,
>         "chunk": 1,
>         "start_s": 3.9863914461730188,
>         "end_s": 4.038075776914219
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 11,
>         "chunk": 0,
>         "start_s": 3.9858585804050923,
>         "end_s": 4.081827666805607
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 13,
>         "chunk": 1,
>         "start_s": 4.0305229581069595,
>         "end_s": 4.08220728884816
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 10,
>         "chunk": 0,
>         "start_s": 4.0309025801495135,
>         "end_s": 4.126871666550028
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 9,
>         "chunk": 0,
>         "start_s": 4.038075776914219,
>         "end_s": 4.134198107040107
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 12,
>         "chunk": 1,
>         "start_s": 4.081827666805607,
>         "end_s": 4.138277451944616
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 11,
>         "chunk": 0,
>         "start_s": 4.08220728884816,
>         "end_s": 4.1781763752486745
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 15,
>         "chunk": 1,
>         "start_s": 4.126871666550028,
>         "end_s": 4.1785559972912285
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 14,
>         "chunk": 1,
>         "start_s": 4.1781763752486745,
>         "end_s": 4.229860705989875
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 10,
>         "chunk": 0,
>         "start_s": 4.134198107040107,
>         "end_s": 4.230320437165995
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 12,
>         "chunk": 1,
>         "start_s": 4.138277451944616,
>         "end_s": 4.2428012972796765
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 11,
>         "chunk": 0,
>         "start_s": 4.1785559972912285,
>         "end_s": 4.274525083691743
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 13,
>         "chunk": 1,
>         "start_s": 4.2428012972796765,
>         "end_s": 4.299251082418686
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 12,
>         "chunk": 1,
>         "start_s": 4.24318091932223,
>         "end_s": 4.339150005722744
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 11,
>         "chunk": 0,
>         "start_s": 4.274904705734296,
>         "end_s": 4.371027035860184
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 15,
>         "chunk": 1,
>         "start_s": 4.339150005722744,
>         "end_s": 4.390834336463945
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 13,
>         "chunk": 1,
>         "start_s": 4.299251082418686,
>         "end_s": 4.403774927753746
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 12,
>         "chunk": 1,
>         "start_s": 4.339529627765297,
>         "end_s": 4.435498714165812
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 14,
>         "chunk": 1,
>         "start_s": 4.403774927753746,
>         "end_s": 4.460224712892756
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 13,
>         "chunk": 1,
>         "start_s": 4.404154549796299,
>         "end_s": 4.500123636196814
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 12,
>         "chunk": 1,
>         "start_s": 4.435878336208365,
>         "end_s": 4.531847422608879
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 14,
>         "chunk": 1,
>         "start_s": 4.460224712892756,
>         "end_s": 4.564748558227816
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 13,
>         "chunk": 1,
>         "start_s": 4.500503258239367,
>         "end_s": 4.596472344639881
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 15,
>         "chunk": 1,
>         "start_s": 4.564748558227816,
>         "end_s": 4.621198343366825
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 14,
>         "chunk": 1,
>         "start_s": 4.565128180270369,
>         "end_s": 4.661097266670883
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 13,
>         "chunk": 1,
>         "start_s": 4.596851966682435,
>         "end_s": 4.692821053082949
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 15,
>         "chunk": 1,
>         "start_s": 4.621198343366825,
>         "end_s": 4.725722188701885
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 14,
>         "chunk": 1,
>         "start_s": 4.661476888713437,
>         "end_s": 4.757445975113951
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 15,
>         "chunk": 1,
>         "start_s": 4.726481432786992,
>         "end_s": 4.822450519187506
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 12,
>         "chunk": 0,
>         "start_s": 4.725722188701885,
>         "end_s": 4.822982339442647
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 14,
>         "chunk": 1,
>         "start_s": 4.757825597156504,
>         "end_s": 4.853794683557019
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 13,
>         "chunk": 0,
>         "start_s": 4.822982339442647,
>         "end_s": 4.9189514258431615
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 15,
>         "chunk": 1,
>         "start_s": 4.8232097632726125,
>         "end_s": 4.919178849673127
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 12,
>         "chunk": 0,
>         "start_s": 4.823741583527753,
>         "end_s": 4.920361664546065
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 14,
>         "chunk": 0,
>         "start_s": 4.9189514258431615,
>         "end_s": 5.014920512243676
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 15,
>         "chunk": 1,
>         "start_s": 4.919938093758233,
>         "end_s": 5.015907180158748
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 13,
>         "chunk": 0,
>         "start_s": 4.920361664546065,
>         "end_s": 5.0163307509465795
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 12,
>         "chunk": 0,
>         "start_s": 4.921120908631171,
>         "end_s": 5.017662870295347
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 14,
>         "chunk": 0,
>         "start_s": 5.0163307509465795,
>         "end_s": 5.112299837347094
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 15,
>         "chunk": 0,
>         "start_s": 5.016666424243854,
>         "end_s": 5.112635510644369
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 13,
>         "chunk": 0,
>         "start_s": 5.017662870295347,
>         "end_s": 5.113631956695862
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 12,
>         "chunk": 0,
>         "start_s": 5.018422114380454,
>         "end_s": 5.115048574738363
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 15,
>         "chunk": 0,
>         "start_s": 5.113394754729475,
>         "end_s": 5.209363841129989
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 14,
>         "chunk": 0,
>         "start_s": 5.113631956695862,
>         "end_s": 5.209601043096376
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 13,
>         "chunk": 0,
>         "start_s": 5.115048574738363,
>         "end_s": 5.211170904864251
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 15,
>         "chunk": 0,
>         "start_s": 5.210123085215096,
>         "end_s": 5.30609217161561
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 14,
>         "chunk": 0,
>         "start_s": 5.211170904864251,
>         "end_s": 5.307293234990139
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 15,
>         "chunk": 0,
>         "start_s": 5.307293234990139,
>         "end_s": 5.403415565116027
>       }
>     ],
>     "transfers": [
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.0016085053743546897,
>         "alone_s": 0.0016085053743546897
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.0016085053743546897,
>         "alone_s": 0.0016085053743546897
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.0016085053743546897,
>         "alone_s": 0.0016085053743546897
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.0018072420876727045,
>         "alone_s": 0.0018072420876727045
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.0016085053743546897,
>         "end_s": 0.04986366660499538,
>         "alone_s": 0.04825516123064069
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.0016085053743546897,
>         "end_s": 0.04986366660499538,
>         "alone_s": 0.04825516123064069
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.0016085053743546897,
>         "end_s": 0.04986366660499538,
>         "alone_s": 0.04825516123064069
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.04986366660499538,
>         "end_s": 0.05147217197935007,
>         "alone_s": 0.0016085053743546897
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.04986366660499538,
>         "end_s": 0.05147217197935007,
>         "alone_s": 0.0016085053743546897
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.04986366660499538,
>         "end_s": 0.051670908692668084,
>         "alone_s": 0.0018072420876727045
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.0018072420876727045,
>         "end_s": 0.05602450471785384,
>         "alone_s": 0.05421726263018114
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.05602450471785384,
>         "end_s": 0.05763301009220853,
>         "alone_s": 0.0016085053743546897
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.060549959015427375,
>         "end_s": 0.061309203100533755,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.05147217197935007,
>         "end_s": 0.09972733320999076,
>         "alone_s": 0.04825516123064069
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.05147217197935007,
>         "end_s": 0.10010695525254396,
>         "alone_s": 0.04825516123064069
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.051670908692668084,
>         "end_s": 0.10588817132284922,
>         "alone_s": 0.05421726263018114
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.05763301009220853,
>         "end_s": 0.10626779336540242,
>         "alone_s": 0.04825516123064069
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.11760370945486884,
>         "end_s": 0.11798333149742203,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.11768413538874212,
>         "end_s": 0.11806375743129531,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.16937772628516623,
>         "end_s": 0.1697573483277194,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.16966766223862226,
>         "end_s": 0.17004728428117544,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.16974808817249554,
>         "end_s": 0.17012771021504872,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.22107131718159034,
>         "end_s": 0.22145093922414352,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.22144167906891965,
>         "end_s": 0.22182130111147283,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.22173161502237568,
>         "end_s": 0.22211123706492886,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.22181204095624896,
>         "end_s": 0.22219166299880214,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.27313526996534376,
>         "end_s": 0.27351489200789697,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.27350563185267307,
>         "end_s": 0.2738852538952263,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.27379556780612907,
>         "end_s": 0.2741751898486823,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.2738759937400024,
>         "end_s": 0.2742556157825556,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.3251992227490972,
>         "end_s": 0.3255788447916504,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.3255695846364265,
>         "end_s": 0.3259492066789797,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.3258595205898825,
>         "end_s": 0.3262391426324357,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.3259399465237558,
>         "end_s": 0.326319568566309,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.3772631755328506,
>         "end_s": 0.3776427975754038,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.3776335374201799,
>         "end_s": 0.3780131594627331,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.3779234733736359,
>         "end_s": 0.3783030954161891,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.3780038993075092,
>         "end_s": 0.3783835213500624,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.429327128316604,
>         "end_s": 0.42970675035915723,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.42969749020393333,
>         "end_s": 0.43007711224648654,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.43006785209126264,
>         "end_s": 0.43044747413381584,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.48102071921302814,
>         "end_s": 0.48140034125558134,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.48139108110035744,
>         "end_s": 0.48177070314291065,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.48176144298768675,
>         "end_s": 0.48214106503023996,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.5327143101094522,
>         "end_s": 0.5330939321520054,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5330846719967816,
>         "end_s": 0.5334642940393347,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.5392767258902594,
>         "end_s": 0.5396563479328126,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.5844079010058764,
>         "end_s": 0.5847875230484295,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.6356254343333271,
>         "end_s": 0.6360050563758802,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.6873097650745273,
>         "end_s": 0.6876893871170805,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.7002503563643298,
>         "end_s": 0.7006299784068829,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.7319741427763947,
>         "end_s": 0.7323537648189479,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.783658473517595,
>         "end_s": 0.7840380955601481,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.7965990648073974,
>         "end_s": 0.7969786868499505,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.8283228512194624,
>         "end_s": 0.8287024732620155,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.8482833955485977,
>         "end_s": 0.8486630175911508,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.8612239868384001,
>         "end_s": 0.8616036088809532,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.8800164421158865,
>         "end_s": 0.8803960641584396,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.892947773250465,
>         "end_s": 0.8933273952930182,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.9446321039916653,
>         "end_s": 0.9450117260342185,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.9575726952814677,
>         "end_s": 0.9579523173240209,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.9892964816935327,
>         "end_s": 0.9896761037360858,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 1.0092570260226679,
>         "end_s": 1.009636648065221,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.0221976173124703,
>         "end_s": 1.0225772393550234,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.0539214037245352,
>         "end_s": 1.0543010257670884,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 1.0738819480536705,
>         "end_s": 1.0742615700962237,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 1.1056057344657355,
>         "end_s": 1.1059853565082887,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.118546325755538,
>         "end_s": 1.118925947798091,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 1.125945900837424,
>         "end_s": 1.1263255228799771,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.169851034454185,
>         "end_s": 1.1702306564967382,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 1.1702306564967382,
>         "end_s": 1.1706102785392913,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.2148950341986056,
>         "end_s": 1.2152746562411587,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 1.2215353651953853,
>         "end_s": 1.2219149872379385,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.2219149872379385,
>         "end_s": 1.2222946092804916,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.2661997428972527,
>         "end_s": 1.2665793649398058,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 1.2665793649398058,
>         "end_s": 1.266958986982359,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 1.2735993179791387,
>         "end_s": 1.2739789400216919,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.3175044515958998,
>         "end_s": 1.317884073638453,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 1.317884073638453,
>         "end_s": 1.318263695681006,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.3625484513403203,
>         "end_s": 1.3629280733828735,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 1.3691887823371,
>         "end_s": 1.3695684043796532,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.3695684043796532,
>         "end_s": 1.3699480264222064,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.4138531600389674,
>         "end_s": 1.4142327820815206,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 1.4142327820815206,
>         "end_s": 1.4146124041240737,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 1.4212527351208535,
>         "end_s": 1.4216323571634066,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.4651578687376146,
>         "end_s": 1.4655374907801677,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 1.4655374907801677,
>         "end_s": 1.4659171128227209,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.510201868482035,
>         "end_s": 1.5105814905245882,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 1.5168421994788148,
>         "end_s": 1.517221821521368,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.5615065771806822,
>         "end_s": 1.5618861992232353,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 1.5618861992232353,
>         "end_s": 1.5622658212657885,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 1.5690593959879413,
>         "end_s": 1.5694390180304945,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.6128112858793293,
>         "end_s": 1.6131909079218825,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 1.6131909079218825,
>         "end_s": 1.6135705299644356,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.6578552856237498,
>         "end_s": 1.658234907666303,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.709159994322397,
>         "end_s": 1.70953961636495,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 1.70953961636495,
>         "end_s": 1.7099192384075033,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 1.716875317010253,
>         "end_s": 1.7172549390528062,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 1.7608443250635972,
>         "end_s": 1.7612239471061504,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.7737849163533996,
>         "end_s": 1.7741645383959528,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.8055087027654646,
>         "end_s": 1.8058883248080178,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 1.8571930335066649,
>         "end_s": 1.857572655549218,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 1.8646912380325649,
>         "end_s": 1.865070860075118,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.8701336247964673,
>         "end_s": 1.8705132468390204,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 1.9218179555376675,
>         "end_s": 1.9221975775802207,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.93475854682747,
>         "end_s": 1.935138168870023,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.966482333239535,
>         "end_s": 1.966861955282088,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 2.0125071590548766,
>         "end_s": 2.01288678109743,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 2.018166663980735,
>         "end_s": 2.0185462860232883,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 2.0311072552705376,
>         "end_s": 2.0314868773130907,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 2.0827915860117376,
>         "end_s": 2.083171208054291,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 2.09573217730154,
>         "end_s": 2.096111799344093,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 2.108476245455391,
>         "end_s": 2.1088558674979443,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 2.1274559637136052,
>         "end_s": 2.1278355857561584,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 2.160169836351815,
>         "end_s": 2.1605494583943683,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 2.1791402944548053,
>         "end_s": 2.1795199164973584,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 2.1920808857446077,
>         "end_s": 2.192460507787161,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 2.2437652164858077,
>         "end_s": 2.244144838528361,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 2.2561389227523296,
>         "end_s": 2.256518544794883,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 2.25670580777561,
>         "end_s": 2.2570854298181633,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 2.2884295941876753,
>         "end_s": 2.2888092162302285,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 2.30839013851681,
>         "end_s": 2.3087697605593633,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 2.3401139249288754,
>         "end_s": 2.3404935469714285,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 2.353054516218678,
>         "end_s": 2.353434138261231,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 2.3604540913005634,
>         "end_s": 2.3608337133431165,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 2.4043592249173247,
>         "end_s": 2.404738846959878,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 2.404738846959878,
>         "end_s": 2.405118469002431,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 2.4494032246617454,
>         "end_s": 2.4497828467042986,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 2.4560435556585247,
>         "end_s": 2.456423177701078,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 2.456423177701078,
>         "end_s": 2.456802799743631,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 2.5007079333603923,
>         "end_s": 2.5010875554029455,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 2.5010875554029455,
>         "end_s": 2.5014671774454986,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 2.508107508442278,
>         "end_s": 2.508487130484831,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 2.552012642059039,
>         "end_s": 2.5523922641015924,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 2.5523922641015924,
>         "end_s": 2.5527718861441455,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 2.59705664180346,
>         "end_s": 2.597436263846013,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 2.6036969728002393,
>         "end_s": 2.6040765948427924,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 2.6040765948427924,
>         "end_s": 2.6044562168853456,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 2.648361350502107,
>         "end_s": 2.64874097254466,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 2.64874097254466,
>         "end_s": 2.649120594587213,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 2.6557609255839925,
>         "end_s": 2.6561405476265456,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 2.6996660592007538,
>         "end_s": 2.700045681243307,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 2.700045681243307,
>         "end_s": 2.70042530328586,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 2.7447100589451745,
>         "end_s": 2.7450896809877277,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 2.751350389941954,
>         "end_s": 2.751730011984507,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 2.7960147676438214,
>         "end_s": 2.7963943896863745,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 2.7963943896863745,
>         "end_s": 2.7967740117289277,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 2.8035675864510803,
>         "end_s": 2.8039472084936334,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 2.8473194763424683,
>         "end_s": 2.8476990983850214,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 2.8476990983850214,
>         "end_s": 2.8480787204275746,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 2.892363476086889,
>         "end_s": 2.892743098129442,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 2.943668184785536,
>         "end_s": 2.944047806828089,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 2.944047806828089,
>         "end_s": 2.9444274288706422,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 2.951383507473392,
>         "end_s": 2.951763129515945,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 2.995352515526736,
>         "end_s": 2.995732137569289,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 3.0082931068165384,
>         "end_s": 3.0086727288590915,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 3.0400168932286036,
>         "end_s": 3.0403965152711567,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 3.0917012239698036,
>         "end_s": 3.0920808460123568,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 3.099199428495704,
>         "end_s": 3.099579050538257,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 3.104641815259606,
>         "end_s": 3.105021437302159,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 3.156326146000806,
>         "end_s": 3.1567057680433592,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 3.1692667372906085,
>         "end_s": 3.1696463593331616,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 3.2009905237026737,
>         "end_s": 3.201370145745227,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 3.2470153495180156,
>         "end_s": 3.2473949715605688,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 3.2526748544438737,
>         "end_s": 3.253054476486427,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 3.265615445733676,
>         "end_s": 3.2659950677762293,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 3.317299776474876,
>         "end_s": 3.3176793985174293,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 3.3302403677646786,
>         "end_s": 3.3306199898072317,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 3.34298443591853,
>         "end_s": 3.3433640579610833,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 3.3619641541767438,
>         "end_s": 3.362343776219297,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 3.394678026814954,
>         "end_s": 3.3950576488575073,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 3.413648484917944,
>         "end_s": 3.414028106960497,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 3.426589076207746,
>         "end_s": 3.4269686982502994,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 3.4782734069489463,
>         "end_s": 3.4786530289914994,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 3.4906471132154686,
>         "end_s": 3.4910267352580218,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 3.4912139982387487,
>         "end_s": 3.491593620281302,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 3.522937784650814,
>         "end_s": 3.523317406693367,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 3.5428983289799487,
>         "end_s": 3.543277951022502,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 3.574622115392014,
>         "end_s": 3.575001737434567,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 3.5875627066818163,
>         "end_s": 3.5879423287243695,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 3.594962281763702,
>         "end_s": 3.595341903806255,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 3.638867415380463,
>         "end_s": 3.6392470374230164,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 3.6392470374230164,
>         "end_s": 3.6396266594655695,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 3.683911415124884,
>         "end_s": 3.684291037167437,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 3.6905517461216633,
>         "end_s": 3.6909313681642164,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 3.6909313681642164,
>         "end_s": 3.6913109902067696,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 3.735216123823531,
>         "end_s": 3.735595745866084,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 3.735595745866084,
>         "end_s": 3.735975367908637,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 3.7426156989054165,
>         "end_s": 3.7429953209479696,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 3.7865208325221777,
>         "end_s": 3.786900454564731,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 3.786900454564731,
>         "end_s": 3.787280076607284,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 3.8315648322665985,
>         "end_s": 3.8319444543091516,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 3.838205163263378,
>         "end_s": 3.838584785305931,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 3.838584785305931,
>         "end_s": 3.838964407348484,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 3.8828695409652454,
>         "end_s": 3.8832491630077985,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 3.8832491630077985,
>         "end_s": 3.8836287850503517,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 3.890269116047131,
>         "end_s": 3.890648738089684,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 3.9341742496638923,
>         "end_s": 3.9345538717064454,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 3.9345538717064454,
>         "end_s": 3.9349334937489986,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 3.979218249408313,
>         "end_s": 3.979597871450866,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 3.9858585804050923,
>         "end_s": 3.9862382024476455,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 4.0305229581069595,
>         "end_s": 4.030902580149513,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 4.0309025801495135,
>         "end_s": 4.031282202192067,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 4.038075776914219,
>         "end_s": 4.038455398956772,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 4.081827666805607,
>         "end_s": 4.08220728884816,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 4.08220728884816,
>         "end_s": 4.082586910890713,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 4.126871666550028,
>         "end_s": 4.127251288592581,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 4.1781763752486745,
>         "end_s": 4.178555997291228,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 4.1785559972912285,
>         "end_s": 4.178935619333782,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 4.229860705989875,
>         "end_s": 4.230240328032428,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 4.2428012972796765,
>         "end_s": 4.24318091932223,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 4.274525083691743,
>         "end_s": 4.274904705734296,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 4.339150005722744,
>         "end_s": 4.339529627765297,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 4.390834336463945,
>         "end_s": 4.391213958506498,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 4.403774927753746,
>         "end_s": 4.404154549796299,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 4.435498714165812,
>         "end_s": 4.435878336208365,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 4.500123636196814,
>         "end_s": 4.500503258239367,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 4.531847422608879,
>         "end_s": 4.532227044651433,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 4.564748558227816,
>         "end_s": 4.565128180270369,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 4.596472344639881,
>         "end_s": 4.596851966682435,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.624570080313117,
>         "end_s": 4.628180111857983,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.628180111857983,
>         "end_s": 4.631790143402848,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.631790143402848,
>         "end_s": 4.635400174947714,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.635400174947714,
>         "end_s": 4.639010206492579,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.639010206492579,
>         "end_s": 4.642620238037445,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.642620238037445,
>         "end_s": 4.64623026958231,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.64623026958231,
>         "end_s": 4.649840301127176,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.649840301127176,
>         "end_s": 4.653450332672041,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.653450332672041,
>         "end_s": 4.657060364216907,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.657060364216907,
>         "end_s": 4.660670395761772,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 4.661097266670883,
>         "end_s": 4.661476888713437,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.660670395761772,
>         "end_s": 4.664280427306638,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.664280427306638,
>         "end_s": 4.667890458851503,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.667890458851503,
>         "end_s": 4.671500490396369,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.671500490396369,
>         "end_s": 4.675110521941234,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.675110521941234,
>         "end_s": 4.6787205534861,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.6787205534861,
>         "end_s": 4.682330585030965,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.682330585030965,
>         "end_s": 4.685940616575831,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.685940616575831,
>         "end_s": 4.689550648120696,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.689550648120696,
>         "end_s": 4.6935003062481755,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 4.692821053082949,
>         "end_s": 4.693580297168055,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.6935003062481755,
>         "end_s": 4.697150333252981,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.697150333252981,
>         "end_s": 4.700760364797847,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.700760364797847,
>         "end_s": 4.704370396342712,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.704370396342712,
>         "end_s": 4.707980427887578,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.707980427887578,
>         "end_s": 4.711590459432443,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.711590459432443,
>         "end_s": 4.715200490977309,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.715200490977309,
>         "end_s": 4.718810522522174,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.718810522522174,
>         "end_s": 4.72242055406704,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.72242055406704,
>         "end_s": 4.726338982521926,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 4.725722188701885,
>         "end_s": 4.726481432786992,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.726338982521926,
>         "end_s": 4.730020239199325,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.729577209767654,
>         "end_s": 4.732789768764699,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.730020239199325,
>         "end_s": 4.73363027074419,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.732789768764699,
>         "end_s": 4.736002327761745,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 4.73363027074419,
>         "end_s": 4.737240302289056,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.736002327761745,
>         "end_s": 4.73921488675879,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.73921488675879,
>         "end_s": 4.742427445755836,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.742427445755836,
>         "end_s": 4.7456400047528815,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.7456400047528815,
>         "end_s": 4.748852563749927,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.748852563749927,
>         "end_s": 4.752065122746973,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.752065122746973,
>         "end_s": 4.755277681744018,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 4.757445975113951,
>         "end_s": 4.757825597156504,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.755277681744018,
>         "end_s": 4.758490240741064,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.758490240741064,
>         "end_s": 4.761702799738109,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.761702799738109,
>         "end_s": 4.764915358735155,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.764915358735155,
>         "end_s": 4.7681279177322,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.7681279177322,
>         "end_s": 4.771340476729246,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.771340476729246,
>         "end_s": 4.774553035726291,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.774553035726291,
>         "end_s": 4.777765594723337,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.777765594723337,
>         "end_s": 4.780978153720382,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.780978153720382,
>         "end_s": 4.784190712717428,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.784190712717428,
>         "end_s": 4.787403271714473,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.787403271714473,
>         "end_s": 4.790615830711519,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.790615830711519,
>         "end_s": 4.7938283897085645,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.7938283897085645,
>         "end_s": 4.79704094870561,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.79704094870561,
>         "end_s": 4.800253507702656,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.800253507702656,
>         "end_s": 4.803466066699701,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.803466066699701,
>         "end_s": 4.806678625696747,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.806678625696747,
>         "end_s": 4.809891184693792,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.809891184693792,
>         "end_s": 4.813103743690838,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.813103743690838,
>         "end_s": 4.816316302687883,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.816316302687883,
>         "end_s": 4.819528861684929,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.819528861684929,
>         "end_s": 4.823032322176442,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 4.822450519187506,
>         "end_s": 4.8232097632726125,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 4.822982339442647,
>         "end_s": 4.823741583527753,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.823032322176442,
>         "end_s": 4.826599511849143,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.826305540253275,
>         "end_s": 4.82951809925032,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 4.826599511849143,
>         "end_s": 4.829812070846189,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.82951809925032,
>         "end_s": 4.832730658247366,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.832730658247366,
>         "end_s": 4.835943217244411,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.835943217244411,
>         "end_s": 4.839155776241457,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.839155776241457,
>         "end_s": 4.842368335238502,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.842368335238502,
>         "end_s": 4.845580894235548,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.845580894235548,
>         "end_s": 4.848793453232593,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.848793453232593,
>         "end_s": 4.852006012229639,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 4.853794683557019,
>         "end_s": 4.854174305599572,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.852006012229639,
>         "end_s": 4.855218571226684,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.855218571226684,
>         "end_s": 4.85843113022373,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.85843113022373,
>         "end_s": 4.8616436892207755,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.8616436892207755,
>         "end_s": 4.864856248217821,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.864856248217821,
>         "end_s": 4.868068807214867,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.868068807214867,
>         "end_s": 4.871281366211912,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.871281366211912,
>         "end_s": 4.874493925208958,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.874493925208958,
>         "end_s": 4.877706484206003,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.877706484206003,
>         "end_s": 4.880919043203049,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.880919043203049,
>         "end_s": 4.884131602200094,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.884131602200094,
>         "end_s": 4.88734416119714,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.88734416119714,
>         "end_s": 4.890556720194185,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.890556720194185,
>         "end_s": 4.893769279191231,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.893769279191231,
>         "end_s": 4.896981838188276,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.896981838188276,
>         "end_s": 4.900194397185322,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.900194397185322,
>         "end_s": 4.903406956182367,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.903406956182367,
>         "end_s": 4.906619515179413,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.906619515179413,
>         "end_s": 4.9098320741764585,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.9098320741764585,
>         "end_s": 4.913044633173504,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.913044633173504,
>         "end_s": 4.91625719217055,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 4.9189514258431615,
>         "end_s": 4.919331047885715,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.91625719217055,
>         "end_s": 4.919760652662063,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 4.919178849673127,
>         "end_s": 4.919938093758233,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 4.920361664546065,
>         "end_s": 4.921120908631171,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.919760652662063,
>         "end_s": 4.923441554249747,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.923033870738895,
>         "end_s": 4.926246429735941,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 4.923441554249747,
>         "end_s": 4.9266541132467925,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.926246429735941,
>         "end_s": 4.9294589887329865,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.9294589887329865,
>         "end_s": 4.932671547730032,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.932671547730032,
>         "end_s": 4.935884106727078,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.935884106727078,
>         "end_s": 4.939096665724123,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.939096665724123,
>         "end_s": 4.942309224721169,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.942309224721169,
>         "end_s": 4.945521783718214,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.945521783718214,
>         "end_s": 4.94873434271526,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.94873434271526,
>         "end_s": 4.951946901712305,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.951946901712305,
>         "end_s": 4.955159460709351,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.955159460709351,
>         "end_s": 4.958372019706396,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.958372019706396,
>         "end_s": 4.961584578703442,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.961584578703442,
>         "end_s": 4.964797137700487,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.964797137700487,
>         "end_s": 4.968009696697533,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.968009696697533,
>         "end_s": 4.971222255694578,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.971222255694578,
>         "end_s": 4.974434814691624,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.974434814691624,
>         "end_s": 4.9776473736886695,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.9776473736886695,
>         "end_s": 4.980859932685715,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.980859932685715,
>         "end_s": 4.984072491682761,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.984072491682761,
>         "end_s": 4.987285050679806,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.987285050679806,
>         "end_s": 4.990497609676852,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.990497609676852,
>         "end_s": 4.993710168673897,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.993710168673897,
>         "end_s": 4.996922727670943,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 4.996922727670943,
>         "end_s": 5.000135286667988,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.000135286667988,
>         "end_s": 5.003347845665034,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.003347845665034,
>         "end_s": 5.006560404662079,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.006560404662079,
>         "end_s": 5.009772963659125,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.009772963659125,
>         "end_s": 5.01298552265617,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 5.014920512243676,
>         "end_s": 5.015300134286229,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.01298552265617,
>         "end_s": 5.016488983147684,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 5.015907180158748,
>         "end_s": 5.016666424243854,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 5.0163307509465795,
>         "end_s": 5.016710372989133,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 5.017662870295347,
>         "end_s": 5.018422114380454,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.016488983147684,
>         "end_s": 5.020169884735368,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.019762201224516,
>         "end_s": 5.022974760221562,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.020169884735368,
>         "end_s": 5.023382443732413,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.022974760221562,
>         "end_s": 5.026187319218607,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.026187319218607,
>         "end_s": 5.029399878215653,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.029399878215653,
>         "end_s": 5.032612437212698,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.032612437212698,
>         "end_s": 5.035824996209744,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.035824996209744,
>         "end_s": 5.039037555206789,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.039037555206789,
>         "end_s": 5.042250114203835,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.042250114203835,
>         "end_s": 5.0454626732008805,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.0454626732008805,
>         "end_s": 5.048675232197926,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.048675232197926,
>         "end_s": 5.0518877911949716,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.0518877911949716,
>         "end_s": 5.055100350192017,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.055100350192017,
>         "end_s": 5.058312909189063,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.058312909189063,
>         "end_s": 5.061525468186108,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.061525468186108,
>         "end_s": 5.064738027183154,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.064738027183154,
>         "end_s": 5.067950586180199,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.067950586180199,
>         "end_s": 5.071163145177245,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.071163145177245,
>         "end_s": 5.07437570417429,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.07437570417429,
>         "end_s": 5.077588263171336,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.077588263171336,
>         "end_s": 5.080800822168381,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.080800822168381,
>         "end_s": 5.084013381165427,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.084013381165427,
>         "end_s": 5.087225940162472,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.087225940162472,
>         "end_s": 5.090438499159518,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.090438499159518,
>         "end_s": 5.0936510581565635,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.0936510581565635,
>         "end_s": 5.096863617153609,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.096863617153609,
>         "end_s": 5.100076176150655,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.100076176150655,
>         "end_s": 5.1032887351477,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.1032887351477,
>         "end_s": 5.106501294144746,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.106501294144746,
>         "end_s": 5.109713853141791,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 5.112299837347094,
>         "end_s": 5.112679459389647,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.109713853141791,
>         "end_s": 5.113217313633305,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 5.112635510644369,
>         "end_s": 5.113394754729475,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 5.113631956695862,
>         "end_s": 5.114011578738415,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.113217313633305,
>         "end_s": 5.116518593178435,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.116490531710137,
>         "end_s": 5.1197030907071825,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 5.116518593178435,
>         "end_s": 5.119731152175481,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.1197030907071825,
>         "end_s": 5.122915649704228,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.122915649704228,
>         "end_s": 5.126128208701274,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.126128208701274,
>         "end_s": 5.129340767698319,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.129340767698319,
>         "end_s": 5.132553326695365,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.132553326695365,
>         "end_s": 5.13576588569241,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.13576588569241,
>         "end_s": 5.138978444689456,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.138978444689456,
>         "end_s": 5.142191003686501,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.142191003686501,
>         "end_s": 5.145403562683547,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.145403562683547,
>         "end_s": 5.148616121680592,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.148616121680592,
>         "end_s": 5.151828680677638,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.151828680677638,
>         "end_s": 5.155041239674683,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.155041239674683,
>         "end_s": 5.158253798671729,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.158253798671729,
>         "end_s": 5.1614663576687745,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.1614663576687745,
>         "end_s": 5.16467891666582,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.16467891666582,
>         "end_s": 5.1678914756628656,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.1678914756628656,
>         "end_s": 5.171104034659911,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.171104034659911,
>         "end_s": 5.174316593656957,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.174316593656957,
>         "end_s": 5.177529152654002,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.177529152654002,
>         "end_s": 5.180741711651048,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.180741711651048,
>         "end_s": 5.183954270648093,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.183954270648093,
>         "end_s": 5.187166829645139,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.187166829645139,
>         "end_s": 5.190379388642184,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.190379388642184,
>         "end_s": 5.19359194763923,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.19359194763923,
>         "end_s": 5.196804506636275,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.196804506636275,
>         "end_s": 5.200017065633321,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.200017065633321,
>         "end_s": 5.203229624630366,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.203229624630366,
>         "end_s": 5.206442183627412,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.206442183627412,
>         "end_s": 5.209945644118926,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 5.209601043096376,
>         "end_s": 5.2099806651389295,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 5.209363841129989,
>         "end_s": 5.210123085215096,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.209945644118926,
>         "end_s": 5.213246923664056,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.213218862195758,
>         "end_s": 5.216431421192803,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 5.213246923664056,
>         "end_s": 5.216459482661102,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.216431421192803,
>         "end_s": 5.219643980189849,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.219643980189849,
>         "end_s": 5.222856539186894,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.222856539186894,
>         "end_s": 5.22606909818394,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.22606909818394,
>         "end_s": 5.2292816571809855,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.2292816571809855,
>         "end_s": 5.232494216178031,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.232494216178031,
>         "end_s": 5.2357067751750765,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.2357067751750765,
>         "end_s": 5.238919334172122,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.238919334172122,
>         "end_s": 5.242131893169168,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.242131893169168,
>         "end_s": 5.245344452166213,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.245344452166213,
>         "end_s": 5.248557011163259,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.248557011163259,
>         "end_s": 5.251769570160304,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.251769570160304,
>         "end_s": 5.25498212915735,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.25498212915735,
>         "end_s": 5.258194688154395,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.258194688154395,
>         "end_s": 5.261407247151441,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.261407247151441,
>         "end_s": 5.264619806148486,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.264619806148486,
>         "end_s": 5.267832365145532,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.267832365145532,
>         "end_s": 5.271044924142577,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.271044924142577,
>         "end_s": 5.274257483139623,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.274257483139623,
>         "end_s": 5.2774700421366685,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.2774700421366685,
>         "end_s": 5.280682601133714,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.280682601133714,
>         "end_s": 5.2838951601307595,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.2838951601307595,
>         "end_s": 5.287107719127805,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.287107719127805,
>         "end_s": 5.290320278124851,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.290320278124851,
>         "end_s": 5.293532837121896,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.293532837121896,
>         "end_s": 5.296745396118942,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.296745396118942,
>         "end_s": 5.299957955115987,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.299957955115987,
>         "end_s": 5.303170514113033,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.303170514113033,
>         "end_s": 5.306673974604546,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 5.30609217161561,
>         "end_s": 5.3068514157007165,
>         "alone_s": 0.00037962204255319147
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.306673974604546,
>         "end_s": 5.309975254149677,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 5.309975254149677,
>         "end_s": 5.3131878131467225,
>         "alone_s": 0.0032125589970457462
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.310393955316781,
>         "end_s": 5.314003986861646,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.314003986861646,
>         "end_s": 5.317614018406512,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.317614018406512,
>         "end_s": 5.321224049951377,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.321224049951377,
>         "end_s": 5.324834081496243,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.324834081496243,
>         "end_s": 5.328444113041108,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.328444113041108,
>         "end_s": 5.332054144585974,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.332054144585974,
>         "end_s": 5.335664176130839,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.335664176130839,
>         "end_s": 5.339274207675705,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.339274207675705,
>         "end_s": 5.34288423922057,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.34288423922057,
>         "end_s": 5.346494270765436,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.346494270765436,
>         "end_s": 5.350104302310301,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.350104302310301,
>         "end_s": 5.353714333855167,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.353714333855167,
>         "end_s": 5.357324365400032,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.357324365400032,
>         "end_s": 5.360934396944898,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.360934396944898,
>         "end_s": 5.364544428489763,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.364544428489763,
>         "end_s": 5.368154460034629,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.368154460034629,
>         "end_s": 5.371764491579494,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.371764491579494,
>         "end_s": 5.37537452312436,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.37537452312436,
>         "end_s": 5.378984554669225,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.378984554669225,
>         "end_s": 5.382594586214091,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.382594586214091,
>         "end_s": 5.386204617758956,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.386204617758956,
>         "end_s": 5.389814649303822,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.389814649303822,
>         "end_s": 5.393424680848687,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.393424680848687,
>         "end_s": 5.397034712393553,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.397034712393553,
>         "end_s": 5.400644743938418,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.400644743938418,
>         "end_s": 5.404254775483284,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.404254775483284,
>         "end_s": 5.407864807028149,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.407864807028149,
>         "end_s": 5.411474838573015,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.411474838573015,
>         "end_s": 5.41508487011788,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.41508487011788,
>         "end_s": 5.418694901662746,
>         "alone_s": 0.003610031544865865
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 5.418694901662746,
>         "end_s": 5.422304933207611,
>         "alone_s": 0.003610031544865865
>       }
>     ]
>   },
>   "warnings": []
> }
