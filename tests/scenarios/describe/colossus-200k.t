# `colossus describe colossus-200k`: the cluster preset's text summary, exactly.
$ colossus describe colossus-200k
> colossus-200k: xAI Colossus expanded - 150k H100 + 50k H200, Spectrum-X RoCE 400G, 3 tiers
>
> Inventory
>   GPUs                    150,000          h100-sxm (NVIDIA H100 SXM5 80 GB)
>                            50,000          h200-sxm (NVIDIA H200 SXM 141 GB)
>                           200,000          in all
>   Servers                  25,000          8 GPUs each
>   Racks                     3,125          8 servers each (compute racks; switch racks not counted)
>   NICs                    200,000          one per GPU: bluefield-3 (400 Gb/s)
>
> Fabric: RoCE, adaptive routing, MTU 4096 bytes
>   rail-optimized: a leaf serves one rail (NIC) of 64 servers
>   tier  switch           switches  down/up      port    links  copper  optical     optics
>   leaf  spectrum-sn5600     3,128    64/64  400 Gb/s  200,000       0  200,000    400,000
>   spine spectrum-sn5600     3,136    64/64  400 Gb/s  200,192       0  200,192    400,384
>   core  spectrum-sn5600     2,048     98/0  400 Gb/s  200,704       0  200,704    401,408
>   total                     8,312                     600,896       0  600,896  1,201,792
>   Injection bandwidth        80.0 Pb/s     all NICs, one direction
>   Bisection bandwidth        40.0 Pb/s     100,000 GPUs x 400 Gb/s, one direction
>
> Compute and memory
>   Peak dense BF16             198 EFLOP/s
>   Peak dense FP8              396 EFLOP/s
>   HBM                        18.1 PiB
>   HBM bandwidth               742 PB/s
>
> Power at full load
>   GPUs (TDP)                  140 MW
>   Hosts                      77.5 MW       server power minus GPUs
>   Switches                   16.6 MW
>   IT total                    234 MW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                     $5.70B
>   Hosts                    $1.50B          servers without GPUs and NICs
>   NICs                      $600M
>   Switches                  $831M
>   Optics                    $841M          2 transceivers per optical link
>   Total                    $9.47B          cables and facilities not counted
>
> Facility (direct_liquid cooling, PUE 1.2, power model training-activity)
>   IT at full load                  234 MW   GPUs at TDP, hosts and switches at full load
>   Wall at full load                281 MW   IT x PUE 1.2 (typical for direct_liquid: 1.05-1.3)
>   Cooling and losses              46.8 MW
>   Grid connection                  300 MW   suffices: 19.1 MW (6%) to spare
>   Water                      5,619 m3/day   WUE 1 L per kWh of IT energy, at full load
>   CO2                         1,912 t/day   grid at 0.2835 kg/kWh, at full load
>
> Cost of ownership (pricing us-2025, 2025-06)
>   Capex                            $12.2B   IT $9.47B + facility $2.74B ($11.7M per MW of IT)
>   Opex per year                     $627M   maintenance $474M + electricity $153M (full load, $0.0623/kWh)
>   Depreciation per year            $2.03B   IT over 5 years, facility over 20
>   Owned, per GPU-hour               $1.52   $1.43 fixed + $0.09 electricity, busy all year
>   Rented, per GPU-hour           no price   the pricing has no cloud price for this GPU
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                 13.4 EFLOP/s  all pools
>   HPL Rmax (estimate)        7.88 EFLOP/s  58.8% of Rpeak: DGEMM 0.705 x network share 0.834
>   Top500 Jun 2025             No. 1        ahead of El Capitan
>   AI peak, dense BF16         198 EFLOP/s  15x the FP64 Rpeak
>   AI peak, dense FP8          396 EFLOP/s
