# The preset campaigns: Grok-1 for 15 T tokens on memphis-100k (the default), and Llama 3 405B
# (a dense 400B-class model) for 15 T tokens on b200-300k; each simulates three phases' steps.
$ colossus campaign
! timeout 300
> colossus campaign: grok-1 on memphis-100k (98,304 of 100,000 GPUs, h100-sxm)
>   campaign        memphis-grok1-15t (default preset)
>   scenario        ../../examples/memphis-grok1.yaml
>   reliability     hgx-8gpu
>   target          15 T tokens
>   Monte Carlo     1,000 replicas, seed 1, 212 spare servers
>
> Phases (one step simulation per distinct layout):
>   phase            tokens    GPUs      step    MFU      steps  training  layout
>   short-context       1 T  98,304    1.11 s  24.3%     19,869    6.12 h  TP8 SP, PP4 interleaved x4, DP3072 (EP8), ZeRO-1, micro-batch 1 x 4096 tokens, global batch 12288, bf16, selective recompute
>   main             13.5 T  98,304    1.97 s  28.4%    134,111    3.06 d  TP8 SP, PP4 interleaved x4, DP3072 (EP8), ZeRO-1, micro-batch 1 x 8192 tokens, global batch 12288, bf16, selective recompute
>   long-context      500 G  98,304    2.26 s  30.1%      4,968    3.12 h  TP8 SP, CP4, PP4 interleaved x4, DP768 (EP8), ZeRO-1, micro-batch 1 x 32768 tokens, global batch 3072, bf16, selective recompute
>
> Checkpoints and restarts, by phase:
>   phase               size     write    blocks   restart      MTTF Young/Daly      fixed  interval
>   short-context    4.42 TB    4.42 s  0.0018 s  7.95 min  16.5 min     1.89 s       auto    4.44 s
>   main             4.42 TB    4.42 s  0.0018 s  7.95 min  16.5 min     1.89 s       auto    3.94 s
>   long-context     4.42 TB    4.42 s  0.0018 s  7.95 min  16.5 min     1.89 s       auto    4.51 s
>   detection: 2.5 min for a crash, 10 min for a hang (watchdog); restart = fixed + init + load
>
> Result                        closed form   Monte Carlo mean [5% .. 95%]
>   days to finish                     5.99   6.00 [5.76 .. 6.25]
>   days without failures              3.44
>   ETTR (goodput)                   0.5744   0.5739 [0.5510 .. 0.5973] (95% CI of the mean +-0.0009)
>   interruptions                     302.2   302.3 [275.0 .. 331.0]
>   ETTR, RSC formula                0.2733   (first phase; first order in lambda u0, so only where it is small)
>
> Where the lost time goes (Monte Carlo mean, 61.4 h in all):
>   detection                 20.3 h   33.1 %
>   restart                   40.1 h   65.2 %
>   recomputation           32.2 min    0.9 %
>   checkpoint blocking     2.24 min    0.1 %
>   waiting for spares        28.5 s    0.0 %
>   slowdowns                 13 min    0.4 %
>   planned maintenance          0 s    0.0 %
>   phase changes           16.1 min    0.4 %
>
> Interruptions by component (first phase's job):
>   component                             units per 1k u-d detection   blast  expected   Monte Carlo [5% .. 95%]
>   gpu-recoverable                   98304 gpu     0.1347     crash    none      45.9   45.6 [35.0 .. 57.0]
>   gpu-hard                          98304 gpu     0.1147     crash  server      39.1   39.2 [29.0 .. 49.0]
>   hbm                               98304 gpu     0.1147     crash  server      39.1   39.0 [29.0 .. 49.0]
>   nvlink-nvswitch                12288 server     0.4586     crash  server      19.6   19.5 [13.0 .. 27.0]
>   host                           12288 server     0.2707     crash  server      11.5   11.5 [6.0 .. 17.0]
>   nic                               98304 nic    0.02528     crash  server       8.6   8.6 [4.0 .. 14.0]
>   optic-cable                     297617 link    0.01685     crash    none      17.4   17.4 [11.0 .. 24.0]
>   ib-recoverable                  297617 link    0.01128     crash    none      11.6   11.6 [6.0 .. 17.0]
>   leaf-switch                1541 leaf_switch     0.2157     crash    leaf       1.2   1.1 [0.0 .. 3.0]
>   spine-switch              2379 spine_switch     0.2157     crash    none       1.8   1.8 [0.0 .. 4.0]
>   fabric-other                   12288 server     0.9393      hang    none      40.0   40.2 [30.0 .. 51.0]
>   storage                        12288 server      0.975     crash    none      41.6   41.7 [31.0 .. 53.0]
>   software-hang                  12288 server        0.5      hang    none      21.3   21.5 [15.0 .. 29.0]
>   silent-data-corruption            98304 gpu       0.01     crash  server       3.4   3.5 [1.0 .. 7.0]
>   link-flap                       297617 link       0.05      slow       -      51.6   51.8 [40.0 .. 64.0]
>   sources: docs/campaign.md and the reliability preset
>
> Energy, water, CO2 and money of the run (Monte Carlo mean):
>   Energy at the wall            9,900 MWh   IT 8,250 MWh x PUE
>   Job IT power, training          75.0 MW   by phase: short-context 75.0 MW, main 77.2 MW, long-context 78.6 MW
>   Job IT power, down              30.0 MW   2.53 days of 6.00 days down (restarts, spares, checkpoints)
>   Water                          8,250 m3
>   CO2                             2,807 t
>   Electricity                       $617k
>   Cost of the run                  $20.4M   14,164,603 GPU-hours at the owner's fixed rate + electricity
>   Cost per 1M tokens               $1.360
>   Rented instead                   $69.6M   at $4.92/GPU-hour

$ colossus campaign b200-llama405b-15t
! timeout 300
> colossus campaign: llama3-405b on b200-300k (294,912 of 300,000 GPUs, b200)
>   campaign        b200-llama405b-15t (preset)
>   scenario        ../../examples/b200-llama405b.yaml
>   reliability     hgx-8gpu
>   target          15 T tokens
>   Monte Carlo     1,000 replicas, seed 1, 636 spare servers
>
> Phases (one step simulation per distinct layout):
>   phase            tokens    GPUs      step    MFU      steps  training  layout
>   short-context       1 T 294,912    1.11 s  25.9%     13,246    4.09 h  TP8 SP, CP2, PP9 interleaved x7, DP2048, ZeRO-1, micro-batch 1 x 4096 tokens, global batch 18432, bf16, selective recompute
>   main             13.2 T 294,912    1.96 s  30.5%     87,421    47.6 h  TP8 SP, CP2, PP9 interleaved x7, DP2048, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 18432, bf16, selective recompute
>   long-context      800 G 294,912     7.2 s  35.8%      2,650     5.3 h  TP8 SP, CP16, PP9 interleaved x7, DP256, ZeRO-1, micro-batch 1 x 131072 tokens, global batch 2304, bf16, selective recompute
>
> Checkpoints and restarts, by phase:
>   phase               size     write    blocks   restart      MTTF Young/Daly      fixed  interval
>   short-context    5.68 TB    1.89 s 0.000771 s  17.8 min  5.52 min    0.714 s       auto    2.22 s
>   main             5.68 TB    1.89 s 0.000771 s  17.8 min  5.52 min    0.714 s       auto    1.96 s
>   long-context     5.68 TB    1.89 s 0.000771 s  17.8 min  5.52 min    0.714 s       auto     7.2 s
>   detection: 2.5 min for a crash, 10 min for a hang (watchdog); restart = fixed + init + load
>
> Result                        closed form   Monte Carlo mean [5% .. 95%]
>   days to finish                    11.91   11.96 [11.31 .. 12.59]
>   days without failures              2.37
>   ETTR (goodput)                   0.1991   0.1986 [0.1884 .. 0.2096] (95% CI of the mean +-0.0004)
>   interruptions                     627.0   629.0 [586.0 .. 671.0]
>   ETTR, RSC formula               -2.9496   (first phase; first order in lambda u0, so only where it is small)
>
> Where the lost time goes (Monte Carlo mean, 9.58 d in all):
>   detection                 42.2 h   18.3 %
>   restart                   7.76 d   81.0 %
>   recomputation           32.7 min    0.2 %
>   checkpoint blocking       74.9 s    0.0 %
>   waiting for spares           0 s    0.0 %
>   slowdowns               26.7 min    0.2 %
>   planned maintenance          0 s    0.0 %
>   phase changes           35.6 min    0.3 %
>
> Interruptions by component (first phase's job):
>   component                             units per 1k u-d detection   blast  expected   Monte Carlo [5% .. 95%]
>   gpu-recoverable                  294912 gpu     0.1347     crash    none      95.5   95.5 [80.0 .. 111.0]
>   gpu-hard                         294912 gpu     0.1147     crash  server      81.3   81.5 [66.0 .. 96.0]
>   hbm                              294912 gpu     0.1147     crash  server      81.3   81.1 [66.0 .. 96.0]
>   nvlink-nvswitch                36864 server     0.4586     crash  server      40.6   41.2 [31.0 .. 52.0]
>   host                           36864 server     0.2707     crash  server      24.0   24.2 [16.0 .. 32.0]
>   nic                              294912 nic    0.02528     crash  server      17.9   18.0 [11.0 .. 25.0]
>   optic-cable                     885491 link    0.01685     crash    none      35.9   35.8 [27.0 .. 46.0]
>   ib-recoverable                  885491 link    0.01128     crash    none      24.0   24.1 [16.0 .. 33.0]
>   leaf-switch                4097 leaf_switch     0.2157     crash    leaf       2.1   2.1 [0.0 .. 5.0]
>   spine-switch              6653 spine_switch     0.2157     crash    none       3.4   3.5 [1.0 .. 7.0]
>   fabric-other                   36864 server     0.9393      hang    none      83.2   83.5 [69.0 .. 100.0]
>   storage                        36864 server      0.975     crash    none      86.4   86.8 [72.0 .. 102.0]
>   software-hang                  36864 server        0.5      hang    none      44.3   44.5 [34.0 .. 56.0]
>   silent-data-corruption           294912 gpu       0.01     crash  server       7.1   7.2 [3.0 .. 12.0]
>   link-flap                       885491 link       0.05      slow       -     106.4   106.6 [90.0 .. 123.0]
>   sources: docs/campaign.md and the reliability preset
>
> Energy, water, CO2 and money of the run (Monte Carlo mean):
>   Energy at the wall           72,519 MWh   IT 60,432 MWh x PUE
>   Job IT power, training           386 MW   by phase: short-context 386 MW, main 390 MW, long-context 409 MW
>   Job IT power, down               165 MW   9.54 days of 12.0 days down (restarts, spares, checkpoints)
>   Water                         60,432 m3
>   CO2                            20,559 t
>   Electricity                      $4.52M
>   Cost of the run                   $167M   84,625,548 GPU-hours at the owner's fixed rate + electricity
>   Cost per 1M tokens              $11.121
