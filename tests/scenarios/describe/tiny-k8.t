# `colossus describe` of a cluster file (tests/scenarios/describe/tiny-k8.yaml), text and JSON.
$ colossus describe tests/scenarios/describe/tiny-k8.yaml
> tiny-k8: k = 8 two-tier fat tree, 32 H100, hand-counted
>
> Inventory
>   GPUs                         32          h100-sxm (NVIDIA H100 SXM5 80 GB)
>   Servers                       4          8 GPUs each
>   Racks                         2          2 servers each (compute racks; switch racks not counted)
>   NICs                         32          one per GPU: connectx-7 (400 Gb/s)
>
> Fabric: InfiniBand, ECMP routing, MTU 4096 bytes
>   not rail-optimized: a leaf serves 4 consecutive NICs
>   tier  switch            switches  down/up      port  links  copper  optical  optics
>   leaf  quantum-2-qm9700         8      4/4  400 Gb/s     32      32        0       0
>   spine quantum-2-qm9700         4      8/0  400 Gb/s     32       0       32      64
>   total                         12                        64      32       32      64
>   Injection bandwidth        12.8 Tb/s     all NICs, one direction
>   Bisection bandwidth        6.40 Tb/s     16 GPUs x 400 Gb/s, one direction
>
> Compute and memory
>   Peak dense BF16            31.7 PFLOP/s
>   Peak dense FP8             63.3 PFLOP/s
>   HBM                        2.50 TiB
>   HBM bandwidth               107 TB/s
>
> Power at full load
>   GPUs (TDP)                 22.4 kW
>   Hosts                      18.4 kW       server power minus GPUs
>   Switches                   14.4 kW
>   IT total                   55.2 kW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                      $880k
>   Hosts                     $520k          servers without GPUs and NICs
>   NICs                     $70.4k
>   Switches                  $420k
>   Optics                   $44.8k          2 transceivers per optical link
>   Total                    $1.94M          cables and facilities not counted
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                 2.14 PFLOP/s  32 x 67.0 TFLOP/s (matrix units)
>   HPL Rmax (estimate)        1.25 PFLOP/s  58.2% of Rpeak: DGEMM 0.705 x network share 0.825
>   Top500 Jun 2025           below          under the tenth (241.20 PFLOP/s)
>   AI peak, dense BF16        31.7 PFLOP/s  15x the FP64 Rpeak
>   AI peak, dense FP8         63.3 PFLOP/s

# The same as JSON.
$ colossus describe tests/scenarios/describe/tiny-k8.yaml --json
! json
> {
>   "schema": "colossus.describe/1",
>   "cluster": "tiny-k8",
>   "description": "k = 8 two-tier fat tree, 32 H100, hand-counted",
>   "gpus": 32,
>   "gpu_types": [
>     {
>       "name": "h100-sxm",
>       "description": "NVIDIA H100 SXM5 80 GB",
>       "count": 32
>     }
>   ],
>   "servers": 4,
>   "gpus_per_server": 8,
>   "racks": 2,
>   "servers_per_rack": 2,
>   "nics": 32,
>   "compute_trays": 4,
>   "nvlink_switch_trays": 0,
>   "nvlink_links": 0,
>   "fabric": {
>     "transport": "infiniband",
>     "routing": "ecmp",
>     "rail_optimized": false,
>     "mtu_bytes": 4096,
>     "tiers": [
>       {
>         "name": "leaf",
>         "switch": "quantum-2-qm9700",
>         "switches": 8,
>         "down_ports": 4,
>         "up_ports": 4,
>         "port_bandwidth_bit_per_s": 400000000000.0,
>         "links": 32,
>         "copper_links": 32,
>         "optical_links": 0,
>         "transceivers": 0,
>         "power_w": 9600.0,
>         "switch_cost_usd": 280000.0,
>         "optics_cost_usd": 0.0
>       },
>       {
>         "name": "spine",
>         "switch": "quantum-2-qm9700",
>         "switches": 4,
>         "down_ports": 8,
>         "up_ports": 0,
>         "port_bandwidth_bit_per_s": 400000000000.0,
>         "links": 32,
>         "copper_links": 0,
>         "optical_links": 32,
>         "transceivers": 64,
>         "power_w": 4800.0,
>         "switch_cost_usd": 140000.0,
>         "optics_cost_usd": 44800.0
>       }
>     ],
>     "kind": "clos",
>     "direct_links": [],
>     "switches": 12,
>     "links": 64,
>     "transceivers": 64,
>     "injection_bandwidth_bit_per_s": 12800000000000.0,
>     "bisection_bandwidth_bit_per_s": 6400000000000.0
>   },
>   "compute": {
>     "bf16_dense_flop_per_s": 3.16608e+16,
>     "fp8_dense_flop_per_s": 6.33248e+16,
>     "hbm_bytes": 2748779069440.0,
>     "hbm_bandwidth_bytes_per_s": 107200000000000.0
>   },
>   "power": {
>     "gpu_w": 22400.0,
>     "host_w": 18400.0,
>     "switch_w": 14400.0,
>     "it_w": 55200.0
>   },
>   "cost": {
>     "gpu_usd": 880000.0,
>     "host_usd": 520000.0,
>     "nic_usd": 70400.0,
>     "switch_usd": 420000.0,
>     "optics_usd": 44800.0,
>     "total_usd": 1935200.0
>   },
>   "facility": null,
>   "top500": {
>     "fp64_stated": true,
>     "devices": 32,
>     "rpeak_fp64_flop_per_s": 2.144e+15,
>     "rpeak_matrix_units": true,
>     "rmax_estimate_flop_per_s": 1.2468008565990435e+15,
>     "dgemm_efficiency": 0.705,
>     "network_share": 0.824865603233198,
>     "top500_edition": "Jun 2025",
>     "top500_rank": 0,
>     "top500_own_listing_rank": 0,
>     "bf16_dense_flop_per_s": 3.16608e+16,
>     "fp8_dense_flop_per_s": 6.33248e+16
>   }
> }
