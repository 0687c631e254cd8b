# `colossus describe mi300x-1024`: the cluster preset's text summary, exactly.
$ colossus describe mi300x-1024
> mi300x-1024: Example 1,024 x MI300X (full-mesh servers), InfiniBand NDR 400G, 2 tiers
>
> Inventory
>   GPUs                      1,024          mi300x (AMD Instinct MI300X OAM 192 GB (750 W))
>   Servers                     128          8 GPUs each
>   GPU-GPU links             3,584          7 per GPU, 3.58 Tb/s per GPU one way (full mesh, no switch)
>   Racks                        32          4 servers each (compute racks; switch racks not counted)
>   NICs                      1,024          one per GPU: connectx-7 (400 Gb/s)
>
> Fabric: InfiniBand, adaptive routing, MTU 4096 bytes
>   rail-optimized: a leaf serves one rail (NIC) of 32 servers
>   tier  switch            switches  down/up      port  links  copper  optical  optics
>   leaf  quantum-2-qm9700        32    32/32  400 Gb/s  1,024       0    1,024   2,048
>   spine quantum-2-qm9700        16     64/0  400 Gb/s  1,024       0    1,024   2,048
>   total                         48                     2,048       0    2,048   4,096
>   Injection bandwidth         410 Tb/s     all NICs, one direction
>   Bisection bandwidth         205 Tb/s     512 GPUs x 400 Gb/s, one direction
>
> Compute and memory
>   Peak dense BF16            1.34 EFLOP/s
>   Peak dense FP8             2.68 EFLOP/s
>   HBM                         179 TiB
>   HBM bandwidth              5.43 PB/s
>
> Power at full load
>   GPUs (TDP)                  768 kW
>   Hosts                       768 kW       server power minus GPUs
>   Switches                   57.6 kW
>   IT total                   1.59 MW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                     $15.4M
>   Hosts                    $7.68M          servers without GPUs and NICs
>   NICs                     $2.25M
>   Switches                 $1.68M
>   Optics                   $2.87M          2 transceivers per optical link
>   Total                    $29.8M          cables and facilities not counted
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                  167 PFLOP/s  1,024 x 163 TFLOP/s (matrix units)
>   HPL Rmax                    n/a          a GPU states no dgemm_efficiency
>   AI peak, dense BF16        1.34 EFLOP/s  8x the FP64 Rpeak
>   AI peak, dense FP8         2.68 EFLOP/s
