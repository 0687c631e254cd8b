# `colossus collective --json` (colossus's own JSON: base units, the tuner's algorithm and
# protocol, each phase) over sweeps of sizes, compared key by key to a relative 1e-9: every
# predicted time is pinned, so a collective made slower or faster fails here.

# all_reduce inside one server (8 ranks, NVLink): 1 KiB to 16 GiB, every 16x.
$ colossus collective --cluster memphis-100k --ranks 8 -b 1K -e 16G -f 16 --json
! json
> {
>   "schema": "colossus.collective/1",
>   "cluster": "memphis-100k",
>   "op": "all_reduce",
>   "ranks": 8,
>   "groups": 1,
>   "dtype": "float",
>   "rows": [
>     {
>       "size_bytes": 1024,
>       "count": 256,
>       "time_s": 1.5019372972972971e-05,
>       "algbw_bytes_per_s": 68178611.83969966,
>       "busbw_bytes_per_s": 119312570.7194744,
>       "algorithm": "ring",
>       "protocol": "LL",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 rings",
>           "bandwidth_s": 1.9372972972972974e-08,
>           "latency_s": 8.4e-06
>         }
>       ]
>     },
>     {
>       "size_bytes": 16384,
>       "count": 4096,
>       "time_s": 1.5309967567567566e-05,
>       "algbw_bytes_per_s": 1070152495.600817,
>       "busbw_bytes_per_s": 1872766867.3014297,
>       "algorithm": "ring",
>       "protocol": "LL",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 rings",
>           "bandwidth_s": 3.099675675675676e-07,
>           "latency_s": 8.4e-06
>         }
>       ]
>     },
>     {
>       "size_bytes": 262144,
>       "count": 65536,
>       "time_s": 1.9959481081081083e-05,
>       "algbw_bytes_per_s": 13133808385.85415,
>       "busbw_bytes_per_s": 22984164675.244762,
>       "algorithm": "ring",
>       "protocol": "LL",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 rings",
>           "bandwidth_s": 4.959481081081081e-06,
>           "latency_s": 8.4e-06
>         }
>       ]
>     },
>     {
>       "size_bytes": 4194304,
>       "count": 1048576,
>       "time_s": 3.825201454545455e-05,
>       "algbw_bytes_per_s": 109649231546.1175,
>       "busbw_bytes_per_s": 191886155205.70563,
>       "algorithm": "nvls",
>       "protocol": "Simple",
>       "channels": 8,
>       "phases": [
>         {
>           "name": "nvswitch reduce+multicast",
>           "bandwidth_s": 1.5252014545454545e-05,
>           "latency_s": 2.3e-05
>         }
>       ]
>     },
>     {
>       "size_bytes": 67108864,
>       "count": 16777216,
>       "time_s": 0.00026703223272727273,
>       "algbw_bytes_per_s": 251313720874.0643,
>       "busbw_bytes_per_s": 439799011529.61255,
>       "algorithm": "nvls",
>       "protocol": "Simple",
>       "channels": 8,
>       "phases": [
>         {
>           "name": "nvswitch reduce+multicast",
>           "bandwidth_s": 0.0002440322327272727,
>           "latency_s": 2.3e-05
>         }
>       ]
>     },
>     {
>       "size_bytes": 1073741824,
>       "count": 268435456,
>       "time_s": 0.003927515723636363,
>       "algbw_bytes_per_s": 273389567236.62872,
>       "busbw_bytes_per_s": 478431742664.1003,
>       "algorithm": "nvls",
>       "protocol": "Simple",
>       "channels": 8,
>       "phases": [
>         {
>           "name": "nvswitch reduce+multicast",
>           "bandwidth_s": 0.0039045157236363634,
>           "latency_s": 2.3e-05
>         }
>       ]
>     },
>     {
>       "size_bytes": 17179869184,
>       "count": 4294967296,
>       "time_s": 0.06249525157818182,
>       "algbw_bytes_per_s": 274898792310.77124,
>       "busbw_bytes_per_s": 481072886543.8497,
>       "algorithm": "nvls",
>       "protocol": "Simple",
>       "channels": 8,
>       "phases": [
>         {
>           "name": "nvswitch reduce+multicast",
>           "bandwidth_s": 0.062472251578181814,
>           "latency_s": 2.3e-05
>         }
>       ]
>     }
>   ]
> }

# all_reduce across 128 servers of memphis-100k (1,024 ranks): 1 KiB to 4 GiB, every 8x.
$ colossus collective --cluster memphis-100k --ranks 1024 -b 1K -e 4G -f 8 --json
! json
> {
>   "schema": "colossus.collective/1",
>   "cluster": "memphis-100k",
>   "op": "all_reduce",
>   "ranks": 1024,
>   "groups": 1,
>   "dtype": "float",
>   "rows": [
>     {
>       "size_bytes": 1024,
>       "count": 256,
>       "time_s": 0.0001020228033327633,
>       "algbw_bytes_per_s": 10036971.799922653,
>       "busbw_bytes_per_s": 20054340.13929858,
>       "algorithm": "tree",
>       "protocol": "LL",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 trees up+down",
>           "bandwidth_s": 2.280333276330028e-08,
>           "latency_s": 9.52e-05
>         }
>       ]
>     },
>     {
>       "size_bytes": 8192,
>       "count": 2048,
>       "time_s": 0.00010218242666210641,
>       "algbw_bytes_per_s": 80170341.10071632,
>       "busbw_bytes_per_s": 160184099.5039703,
>       "algorithm": "tree",
>       "protocol": "LL",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 trees up+down",
>           "bandwidth_s": 1.8242666210640223e-07,
>           "latency_s": 9.52e-05
>         }
>       ]
>     },
>     {
>       "size_bytes": 65536,
>       "count": 16384,
>       "time_s": 0.00010345941329685121,
>       "algbw_bytes_per_s": 633446468.6355861,
>       "busbw_bytes_per_s": 1265655737.1371183,
>       "algorithm": "tree",
>       "protocol": "LL",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 trees up+down",
>           "bandwidth_s": 1.4594132968512178e-06,
>           "latency_s": 9.52e-05
>         }
>       ]
>     },
>     {
>       "size_bytes": 524288,
>       "count": 131072,
>       "time_s": 0.00011367530637480974,
>       "algbw_bytes_per_s": 4612153832.8765955,
>       "busbw_bytes_per_s": 9215299552.798353,
>       "algorithm": "tree",
>       "protocol": "LL",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 trees up+down",
>           "bandwidth_s": 1.1675306374809743e-05,
>           "latency_s": 9.52e-05
>         }
>       ]
>     },
>     {
>       "size_bytes": 4194304,
>       "count": 1048576,
>       "time_s": 0.00019351823185922184,
>       "algbw_bytes_per_s": 21673947512.352318,
>       "busbw_bytes_per_s": 43305563095.969574,
>       "algorithm": "tree",
>       "protocol": "LL128",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 trees up+down",
>           "bandwidth_s": 2.621823185922188e-05,
>           "latency_s": 0.00015329999999999999
>         }
>       ]
>     },
>     {
>       "size_bytes": 33554432,
>       "count": 8388608,
>       "time_s": 0.0003770458548737751,
>       "algbw_bytes_per_s": 88992974107.17625,
>       "busbw_bytes_per_s": 177812133811.79944,
>       "algorithm": "tree",
>       "protocol": "LL128",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 trees up+down",
>           "bandwidth_s": 0.00020974585487377505,
>           "latency_s": 0.00015329999999999999
>         }
>       ]
>     },
>     {
>       "size_bytes": 268435456,
>       "count": 67108864,
>       "time_s": 0.0018452668389902004,
>       "algbw_bytes_per_s": 145472432673.69287,
>       "busbw_bytes_per_s": 290660739502.31995,
>       "algorithm": "tree",
>       "protocol": "LL128",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 trees up+down",
>           "bandwidth_s": 0.0016779668389902004,
>           "latency_s": 0.00015329999999999999
>         }
>       ]
>     },
>     {
>       "size_bytes": 2147483648,
>       "count": 536870912,
>       "time_s": 0.013385551292426502,
>       "algbw_bytes_per_s": 160432962459.68134,
>       "busbw_bytes_per_s": 320552579289.5586,
>       "algorithm": "tree",
>       "protocol": "Simple",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 trees up+down",
>           "bandwidth_s": 0.012584751292426503,
>           "latency_s": 0.0008008
>         }
>       ]
>     }
>   ]
> }

# all_gather on 256 ranks of Eos (InfiniBand), 64 KiB to 1 GiB, every 16x.
$ colossus collective --cluster eos-11616 --op all_gather --ranks 256 -b 64K -e 1G -f 16 --json
! json
> {
>   "schema": "colossus.collective/1",
>   "cluster": "eos-11616",
>   "op": "all_gather",
>   "ranks": 256,
>   "groups": 1,
>   "dtype": "float",
>   "rows": [
>     {
>       "size_bytes": 65536,
>       "count": 64,
>       "time_s": 0.00022539446808510636,
>       "algbw_bytes_per_s": 290761350.7854787,
>       "busbw_bytes_per_s": 289625564.25897294,
>       "algorithm": "ring",
>       "protocol": "LL",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 rings",
>           "bandwidth_s": 6.94468085106383e-07,
>           "latency_s": 0.0002181
>         }
>       ]
>     },
>     {
>       "size_bytes": 1048576,
>       "count": 1024,
>       "time_s": 0.00023581148936170212,
>       "algbw_bytes_per_s": 4446670528.3881645,
>       "busbw_bytes_per_s": 4429300721.636648,
>       "algorithm": "ring",
>       "protocol": "LL",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 rings",
>           "bandwidth_s": 1.1111489361702129e-05,
>           "latency_s": 0.0002181
>         }
>       ]
>     },
>     {
>       "size_bytes": 16777216,
>       "count": 16384,
>       "time_s": 0.000402483829787234,
>       "algbw_bytes_per_s": 41684198863.017624,
>       "busbw_bytes_per_s": 41521369961.20896,
>       "algorithm": "ring",
>       "protocol": "LL",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 rings",
>           "bandwidth_s": 0.00017778382978723406,
>           "latency_s": 0.0002181
>         }
>       ]
>     },
>     {
>       "size_bytes": 268435456,
>       "count": 262144,
>       "time_s": 0.001336573172987974,
>       "algbw_bytes_per_s": 200838578407.12122,
>       "busbw_bytes_per_s": 200054052710.21838,
>       "algorithm": "ring",
>       "protocol": "LL128",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 rings",
>           "bandwidth_s": 0.0007729731729879741,
>           "latency_s": 0.0005495999999999999
>         }
>       ]
>     }
>   ]
> }

# reduce_scatter on 512 ranks of the RoCE cluster meta-24k-roce, bf16, 1 MiB to 1 GiB, every 32x.
$ colossus collective --cluster meta-24k-roce --op reduce_scatter -d bf16 --ranks 512 -b 1M -e 1G -f 32 --json
! json
> {
>   "schema": "colossus.collective/1",
>   "cluster": "meta-24k-roce",
>   "op": "reduce_scatter",
>   "ranks": 512,
>   "groups": 1,
>   "dtype": "bfloat16",
>   "rows": [
>     {
>       "size_bytes": 1048576,
>       "count": 1024,
>       "time_s": 0.0007213845292617713,
>       "algbw_bytes_per_s": 1453560420.921502,
>       "busbw_bytes_per_s": 1450721435.7243898,
>       "algorithm": "ring",
>       "protocol": "LL",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 rings",
>           "bandwidth_s": 1.1284529261771295e-05,
>           "latency_s": 0.0007034999999999999
>         }
>       ]
>     },
>     {
>       "size_bytes": 33554432,
>       "count": 32768,
>       "time_s": 0.0010712049363766814,
>       "algbw_bytes_per_s": 31324008003.078163,
>       "busbw_bytes_per_s": 31262828299.94715,
>       "algorithm": "ring",
>       "protocol": "LL",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 rings",
>           "bandwidth_s": 0.00036110493637668144,
>           "latency_s": 0.0007034999999999999
>         }
>       ]
>     },
>     {
>       "size_bytes": 1073741824,
>       "count": 1048576,
>       "time_s": 0.00452184292501462,
>       "algbw_bytes_per_s": 237456683437.65573,
>       "busbw_bytes_per_s": 236992900852.81656,
>       "algorithm": "ring",
>       "protocol": "LL128",
>       "channels": 16,
>       "phases": [
>         {
>           "name": "16 rings",
>           "bandwidth_s": 0.003140042925014621,
>           "latency_s": 0.0013677999999999997
>         }
>       ]
>     }
>   ]
> }

# all_to_all on 64 ranks (8 servers) of memphis-100k, 4 groups side by side, 64 KiB to 256 MiB.
$ colossus collective --cluster memphis-100k --op all_to_all --ranks 64 --groups 4 -b 64K -e 256M -f 16 --json
! json
> {
>   "schema": "colossus.collective/1",
>   "cluster": "memphis-100k",
>   "op": "all_to_all",
>   "ranks": 64,
>   "groups": 4,
>   "dtype": "float",
>   "rows": [
>     {
>       "size_bytes": 65536,
>       "count": 256,
>       "time_s": 1.6143257084456003e-05,
>       "algbw_bytes_per_s": 4059651633.938433,
>       "busbw_bytes_per_s": 3996219577.158145,
>       "algorithm": "pairwise",
>       "protocol": "LL",
>       "channels": 1,
>       "phases": [
>         {
>           "name": "32 of 63 peers at once (sampled)",
>           "bandwidth_s": 5.0432570844560055e-06,
>           "latency_s": 4.5e-06
>         }
>       ]
>     },
>     {
>       "size_bytes": 1048576,
>       "count": 4096,
>       "time_s": 4.717302833782402e-05,
>       "algbw_bytes_per_s": 22228295213.331398,
>       "busbw_bytes_per_s": 21880978100.623096,
>       "algorithm": "pairwise",
>       "protocol": "Simple",
>       "channels": 1,
>       "phases": [
>         {
>           "name": "32 of 63 peers at once (sampled)",
>           "bandwidth_s": 2.0173028337824022e-05,
>           "latency_s": 1.8599999999999998e-05
>         }
>       ]
>     },
>     {
>       "size_bytes": 16777216,
>       "count": 65536,
>       "time_s": 0.00034976845340518436,
>       "algbw_bytes_per_s": 47966635746.20513,
>       "busbw_bytes_per_s": 47217157062.67068,
>       "algorithm": "pairwise",
>       "protocol": "Simple",
>       "channels": 1,
>       "phases": [
>         {
>           "name": "32 of 63 peers at once (sampled)",
>           "bandwidth_s": 0.00032276845340518435,
>           "latency_s": 1.8599999999999998e-05
>         }
>       ]
>     },
>     {
>       "size_bytes": 268435456,
>       "count": 1048576,
>       "time_s": 0.00519129525448295,
>       "algbw_bytes_per_s": 51708763004.4144,
>       "busbw_bytes_per_s": 50900813582.47042,
>       "algorithm": "pairwise",
>       "protocol": "Simple",
>       "channels": 1,
>       "phases": [
>         {
>           "name": "32 of 63 peers at once (sampled)",
>           "bandwidth_s": 0.00516429525448295,
>           "latency_s": 1.8599999999999998e-05
>         }
>       ]
>     }
>   ]
> }
