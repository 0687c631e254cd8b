# `colossus describe frontier`: the dragonfly's inventory (published counts: 9,408 nodes, 37,632
# MI250X = 75,264 GCDs, 37,632 NICs, 74 groups of 32 switches), its HPL estimate and rank.
$ colossus describe frontier
> frontier: Frontier (ORNL), HPE Cray EX, 9,408 nodes x 4 MI250X, Slingshot-11 dragonfly
>
> Inventory
>   GPUs                     75,264          mi250x (AMD Instinct MI250X OAM 128 GB (2 GCDs, 560 W))
>   GPU packages             37,632          2 GCDs each (each GCD a GPU to software)
>   Servers                   9,408          8 GPUs each
>   Racks                        74          128 servers each (compute racks; switch racks not counted)
>   NICs                     37,632          4 per server: slingshot-11 (200 Gb/s)
>
> Fabric: dragonfly (slingshot-rosetta), adaptive routing, Ethernet, MTU 4096 bytes
>   74 groups of 32 switches (128 nodes each), 64 ports per switch: 16 to NICs, 31 x 1 local, 16 global
>   Switches                  2,368          64 ports of 200 Gb/s
>   NIC links (L0)           37,632          copper, in the group
>   Local links (L1)         36,704          copper
>   Global links (L2)        10,804          optical: 21,608 transceivers
>   Global taper               0.57          a group's global links over its NICs (73 x 4 x 200 Gb/s / 102 Tb/s)
>   Injection bandwidth        7.53 Pb/s     all NICs, one direction
>   Bisection bandwidth        1.10 Pb/s     37 x 37 group pairs x 4 global links, one direction
>
> Compute and memory
>   Peak dense BF16            14.4 EFLOP/s
>   Peak dense FP8             none          the GPUs have no FP8 tensor cores
>   HBM                        4.28 PiB
>   HBM bandwidth               123 PB/s
>
> Power at full load
>   GPUs (TDP)                 21.1 MW
>   Hosts                      3.76 MW       server power minus GPUs
>   Switches                    592 kW
>   IT total                   25.4 MW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                      $452M
>   Hosts                     $188M          servers without GPUs and NICs
>   NICs                     $56.4M
>   Switches                 $59.2M
>   Optics                   $8.64M          2 transceivers per optical link
>   Total                     $764M          cables and facilities not counted
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                 3.60 EFLOP/s  75,264 x 47.9 TFLOP/s (matrix units)
>   HPL Rmax (estimate)        1.33 EFLOP/s  36.8% of Rpeak: DGEMM 0.581 x network share 0.633
>   Top500 Jun 2025             No. 2        between El Capitan and Aurora (its own listing, No. 2, left out)
>   AI peak, dense BF16        14.4 EFLOP/s  4x the FP64 Rpeak
