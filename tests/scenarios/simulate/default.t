# The default scenario, examples/memphis-grok1.yaml (Grok-1 on 98,304 GPUs of memphis-100k):
# the text report and the whole JSON result, exactly (numbers to a relative 1e-9).
$ colossus simulate
> colossus simulate: grok-1 on memphis-100k (98,304 of 100,000 GPUs, h100-sxm)
>   scenario        examples/memphis-grok1.yaml (default)
>   model           315.68 B parameters (83.76 B active), 64 layers, hidden 6144, 48 heads / 8 KV heads of 128, FFN 32768 gated, 8 experts top-2 of 32768 in 64 of 64 layers, vocab 131072 (tied)
>   layout          TP8 SP, PP4 interleaved x4, DP3072 (EP8), ZeRO-1, micro-batch 1 x 8192 tokens, global batch 12288, bf16, selective recompute
>   batch           4 micro-batches per replica per step, 100,663,296 tokens per step
>
>   step time       1.97 s
>   MFU             28.4 %   (HFU 29.1 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 281   (model FLOPs; 288 with recompute)
>   tokens/s        51.1 M
>   time to train   2.3 days for 10 T tokens
>
> Where the step goes (pipeline stage 3, the busiest, bounds the step):
>   compute               1.10 s   56.1 %
>   pipeline bubble       277 ms   14.1 %
>   stage imbalance       131 ms    6.7 %
>   exposed TP            202 ms   10.2 %
>   exposed CP               0 s    0.0 %
>   exposed EP            180 ms    9.2 %
>   exposed PP           4.13 ms    0.2 %
>   exposed DP           70.9 ms    3.6 %
>   optimizer            39.2 us    0.0 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers                       weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-3, 16-19, 32-35, 48-51         2.8     5.5       0.0        31.8       4.6    44.7     133 ms     227 ms
>       1  4-7, 20-23, 36-39, 52-55         2.6     5.2       0.0        31.8       4.6    44.1     133 ms     226 ms
>       2  8-11, 24-27, 40-43, 56-59        2.6     5.2       0.0        29.8       4.5    42.0     133 ms     226 ms
>       3  12-15, 28-31, 44-47, 60-63       2.8     5.5       0.0        26.5       4.3    39.2     136 ms     233 ms
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
>   ep all_to_all                 12,288 x 8    24.0 MiB     672 us  pairwise            1024
>   pp send_recv                  24,576 x 4    12.0 MiB     296 us  send_recv            120
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nic out                       98,304 100.0 %              43.1 %
>   nic in                        98,304 100.0 %              43.1 %
>   switch up from tier 0          1,536 100.0 %               1.2 %
>   switch down from tier 0        1,536 100.0 %               1.2 %
>   switch up from tier 1             24 100.0 %               0.8 %
>   switch down from tier 1           24 100.0 %               0.8 %
>
> Power by activity (power model training-activity, PUE 1.2)
>   Job IT, average                 77.2 MW   92.7 MW at the wall
>   Job IT, peak                    86.7 MW   104 MW at the wall
>   Job IT, trough                  41.4 MW
>   Swing                           45.3 MW   every 1.97 s (one step); 220 ms of it below the midpoint
>   Energy per step                50.7 kWh   at the wall
>   Cost per step                     $78.3   owned GPU-hours + electricity
>   Cost per 1M tokens               $0.778

$ colossus simulate --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "examples/memphis-grok1.yaml (default)",
>   "cluster": "memphis-100k",
>   "model": "grok-1",
>   "model_summary": "315.68 B parameters (83.76 B active), 64 layers, hidden 6144, 48 heads / 8 KV heads of 128, FFN 32768 gated, 8 experts top-2 of 32768 in 64 of 64 layers, vocab 131072 (tied)",
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
>     "recompute_layers": 0,
>     "attention": "flash2",
>     "optimizer": "adam",
>     "main_grads": "fp32",
>     "micro_batches": 4,
>     "tokens_per_step": 100663296
>   },
>   "step_time_s": 1.9704625007457583,
>   "tokens_per_s": 51086126.207376234,
>   "model_flop_per_s_per_gpu": 281240159374866.97,
>   "hardware_flop_per_s_per_gpu": 287936120109120.2,
>   "mfu": 0.2842532437587093,
>   "hfu": 0.2910209420953307,
>   "bubble_fraction": 0.1406816810512761,
>   "train_tokens": 10000000000000,
>   "time_to_train_s": 195747.86233363135,
>   "time_to_train_days": 2.2656002584911037,
>   "bounding_stage": 3,
>   "breakdown_s": {
>     "compute": 1.1048716206783369,
>     "bubble": 0.27720797705341466,
>     "imbalance": 0.1313564858217267,
>     "tp": 0.20153971078918917,
>     "cp": 0.0,
>     "ep": 0.18038770933300574,
>     "pp": 0.004127287678719088,
>     "dp": 0.07093248622718691,
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
>       "forward_s": 0.13257012129381812,
>       "backward_s": 0.2265561805078576,
>       "end_s": 1.9704625007457583,
>       "in_flight_micro_batches": 4.0,
>       "memory_bytes": {
>         "weights": 2970157056.0,
>         "gradients": 5940314112.0,
>         "optimizer": 38831232.0,
>         "activations": 34091302912.0,
>         "overhead": 4925790617.6,
>         "total": 47966395929.6
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
>       "forward_s": 0.13256242617740022,
>       "backward_s": 0.22644049771382777,
>       "end_s": 1.8988550554766084,
>       "in_flight_micro_batches": 4.0,
>       "memory_bytes": {
>         "weights": 2768830464.0,
>         "gradients": 5537660928.0,
>         "optimizer": 38438016.0,
>         "activations": 34091302912.0,
>         "overhead": 4925790617.6,
>         "total": 47362022937.6
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
>       "forward_s": 0.13256242617740022,
>       "backward_s": 0.22644049771382777,
>       "end_s": 1.8367780663662654,
>       "in_flight_micro_batches": 3.75,
>       "memory_bytes": {
>         "weights": 2768830464.0,
>         "gradients": 5537660928.0,
>         "optimizer": 38438016.0,
>         "activations": 31960596480.0,
>         "overhead": 4819255296.0,
>         "total": 45124781184.0
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
>       "forward_s": 0.13640156681537238,
>       "backward_s": 0.2332090692558471,
>       "end_s": 1.7747106391688836,
>       "in_flight_micro_batches": 3.25,
>       "memory_bytes": {
>         "weights": 2970169344.0,
>         "gradients": 5940338688.0,
>         "optimizer": 38831256.0,
>         "activations": 28504489984.0,
>         "overhead": 4646449971.2,
>         "total": 42100279243.2
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
>       "time_s": 0.0006719969250677789,
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
>         "busiest_average_utilization": 0.430653448767958
>       },
>       {
>         "kind": "nic in",
>         "tier": -1,
>         "resources": 98304,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 0.43065344876795814
>       },
>       {
>         "kind": "switch up",
>         "tier": 0,
>         "resources": 1536,
>         "peak_utilization": 0.9999999999999993,
>         "busiest_average_utilization": 0.01162941080188919
>       },
>       {
>         "kind": "switch up",
>         "tier": 1,
>         "resources": 24,
>         "peak_utilization": 0.9999999999999403,
>         "busiest_average_utilization": 0.007765315033165806
>       },
>       {
>         "kind": "switch down",
>         "tier": 0,
>         "resources": 1536,
>         "peak_utilization": 0.9999999999999993,
>         "busiest_average_utilization": 0.011629410801889126
>       },
>       {
>         "kind": "switch down",
>         "tier": 1,
>         "resources": 24,
>         "peak_utilization": 0.9999999999999403,
>         "busiest_average_utilization": 0.007765315033165749
>       }
>     ]
>   },
>   "warnings": [],
>   "power": {
>     "power_model": "training-activity",
>     "pue": 1.2,
>     "average_it_w": 77238331.69328818,
>     "peak_it_w": 86715098.03280109,
>     "trough_it_w": 41386967.03999999,
>     "average_wall_w": 92685998.03194581,
>     "peak_wall_w": 104058117.6393613,
>     "swing_it_w": 45328130.9928011,
>     "swing_period_s": 1.9704625007457583,
>     "low_time_s": 0.21960738282164524,
>     "energy_per_step_it_j": 152195236.22178698,
>     "energy_per_step_wall_j": 182634283.46614438,
>     "cost_per_step_usd": 78.33944017569593,
>     "cost_per_million_tokens_usd": 0.7782324172625534
>   }
> }
