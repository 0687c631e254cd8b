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
>   "step_time_s": 0.2512316089105108,
>   "tokens_per_s": 65214.72385999015,
>   "model_flop_per_s_per_gpu": 169016129602661.28,
>   "hardware_flop_per_s_per_gpu": 173392615636978.9,
>   "mfu": 0.17082689468633644,
>   "hfu": 0.17525026848289763,
>   "bubble_fraction": 0.30989298928441544,
>   "train_tokens": 0,
>   "time_to_train_s": null,
>   "time_to_train_days": null,
>   "bounding_stage": 1,
>   "breakdown_s": {
>     "compute": 0.10296896025041719,
>     "bubble": 0.07785491428801136,
>     "imbalance": 0.0,
>     "tp": 0.03919169842162165,
>     "cp": 0.0,
>     "ep": 0.014763490723404264,
>     "pp": 0.00011164051063829866,
>     "dp": 4.336808689942018e-18,
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
>       "forward_s": 0.02975862197128514,
>       "backward_s": 0.047307552972991,
>       "end_s": 0.2512316089105108,
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
>       "forward_s": 0.03022953220059286,
>       "backward_s": 0.047995789816277674,
>       "end_s": 0.20345055057581765,
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
>       "time_s": 0.00011164051063829788,
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
>         "busiest_average_utilization": 0.5738299283565658
>       },
>       {
>         "kind": "nic in",
>         "tier": -1,
>         "resources": 32,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.5738299283565658
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
>         "end_s": 0.03007385595331824
>       },
>       {
>         "stage": 0,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.03007385595331824,
>         "end_s": 0.05983247792460338
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.03018549646395654,
>         "end_s": 0.060526669175187696
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.060526669175187696,
>         "end_s": 0.10852245899146537
>       },
>       {
>         "stage": 1,
>         "pass": "forward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.10852245899146537,
>         "end_s": 0.13875199119205822
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 0,
>         "chunk": 0,
>         "start_s": 0.10863409950210366,
>         "end_s": 0.15594165247509467
>       },
>       {
>         "stage": 1,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.13875199119205822,
>         "end_s": 0.18710964585939974
>       },
>       {
>         "stage": 0,
>         "pass": "backward",
>         "micro_batch": 1,
>         "chunk": 0,
>         "start_s": 0.18722128637003804,
>         "end_s": 0.2348907041940929
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
>         "start_s": 0.02650135961289271,
>         "end_s": 0.03007385595331824,
>         "alone_s": 0.0035724963404255303
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "work": "activations",
>         "start_s": 0.03007385595331824,
>         "end_s": 0.03018549646395654,
>         "alone_s": 0.00011164051063829788
>       },
>       {
>         "stage": 0,
>         "stream": "ep",
>         "work": "in_layer",
>         "start_s": 0.05625998158417785,
>         "end_s": 0.05983247792460338,
>         "alone_s": 0.0035724963404255303
>       },
>       {
>         "stage": 0,
>         "stream": "pp_forward",
>         "work": "activations",
>         "start_s": 0.05983247792460338,
>         "end_s": 0.06005575894587998,
>         "alone_s": 0.00011164051063829788
>       },
>       {
>         "stage": 1,
>         "stream": "ep",
>         "work": "in_layer",
>         "start_s": 0.05684253232412387,
>         "end_s": 0.060526669175187696,
>         "alone_s": 0.0035724963404255303
>       },
>       {
>         "stage": 1,
>         "stream": "ep",
>         "work": "in_layer",
>         "start_s": 0.10494996265103984,
>         "end_s": 0.10852245899146537,
>         "alone_s": 0.0035724963404255303
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "work": "activations",
>         "start_s": 0.10852245899146537,
>         "end_s": 0.10863409950210366,
>         "alone_s": 0.00011164051063829788
>       },
>       {
>         "stage": 1,
>         "stream": "ep",
>         "work": "in_layer",
>         "start_s": 0.1351794948516327,
>         "end_s": 0.13875199119205822,
>         "alone_s": 0.0035724963404255303
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.14008520757584372,
>         "end_s": 0.140205829192865,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1414184239596292,
>         "end_s": 0.14153904557665048,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1427516403434147,
>         "end_s": 0.14287226196043598,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.14408485672720017,
>         "end_s": 0.14420547834422145,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.14541807311098567,
>         "end_s": 0.14553869472800696,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.14675128949477118,
>         "end_s": 0.14687191111179246,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.14808450587855665,
>         "end_s": 0.14820512749557793,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.14941772226234215,
>         "end_s": 0.14953834387936343,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.15075093864612765,
>         "end_s": 0.15087156026314893,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.15208415502991313,
>         "end_s": 0.1522047766469344,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.15341737141369863,
>         "end_s": 0.1535379930307199,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1547505877974841,
>         "end_s": 0.15487120941450538,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "ep",
>         "work": "in_layer",
>         "start_s": 0.15236915613466914,
>         "end_s": 0.15594165247509467,
>         "alone_s": 0.0035724963404255303
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1560838041812696,
>         "end_s": 0.15620442579829089,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1574170205650551,
>         "end_s": 0.1575376421820764,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.15875023694884058,
>         "end_s": 0.15887085856586186,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.16008345333262608,
>         "end_s": 0.16020407494964736,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.16141666971641155,
>         "end_s": 0.16153729133343284,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.16274988610019706,
>         "end_s": 0.16287050771721834,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.16408310248398256,
>         "end_s": 0.16420372410100384,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.16541631886776803,
>         "end_s": 0.1655369404847893,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.16674953525155353,
>         "end_s": 0.16687015686857481,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.16808275163533903,
>         "end_s": 0.16820337325236032,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1694159680191245,
>         "end_s": 0.1695365896361458,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.17074918440291,
>         "end_s": 0.1708698060199313,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1720824007866955,
>         "end_s": 0.1722030224037168,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.17341561717048098,
>         "end_s": 0.17353623878750227,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.17474883355426649,
>         "end_s": 0.17486945517128777,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.17608204993805196,
>         "end_s": 0.17620267155507324,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.17741526632183746,
>         "end_s": 0.17753588793885874,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.17874848270562294,
>         "end_s": 0.17886910432264422,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.18008169908940844,
>         "end_s": 0.18020232070642972,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.18141491547319394,
>         "end_s": 0.18153553709021522,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1827481318569794,
>         "end_s": 0.1828687534740007,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1840813482407649,
>         "end_s": 0.18432259147480748,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.18541456462455042,
>         "end_s": 0.18565580785859298,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1867477810083359,
>         "end_s": 0.18698902424237845,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 1,
>         "stream": "ep",
>         "work": "in_layer",
>         "start_s": 0.18317528466791036,
>         "end_s": 0.18710964585939974,
>         "alone_s": 0.0035724963404255303
>       },
>       {
>         "stage": 1,
>         "stream": "pp_backward",
>         "work": "activations",
>         "start_s": 0.18710964585939974,
>         "end_s": 0.18722128637003804,
>         "alone_s": 0.00011164051063829788
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.18853538506373224,
>         "end_s": 0.18865600668075352,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.18984948375742644,
>         "end_s": 0.18997010537444772,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.19116358245112064,
>         "end_s": 0.19128420406814192,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1924776811448148,
>         "end_s": 0.1925983027618361,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.193791779838509,
>         "end_s": 0.1939124014555303,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1951058785322032,
>         "end_s": 0.1952265001492245,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1964199772258974,
>         "end_s": 0.1965405988429187,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1977340759195916,
>         "end_s": 0.1978546975366129,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.1990481746132858,
>         "end_s": 0.1991687962303071,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.20036227330697998,
>         "end_s": 0.20048289492400126,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.20167637200067418,
>         "end_s": 0.20179699361769546,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.20299047069436837,
>         "end_s": 0.20311109231138966,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.20430456938806257,
>         "end_s": 0.20442519100508386,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.20561866808175677,
>         "end_s": 0.20573928969877806,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.20693276677545097,
>         "end_s": 0.20705338839247225,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.20824686546914514,
>         "end_s": 0.20836748708616643,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.20956096416283934,
>         "end_s": 0.20968158577986062,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.21087506285653354,
>         "end_s": 0.21099568447355482,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.21218916155022774,
>         "end_s": 0.21230978316724902,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.21350326024392194,
>         "end_s": 0.21362388186094322,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.21481735893761614,
>         "end_s": 0.21493798055463742,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.21613145763131034,
>         "end_s": 0.21625207924833162,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.2174455563250045,
>         "end_s": 0.2175661779420258,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.2187596550186987,
>         "end_s": 0.21888027663572,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.2200737537123929,
>         "end_s": 0.2201943753294142,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.2213878524060871,
>         "end_s": 0.2215084740231084,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.2227019510997813,
>         "end_s": 0.22282257271680259,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.2240160497934755,
>         "end_s": 0.22413667141049678,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.2253301484871697,
>         "end_s": 0.22545077010419098,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.22664424718086387,
>         "end_s": 0.22676486879788516,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.22795834587455807,
>         "end_s": 0.22807896749157935,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.22927244456825227,
>         "end_s": 0.22939306618527355,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.23058654326194647,
>         "end_s": 0.23070716487896775,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.23190064195564064,
>         "end_s": 0.2321418851896832,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.23321474064933484,
>         "end_s": 0.2334559838833774,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "dp",
>         "work": "gradients",
>         "start_s": 0.23452883934302904,
>         "end_s": 0.2347700825770716,
>         "alone_s": 0.00012062161702127658
>       },
>       {
>         "stage": 0,
>         "stream": "ep",
>         "work": "in_layer",
>         "start_s": 0.2309563430026035,
>         "end_s": 0.2348907041940929,
>         "alone_s": 0.0035724963404255303
>       }
>     ]
>   },
>   "warnings": [],
>   "power": null
> }
