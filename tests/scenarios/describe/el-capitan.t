# `colossus describe el-capitan`: the cluster preset's text summary, exactly (inventory, facility, HPL estimate).
$ colossus describe el-capitan
> el-capitan: El Capitan (LLNL), HPE Cray EX, 11,136 nodes x 4 MI300A, Slingshot-11 dragonfly
>
> Inventory
>   GPUs                     44,544          mi300a (AMD Instinct MI300A APU 128 GB (24 Zen 4 cores + CDNA 3, 550 W))
>   Servers                  11,136          4 GPUs each
>   Racks                        87          128 servers each (compute racks; switch racks not counted)
>   NICs                     44,544          one per GPU: slingshot-11 (200 Gb/s)
>
> Fabric: dragonfly (slingshot-rosetta), adaptive routing, Ethernet, MTU 4096 bytes
>   87 groups of 32 switches (128 nodes each), 64 ports per switch: 16 to NICs, 31 x 1 local, 16 global
>   Switches                  2,784          64 ports of 200 Gb/s
>   NIC links (L0)           44,544          copper, in the group
>   Local links (L1)         43,152          copper
>   Global links (L2)        14,964          optical: 29,928 transceivers
>   Global taper               0.67          a group's global links over its NICs (86 x 4 x 200 Gb/s / 102 Tb/s)
>   Injection bandwidth        8.91 Pb/s     all NICs, one direction
>   Bisection bandwidth        1.51 Pb/s     43 x 44 group pairs x 4 global links, one direction
>
> Compute and memory
>   Peak dense BF16            43.7 EFLOP/s
>   Peak dense FP8             87.4 EFLOP/s
>   HBM                        5.06 PiB
>   HBM bandwidth               236 PB/s
>
> Power at full load
>   GPUs (TDP)                 24.5 MW
>   Hosts                      3.34 MW       server power minus GPUs
>   Switches                    696 kW
>   IT total                   28.5 MW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                      $668M
>   Hosts                     $167M          servers without GPUs and NICs
>   NICs                     $66.8M
>   Switches                 $69.6M
>   Optics                   $12.0M          2 transceivers per optical link
>   Total                     $984M          cables and facilities not counted
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                 5.46 EFLOP/s  44,544 x 123 TFLOP/s (matrix units)
>   HPL Rmax (estimate)        1.89 EFLOP/s  34.6% of Rpeak: DGEMM 0.503 x network share 0.688
>   Top500 Jun 2025             No. 1        ahead of Frontier (its own listing, No. 1, left out)
>   AI peak, dense BF16        43.7 EFLOP/s  8x the FP64 Rpeak
>   AI peak, dense FP8         87.4 EFLOP/s
