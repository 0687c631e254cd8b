# `colossus describe cortex-50k`: the cluster preset's text summary, exactly.
$ colossus describe cortex-50k
> cortex-50k: Tesla Cortex, Giga Texas - 50k H100 (fabric assumed), RoCE 400G, 3 tiers
>
> Inventory
>   GPUs                     50,000          h100-sxm (NVIDIA H100 SXM5 80 GB)
>   Servers                   6,250          8 GPUs each
>   Racks                       782          8 servers each (compute racks; switch racks not counted)
>   NICs                     50,000          one per GPU: bluefield-3 (400 Gb/s)
>
> Fabric: RoCE, adaptive routing, MTU 4096 bytes
>   rail-optimized: a leaf serves one rail (NIC) of 64 servers
>   tier  switch           switches  down/up      port    links  copper  optical   optics
>   leaf  spectrum-sn5600       784    64/64  400 Gb/s   50,000       0   50,000  100,000
>   spine spectrum-sn5600       832    64/64  400 Gb/s   50,176       0   50,176  100,352
>   core  spectrum-sn5600       456    117/0  400 Gb/s   53,248       0   53,248  106,496
>   total                     2,072                     153,424       0  153,424  306,848
>   Injection bandwidth        20.0 Pb/s     all NICs, one direction
>   Bisection bandwidth        10.0 Pb/s     25,000 GPUs x 400 Gb/s, one direction
>
> Compute and memory
>   Peak dense BF16            49.5 EFLOP/s
>   Peak dense FP8             98.9 EFLOP/s
>   HBM                        3.81 PiB
>   HBM bandwidth               168 PB/s
>
> Power at full load
>   GPUs (TDP)                 35.0 MW
>   Hosts                      19.4 MW       server power minus GPUs
>   Switches                   4.14 MW
>   IT total                   58.5 MW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                     $1.38B
>   Hosts                     $375M          servers without GPUs and NICs
>   NICs                      $150M
>   Switches                  $207M
>   Optics                    $215M          2 transceivers per optical link
>   Total                    $2.32B          cables and facilities not counted
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                 3.35 EFLOP/s  50,000 x 67.0 TFLOP/s (matrix units)
>   HPL Rmax (estimate)        1.95 EFLOP/s  58.2% of Rpeak: DGEMM 0.705 x network share 0.825
>   Top500 Jun 2025             No. 1        ahead of El Capitan
>   AI peak, dense BF16        49.5 EFLOP/s  15x the FP64 Rpeak
>   AI peak, dense FP8         98.9 EFLOP/s
