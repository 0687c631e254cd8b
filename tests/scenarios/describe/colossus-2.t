# `colossus describe colossus-2`: the cluster preset's text summary, exactly.
$ colossus describe colossus-2
> colossus-2: xAI Colossus 2 (estimate) - 110k GB200 + 440k GB300 in NVL72 racks, 800G, 3 tiers
>
> Inventory
>   GPUs                    110,016          gb200 (NVIDIA B200 in GB200 NVL72 (1,200 W))
>                           439,920          gb300 (NVIDIA B300 (Blackwell Ultra) in GB300 NVL72 (1,400 W))
>                           549,936          in all
>   NVLink domains            7,638          72 GPUs each
>   Compute trays           137,484          4 GPUs each, 18 per NVLink domain
>   NVLink switch trays      68,742          9 per NVLink domain
>   NVLink links          9,898,848          18 per GPU, 7.20 Tb/s per GPU one way
>   Racks                     7,638          1 NVLink domain each (compute racks; switch racks not counted)
>   NICs                    549,936          one per GPU: connectx-8 (800 Gb/s)
>
> Fabric: InfiniBand, adaptive routing, MTU 4096 bytes
>   not rail-optimized: a leaf serves 72 consecutive NICs
>   tier  switch              switches  down/up      port      links   copper    optical     optics
>   leaf  quantum-x800-q3400     7,638    72/72  800 Gb/s    549,936  549,936          0          0
>   spine quantum-x800-q3400     7,704    72/72  800 Gb/s    549,936        0    549,936  1,099,872
>   core  quantum-x800-q3400     5,184    107/0  800 Gb/s    554,688        0    554,688  1,109,376
>   total                       20,526                     1,654,560  549,936  1,104,624  2,209,248
>   Injection bandwidth         440 Pb/s     all NICs, one direction
>   Bisection bandwidth         220 Pb/s     274,968 GPUs x 800 Gb/s, one direction
>
> Compute and memory
>   Peak dense BF16            1375 EFLOP/s
>   Peak dense FP8             2750 EFLOP/s
>   HBM                         131 PiB
>   HBM bandwidth              4.40 EB/s
>
> Power at full load
>   GPUs (TDP)                  748 MW
>   Hosts                       260 MW       server power minus GPUs
>   Switches                    123 MW
>   IT total                   1.13 GW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                     $25.5B
>   Hosts                    $1.53B          servers without GPUs and NICs
>   NICs                     $1.92B
>   Switches                 $4.11B
>   Optics                   $3.09B          2 transceivers per optical link
>   Total                    $36.2B          cables and facilities not counted
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                 4.95 EFLOP/s  all pools
>   HPL Rmax                    n/a          a GPU states no dgemm_efficiency
>   AI peak, dense BF16        1375 EFLOP/s  278x the FP64 Rpeak
>   AI peak, dense FP8         2750 EFLOP/s
