# A two-phase campaign of Llama 3 8B on 1,024 Eos GPUs (tests/scenarios/campaign/small.yaml):
# the ramp's step is simulated, the main phase's too; fixed 30 min checkpoints beside Young/Daly.
$ colossus campaign tests/scenarios/campaign/small.yaml
> colossus campaign: llama3-8b on eos-11616 (1,024 of 11,616 GPUs, h100-sxm)
>   campaign        small (file tests/scenarios/campaign/small.yaml)
>   scenario        small-job.yaml
>   reliability     hgx-8gpu
>   target          200 G tokens
>   Monte Carlo     200 replicas, seed 1, 1,324 spare servers
>
> Phases (one step simulation per distinct layout):
>   phase            tokens    GPUs      step    MFU      steps  training  layout
>   ramp               20 G   1,024   0.792 s  26.9%      4,769  62.9 min  TP8 SP, PP1 1f1b, DP128, ZeRO-1, micro-batch 1 x 4096 tokens, global batch 1024, bf16, selective recompute
>   main              180 G   1,024    1.47 s  32.7%     21,458    8.74 h  TP8 SP, PP1 1f1b, DP128, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 1024, bf16, selective recompute
>
> Checkpoints and restarts, by phase:
>   phase               size     write    blocks   restart      MTTF Young/Daly      fixed  interval
>   ramp             0.11 TB    1.12 s    1.12 s  3.06 min    26.1 h   7.67 min     30 min    30 min
>   main             0.11 TB    1.12 s    1.12 s  3.06 min    26.1 h   7.67 min     30 min    30 min
>   detection: 2.5 min for a crash, 10 min for a hang (watchdog); restart = fixed + init + load
>
> Result                        closed form   Monte Carlo mean [5% .. 95%]
>   days to finish                     0.42   0.42 [0.41 .. 0.44]
>   days without failures              0.41
>   ETTR (goodput)                   0.9803   0.9803 [0.9318 .. 0.9942] (95% CI of the mean +-0.0031)
>   interruptions                       0.4   0.4 [0.0 .. 2.0]
>   ETTR, RSC formula                0.9853   (first phase; first order in lambda u0, so only where it is small)
>
> Where the lost time goes (Monte Carlo mean, 12.1 min in all):
>   detection                 90.8 s   12.5 %
>   restart                   75.3 s   10.3 %
>   recomputation           5.92 min   48.8 %
>   checkpoint blocking       21.4 s    2.9 %
>   waiting for spares           0 s    0.0 %
>   slowdowns                  0.6 s    0.1 %
>   planned maintenance          0 s    0.0 %
>   phase changes           3.08 min   25.4 %
>
> Interruptions by component (first phase's job):
>   component                             units per 1k u-d detection   blast  expected   Monte Carlo [5% .. 95%]
>   gpu-recoverable                    1024 gpu     0.1347     crash    none       0.1   0.1 [0.0 .. 1.0]
>   gpu-hard                           1024 gpu     0.1147     crash  server       0.0   0.1 [0.0 .. 1.0]
>   hbm                                1024 gpu     0.1147     crash  server       0.0   0.0 [0.0 .. 0.0]
>   nvlink-nvswitch                  128 server     0.4586     crash  server       0.0   0.0 [0.0 .. 0.0]
>   host                             128 server     0.2707     crash  server       0.0   0.0 [0.0 .. 0.0]
>   nic                                1024 nic    0.02528     crash  server       0.0   0.0 [0.0 .. 0.0]
>   optic-cable                       3145 link    0.01685     crash    none       0.0   0.0 [0.0 .. 0.0]
>   ib-recoverable                    3145 link    0.01128     crash    none       0.0   0.0 [0.0 .. 0.0]
>   leaf-switch                  32 leaf_switch     0.2157     crash    leaf       0.0   0.0 [0.0 .. 0.0]
>   spine-switch                52 spine_switch     0.2157     crash    none       0.0   0.0 [0.0 .. 0.0]
>   fabric-other                     128 server     0.9393      hang    none       0.0   0.1 [0.0 .. 0.0]
>   storage                          128 server      0.975     crash    none       0.1   0.1 [0.0 .. 1.0]
>   software-hang                    128 server        0.5      hang    none       0.0   0.0 [0.0 .. 0.0]
>   silent-data-corruption             1024 gpu       0.01     crash  server       0.0   0.0 [0.0 .. 0.0]
>   link-flap                         3145 link       0.05      slow       -       0.1   0.0 [0.0 .. 0.0]
>   sources: docs/campaign.md and the reliability preset

# The same for a fixed period of 30 days (tokens trained instead of days), without spares: every
# server-blast failure waits for its repair.
$ colossus campaign tests/scenarios/campaign/small.yaml --days 30 --spares 0 --replicas 100
> colossus campaign: llama3-8b on eos-11616 (1,024 of 11,616 GPUs, h100-sxm)
>   campaign        small (file tests/scenarios/campaign/small.yaml)
>   scenario        small-job.yaml
>   reliability     hgx-8gpu
>   target          30 days
>   Monte Carlo     100 replicas, seed 1, 0 spare servers
>
> Phases (one step simulation per distinct layout):
>   phase            tokens    GPUs      step    MFU      steps  training  layout
>   ramp               20 G   1,024   0.792 s  26.9%      4,769  62.9 min  TP8 SP, PP1 1f1b, DP128, ZeRO-1, micro-batch 1 x 4096 tokens, global batch 1024, bf16, selective recompute
>   main               rest   1,024    1.47 s  32.7%          0      30 d  TP8 SP, PP1 1f1b, DP128, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 1024, bf16, selective recompute
>
> Checkpoints and restarts, by phase:
>   phase               size     write    blocks   restart      MTTF Young/Daly      fixed  interval
>   ramp             0.11 TB    1.12 s    1.12 s  3.06 min    26.1 h   7.67 min     30 min    30 min
>   main             0.11 TB    1.12 s    1.12 s  3.06 min    26.1 h   7.67 min     30 min    30 min
>   detection: 2.5 min for a crash, 10 min for a hang (watchdog); restart = fixed + init + load
>
> Result                        closed form   Monte Carlo mean [5% .. 95%]
>   tokens trained                            8.52 T [6.62 T .. 10.7 T]
>   ETTR (goodput)                   0.9853   0.5745 [0.4465 .. 0.7237] (95% CI of the mean +-0.0188)
>   interruptions                      27.4   16.0 [11.0 .. 21.0]
>   ETTR, RSC formula                0.9853   (first phase; first order in lambda u0, so only where it is small)
>
> Where the lost time goes (Monte Carlo mean, 13.3 d in all):
>   detection               62.9 min    0.3 %
>   restart                 48.9 min    0.3 %
>   recomputation             4.05 h    1.3 %
>   checkpoint blocking     15.5 min    0.1 %
>   waiting for spares        13.1 d   98.1 %
>   slowdowns                 39.6 s    0.0 %
>   planned maintenance          0 s    0.0 %
>   phase changes           3.08 min    0.0 %
>
> Interruptions by component (first phase's job):
>   component                             units per 1k u-d detection   blast  expected   Monte Carlo [5% .. 95%]
>   gpu-recoverable                    1024 gpu     0.1347     crash    none       4.1   2.6 [0.0 .. 5.0]
>   gpu-hard                           1024 gpu     0.1147     crash  server       3.5   2.3 [0.0 .. 5.0]
>   hbm                                1024 gpu     0.1147     crash  server       3.5   2.0 [0.0 .. 4.0]
>   nvlink-nvswitch                  128 server     0.4586     crash  server       1.8   1.1 [0.0 .. 3.0]
>   host                             128 server     0.2707     crash  server       1.0   0.6 [0.0 .. 2.0]
>   nic                                1024 nic    0.02528     crash  server       0.8   0.4 [0.0 .. 2.0]
>   optic-cable                       3145 link    0.01685     crash    none       1.6   1.0 [0.0 .. 3.0]
>   ib-recoverable                    3145 link    0.01128     crash    none       1.1   0.5 [0.0 .. 2.0]
>   leaf-switch                  32 leaf_switch     0.2157     crash    leaf       0.2   0.1 [0.0 .. 1.0]
>   spine-switch                52 spine_switch     0.2157     crash    none       0.3   0.2 [0.0 .. 1.0]
>   fabric-other                     128 server     0.9393      hang    none       3.6   2.1 [0.0 .. 5.0]
>   storage                          128 server      0.975     crash    none       3.7   2.0 [0.0 .. 4.0]
>   software-hang                    128 server        0.5      hang    none       1.9   1.0 [0.0 .. 3.0]
>   silent-data-corruption             1024 gpu       0.01     crash  server       0.3   0.1 [0.0 .. 1.0]
>   link-flap                         3145 link       0.05      slow       -       4.7   2.6 [0.0 .. 6.0]
>   sources: docs/campaign.md and the reliability preset

# A one-phase campaign of a scenario from the flags: Grok-1 on memphis-100k for 1 T tokens.
$ colossus campaign --scenario examples/memphis-grok1.yaml --tokens 1T --replicas 100
> colossus campaign: grok-1 on memphis-100k (98,304 of 100,000 GPUs, h100-sxm)
>   campaign        memphis-grok1 (from scenario examples/memphis-grok1.yaml)
>   scenario        examples/memphis-grok1.yaml
>   reliability     hgx-8gpu
>   target          1 T tokens
>   Monte Carlo     100 replicas, seed 1, 212 spare servers
>
> Phases (one step simulation per distinct layout):
>   phase            tokens    GPUs      step    MFU      steps  training  layout
>   train               1 T  98,304    1.97 s  28.4%      9,935    5.44 h  TP8 SP, PP4 interleaved x4, DP3072 (EP8), ZeRO-1, micro-batch 1 x 8192 tokens, global batch 12288, bf16, selective recompute
>
> Checkpoints and restarts, by phase:
>   phase               size     write    blocks   restart      MTTF Young/Daly      fixed  interval
>   train            4.42 TB    4.42 s    4.42 s  7.95 min  16.5 min     93.6 s       auto    94.6 s
>   detection: 2.5 min for a crash, 10 min for a hang (watchdog); restart = fixed + init + load
>
> Result                        closed form   Monte Carlo mean [5% .. 95%]
>   days to finish                     0.43   0.44 [0.37 .. 0.51]
>   days without failures              0.23
>   ETTR (goodput)                   0.5255   0.5210 [0.4468 .. 0.6085] (95% CI of the mean +-0.0102)
>   interruptions                      21.8   22.4 [14.0 .. 30.0]
>   ETTR, RSC formula                0.2178   (first phase; first order in lambda u0, so only where it is small)
>
> Where the lost time goes (Monte Carlo mean, 5.1 h in all):
>   detection               93.7 min   30.6 %
>   restart                   2.97 h   58.3 %
>   recomputation           17.9 min    5.9 %
>   checkpoint blocking     15.2 min    5.0 %
>   waiting for spares           0 s    0.0 %
>   slowdowns                 56.5 s    0.3 %
>   planned maintenance          0 s    0.0 %
>   phase changes                0 s    0.0 %
>
> Interruptions by component (first phase's job):
>   component                             units per 1k u-d detection   blast  expected   Monte Carlo [5% .. 95%]
>   gpu-recoverable                   98304 gpu     0.1347     crash    none       3.3   3.5 [1.0 .. 6.0]
>   gpu-hard                          98304 gpu     0.1147     crash  server       2.8   2.7 [0.0 .. 5.0]
>   hbm                               98304 gpu     0.1147     crash  server       2.8   2.9 [0.0 .. 6.0]
>   nvlink-nvswitch                12288 server     0.4586     crash  server       1.4   1.3 [0.0 .. 3.0]
>   host                           12288 server     0.2707     crash  server       0.8   0.9 [0.0 .. 3.0]
>   nic                               98304 nic    0.02528     crash  server       0.6   0.6 [0.0 .. 2.0]
>   optic-cable                     297617 link    0.01685     crash    none       1.3   1.2 [0.0 .. 3.0]
>   ib-recoverable                  297617 link    0.01128     crash    none       0.8   0.9 [0.0 .. 3.0]
>   leaf-switch                1541 leaf_switch     0.2157     crash    leaf       0.1   0.0 [0.0 .. 0.0]
>   spine-switch              2379 spine_switch     0.2157     crash    none       0.1   0.1 [0.0 .. 1.0]
>   fabric-other                   12288 server     0.9393      hang    none       2.9   3.4 [1.0 .. 6.0]
>   storage                        12288 server      0.975     crash    none       3.0   3.0 [1.0 .. 6.0]
>   software-hang                  12288 server        0.5      hang    none       1.5   1.6 [0.0 .. 4.0]
>   silent-data-corruption            98304 gpu       0.01     crash  server       0.2   0.3 [0.0 .. 1.0]
>   link-flap                       297617 link       0.05      slow       -       3.7   3.8 [1.0 .. 7.0]
>   sources: docs/campaign.md and the reliability preset
>
> Energy, water, CO2 and money of the run (Monte Carlo mean):
>   Energy at the wall              705 MWh   IT 588 MWh x PUE
>   Job IT power, training          77.2 MW   by phase: train 77.2 MW
>   Job IT power, down              30.0 MW   4.79 h of 10.5 h down (restarts, spares, checkpoints)
>   Water                            588 m3
>   CO2                               200 t
>   Electricity                      $43.9k
>   Cost of the run                  $1.49M   1,035,969 GPU-hours at the owner's fixed rate + electricity
>   Cost per 1M tokens               $1.491
>   Rented instead                   $5.09M   at $4.92/GPU-hour

