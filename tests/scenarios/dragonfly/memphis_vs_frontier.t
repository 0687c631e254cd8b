# `colossus describe memphis-100k frontier`: the README's example, an AI cluster beside an
# exascale machine.
$ colossus describe memphis-100k frontier
>                                memphis-100k                     frontier
>   GPUs (devices)                    100,000                       75,264
>   GPU packages             100,000 h100-sxm  37,632 mi250x (2 GCDs each)
>   Nodes / servers                    12,500                        9,408
>   NICs                              100,000                       37,632
>   Fabric                               clos                    dragonfly
>   Switches                            3,988                        2,368
>   Injection bandwidth             40.0 Pb/s                    7.53 Pb/s
>   Bisection bandwidth             20.0 Pb/s                    1.10 Pb/s
>   Peak dense BF16              98.9 EFLOP/s                 14.4 EFLOP/s
>   Peak dense FP8                198 EFLOP/s                         none
>   Rpeak FP64                   6.70 EFLOP/s                 3.60 EFLOP/s
>   HPL Rmax (estimate)          3.90 EFLOP/s                 1.33 EFLOP/s
>   Top500 rank              No. 1 (Jun 2025)             No. 2 (Jun 2025)
>   HBM                              7.63 PiB                     4.28 PiB
>   IT power                           117 MW                      25.4 MW
>   Capital cost (estimate)            $4.62B                        $764M
