# `colossus collective -J FILE` writes nccl-tests' JSON (its util.cu): the same keys in the same
# order, per result the size and count of the table (16 ranks, 1 MiB all_gather of float: 16384
# elements per rank), out_of_place and in_place timings with nwrong null, and the table on stdout.
# start_time and end_time are the wall-clock time of the run, as nccl-tests writes them, so only
# their presence is checked (! ignore).
$ colossus collective --cluster memphis-100k --op all_gather --ranks 16 -b 1M -e 2M -J %t/ag.json
! file %t/ag.json json
! ignore /start_time /end_time
> # colossus collective: all_gather on memphis-100k (adaptive), 16 ranks x 1 group, float
> # Collective test starting: all_gather_perf (predicted by colossus, not measured)
> # minBytes 1048576 maxBytes 2097152 step: 2(factor); in-place = out-of-place, #wrong N/A
> #
> #                                                              out-of-place                       in-place          
> #       size         count      type   redop    root     time   algbw   busbw  #wrong     time   algbw   busbw  #wrong 
> #        (B)    (elements)                               (us)  (GB/s)  (GB/s)             (us)  (GB/s)  (GB/s)         
>      1048576         16384     float    none      -1    29.50   35.55   33.32    N/A    29.50   35.55   33.32    N/A
>      2097152         32768     float    none      -1    40.10   52.30   49.03    N/A    40.10   52.30   49.03    N/A
> # Algorithm/protocol (colossus's tuner): ring/LL for 1048576..2097152 B
> # Out of bounds values : 0 OK
> # Avg bus bandwidth    : 41.1765 
> #
> # Collective test concluded: all_gather_perf
> #
>
f> {
f>   "version": 3,
f>   "start_time": "2026-12-06 04:56:42",
f>   "args": [
f>     "colossus",
f>     "collective",
f>     "--cluster",
f>     "memphis-100k",
f>     "--op",
f>     "all_gather",
f>     "--ranks",
f>     "16",
f>     "--min",
f>     "1048576",
f>     "--max",
f>     "2097152",
f>     "--output-file",
f>     "%t/ag.json"
f>   ],
f>   "env": [],
f>   "nccl_version": null,
f>   "config": {
f>     "nthreads": 1,
f>     "ngpus": 16,
f>     "minimum_bytes": 1048576,
f>     "maximum_bytes": 2097152,
f>     "step_factor": 2.0,
f>     "warmup_iters": 0,
f>     "iterations": 0,
f>     "aggregated_iterations": 1,
f>     "validation": 0,
f>     "graph": 0,
f>     "blocking_collectives": "false",
f>     "per_iter_timing": "false",
f>     "per_iter_skip": 0,
f>     "parallel_init": "false",
f>     "devices": [
f>       {
f>         "rank": 0,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server0",
f>         "device": 0,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       },
f>       {
f>         "rank": 1,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server0",
f>         "device": 1,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       },
f>       {
f>         "rank": 2,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server0",
f>         "device": 2,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       },
f>       {
f>         "rank": 3,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server0",
f>         "device": 3,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       },
f>       {
f>         "rank": 4,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server0",
f>         "device": 4,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       },
f>       {
f>         "rank": 5,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server0",
f>         "device": 5,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       },
f>       {
f>         "rank": 6,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server0",
f>         "device": 6,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       },
f>       {
f>         "rank": 7,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server0",
f>         "device": 7,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       },
f>       {
f>         "rank": 8,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server1",
f>         "device": 0,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       },
f>       {
f>         "rank": 9,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server1",
f>         "device": 1,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       },
f>       {
f>         "rank": 10,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server1",
f>         "device": 2,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       },
f>       {
f>         "rank": 11,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server1",
f>         "device": 3,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       },
f>       {
f>         "rank": 12,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server1",
f>         "device": 4,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       },
f>       {
f>         "rank": 13,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server1",
f>         "device": 5,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       },
f>       {
f>         "rank": 14,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server1",
f>         "device": 6,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       },
f>       {
f>         "rank": 15,
f>         "group": 0,
f>         "pid": 0,
f>         "hostname": "server1",
f>         "device": 7,
f>         "device_hex": "",
f>         "device_info": "h100-sxm"
f>       }
f>     ]
f>   },
f>   "results": [
f>     {
f>       "size": 1048576,
f>       "count": 16384,
f>       "type": "float",
f>       "redop": "none",
f>       "root": "    -1",
f>       "out_of_place": {
f>         "time": 29.49994920870884,
f>         "alg_bw": 35.5450103517617,
f>         "bus_bw": 33.32344720477659,
f>         "nwrong": null
f>       },
f>       "in_place": {
f>         "time": 29.49994920870884,
f>         "alg_bw": 35.5450103517617,
f>         "bus_bw": 33.32344720477659,
f>         "nwrong": null
f>       },
f>       "actual_iterations": 0,
f>       "experiment_name": "",
f>       "algorithm": "ring",
f>       "protocol": "LL"
f>     },
f>     {
f>       "size": 2097152,
f>       "count": 32768,
f>       "type": "float",
f>       "redop": "none",
f>       "root": "    -1",
f>       "out_of_place": {
f>         "time": 40.09989841741769,
f>         "alg_bw": 52.29818734625737,
f>         "bus_bw": 49.02955063711629,
f>         "nwrong": null
f>       },
f>       "in_place": {
f>         "time": 40.09989841741769,
f>         "alg_bw": 52.29818734625737,
f>         "bus_bw": 49.02955063711629,
f>         "nwrong": null
f>       },
f>       "actual_iterations": 0,
f>       "experiment_name": "",
f>       "algorithm": "ring",
f>       "protocol": "LL"
f>     }
f>   ],
f>   "out_of_bounds": {
f>     "count": 0,
f>     "okay": true
f>   },
f>   "average_bus_bandwidth": {
f>     "bandwidth": 41.17649892094644,
f>     "okay": "unchecked"
f>   },
f>   "errors": [],
f>   "end_time": "2026-12-06 04:56:42"
f> }
