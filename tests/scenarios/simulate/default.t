# The default scenario, examples/memphis-grok1.yaml (Grok-1 on 98,304 GPUs of memphis-100k):
# the text report and the whole JSON result, exactly (numbers to a relative 1e-9).
$ colossus simulate
> colossus simulate: grok-1 on memphis-100k (98,304 of 100,000 GPUs, h100-sxm)
>   scenario        examples/memphis-grok1.yaml (default)
>   layout          TP8 SP, PP4 interleaved x4, DP3072 (EP8), ZeRO-1, micro-batch 1 x 8192 tokens, global batch 12288, bf16, selective recompute
>   batch           4 micro-batches per replica per step, 100,663,296 tokens per step
>
>   step time       1.90 s
>   MFU             29.5 %   (HFU 30.2 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 292   (model FLOPs; 299 with recompute)
>   tokens/s        53 M
>   time to train   2.2 days for 10 T tokens
>
> Where the step goes (critical pipeline stage):
>   compute               1.07 s   56.1 %
>   pipeline bubble       355 ms   18.7 %
>   exposed TP            199 ms   10.5 %
>   exposed CP               0 s    0.0 %
>   exposed EP            127 ms    6.7 %
>   exposed PP           4.56 ms    0.2 %
>   exposed DP            148 ms    7.8 %
>   optimizer            39.2 us    0.0 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers                       weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-3, 16-19, 32-35, 48-51         2.8     5.5       0.0        31.8       5.0    45.1     127 ms     221 ms
>       1  4-7, 20-23, 36-39, 52-55         2.6     5.2       0.0        31.8       5.0    44.5     127 ms     221 ms
>       2  8-11, 24-27, 40-43, 56-59        2.6     5.2       0.0        31.8       5.0    44.5     127 ms     221 ms
>       3  12-15, 28-31, 44-47, 60-63       2.8     5.5       0.0        32.5       5.0    45.9     131 ms     228 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                 12,288 x 8    64.0 KiB    16.2 us  ring                   4
>   tp all_gather                 12,288 x 8    96.0 MiB     270 us  ring                 516
>   tp all_gather                 12,288 x 8     192 MiB     508 us  ring                 512
>   dp_cp all_gather               32 x 3072    84.1 MiB    21.7 ms  ring                  14
>   dp_cp all_gather               32 x 3072     276 MiB    26.5 ms  ring                   2
>   edp_cp all_gather              256 x 384     367 MiB    11.5 ms  ring                   6
>   edp_cp all_gather              256 x 384     576 MiB    16.6 ms  ring                   8
>   edp_cp all_gather              256 x 384    1.18 GiB    32.0 ms  ring                   2
>   tp reduce_scatter             12,288 x 8    96.0 MiB     270 us  ring                 516
>   tp reduce_scatter             12,288 x 8     192 MiB     508 us  ring                 512
>   dp_cp reduce_scatter           32 x 3072     168 MiB    23.8 ms  ring                  14
>   dp_cp reduce_scatter           32 x 3072     552 MiB    33.2 ms  ring                   2
>   edp_cp reduce_scatter          256 x 384    1.12 GiB    30.7 ms  ring                  16
>   ep all_to_all                 12,288 x 8    24.0 MiB     497 us  pairwise            1024
>   pp send_recv                  24,576 x 4    12.0 MiB     296 us  send_recv            120
>
> Shared fabric (pipeline sends and DP streams of every stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nic out                       98,304 100.0 %              36.9 %
>   nic in                        98,304 100.0 %              36.9 %
>   switch up from tier 0          1,536 100.0 %               1.4 %
>   switch down from tier 0        1,536 100.0 %               1.4 %
>   switch up from tier 1             24 100.0 %               1.0 %
>   switch down from tier 1           24 100.0 %               1.0 %

$ colossus simulate --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "examples/memphis-grok1.yaml (default)",
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
>   "step_time_s": 1.8994742136406602,
>   "tokens_per_s": 52995347.48990456,
>   "model_flop_per_s_per_gpu": 291750834926982.44,
>   "hardware_flop_per_s_per_gpu": 298697041113179.2,
>   "mfu": 0.2948765261036815,
>   "hfu": 0.30189715091285546,
>   "bubble_fraction": 0.18699536714768822,
>   "train_tokens": 10000000000000,
>   "time_to_train_s": 188695.80960677666,
>   "time_to_train_days": 2.1839792778562113,
>   "breakdown_s": {
>     "compute": 1.0651612838163782,
>     "bubble": 0.3551928779673016,
>     "tp": 0.19931271057297292,
>     "cp": 0.0,
>     "ep": 0.12730309748484012,
>     "pp": 0.004563376092914212,
>     "dp": 0.14790164454207383,
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
>       "end_s": 1.8994742136406602,
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
>       "end_s": 1.8294650164869757,
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
>       "end_s": 1.7690593657835774,
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
>       "end_s": 1.708659894196032,
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
>     "shared": true,
>     "tiers": [
>       {
>         "kind": "nic out",
>         "tier": -1,
>         "resources": 98304,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.36926154155355484
>       },
>       {
>         "kind": "nic in",
>         "tier": -1,
>         "resources": 98304,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.3692615415535548
>       },
>       {
>         "kind": "switch up",
>         "tier": 0,
>         "resources": 1536,
>         "peak_utilization": 0.9999999999999993,
>         "busiest_average_utilization": 0.01432792053591821
>       },
>       {
>         "kind": "switch up",
>         "tier": 1,
>         "resources": 24,
>         "peak_utilization": 0.9999999999999403,
>         "busiest_average_utilization": 0.009567192923780485
>       },
>       {
>         "kind": "switch down",
>         "tier": 0,
>         "resources": 1536,
>         "peak_utilization": 0.9999999999999993,
>         "busiest_average_utilization": 0.014327920535918158
>       },
>       {
>         "kind": "switch down",
>         "tier": 1,
>         "resources": 24,
>         "peak_utilization": 0.9999999999999403,
>         "busiest_average_utilization": 0.009567192923780434
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
>         "start_s": 0.09510056861131494,
>         "end_s": 0.13117199240700705
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.13118073685748197,
>         "end_s": 0.1655764829057332
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
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.13176430980649295,
>         "end_s": 0.16609002710086287
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
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.165925224716873,
>         "end_s": 0.19766807765708205
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.16609002710086287,
>         "end_s": 0.19783288004107194
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.16638618580060582,
>         "end_s": 0.1981290387408149
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
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.197964236356825,
>         "end_s": 0.22970708929703407
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.1981290387408149,
>         "end_s": 0.22987189168102395
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.19842519744055784,
>         "end_s": 0.2301680503807669
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
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.23000324799677702,
>         "end_s": 0.2617461009369861
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.2301680503807669,
>         "end_s": 0.261910903320976
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.23046420908050985,
>         "end_s": 0.2622070620207189
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
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.262042259636729,
>         "end_s": 0.29378511257693807
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.2622070620207189,
>         "end_s": 0.293949914960928
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.26250322072046184,
>         "end_s": 0.2942460736606709
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
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.294081271276681,
>         "end_s": 0.32582412421689005
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.2942460736606709,
>         "end_s": 0.32598892660087997
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.2945422323604138,
>         "end_s": 0.3262850853006229
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
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.326120282916633,
>         "end_s": 0.35786313585684204
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.3262850853006229,
>         "end_s": 0.35802793824083196
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.3265812440003658,
>         "end_s": 0.3583240969405749
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
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.35815929455658496,
>         "end_s": 0.389902147496794
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.3583240969405749,
>         "end_s": 0.39006694988078394
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.3586202556403178,
>         "end_s": 0.39036310858052686
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
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.39019830619653695,
>         "end_s": 0.421941159136746
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.39036310858052686,
>         "end_s": 0.42210596152073593
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.3906592672802698,
>         "end_s": 0.42240212022047885
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
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.42223731783648893,
>         "end_s": 0.453980170776698
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.42240212022047885,
>         "end_s": 0.4541449731606879
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.42269827892022177,
>         "end_s": 0.45444113186043084
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
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.4542763294764409,
>         "end_s": 0.48601918241665
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.45444113186043084,
>         "end_s": 0.4861839848006399
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.45473729056017376,
>         "end_s": 0.4864801435003828
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
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.4863153411163929,
>         "end_s": 0.518058194056602
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.4864801435003828,
>         "end_s": 0.5182229964405919
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.48677630220012574,
>         "end_s": 0.5185191551403348
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
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.518354352756345,
>         "end_s": 0.5500972056965541
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.5185191551403348,
>         "end_s": 0.5502620080805438
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.5188153138400777,
>         "end_s": 0.5505581667802868
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
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.5505581667802868,
>         "end_s": 0.5823010197204959
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.5508543254800298,
>         "end_s": 0.586436319058211
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
>         "start_s": 0.586436319058211,
>         "end_s": 0.6220183126363923
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
>         "start_s": 0.6220183126363923,
>         "end_s": 0.6576003062145735
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.6576003062145735,
>         "end_s": 0.6931822997927548
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.6931822997927548,
>         "end_s": 0.7551632421590901
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.7554594008588331,
>         "end_s": 0.8106717716831491
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.7551632421590901,
>         "end_s": 0.8171441845254255
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.810967930382892,
>         "end_s": 0.866180301207208
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.8174403432251685,
>         "end_s": 0.8726527140494844
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.8171441845254255,
>         "end_s": 0.8791251268917608
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.866476459906951,
>         "end_s": 0.921688830731267
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.8729488727492274,
>         "end_s": 0.9281612435735433
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.8794212855915038,
>         "end_s": 0.9346336564158197
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.8791251268917608,
>         "end_s": 0.9411060692580961
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.9284574022732863,
>         "end_s": 0.9836697730976023
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.9349298151155627,
>         "end_s": 0.9901421859398787
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.941698386657582,
>         "end_s": 0.996910757481898
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.9411060692580961,
>         "end_s": 1.0038473997402733
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.9904383446396217,
>         "end_s": 1.0456507154639376
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.9975030748813838,
>         "end_s": 1.0527154457056997
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.0038473997402733,
>         "end_s": 1.0592043285946309
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 1.0044397171397592,
>         "end_s": 1.0652898715706018
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 1.0533077631051857,
>         "end_s": 1.1085201339295017
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.0592043285946309,
>         "end_s": 1.1144166994189468
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.0652898715706018,
>         "end_s": 1.1205022423949178
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 1.0658821889700878,
>         "end_s": 1.1260558093681472
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.1144166994189468,
>         "end_s": 1.1696290702432628
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.1205022423949178,
>         "end_s": 1.1757146132192338
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.1260558093681472,
>         "end_s": 1.1812681801924632
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 1.1266481267676332,
>         "end_s": 1.1862263972168434
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.1757146132192338,
>         "end_s": 1.2309269840435497
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.1812681801924632,
>         "end_s": 1.2364805510167791
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.1862263972168434,
>         "end_s": 1.2414387680411594
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.1868187146163294,
>         "end_s": 1.2465095868813474
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.2364805510167791,
>         "end_s": 1.291692921841095
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.2414387680411594,
>         "end_s": 1.2966511388654753
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.2465095868813474,
>         "end_s": 1.3017219577056633
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.2471019042808333,
>         "end_s": 1.3069145434421452
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.2966511388654753,
>         "end_s": 1.3518635096897913
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.3017219577056633,
>         "end_s": 1.3569343285299793
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.3069145434421452,
>         "end_s": 1.3621269142664612
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.3075068608416311,
>         "end_s": 1.3673628177513528
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.3569343285299793,
>         "end_s": 1.4121466993542953
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.3621269142664612,
>         "end_s": 1.4173392850907771
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.3673628177513528,
>         "end_s": 1.4225751885756688
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.3679551351508388,
>         "end_s": 1.4277777696852991
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.4173392850907771,
>         "end_s": 1.472551655915093
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.4225751885756688,
>         "end_s": 1.4777875593999847
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.4277777696852991,
>         "end_s": 1.482990140509615
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.428370087084785,
>         "end_s": 1.4881769101469122
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.4777875593999847,
>         "end_s": 1.5329999302243007
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.482990140509615,
>         "end_s": 1.538202511333931
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.4881769101469122,
>         "end_s": 1.5433892809712282
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.4887692275463982,
>         "end_s": 1.5485767485404276
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.538202511333931,
>         "end_s": 1.593414882158247
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.5433892809712282,
>         "end_s": 1.5986016517955441
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.5485767485404276,
>         "end_s": 1.6037891193647436
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.5491690659399135,
>         "end_s": 1.608982399243826
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.5986016517955441,
>         "end_s": 1.65381402261986
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.6037891193647436,
>         "end_s": 1.6590014901890595
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.608982399243826,
>         "end_s": 1.6641947700681419
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.6095747166433119,
>         "end_s": 1.66950484888892
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.6590014901890595,
>         "end_s": 1.7142138610133755
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.6641947700681419,
>         "end_s": 1.7194071408924578
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.66950484888892,
>         "end_s": 1.7248329025072657
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.7194071408924578,
>         "end_s": 1.7746195117167738
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.7248329025072657,
>         "end_s": 1.7801609561256115
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.7801609561256115,
>         "end_s": 1.8354890097439573
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
>         "end_s": 0.09510056861131494,
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
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.07664408971225001,
>         "end_s": 0.11496613456837501,
>         "alone_s": 0.038322044856125004
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.11496613456837501,
>         "end_s": 0.11496613456837501,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.07664408971225001,
>         "end_s": 0.11526229326811796,
>         "alone_s": 0.038322044856125004
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.11526229326811796,
>         "end_s": 0.11526229326811796,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.09162069097007057,
>         "end_s": 0.12510945767422207,
>         "alone_s": 0.033192608004408555
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.12510945767422207,
>         "end_s": 0.12510945767422207,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.13058841945799607,
>         "end_s": 0.13118073685748197,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.13117199240700705,
>         "end_s": 0.13176430980649295,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.11496613456837501,
>         "end_s": 0.15358433812424296,
>         "alone_s": 0.038322044856125004
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.15358433812424296,
>         "end_s": 0.15358433812424296,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.11526229326811796,
>         "end_s": 0.15417228329849142,
>         "alone_s": 0.038322044856125004
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.15417228329849142,
>         "end_s": 0.15417228329849142,
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
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.15800590697888767,
>         "end_s": 0.15800590697888767,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.12510945767422207,
>         "end_s": 0.15859822437837356,
>         "alone_s": 0.033192608004408555
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.15859822437837356,
>         "end_s": 0.15859822437837356,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.1655764829057332,
>         "end_s": 0.16587264160547616,
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
>         "start_s": 0.16609002710086287,
>         "end_s": 0.16638618580060582,
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
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.19766807765708205,
>         "end_s": 0.197964236356825,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.19783288004107194,
>         "end_s": 0.1981290387408149,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.1981290387408149,
>         "end_s": 0.19842519744055784,
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
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.22970708929703407,
>         "end_s": 0.23000324799677702,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.22987189168102395,
>         "end_s": 0.2301680503807669,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.2301680503807669,
>         "end_s": 0.23046420908050985,
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
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.2617461009369861,
>         "end_s": 0.262042259636729,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.261910903320976,
>         "end_s": 0.2622070620207189,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.2622070620207189,
>         "end_s": 0.26250322072046184,
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
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.29378511257693807,
>         "end_s": 0.294081271276681,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.293949914960928,
>         "end_s": 0.2942460736606709,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.2942460736606709,
>         "end_s": 0.2945422323604138,
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
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.32582412421689005,
>         "end_s": 0.326120282916633,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.32598892660087997,
>         "end_s": 0.3262850853006229,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.3262850853006229,
>         "end_s": 0.3265812440003658,
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
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.35786313585684204,
>         "end_s": 0.35815929455658496,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.35802793824083196,
>         "end_s": 0.3583240969405749,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.3583240969405749,
>         "end_s": 0.3586202556403178,
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
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.389902147496794,
>         "end_s": 0.39019830619653695,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.39006694988078394,
>         "end_s": 0.39036310858052686,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.39036310858052686,
>         "end_s": 0.3906592672802698,
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
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.421941159136746,
>         "end_s": 0.42223731783648893,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.42210596152073593,
>         "end_s": 0.42240212022047885,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.42240212022047885,
>         "end_s": 0.42269827892022177,
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
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.453980170776698,
>         "end_s": 0.4542763294764409,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.4541449731606879,
>         "end_s": 0.45444113186043084,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.45444113186043084,
>         "end_s": 0.45473729056017376,
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
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.48601918241665,
>         "end_s": 0.4863153411163929,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.4861839848006399,
>         "end_s": 0.4864801435003828,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.4864801435003828,
>         "end_s": 0.48677630220012574,
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
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.518058194056602,
>         "end_s": 0.518354352756345,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.5182229964405919,
>         "end_s": 0.5185191551403348,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5185191551403348,
>         "end_s": 0.5188153138400777,
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
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.5500972056965541,
>         "end_s": 0.550393364396297,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5502620080805438,
>         "end_s": 0.5505581667802868,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.5505581667802868,
>         "end_s": 0.5508543254800298,
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
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.5823010197204959,
>         "end_s": 0.5825971784202388,
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
>         "start_s": 0.7551632421590901,
>         "end_s": 0.7554594008588331,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.8106717716831491,
>         "end_s": 0.810967930382892,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.8171441845254255,
>         "end_s": 0.8174403432251685,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.866180301207208,
>         "end_s": 0.866476459906951,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.8726527140494844,
>         "end_s": 0.8729488727492274,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.8791251268917608,
>         "end_s": 0.8794212855915038,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.921688830731267,
>         "end_s": 0.9219849894310099,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.9281612435735433,
>         "end_s": 0.9284574022732863,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.9346336564158197,
>         "end_s": 0.9349298151155627,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.9411060692580961,
>         "end_s": 0.941698386657582,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.9836697730976023,
>         "end_s": 0.9842620904970881,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.9901421859398787,
>         "end_s": 0.9904383446396217,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.996910757481898,
>         "end_s": 0.9975030748813838,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.0038473997402733,
>         "end_s": 1.0044397171397592,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.9411060692580961,
>         "end_s": 1.0059405260898489,
>         "alone_s": 0.06394598073252389
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.0456507154639376,
>         "end_s": 1.0459468741636806,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.996910757481898,
>         "end_s": 1.052013564593634,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.0527154457056997,
>         "end_s": 1.0533077631051857,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.0592043285946309,
>         "end_s": 1.0595004872943738,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.0652898715706018,
>         "end_s": 1.0658821889700878,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 1.0527154457056997,
>         "end_s": 1.1078182528174356,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.1085201339295017,
>         "end_s": 1.1091124513289876,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.1144166994189468,
>         "end_s": 1.1147128581186898,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.1205022423949178,
>         "end_s": 1.1207984010946608,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.1260558093681472,
>         "end_s": 1.1266481267676332,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 1.1085201339295017,
>         "end_s": 1.1636229410412375,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.1696290702432628,
>         "end_s": 1.1702213876427487,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.1757146132192338,
>         "end_s": 1.1760107719189767,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.1812681801924632,
>         "end_s": 1.1815643388922061,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.1862263972168434,
>         "end_s": 1.1868187146163294,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 1.1696290702432628,
>         "end_s": 1.2247318773549987,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.2309269840435497,
>         "end_s": 1.2315193014430357,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.2364805510167791,
>         "end_s": 1.236776709716522,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.2414387680411594,
>         "end_s": 1.2417349267409024,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.2465095868813474,
>         "end_s": 1.2471019042808333,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 1.2309269840435497,
>         "end_s": 1.2860297911552856,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.291692921841095,
>         "end_s": 1.292285239240581,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.2966511388654753,
>         "end_s": 1.2969472975652183,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.3017219577056633,
>         "end_s": 1.3020181164054063,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.3069145434421452,
>         "end_s": 1.3075068608416311,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 1.291692921841095,
>         "end_s": 1.346795728952831,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.3518635096897913,
>         "end_s": 1.3524558270892773,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.3569343285299793,
>         "end_s": 1.3572304872297223,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.3621269142664612,
>         "end_s": 1.3624230729662041,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.3673628177513528,
>         "end_s": 1.3679551351508388,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 1.3518635096897913,
>         "end_s": 1.4069663168015272,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.4121466993542953,
>         "end_s": 1.4127390167537812,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.4173392850907771,
>         "end_s": 1.41763544379052,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.4225751885756688,
>         "end_s": 1.4228713472754118,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.4277777696852991,
>         "end_s": 1.428370087084785,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 1.4121466993542953,
>         "end_s": 1.4672495064660311,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.472551655915093,
>         "end_s": 1.473143973314579,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.4777875593999847,
>         "end_s": 1.4780837180997277,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.482990140509615,
>         "end_s": 1.483286299209358,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.4881769101469122,
>         "end_s": 1.4887692275463982,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 1.472551655915093,
>         "end_s": 1.527654463026829,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.5329999302243007,
>         "end_s": 1.5335922476237867,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.538202511333931,
>         "end_s": 1.538498670033674,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.5433892809712282,
>         "end_s": 1.5436854396709712,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.5485767485404276,
>         "end_s": 1.5491690659399135,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 1.5329999302243007,
>         "end_s": 1.5881027373360366,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.593414882158247,
>         "end_s": 1.594007199557733,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.5986016517955441,
>         "end_s": 1.5988978104952871,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.6037891193647436,
>         "end_s": 1.6040852780644865,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.608982399243826,
>         "end_s": 1.6095747166433119,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 1.593414882158247,
>         "end_s": 1.6485176892699829,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.65381402261986,
>         "end_s": 1.654406340019346,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.6590014901890595,
>         "end_s": 1.6592976488888025,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.6641947700681419,
>         "end_s": 1.6644909287678848,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 1.65381402261986,
>         "end_s": 1.708620671031853,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.7142138610133755,
>         "end_s": 1.7148061784128614,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.7194071408924578,
>         "end_s": 1.7197032995922008,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 1.7142138610133755,
>         "end_s": 1.7690205094253684,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.7746195117167738,
>         "end_s": 1.7752118291162597,
>         "alone_s": 0.0002961586997429465
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 1.7746195117167738,
>         "end_s": 1.8294261601287667,
>         "alone_s": 0.054510489712250004
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 1.8354890097439573,
>         "end_s": 1.8994349904764811,
>         "alone_s": 0.06394598073252389
>       }
>     ]
>   },
>   "warnings": []
> }
