# `colossus describe aurora`: the cluster preset's text summary, exactly (inventory, facility, HPL estimate).
$ colossus describe aurora
> aurora: Aurora (ANL), HPE Cray EX, 10,624 nodes x 6 Max 1550, Slingshot-11 dragonfly
>
> Inventory
>   GPUs                     63,744          max-1550 (Intel Data Center GPU Max 1550 128 GB (600 W))
>   Servers                  10,624          6 GPUs each
>   Racks                       166          64 servers each (compute racks; switch racks not counted)
>   NICs                     84,992          8 per server: slingshot-11 (200 Gb/s)
>
> Fabric: dragonfly (slingshot-rosetta), adaptive routing, Ethernet, MTU 4096 bytes
>   166 groups of 32 switches (64 nodes each), 64 ports per switch: 16 to NICs, 31 x 1 local, 16 global
>   Switches                  5,312          64 ports of 200 Gb/s
>   NIC links (L0)           84,992          copper, in the group
>   Local links (L1)         82,336          copper
>   Global links (L2)        41,085          optical: 82,170 transceivers
>   Global taper               0.97          a group's global links over its NICs (165 x 3 x 200 Gb/s / 102 Tb/s)
>   Injection bandwidth        17.0 Pb/s     all NICs, one direction
>   Bisection bandwidth        4.13 Pb/s     83 x 83 group pairs x 3 global links, one direction
>
> Compute and memory
>   Peak dense BF16            53.5 EFLOP/s
>   Peak dense FP8             none          the GPUs have no FP8 tensor cores
>   HBM                        7.25 PiB
>   HBM bandwidth               209 PB/s
>
> Power at full load
>   GPUs (TDP)                 38.2 MW
>   Hosts                      10.6 MW       server power minus GPUs
>   Switches                   1.33 MW
>   IT total                   50.2 MW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                      $637M
>   Hosts                     $319M          servers without GPUs and NICs
>   NICs                      $127M
>   Switches                  $133M
>   Optics                   $32.9M          2 transceivers per optical link
>   Total                    $1.25B          cables and facilities not counted
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                 3.34 EFLOP/s  63,744 x 52.4 TFLOP/s (vector units)
>   HPL Rmax (estimate)        1.01 EFLOP/s  30.3% of Rpeak: DGEMM 0.332 x network share 0.912
>   Top500 Jun 2025             No. 3        between Frontier and JUPITER Booster (its own listing, No. 3, left out)
>   AI peak, dense BF16        53.5 EFLOP/s  16x the FP64 Rpeak
