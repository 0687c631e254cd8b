# examples/b200-llama405b.yaml: Llama 3 405B on the b200-300k cluster, the whole JSON result.
$ colossus simulate examples/b200-llama405b.yaml --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "examples/b200-llama405b.yaml",
>   "cluster": "b200-300k",
>   "model": "llama3-405b",
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
>     "micro_batches": 9,
>     "tokens_per_step": 150994944
>   },
>   "step_time_s": 1.95593083608046,
>   "tokens_per_s": 77198508.8708876,
>   "model_flop_per_s_per_gpu": 687252005372189.9,
>   "hardware_flop_per_s_per_gpu": 704959490542958.5,
>   "mfu": 0.30544533572097327,
>   "hfu": 0.31331532913020377,
>   "bubble_fraction": 0.17622811819774278,
>   "train_tokens": 15000000000000,
>   "time_to_train_s": 194304.271149681,
>   "time_to_train_days": 2.248892027195382,
>   "breakdown_s": {
>     "compute": 1.2475894514373447,
>     "bubble": 0.3446900105673972,
>     "tp": 0.19243062175135164,
>     "cp": 0.0015219490005750366,
>     "ep": 0.0,
>     "pp": 0.00618960368767138,
>     "dp": 0.1634992540517078,
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
>       "end_s": 1.95593083608046,
>       "memory_bytes": {
>         "weights": 11683102720.0,
>         "gradients": 23366205440.0,
>         "optimizer": 17113920.0,
>         "activations": 33558626304.0,
>         "overhead": 6652477891.200001,
>         "total": 75277526275.2
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
>       "end_s": 1.9262063865926426,
>       "memory_bytes": {
>         "weights": 11157766144.0,
>         "gradients": 22315532288.0,
>         "optimizer": 16344384.0,
>         "activations": 33558626304.0,
>         "overhead": 6573638928.0,
>         "total": 73621908048.0
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
>       "end_s": 1.9090422137613512,
>       "memory_bytes": {
>         "weights": 11157766144.0,
>         "gradients": 22315532288.0,
>         "optimizer": 16344384.0,
>         "activations": 33558626304.0,
>         "overhead": 6573638928.0,
>         "total": 73621908048.0
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
>       "end_s": 1.8918780409300597,
>       "memory_bytes": {
>         "weights": 11157766144.0,
>         "gradients": 22315532288.0,
>         "optimizer": 16344384.0,
>         "activations": 33558626304.0,
>         "overhead": 6573638928.0,
>         "total": 73621908048.0
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
>       "end_s": 1.8747138680987683,
>       "memory_bytes": {
>         "weights": 11157766144.0,
>         "gradients": 22315532288.0,
>         "optimizer": 16344384.0,
>         "activations": 33558626304.0,
>         "overhead": 6573638928.0,
>         "total": 73621908048.0
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
>       "end_s": 1.8575496952674768,
>       "memory_bytes": {
>         "weights": 11157766144.0,
>         "gradients": 22315532288.0,
>         "optimizer": 16344384.0,
>         "activations": 33558626304.0,
>         "overhead": 6573638928.0,
>         "total": 73621908048.0
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
>       "end_s": 1.8403855224361854,
>       "memory_bytes": {
>         "weights": 11157766144.0,
>         "gradients": 22315532288.0,
>         "optimizer": 16344384.0,
>         "activations": 33558626304.0,
>         "overhead": 6573638928.0,
>         "total": 73621908048.0
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
>       "end_s": 1.8232213496048937,
>       "memory_bytes": {
>         "weights": 11157766144.0,
>         "gradients": 22315532288.0,
>         "optimizer": 16344384.0,
>         "activations": 33558626304.0,
>         "overhead": 6573638928.0,
>         "total": 73621908048.0
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
>       "end_s": 1.806057508476081,
>       "memory_bytes": {
>         "weights": 11683135488.0,
>         "gradients": 23366270976.0,
>         "optimizer": 17113968.0,
>         "activations": 33952628736.0,
>         "overhead": 6672182930.4,
>         "total": 75691332098.4
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
>         "busiest_average_utilization": 0.47499567386257896
>       },
>       {
>         "kind": "nic in",
>         "tier": -1,
>         "resources": 294912,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.47499567386257907
>       },
>       {
>         "kind": "switch up",
>         "tier": 0,
>         "resources": 4096,
>         "peak_utilization": 0.999999999999953,
>         "busiest_average_utilization": 0.02955235146764414
>       },
>       {
>         "kind": "switch up",
>         "tier": 1,
>         "resources": 57,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.0185205363994014
>       },
>       {
>         "kind": "switch down",
>         "tier": 0,
>         "resources": 4096,
>         "peak_utilization": 0.999999999999953,
>         "busiest_average_utilization": 0.0295523514676441
>       },
>       {
>         "kind": "switch down",
>         "tier": 1,
>         "resources": 57,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.01852053639940137
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
>         "start_s": 0.044170297872340426,
>         "end_s": 0.0530591834301023
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.0530591834301023,
>         "end_s": 0.06194806898786417
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.05346254547265549,
>         "end_s": 0.062345013689842785
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.06194806898786417,
>         "end_s": 0.07083695454562604
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.06235143103041736,
>         "end_s": 0.07123389924760465
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.06274837573239597,
>         "end_s": 0.07163084394958327
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.07083695454562604,
>         "end_s": 0.07972584010338792
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.07124031658817923,
>         "end_s": 0.08012278480536653
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.07163726129015784,
>         "end_s": 0.08051972950734512
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.07203420599213646,
>         "end_s": 0.08091667420932375
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.07972584010338792,
>         "end_s": 0.08861472566114979
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.0801292021459411,
>         "end_s": 0.0890116703631284
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.08052614684791971,
>         "end_s": 0.089408615065107
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.08092309154989831,
>         "end_s": 0.0898055597670856
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.08132003625187693,
>         "end_s": 0.09020250446906422
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.08861472566114979,
>         "end_s": 0.09750361121891167
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.08901808770370298,
>         "end_s": 0.09790055592089028
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.08941503240568159,
>         "end_s": 0.09829750062286888
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.08981197710766019,
>         "end_s": 0.09869444532484747
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.09020892180963878,
>         "end_s": 0.09909139002682607
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.09060586651161741,
>         "end_s": 0.0994883347288047
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 0.09750361121891167,
>         "end_s": 0.10639249677667355
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.09790697326146486,
>         "end_s": 0.10678944147865216
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.09830391796344347,
>         "end_s": 0.10718638618063075
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.09870086266542206,
>         "end_s": 0.10758333088260935
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.09909780736740066,
>         "end_s": 0.10798027558458795
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.09949475206937926,
>         "end_s": 0.10837722028656654
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.09989169677135788,
>         "end_s": 0.10877416498854517
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 0.10639249677667355,
>         "end_s": 0.11528138233443543
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 0.10679585881922674,
>         "end_s": 0.11567832703641404
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.10719280352120535,
>         "end_s": 0.11607527173839263
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.10758974822318394,
>         "end_s": 0.11647221644037123
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.10798669292516254,
>         "end_s": 0.11686916114234983
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.10838363762714114,
>         "end_s": 0.11726610584432842
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.10878058232911973,
>         "end_s": 0.11766305054630702
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.10917752703109836,
>         "end_s": 0.11805999524828564
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 0.11528138233443543,
>         "end_s": 0.1241702678921973
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 0.11568474437698861,
>         "end_s": 0.12456721259417591
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 0.11608168907896722,
>         "end_s": 0.12496415729615451
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.11647863378094582,
>         "end_s": 0.1253611019981331
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.11687557848292442,
>         "end_s": 0.1257580467001117
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.11727252318490301,
>         "end_s": 0.1261549914020903
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.11766946788688161,
>         "end_s": 0.1265519361040689
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.1180664125888602,
>         "end_s": 0.1269488808060475
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.11846335729083883,
>         "end_s": 0.12734582550802612
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 0.12457362993475049,
>         "end_s": 0.1334560981519378
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 0.1249705746367291,
>         "end_s": 0.1338530428539164
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 0.1253675193387077,
>         "end_s": 0.134249987555895
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.1257644640406863,
>         "end_s": 0.1346469322578736
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.1261614087426649,
>         "end_s": 0.1350438769598522
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.1265583534446435,
>         "end_s": 0.1354408216618308
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.1269552981466221,
>         "end_s": 0.1358377663638094
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.1273522428486007,
>         "end_s": 0.136234711065788
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.12774918755057932,
>         "end_s": 0.13663165576776662
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 0.133859460194491,
>         "end_s": 0.1427419284116783
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 0.1342564048964696,
>         "end_s": 0.1431388731136569
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 0.1346533495984482,
>         "end_s": 0.1435358178156355
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.1350502943004268,
>         "end_s": 0.1439327625176141
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.1354472390024054,
>         "end_s": 0.1443297072195927
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.135844183704384,
>         "end_s": 0.1447266519215713
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 0.1362411284063626,
>         "end_s": 0.1451235966235499
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.1366380731083412,
>         "end_s": 0.1455205413255285
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.13703501781031982,
>         "end_s": 0.14591748602750712
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 0.1431452904542315,
>         "end_s": 0.1520277586714188
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 0.1435422351562101,
>         "end_s": 0.1524247033733974
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 0.14393917985818871,
>         "end_s": 0.15282164807537602
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.1443361245601673,
>         "end_s": 0.1532185927773546
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.1447330692621459,
>         "end_s": 0.1536155374793332
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 0.1451300139641245,
>         "end_s": 0.1540124821813118
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.1455269586661031,
>         "end_s": 0.1544094268832904
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.1459239033680817,
>         "end_s": 0.154806371585269
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.14632084807006032,
>         "end_s": 0.15520331628724762
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 0.152431120713972,
>         "end_s": 0.1613135889311593
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 0.1528280654159506,
>         "end_s": 0.1617105336331379
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 0.15322501011792922,
>         "end_s": 0.16210747833511652
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.1536219548199078,
>         "end_s": 0.1625044230370951
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 0.1540188995218864,
>         "end_s": 0.1629013677390737
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.154415844223865,
>         "end_s": 0.1632983124410523
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.1548127889258436,
>         "end_s": 0.1636952571430309
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.1552097336278222,
>         "end_s": 0.1640922018450095
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.15560667832980082,
>         "end_s": 0.16448914654698812
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 0.1617169509737125,
>         "end_s": 0.1705994191908998
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 0.1621138956756911,
>         "end_s": 0.1709963638928784
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 0.16251084037766972,
>         "end_s": 0.17139330859485702
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 0.16290778507964832,
>         "end_s": 0.17179025329683562
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 0.1633047297816269,
>         "end_s": 0.1721871979988142
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.1637016744836055,
>         "end_s": 0.1725841427007928
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.1640986191855841,
>         "end_s": 0.1729810874027714
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.1644955638875627,
>         "end_s": 0.17337803210475
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.16489250858954133,
>         "end_s": 0.17377497680672863
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 0.171002781233453,
>         "end_s": 0.1798852494506403
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 0.1713997259354316,
>         "end_s": 0.1802821941526189
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 0.17179667063741022,
>         "end_s": 0.18067913885459752
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 0.17219361533938882,
>         "end_s": 0.18107608355657612
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 0.1725905600413674,
>         "end_s": 0.18147302825855471
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.172987504743346,
>         "end_s": 0.1818699729605333
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.1733844494453246,
>         "end_s": 0.1822669176625119
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.1737813941473032,
>         "end_s": 0.1826638623644905
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.17417833884928183,
>         "end_s": 0.18306080706646913
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 0.1802886114931935,
>         "end_s": 0.1891710797103808
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 0.1806855561951721,
>         "end_s": 0.1895680244123594
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 0.18108250089715072,
>         "end_s": 0.18996496911433802
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 0.18147944559912932,
>         "end_s": 0.19036191381631662
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 0.18187639030110792,
>         "end_s": 0.19075885851829522
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.1822733350030865,
>         "end_s": 0.1911558032202738
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.1826702797050651,
>         "end_s": 0.1915527479222524
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.1830672244070437,
>         "end_s": 0.191949692624231
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.18346416910902233,
>         "end_s": 0.19234663732620963
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 0.189574441752934,
>         "end_s": 0.1984569099701213
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 0.1899713864549126,
>         "end_s": 0.1988538546720999
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 0.19036833115689122,
>         "end_s": 0.19925079937407852
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 0.19076527585886982,
>         "end_s": 0.19964774407605712
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 0.19116222056084842,
>         "end_s": 0.20004468877803572
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.191559165262827,
>         "end_s": 0.20044163348001431
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.1919561099648056,
>         "end_s": 0.2008385781819929
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.1923530546667842,
>         "end_s": 0.2012355228839715
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.19274999936876283,
>         "end_s": 0.20163246758595013
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 0.1988602720126745,
>         "end_s": 0.2077427402298618
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 0.1992572167146531,
>         "end_s": 0.2081396849318404
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 0.19965416141663173,
>         "end_s": 0.20853662963381903
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 0.20005110611861032,
>         "end_s": 0.20893357433579762
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 0.20044805082058892,
>         "end_s": 0.20933051903777622
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.20084499552256752,
>         "end_s": 0.20972746373975482
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.2012419402245461,
>         "end_s": 0.2101244084417334
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.2016388849265247,
>         "end_s": 0.210521353143712
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 0.20203582962850333,
>         "end_s": 0.21091829784569063
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 0.208146102272415,
>         "end_s": 0.2170285704896023
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 0.2085430469743936,
>         "end_s": 0.2174255151915809
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 0.20893999167637223,
>         "end_s": 0.21782245989355953
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 0.20933693637835082,
>         "end_s": 0.21821940459553812
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 0.20973388108032942,
>         "end_s": 0.21861634929751672
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.21013082578230802,
>         "end_s": 0.21901329399949532
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.2105277704842866,
>         "end_s": 0.21941023870147391
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 0.2109247151862652,
>         "end_s": 0.2198071834034525
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.21132165988824383,
>         "end_s": 0.22020412810543114
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 0.2174319325321555,
>         "end_s": 0.2263144007493428
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 0.2178288772341341,
>         "end_s": 0.2267113454513214
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 0.21822582193611273,
>         "end_s": 0.22710829015330003
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 0.21862276663809133,
>         "end_s": 0.22750523485527863
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 0.21901971134006992,
>         "end_s": 0.22790217955725722
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.21941665604204852,
>         "end_s": 0.22829912425923582
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 0.21981360074402712,
>         "end_s": 0.22869606896121442
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.2202105454460057,
>         "end_s": 0.229093013663193
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.22060749014798434,
>         "end_s": 0.22948995836517164
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 0.226717762791896,
>         "end_s": 0.2356002310090833
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 0.2271147074938746,
>         "end_s": 0.2359971757110619
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 0.22751165219585323,
>         "end_s": 0.23639412041304053
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 0.22790859689783183,
>         "end_s": 0.23679106511501913
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 0.22830554159981042,
>         "end_s": 0.23718800981699772
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 0.22870248630178902,
>         "end_s": 0.23758495451897632
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.22909943100376762,
>         "end_s": 0.23798189922095492
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.22949637570574621,
>         "end_s": 0.23837884392293351
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.22989332040772484,
>         "end_s": 0.23877578862491214
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 0.2360035930516365,
>         "end_s": 0.2448860612688238
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 0.2364005377536151,
>         "end_s": 0.2452830059708024
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 0.23679748245559373,
>         "end_s": 0.24567995067278103
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 0.23719442715757233,
>         "end_s": 0.24607689537475963
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 0.23759137185955093,
>         "end_s": 0.24647384007673823
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 0.23798831656152952,
>         "end_s": 0.24687078477871682
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.23838526126350812,
>         "end_s": 0.24726772948069542
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.23878220596548672,
>         "end_s": 0.24766467418267402
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.23917915066746534,
>         "end_s": 0.24806161888465264
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 0.24528942331137701,
>         "end_s": 0.2541718915285643
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 0.2456863680133556,
>         "end_s": 0.2545688362305429
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 0.24608331271533423,
>         "end_s": 0.25496578093252154
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 0.24648025741731283,
>         "end_s": 0.25536272563450013
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 0.24687720211929143,
>         "end_s": 0.25575967033647873
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 0.24727414682127002,
>         "end_s": 0.2561566150384573
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.24767109152324862,
>         "end_s": 0.2565535597404359
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.24806803622522722,
>         "end_s": 0.2569505044424145
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.24846498092720584,
>         "end_s": 0.2573474491443931
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 0.2545752535711175,
>         "end_s": 0.2634577217883048
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 0.2549721982730961,
>         "end_s": 0.2638546664902834
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 0.25536914297507474,
>         "end_s": 0.26425161119226204
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 0.25576608767705333,
>         "end_s": 0.26464855589424063
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 0.25616303237903193,
>         "end_s": 0.26504550059621923
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 0.2565599770810105,
>         "end_s": 0.2654424452981978
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.2569569217829891,
>         "end_s": 0.2658393900001764
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.2573538664849677,
>         "end_s": 0.266236334702155
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.2577508111869463,
>         "end_s": 0.2666332794041336
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 0.263861083830858,
>         "end_s": 0.27208801650648595
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 0.2642580285328366,
>         "end_s": 0.27309860790968327
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 0.26505191793679383,
>         "end_s": 0.27315011179015847
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 0.26465497323481524,
>         "end_s": 0.2734526396709075
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 0.26544886263877243,
>         "end_s": 0.27350414355138264
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 0.26584580734075103,
>         "end_s": 0.2738581753126068
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.2662427520427296,
>         "end_s": 0.2742122070738309
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.2666396967447082,
>         "end_s": 0.2745662388350551
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.2670366414466868,
>         "end_s": 0.2749588428295836
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 0.27309860790968327,
>         "end_s": 0.28102080929258005
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 0.27350196995223647,
>         "end_s": 0.28142417133513326
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 0.27355347383271167,
>         "end_s": 0.28147567521560846
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 0.2738560017134607,
>         "end_s": 0.2817782030963575
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 0.27390750559393584,
>         "end_s": 0.28182970697683263
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 0.27426153735516,
>         "end_s": 0.2821837387380568
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.27461556911638413,
>         "end_s": 0.2825377704992809
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.2749588428295836,
>         "end_s": 0.2828810442124804
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.2751605238508602,
>         "end_s": 0.283082725233757
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 0.28142417133513326,
>         "end_s": 0.28934637271803004
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 0.2817782030963575,
>         "end_s": 0.28970040447925427
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 0.28182970697683263,
>         "end_s": 0.2897519083597294
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 0.2819798841176341,
>         "end_s": 0.28990208550053087
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 0.2821837387380568,
>         "end_s": 0.2901059401209536
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 0.2825377704992809,
>         "end_s": 0.2904599718821777
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.2828810442124804,
>         "end_s": 0.2908032455953772
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.283082725233757,
>         "end_s": 0.2910049266166538
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 0.2832844062550336,
>         "end_s": 0.2912066076379304
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 0.28970040447925427,
>         "end_s": 0.29762260586215106
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 0.28990208550053087,
>         "end_s": 0.29782428688342766
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 0.29010376652180747,
>         "end_s": 0.29802596790470426
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 0.2901059401209536,
>         "end_s": 0.2980281415038504
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 0.2904599718821777,
>         "end_s": 0.2983821732650745
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 0.2908032455953772,
>         "end_s": 0.29872544697827397
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.2910049266166538,
>         "end_s": 0.29892712799955057
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 0.2912066076379304,
>         "end_s": 0.29912880902082717
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.291408288659207,
>         "end_s": 0.29933049004210377
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 0.29782428688342766,
>         "end_s": 0.30574648826632445
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 0.29802596790470426,
>         "end_s": 0.30594816928760105
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 0.29822764892598086,
>         "end_s": 0.30614985030887765
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 0.2983821732650745,
>         "end_s": 0.3063043746479713
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 0.29872544697827397,
>         "end_s": 0.30664764836117075
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 0.29892712799955057,
>         "end_s": 0.30684932938244736
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 0.29912880902082717,
>         "end_s": 0.30705101040372396
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.29933049004210377,
>         "end_s": 0.30725269142500056
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.29953217106338037,
>         "end_s": 0.30745437244627716
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 0.30594816928760105,
>         "end_s": 0.31387037067049783
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 0.30614985030887765,
>         "end_s": 0.31407205169177443
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 0.30635153133015425,
>         "end_s": 0.31427373271305103
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 0.30664764836117075,
>         "end_s": 0.31456984974406754
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 0.30684932938244736,
>         "end_s": 0.31477153076534414
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 0.30705101040372396,
>         "end_s": 0.31497321178662074
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.30725269142500056,
>         "end_s": 0.31517489280789734
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.30745437244627716,
>         "end_s": 0.31537657382917395
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.30765605346755376,
>         "end_s": 0.31557825485045055
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 0.31407205169177443,
>         "end_s": 0.3219942530746712
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 0.31427373271305103,
>         "end_s": 0.3221959340959478
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 0.31456984974406754,
>         "end_s": 0.32249205112696433
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 0.31477153076534414,
>         "end_s": 0.32269373214824093
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 0.31497321178662074,
>         "end_s": 0.32289541316951753
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.31517489280789734,
>         "end_s": 0.32309709419079413
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.31537657382917395,
>         "end_s": 0.32329877521207073
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.31557825485045055,
>         "end_s": 0.32350045623334733
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.31577993587172715,
>         "end_s": 0.32370213725462393
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 0.3221959340959478,
>         "end_s": 0.3301181354788446
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 0.32249205112696433,
>         "end_s": 0.3304142525098611
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 0.32269373214824093,
>         "end_s": 0.3306159335311377
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 0.32289541316951753,
>         "end_s": 0.3308176145524143
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 0.32309709419079413,
>         "end_s": 0.3310192955736909
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.32329877521207073,
>         "end_s": 0.3312209765949675
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.32350045623334733,
>         "end_s": 0.3314226576162441
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.32370213725462393,
>         "end_s": 0.3316243386375207
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.32390381827590053,
>         "end_s": 0.3318260196587973
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 0.3304142525098611,
>         "end_s": 0.3383364538927579
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 0.3306159335311377,
>         "end_s": 0.3385381349140345
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 0.3308176145524143,
>         "end_s": 0.3387398159353111
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 0.3310192955736909,
>         "end_s": 0.3389414969565877
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 0.3312209765949675,
>         "end_s": 0.3391431779778643
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.3314226576162441,
>         "end_s": 0.3393448589991409
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.3316243386375207,
>         "end_s": 0.3395465400204175
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.3318260196587973,
>         "end_s": 0.3397482210416941
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.3320277006800739,
>         "end_s": 0.3399499020629707
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 0.3385381349140345,
>         "end_s": 0.3464603362969313
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 0.3387398159353111,
>         "end_s": 0.3466620173182079
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 0.3389414969565877,
>         "end_s": 0.3468636983394845
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 0.3391431779778643,
>         "end_s": 0.3470653793607611
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 0.3393448589991409,
>         "end_s": 0.3472670603820377
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.3395465400204175,
>         "end_s": 0.3474687414033143
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.3397482210416941,
>         "end_s": 0.3476704224245909
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.3399499020629707,
>         "end_s": 0.3478721034458675
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.3401515830842473,
>         "end_s": 0.3480737844671441
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 0.3466620173182079,
>         "end_s": 0.3545842187011047
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 0.3468636983394845,
>         "end_s": 0.3547858997223813
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 0.3470653793607611,
>         "end_s": 0.3549875807436579
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 0.3472670603820377,
>         "end_s": 0.3551892617649345
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 0.3474687414033143,
>         "end_s": 0.3553909427862111
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.3476704224245909,
>         "end_s": 0.3555926238074877
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.3478721034458675,
>         "end_s": 0.3557943048287643
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.3480737844671441,
>         "end_s": 0.3559959858500409
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.3482754654884207,
>         "end_s": 0.3561976668713175
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 0.3547858997223813,
>         "end_s": 0.36270810110527807
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 0.3549875807436579,
>         "end_s": 0.36290978212655467
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 0.3551892617649345,
>         "end_s": 0.36311146314783127
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 0.3553909427862111,
>         "end_s": 0.36331314416910787
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 0.3555926238074877,
>         "end_s": 0.36351482519038447
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.3557943048287643,
>         "end_s": 0.3637165062116611
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.3559959858500409,
>         "end_s": 0.3639181872329377
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.3561976668713175,
>         "end_s": 0.3641198682542143
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 0.3563993478925941,
>         "end_s": 0.3643215492754909
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 0.36290978212655467,
>         "end_s": 0.37083198350945146
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 0.36311146314783127,
>         "end_s": 0.37103366453072806
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 0.36331314416910787,
>         "end_s": 0.37123534555200466
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 0.36351482519038447,
>         "end_s": 0.37143702657328126
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 0.3637165062116611,
>         "end_s": 0.37163870759455786
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.3639181872329377,
>         "end_s": 0.37184038861583446
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.3641198682542143,
>         "end_s": 0.37204206963711106
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 0.3643215492754909,
>         "end_s": 0.37224375065838766
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 0.3645232302967675,
>         "end_s": 0.37244543167966426
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 0.37103366453072806,
>         "end_s": 0.37895586591362485
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 0.37123534555200466,
>         "end_s": 0.37915754693490145
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 0.37143702657328126,
>         "end_s": 0.37935922795617805
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 0.37163870759455786,
>         "end_s": 0.37956090897745465
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 0.37184038861583446,
>         "end_s": 0.37976258999873125
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.37204206963711106,
>         "end_s": 0.37996427102000785
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 0.37224375065838766,
>         "end_s": 0.38016595204128445
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 0.37244543167966426,
>         "end_s": 0.38036763306256105
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 0.37264711270094086,
>         "end_s": 0.38056931408383765
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 0.37915754693490145,
>         "end_s": 0.38707974831779823
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 0.37935922795617805,
>         "end_s": 0.38728142933907483
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 0.37956090897745465,
>         "end_s": 0.38748311036035143
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 0.37976258999873125,
>         "end_s": 0.38768479138162804
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 0.37996427102000785,
>         "end_s": 0.38788647240290464
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 0.38016595204128445,
>         "end_s": 0.38808815342418124
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 0.38036763306256105,
>         "end_s": 0.38828983444545784
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 0.38056931408383765,
>         "end_s": 0.38849151546673444
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 0.38077099510511425,
>         "end_s": 0.38869319648801104
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 0.38728142933907483,
>         "end_s": 0.3952036307219716
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 0.38748311036035143,
>         "end_s": 0.3954053117432482
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 0.38768479138162804,
>         "end_s": 0.3956069927645248
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 0.38788647240290464,
>         "end_s": 0.3958086737858014
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 0.38808815342418124,
>         "end_s": 0.396010354807078
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 0.38828983444545784,
>         "end_s": 0.3962120358283546
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 0.38849151546673444,
>         "end_s": 0.3964137168496312
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 0.38869319648801104,
>         "end_s": 0.3966153978709078
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 0.38889487750928764,
>         "end_s": 0.3968170788921844
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 0.3954053117432482,
>         "end_s": 0.403327513126145
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 0.3956069927645248,
>         "end_s": 0.4035291941474216
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 0.3958086737858014,
>         "end_s": 0.4037308751686982
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 0.396010354807078,
>         "end_s": 0.4039325561899748
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 0.3962120358283546,
>         "end_s": 0.4041342372112514
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 0.3964137168496312,
>         "end_s": 0.404335918232528
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 0.3966153978709078,
>         "end_s": 0.4045375992538046
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 0.3968170788921844,
>         "end_s": 0.4047392802750812
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 0.39701875991346103,
>         "end_s": 0.4049409612963578
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 0.4035291941474216,
>         "end_s": 0.4114513955303184
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 0.4037308751686982,
>         "end_s": 0.411653076551595
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 0.4039325561899748,
>         "end_s": 0.4118547575728716
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 0.4041342372112514,
>         "end_s": 0.4120564385941482
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 0.404335918232528,
>         "end_s": 0.4122581196154248
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 0.4045375992538046,
>         "end_s": 0.4124598006367014
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 0.4047392802750812,
>         "end_s": 0.412661481657978
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 0.4049409612963578,
>         "end_s": 0.4128631626792546
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 0.4051426423176344,
>         "end_s": 0.4130648437005312
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 0.411653076551595,
>         "end_s": 0.4195752779344918
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 0.4118547575728716,
>         "end_s": 0.4197769589557684
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 0.4120564385941482,
>         "end_s": 0.419978639977045
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 0.4122581196154248,
>         "end_s": 0.4201803209983216
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 0.4124598006367014,
>         "end_s": 0.4203820020195982
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 0.412661481657978,
>         "end_s": 0.4205836830408748
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 0.4128631626792546,
>         "end_s": 0.4207853640621514
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 0.4130648437005312,
>         "end_s": 0.420987045083428
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 0.4132665247218078,
>         "end_s": 0.4211887261047046
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 0.4197769589557684,
>         "end_s": 0.4276991603386652
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 0.419978639977045,
>         "end_s": 0.4279008413599418
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 0.4201803209983216,
>         "end_s": 0.4281025223812184
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 0.4203820020195982,
>         "end_s": 0.428304203402495
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 0.4205836830408748,
>         "end_s": 0.4285058844237716
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 0.4207853640621514,
>         "end_s": 0.4287075654450482
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 0.420987045083428,
>         "end_s": 0.4289092464663248
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 0.4211887261047046,
>         "end_s": 0.4291109274876014
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 0.4213904071259812,
>         "end_s": 0.429312608508878
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 0.4279008413599418,
>         "end_s": 0.43582304274283856
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 0.4281025223812184,
>         "end_s": 0.43602472376411516
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 0.428304203402495,
>         "end_s": 0.43622640478539176
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 0.4285058844237716,
>         "end_s": 0.43642808580666836
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 0.4287075654450482,
>         "end_s": 0.43662976682794497
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 0.4289092464663248,
>         "end_s": 0.43683144784922157
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 0.4291109274876014,
>         "end_s": 0.43703312887049817
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 0.429312608508878,
>         "end_s": 0.43723480989177477
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 0.4295142895301546,
>         "end_s": 0.43743649091305137
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 0.43602472376411516,
>         "end_s": 0.44394692514701195
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 0.43622640478539176,
>         "end_s": 0.44414860616828855
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 0.43642808580666836,
>         "end_s": 0.44435028718956515
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 0.43662976682794497,
>         "end_s": 0.44455196821084175
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 0.43683144784922157,
>         "end_s": 0.44475364923211835
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 0.43703312887049817,
>         "end_s": 0.44495533025339495
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 0.43723480989177477,
>         "end_s": 0.44515701127467155
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 0.43743649091305137,
>         "end_s": 0.44535869229594816
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.43763817193432797,
>         "end_s": 0.44556037331722476
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 0.44414860616828855,
>         "end_s": 0.45207080755118534
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 0.44435028718956515,
>         "end_s": 0.45227248857246194
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 0.44455196821084175,
>         "end_s": 0.45247416959373854
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 0.44475364923211835,
>         "end_s": 0.45267585061501514
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 0.44495533025339495,
>         "end_s": 0.45287753163629174
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 0.44515701127467155,
>         "end_s": 0.45307921265756834
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 0.44535869229594816,
>         "end_s": 0.45328089367884494
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.44556037331722476,
>         "end_s": 0.45348257470012154
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.44576205433850136,
>         "end_s": 0.45368425572139814
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 0.45227248857246194,
>         "end_s": 0.4601946899553587
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 0.45247416959373854,
>         "end_s": 0.4603963709766353
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 0.45267585061501514,
>         "end_s": 0.46059805199791193
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 0.45287753163629174,
>         "end_s": 0.46079973301918853
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 0.45307921265756834,
>         "end_s": 0.46100141404046513
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 0.45328089367884494,
>         "end_s": 0.46120309506174173
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.45348257470012154,
>         "end_s": 0.46140477608301833
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.45368425572139814,
>         "end_s": 0.46160645710429493
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.45388593674267474,
>         "end_s": 0.46180813812557153
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 0.4603963709766353,
>         "end_s": 0.4683185723595321
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 0.46059805199791193,
>         "end_s": 0.4685202533808087
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 0.46079973301918853,
>         "end_s": 0.4687219344020853
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 0.46100141404046513,
>         "end_s": 0.4689236154233619
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 0.46120309506174173,
>         "end_s": 0.4691252964446385
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.46140477608301833,
>         "end_s": 0.4693269774659151
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.46160645710429493,
>         "end_s": 0.4695286584871917
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.46180813812557153,
>         "end_s": 0.4697303395084683
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.46200981914684813,
>         "end_s": 0.4699320205297449
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 0.4685202533808087,
>         "end_s": 0.4764424547637055
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 0.4687219344020853,
>         "end_s": 0.4766441357849821
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 0.4689236154233619,
>         "end_s": 0.4768458168062587
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 0.4691252964446385,
>         "end_s": 0.4770474978275353
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 0.4693269774659151,
>         "end_s": 0.4772491788488119
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.4695286584871917,
>         "end_s": 0.4774508598700885
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.4697303395084683,
>         "end_s": 0.4776525408913651
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.4699320205297449,
>         "end_s": 0.4778542219126417
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.4701337015510215,
>         "end_s": 0.4780559029339183
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 0.4766441357849821,
>         "end_s": 0.4845663371678789
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 0.4768458168062587,
>         "end_s": 0.4847680181891555
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 0.4770474978275353,
>         "end_s": 0.4849696992104321
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 0.4772491788488119,
>         "end_s": 0.4851713802317087
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 0.4774508598700885,
>         "end_s": 0.4853730612529853
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.4776525408913651,
>         "end_s": 0.4855747422742619
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.4778542219126417,
>         "end_s": 0.4857764232955385
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.4780559029339183,
>         "end_s": 0.4859781043168151
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.4782575839551949,
>         "end_s": 0.4861797853380917
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 0.4847680181891555,
>         "end_s": 0.4926902195720523
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 0.4849696992104321,
>         "end_s": 0.4928919005933289
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 0.4851713802317087,
>         "end_s": 0.4930935816146055
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 0.4853730612529853,
>         "end_s": 0.4932952626358821
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 0.4855747422742619,
>         "end_s": 0.4934969436571587
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.4857764232955385,
>         "end_s": 0.4936986246784353
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.4859781043168151,
>         "end_s": 0.4939003056997119
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.4861797853380917,
>         "end_s": 0.4941019867209885
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.4863814663593683,
>         "end_s": 0.4943036677422651
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 0.4928919005933289,
>         "end_s": 0.5008141019762257
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 0.4930935816146055,
>         "end_s": 0.5010157829975023
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 0.4932952626358821,
>         "end_s": 0.5012174640187789
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 0.4934969436571587,
>         "end_s": 0.5014191450400555
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 0.4936986246784353,
>         "end_s": 0.5016208260613321
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.4939003056997119,
>         "end_s": 0.5018225070826087
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.4941019867209885,
>         "end_s": 0.5020241881038853
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.4943036677422651,
>         "end_s": 0.5022258691251619
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.4945053487635417,
>         "end_s": 0.5024275501464385
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 0.5010157829975023,
>         "end_s": 0.5089379843803991
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 0.5012174640187789,
>         "end_s": 0.5091396654016757
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 0.5014191450400555,
>         "end_s": 0.5093413464229523
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 0.5016208260613321,
>         "end_s": 0.5095430274442289
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 0.5018225070826087,
>         "end_s": 0.5097447084655055
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.5020241881038853,
>         "end_s": 0.5099463894867821
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.5022258691251619,
>         "end_s": 0.5101480705080587
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.5024275501464385,
>         "end_s": 0.5103497515293353
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.5026292311677151,
>         "end_s": 0.5105514325506119
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 0.5091396654016757,
>         "end_s": 0.5170618667845724
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 0.5093413464229523,
>         "end_s": 0.517263547805849
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 0.5095430274442289,
>         "end_s": 0.5174652288271256
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 0.5097447084655055,
>         "end_s": 0.5176669098484022
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 0.5099463894867821,
>         "end_s": 0.5178685908696788
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.5101480705080587,
>         "end_s": 0.5180702718909554
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.5103497515293353,
>         "end_s": 0.518271952912232
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.5105514325506119,
>         "end_s": 0.5184736339335086
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.5107531135718885,
>         "end_s": 0.5186753149547852
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 0.517263547805849,
>         "end_s": 0.5251857491887458
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 0.5174652288271256,
>         "end_s": 0.5253874302100224
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 0.5176669098484022,
>         "end_s": 0.525589111231299
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 0.5178685908696788,
>         "end_s": 0.5257907922525756
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 0.5180702718909554,
>         "end_s": 0.5259924732738522
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.518271952912232,
>         "end_s": 0.5261941542951288
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.5184736339335086,
>         "end_s": 0.5263958353164054
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.5186753149547852,
>         "end_s": 0.526597516337682
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.5188769959760618,
>         "end_s": 0.5267991973589586
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 0.5253874302100224,
>         "end_s": 0.5333096315929192
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 0.525589111231299,
>         "end_s": 0.5335113126141958
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 0.5257907922525756,
>         "end_s": 0.5337129936354724
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 0.5259924732738522,
>         "end_s": 0.533914674656749
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 0.5261941542951288,
>         "end_s": 0.5341163556780256
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.5263958353164054,
>         "end_s": 0.5343180366993022
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.526597516337682,
>         "end_s": 0.5345197177205788
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.5267991973589586,
>         "end_s": 0.5347213987418554
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.5270008783802352,
>         "end_s": 0.534923079763132
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 0.5335113126141958,
>         "end_s": 0.5414335139970926
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 0.5337129936354724,
>         "end_s": 0.5416351950183692
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 0.533914674656749,
>         "end_s": 0.5418368760396458
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 0.5341163556780256,
>         "end_s": 0.5420385570609224
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 0.5343180366993022,
>         "end_s": 0.542240238082199
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.5345197177205788,
>         "end_s": 0.5424419191034756
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.5347213987418554,
>         "end_s": 0.5426436001247522
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.534923079763132,
>         "end_s": 0.5428452811460288
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.5351247607844086,
>         "end_s": 0.5430469621673054
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 0.5416351950183692,
>         "end_s": 0.549557396401266
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 0.5418368760396458,
>         "end_s": 0.5497590774225426
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 0.5420385570609224,
>         "end_s": 0.5499607584438192
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 0.542240238082199,
>         "end_s": 0.5501624394650958
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.5424419191034756,
>         "end_s": 0.5503641204863724
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.5426436001247522,
>         "end_s": 0.550565801507649
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.5428452811460288,
>         "end_s": 0.5507674825289256
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.5430469621673054,
>         "end_s": 0.5509691635502022
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.543248643188582,
>         "end_s": 0.5511708445714788
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 0.5497590774225426,
>         "end_s": 0.5576812788054394
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 0.5499607584438192,
>         "end_s": 0.557882959826716
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 0.5501624394650958,
>         "end_s": 0.5580846408479926
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.5503641204863724,
>         "end_s": 0.5582863218692692
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.550565801507649,
>         "end_s": 0.5584880028905458
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.5507674825289256,
>         "end_s": 0.5586896839118224
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.5509691635502022,
>         "end_s": 0.558891364933099
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.5511708445714788,
>         "end_s": 0.5590930459543756
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.5513725255927554,
>         "end_s": 0.5592947269756522
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 0.557882959826716,
>         "end_s": 0.5658051612096128
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 0.5580846408479926,
>         "end_s": 0.5660068422308894
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.5582863218692692,
>         "end_s": 0.566208523252166
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.5584880028905458,
>         "end_s": 0.5664102042734426
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.5586896839118224,
>         "end_s": 0.5666118852947192
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.558891364933099,
>         "end_s": 0.5668135663159958
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.5590930459543756,
>         "end_s": 0.5670152473372724
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.5592947269756522,
>         "end_s": 0.567216928358549
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.5594964079969288,
>         "end_s": 0.5674186093798256
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 0.5660068422308894,
>         "end_s": 0.5739290436137862
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.566208523252166,
>         "end_s": 0.5741307246350628
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.5664102042734426,
>         "end_s": 0.5743324056563394
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.5666118852947192,
>         "end_s": 0.574534086677616
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.5668135663159958,
>         "end_s": 0.5747357676988926
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.5670152473372724,
>         "end_s": 0.5749374487201692
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.567216928358549,
>         "end_s": 0.5751391297414458
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.5674186093798256,
>         "end_s": 0.5753408107627224
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.5676202904011022,
>         "end_s": 0.575542491783999
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.5741307246350628,
>         "end_s": 0.5820529260179595
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.5743324056563394,
>         "end_s": 0.5822546070392361
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.574534086677616,
>         "end_s": 0.5824562880605128
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.5747357676988926,
>         "end_s": 0.5826579690817894
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.5749374487201692,
>         "end_s": 0.582859650103066
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.5751391297414458,
>         "end_s": 0.5830613311243426
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.5753408107627224,
>         "end_s": 0.5832630121456192
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.575542491783999,
>         "end_s": 0.5834646931668958
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.5757441728052756,
>         "end_s": 0.5858728565131731
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.5822546070392361,
>         "end_s": 0.5901768084221329
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.5824562880605128,
>         "end_s": 0.5903784894434095
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.5826579690817894,
>         "end_s": 0.5905801704646861
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.582859650103066,
>         "end_s": 0.5907818514859627
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.5830613311243426,
>         "end_s": 0.5909835325072393
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.5832630121456192,
>         "end_s": 0.5911852135285159
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.5834646931668958,
>         "end_s": 0.5913868945497925
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.5858728565131731,
>         "end_s": 0.5960015402210707
>       },
>       {
>         "stage": 2,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.5903784894434095,
>         "end_s": 0.5983006908263063
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.5905801704646861,
>         "end_s": 0.5985023718475829
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.5907818514859627,
>         "end_s": 0.5987040528688595
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.5909835325072393,
>         "end_s": 0.5989057338901361
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.5911852135285159,
>         "end_s": 0.5991074149114127
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.5913868945497925,
>         "end_s": 0.5993090959326893
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.5960015402210707,
>         "end_s": 0.6061302239289682
>       },
>       {
>         "stage": 3,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.5985023718475829,
>         "end_s": 0.6064245732304797
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.5987040528688595,
>         "end_s": 0.6066262542517563
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.5989057338901361,
>         "end_s": 0.6068279352730329
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.5991074149114127,
>         "end_s": 0.6070296162943095
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.5993090959326893,
>         "end_s": 0.6072312973155861
>       },
>       {
>         "stage": 4,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.6066262542517563,
>         "end_s": 0.6145484556346531
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.6068279352730329,
>         "end_s": 0.6147501366559297
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.6070296162943095,
>         "end_s": 0.6149518176772063
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.6072312973155861,
>         "end_s": 0.6151534986984829
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.6061302239289682,
>         "end_s": 0.6162589076368657
>       },
>       {
>         "stage": 5,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.6147501366559297,
>         "end_s": 0.6226723380388265
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.6149518176772063,
>         "end_s": 0.6228740190601031
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.6151534986984829,
>         "end_s": 0.6230757000813797
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.6162589076368657,
>         "end_s": 0.6263875913447633
>       },
>       {
>         "stage": 6,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.6228740190601031,
>         "end_s": 0.6307962204429999
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.6230757000813797,
>         "end_s": 0.6309979014642765
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.6263875913447633,
>         "end_s": 0.6365162750526608
>       },
>       {
>         "stage": 7,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.6309979014642765,
>         "end_s": 0.6389201028471733
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.6365162750526608,
>         "end_s": 0.6466449587605584
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.6466449587605584,
>         "end_s": 0.6567736424684559
>       },
>       {
>         "stage": 8,
>         "pass": "forward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.6567736424684559,
>         "end_s": 0.6669023261763535
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.6669023261763535,
>         "end_s": 0.6859086784530759
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.6861103594743525,
>         "end_s": 0.7010591932983355
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.6859086784530759,
>         "end_s": 0.7049150307297983
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.7012608743196121,
>         "end_s": 0.7162097081435952
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.7051167117510749,
>         "end_s": 0.720065545575058
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.7049150307297983,
>         "end_s": 0.7239213830065208
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.7164113891648718,
>         "end_s": 0.7313602229888548
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.7202672265963346,
>         "end_s": 0.7352160604203176
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.7241230640277974,
>         "end_s": 0.7390718978517804
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.7239213830065208,
>         "end_s": 0.7429277352832432
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.7315619040101314,
>         "end_s": 0.7465107378341145
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.7354177414415942,
>         "end_s": 0.7503665752655773
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.739273578873057,
>         "end_s": 0.75422241269704
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.7431294163045198,
>         "end_s": 0.7580782501285028
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.7467124188553911,
>         "end_s": 0.7616612526793741
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.7429277352832432,
>         "end_s": 0.7619340875599656
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.7505682562868539,
>         "end_s": 0.7655170901108369
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.7544240937183166,
>         "end_s": 0.7693729275422997
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.7582799311497794,
>         "end_s": 0.7732287649737625
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.7618629337006507,
>         "end_s": 0.7768117675246338
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.7621357685812422,
>         "end_s": 0.7770846024052253
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.7657187711321135,
>         "end_s": 0.7806676049560966
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.7619340875599656,
>         "end_s": 0.780940439836688
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.7695746085635763,
>         "end_s": 0.7845234423875593
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.7734304459950391,
>         "end_s": 0.7883792798190221
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.7770134485459104,
>         "end_s": 0.7919622823698934
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.7772862834265019,
>         "end_s": 0.7922351172504849
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.7808692859773732,
>         "end_s": 0.7958181198013562
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.7811421208579646,
>         "end_s": 0.7960909546819477
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.7847251234088359,
>         "end_s": 0.799673957232819
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.780940439836688,
>         "end_s": 0.7999467921134105
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.7885809608402987,
>         "end_s": 0.8035297946642818
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 6,
>         "start_s": 0.79216396339117,
>         "end_s": 0.807112797215153
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.7924367982717615,
>         "end_s": 0.8073856320957445
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.7960198008226328,
>         "end_s": 0.8109686346466158
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.7962926357032243,
>         "end_s": 0.8112414695272073
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.7998756382540956,
>         "end_s": 0.8148244720780786
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.8001484731346871,
>         "end_s": 0.8150973069586701
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.8037314756855584,
>         "end_s": 0.8186803095095414
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.7999467921134105,
>         "end_s": 0.8189531443901329
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.8075873131170211,
>         "end_s": 0.8225361469410042
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 6,
>         "start_s": 0.8111703156678924,
>         "end_s": 0.8261191494918755
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.8114431505484839,
>         "end_s": 0.826391984372467
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.8150261530993552,
>         "end_s": 0.8299749869233383
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.8152989879799467,
>         "end_s": 0.8302478218039298
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.818881990530818,
>         "end_s": 0.833830824354801
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.8191548254114095,
>         "end_s": 0.8341036592353925
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.8227378279622808,
>         "end_s": 0.8376866617862638
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.8189531443901329,
>         "end_s": 0.8379594966668553
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.8265936653937436,
>         "end_s": 0.8415424992177266
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 6,
>         "start_s": 0.8301766679446149,
>         "end_s": 0.8451255017685979
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.8304495028252064,
>         "end_s": 0.8453983366491894
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.8340325053760776,
>         "end_s": 0.8489813392000607
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.8343053402566691,
>         "end_s": 0.8492541740806522
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.8378883428075404,
>         "end_s": 0.8528371766315235
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.8383628587094085,
>         "end_s": 0.8533116925333916
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.8379594966668553,
>         "end_s": 0.8547203103482909
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.8417441802390032,
>         "end_s": 0.8566930140629863
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.845600017670466,
>         "end_s": 0.860548851494449
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 6,
>         "start_s": 0.8491830202213373,
>         "end_s": 0.8641318540453203
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.8494558551019288,
>         "end_s": 0.8644046889259118
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.8530388576528001,
>         "end_s": 0.8679876914767831
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.8537150545759448,
>         "end_s": 0.8686638883999278
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.8547203103482909,
>         "end_s": 0.8714811240297264
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.8568946950842629,
>         "end_s": 0.8718435289082459
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.8551236723908441,
>         "end_s": 0.8718844860722796
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.8607505325157256,
>         "end_s": 0.8756993663397087
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.8646063699471884,
>         "end_s": 0.8795552037711715
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 6,
>         "start_s": 0.8681893724980597,
>         "end_s": 0.8831382063220428
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.869067250442481,
>         "end_s": 0.884016084266464
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.8720452099295225,
>         "end_s": 0.8869940437535055
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.8714811240297264,
>         "end_s": 0.888241937711162
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.8718844860722796,
>         "end_s": 0.8886452997537152
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.8722878481148328,
>         "end_s": 0.8890486617962684
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.8759010473609853,
>         "end_s": 0.8908498811849683
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.8797568847924481,
>         "end_s": 0.8947057186164311
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.8844194463090173,
>         "end_s": 0.8993682801330003
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 6,
>         "start_s": 0.8871957247747821,
>         "end_s": 0.9021445585987652
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.888241937711162,
>         "end_s": 0.9050027513925976
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.8886452997537152,
>         "end_s": 0.9054061134351508
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.8890486617962684,
>         "end_s": 0.905809475477704
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.8910515622062449,
>         "end_s": 0.906000396030228
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.8894520238388216,
>         "end_s": 0.9062128375202572
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.8949073996377077,
>         "end_s": 0.9098562334616908
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.8997716421755535,
>         "end_s": 0.9147204759995365
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 0.9050027513925976,
>         "end_s": 0.9201275139753847
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.9054061134351508,
>         "end_s": 0.920833846877125
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 6,
>         "start_s": 0.9062020770515046,
>         "end_s": 0.9211509108754876
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.905809475477704,
>         "end_s": 0.9225702891591395
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.9062128375202572,
>         "end_s": 0.9229736512016927
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.9066161995628104,
>         "end_s": 0.9233770132442459
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.9100579144829674,
>         "end_s": 0.9250067483069504
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.9151238380420897,
>         "end_s": 0.9300726718660728
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 0.9201275139753847,
>         "end_s": 0.9350763477993678
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 0.920833846877125,
>         "end_s": 0.935782680701108
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.9225702891591395,
>         "end_s": 0.9378021328867945
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.9229736512016927,
>         "end_s": 0.9397344648831283
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.9233770132442459,
>         "end_s": 0.9401378269256815
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 6,
>         "start_s": 0.925208429328227,
>         "end_s": 0.94015726315221
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.9237803752867991,
>         "end_s": 0.9405411889682347
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.930476033908626,
>         "end_s": 0.945424867732609
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 0.9350763477993678,
>         "end_s": 0.9500251816233508
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 0.935782680701108,
>         "end_s": 0.9507315145250911
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 0.9378021328867945,
>         "end_s": 0.9527509667107775
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.9397344648831283,
>         "end_s": 0.9547704188964641
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.9401378269256815,
>         "end_s": 0.9567898710821506
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.9405411889682347,
>         "end_s": 0.9573020026496702
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.9409445510107879,
>         "end_s": 0.9577053646922234
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 6,
>         "start_s": 0.9458282297751622,
>         "end_s": 0.9607770635991453
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 0.9500251816233508,
>         "end_s": 0.9649740154473339
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 0.9507315145250911,
>         "end_s": 0.9656803483490741
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 0.9527509667107775,
>         "end_s": 0.9676998005347606
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 0.9547704188964641,
>         "end_s": 0.9697192527204471
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.9567898710821506,
>         "end_s": 0.9717387049061337
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.9573020026496702,
>         "end_s": 0.9737581570918202
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.9577053646922234,
>         "end_s": 0.974466178373659
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.9581087267347767,
>         "end_s": 0.9748695404162122
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 0.9649740154473339,
>         "end_s": 0.9799228492713169
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 0.9656803483490741,
>         "end_s": 0.9806291821730572
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 0.9676998005347606,
>         "end_s": 0.9826486343587436
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 0.9697192527204471,
>         "end_s": 0.9846680865444302
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 0.9717387049061337,
>         "end_s": 0.9866875387301167
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.9737581570918202,
>         "end_s": 0.9887069909158033
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.974466178373659,
>         "end_s": 0.9907264431014897
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.9748695404162122,
>         "end_s": 0.9916303540976478
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 5,
>         "start_s": 0.9752729024587654,
>         "end_s": 0.992033716140201
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 0.9806291821730572,
>         "end_s": 0.9955780159970402
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 0.9826486343587436,
>         "end_s": 0.9975974681827267
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 0.9846680865444302,
>         "end_s": 0.9996169203684132
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 0.9866875387301167,
>         "end_s": 1.0016363725540998
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 0.9887069909158033,
>         "end_s": 1.0036558247397862
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 0.9907264431014897,
>         "end_s": 1.0056752769254726
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 0.9916303540976478,
>         "end_s": 1.0076947291111593
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 5,
>         "start_s": 0.992033716140201,
>         "end_s": 1.0087945298216365
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 0.9924370781827542,
>         "end_s": 1.0091978918641897
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 0.9975974681827267,
>         "end_s": 1.0125463020067096
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 0.9996169203684132,
>         "end_s": 1.0145657541923963
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 1.0016363725540998,
>         "end_s": 1.0165852063780827
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 1.0036558247397862,
>         "end_s": 1.0186046585637691
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 1.0056752769254726,
>         "end_s": 1.0206241107494556
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 1.0076947291111593,
>         "end_s": 1.0226435629351422
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 5,
>         "start_s": 1.0087945298216365,
>         "end_s": 1.024663015120829
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 1.0091978918641897,
>         "end_s": 1.0259587055456252
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 1.009601253906743,
>         "end_s": 1.0263620675881784
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 1.0145657541923963,
>         "end_s": 1.0295145880163792
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 1.0165852063780827,
>         "end_s": 1.0315340402020656
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 1.0186046585637691,
>         "end_s": 1.033553492387752
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 1.0206241107494556,
>         "end_s": 1.0355729445734385
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 1.0226435629351422,
>         "end_s": 1.0375923967591252
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 5,
>         "start_s": 1.024663015120829,
>         "end_s": 1.0396118489448118
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 1.0259587055456252,
>         "end_s": 1.0420414189473237
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 1.0263620675881784,
>         "end_s": 1.0431228812696138
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 1.0267654296307316,
>         "end_s": 1.043526243312167
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 1.0315340402020656,
>         "end_s": 1.0464828740260486
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 1.033553492387752,
>         "end_s": 1.048502326211735
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 1.0355729445734385,
>         "end_s": 1.0505217783974214
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 1.0375923967591252,
>         "end_s": 1.0525412305831081
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 5,
>         "start_s": 1.0396118489448118,
>         "end_s": 1.0545606827687948
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 1.0420414189473237,
>         "end_s": 1.0569902527713066
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 1.0431228812696138,
>         "end_s": 1.059042458563392
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 1.043526243312167,
>         "end_s": 1.0602870569936025
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 1.0439296053547202,
>         "end_s": 1.0606904190361557
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 1.048502326211735,
>         "end_s": 1.063451160035718
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 1.0505217783974214,
>         "end_s": 1.0654706122214044
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 1.0525412305831081,
>         "end_s": 1.067490064407091
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 5,
>         "start_s": 1.0545606827687948,
>         "end_s": 1.0695095165927777
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 1.0569902527713066,
>         "end_s": 1.0719390865952896
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 1.059042458563392,
>         "end_s": 1.073991292387375
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 1.0602870569936025,
>         "end_s": 1.0761854570209677
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 1.0606904190361557,
>         "end_s": 1.0774512327175911
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 1.0610937810787089,
>         "end_s": 1.0778545947601443
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 1.0654706122214044,
>         "end_s": 1.0804194460453873
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 1.067490064407091,
>         "end_s": 1.082438898231074
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 5,
>         "start_s": 1.0695095165927777,
>         "end_s": 1.0844583504167606
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 1.0719390865952896,
>         "end_s": 1.0868879204192725
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 1.073991292387375,
>         "end_s": 1.0889401262113578
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 1.0761854570209677,
>         "end_s": 1.0911342908449506
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 1.0774512327175911,
>         "end_s": 1.0933284554785434
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 1.0778545947601443,
>         "end_s": 1.0946154084415798
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 1.0782579568026975,
>         "end_s": 1.095018770484133
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 1.082438898231074,
>         "end_s": 1.097387732055057
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 5,
>         "start_s": 1.0844583504167606,
>         "end_s": 1.0994071842407436
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 1.0868879204192725,
>         "end_s": 1.1018367542432554
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 1.0889401262113578,
>         "end_s": 1.1038889600353408
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 1.0911342908449506,
>         "end_s": 1.1060831246689335
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 1.0933284554785434,
>         "end_s": 1.1082772893025263
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 1.0946154084415798,
>         "end_s": 1.1104714539361191
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 1.095018770484133,
>         "end_s": 1.1117795841655684
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 1.0954221325266862,
>         "end_s": 1.1121829462081216
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 5,
>         "start_s": 1.0994071842407436,
>         "end_s": 1.1143560180647265
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 1.1018367542432554,
>         "end_s": 1.1167855880672384
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 1.1038889600353408,
>         "end_s": 1.1188377938593237
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 1.1060831246689335,
>         "end_s": 1.1210319584929165
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 1.1082772893025263,
>         "end_s": 1.1232261231265093
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 1.1104714539361191,
>         "end_s": 1.125420287760102
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 1.1117795841655684,
>         "end_s": 1.1276144523936948
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 1.1121829462081216,
>         "end_s": 1.128943759889557
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 1.1125863082506748,
>         "end_s": 1.1293471219321103
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 1.1167855880672384,
>         "end_s": 1.1317344218912213
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 1.1188377938593237,
>         "end_s": 1.1337866276833066
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 1.1210319584929165,
>         "end_s": 1.1359807923168994
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 1.1232261231265093,
>         "end_s": 1.1381749569504922
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 1.125420287760102,
>         "end_s": 1.140369121584085
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 1.1276144523936948,
>         "end_s": 1.1425632862176778
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 1.128943759889557,
>         "end_s": 1.1447574508512708
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 1.1293471219321103,
>         "end_s": 1.1461079356135457
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 4,
>         "start_s": 1.1297504839746635,
>         "end_s": 1.146511297656099
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 1.1337866276833066,
>         "end_s": 1.1487354615072896
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 1.1359807923168994,
>         "end_s": 1.1509296261408823
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 1.1381749569504922,
>         "end_s": 1.1531237907744751
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 1.140369121584085,
>         "end_s": 1.155317955408068
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 1.1425632862176778,
>         "end_s": 1.1575121200416607
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 1.1447574508512708,
>         "end_s": 1.1597062846752537
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 1.1461079356135457,
>         "end_s": 1.1619004493088465
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 4,
>         "start_s": 1.146511297656099,
>         "end_s": 1.1632721113375344
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 1.1469146596986521,
>         "end_s": 1.1636754733800876
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 1.1509296261408823,
>         "end_s": 1.1658784599648653
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 1.1531237907744751,
>         "end_s": 1.168072624598458
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 1.155317955408068,
>         "end_s": 1.1702667892320509
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 1.1575121200416607,
>         "end_s": 1.1724609538656436
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 1.1597062846752537,
>         "end_s": 1.1746551184992367
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 1.1619004493088465,
>         "end_s": 1.1768492831328294
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 4,
>         "start_s": 1.1632721113375344,
>         "end_s": 1.1790434477664222
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 1.1636754733800876,
>         "end_s": 1.180436287061523
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 1.1640788354226408,
>         "end_s": 1.1808396491040762
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 1.168072624598458,
>         "end_s": 1.183021458422441
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 1.1702667892320509,
>         "end_s": 1.1852156230560338
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 1.1724609538656436,
>         "end_s": 1.1874097876896266
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 1.1746551184992367,
>         "end_s": 1.1896039523232196
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 1.1768492831328294,
>         "end_s": 1.1917981169568124
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 4,
>         "start_s": 1.1790434477664222,
>         "end_s": 1.1939922815904052
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 1.180436287061523,
>         "end_s": 1.1962307832852763
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 1.1808396491040762,
>         "end_s": 1.1976004627855117
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 1.1812430111466294,
>         "end_s": 1.198003824828065
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 1.1852156230560338,
>         "end_s": 1.2001644568800167
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 1.1874097876896266,
>         "end_s": 1.2023586215136095
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 1.1896039523232196,
>         "end_s": 1.2045527861472025
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 1.1917981169568124,
>         "end_s": 1.2067469507807953
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 4,
>         "start_s": 1.1939922815904052,
>         "end_s": 1.208941115414388
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 1.1962307832852763,
>         "end_s": 1.2111796171092593
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 1.1976004627855117,
>         "end_s": 1.2133773226732736
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 1.198003824828065,
>         "end_s": 1.2147646385095003
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 1.198407186870618,
>         "end_s": 1.2151680005520535
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 1.2023586215136095,
>         "end_s": 1.2173074553375924
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 1.2045527861472025,
>         "end_s": 1.2195016199711854
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 1.2067469507807953,
>         "end_s": 1.2216957846047782
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 4,
>         "start_s": 1.208941115414388,
>         "end_s": 1.223889949238371
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 1.2111796171092593,
>         "end_s": 1.2261284509332422
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 1.2133773226732736,
>         "end_s": 1.2283261564972565
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 1.2147646385095003,
>         "end_s": 1.2305392089630556
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 1.2151680005520535,
>         "end_s": 1.231928814233489
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 1.2155713625946067,
>         "end_s": 1.2323321762760422
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 1.2195016199711854,
>         "end_s": 1.2344504537951684
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 1.2216957846047782,
>         "end_s": 1.2366446184287612
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 4,
>         "start_s": 1.223889949238371,
>         "end_s": 1.238838783062354
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 1.2261284509332422,
>         "end_s": 1.2410772847572251
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 1.2283261564972565,
>         "end_s": 1.2432749903212394
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 1.2305392089630556,
>         "end_s": 1.2454880427870385
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 1.231928814233489,
>         "end_s": 1.2477010952528373
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 1.2323321762760422,
>         "end_s": 1.2490929899574776
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 1.2327355383185954,
>         "end_s": 1.2494963520000308
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 1.2366446184287612,
>         "end_s": 1.251593452252744
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 4,
>         "start_s": 1.238838783062354,
>         "end_s": 1.2537876168863369
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 1.2410772847572251,
>         "end_s": 1.256026118581208
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 1.2432749903212394,
>         "end_s": 1.2582238241452224
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 1.2454880427870385,
>         "end_s": 1.2604368766110214
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 1.2477010952528373,
>         "end_s": 1.2626499290768203
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 1.2490929899574776,
>         "end_s": 1.2648629815426191
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 1.2494963520000308,
>         "end_s": 1.2662571656814663
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 1.249899714042584,
>         "end_s": 1.2666605277240195
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 4,
>         "start_s": 1.2537876168863369,
>         "end_s": 1.2687364507103198
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 1.256026118581208,
>         "end_s": 1.270974952405191
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 1.2582238241452224,
>         "end_s": 1.2731726579692053
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 1.2604368766110214,
>         "end_s": 1.2753857104350044
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 1.2626499290768203,
>         "end_s": 1.2775987629008032
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 1.2648629815426191,
>         "end_s": 1.279811815366602
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 1.2662571656814663,
>         "end_s": 1.282024867832401
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 1.2666605277240195,
>         "end_s": 1.283421341405455
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 1.2670638897665727,
>         "end_s": 1.2838247034480081
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 1.270974952405191,
>         "end_s": 1.285923786229174
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 1.2731726579692053,
>         "end_s": 1.2881214917931882
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 1.2753857104350044,
>         "end_s": 1.2903345442589873
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 1.2775987629008032,
>         "end_s": 1.2925475967247861
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 1.279811815366602,
>         "end_s": 1.294760649190585
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 1.282024867832401,
>         "end_s": 1.296973701656384
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 1.283421341405455,
>         "end_s": 1.2991867541221829
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 1.2838247034480081,
>         "end_s": 1.3005855171294436
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 3,
>         "start_s": 1.2842280654905613,
>         "end_s": 1.3009888791719968
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 1.2881214917931882,
>         "end_s": 1.3030703256171712
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 1.2903345442589873,
>         "end_s": 1.3052833780829702
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 1.2925475967247861,
>         "end_s": 1.307496430548769
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 1.294760649190585,
>         "end_s": 1.309709483014568
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 1.296973701656384,
>         "end_s": 1.311922535480367
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 1.2991867541221829,
>         "end_s": 1.3141355879461658
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 1.3005855171294436,
>         "end_s": 1.3163486404119649
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 3,
>         "start_s": 1.3009888791719968,
>         "end_s": 1.3177496928534322
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 1.30139224121455,
>         "end_s": 1.3181530548959854
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 1.3052833780829702,
>         "end_s": 1.3202322119069532
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 1.307496430548769,
>         "end_s": 1.322445264372752
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 1.309709483014568,
>         "end_s": 1.3246583168385508
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 1.311922535480367,
>         "end_s": 1.32687136930435
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 1.3141355879461658,
>         "end_s": 1.3290844217701487
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 1.3163486404119649,
>         "end_s": 1.3312974742359478
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 3,
>         "start_s": 1.3177496928534322,
>         "end_s": 1.3335105267017466
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.3181530548959854,
>         "end_s": 1.334913868577421
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 1.3185564169385386,
>         "end_s": 1.335317230619974
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 1.322445264372752,
>         "end_s": 1.337394098196735
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 1.3246583168385508,
>         "end_s": 1.3396071506625338
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 1.32687136930435,
>         "end_s": 1.3418202031283328
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 1.3290844217701487,
>         "end_s": 1.3440332555941317
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 1.3312974742359478,
>         "end_s": 1.3462463080599307
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 3,
>         "start_s": 1.3335105267017466,
>         "end_s": 1.3484593605257296
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.334913868577421,
>         "end_s": 1.3506772061873424
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.335317230619974,
>         "end_s": 1.3520780443014095
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 1.3357205926625273,
>         "end_s": 1.3524814063439627
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 1.3396071506625338,
>         "end_s": 1.3545559844865167
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 1.3418202031283328,
>         "end_s": 1.3567690369523158
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 1.3440332555941317,
>         "end_s": 1.3589820894181146
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 1.3462463080599307,
>         "end_s": 1.3611951418839137
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 3,
>         "start_s": 1.3484593605257296,
>         "end_s": 1.3634081943497125
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.3506772061873424,
>         "end_s": 1.3656260400113254
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.3520780443014095,
>         "end_s": 1.367839475280413
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.3524814063439627,
>         "end_s": 1.3692422200253982
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 1.352884768386516,
>         "end_s": 1.3696455820679514
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 1.3567690369523158,
>         "end_s": 1.3717178707762987
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 1.3589820894181146,
>         "end_s": 1.3739309232420975
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 1.3611951418839137,
>         "end_s": 1.3761439757078966
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 3,
>         "start_s": 1.3634081943497125,
>         "end_s": 1.3783570281736954
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 1.3656260400113254,
>         "end_s": 1.3805748738353083
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.367839475280413,
>         "end_s": 1.382788309104396
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.3692422200253982,
>         "end_s": 1.385003403498001
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.3696455820679514,
>         "end_s": 1.3864063957493868
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 1.3700489441105046,
>         "end_s": 1.38680975779194
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 1.3739309232420975,
>         "end_s": 1.3888797570660805
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 1.3761439757078966,
>         "end_s": 1.3910928095318795
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 3,
>         "start_s": 1.3783570281736954,
>         "end_s": 1.3933058619976784
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 1.3805748738353083,
>         "end_s": 1.3955237076592912
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 1.382788309104396,
>         "end_s": 1.397737142928379
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.385003403498001,
>         "end_s": 1.399952237321984
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.3864063957493868,
>         "end_s": 1.402167331715589
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.38680975779194,
>         "end_s": 1.4035705714733755
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 1.3872131198344932,
>         "end_s": 1.4039739335159287
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 1.3910928095318795,
>         "end_s": 1.4060416433558625
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 3,
>         "start_s": 1.3933058619976784,
>         "end_s": 1.4082546958216613
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 1.3955237076592912,
>         "end_s": 1.4104725414832742
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 1.397737142928379,
>         "end_s": 1.4126859767523618
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 1.399952237321984,
>         "end_s": 1.4149010711459669
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.402167331715589,
>         "end_s": 1.4171161655395719
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.4035705714733755,
>         "end_s": 1.4193312599331767
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.4039739335159287,
>         "end_s": 1.4207347471973641
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 1.404377295558482,
>         "end_s": 1.4211381092399173
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 3,
>         "start_s": 1.4082546958216613,
>         "end_s": 1.4232035296456442
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 1.4104725414832742,
>         "end_s": 1.425421375307257
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 1.4126859767523618,
>         "end_s": 1.4276348105763448
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 1.4149010711459669,
>         "end_s": 1.4298499049699498
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 1.4171161655395719,
>         "end_s": 1.4320649993635548
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.4193312599331767,
>         "end_s": 1.4342800937571596
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.4207347471973641,
>         "end_s": 1.4364951881507646
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.4211381092399173,
>         "end_s": 1.4378989229213528
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 1.4215414712824705,
>         "end_s": 1.438302284963906
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 1.425421375307257,
>         "end_s": 1.44037020913124
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 1.4276348105763448,
>         "end_s": 1.4425836444003277
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 1.4298499049699498,
>         "end_s": 1.4447987387939327
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 1.4320649993635548,
>         "end_s": 1.4470138331875377
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 1.4342800937571596,
>         "end_s": 1.4492289275811425
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.4364951881507646,
>         "end_s": 1.4514440219747475
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.4378989229213528,
>         "end_s": 1.4536591163683525
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.438302284963906,
>         "end_s": 1.4550630986453414
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 2,
>         "start_s": 1.4387056470064592,
>         "end_s": 1.4554664606878946
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 1.4425836444003277,
>         "end_s": 1.4575324782243106
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 1.4447987387939327,
>         "end_s": 1.4597475726179157
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 1.4470138331875377,
>         "end_s": 1.4619626670115207
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 1.4492289275811425,
>         "end_s": 1.4641777614051255
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 1.4514440219747475,
>         "end_s": 1.4663928557987305
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.4536591163683525,
>         "end_s": 1.4686079501923355
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.4550630986453414,
>         "end_s": 1.4708230445859405
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 2,
>         "start_s": 1.4554664606878946,
>         "end_s": 1.47222727436933
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.4558698227304478,
>         "end_s": 1.4726306364118833
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 1.4597475726179157,
>         "end_s": 1.4746964064418986
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 1.4619626670115207,
>         "end_s": 1.4769115008355036
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 1.4641777614051255,
>         "end_s": 1.4791265952291084
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 1.4663928557987305,
>         "end_s": 1.4813416896227134
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 1.4686079501923355,
>         "end_s": 1.4835567840163184
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.4708230445859405,
>         "end_s": 1.4857718784099234
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 2,
>         "start_s": 1.47222727436933,
>         "end_s": 1.4879869728035284
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.4726306364118833,
>         "end_s": 1.4893914500933187
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.4730339984544365,
>         "end_s": 1.489794812135872
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 1.4769115008355036,
>         "end_s": 1.4918603346594865
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 1.4791265952291084,
>         "end_s": 1.4940754290530913
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 1.4813416896227134,
>         "end_s": 1.4962905234466963
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 1.4835567840163184,
>         "end_s": 1.4985056178403013
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 1.4857718784099234,
>         "end_s": 1.5007207122339064
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 2,
>         "start_s": 1.4879869728035284,
>         "end_s": 1.5029358066275114
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.4893914500933187,
>         "end_s": 1.5051514192044475
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.489794812135872,
>         "end_s": 1.5065556258173074
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.4901981741784252,
>         "end_s": 1.5069589878598606
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 1.4940754290530913,
>         "end_s": 1.5090242628770743
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 1.4962905234466963,
>         "end_s": 1.5112393572706793
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 1.4985056178403013,
>         "end_s": 1.5134544516642843
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 1.5007207122339064,
>         "end_s": 1.5156695460578893
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 2,
>         "start_s": 1.5029358066275114,
>         "end_s": 1.5178846404514943
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.5051514192044475,
>         "end_s": 1.5201002530284304
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.5065556258173074,
>         "end_s": 1.522315388806175
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.5069589878598606,
>         "end_s": 1.523719801541296
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.5073623499024138,
>         "end_s": 1.5241231635838492
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 1.5112393572706793,
>         "end_s": 1.5261881910946622
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 1.5134544516642843,
>         "end_s": 1.5284032854882672
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 1.5156695460578893,
>         "end_s": 1.5306183798818722
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 2,
>         "start_s": 1.5178846404514943,
>         "end_s": 1.5328334742754772
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.5201002530284304,
>         "end_s": 1.5350490868524134
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.522315388806175,
>         "end_s": 1.5372642226301578
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.523719801541296,
>         "end_s": 1.5394795377727148
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.5241231635838492,
>         "end_s": 1.5408839772652847
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.5245265256264025,
>         "end_s": 1.541287339307838
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 1.5284032854882672,
>         "end_s": 1.5433521193122501
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 1.5306183798818722,
>         "end_s": 1.5455672137058551
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 2,
>         "start_s": 1.5328334742754772,
>         "end_s": 1.5477823080994602
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 1.5350490868524134,
>         "end_s": 1.5499979206763963
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.5372642226301578,
>         "end_s": 1.5522130564541408
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.5394795377727148,
>         "end_s": 1.5544283715966978
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.5408839772652847,
>         "end_s": 1.5566436867392546
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.541287339307838,
>         "end_s": 1.5580481529892733
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.541690701350391,
>         "end_s": 1.5584515150318266
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 1.5455672137058551,
>         "end_s": 1.560516047529838
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 2,
>         "start_s": 1.5477823080994602,
>         "end_s": 1.562731141923443
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 1.5499979206763963,
>         "end_s": 1.5649467545003792
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 1.5522130564541408,
>         "end_s": 1.5671618902781237
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.5544283715966978,
>         "end_s": 1.5693772054206807
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.5566436867392546,
>         "end_s": 1.5715925205632375
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.5580481529892733,
>         "end_s": 1.5738078357057945
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.5584515150318266,
>         "end_s": 1.575212328713262
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.5588548770743798,
>         "end_s": 1.5756156907558152
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 2,
>         "start_s": 1.562731141923443,
>         "end_s": 1.577679975747426
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 1.5649467545003792,
>         "end_s": 1.5798955883243622
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 1.5671618902781237,
>         "end_s": 1.5821107241021066
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 1.5693772054206807,
>         "end_s": 1.5843260392446636
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.5715925205632375,
>         "end_s": 1.5865413543872204
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.5738078357057945,
>         "end_s": 1.5887566695297775
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.575212328713262,
>         "end_s": 1.5909719846723345
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.5756156907558152,
>         "end_s": 1.5923765044372507
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.5760190527983684,
>         "end_s": 1.5927798664798039
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 1.5798955883243622,
>         "end_s": 1.594844422148345
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 1.5821107241021066,
>         "end_s": 1.5970595579260896
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 1.5843260392446636,
>         "end_s": 1.5992748730686466
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 1.5865413543872204,
>         "end_s": 1.6014901882112034
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.5887566695297775,
>         "end_s": 1.6037055033537604
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.5909719846723345,
>         "end_s": 1.6059208184963174
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.5923765044372507,
>         "end_s": 1.6081361336388744
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.5927798664798039,
>         "end_s": 1.6095406801612393
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 1,
>         "start_s": 1.593183228522357,
>         "end_s": 1.6099440422037925
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 1.5970595579260896,
>         "end_s": 1.6120083917500725
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 1.5992748730686466,
>         "end_s": 1.6142237068926295
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 1.6014901882112034,
>         "end_s": 1.6164390220351863
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 1.6037055033537604,
>         "end_s": 1.6186543371777433
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.6059208184963174,
>         "end_s": 1.6208696523203003
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.6081361336388744,
>         "end_s": 1.6230849674628574
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.6095406801612393,
>         "end_s": 1.6253002826054144
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 1,
>         "start_s": 1.6099440422037925,
>         "end_s": 1.626704855885228
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.6103474042463457,
>         "end_s": 1.6271082179277812
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 1.6142237068926295,
>         "end_s": 1.6291725407166124
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 1.6164390220351863,
>         "end_s": 1.6313878558591692
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 1.6186543371777433,
>         "end_s": 1.6336031710017263
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 1.6208696523203003,
>         "end_s": 1.6358184861442833
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.6230849674628574,
>         "end_s": 1.6380338012868403
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.6253002826054144,
>         "end_s": 1.6402491164293973
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 1,
>         "start_s": 1.626704855885228,
>         "end_s": 1.6424644315719543
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.6271082179277812,
>         "end_s": 1.6438690316092166
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.6275115799703344,
>         "end_s": 1.6442723936517698
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 1.6313878558591692,
>         "end_s": 1.6463366896831522
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 1.6336031710017263,
>         "end_s": 1.6485520048257092
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 1.6358184861442833,
>         "end_s": 1.6507673199682662
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 1.6380338012868403,
>         "end_s": 1.6529826351108232
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.6402491164293973,
>         "end_s": 1.6551979502533802
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 1,
>         "start_s": 1.6424644315719543,
>         "end_s": 1.6574132653959373
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.6438690316092166,
>         "end_s": 1.6596286365583137
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.6442723936517698,
>         "end_s": 1.6610332073332053
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.644675755694323,
>         "end_s": 1.6614365693757585
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 1.6485520048257092,
>         "end_s": 1.6635008386496921
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 1.6507673199682662,
>         "end_s": 1.6657161537922491
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 1.6529826351108232,
>         "end_s": 1.6679314689348061
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 1.6551979502533802,
>         "end_s": 1.6701467840773632
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 1,
>         "start_s": 1.6574132653959373,
>         "end_s": 1.6723620992199202
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.6596286365583137,
>         "end_s": 1.6745774703822967
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.6610332073332053,
>         "end_s": 1.6767927899988146
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.6614365693757585,
>         "end_s": 1.678197383057194
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.6618399314183117,
>         "end_s": 1.678600745099747
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 1.6657161537922491,
>         "end_s": 1.680664987616232
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 1.6679314689348061,
>         "end_s": 1.682880302758789
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 1.6701467840773632,
>         "end_s": 1.685095617901346
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 1,
>         "start_s": 1.6723620992199202,
>         "end_s": 1.6873109330439031
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 1.6745774703822967,
>         "end_s": 1.6895263042062796
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.6767927899988146,
>         "end_s": 1.6917416238227976
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.678197383057194,
>         "end_s": 1.6939569628301063
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.678600745099747,
>         "end_s": 1.6953615587811826
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.6790041071423003,
>         "end_s": 1.6957649208237358
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 1.682880302758789,
>         "end_s": 1.697829136582772
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 1.685095617901346,
>         "end_s": 1.700044451725329
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 1,
>         "start_s": 1.6873109330439031,
>         "end_s": 1.702259766867886
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 1.6895263042062796,
>         "end_s": 1.7044751380302625
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 1.6917416238227976,
>         "end_s": 1.7066904576467805
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.6939569628301063,
>         "end_s": 1.7089057966540893
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.6953615587811826,
>         "end_s": 1.7111211356613978
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.6957649208237358,
>         "end_s": 1.7125257345051712
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.696168282866289,
>         "end_s": 1.7129290965477244
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 1.700044451725329,
>         "end_s": 1.714993285549312
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 1,
>         "start_s": 1.702259766867886,
>         "end_s": 1.717208600691869
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 1.7044751380302625,
>         "end_s": 1.7194239718542454
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 1.7066904576467805,
>         "end_s": 1.7216392914707634
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 1.7089057966540893,
>         "end_s": 1.7238546304780722
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.7111211356613978,
>         "end_s": 1.7260699694853807
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.7125257345051712,
>         "end_s": 1.7282853084926892
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.7129290965477244,
>         "end_s": 1.7296899102291599
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.7133324585902776,
>         "end_s": 1.730093272271713
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 1,
>         "start_s": 1.717208600691869,
>         "end_s": 1.732157434515852
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 1.7194239718542454,
>         "end_s": 1.7343728056782284
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 1.7216392914707634,
>         "end_s": 1.7365881252947464
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 1.7238546304780722,
>         "end_s": 1.7388034643020551
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 1.7260699694853807,
>         "end_s": 1.7410188033093636
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.7282853084926892,
>         "end_s": 1.7432341423166722
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.7296899102291599,
>         "end_s": 1.7454494813239807
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.730093272271713,
>         "end_s": 1.7468540859531485
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.7304966343142663,
>         "end_s": 1.7472574479957017
>       },
>       {
>         "stage": 8,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 1.7343728056782284,
>         "end_s": 1.7493216395022113
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 1.7365881252947464,
>         "end_s": 1.7515369591187293
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 1.7388034643020551,
>         "end_s": 1.753752298126038
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 1.7410188033093636,
>         "end_s": 1.7559676371333466
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 1.7432341423166722,
>         "end_s": 1.758182976140655
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.7454494813239807,
>         "end_s": 1.7603983151479636
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.7468540859531485,
>         "end_s": 1.7626136541552722
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.7472574479957017,
>         "end_s": 1.7640182616771372
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 1.747660810038255,
>         "end_s": 1.7644982762571166
>       },
>       {
>         "stage": 7,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 1.7515369591187293,
>         "end_s": 1.7664857929427122
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 1.753752298126038,
>         "end_s": 1.768701131950021
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 1.7559676371333466,
>         "end_s": 1.7709164709573295
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 1.758182976140655,
>         "end_s": 1.773131809964638
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 1.7603983151479636,
>         "end_s": 1.7753471489719466
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.7626136541552722,
>         "end_s": 1.777562487979255
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.7640182616771372,
>         "end_s": 1.7797778269865636
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 1.7644982762571166,
>         "end_s": 1.7813357424759784
>       },
>       {
>         "stage": 6,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 1.768701131950021,
>         "end_s": 1.783649965774004
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 1.7709164709573295,
>         "end_s": 1.7858653047813124
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 1.773131809964638,
>         "end_s": 1.788080643788621
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 1.7753471489719466,
>         "end_s": 1.7902959827959295
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 1.777562487979255,
>         "end_s": 1.792511321803238
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.7797778269865636,
>         "end_s": 1.7947266608105465
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 2,
>         "chunk": 0,
>         "start_s": 1.7813357424759784,
>         "end_s": 1.7971470971477255
>       },
>       {
>         "stage": 5,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 1.7858653047813124,
>         "end_s": 1.8008141386052954
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 1.788080643788621,
>         "end_s": 1.803029477612604
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 1.7902959827959295,
>         "end_s": 1.8052448166199124
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 1.792511321803238,
>         "end_s": 1.807460155627221
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 1.7947266608105465,
>         "end_s": 1.8096754946345295
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 3,
>         "chunk": 0,
>         "start_s": 1.7971470971477255,
>         "end_s": 1.8121642967483318
>       },
>       {
>         "stage": 4,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 1.803029477612604,
>         "end_s": 1.8179783114365868
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 1.8052448166199124,
>         "end_s": 1.8201936504438954
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 1.807460155627221,
>         "end_s": 1.8224089894512039
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 1.8096754946345295,
>         "end_s": 1.8246243284585124
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 4,
>         "chunk": 0,
>         "start_s": 1.8121642967483318,
>         "end_s": 1.8271814963489381
>       },
>       {
>         "stage": 3,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 1.8201936504438954,
>         "end_s": 1.8351424842678783
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 1.8224089894512039,
>         "end_s": 1.8373578232751868
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 1.8246243284585124,
>         "end_s": 1.8395731622824953
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 5,
>         "chunk": 0,
>         "start_s": 1.8271814963489381,
>         "end_s": 1.8421986959495444
>       },
>       {
>         "stage": 2,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 1.8373578232751868,
>         "end_s": 1.8523066570991698
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 1.8395731622824953,
>         "end_s": 1.8545219961064783
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 6,
>         "chunk": 0,
>         "start_s": 1.8421986959495444,
>         "end_s": 1.8572158955501508
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 1.8545219961064783,
>         "end_s": 1.8694708299304612
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 7,
>         "chunk": 0,
>         "start_s": 1.8572158955501508,
>         "end_s": 1.872233095150757
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 8,
>         "chunk": 0,
>         "start_s": 1.872233095150757,
>         "end_s": 1.8872502947513634
>       }
>     ],
>     "transfers": [
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.038097121184088804,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.0,
>         "end_s": 0.044170297872340426,
>         "alone_s": 0.044170297872340426
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.044170297872340426,
>         "end_s": 0.044170297872340426,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.0530591834301023,
>         "end_s": 0.05346254547265549,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.06194806898786417,
>         "end_s": 0.06235143103041736,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.062345013689842785,
>         "end_s": 0.06274837573239597,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.07083695454562604,
>         "end_s": 0.07124031658817923,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.07123389924760465,
>         "end_s": 0.07163726129015784,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.07163084394958327,
>         "end_s": 0.07203420599213646,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.07619424236817761,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.07619424236817761,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.07619424236817761,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.07619424236817761,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.07619424236817761,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 0.07619424236817761,
>         "end_s": 0.07619424236817761,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 0.07619424236817761,
>         "end_s": 0.07619424236817761,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 0.07619424236817761,
>         "end_s": 0.07619424236817761,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.07619424236817761,
>         "end_s": 0.07619424236817761,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.07619424236817761,
>         "end_s": 0.07619424236817761,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.0763959233894542,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.0763959233894542,
>         "end_s": 0.0763959233894542,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.07679607676172011,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.07679607676172011,
>         "end_s": 0.07679607676172011,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.038097121184088804,
>         "end_s": 0.07719623013398601,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.07719623013398601,
>         "end_s": 0.07719623013398601,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.07972584010338792,
>         "end_s": 0.0801292021459411,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.08012278480536653,
>         "end_s": 0.08052614684791971,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.08051972950734512,
>         "end_s": 0.08092309154989831,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.08091667420932375,
>         "end_s": 0.08132003625187693,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.044170297872340426,
>         "end_s": 0.0830741431415356,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.0830741431415356,
>         "end_s": 0.0830741431415356,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.08861472566114979,
>         "end_s": 0.08901808770370298,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.0890116703631284,
>         "end_s": 0.08941503240568159,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.089408615065107,
>         "end_s": 0.08981197710766019,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.0898055597670856,
>         "end_s": 0.09020892180963878,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.09020250446906422,
>         "end_s": 0.09060586651161741,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.09750361121891167,
>         "end_s": 0.09790697326146486,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.09790055592089028,
>         "end_s": 0.09830391796344347,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.09829750062286888,
>         "end_s": 0.09870086266542206,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.09869444532484747,
>         "end_s": 0.09909780736740066,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.09909139002682607,
>         "end_s": 0.09949475206937926,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.0994883347288047,
>         "end_s": 0.09989169677135788,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.10639249677667355,
>         "end_s": 0.10679585881922674,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.10678944147865216,
>         "end_s": 0.10719280352120535,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.10718638618063075,
>         "end_s": 0.10758974822318394,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.10758333088260935,
>         "end_s": 0.10798669292516254,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.10798027558458795,
>         "end_s": 0.10838363762714114,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.10837722028656654,
>         "end_s": 0.10878058232911973,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.10877416498854517,
>         "end_s": 0.10917752703109836,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.07619424236817761,
>         "end_s": 0.1142913635522664,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.1142913635522664,
>         "end_s": 0.1142913635522664,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.07619424236817761,
>         "end_s": 0.114493044573543,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.114493044573543,
>         "end_s": 0.114493044573543,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 0.07619424236817761,
>         "end_s": 0.1148931979458089,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 0.1148931979458089,
>         "end_s": 0.1148931979458089,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 0.07619424236817761,
>         "end_s": 0.1152933513180748,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 0.1152933513180748,
>         "end_s": 0.1152933513180748,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.11528138233443543,
>         "end_s": 0.11568474437698861,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 0.07619424236817761,
>         "end_s": 0.1156935046903407,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 0.1156935046903407,
>         "end_s": 0.1156935046903407,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.11567832703641404,
>         "end_s": 0.11608168907896722,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.0763959233894542,
>         "end_s": 0.11611204438682053,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.11611204438682053,
>         "end_s": 0.11611204438682053,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.11607527173839263,
>         "end_s": 0.11647863378094582,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.11647221644037123,
>         "end_s": 0.11687557848292442,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.07679607676172011,
>         "end_s": 0.11689396480713837,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.11689396480713837,
>         "end_s": 0.11689396480713837,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.11686916114234983,
>         "end_s": 0.11727252318490301,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.07719623013398601,
>         "end_s": 0.1172941181794043,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.1172941181794043,
>         "end_s": 0.1172941181794043,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.11726610584432842,
>         "end_s": 0.11766946788688161,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.11766305054630702,
>         "end_s": 0.1180664125888602,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.11805999524828564,
>         "end_s": 0.11846335729083883,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.0830741431415356,
>         "end_s": 0.12197798841073079,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.12197798841073079,
>         "end_s": 0.12197798841073079,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.1241702678921973,
>         "end_s": 0.12457362993475049,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.12456721259417591,
>         "end_s": 0.1249705746367291,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.12496415729615451,
>         "end_s": 0.1253675193387077,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.1253611019981331,
>         "end_s": 0.1257644640406863,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.1257580467001117,
>         "end_s": 0.1261614087426649,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.1261549914020903,
>         "end_s": 0.1265583534446435,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.1265519361040689,
>         "end_s": 0.1269552981466221,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.1269488808060475,
>         "end_s": 0.1273522428486007,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.12734582550802612,
>         "end_s": 0.12774918755057932,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.1334560981519378,
>         "end_s": 0.133859460194491,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.1338530428539164,
>         "end_s": 0.1342564048964696,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.134249987555895,
>         "end_s": 0.1346533495984482,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.1346469322578736,
>         "end_s": 0.1350502943004268,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.1350438769598522,
>         "end_s": 0.1354472390024054,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.1354408216618308,
>         "end_s": 0.135844183704384,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.1358377663638094,
>         "end_s": 0.1362411284063626,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.136234711065788,
>         "end_s": 0.1366380731083412,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.13663165576776662,
>         "end_s": 0.13703501781031982,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.1427419284116783,
>         "end_s": 0.1431452904542315,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.1431388731136569,
>         "end_s": 0.1435422351562101,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.1435358178156355,
>         "end_s": 0.14393917985818871,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.1439327625176141,
>         "end_s": 0.1443361245601673,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.1443297072195927,
>         "end_s": 0.1447330692621459,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.1447266519215713,
>         "end_s": 0.1451300139641245,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.1451235966235499,
>         "end_s": 0.1455269586661031,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.1455205413255285,
>         "end_s": 0.1459239033680817,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.14591748602750712,
>         "end_s": 0.14632084807006032,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.1520277586714188,
>         "end_s": 0.152431120713972,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.1524247033733974,
>         "end_s": 0.1528280654159506,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.15282164807537602,
>         "end_s": 0.15322501011792922,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.1532185927773546,
>         "end_s": 0.1536219548199078,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.1142913635522664,
>         "end_s": 0.15396571426952582,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.15396571426952582,
>         "end_s": 0.15396571426952582,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.1536155374793332,
>         "end_s": 0.1540188995218864,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.1540124821813118,
>         "end_s": 0.154415844223865,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.114493044573543,
>         "end_s": 0.1545909326189613,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.1545909326189613,
>         "end_s": 0.1545909326189613,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.1544094268832904,
>         "end_s": 0.1548127889258436,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 0.1148931979458089,
>         "end_s": 0.15499108599122718,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 0.15499108599122718,
>         "end_s": 0.15499108599122718,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.154806371585269,
>         "end_s": 0.1552097336278222,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 0.1152933513180748,
>         "end_s": 0.1553912393634931,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 0.1553912393634931,
>         "end_s": 0.1553912393634931,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.15520331628724762,
>         "end_s": 0.15560667832980082,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 0.1156935046903407,
>         "end_s": 0.155791392735759,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 0.155791392735759,
>         "end_s": 0.155791392735759,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.11611204438682053,
>         "end_s": 0.15619475477831218,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.15619475477831218,
>         "end_s": 0.15619475477831218,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.11689396480713837,
>         "end_s": 0.15659490815057808,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.15659490815057808,
>         "end_s": 0.15659490815057808,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.1172941181794043,
>         "end_s": 0.156995061522844,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.156995061522844,
>         "end_s": 0.156995061522844,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.12197798841073079,
>         "end_s": 0.1616789317541705,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.1616789317541705,
>         "end_s": 0.1616789317541705,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.1613135889311593,
>         "end_s": 0.1617169509737125,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.1617105336331379,
>         "end_s": 0.1621138956756911,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.16210747833511652,
>         "end_s": 0.16251084037766972,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.1625044230370951,
>         "end_s": 0.16290778507964832,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.1629013677390737,
>         "end_s": 0.1633047297816269,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.1632983124410523,
>         "end_s": 0.1637016744836055,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.1636952571430309,
>         "end_s": 0.1640986191855841,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.1640922018450095,
>         "end_s": 0.1644955638875627,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.16448914654698812,
>         "end_s": 0.16489250858954133,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.1705994191908998,
>         "end_s": 0.171002781233453,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.1709963638928784,
>         "end_s": 0.1713997259354316,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.17139330859485702,
>         "end_s": 0.17179667063741022,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.17179025329683562,
>         "end_s": 0.17219361533938882,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.1721871979988142,
>         "end_s": 0.1725905600413674,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.1725841427007928,
>         "end_s": 0.172987504743346,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.1729810874027714,
>         "end_s": 0.1733844494453246,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.17337803210475,
>         "end_s": 0.1737813941473032,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.17377497680672863,
>         "end_s": 0.17417833884928183,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.1798852494506403,
>         "end_s": 0.1802886114931935,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.1802821941526189,
>         "end_s": 0.1806855561951721,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.18067913885459752,
>         "end_s": 0.18108250089715072,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.18107608355657612,
>         "end_s": 0.18147944559912932,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.18147302825855471,
>         "end_s": 0.18187639030110792,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.1818699729605333,
>         "end_s": 0.1822733350030865,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.1822669176625119,
>         "end_s": 0.1826702797050651,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.1826638623644905,
>         "end_s": 0.1830672244070437,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.18306080706646913,
>         "end_s": 0.18346416910902233,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.1891710797103808,
>         "end_s": 0.189574441752934,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.1895680244123594,
>         "end_s": 0.1899713864549126,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.18996496911433802,
>         "end_s": 0.19036833115689122,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.19036191381631662,
>         "end_s": 0.19076527585886982,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.19075885851829522,
>         "end_s": 0.19116222056084842,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.1911558032202738,
>         "end_s": 0.191559165262827,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.1915527479222524,
>         "end_s": 0.1919561099648056,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.191949692624231,
>         "end_s": 0.1923530546667842,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.19234663732620963,
>         "end_s": 0.19274999936876283,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.15396571426952582,
>         "end_s": 0.19388851391984782,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.19388851391984782,
>         "end_s": 0.19388851391984782,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.1545909326189613,
>         "end_s": 0.19429187596240102,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.19429187596240102,
>         "end_s": 0.19429187596240102,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 0.15499108599122718,
>         "end_s": 0.19469202933466692,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 0.19469202933466692,
>         "end_s": 0.19469202933466692,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 0.1553912393634931,
>         "end_s": 0.19509218270693282,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 0.19509218270693282,
>         "end_s": 0.19509218270693282,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 0.155791392735759,
>         "end_s": 0.19549233607919872,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 0.19549233607919872,
>         "end_s": 0.19549233607919872,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.15619475477831218,
>         "end_s": 0.1958924894514646,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.1958924894514646,
>         "end_s": 0.1958924894514646,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.15659490815057808,
>         "end_s": 0.1962926428237305,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.1962926428237305,
>         "end_s": 0.1962926428237305,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.156995061522844,
>         "end_s": 0.19669279619599642,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.19669279619599642,
>         "end_s": 0.19669279619599642,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.1984569099701213,
>         "end_s": 0.1988602720126745,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.1988538546720999,
>         "end_s": 0.1992572167146531,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.19925079937407852,
>         "end_s": 0.19965416141663173,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.19964774407605712,
>         "end_s": 0.20005110611861032,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.20004468877803572,
>         "end_s": 0.20044805082058892,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.20044163348001431,
>         "end_s": 0.20084499552256752,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.2008385781819929,
>         "end_s": 0.2012419402245461,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.2012355228839715,
>         "end_s": 0.2016388849265247,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.1616789317541705,
>         "end_s": 0.2017768197995888,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.2017768197995888,
>         "end_s": 0.2017768197995888,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.20163246758595013,
>         "end_s": 0.20203582962850333,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.2077427402298618,
>         "end_s": 0.208146102272415,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.2081396849318404,
>         "end_s": 0.2085430469743936,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.20853662963381903,
>         "end_s": 0.20893999167637223,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.20893357433579762,
>         "end_s": 0.20933693637835082,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.20933051903777622,
>         "end_s": 0.20973388108032942,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.20972746373975482,
>         "end_s": 0.21013082578230802,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.2101244084417334,
>         "end_s": 0.2105277704842866,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.210521353143712,
>         "end_s": 0.2109247151862652,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.21091829784569063,
>         "end_s": 0.21132165988824383,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.2170285704896023,
>         "end_s": 0.2174319325321555,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.2174255151915809,
>         "end_s": 0.2178288772341341,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.21782245989355953,
>         "end_s": 0.21822582193611273,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.21821940459553812,
>         "end_s": 0.21862276663809133,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.21861634929751672,
>         "end_s": 0.21901971134006992,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.21901329399949532,
>         "end_s": 0.21941665604204852,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.21941023870147391,
>         "end_s": 0.21981360074402712,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.2198071834034525,
>         "end_s": 0.2202105454460057,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.22020412810543114,
>         "end_s": 0.22060749014798434,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.2263144007493428,
>         "end_s": 0.226717762791896,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.2267113454513214,
>         "end_s": 0.2271147074938746,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.22710829015330003,
>         "end_s": 0.22751165219585323,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.22750523485527863,
>         "end_s": 0.22790859689783183,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.22790217955725722,
>         "end_s": 0.22830554159981042,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.22829912425923582,
>         "end_s": 0.22870248630178902,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.22869606896121442,
>         "end_s": 0.22909943100376762,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.229093013663193,
>         "end_s": 0.22949637570574621,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.22948995836517164,
>         "end_s": 0.22989332040772484,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.19388851391984782,
>         "end_s": 0.23358945726328753,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.23358945726328753,
>         "end_s": 0.23358945726328753,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.19429187596240102,
>         "end_s": 0.23398961063555343,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.23398961063555343,
>         "end_s": 0.23398961063555343,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 0.19469202933466692,
>         "end_s": 0.23438976400781933,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 0.23438976400781933,
>         "end_s": 0.23438976400781933,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 0.19509218270693282,
>         "end_s": 0.23478991738008523,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 0.23478991738008523,
>         "end_s": 0.23478991738008523,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 0.19549233607919872,
>         "end_s": 0.23519007075235113,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 0.23519007075235113,
>         "end_s": 0.23519007075235113,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.1958924894514646,
>         "end_s": 0.235590224124617,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.235590224124617,
>         "end_s": 0.235590224124617,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.1962926428237305,
>         "end_s": 0.2359935861671702,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.2359935861671702,
>         "end_s": 0.2359935861671702,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.2356002310090833,
>         "end_s": 0.2360035930516365,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.19669279619599642,
>         "end_s": 0.23639373953943615,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.23639373953943615,
>         "end_s": 0.23639373953943615,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.2359971757110619,
>         "end_s": 0.2364005377536151,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.23639412041304053,
>         "end_s": 0.23679748245559373,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.23679106511501913,
>         "end_s": 0.23719442715757233,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.23718800981699772,
>         "end_s": 0.23759137185955093,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.23758495451897632,
>         "end_s": 0.23798831656152952,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.23798189922095492,
>         "end_s": 0.23838526126350812,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.23837884392293351,
>         "end_s": 0.23878220596548672,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.23877578862491214,
>         "end_s": 0.23917915066746534,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.2017768197995888,
>         "end_s": 0.24147776314302852,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.24147776314302852,
>         "end_s": 0.24147776314302852,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.2448860612688238,
>         "end_s": 0.24528942331137701,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.2452830059708024,
>         "end_s": 0.2456863680133556,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.24567995067278103,
>         "end_s": 0.24608331271533423,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.24607689537475963,
>         "end_s": 0.24648025741731283,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.24647384007673823,
>         "end_s": 0.24687720211929143,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.24687078477871682,
>         "end_s": 0.24727414682127002,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.24726772948069542,
>         "end_s": 0.24767109152324862,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.24766467418267402,
>         "end_s": 0.24806803622522722,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.24806161888465264,
>         "end_s": 0.24846498092720584,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.2541718915285643,
>         "end_s": 0.2545752535711175,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.2545688362305429,
>         "end_s": 0.2549721982730961,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.25496578093252154,
>         "end_s": 0.25536914297507474,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.25536272563450013,
>         "end_s": 0.25576608767705333,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.25575967033647873,
>         "end_s": 0.25616303237903193,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.2561566150384573,
>         "end_s": 0.2565599770810105,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.2565535597404359,
>         "end_s": 0.2569569217829891,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.2569505044424145,
>         "end_s": 0.2573538664849677,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.2573474491443931,
>         "end_s": 0.2577508111869463,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.2634577217883048,
>         "end_s": 0.263861083830858,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.2638546664902834,
>         "end_s": 0.2642580285328366,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.26425161119226204,
>         "end_s": 0.26465497323481524,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.26464855589424063,
>         "end_s": 0.26505191793679383,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.26504550059621923,
>         "end_s": 0.26544886263877243,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.2654424452981978,
>         "end_s": 0.26584580734075103,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.2658393900001764,
>         "end_s": 0.2662427520427296,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.266236334702155,
>         "end_s": 0.2666396967447082,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.2666332794041336,
>         "end_s": 0.2670366414466868,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.27208801650648595,
>         "end_s": 0.27249137854903915,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.27309860790968327,
>         "end_s": 0.27350196995223647,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.27315011179015847,
>         "end_s": 0.27355347383271167,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.2734526396709075,
>         "end_s": 0.2738560017134607,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.23398961063555343,
>         "end_s": 0.27388902632998247,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.27388902632998247,
>         "end_s": 0.27388902632998247,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.27350414355138264,
>         "end_s": 0.27390750559393584,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 0.23438976400781933,
>         "end_s": 0.27409070735125907,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 0.27409070735125907,
>         "end_s": 0.27409070735125907,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.2738581753126068,
>         "end_s": 0.27426153735516,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.2742122070738309,
>         "end_s": 0.27461556911638413,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 0.23478991738008523,
>         "end_s": 0.27476951437321895,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 0.27476951437321895,
>         "end_s": 0.27476951437321895,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.2745662388350551,
>         "end_s": 0.2748695576254136,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.2749588428295836,
>         "end_s": 0.2751605238508602,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 0.23519007075235113,
>         "end_s": 0.2752697109976795,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 0.2752697109976795,
>         "end_s": 0.2752697109976795,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.235590224124617,
>         "end_s": 0.2756698643699454,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.2756698643699454,
>         "end_s": 0.2756698643699454,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.2359935861671702,
>         "end_s": 0.2760700177422113,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.2760700177422113,
>         "end_s": 0.2760700177422113,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.23639373953943615,
>         "end_s": 0.2764444191742397,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.2764444191742397,
>         "end_s": 0.2764444191742397,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.23358945726328753,
>         "end_s": 0.2797637306672448,
>         "alone_s": 0.044170297872340426
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.2797637306672448,
>         "end_s": 0.2797637306672448,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.24147776314302852,
>         "end_s": 0.2812872733990274,
>         "alone_s": 0.038097121184088804
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.2812872733990274,
>         "end_s": 0.2812872733990274,
>         "alone_s": 0.0
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.28102080929258005,
>         "end_s": 0.28135572236708034,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.28142417133513326,
>         "end_s": 0.28162585235640986,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.28147567521560846,
>         "end_s": 0.28167735623688506,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.2817782030963575,
>         "end_s": 0.2819798841176341,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.28182970697683263,
>         "end_s": 0.28203138799810923,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.2821837387380568,
>         "end_s": 0.2823854197593334,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.2825377704992809,
>         "end_s": 0.2827394515205575,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.2828810442124804,
>         "end_s": 0.283082725233757,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.283082725233757,
>         "end_s": 0.2832844062550336,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.28934637271803004,
>         "end_s": 0.28954805373930664,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.28970040447925427,
>         "end_s": 0.28990208550053087,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.2897519083597294,
>         "end_s": 0.289953589381006,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.28990208550053087,
>         "end_s": 0.29010376652180747,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.2901059401209536,
>         "end_s": 0.2903076211422302,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.2904599718821777,
>         "end_s": 0.2906616529034543,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.2908032455953772,
>         "end_s": 0.2910049266166538,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.2910049266166538,
>         "end_s": 0.2912066076379304,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.2912066076379304,
>         "end_s": 0.291408288659207,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.29762260586215106,
>         "end_s": 0.29782428688342766,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.29782428688342766,
>         "end_s": 0.29802596790470426,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.29802596790470426,
>         "end_s": 0.29822764892598086,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.2980281415038504,
>         "end_s": 0.298229822525127,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.2983821732650745,
>         "end_s": 0.2985838542863511,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.29872544697827397,
>         "end_s": 0.29892712799955057,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.29892712799955057,
>         "end_s": 0.29912880902082717,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.29912880902082717,
>         "end_s": 0.29933049004210377,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.29933049004210377,
>         "end_s": 0.29953217106338037,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.30574648826632445,
>         "end_s": 0.30594816928760105,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.30594816928760105,
>         "end_s": 0.30614985030887765,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.30614985030887765,
>         "end_s": 0.30635153133015425,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.3063043746479713,
>         "end_s": 0.3065060556692479,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.30664764836117075,
>         "end_s": 0.30684932938244736,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.30684932938244736,
>         "end_s": 0.30705101040372396,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.30705101040372396,
>         "end_s": 0.30725269142500056,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.30725269142500056,
>         "end_s": 0.30745437244627716,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.30745437244627716,
>         "end_s": 0.30765605346755376,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.31387037067049783,
>         "end_s": 0.31407205169177443,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.31407205169177443,
>         "end_s": 0.31427373271305103,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.31427373271305103,
>         "end_s": 0.31447541373432764,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.31456984974406754,
>         "end_s": 0.31477153076534414,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.31477153076534414,
>         "end_s": 0.31497321178662074,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.31497321178662074,
>         "end_s": 0.31517489280789734,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.31517489280789734,
>         "end_s": 0.31537657382917395,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.31537657382917395,
>         "end_s": 0.31557825485045055,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.31557825485045055,
>         "end_s": 0.31577993587172715,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.3219942530746712,
>         "end_s": 0.3221959340959478,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.3221959340959478,
>         "end_s": 0.3223976151172244,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.32249205112696433,
>         "end_s": 0.32269373214824093,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.32269373214824093,
>         "end_s": 0.32289541316951753,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.32289541316951753,
>         "end_s": 0.32309709419079413,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.32309709419079413,
>         "end_s": 0.32329877521207073,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.32329877521207073,
>         "end_s": 0.32350045623334733,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.32350045623334733,
>         "end_s": 0.32370213725462393,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.32370213725462393,
>         "end_s": 0.32390381827590053,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.3301181354788446,
>         "end_s": 0.3303198165001212,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.3304142525098611,
>         "end_s": 0.3306159335311377,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.3306159335311377,
>         "end_s": 0.3308176145524143,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.3308176145524143,
>         "end_s": 0.3310192955736909,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.3310192955736909,
>         "end_s": 0.3312209765949675,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.3312209765949675,
>         "end_s": 0.3314226576162441,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.3314226576162441,
>         "end_s": 0.3316243386375207,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.3316243386375207,
>         "end_s": 0.3318260196587973,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.3318260196587973,
>         "end_s": 0.3320277006800739,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.3383364538927579,
>         "end_s": 0.3385381349140345,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.3385381349140345,
>         "end_s": 0.3387398159353111,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.3387398159353111,
>         "end_s": 0.3389414969565877,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.3389414969565877,
>         "end_s": 0.3391431779778643,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.3391431779778643,
>         "end_s": 0.3393448589991409,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.3393448589991409,
>         "end_s": 0.3395465400204175,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.3395465400204175,
>         "end_s": 0.3397482210416941,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.3397482210416941,
>         "end_s": 0.3399499020629707,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.3399499020629707,
>         "end_s": 0.3401515830842473,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.3464603362969313,
>         "end_s": 0.3466620173182079,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.3466620173182079,
>         "end_s": 0.3468636983394845,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.3468636983394845,
>         "end_s": 0.3470653793607611,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.3470653793607611,
>         "end_s": 0.3472670603820377,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.3472670603820377,
>         "end_s": 0.3474687414033143,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.3474687414033143,
>         "end_s": 0.3476704224245909,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.3476704224245909,
>         "end_s": 0.3478721034458675,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.3478721034458675,
>         "end_s": 0.3480737844671441,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.3480737844671441,
>         "end_s": 0.3482754654884207,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.3545842187011047,
>         "end_s": 0.3547858997223813,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.3547858997223813,
>         "end_s": 0.3549875807436579,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.3549875807436579,
>         "end_s": 0.3551892617649345,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.3551892617649345,
>         "end_s": 0.3553909427862111,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.3553909427862111,
>         "end_s": 0.3555926238074877,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.3555926238074877,
>         "end_s": 0.3557943048287643,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.3557943048287643,
>         "end_s": 0.3559959858500409,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.3559959858500409,
>         "end_s": 0.3561976668713175,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.3561976668713175,
>         "end_s": 0.3563993478925941,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.36270810110527807,
>         "end_s": 0.36290978212655467,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.36290978212655467,
>         "end_s": 0.36311146314783127,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.36311146314783127,
>         "end_s": 0.36331314416910787,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.36331314416910787,
>         "end_s": 0.36351482519038447,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.36351482519038447,
>         "end_s": 0.3637165062116611,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.3637165062116611,
>         "end_s": 0.3639181872329377,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.3639181872329377,
>         "end_s": 0.3641198682542143,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.3641198682542143,
>         "end_s": 0.3643215492754909,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.3643215492754909,
>         "end_s": 0.3645232302967675,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.37083198350945146,
>         "end_s": 0.37103366453072806,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.37103366453072806,
>         "end_s": 0.37123534555200466,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.37123534555200466,
>         "end_s": 0.37143702657328126,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.37143702657328126,
>         "end_s": 0.37163870759455786,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.37163870759455786,
>         "end_s": 0.37184038861583446,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.37184038861583446,
>         "end_s": 0.37204206963711106,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.37204206963711106,
>         "end_s": 0.37224375065838766,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.37224375065838766,
>         "end_s": 0.37244543167966426,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.37244543167966426,
>         "end_s": 0.37264711270094086,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.37895586591362485,
>         "end_s": 0.37915754693490145,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.37915754693490145,
>         "end_s": 0.37935922795617805,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.37935922795617805,
>         "end_s": 0.37956090897745465,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.37956090897745465,
>         "end_s": 0.37976258999873125,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.37976258999873125,
>         "end_s": 0.37996427102000785,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.37996427102000785,
>         "end_s": 0.38016595204128445,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.38016595204128445,
>         "end_s": 0.38036763306256105,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.38036763306256105,
>         "end_s": 0.38056931408383765,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.38056931408383765,
>         "end_s": 0.38077099510511425,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.38707974831779823,
>         "end_s": 0.38728142933907483,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.38728142933907483,
>         "end_s": 0.38748311036035143,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.38748311036035143,
>         "end_s": 0.38768479138162804,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.38768479138162804,
>         "end_s": 0.38788647240290464,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.38788647240290464,
>         "end_s": 0.38808815342418124,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.38808815342418124,
>         "end_s": 0.38828983444545784,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.38828983444545784,
>         "end_s": 0.38849151546673444,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.38849151546673444,
>         "end_s": 0.38869319648801104,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.38869319648801104,
>         "end_s": 0.38889487750928764,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.3952036307219716,
>         "end_s": 0.3954053117432482,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.3954053117432482,
>         "end_s": 0.3956069927645248,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.3956069927645248,
>         "end_s": 0.3958086737858014,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.3958086737858014,
>         "end_s": 0.396010354807078,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.396010354807078,
>         "end_s": 0.3962120358283546,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.3962120358283546,
>         "end_s": 0.3964137168496312,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.3964137168496312,
>         "end_s": 0.3966153978709078,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.3966153978709078,
>         "end_s": 0.3968170788921844,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.3968170788921844,
>         "end_s": 0.39701875991346103,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.403327513126145,
>         "end_s": 0.4035291941474216,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.4035291941474216,
>         "end_s": 0.4037308751686982,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.4037308751686982,
>         "end_s": 0.4039325561899748,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.4039325561899748,
>         "end_s": 0.4041342372112514,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.4041342372112514,
>         "end_s": 0.404335918232528,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.404335918232528,
>         "end_s": 0.4045375992538046,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.4045375992538046,
>         "end_s": 0.4047392802750812,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.4047392802750812,
>         "end_s": 0.4049409612963578,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.4049409612963578,
>         "end_s": 0.4051426423176344,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.4114513955303184,
>         "end_s": 0.411653076551595,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.411653076551595,
>         "end_s": 0.4118547575728716,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.4118547575728716,
>         "end_s": 0.4120564385941482,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.4120564385941482,
>         "end_s": 0.4122581196154248,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.4122581196154248,
>         "end_s": 0.4124598006367014,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.4124598006367014,
>         "end_s": 0.412661481657978,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.412661481657978,
>         "end_s": 0.4128631626792546,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.4128631626792546,
>         "end_s": 0.4130648437005312,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.4130648437005312,
>         "end_s": 0.4132665247218078,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.4195752779344918,
>         "end_s": 0.4197769589557684,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.4197769589557684,
>         "end_s": 0.419978639977045,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.419978639977045,
>         "end_s": 0.4201803209983216,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.4201803209983216,
>         "end_s": 0.4203820020195982,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.4203820020195982,
>         "end_s": 0.4205836830408748,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.4205836830408748,
>         "end_s": 0.4207853640621514,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.4207853640621514,
>         "end_s": 0.420987045083428,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.420987045083428,
>         "end_s": 0.4211887261047046,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.4211887261047046,
>         "end_s": 0.4213904071259812,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.4276991603386652,
>         "end_s": 0.4279008413599418,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.4279008413599418,
>         "end_s": 0.4281025223812184,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.4281025223812184,
>         "end_s": 0.428304203402495,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.428304203402495,
>         "end_s": 0.4285058844237716,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.4285058844237716,
>         "end_s": 0.4287075654450482,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.4287075654450482,
>         "end_s": 0.4289092464663248,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.4289092464663248,
>         "end_s": 0.4291109274876014,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.4291109274876014,
>         "end_s": 0.429312608508878,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.429312608508878,
>         "end_s": 0.4295142895301546,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.43582304274283856,
>         "end_s": 0.43602472376411516,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.43602472376411516,
>         "end_s": 0.43622640478539176,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.43622640478539176,
>         "end_s": 0.43642808580666836,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.43642808580666836,
>         "end_s": 0.43662976682794497,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.43662976682794497,
>         "end_s": 0.43683144784922157,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.43683144784922157,
>         "end_s": 0.43703312887049817,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.43703312887049817,
>         "end_s": 0.43723480989177477,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.43723480989177477,
>         "end_s": 0.43743649091305137,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.43743649091305137,
>         "end_s": 0.43763817193432797,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.44394692514701195,
>         "end_s": 0.44414860616828855,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.44414860616828855,
>         "end_s": 0.44435028718956515,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.44435028718956515,
>         "end_s": 0.44455196821084175,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.44455196821084175,
>         "end_s": 0.44475364923211835,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.44475364923211835,
>         "end_s": 0.44495533025339495,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.44495533025339495,
>         "end_s": 0.44515701127467155,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.44515701127467155,
>         "end_s": 0.44535869229594816,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.44535869229594816,
>         "end_s": 0.44556037331722476,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.44556037331722476,
>         "end_s": 0.44576205433850136,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.45207080755118534,
>         "end_s": 0.45227248857246194,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.45227248857246194,
>         "end_s": 0.45247416959373854,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.45247416959373854,
>         "end_s": 0.45267585061501514,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.45267585061501514,
>         "end_s": 0.45287753163629174,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.45287753163629174,
>         "end_s": 0.45307921265756834,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.45307921265756834,
>         "end_s": 0.45328089367884494,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.45328089367884494,
>         "end_s": 0.45348257470012154,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.45348257470012154,
>         "end_s": 0.45368425572139814,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.45368425572139814,
>         "end_s": 0.45388593674267474,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.4601946899553587,
>         "end_s": 0.4603963709766353,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.4603963709766353,
>         "end_s": 0.46059805199791193,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.46059805199791193,
>         "end_s": 0.46079973301918853,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.46079973301918853,
>         "end_s": 0.46100141404046513,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.46100141404046513,
>         "end_s": 0.46120309506174173,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.46120309506174173,
>         "end_s": 0.46140477608301833,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.46140477608301833,
>         "end_s": 0.46160645710429493,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.46160645710429493,
>         "end_s": 0.46180813812557153,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.46180813812557153,
>         "end_s": 0.46200981914684813,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.4683185723595321,
>         "end_s": 0.4685202533808087,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.4685202533808087,
>         "end_s": 0.4687219344020853,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.4687219344020853,
>         "end_s": 0.4689236154233619,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.4689236154233619,
>         "end_s": 0.4691252964446385,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.4691252964446385,
>         "end_s": 0.4693269774659151,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.4693269774659151,
>         "end_s": 0.4695286584871917,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.4695286584871917,
>         "end_s": 0.4697303395084683,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.4697303395084683,
>         "end_s": 0.4699320205297449,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.4699320205297449,
>         "end_s": 0.4701337015510215,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.4764424547637055,
>         "end_s": 0.4766441357849821,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.4766441357849821,
>         "end_s": 0.4768458168062587,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.4768458168062587,
>         "end_s": 0.4770474978275353,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.4770474978275353,
>         "end_s": 0.4772491788488119,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.4772491788488119,
>         "end_s": 0.4774508598700885,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.4774508598700885,
>         "end_s": 0.4776525408913651,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.4776525408913651,
>         "end_s": 0.4778542219126417,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.4778542219126417,
>         "end_s": 0.4780559029339183,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.4780559029339183,
>         "end_s": 0.4782575839551949,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.4845663371678789,
>         "end_s": 0.4847680181891555,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.4847680181891555,
>         "end_s": 0.4849696992104321,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.4849696992104321,
>         "end_s": 0.4851713802317087,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.4851713802317087,
>         "end_s": 0.4853730612529853,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.4853730612529853,
>         "end_s": 0.4855747422742619,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.4855747422742619,
>         "end_s": 0.4857764232955385,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.4857764232955385,
>         "end_s": 0.4859781043168151,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.4859781043168151,
>         "end_s": 0.4861797853380917,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.4861797853380917,
>         "end_s": 0.4863814663593683,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.4926902195720523,
>         "end_s": 0.4928919005933289,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.4928919005933289,
>         "end_s": 0.4930935816146055,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.4930935816146055,
>         "end_s": 0.4932952626358821,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.4932952626358821,
>         "end_s": 0.4934969436571587,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.4934969436571587,
>         "end_s": 0.4936986246784353,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.4936986246784353,
>         "end_s": 0.4939003056997119,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.4939003056997119,
>         "end_s": 0.4941019867209885,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.4941019867209885,
>         "end_s": 0.4943036677422651,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.4943036677422651,
>         "end_s": 0.4945053487635417,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.5008141019762257,
>         "end_s": 0.5010157829975023,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.5010157829975023,
>         "end_s": 0.5012174640187789,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5012174640187789,
>         "end_s": 0.5014191450400555,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.5014191450400555,
>         "end_s": 0.5016208260613321,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.5016208260613321,
>         "end_s": 0.5018225070826087,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.5018225070826087,
>         "end_s": 0.5020241881038853,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.5020241881038853,
>         "end_s": 0.5022258691251619,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.5022258691251619,
>         "end_s": 0.5024275501464385,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.5024275501464385,
>         "end_s": 0.5026292311677151,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.5089379843803991,
>         "end_s": 0.5091396654016757,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5091396654016757,
>         "end_s": 0.5093413464229523,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.5093413464229523,
>         "end_s": 0.5095430274442289,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.5095430274442289,
>         "end_s": 0.5097447084655055,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.5097447084655055,
>         "end_s": 0.5099463894867821,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.5099463894867821,
>         "end_s": 0.5101480705080587,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.5101480705080587,
>         "end_s": 0.5103497515293353,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.5103497515293353,
>         "end_s": 0.5105514325506119,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.5105514325506119,
>         "end_s": 0.5107531135718885,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5170618667845724,
>         "end_s": 0.517263547805849,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.517263547805849,
>         "end_s": 0.5174652288271256,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.5174652288271256,
>         "end_s": 0.5176669098484022,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.5176669098484022,
>         "end_s": 0.5178685908696788,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.5178685908696788,
>         "end_s": 0.5180702718909554,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.5180702718909554,
>         "end_s": 0.518271952912232,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.518271952912232,
>         "end_s": 0.5184736339335086,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.5184736339335086,
>         "end_s": 0.5186753149547852,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.5186753149547852,
>         "end_s": 0.5188769959760618,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.5251857491887458,
>         "end_s": 0.5253874302100224,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.5253874302100224,
>         "end_s": 0.525589111231299,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.525589111231299,
>         "end_s": 0.5257907922525756,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.5257907922525756,
>         "end_s": 0.5259924732738522,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.5259924732738522,
>         "end_s": 0.5261941542951288,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.5261941542951288,
>         "end_s": 0.5263958353164054,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.5263958353164054,
>         "end_s": 0.526597516337682,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.526597516337682,
>         "end_s": 0.5267991973589586,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5267991973589586,
>         "end_s": 0.5270008783802352,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.5333096315929192,
>         "end_s": 0.5335113126141958,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.5335113126141958,
>         "end_s": 0.5337129936354724,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.5337129936354724,
>         "end_s": 0.533914674656749,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.533914674656749,
>         "end_s": 0.5341163556780256,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.5341163556780256,
>         "end_s": 0.5343180366993022,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.5343180366993022,
>         "end_s": 0.5345197177205788,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.5345197177205788,
>         "end_s": 0.5347213987418554,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5347213987418554,
>         "end_s": 0.534923079763132,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.534923079763132,
>         "end_s": 0.5351247607844086,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.5414335139970926,
>         "end_s": 0.5416351950183692,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.5416351950183692,
>         "end_s": 0.5418368760396458,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.5418368760396458,
>         "end_s": 0.5420385570609224,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.5420385570609224,
>         "end_s": 0.542240238082199,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.542240238082199,
>         "end_s": 0.5424419191034756,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.5424419191034756,
>         "end_s": 0.5426436001247522,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5426436001247522,
>         "end_s": 0.5428452811460288,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.5428452811460288,
>         "end_s": 0.5430469621673054,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.5430469621673054,
>         "end_s": 0.543248643188582,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.549557396401266,
>         "end_s": 0.5497590774225426,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.5497590774225426,
>         "end_s": 0.5499607584438192,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.5499607584438192,
>         "end_s": 0.5501624394650958,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.5501624394650958,
>         "end_s": 0.5503641204863724,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.5503641204863724,
>         "end_s": 0.550565801507649,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.550565801507649,
>         "end_s": 0.5507674825289256,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.5507674825289256,
>         "end_s": 0.5509691635502022,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.5509691635502022,
>         "end_s": 0.5511708445714788,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.5511708445714788,
>         "end_s": 0.5513725255927554,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.5576812788054394,
>         "end_s": 0.557882959826716,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.557882959826716,
>         "end_s": 0.5580846408479926,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.5580846408479926,
>         "end_s": 0.5582863218692692,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.5582863218692692,
>         "end_s": 0.5584880028905458,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5584880028905458,
>         "end_s": 0.5586896839118224,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.5586896839118224,
>         "end_s": 0.558891364933099,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.558891364933099,
>         "end_s": 0.5590930459543756,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.5590930459543756,
>         "end_s": 0.5592947269756522,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.5592947269756522,
>         "end_s": 0.5594964079969288,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.5658051612096128,
>         "end_s": 0.5660068422308894,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.5660068422308894,
>         "end_s": 0.566208523252166,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.566208523252166,
>         "end_s": 0.5664102042734426,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5664102042734426,
>         "end_s": 0.5666118852947192,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.5666118852947192,
>         "end_s": 0.5668135663159958,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.5668135663159958,
>         "end_s": 0.5670152473372724,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.5670152473372724,
>         "end_s": 0.567216928358549,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.567216928358549,
>         "end_s": 0.5674186093798256,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.5674186093798256,
>         "end_s": 0.5676202904011022,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_forward",
>         "start_s": 0.5739290436137862,
>         "end_s": 0.5741307246350628,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.5741307246350628,
>         "end_s": 0.5743324056563394,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5743324056563394,
>         "end_s": 0.574534086677616,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.574534086677616,
>         "end_s": 0.5747357676988926,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.5747357676988926,
>         "end_s": 0.5749374487201692,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.5749374487201692,
>         "end_s": 0.5751391297414458,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.5751391297414458,
>         "end_s": 0.5753408107627224,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.5753408107627224,
>         "end_s": 0.575542491783999,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.575542491783999,
>         "end_s": 0.5757441728052756,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "start_s": 0.5820529260179595,
>         "end_s": 0.5822546070392361,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5822546070392361,
>         "end_s": 0.5824562880605128,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.5824562880605128,
>         "end_s": 0.5826579690817894,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.5826579690817894,
>         "end_s": 0.582859650103066,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.582859650103066,
>         "end_s": 0.5830613311243426,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.5830613311243426,
>         "end_s": 0.5832630121456192,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.5832630121456192,
>         "end_s": 0.5834646931668958,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.5834646931668958,
>         "end_s": 0.5836663741881724,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_forward",
>         "start_s": 0.5901768084221329,
>         "end_s": 0.5903784894434095,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.5903784894434095,
>         "end_s": 0.5905801704646861,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.5905801704646861,
>         "end_s": 0.5907818514859627,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.5907818514859627,
>         "end_s": 0.5909835325072393,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.5909835325072393,
>         "end_s": 0.5911852135285159,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.5911852135285159,
>         "end_s": 0.5913868945497925,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.5913868945497925,
>         "end_s": 0.5915885755710691,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_forward",
>         "start_s": 0.5983006908263063,
>         "end_s": 0.5985023718475829,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.5985023718475829,
>         "end_s": 0.5987040528688595,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.5987040528688595,
>         "end_s": 0.5989057338901361,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.5989057338901361,
>         "end_s": 0.5991074149114127,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.5991074149114127,
>         "end_s": 0.5993090959326893,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.5993090959326893,
>         "end_s": 0.5995107769539659,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_forward",
>         "start_s": 0.6064245732304797,
>         "end_s": 0.6066262542517563,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.6066262542517563,
>         "end_s": 0.6068279352730329,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.6068279352730329,
>         "end_s": 0.6070296162943095,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.6070296162943095,
>         "end_s": 0.6072312973155861,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.6072312973155861,
>         "end_s": 0.6074329783368627,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_forward",
>         "start_s": 0.6145484556346531,
>         "end_s": 0.6147501366559297,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.6147501366559297,
>         "end_s": 0.6149518176772063,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.6149518176772063,
>         "end_s": 0.6151534986984829,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.6151534986984829,
>         "end_s": 0.6153551797197595,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_forward",
>         "start_s": 0.6226723380388265,
>         "end_s": 0.6228740190601031,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.6228740190601031,
>         "end_s": 0.6230757000813797,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.6230757000813797,
>         "end_s": 0.6232773811026563,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_forward",
>         "start_s": 0.6307962204429999,
>         "end_s": 0.6309979014642765,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.6309979014642765,
>         "end_s": 0.6311995824855531,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_forward",
>         "start_s": 0.6389201028471733,
>         "end_s": 0.6391217838684499,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.6859086784530759,
>         "end_s": 0.6861103594743525,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.7010591932983355,
>         "end_s": 0.7012608743196121,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.7049150307297983,
>         "end_s": 0.7051167117510749,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.7162097081435952,
>         "end_s": 0.7164113891648718,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.720065545575058,
>         "end_s": 0.7202672265963346,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.7239213830065208,
>         "end_s": 0.7241230640277974,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.7313602229888548,
>         "end_s": 0.7315619040101314,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.7352160604203176,
>         "end_s": 0.7354177414415942,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.7390718978517804,
>         "end_s": 0.739273578873057,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.7429277352832432,
>         "end_s": 0.7431294163045198,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 0.7465107378341145,
>         "end_s": 0.7467124188553911,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.7503665752655773,
>         "end_s": 0.7505682562868539,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.75422241269704,
>         "end_s": 0.7544240937183166,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.7580782501285028,
>         "end_s": 0.7582799311497794,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.7616612526793741,
>         "end_s": 0.7618629337006507,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.7619340875599656,
>         "end_s": 0.7621357685812422,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 0.7655170901108369,
>         "end_s": 0.7657187711321135,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.7693729275422997,
>         "end_s": 0.7695746085635763,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.7732287649737625,
>         "end_s": 0.7734304459950391,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.7768117675246338,
>         "end_s": 0.7770134485459104,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.7770846024052253,
>         "end_s": 0.7772862834265019,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.7806676049560966,
>         "end_s": 0.7808692859773732,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.780940439836688,
>         "end_s": 0.7811421208579646,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 0.7845234423875593,
>         "end_s": 0.7847251234088359,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.7883792798190221,
>         "end_s": 0.7885809608402987,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.7919622823698934,
>         "end_s": 0.79216396339117,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.7922351172504849,
>         "end_s": 0.7924367982717615,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.7958181198013562,
>         "end_s": 0.7960198008226328,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.7960909546819477,
>         "end_s": 0.7962926357032243,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.799673957232819,
>         "end_s": 0.7998756382540956,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.7999467921134105,
>         "end_s": 0.8001484731346871,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 0.8035297946642818,
>         "end_s": 0.8037314756855584,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.807112797215153,
>         "end_s": 0.8073144782364297,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.8073856320957445,
>         "end_s": 0.8075873131170211,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.8109686346466158,
>         "end_s": 0.8111703156678924,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.8112414695272073,
>         "end_s": 0.8114431505484839,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.8148244720780786,
>         "end_s": 0.8150261530993552,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.8150973069586701,
>         "end_s": 0.8152989879799467,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.8186803095095414,
>         "end_s": 0.818881990530818,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.8189531443901329,
>         "end_s": 0.8191548254114095,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 0.8225361469410042,
>         "end_s": 0.8227378279622808,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.8261191494918755,
>         "end_s": 0.8263208305131521,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.826391984372467,
>         "end_s": 0.8265936653937436,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.8299749869233383,
>         "end_s": 0.8301766679446149,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.8302478218039298,
>         "end_s": 0.8304495028252064,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.833830824354801,
>         "end_s": 0.8340325053760776,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.8341036592353925,
>         "end_s": 0.8343053402566691,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.8376866617862638,
>         "end_s": 0.8378883428075404,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.8379594966668553,
>         "end_s": 0.8383628587094085,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 0.8415424992177266,
>         "end_s": 0.8417441802390032,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.8451255017685979,
>         "end_s": 0.8455288638111511,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.8453983366491894,
>         "end_s": 0.845600017670466,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.8489813392000607,
>         "end_s": 0.8491830202213373,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.8492541740806522,
>         "end_s": 0.8494558551019288,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.8528371766315235,
>         "end_s": 0.8530388576528001,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.8533116925333916,
>         "end_s": 0.8537150545759448,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.8547203103482909,
>         "end_s": 0.8551236723908441,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.8566930140629863,
>         "end_s": 0.8568946950842629,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 0.860548851494449,
>         "end_s": 0.8607505325157256,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.8641318540453203,
>         "end_s": 0.8645352160878735,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.8644046889259118,
>         "end_s": 0.8646063699471884,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.8679876914767831,
>         "end_s": 0.8681893724980597,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.8686638883999278,
>         "end_s": 0.869067250442481,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.8714811240297264,
>         "end_s": 0.8718844860722796,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.8718435289082459,
>         "end_s": 0.8720452099295225,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.8718844860722796,
>         "end_s": 0.8722878481148328,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.8756993663397087,
>         "end_s": 0.8759010473609853,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 0.8795552037711715,
>         "end_s": 0.8797568847924481,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.8831382063220428,
>         "end_s": 0.883541568364596,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.884016084266464,
>         "end_s": 0.8844194463090173,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.8869940437535055,
>         "end_s": 0.8871957247747821,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.888241937711162,
>         "end_s": 0.8886452997537152,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.8886452997537152,
>         "end_s": 0.8890486617962684,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.8890486617962684,
>         "end_s": 0.8894520238388216,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.8908498811849683,
>         "end_s": 0.8910515622062449,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.8947057186164311,
>         "end_s": 0.8949073996377077,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 0.8993682801330003,
>         "end_s": 0.8997716421755535,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.9021445585987652,
>         "end_s": 0.9025479206413184,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.9050027513925976,
>         "end_s": 0.9054061134351508,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.9054061134351508,
>         "end_s": 0.905809475477704,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.906000396030228,
>         "end_s": 0.9062020770515046,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.905809475477704,
>         "end_s": 0.9062128375202572,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.9062128375202572,
>         "end_s": 0.9066161995628104,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.8379594966668553,
>         "end_s": 0.9084452216030255,
>         "alone_s": 0.06867059574468086
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.9098562334616908,
>         "end_s": 0.9100579144829674,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.8533116925333916,
>         "end_s": 0.911449383071782,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.9147204759995365,
>         "end_s": 0.9151238380420897,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.9201275139753847,
>         "end_s": 0.9203291949966613,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.920833846877125,
>         "end_s": 0.9212372089196782,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.9211509108754876,
>         "end_s": 0.9213525918967642,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.9225702891591395,
>         "end_s": 0.9229736512016927,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.9229736512016927,
>         "end_s": 0.9233770132442459,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 0.9233770132442459,
>         "end_s": 0.9237803752867991,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.9250067483069504,
>         "end_s": 0.925208429328227,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 0.8686638883999278,
>         "end_s": 0.9268015789383183,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.9300726718660728,
>         "end_s": 0.930476033908626,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.9350763477993678,
>         "end_s": 0.9352780288206444,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.935782680701108,
>         "end_s": 0.9359843617223846,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.9378021328867945,
>         "end_s": 0.9382054949293477,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.9397344648831283,
>         "end_s": 0.9401378269256815,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.94015726315221,
>         "end_s": 0.9403589441734866,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 0.9401378269256815,
>         "end_s": 0.9405411889682347,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.9405411889682347,
>         "end_s": 0.9409445510107879,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 0.884016084266464,
>         "end_s": 0.9421537748048545,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.945424867732609,
>         "end_s": 0.9458282297751622,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.9500251816233508,
>         "end_s": 0.9502268626446274,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.9507315145250911,
>         "end_s": 0.9509331955463677,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.9527509667107775,
>         "end_s": 0.9529526477320541,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.9547704188964641,
>         "end_s": 0.9551737809390173,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 0.9567898710821506,
>         "end_s": 0.9571932331247038,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 0.8993682801330003,
>         "end_s": 0.9575059706713908,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.9573020026496702,
>         "end_s": 0.9577053646922234,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.9577053646922234,
>         "end_s": 0.9581087267347767,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.9607770635991453,
>         "end_s": 0.9611804256416985,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.9649740154473339,
>         "end_s": 0.9651756964686105,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.9656803483490741,
>         "end_s": 0.9658820293703507,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.9676998005347606,
>         "end_s": 0.9679014815560372,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.9697192527204471,
>         "end_s": 0.9699209337417237,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 0.9717387049061337,
>         "end_s": 0.9721420669486869,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 0.9147204759995365,
>         "end_s": 0.9726564855166504,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.9737581570918202,
>         "end_s": 0.9741615191343734,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.974466178373659,
>         "end_s": 0.9748695404162122,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.9748695404162122,
>         "end_s": 0.9752729024587654,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 0.9799228492713169,
>         "end_s": 0.9803262113138701,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.9806291821730572,
>         "end_s": 0.9808308631943338,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.9826486343587436,
>         "end_s": 0.9828503153800202,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.9846680865444302,
>         "end_s": 0.9848697675657068,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 0.9866875387301167,
>         "end_s": 0.9868892197513933,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 0.9300726718660728,
>         "end_s": 0.98780700036191,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 0.9887069909158033,
>         "end_s": 0.9889086719370799,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 0.9907264431014897,
>         "end_s": 0.9911298051440429,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 0.9916303540976478,
>         "end_s": 0.992033716140201,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 0.992033716140201,
>         "end_s": 0.9924370781827542,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 0.9955780159970402,
>         "end_s": 0.9959813780395934,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 0.9975974681827267,
>         "end_s": 0.9977991492040033,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 0.9996169203684132,
>         "end_s": 0.9998186013896898,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.0016363725540998,
>         "end_s": 1.0018380535753764,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 0.945424867732609,
>         "end_s": 1.0031591962284463,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.0036558247397862,
>         "end_s": 1.0038575057610628,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.0056752769254726,
>         "end_s": 1.0058769579467493,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.0076947291111593,
>         "end_s": 1.0080980911537125,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.0087945298216365,
>         "end_s": 1.0091978918641897,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.0091978918641897,
>         "end_s": 1.009601253906743,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.0125463020067096,
>         "end_s": 1.0129496640492628,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.0145657541923963,
>         "end_s": 1.0147674352136729,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.0165852063780827,
>         "end_s": 1.0167868873993593,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 0.9607770635991453,
>         "end_s": 1.0185113920949824,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.0186046585637691,
>         "end_s": 1.0188063395850457,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.0206241107494556,
>         "end_s": 1.0208257917707322,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.0226435629351422,
>         "end_s": 1.0228452439564188,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.024663015120829,
>         "end_s": 1.0250663771633821,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.0259587055456252,
>         "end_s": 1.0263620675881784,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.0263620675881784,
>         "end_s": 1.0267654296307316,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.0295145880163792,
>         "end_s": 1.0299179500589324,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.0315340402020656,
>         "end_s": 1.0317357212233422,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.033553492387752,
>         "end_s": 1.0337551734090287,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.0355729445734385,
>         "end_s": 1.0357746255947151,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 0.9799228492713169,
>         "end_s": 1.0376571777671542,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.0375923967591252,
>         "end_s": 1.0377940777804018,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.0396118489448118,
>         "end_s": 1.0398135299660884,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.0420414189473237,
>         "end_s": 1.042444780989877,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.0431228812696138,
>         "end_s": 1.043526243312167,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.043526243312167,
>         "end_s": 1.0439296053547202,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.0464828740260486,
>         "end_s": 1.0468862360686018,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.048502326211735,
>         "end_s": 1.0487040072330116,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.0505217783974214,
>         "end_s": 1.050723459418698,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.0525412305831081,
>         "end_s": 1.0527429116043847,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 0.9955780159970402,
>         "end_s": 1.0533123444928774,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.0545606827687948,
>         "end_s": 1.0547623637900714,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.0569902527713066,
>         "end_s": 1.0571919337925832,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.059042458563392,
>         "end_s": 1.0594458206059452,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.0602870569936025,
>         "end_s": 1.0606904190361557,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.0606904190361557,
>         "end_s": 1.0610937810787089,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.063451160035718,
>         "end_s": 1.0638545220782711,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.0654706122214044,
>         "end_s": 1.065672293242681,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.067490064407091,
>         "end_s": 1.0676917454283676,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.0695095165927777,
>         "end_s": 1.0697111976140543,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 1.0125463020067096,
>         "end_s": 1.0702806305025467,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.0719390865952896,
>         "end_s": 1.0721407676165662,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.073991292387375,
>         "end_s": 1.0741929734086515,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.0761854570209677,
>         "end_s": 1.0765888190635209,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.0774512327175911,
>         "end_s": 1.0778545947601443,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.0778545947601443,
>         "end_s": 1.0782579568026975,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.0804194460453873,
>         "end_s": 1.0808228080879405,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.082438898231074,
>         "end_s": 1.0826405792523506,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.0844583504167606,
>         "end_s": 1.0846600314380372,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.0868879204192725,
>         "end_s": 1.0870896014405491,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 1.0295145880163792,
>         "end_s": 1.0872489165122163,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.0889401262113578,
>         "end_s": 1.0891418072326344,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.0911342908449506,
>         "end_s": 1.0913359718662272,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.0933284554785434,
>         "end_s": 1.0937318175210966,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.0946154084415798,
>         "end_s": 1.095018770484133,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.095018770484133,
>         "end_s": 1.0954221325266862,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.097387732055057,
>         "end_s": 1.09779109409761,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.0994071842407436,
>         "end_s": 1.0996088652620202,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.1018367542432554,
>         "end_s": 1.102038435264532,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.1038889600353408,
>         "end_s": 1.1040906410566174,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 1.0464828740260486,
>         "end_s": 1.1042172025218857,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.1060831246689335,
>         "end_s": 1.1062848056902101,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.1082772893025263,
>         "end_s": 1.108478970323803,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.1104714539361191,
>         "end_s": 1.1108748159786723,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.1117795841655684,
>         "end_s": 1.1121829462081216,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.1121829462081216,
>         "end_s": 1.1125863082506748,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.1143560180647265,
>         "end_s": 1.1147593801072797,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.1167855880672384,
>         "end_s": 1.116987269088515,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.1188377938593237,
>         "end_s": 1.1190394748806003,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 1.063451160035718,
>         "end_s": 1.121185488531555,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.1210319584929165,
>         "end_s": 1.121233639514193,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.1232261231265093,
>         "end_s": 1.1234278041477859,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.125420287760102,
>         "end_s": 1.1256219687813787,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.1276144523936948,
>         "end_s": 1.128017814436248,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.128943759889557,
>         "end_s": 1.1293471219321103,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.1293471219321103,
>         "end_s": 1.1297504839746635,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.1317344218912213,
>         "end_s": 1.1321377839337745,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.1337866276833066,
>         "end_s": 1.1339883087045832,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.1359807923168994,
>         "end_s": 1.136182473338176,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 1.0804194460453873,
>         "end_s": 1.1381537745412245,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.1381749569504922,
>         "end_s": 1.1383766379717688,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.140369121584085,
>         "end_s": 1.1405708026053616,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.1425632862176778,
>         "end_s": 1.1427649672389544,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.1447574508512708,
>         "end_s": 1.145160812893824,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.1461079356135457,
>         "end_s": 1.146511297656099,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.146511297656099,
>         "end_s": 1.1469146596986521,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.1487354615072896,
>         "end_s": 1.1491388235498428,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.1509296261408823,
>         "end_s": 1.151131307162159,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.1531237907744751,
>         "end_s": 1.1533254717957517,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 1.097387732055057,
>         "end_s": 1.155122060550894,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.155317955408068,
>         "end_s": 1.1555196364293445,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.1575121200416607,
>         "end_s": 1.1577138010629373,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.1597062846752537,
>         "end_s": 1.1599079656965303,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.1619004493088465,
>         "end_s": 1.1623038113513997,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.1632721113375344,
>         "end_s": 1.1636754733800876,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.1636754733800876,
>         "end_s": 1.1640788354226408,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.1658784599648653,
>         "end_s": 1.1662818220074185,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.168072624598458,
>         "end_s": 1.1682743056197347,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.1702667892320509,
>         "end_s": 1.1704684702533275,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 1.1143560180647265,
>         "end_s": 1.1720903465605637,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.1724609538656436,
>         "end_s": 1.1726626348869202,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.1746551184992367,
>         "end_s": 1.1748567995205133,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.1768492831328294,
>         "end_s": 1.177050964154106,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.1790434477664222,
>         "end_s": 1.1794468098089754,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.180436287061523,
>         "end_s": 1.1808396491040762,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.1808396491040762,
>         "end_s": 1.1812430111466294,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.183021458422441,
>         "end_s": 1.1834248204649942,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.1852156230560338,
>         "end_s": 1.1854173040773104,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.1874097876896266,
>         "end_s": 1.1876114687109032,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 1.1317344218912213,
>         "end_s": 1.1894687503870585,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.1896039523232196,
>         "end_s": 1.1898056333444962,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.1917981169568124,
>         "end_s": 1.191999797978089,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.1939922815904052,
>         "end_s": 1.1941939626116818,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.1962307832852763,
>         "end_s": 1.1966341453278295,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.1976004627855117,
>         "end_s": 1.198003824828065,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.198003824828065,
>         "end_s": 1.198407186870618,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.2001644568800167,
>         "end_s": 1.20056781892257,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.2023586215136095,
>         "end_s": 1.202560302534886,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.2045527861472025,
>         "end_s": 1.2047544671684791,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 1.1487354615072896,
>         "end_s": 1.2064697900031267,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.2067469507807953,
>         "end_s": 1.206948631802072,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.208941115414388,
>         "end_s": 1.2091427964356647,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.2111796171092593,
>         "end_s": 1.2113812981305359,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.2133773226732736,
>         "end_s": 1.2137806847158268,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.2147646385095003,
>         "end_s": 1.2151680005520535,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.2151680005520535,
>         "end_s": 1.2155713625946067,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.2173074553375924,
>         "end_s": 1.2177108173801456,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.2195016199711854,
>         "end_s": 1.219703300992462,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.2216957846047782,
>         "end_s": 1.2218974656260548,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 1.1658784599648653,
>         "end_s": 1.2236127884607024,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.223889949238371,
>         "end_s": 1.2240916302596476,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.2261284509332422,
>         "end_s": 1.2263301319545188,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.2283261564972565,
>         "end_s": 1.2285278375185331,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.2305392089630556,
>         "end_s": 1.2309425710056088,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.231928814233489,
>         "end_s": 1.2323321762760422,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.2323321762760422,
>         "end_s": 1.2327355383185954,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.2344504537951684,
>         "end_s": 1.2348538158377216,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.2366446184287612,
>         "end_s": 1.2368462994500378,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.238838783062354,
>         "end_s": 1.2390404640836306,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 1.183021458422441,
>         "end_s": 1.2407557869182781,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.2410772847572251,
>         "end_s": 1.2412789657785017,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.2432749903212394,
>         "end_s": 1.243476671342516,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.2454880427870385,
>         "end_s": 1.245689723808315,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.2477010952528373,
>         "end_s": 1.2481044572953905,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.2490929899574776,
>         "end_s": 1.2494963520000308,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.2494963520000308,
>         "end_s": 1.249899714042584,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.251593452252744,
>         "end_s": 1.2519968142952973,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.2537876168863369,
>         "end_s": 1.2539892979076135,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.256026118581208,
>         "end_s": 1.2562277996024847,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 1.2001644568800167,
>         "end_s": 1.2578987853758539,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.2582238241452224,
>         "end_s": 1.258425505166499,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.2604368766110214,
>         "end_s": 1.260638557632298,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.2626499290768203,
>         "end_s": 1.2628516100980969,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.2648629815426191,
>         "end_s": 1.2652663435851723,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.2662571656814663,
>         "end_s": 1.2666605277240195,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.2666605277240195,
>         "end_s": 1.2670638897665727,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.2687364507103198,
>         "end_s": 1.269139812752873,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.270974952405191,
>         "end_s": 1.2711766334264676,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.2731726579692053,
>         "end_s": 1.273374338990482,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 1.2173074553375924,
>         "end_s": 1.2750417838334296,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.2753857104350044,
>         "end_s": 1.275587391456281,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.2775987629008032,
>         "end_s": 1.2778004439220798,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.279811815366602,
>         "end_s": 1.2800134963878786,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.282024867832401,
>         "end_s": 1.2824282298749543,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.283421341405455,
>         "end_s": 1.2838247034480081,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.2838247034480081,
>         "end_s": 1.2842280654905613,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.285923786229174,
>         "end_s": 1.2863271482717271,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.2881214917931882,
>         "end_s": 1.2883231728144648,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.2903345442589873,
>         "end_s": 1.290536225280264,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 1.2344504537951684,
>         "end_s": 1.2921847822910055,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.2925475967247861,
>         "end_s": 1.2927492777460627,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.294760649190585,
>         "end_s": 1.2949623302118616,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.296973701656384,
>         "end_s": 1.2971753826776606,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.2991867541221829,
>         "end_s": 1.299590116164736,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.3005855171294436,
>         "end_s": 1.3009888791719968,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.3009888791719968,
>         "end_s": 1.30139224121455,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.3030703256171712,
>         "end_s": 1.3034736876597244,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.3052833780829702,
>         "end_s": 1.3054850591042468,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.307496430548769,
>         "end_s": 1.3076981115700457,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 1.251593452252744,
>         "end_s": 1.3093277807485812,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.309709483014568,
>         "end_s": 1.3099111640358445,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.311922535480367,
>         "end_s": 1.3121242165016436,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.3141355879461658,
>         "end_s": 1.3143372689674424,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.3163486404119649,
>         "end_s": 1.316752002454518,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.3177496928534322,
>         "end_s": 1.3181530548959854,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.3181530548959854,
>         "end_s": 1.3185564169385386,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.3202322119069532,
>         "end_s": 1.3206355739495064,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.322445264372752,
>         "end_s": 1.3226469453940286,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.3246583168385508,
>         "end_s": 1.3248599978598274,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 1.2687364507103198,
>         "end_s": 1.326470779206157,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.32687136930435,
>         "end_s": 1.3270730503256265,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.3290844217701487,
>         "end_s": 1.3292861027914253,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.3312974742359478,
>         "end_s": 1.3314991552572244,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.3335105267017466,
>         "end_s": 1.3339138887442998,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.334913868577421,
>         "end_s": 1.335317230619974,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.335317230619974,
>         "end_s": 1.3357205926625273,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.337394098196735,
>         "end_s": 1.3377974602392881,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.3396071506625338,
>         "end_s": 1.3398088316838104,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.3418202031283328,
>         "end_s": 1.3420218841496094,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 1.285923786229174,
>         "end_s": 1.343658114725011,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.3440332555941317,
>         "end_s": 1.3442349366154083,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.3462463080599307,
>         "end_s": 1.3464479890812073,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.3484593605257296,
>         "end_s": 1.3486610415470062,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.3506772061873424,
>         "end_s": 1.3510805682298956,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.3520780443014095,
>         "end_s": 1.3524814063439627,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.3524814063439627,
>         "end_s": 1.352884768386516,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.3545559844865167,
>         "end_s": 1.35495934652907,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.3567690369523158,
>         "end_s": 1.3569707179735924,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.3589820894181146,
>         "end_s": 1.3591837704393912,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 1.3030703256171712,
>         "end_s": 1.3608046541130083,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.3611951418839137,
>         "end_s": 1.3613968229051903,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.3634081943497125,
>         "end_s": 1.363609875370989,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.3656260400113254,
>         "end_s": 1.365827721032602,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.367839475280413,
>         "end_s": 1.3682428373229663,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.3692422200253982,
>         "end_s": 1.3696455820679514,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.3696455820679514,
>         "end_s": 1.3700489441105046,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.3717178707762987,
>         "end_s": 1.372121232818852,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.3739309232420975,
>         "end_s": 1.3741326042633741,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.3761439757078966,
>         "end_s": 1.3763456567291732,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 1.3202322119069532,
>         "end_s": 1.3779665404027903,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.3783570281736954,
>         "end_s": 1.378558709194972,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.3805748738353083,
>         "end_s": 1.380776554856585,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.382788309104396,
>         "end_s": 1.3829899901256726,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.385003403498001,
>         "end_s": 1.3854067655405542,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.3864063957493868,
>         "end_s": 1.38680975779194,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.38680975779194,
>         "end_s": 1.3872131198344932,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.3888797570660805,
>         "end_s": 1.3892831191086337,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.3910928095318795,
>         "end_s": 1.3912944905531561,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.3933058619976784,
>         "end_s": 1.393507543018955,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 1.337394098196735,
>         "end_s": 1.395128426692572,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.3955237076592912,
>         "end_s": 1.3957253886805678,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.397737142928379,
>         "end_s": 1.3979388239496555,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.399952237321984,
>         "end_s": 1.4001539183432605,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.402167331715589,
>         "end_s": 1.4025706937581421,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.4035705714733755,
>         "end_s": 1.4039739335159287,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.4039739335159287,
>         "end_s": 1.404377295558482,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.4060416433558625,
>         "end_s": 1.4064450053984157,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.4082546958216613,
>         "end_s": 1.408456376842938,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.4104725414832742,
>         "end_s": 1.4106742225045508,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 1.3545559844865167,
>         "end_s": 1.4122903129823539,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.4126859767523618,
>         "end_s": 1.4128876577736385,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.4149010711459669,
>         "end_s": 1.4151027521672435,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.4171161655395719,
>         "end_s": 1.4173178465608485,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.4193312599331767,
>         "end_s": 1.4197346219757299,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.4207347471973641,
>         "end_s": 1.4211381092399173,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.4211381092399173,
>         "end_s": 1.4215414712824705,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.4232035296456442,
>         "end_s": 1.4236068916881974,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.425421375307257,
>         "end_s": 1.4256230563285337,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.4276348105763448,
>         "end_s": 1.4278364915976214,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 1.3717178707762987,
>         "end_s": 1.4294521992721358,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.4298499049699498,
>         "end_s": 1.4300515859912264,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.4320649993635548,
>         "end_s": 1.4322666803848314,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.4342800937571596,
>         "end_s": 1.4344817747784362,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.4364951881507646,
>         "end_s": 1.4368985501933178,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.4378989229213528,
>         "end_s": 1.438302284963906,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.438302284963906,
>         "end_s": 1.4387056470064592,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.44037020913124,
>         "end_s": 1.4407735711737932,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.4425836444003277,
>         "end_s": 1.4427853254216043,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.4447987387939327,
>         "end_s": 1.4450004198152093,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 1.3888797570660805,
>         "end_s": 1.4466140855619176,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.4470138331875377,
>         "end_s": 1.4472155142088143,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.4492289275811425,
>         "end_s": 1.4494306086024191,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.4514440219747475,
>         "end_s": 1.4516457029960241,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.4536591163683525,
>         "end_s": 1.4540624784109057,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.4550630986453414,
>         "end_s": 1.4554664606878946,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.4554664606878946,
>         "end_s": 1.4558698227304478,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.4575324782243106,
>         "end_s": 1.4579358402668638,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.4597475726179157,
>         "end_s": 1.4599492536391923,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.4619626670115207,
>         "end_s": 1.4621643480327973,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 1.4060416433558625,
>         "end_s": 1.4637759718516996,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.4641777614051255,
>         "end_s": 1.464379442426402,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.4663928557987305,
>         "end_s": 1.466594536820007,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.4686079501923355,
>         "end_s": 1.468809631213612,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.4708230445859405,
>         "end_s": 1.4712264066284937,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.47222727436933,
>         "end_s": 1.4726306364118833,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.4726306364118833,
>         "end_s": 1.4730339984544365,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.4746964064418986,
>         "end_s": 1.4750997684844518,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.4769115008355036,
>         "end_s": 1.4771131818567802,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.4791265952291084,
>         "end_s": 1.479328276250385,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 1.4232035296456442,
>         "end_s": 1.4809378581414814,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.4813416896227134,
>         "end_s": 1.48154337064399,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.4835567840163184,
>         "end_s": 1.483758465037595,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.4857718784099234,
>         "end_s": 1.4859735594312,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.4879869728035284,
>         "end_s": 1.4883903348460816,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.4893914500933187,
>         "end_s": 1.489794812135872,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.489794812135872,
>         "end_s": 1.4901981741784252,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.4918603346594865,
>         "end_s": 1.4922636967020397,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.4940754290530913,
>         "end_s": 1.494277110074368,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.4962905234466963,
>         "end_s": 1.496492204467973,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 1.44037020913124,
>         "end_s": 1.4981045376270772,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.4985056178403013,
>         "end_s": 1.498707298861578,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.5007207122339064,
>         "end_s": 1.500922393255183,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.5029358066275114,
>         "end_s": 1.503137487648788,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.5051514192044475,
>         "end_s": 1.5055547812470007,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.5065556258173074,
>         "end_s": 1.5069589878598606,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.5069589878598606,
>         "end_s": 1.5073623499024138,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.5090242628770743,
>         "end_s": 1.5094276249196275,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.5112393572706793,
>         "end_s": 1.5114410382919559,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.5134544516642843,
>         "end_s": 1.5136561326855609,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 1.4575324782243106,
>         "end_s": 1.5152668067201478,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.5156695460578893,
>         "end_s": 1.5158712270791659,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.5178846404514943,
>         "end_s": 1.518086321472771,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.5201002530284304,
>         "end_s": 1.520301934049707,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.522315388806175,
>         "end_s": 1.522718750848728,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.523719801541296,
>         "end_s": 1.5241231635838492,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.5241231635838492,
>         "end_s": 1.5245265256264025,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.5261881910946622,
>         "end_s": 1.5265915531372154,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.5284032854882672,
>         "end_s": 1.5286049665095438,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.5306183798818722,
>         "end_s": 1.5308200609031488,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 1.4746964064418986,
>         "end_s": 1.5324307349377357,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.5328334742754772,
>         "end_s": 1.5330351552967538,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.5350490868524134,
>         "end_s": 1.53525076787369,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.5372642226301578,
>         "end_s": 1.5374659036514344,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.5394795377727148,
>         "end_s": 1.539882899815268,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.5408839772652847,
>         "end_s": 1.541287339307838,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.541287339307838,
>         "end_s": 1.541690701350391,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.5433521193122501,
>         "end_s": 1.5437554813548033,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.5455672137058551,
>         "end_s": 1.5457688947271317,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.5477823080994602,
>         "end_s": 1.5479839891207368,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 1.4918603346594865,
>         "end_s": 1.5495946631553237,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.5499979206763963,
>         "end_s": 1.550199601697673,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.5522130564541408,
>         "end_s": 1.5524147374754174,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.5544283715966978,
>         "end_s": 1.5546300526179744,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.5566436867392546,
>         "end_s": 1.5570470487818078,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.5580481529892733,
>         "end_s": 1.5584515150318266,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.5584515150318266,
>         "end_s": 1.5588548770743798,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.560516047529838,
>         "end_s": 1.5609194095723913,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.562731141923443,
>         "end_s": 1.5629328229447197,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.5649467545003792,
>         "end_s": 1.5651484355216558,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 1.5090242628770743,
>         "end_s": 1.5667585913729114,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.5671618902781237,
>         "end_s": 1.5673635712994003,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.5693772054206807,
>         "end_s": 1.5695788864419573,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.5715925205632375,
>         "end_s": 1.571794201584514,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.5738078357057945,
>         "end_s": 1.5742111977483477,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.575212328713262,
>         "end_s": 1.5756156907558152,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.5756156907558152,
>         "end_s": 1.5760190527983684,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.577679975747426,
>         "end_s": 1.5780833377899792,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.5798955883243622,
>         "end_s": 1.5800972693456388,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.5821107241021066,
>         "end_s": 1.5823124051233832,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 1.5261881910946622,
>         "end_s": 1.5839225195904993,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.5843260392446636,
>         "end_s": 1.5845277202659402,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.5865413543872204,
>         "end_s": 1.586743035408497,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.5887566695297775,
>         "end_s": 1.588958350551054,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.5909719846723345,
>         "end_s": 1.5913753467148877,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.5923765044372507,
>         "end_s": 1.5927798664798039,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.5927798664798039,
>         "end_s": 1.593183228522357,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.594844422148345,
>         "end_s": 1.5952477841908983,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.5970595579260896,
>         "end_s": 1.5972612389473662,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.5992748730686466,
>         "end_s": 1.5994765540899232,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 1.5433521193122501,
>         "end_s": 1.6010864478080873,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.6014901882112034,
>         "end_s": 1.60169186923248,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.6037055033537604,
>         "end_s": 1.603907184375037,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.6059208184963174,
>         "end_s": 1.606122499517594,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.6081361336388744,
>         "end_s": 1.6085394956814276,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.6095406801612393,
>         "end_s": 1.6099440422037925,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.6099440422037925,
>         "end_s": 1.6103474042463457,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.6120083917500725,
>         "end_s": 1.6124117537926257,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.6142237068926295,
>         "end_s": 1.614425387913906,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.6164390220351863,
>         "end_s": 1.616640703056463,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 1.560516047529838,
>         "end_s": 1.6182503760256752,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.6186543371777433,
>         "end_s": 1.61885601819902,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.6208696523203003,
>         "end_s": 1.621071333341577,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.6230849674628574,
>         "end_s": 1.623286648484134,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.6253002826054144,
>         "end_s": 1.6257036446479676,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.626704855885228,
>         "end_s": 1.6271082179277812,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.6271082179277812,
>         "end_s": 1.6275115799703344,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.6291725407166124,
>         "end_s": 1.6295759027591656,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.6313878558591692,
>         "end_s": 1.6315895368804458,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.6336031710017263,
>         "end_s": 1.6338048520230029,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 1.577679975747426,
>         "end_s": 1.6354143042432632,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.6358184861442833,
>         "end_s": 1.6360201671655599,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.6380338012868403,
>         "end_s": 1.6382354823081169,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.6402491164293973,
>         "end_s": 1.640450797450674,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.6424644315719543,
>         "end_s": 1.6428677936145075,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.6438690316092166,
>         "end_s": 1.6442723936517698,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.6442723936517698,
>         "end_s": 1.644675755694323,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.6463366896831522,
>         "end_s": 1.6467400517257054,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.6485520048257092,
>         "end_s": 1.6487536858469858,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.6507673199682662,
>         "end_s": 1.6509690009895428,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 1.594844422148345,
>         "end_s": 1.6525787506441822,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.6529826351108232,
>         "end_s": 1.6531843161320998,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.6551979502533802,
>         "end_s": 1.6553996312746568,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.6574132653959373,
>         "end_s": 1.6576149464172139,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.6596286365583137,
>         "end_s": 1.660031998600867,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.6610332073332053,
>         "end_s": 1.6614365693757585,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.6614365693757585,
>         "end_s": 1.6618399314183117,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.6635008386496921,
>         "end_s": 1.6639042006922453,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.6657161537922491,
>         "end_s": 1.6659178348135257,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.6679314689348061,
>         "end_s": 1.6681331499560828,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 1.6120083917500725,
>         "end_s": 1.6697427202459096,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.6701467840773632,
>         "end_s": 1.6703484650986398,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.6723620992199202,
>         "end_s": 1.6725637802411968,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.6745774703822967,
>         "end_s": 1.6747791514035733,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.6767927899988146,
>         "end_s": 1.6771961520413678,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.678197383057194,
>         "end_s": 1.678600745099747,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.678600745099747,
>         "end_s": 1.6790041071423003,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.680664987616232,
>         "end_s": 1.6810683496587853,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.682880302758789,
>         "end_s": 1.6830819837800657,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.685095617901346,
>         "end_s": 1.6852972989226227,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 1.6291725407166124,
>         "end_s": 1.6869068692124496,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.6873109330439031,
>         "end_s": 1.6875126140651797,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.6895263042062796,
>         "end_s": 1.6897279852275562,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.6917416238227976,
>         "end_s": 1.6919433048440742,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.6939569628301063,
>         "end_s": 1.6943603248726595,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.6953615587811826,
>         "end_s": 1.6957649208237358,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.6957649208237358,
>         "end_s": 1.696168282866289,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.697829136582772,
>         "end_s": 1.6982324986253252,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.700044451725329,
>         "end_s": 1.7002461327466056,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.702259766867886,
>         "end_s": 1.7024614478891626,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 1.6463366896831522,
>         "end_s": 1.7040710181789893,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.7044751380302625,
>         "end_s": 1.7046768190515391,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.7066904576467805,
>         "end_s": 1.7068921386680571,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.7089057966540893,
>         "end_s": 1.7091074776753659,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.7111211356613978,
>         "end_s": 1.711524497703951,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.7125257345051712,
>         "end_s": 1.7129290965477244,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.7129290965477244,
>         "end_s": 1.7133324585902776,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.714993285549312,
>         "end_s": 1.7153966475918652,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.717208600691869,
>         "end_s": 1.7174102817131456,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.7194239718542454,
>         "end_s": 1.719625652875522,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 1.6635008386496921,
>         "end_s": 1.7212351671455293,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.7216392914707634,
>         "end_s": 1.72184097249204,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.7238546304780722,
>         "end_s": 1.7240563114993488,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.7260699694853807,
>         "end_s": 1.7262716505066573,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.7282853084926892,
>         "end_s": 1.7286886705352424,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.7296899102291599,
>         "end_s": 1.730093272271713,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.730093272271713,
>         "end_s": 1.7304966343142663,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "pp_backward",
>         "start_s": 1.732157434515852,
>         "end_s": 1.7325607965584051,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.7343728056782284,
>         "end_s": 1.734574486699505,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.7365881252947464,
>         "end_s": 1.736789806316023,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 1.680664987616232,
>         "end_s": 1.7383993161120692,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.7388034643020551,
>         "end_s": 1.7390051453233317,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.7410188033093636,
>         "end_s": 1.7412204843306403,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.7432341423166722,
>         "end_s": 1.7434358233379488,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.7454494813239807,
>         "end_s": 1.745852843366534,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.7468540859531485,
>         "end_s": 1.7472574479957017,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.7472574479957017,
>         "end_s": 1.747660810038255,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "pp_backward",
>         "start_s": 1.7493216395022113,
>         "end_s": 1.7497250015447645,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.7515369591187293,
>         "end_s": 1.751738640140006,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.753752298126038,
>         "end_s": 1.7539539791473147,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 1.697829136582772,
>         "end_s": 1.7555634650786092,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.7559676371333466,
>         "end_s": 1.7561693181546232,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.758182976140655,
>         "end_s": 1.7583846571619317,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.7603983151479636,
>         "end_s": 1.7605999961692402,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.7626136541552722,
>         "end_s": 1.7630170161978254,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.7640182616771372,
>         "end_s": 1.7644216237196904,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "pp_backward",
>         "start_s": 1.7664857929427122,
>         "end_s": 1.7668891549852654,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.768701131950021,
>         "end_s": 1.7689028129712976,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.7709164709573295,
>         "end_s": 1.7711181519786061,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 1.714993285549312,
>         "end_s": 1.7727276140451491,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.773131809964638,
>         "end_s": 1.7733334909859146,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.7753471489719466,
>         "end_s": 1.7755488299932232,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.777562487979255,
>         "end_s": 1.7777641690005317,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.7797778269865636,
>         "end_s": 1.7801811890291168,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "pp_backward",
>         "start_s": 1.783649965774004,
>         "end_s": 1.7840533278165571,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.7858653047813124,
>         "end_s": 1.786066985802589,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.788080643788621,
>         "end_s": 1.7882823248098976,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 1.732157434515852,
>         "end_s": 1.7894884009691359,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.7902959827959295,
>         "end_s": 1.790497663817206,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.792511321803238,
>         "end_s": 1.7927130028245146,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.7947266608105465,
>         "end_s": 1.7949283418318231,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "pp_backward",
>         "start_s": 1.8008141386052954,
>         "end_s": 1.8012175006478486,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.803029477612604,
>         "end_s": 1.8032311586338805,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.8052448166199124,
>         "end_s": 1.805446497641189,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 8,
>         "stream": "dp",
>         "start_s": 1.7493216395022113,
>         "end_s": 1.8060475628916655,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.807460155627221,
>         "end_s": 1.8076618366484976,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.8096754946345295,
>         "end_s": 1.809877175655806,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "pp_backward",
>         "start_s": 1.8179783114365868,
>         "end_s": 1.81838167347914,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.8201936504438954,
>         "end_s": 1.820395331465172,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.8224089894512039,
>         "end_s": 1.8226106704724805,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 7,
>         "stream": "dp",
>         "start_s": 1.7664857929427122,
>         "end_s": 1.8232117163321664,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.8246243284585124,
>         "end_s": 1.824826009479789,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 3,
>         "stream": "pp_backward",
>         "start_s": 1.8351424842678783,
>         "end_s": 1.8355458463104315,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.8373578232751868,
>         "end_s": 1.8375595042964634,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.8395731622824953,
>         "end_s": 1.839774843303772,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 6,
>         "stream": "dp",
>         "start_s": 1.783649965774004,
>         "end_s": 1.840375889163458,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 2,
>         "stream": "pp_backward",
>         "start_s": 1.8523066570991698,
>         "end_s": 1.852710019141723,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.8545219961064783,
>         "end_s": 1.8547236771277549,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 5,
>         "stream": "dp",
>         "start_s": 1.8008141386052954,
>         "end_s": 1.8575400619947495,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "start_s": 1.8694708299304612,
>         "end_s": 1.8698741919730144,
>         "alone_s": 0.00020168102127659574
>       },
>       {
>         "stage": 4,
>         "stream": "dp",
>         "start_s": 1.8179783114365868,
>         "end_s": 1.874704234826041,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 3,
>         "stream": "dp",
>         "start_s": 1.8351424842678783,
>         "end_s": 1.8918684076573324,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 2,
>         "stream": "dp",
>         "start_s": 1.8523066570991698,
>         "end_s": 1.909032580488624,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "start_s": 1.8694708299304612,
>         "end_s": 1.9261967533199154,
>         "alone_s": 0.05652424236817761
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "start_s": 1.8872502947513634,
>         "end_s": 1.9559208904960443,
>         "alone_s": 0.06867059574468086
>       }
>     ]
>   },
>   "warnings": []
> }
