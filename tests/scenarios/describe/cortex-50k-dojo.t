# `colossus describe cortex-50k-dojo`: the cluster preset's text summary, exactly.
$ colossus describe cortex-50k-dojo
> cortex-50k-dojo: Tesla Cortex, Dojo part (estimate - one ExaPOD, 3,000 D1, 50 x 60 mesh)
>
> Inventory
>   GPUs                      3,000          dojo-d1 (Tesla Dojo D1 (362 TFLOP/s BF16/CFP8, 400 W; DRAM in the interface processors))
>   Servers                     120          25 GPUs each
>   Racks                        10          12 servers each (compute racks; switch racks not counted)
>   NICs                      3,000          one per GPU: dojo-dip (100 Gb/s)
>
> Fabric: 2-D mesh 50 x 60 (no wrap-around), dimension-order routing, no switches
>   blocks of 5 x 5 chips
>   Links inside blocks       4,800          Dojo mesh, 32.0 Tb/s one way each
>   Links between blocks      1,090          Dojo mesh, 14.4 Tb/s one way each
>   Injection bandwidth         300 Tb/s     all NICs (data-centre network), one direction
>   Bisection bandwidth         720 Tb/s     1,500 chips x 480 Gb/s, one direction
>
> Compute and memory
>   Peak dense BF16            1.09 EFLOP/s
>   Peak dense FP8             1.09 EFLOP/s
>   HBM                        11.8 TiB
>   HBM bandwidth              2.40 PB/s
>
> Power at full load
>   GPUs (TDP)                 1.20 MW
>   Hosts                       600 kW       server power minus GPUs
>   Switches                      0 W
>   IT total                   1.80 MW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                     $30.0M
>   Hosts                    $12.0M          servers without GPUs and NICs
>   NICs                     $3.00M
>   Switches                     $0
>   Optics                       $0          2 transceivers per optical link
>   Total                    $45.0M          cables and facilities not counted
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                    0 FLOP/s   3,000 x 0 FLOP/s (vector units)
>   HPL Rmax                   none          the GPUs have no FP64 units
>   AI peak, dense BF16        1.09 EFLOP/s
>   AI peak, dense FP8         1.09 EFLOP/s
