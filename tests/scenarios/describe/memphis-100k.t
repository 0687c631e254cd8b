# `colossus describe memphis-100k`: the cluster preset's text summary, exactly.
$ colossus describe memphis-100k
> memphis-100k: xAI Colossus phase 1, Memphis - 100k H100, Spectrum-X RoCE 400G, 3 tiers
>
> Inventory
>   GPUs                    100,000          h100-sxm (NVIDIA H100 SXM5 80 GB)
>   Servers                  12,500          8 GPUs each
>   Racks                     1,563          8 servers each (compute racks; switch racks not counted)
>   NICs                    100,000          one per GPU: bluefield-3 (400 Gb/s)
>
> Fabric: RoCE, adaptive routing, MTU 4096 bytes
>   rail-optimized: a leaf serves one rail (NIC) of 64 servers
>   tier  switch           switches  down/up      port    links  copper  optical   optics
>   leaf  spectrum-sn5600     1,568    64/64  400 Gb/s  100,000       0  100,000  200,000
>   spine spectrum-sn5600     1,600    64/64  400 Gb/s  100,352       0  100,352  200,704
>   core  spectrum-sn5600       820    125/0  400 Gb/s  102,400       0  102,400  204,800
>   total                     3,988                     302,752       0  302,752  605,504
>   Injection bandwidth        40.0 Pb/s     all NICs, one direction
>   Bisection bandwidth        20.0 Pb/s     50,000 GPUs x 400 Gb/s, one direction
>
> Compute and memory
>   Peak dense BF16            98.9 EFLOP/s
>   Peak dense FP8              198 EFLOP/s
>   HBM                        7.63 PiB
>   HBM bandwidth               335 PB/s
>
> Power at full load
>   GPUs (TDP)                 70.0 MW
>   Hosts                      38.8 MW       server power minus GPUs
>   Switches                   7.98 MW
>   IT total                    117 MW       before cooling and PUE
>
> Capital cost (estimates from the presets)
>   GPUs                     $2.75B
>   Hosts                     $750M          servers without GPUs and NICs
>   NICs                      $300M
>   Switches                  $399M
>   Optics                    $424M          2 transceivers per optical link
>   Total                    $4.62B          cables and facilities not counted
>
> Facility (direct_liquid cooling, PUE 1.2, power model training-activity)
>   IT at full load                  117 MW   GPUs at TDP, hosts and switches at full load
>   Wall at full load                140 MW   IT x PUE 1.2 (typical for direct_liquid: 1.05-1.3)
>   Cooling and losses              23.3 MW
>   Grid connection                  150 MW   suffices: 9.9 MW (7%) to spare
>   Water                      2,801 m3/day   WUE 1 L per kWh of IT energy, at full load
>   CO2                           953 t/day   grid at 0.2835 kg/kWh, at full load
>
> Cost of ownership (pricing us-2025, 2025-06)
>   Capex                            $5.99B   IT $4.62B + facility $1.37B ($11.7M per MW of IT)
>   Opex per year                     $308M   maintenance $231M + electricity $76.4M (full load, $0.0623/kWh)
>   Depreciation per year             $993M   IT over 5 years, facility over 20
>   Owned, per GPU-hour               $1.48   $1.40 fixed + $0.09 electricity, busy all year
>   Rented, per GPU-hour              $4.92   owning is cheaper above 29% utilisation
>
> HPL and the Top500 (FP64; the Rmax is an estimate, docs/top500.md)
>   Rpeak FP64                 6.70 EFLOP/s  100,000 x 67.0 TFLOP/s (matrix units)
>   HPL Rmax (estimate)        3.90 EFLOP/s  58.2% of Rpeak: DGEMM 0.705 x network share 0.825
>   Top500 Jun 2025             No. 1        ahead of El Capitan
>   AI peak, dense BF16        98.9 EFLOP/s  15x the FP64 Rpeak
>   AI peak, dense FP8          198 EFLOP/s

# The same as JSON.
$ colossus describe memphis-100k --json
! json
> {
>   "schema": "colossus.describe/1",
>   "cluster": "memphis-100k",
>   "description": "xAI Colossus phase 1, Memphis - 100k H100, Spectrum-X RoCE 400G, 3 tiers",
>   "gpus": 100000,
>   "gpu_types": [
>     {
>       "name": "h100-sxm",
>       "description": "NVIDIA H100 SXM5 80 GB",
>       "count": 100000
>     }
>   ],
>   "servers": 12500,
>   "gpus_per_server": 8,
>   "racks": 1563,
>   "servers_per_rack": 8,
>   "nics": 100000,
>   "compute_trays": 12500,
>   "nvlink_switch_trays": 0,
>   "nvlink_links": 0,
>   "fabric": {
>     "transport": "roce",
>     "routing": "adaptive",
>     "rail_optimized": true,
>     "mtu_bytes": 4096,
>     "tiers": [
>       {
>         "name": "leaf",
>         "switch": "spectrum-sn5600",
>         "switches": 1568,
>         "down_ports": 64,
>         "up_ports": 64,
>         "port_bandwidth_bit_per_s": 400000000000.0,
>         "links": 100000,
>         "copper_links": 0,
>         "optical_links": 100000,
>         "transceivers": 200000,
>         "power_w": 3136000.0,
>         "switch_cost_usd": 156800000.0,
>         "optics_cost_usd": 140000000.0
>       },
>       {
>         "name": "spine",
>         "switch": "spectrum-sn5600",
>         "switches": 1600,
>         "down_ports": 64,
>         "up_ports": 64,
>         "port_bandwidth_bit_per_s": 400000000000.0,
>         "links": 100352,
>         "copper_links": 0,
>         "optical_links": 100352,
>         "transceivers": 200704,
>         "power_w": 3200000.0,
>         "switch_cost_usd": 160000000.0,
>         "optics_cost_usd": 140492800.0
>       },
>       {
>         "name": "core",
>         "switch": "spectrum-sn5600",
>         "switches": 820,
>         "down_ports": 125,
>         "up_ports": 0,
>         "port_bandwidth_bit_per_s": 400000000000.0,
>         "links": 102400,
>         "copper_links": 0,
>         "optical_links": 102400,
>         "transceivers": 204800,
>         "power_w": 1640000.0,
>         "switch_cost_usd": 82000000.0,
>         "optics_cost_usd": 143360000.0
>       }
>     ],
>     "kind": "clos",
>     "direct_links": [],
>     "switches": 3988,
>     "links": 302752,
>     "transceivers": 605504,
>     "injection_bandwidth_bit_per_s": 4e+16,
>     "bisection_bandwidth_bit_per_s": 2e+16
>   },
>   "compute": {
>     "bf16_dense_flop_per_s": 9.894e+19,
>     "fp8_dense_flop_per_s": 1.9789e+20,
>     "hbm_bytes": 8.589934592e+15,
>     "hbm_bandwidth_bytes_per_s": 3.35e+17
>   },
>   "power": {
>     "gpu_w": 70000000.0,
>     "host_w": 38750000.0,
>     "switch_w": 7976000.0,
>     "it_w": 116726000.0
>   },
>   "cost": {
>     "gpu_usd": 2750000000.0,
>     "host_usd": 750000000.0,
>     "nic_usd": 300000000.0,
>     "switch_usd": 398800000.0,
>     "optics_usd": 423852800.0,
>     "total_usd": 4622652800.0
>   },
>   "facility": {
>     "cooling": "direct_liquid",
>     "pue": 1.2,
>     "pue_typical_low": 1.05,
>     "pue_typical_high": 1.3,
>     "wue_l_per_kwh": 1.0,
>     "carbon_kg_per_kwh": 0.2835,
>     "electricity_usd_per_kwh": 0.0623,
>     "power_model": "training-activity",
>     "it_w": 116726000.0,
>     "wall_w": 140071200.0,
>     "overhead_w": 23345200.0,
>     "grid_capacity_w": 150000000.0,
>     "over_capacity": false,
>     "water_l_per_day": 2801424.0,
>     "co2_t_per_day": 953.0444447999998,
>     "warnings": [],
>     "ownership": {
>       "pricing": "us-2025",
>       "pricing_date": "2025-06",
>       "it_capex_usd": 4622652800.0,
>       "facility_capex_usd": 1365694200.0,
>       "capex_usd": 5988347000.0,
>       "depreciation_usd_per_year": 992815270.0,
>       "maintenance_usd_per_year": 231132640.0,
>       "electricity_usd_per_year": 76443577.2576,
>       "opex_usd_per_year": 307576217.2576,
>       "fixed_usd_per_gpu_hour": 1.397200810502283,
>       "energy_usd_per_gpu_hour": 0.0872643576,
>       "owned_usd_per_gpu_hour": 1.4844651681022831,
>       "cloud_usd_per_gpu_hour": 4.916,
>       "break_even_utilisation": 0.2893512741169321
>     }
>   },
>   "top500": {
>     "fp64_stated": true,
>     "devices": 100000,
>     "rpeak_fp64_flop_per_s": 6.7e+18,
>     "rpeak_matrix_units": true,
>     "rmax_estimate_flop_per_s": 3.8962526768720113e+18,
>     "dgemm_efficiency": 0.705,
>     "network_share": 0.8248656032331981,
>     "top500_edition": "Jun 2025",
>     "top500_rank": 1,
>     "top500_own_listing_rank": 0,
>     "bf16_dense_flop_per_s": 9.894e+19,
>     "fp8_dense_flop_per_s": 1.9789e+20
>   }
> }
