# `colossus describe meta-24k-roce`: the cluster preset's text summary, exactly.
$ colossus describe meta-24k-roce
> meta-24k-roce: Meta Llama 3 RoCE cluster - 24,576 H100, 3,072-GPU pods, 1:7 above the pods
>
> Inventory
>   GPUs                     24,576          h100-sxm (NVIDIA H100 SXM5 80 GB)
>   Servers                   3,072          8 GPUs each
>   Racks                     1,536          2 servers each (compute racks; switch racks not counted)
>   NICs                     24,576          one per GPU: connectx-7 (400 Gb/s)
>
> Fabric: RoCE, adaptive routing, MTU 4096 bytes
>   not rail-optimized: a leaf serves 16 consecutive NICs
>   tier        switch       switches  down/up      port   links  copper  optical  optics
>   tor         minipack2       1,536    16/16  400 Gb/s  24,576  24,576        0       0
>   cluster     arista-7800       128   192/28  400 Gb/s  24,576       0   24,576  49,152
>   aggregation arista-7800        13    288/0  400 Gb/s   3,584       0    3,584   7,168
>   total                       1,677                     52,736  24,576   28,160  56,320
>   Injection bandwidth        9.83 Pb/s     all NICs, one direction
>   Bisection bandwidth         717 Tb/s     12,288 GPUs x 58.3 Gb/s, one direction
>
> Compute and memory
>   Peak dense BF16            24.3 EFLOP/s
>   Peak dense FP8             48.6 EFLOP/s
>   HBM                        1.88 PiB
>   HBM bandwidth              82.3 PB/s
>
> Power at full load
>   GPUs (TDP)                 17.2 MW
>   Hosts                      14.1 MW       server power minus GPUs
>   Switches                   3.47 MW
>   IT total                   34.8 MW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                      $676M
>   Hosts                     $184M          servers without GPUs and NICs
>   NICs                     $54.1M
>   Switches                  $163M
>   Optics                   $39.4M          2 transceivers per optical link
>   Total                    $1.12B          cables and facilities not counted
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                 1.65 EFLOP/s  24,576 x 67.0 TFLOP/s (matrix units)
>   HPL Rmax (estimate)         958 PFLOP/s  58.2% of Rpeak: DGEMM 0.705 x network share 0.825
>   Top500 Jun 2025             No. 4        between Aurora and JUPITER Booster
>   AI peak, dense BF16        24.3 EFLOP/s  15x the FP64 Rpeak
>   AI peak, dense FP8         48.6 EFLOP/s
