# `colossus describe tpu-v5p-8960`: the cluster preset's text summary, exactly.
$ colossus describe tpu-v5p-8960
> tpu-v5p-8960: Google TPU v5p pod, 8,960 chips, 3-D torus 16 x 20 x 28, ICI 4.8 Tb/s per chip
>
> Inventory
>   GPUs                      8,960          tpu-v5p (Google TPU v5p (459 TFLOP/s BF16, 95 GB HBM2e, ICI 4.8 Tb/s))
>   Servers                   2,240          4 GPUs each
>   Racks                       140          16 servers each (compute racks; switch racks not counted)
>   NICs                      8,960          one per GPU: tpu-v5p-dcn (50.0 Gb/s)
>
> Fabric: 3-D torus 16 x 20 x 28 (wrap-around in x,y,z), dimension-order routing, no switches
>   blocks of 4 x 4 x 4 chips
>   Links inside blocks      20,160          ICI, 800 Gb/s one way each
>   Links between blocks      6,720          ICI, 800 Gb/s one way each, optical: 13,440 transceivers
>   Injection bandwidth         448 Tb/s     all NICs (data-centre network), one direction
>   Bisection bandwidth         512 Tb/s     4,480 chips x 114 Gb/s, one direction
>
> Compute and memory
>   Peak dense BF16            4.11 EFLOP/s
>   Peak dense FP8             4.11 EFLOP/s
>   HBM                         774 TiB
>   HBM bandwidth              24.8 PB/s
>
> Power at full load
>   GPUs (TDP)                 4.48 MW
>   Hosts                      2.24 MW       server power minus GPUs
>   Switches                      0 W
>   IT total                   6.72 MW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                      $134M
>   Hosts                    $44.8M          servers without GPUs and NICs
>   NICs                     $4.48M
>   Switches                     $0
>   Optics                   $10.8M          2 transceivers per optical link
>   Total                     $194M          cables and facilities not counted
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                    0 FLOP/s   8,960 x 0 FLOP/s (vector units)
>   HPL Rmax                   none          the GPUs have no FP64 units
>   AI peak, dense BF16        4.11 EFLOP/s
>   AI peak, dense FP8         4.11 EFLOP/s
