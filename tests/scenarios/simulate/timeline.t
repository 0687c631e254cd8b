# The step's timeline in the JSON (--timeline): Mixtral 8x7B on four Eos servers, TP8 PP2 DP2
# with EP2 (each expert group spans two servers, so its all-to-all runs on the shared fabric
# beside the pipeline sends and the data-parallel stream). Each compute op (stage, pass,
# micro-batch, chunk, start and end) and each transfer (pp_forward, pp_backward, dp and the ep
# all-to-all blocks) is a span of the result; this record keeps them exact, so a change to the
# executor's order or timing shows here.
$ colossus simulate --cluster eos-11616 --model mixtral-8x7b --gpus 32 --tp 8 --pp 2 --ep 2 --global-batch 4 --seq-len 4096 --json --timeline
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "command line",
>   "cluster": "eos-11616",
>   "model": "mixtral-8x7b",
>   "model_summary": "46.70 B parameters (12.88 B active), 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, 8 experts top-2 of 14336 in 32 of 32 layers, vocab 32000",
>   "gpu": "h100-sxm",
>   "gpus": 32,
>   "layout": {
>     "text": "TP8 SP, PP2 1f1b, DP2 (EP2), ZeRO-1, micro-batch 1 x 4096 tokens, global batch 4, bf16, selective recompute",
>     "tp": 8,
>     "sequence_parallel": true,
>     "cp": 1,
>     "pp": 2,
>     "vpp": 1,
>     "dp": 2,
>     "ep": 2,
>     "zero": 1,
>     "schedule": "1f1b",
>     "micro_batch": 1,
>     "global_batch": 4,
>     "seq_len": 4096,
>     "precision": "bf16",
>     "fp8_scaling": "delayed",
>     "recompute": "selective",
>     "recompute_layers": 0,
>     "attention": "flash2",
>     "optimizer": "adam",
>     "main_grads": "fp32",
>     "micro_batches": 2,
>     "tokens_per_step": 16384
>   },
>   "step_time_s": 0.25900406064599096,
>   "tokens_per_s": 63257.695493793035,
>   "model_flop_per_s_per_gpu": 163944125300574.75,
>   "hardware_flop_per_s_per_gpu": 168189277384421.1,
>   "mfu": 0.16570055114268722,
>   "hfu": 0.1699911839341228,
>   "bubble_fraction": 0.31075164821007994,
>   "train_tokens": 0,
>   "time_to_train_s": null,
>   "time_to_train_days": null,
>   "bounding_stage": 1,
>   "breakdown_s": {
>     "compute": 0.10296896025041719,
>     "bubble": 0.0804859387388452,
>     "imbalance": 0.0,
>     "tp": 0.03919169842162165,
>     "cp": 0.0,
>     "ep": 0.01990491800805063,
>     "pp": 0.00011164051063829866,
>     "dp": 1.734723475976807e-17,
>     "optimizer": 0.01634090471641791
>   },
>   "stages": [
>     {
>       "stage": 0,
>       "layers": [
>         [
>           0,
>           16
>         ]
>       ],
>       "forward_s": 0.031013823388191402,
>       "backward_s": 0.04856275438989727,
>       "end_s": 0.25900406064599096,
>       "in_flight_micro_batches": 2.0,
>       "memory_bytes": {
>         "weights": 3019505664.0,
>         "gradients": 6039011328.0,
>         "optimizer": 17514233856.0,
>         "activations": 4227858432.0,
>         "overhead": 3432618393.6,
>         "total": 34233227673.6
>       }
>     },
>     {
>       "stage": 1,
>       "layers": [
>         [
>           16,
>           32
>         ]
>       ],
>       "forward_s": 0.03148473361749912,
>       "backward_s": 0.04925099123318393,
>       "end_s": 0.20984717927737026,
>       "in_flight_micro_batches": 1.0,
>       "memory_bytes": {
>         "weights": 3019513856.0,
>         "gradients": 6039027712.0,
>         "optimizer": 17514258432.0,
>         "activations": 2212233216.0,
>         "overhead": 3331837132.8,
>         "total": 32116870348.8
>       }
>     }
>   ],
>   "collectives": [
>     {
>       "name": "tp all_reduce",
>       "group_size": 8,
>       "groups": 4,
>       "bytes": 32768.0,
>       "time_s": 1.5619935135135133e-05,
>       "algorithm": "ring",
>       "calls_per_step": 2
>     },
>     {
>       "name": "tp all_gather",
>       "group_size": 8,
>       "groups": 4,
>       "bytes": 33554432.0,
>       "time_s": 0.0001115516972972973,
>       "algorithm": "ring",
>       "calls_per_step": 130
>     },
>     {
>       "name": "tp all_gather",
>       "group_size": 8,
>       "groups": 4,
>       "bytes": 67108864.0,
>       "time_s": 0.0001909033945945946,
>       "algorithm": "ring",
>       "calls_per_step": 128
>     },
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 2,
>       "groups": 16,
>       "bytes": 100466688.0,
>       "time_s": 0.0010911945531914893,
>       "algorithm": "ring",
>       "calls_per_step": 4
>     },
>     {
>       "name": "tp reduce_scatter",
>       "group_size": 8,
>       "groups": 4,
>       "bytes": 33554432.0,
>       "time_s": 0.0001115516972972973,
>       "algorithm": "ring",
>       "calls_per_step": 130
>     },
>     {
>       "name": "tp reduce_scatter",
>       "group_size": 8,
>       "groups": 4,
>       "bytes": 67108864.0,
>       "time_s": 0.0001909033945945946,
>       "algorithm": "ring",
>       "calls_per_step": 128
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 2,
>       "groups": 16,
>       "bytes": 133955584.0,
>       "time_s": 0.001447459404255319,
>       "algorithm": "ring",
>       "calls_per_step": 6
>     },
>     {
>       "name": "ep all_to_all",
>       "group_size": 2,
>       "groups": 16,
>       "bytes": 8388608.0,
>       "time_s": 0.00015086555491661876,
>       "algorithm": "pairwise",
>       "calls_per_step": 256
>     },
>     {
>       "name": "pp send_recv",
>       "group_size": 2,
>       "groups": 16,
>       "bytes": 4194304.0,
>       "time_s": 0.00011164051063829788,
>       "algorithm": "send_recv",
>       "calls_per_step": 4
>     }
>   ],
>   "fabric": {
>     "shared": true,
>     "tiers": [
>       {
>         "kind": "nic out",
>         "tier": -1,
>         "resources": 32,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.575798509615309
>       },
>       {
>         "kind": "nic in",
>         "tier": -1,
>         "resources": 32,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.575798509615309
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
>         "start_s": 6.0621919621749405e-05,
>         "end_s": 0.0313290573702245
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.0313290573702245,
>         "end_s": 0.0623428807584159
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.031440697880862796,
>         "end_s": 0.06303707200900022
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.06303707200900022,
>         "end_s": 0.11228806324218416
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.11228806324218416,
>         "end_s": 0.14377279685968328
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.11239970375282245,
>         "end_s": 0.16096245814271973
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.14377279685968328,
>         "end_s": 0.19350627456095235
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.19361791507159065,
>         "end_s": 0.24266315592957305
>       }
>     ],
>     "transfers": [
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "parameters",
>         "start_s": 0.0,
>         "end_s": 6.0621919621749405e-05,
>         "alone_s": 6.0621919621749405e-05
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "parameters",
>         "start_s": 0.0,
>         "end_s": 6.0621919621749405e-05,
>         "alone_s": 6.0621919621749405e-05
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "parameters",
>         "start_s": 6.0621919621749405e-05,
>         "end_s": 0.0021823891063829787,
>         "alone_s": 0.0021217671867612294
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "parameters",
>         "start_s": 6.0621919621749405e-05,
>         "end_s": 0.0021823891063829787,
>         "alone_s": 0.0021217671867612294
>       },
>       {
>         "stage": 0,
>         "stream": "ep",
>         "work": "in_layer",
>         "start_s": 0.0265013596128927,
>         "end_s": 0.0313290573702245,
>         "alone_s": 0.0048276977573318
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "work": "activations",
>         "start_s": 0.0313290573702245,
>         "end_s": 0.031440697880862796,
>         "alone_s": 0.00011164051063829788
>       },
>       {
>         "stage": 0,
>         "stream": "ep",
>         "work": "in_layer",
>         "start_s": 0.0575151830010841,
>         "end_s": 0.0623428807584159,
>         "alone_s": 0.0048276977573318
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "work": "activations",
>         "start_s": 0.0623428807584159,
>         "end_s": 0.0625661617796925,
>         "alone_s": 0.00011164051063829788
>       },
>       {
>         "stage": 1,
>         "stream": "ep",
>         "work": "in_layer",
>         "start_s": 0.05809773374103012,
>         "end_s": 0.06303707200900022,
>         "alone_s": 0.0048276977573318
>       },
>       {
>         "stage": 1,
>         "stream": "ep",
>         "work": "in_layer",
>         "start_s": 0.10746036548485235,
>         "end_s": 0.11228806324218416,
>         "alone_s": 0.0048276977573318
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "work": "activations",
>         "start_s": 0.11228806324218416,
>         "end_s": 0.11239970375282245,
>         "alone_s": 0.00011164051063829788
>       },
>       {
>         "stage": 1,
>         "stream": "ep",
>         "work": "in_layer",
>         "start_s": 0.13894509910235148,
>         "end_s": 0.14377279685968328,
>         "alone_s": 0.0048276977573318
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.14514087994949393,
>         "end_s": 0.1452615015665152,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1465089630393046,
>         "end_s": 0.1466295846563259,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.14787704612911526,
>         "end_s": 0.14799766774613654,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.14924512921892594,
>         "end_s": 0.14936575083594722,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1506132123087366,
>         "end_s": 0.15073383392575787,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.15198129539854727,
>         "end_s": 0.15210191701556855,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.15334937848835792,
>         "end_s": 0.1534700001053792,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1547174615781686,
>         "end_s": 0.15483808319518988,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.15608554466797925,
>         "end_s": 0.15620616628500053,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.15745362775778993,
>         "end_s": 0.1575742493748112,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.15882171084760058,
>         "end_s": 0.15894233246462186,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.16018979393741126,
>         "end_s": 0.16031041555443254,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "ep",
>         "work": "in_layer",
>         "start_s": 0.15613476038538793,
>         "end_s": 0.16096245814271973,
>         "alone_s": 0.0048276977573318
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1615578770272219,
>         "end_s": 0.1616784986442432,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1629259601170326,
>         "end_s": 0.16304658173405387,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.16429404320684324,
>         "end_s": 0.16441466482386452,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.16566212629665392,
>         "end_s": 0.1657827479136752,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.16703020938646457,
>         "end_s": 0.16715083100348585,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.16839829247627525,
>         "end_s": 0.16851891409329653,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1697663755660859,
>         "end_s": 0.16988699718310718,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.17113445865589658,
>         "end_s": 0.17125508027291786,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.17250254174570723,
>         "end_s": 0.1726231633627285,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1738706248355179,
>         "end_s": 0.1739912464525392,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.17523870792532856,
>         "end_s": 0.17535932954234984,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.17660679101513924,
>         "end_s": 0.17672741263216052,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1779748741049499,
>         "end_s": 0.17809549572197117,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.17934295719476057,
>         "end_s": 0.17946357881178185,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.18071104028457122,
>         "end_s": 0.1808316619015925,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1820791233743819,
>         "end_s": 0.18219974499140318,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.18344720646419255,
>         "end_s": 0.18356782808121383,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.18481528955400323,
>         "end_s": 0.1849359111710245,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.18618337264381388,
>         "end_s": 0.18630399426083516,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.18755145573362456,
>         "end_s": 0.18767207735064584,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1889195388234352,
>         "end_s": 0.18916078205747777,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.19028762191324589,
>         "end_s": 0.19052886514728845,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.19165570500305654,
>         "end_s": 0.1918969482370991,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.19302378809286722,
>         "end_s": 0.19326503132690978,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "ep",
>         "work": "in_layer",
>         "start_s": 0.18819609033553542,
>         "end_s": 0.19350627456095235,
>         "alone_s": 0.0048276977573318
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "work": "activations",
>         "start_s": 0.19350627456095235,
>         "end_s": 0.19361791507159065,
>         "alone_s": 0.00011164051063829788
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.19496688047131003,
>         "end_s": 0.1950875020883313,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.19631584587102938,
>         "end_s": 0.19643646748805066,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.19766481127074875,
>         "end_s": 0.19778543288777004,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.19901377667046813,
>         "end_s": 0.1991343982874894,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.2003627420701875,
>         "end_s": 0.2004833636872088,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.20171170746990685,
>         "end_s": 0.20183232908692814,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.20306067286962623,
>         "end_s": 0.2031812944866475,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.2044096382693456,
>         "end_s": 0.2045302598863669,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.20575860366906495,
>         "end_s": 0.20587922528608624,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.20710756906878433,
>         "end_s": 0.2072281906858056,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.2084565344685037,
>         "end_s": 0.208577156085525,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.20980549986822308,
>         "end_s": 0.20992612148524437,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.21115446526794243,
>         "end_s": 0.21127508688496371,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.2125034306676618,
>         "end_s": 0.2126240522846831,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.21385239606738118,
>         "end_s": 0.21397301768440247,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.21520136146710056,
>         "end_s": 0.21532198308412184,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.2165503268668199,
>         "end_s": 0.2166709484838412,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.21789929226653929,
>         "end_s": 0.21801991388356057,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.21924825766625866,
>         "end_s": 0.21936887928327994,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.220597223065978,
>         "end_s": 0.2207178446829993,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.22194618846569739,
>         "end_s": 0.22206681008271867,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.22329515386541676,
>         "end_s": 0.22341577548243804,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.2246441192651361,
>         "end_s": 0.2247647408821574,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.2259930846648555,
>         "end_s": 0.22611370628187677,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.22734205006457486,
>         "end_s": 0.22746267168159615,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.22869101546429424,
>         "end_s": 0.22881163708131552,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.23003998086401362,
>         "end_s": 0.2301606024810349,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.23138894626373296,
>         "end_s": 0.23150956788075425,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.23273791166345234,
>         "end_s": 0.23285853328047362,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.23408687706317172,
>         "end_s": 0.234207498680193,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.23543584246289107,
>         "end_s": 0.23555646407991235,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.23678480786261044,
>         "end_s": 0.23690542947963172,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.23813377326232982,
>         "end_s": 0.23837501649637238,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.23948273866204917,
>         "end_s": 0.23972398189609173,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.24083170406176854,
>         "end_s": 0.2410729472958111,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.24218066946148792,
>         "end_s": 0.24242191269553048,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "ep",
>         "work": "in_layer",
>         "start_s": 0.23735297170415612,
>         "end_s": 0.24266315592957305,
>         "alone_s": 0.0048276977573318
>       }
>     ]
>   },
>   "warnings": [],
>   "power": null
> }
