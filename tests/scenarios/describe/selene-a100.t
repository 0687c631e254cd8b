# `colossus describe selene-a100`: the cluster preset's text summary, exactly.
$ colossus describe selene-a100
> selene-a100: NVIDIA Selene - 560 DGX A100 (4,480 A100), HDR 200G InfiniBand, 3 tiers
>
> Inventory
>   GPUs                      4,480          a100-sxm-80g (NVIDIA A100 SXM4 80 GB)
>   Servers                     560          8 GPUs each
>   Racks                       140          4 servers each (compute racks; switch racks not counted)
>   NICs                      4,480          one per GPU: connectx-6 (200 Gb/s)
>
> Fabric: InfiniBand, adaptive routing, MTU 4096 bytes
>   rail-optimized: a leaf serves one rail (NIC) of 20 servers
>   tier  switch          switches  down/up      port   links  copper  optical  optics
>   leaf  quantum-qm8700       224    20/20  200 Gb/s   4,480       0    4,480   8,960
>   spine quantum-qm8700       240    20/20  200 Gb/s   4,480       0    4,480   8,960
>   core  quantum-qm8700       134     36/0  200 Gb/s   4,800       0    4,800   9,600
>   total                      598                     13,760       0   13,760  27,520
>   Injection bandwidth         896 Tb/s     all NICs, one direction
>   Bisection bandwidth         448 Tb/s     2,240 GPUs x 200 Gb/s, one direction
>
> Compute and memory
>   Peak dense BF16            1.40 EFLOP/s
>   Peak dense FP8             none          the GPUs have no FP8 tensor cores
>   HBM                         350 TiB
>   HBM bandwidth              9.13 PB/s
>
> Power at full load
>   GPUs (TDP)                 1.79 MW
>   Hosts                      1.85 MW       server power minus GPUs
>   Switches                    269 kW
>   IT total                   3.91 MW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                     $67.2M
>   Hosts                    $39.2M          servers without GPUs and NICs
>   NICs                     $5.38M
>   Switches                 $12.0M
>   Optics                   $13.8M          2 transceivers per optical link
>   Total                     $137M          cables and facilities not counted
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                 87.4 PFLOP/s  4,480 x 19.5 TFLOP/s (matrix units)
>   HPL Rmax                    n/a          a GPU states no dgemm_efficiency
>   AI peak, dense BF16        1.40 EFLOP/s  16x the FP64 Rpeak
