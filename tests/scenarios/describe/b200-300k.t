# `colossus describe b200-300k`: the cluster preset's text summary, exactly.
$ colossus describe b200-300k
> b200-300k: Hypothetical 300k B200, ConnectX-8 800G, Quantum-X800 InfiniBand, 3 tiers
>
> Inventory
>   GPUs                    300,000          b200 (NVIDIA B200 (HGX B200, 1,000 W))
>   Servers                  37,500          8 GPUs each
>   Racks                     4,688          8 servers each (compute racks; switch racks not counted)
>   NICs                    300,000          one per GPU: connectx-8 (800 Gb/s)
>
> Fabric: InfiniBand, adaptive routing, MTU 4096 bytes
>   rail-optimized: a leaf serves one rail (NIC) of 72 servers
>   tier  switch              switches  down/up      port    links  copper  optical     optics
>   leaf  quantum-x800-q3400     4,168    72/72  800 Gb/s  300,000       0  300,000    600,000
>   spine quantum-x800-q3400     4,176    72/72  800 Gb/s  300,096       0  300,096    600,192
>   core  quantum-x800-q3400     2,592    116/0  800 Gb/s  300,672       0  300,672    601,344
>   total                       10,936                     900,768       0  900,768  1,801,536
>   Injection bandwidth         240 Pb/s     all NICs, one direction
>   Bisection bandwidth         120 Pb/s     150,000 GPUs x 800 Gb/s, one direction
>
> Compute and memory
>   Peak dense BF16             675 EFLOP/s
>   Peak dense FP8             1350 EFLOP/s
>   HBM                        51.2 PiB
>   HBM bandwidth              2.31 EB/s
>
> Power at full load
>   GPUs (TDP)                  300 MW
>   Hosts                       180 MW       server power minus GPUs
>   Switches                   65.6 MW
>   IT total                    546 MW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                     $10.5B
>   Hosts                    $2.62B          servers without GPUs and NICs
>   NICs                     $1.05B
>   Switches                 $2.19B
>   Optics                   $2.52B          2 transceivers per optical link
>   Total                    $18.9B          cables and facilities not counted
>
> Facility (direct_liquid cooling, PUE 1.2, power model training-activity)
>   IT at full load                  546 MW   GPUs at TDP, hosts and switches at full load
>   Wall at full load                655 MW   IT x PUE 1.2 (typical for direct_liquid: 1.05-1.3)
>   Cooling and losses               109 MW
>   Grid connection              not stated
>   Water                     13,095 m3/day   WUE 1 L per kWh of IT energy, at full load
>   CO2                         4,455 t/day   grid at 0.2835 kg/kWh, at full load
>
> Cost of ownership (pricing us-2025, 2025-06)
>   Capex                            $25.3B   IT $18.9B + facility $6.38B ($11.7M per MW of IT)
>   Opex per year                    $1.30B   maintenance $944M + electricity $357M (full load, $0.0623/kWh)
>   Depreciation per year            $4.10B   IT over 5 years, facility over 20
>   Owned, per GPU-hour               $2.05   $1.92 fixed + $0.14 electricity, busy all year
>   Rented, per GPU-hour           no price   the pricing has no cloud price for this GPU
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                 11.1 EFLOP/s  300,000 x 37.0 TFLOP/s (vector units)
>   HPL Rmax                    n/a          a GPU states no dgemm_efficiency
>   AI peak, dense BF16         675 EFLOP/s  61x the FP64 Rpeak
>   AI peak, dense FP8         1350 EFLOP/s
