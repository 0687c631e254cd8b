# `colossus describe stargate-abilene`: the cluster preset's text summary, exactly (inventory, facility, HPL estimate).
$ colossus describe stargate-abilene
> stargate-abilene: Stargate Abilene (estimate) - 400k GB200 in NVL72 racks, 800G, 3 tiers, ~1.2 GW site
>
> Inventory
>   GPUs                    400,032          gb200 (NVIDIA B200 in GB200 NVL72 (1,200 W))
>   NVLink domains            5,556          72 GPUs each
>   Compute trays           100,008          4 GPUs each, 18 per NVLink domain
>   NVLink switch trays      50,004          9 per NVLink domain
>   NVLink links          7,200,576          18 per GPU, 7.20 Tb/s per GPU one way
>   Racks                     5,556          1 NVLink domain each (compute racks; switch racks not counted)
>   NICs                    400,032          one per GPU: connectx-8 (800 Gb/s)
>
> Fabric: InfiniBand, adaptive routing, MTU 4096 bytes
>   not rail-optimized: a leaf serves 72 consecutive NICs
>   tier  switch              switches  down/up      port      links   copper  optical     optics
>   leaf  quantum-x800-q3400     5,556    72/72  800 Gb/s    400,032  400,032        0          0
>   spine quantum-x800-q3400     5,616    72/72  800 Gb/s    400,032        0  400,032    800,064
>   core  quantum-x800-q3400     5,184     78/0  800 Gb/s    404,352        0  404,352    808,704
>   total                       16,356                     1,204,416  400,032  804,384  1,608,768
>   Injection bandwidth         320 Pb/s     all NICs, one direction
>   Bisection bandwidth         160 Pb/s     200,016 GPUs x 800 Gb/s, one direction
>
> Compute and memory
>   Peak dense BF16            1000 EFLOP/s
>   Peak dense FP8             2000 EFLOP/s
>   HBM                        66.1 PiB
>   HBM bandwidth              3.20 EB/s
>
> Power at full load
>   GPUs (TDP)                  480 MW
>   Hosts                       187 MW       server power minus GPUs
>   Switches                   98.1 MW
>   IT total                    765 MW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                     $16.0B
>   Hosts                    $1.11B          servers without GPUs and NICs
>   NICs                     $1.40B
>   Switches                 $3.27B
>   Optics                   $2.25B          2 transceivers per optical link
>   Total                    $24.0B          cables and facilities not counted
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                 16.0 EFLOP/s  400,032 x 40.0 TFLOP/s (vector units)
>   HPL Rmax                    n/a          a GPU states no dgemm_efficiency
>   AI peak, dense BF16        1000 EFLOP/s  62x the FP64 Rpeak
>   AI peak, dense FP8         2000 EFLOP/s
