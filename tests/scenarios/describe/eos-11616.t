# `colossus describe eos-11616`: the cluster preset's text summary, exactly.
$ colossus describe eos-11616
> eos-11616: NVIDIA Eos - 1,452 DGX H100 (11,616 H100), Quantum-2 NDR InfiniBand, 3 tiers
>
> Inventory
>   GPUs                     11,616          h100-sxm (NVIDIA H100 SXM5 80 GB)
>   Servers                   1,452          8 GPUs each
>   Racks                       363          4 servers each (compute racks; switch racks not counted)
>   NICs                     11,616          one per GPU: connectx-7 (400 Gb/s)
>
> Fabric: InfiniBand, adaptive routing, MTU 4096 bytes
>   rail-optimized: a leaf serves one rail (NIC) of 32 servers
>   tier  switch            switches  down/up      port   links  copper  optical  optics
>   leaf  quantum-2-qm9700       368    32/32  400 Gb/s  11,616       0   11,616  23,232
>   spine quantum-2-qm9700       384    32/32  400 Gb/s  11,776       0   11,776  23,552
>   core  quantum-2-qm9700       205     60/0  400 Gb/s  12,288       0   12,288  24,576
>   total                        957                     35,680       0   35,680  71,360
>   Injection bandwidth        4.65 Pb/s     all NICs, one direction
>   Bisection bandwidth        2.32 Pb/s     5,808 GPUs x 400 Gb/s, one direction
>
> Compute and memory
>   Peak dense BF16            11.5 EFLOP/s
>   Peak dense FP8             23.0 EFLOP/s
>   HBM                         908 TiB
>   HBM bandwidth              38.9 PB/s
>
> Power at full load
>   GPUs (TDP)                 8.13 MW
>   Hosts                      6.68 MW       server power minus GPUs
>   Switches                   1.15 MW
>   IT total                   16.0 MW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                      $319M
>   Hosts                     $189M          servers without GPUs and NICs
>   NICs                     $25.6M
>   Switches                 $33.5M
>   Optics                   $50.0M          2 transceivers per optical link
>   Total                     $617M          cables and facilities not counted
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                  778 PFLOP/s  11,616 x 67.0 TFLOP/s (matrix units)
>   HPL Rmax (estimate)         453 PFLOP/s  58.2% of Rpeak: DGEMM 0.705 x network share 0.825
>   Top500 Jun 2025             No. 7        between HPC6 and Fugaku
>   AI peak, dense BF16        11.5 EFLOP/s  15x the FP64 Rpeak
>   AI peak, dense FP8         23.0 EFLOP/s
