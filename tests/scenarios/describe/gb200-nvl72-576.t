# `colossus describe gb200-nvl72-576`: the cluster preset's text summary, exactly.
$ colossus describe gb200-nvl72-576
> gb200-nvl72-576: 8 x GB200 NVL72 (one DGX SuperPOD GB200 SU), 576 GPUs, InfiniBand 400G, 2 tiers
>
> Inventory
>   GPUs                        576          gb200 (NVIDIA B200 in GB200 NVL72 (1,200 W))
>   NVLink domains                8          72 GPUs each
>   Compute trays               144          4 GPUs each, 18 per NVLink domain
>   NVLink switch trays          72          9 per NVLink domain
>   NVLink links             10,368          18 per GPU, 7.20 Tb/s per GPU one way
>   Racks                         8          1 NVLink domain each (compute racks; switch racks not counted)
>   NICs                        576          one per GPU: connectx-7 (400 Gb/s)
>
> Fabric: InfiniBand, adaptive routing, MTU 4096 bytes
>   not rail-optimized: a leaf serves 144 consecutive NICs
>   tier  switch              switches  down/up      port  links  copper  optical  optics
>   leaf  quantum-x800-q3400         4  144/144  400 Gb/s    576       0      576   1,152
>   spine quantum-x800-q3400         2    288/0  400 Gb/s    576       0      576   1,152
>   total                            6                     1,152       0    1,152   2,304
>   Injection bandwidth         230 Tb/s     all NICs, one direction
>   Bisection bandwidth         115 Tb/s     288 GPUs x 400 Gb/s, one direction
>
> Compute and memory
>   Peak dense BF16            1.44 EFLOP/s
>   Peak dense FP8             2.88 EFLOP/s
>   HBM                        97.4 TiB
>   HBM bandwidth              4.61 PB/s
>
> Power at full load
>   GPUs (TDP)                  691 kW
>   Hosts                       269 kW       server power minus GPUs
>   Switches                   36.0 kW
>   IT total                    996 kW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                     $23.0M
>   Hosts                    $1.60M          servers without GPUs and NICs
>   NICs                     $1.27M
>   Switches                 $1.20M
>   Optics                   $1.61M          2 transceivers per optical link
>   Total                    $28.7M          cables and facilities not counted
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                 23.0 PFLOP/s  576 x 40.0 TFLOP/s (vector units)
>   HPL Rmax                    n/a          a GPU states no dgemm_efficiency
>   AI peak, dense BF16        1.44 EFLOP/s  62x the FP64 Rpeak
>   AI peak, dense FP8         2.88 EFLOP/s
