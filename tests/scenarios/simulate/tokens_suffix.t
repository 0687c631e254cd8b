# --tokens with an SI suffix (15T = 15e12 tokens): the time to train in the text report.
$ colossus simulate --tokens 15T
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
>   time to train   3.4 days for 15 T tokens
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
