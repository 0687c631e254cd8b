# `colossus collective` tables in nccl-tests' format (size, count, type, redop, root, then
# out-of-place and in-place time, algbw, busbw, #wrong), exactly: every time is a prediction,
# so a slower or faster collective changes a digit here. tests/scenarios/transcripts.sh checks
# busbw / algbw against nccl-tests' factor on these tables.

# all_gather_16_ranks_1m
$ colossus collective --cluster memphis-100k --op all_gather --ranks 16 --min 1M --max 1M
> # colossus collective: all_gather on memphis-100k (adaptive), 16 ranks x 1 group, float
> # Collective test starting: all_gather_perf (predicted by colossus, not measured)
> # minBytes 1048576 maxBytes 1048576 step: 2(factor); in-place = out-of-place, #wrong N/A
> #
> #                                                              out-of-place                       in-place          
> #       size         count      type   redop    root     time   algbw   busbw  #wrong     time   algbw   busbw  #wrong 
> #        (B)    (elements)                               (us)  (GB/s)  (GB/s)             (us)  (GB/s)  (GB/s)         
>      1048576         16384     float    none      -1    29.50   35.55   33.32    N/A    29.50   35.55   33.32    N/A
> # Algorithm/protocol (colossus's tuner): ring/LL for 1048576 B
> # Out of bounds values : 0 OK
> # Avg bus bandwidth    : 33.3234 
> #
> # Collective test concluded: all_gather_perf
> #
>

# all_to_all
$ colossus collective --cluster eos-11616 --op all_to_all --ranks 16 --min 64K --max 64M -f 32
> # colossus collective: all_to_all on eos-11616 (adaptive), 16 ranks x 1 group, float
> # Collective test starting: alltoall_perf (predicted by colossus, not measured)
> # minBytes 65536 maxBytes 67108864 step: 32(factor); in-place = out-of-place, #wrong N/A
> #
> #                                                              out-of-place                       in-place          
> #       size         count      type   redop    root     time   algbw   busbw  #wrong     time   algbw   busbw  #wrong 
> #        (B)    (elements)                               (us)  (GB/s)  (GB/s)             (us)  (GB/s)  (GB/s)         
>        65536          1024     float    none      -1    12.95    5.06    4.74    N/A    12.95    5.06    4.74    N/A
>      2097152         32768     float    none      -1    48.37   43.36   40.65    N/A    48.37   43.36   40.65    N/A
>     67108864       1048576     float    none      -1   739.98   90.69   85.02    N/A   739.98   90.69   85.02    N/A
> # Algorithm/protocol (colossus's tuner): pairwise/LL for 65536 B, pairwise/Simple for 2097152..67108864 B
> # Out of bounds values : 0 OK
> # Avg bus bandwidth    : 43.471 
> #
> # Collective test concluded: alltoall_perf
> #
>

# broadcast_bfloat16
$ colossus collective --cluster memphis-100k --op broadcast -d bfloat16 --ranks 8 -b 1M -e 1M
> # colossus collective: broadcast on memphis-100k (adaptive), 8 ranks x 1 group, bfloat16
> # Collective test starting: broadcast_perf (predicted by colossus, not measured)
> # minBytes 1048576 maxBytes 1048576 step: 2(factor); in-place = out-of-place, #wrong N/A
> #
> #                                                              out-of-place                       in-place          
> #       size         count      type   redop    root     time   algbw   busbw  #wrong     time   algbw   busbw  #wrong 
> #        (B)    (elements)                               (us)  (GB/s)  (GB/s)             (us)  (GB/s)  (GB/s)         
>      1048576        524288  bfloat16    none       0    19.30   54.32   54.32    N/A    19.30   54.32   54.32    N/A
> # Algorithm/protocol (colossus's tuner): ring/LL for 1048576 B
> # Out of bounds values : 0 OK
> # Avg bus bandwidth    : 54.3248 
> #
> # Collective test concluded: broadcast_perf
> #
>

# eight_servers
$ colossus collective --cluster eos-11616 --ranks 64 --min 1K --max 1G -f 32
> # colossus collective: all_reduce on eos-11616 (adaptive), 64 ranks x 1 group, float
> # Collective test starting: all_reduce_perf (predicted by colossus, not measured)
> # minBytes 1024 maxBytes 1073741824 step: 32(factor); in-place = out-of-place, #wrong N/A
> #
> #                                                              out-of-place                       in-place          
> #       size         count      type   redop    root     time   algbw   busbw  #wrong     time   algbw   busbw  #wrong 
> #        (B)    (elements)                               (us)  (GB/s)  (GB/s)             (us)  (GB/s)  (GB/s)         
>         1024           256     float     sum      -1    45.22    0.02    0.04    N/A    45.22    0.02    0.04    N/A
>        32768          8192     float     sum      -1    45.92    0.71    1.40    N/A    45.92    0.71    1.40    N/A
>      1048576        262144     float     sum      -1    68.24   15.37   30.25    N/A    68.24   15.37   30.25    N/A
>     33554432       8388608     float     sum      -1   289.43  115.93  228.24    N/A   289.43  115.93  228.24    N/A
>   1073741824     268435456     float     sum      -1  6228.55  172.39  339.39    N/A  6228.55  172.39  339.39    N/A
> # Algorithm/protocol (colossus's tuner): tree/LL for 1024..1048576 B, tree/LL128 for 33554432 B, ring/Simple for 1073741824 B
> # Out of bounds values : 0 OK
> # Avg bus bandwidth    : 119.867 
> #
> # Collective test concluded: all_reduce_perf
> #
>

# forced_hierarchical
$ colossus collective --cluster eos-11616 --ranks 64 --algo hierarchical --min 1G --max 1G
> # colossus collective: all_reduce on eos-11616 (adaptive), 64 ranks x 1 group, float
> # Collective test starting: all_reduce_perf (predicted by colossus, not measured)
> # minBytes 1073741824 maxBytes 1073741824 step: 2(factor); in-place = out-of-place, #wrong N/A
> #
> #                                                              out-of-place                       in-place          
> #       size         count      type   redop    root     time   algbw   busbw  #wrong     time   algbw   busbw  #wrong 
> #        (B)    (elements)                               (us)  (GB/s)  (GB/s)             (us)  (GB/s)  (GB/s)         
>   1073741824     268435456     float     sum      -1  10328.0  103.96  204.68    N/A  10328.0  103.96  204.68    N/A
> # Algorithm/protocol (colossus's tuner): hierarchical/Simple for 1073741824 B
> # Out of bounds values : 0 OK
> # Avg bus bandwidth    : 204.68 
> #
> # Collective test concluded: all_reduce_perf
> #
>

# groups_all_gather
$ colossus collective --cluster memphis-100k --op all_gather --dtype bf16 --ranks 8 --groups 4 --min 1M --max 64M -f 8
> # colossus collective: all_gather on memphis-100k (adaptive), 8 ranks x 4 groups, bfloat16
> # Collective test starting: all_gather_perf (predicted by colossus, not measured)
> # minBytes 1048576 maxBytes 67108864 step: 8(factor); in-place = out-of-place, #wrong N/A
> #
> #                                                              out-of-place                       in-place          
> #       size         count      type   redop    root     time   algbw   busbw  #wrong     time   algbw   busbw  #wrong 
> #        (B)    (elements)                               (us)  (GB/s)  (GB/s)             (us)  (GB/s)  (GB/s)         
>      1048576         65536  bfloat16    none      -1    18.24   57.49   50.30    N/A    18.24   57.49   50.30    N/A
>      8388608        524288  bfloat16    none      -1    48.86  171.68  150.22    N/A    48.86  171.68  150.22    N/A
>     67108864       4194304  bfloat16    none      -1   190.90  351.53  307.59    N/A   190.90  351.53  307.59    N/A
> # Algorithm/protocol (colossus's tuner): ring/LL for 1048576 B, ring/LL128 for 8388608 B, ring/Simple for 67108864 B
> # Out of bounds values : 0 OK
> # Avg bus bandwidth    : 169.371 
> #
> # Collective test concluded: all_gather_perf
> #
>

# int8_rounding
$ colossus collective --cluster memphis-100k --op all_gather -d int8 --ranks 8 -b 1000 -e 1000
> # colossus collective: all_gather on memphis-100k (adaptive), 8 ranks x 1 group, int8
> # Collective test starting: all_gather_perf (predicted by colossus, not measured)
> # minBytes 1000 maxBytes 1000 step: 2(factor); in-place = out-of-place, #wrong N/A
> #
> #                                                              out-of-place                       in-place          
> #       size         count      type   redop    root     time   algbw   busbw  #wrong     time   algbw   busbw  #wrong 
> #        (B)    (elements)                               (us)  (GB/s)  (GB/s)             (us)  (GB/s)  (GB/s)         
>          896           112      int8    none      -1    10.81    0.08    0.07    N/A    10.81    0.08    0.07    N/A
> # Algorithm/protocol (colossus's tuner): ring/LL for 896 B
> # Out of bounds values : 0 OK
> # Avg bus bandwidth    : 0.0725499 
> #
> # Collective test concluded: all_gather_perf
> #
>

# one_server
$ colossus collective --cluster eos-11616 --ranks 8 --min 1M --max 4G -f 4
> # colossus collective: all_reduce on eos-11616 (adaptive), 8 ranks x 1 group, float
> # Collective test starting: all_reduce_perf (predicted by colossus, not measured)
> # minBytes 1048576 maxBytes 4294967296 step: 4(factor); in-place = out-of-place, #wrong N/A
> #
> #                                                              out-of-place                       in-place          
> #       size         count      type   redop    root     time   algbw   busbw  #wrong     time   algbw   busbw  #wrong 
> #        (B)    (elements)                               (us)  (GB/s)  (GB/s)             (us)  (GB/s)  (GB/s)         
>      1048576        262144     float     sum      -1    26.81   39.11   68.44    N/A    26.81   39.11   68.44    N/A
>      4194304       1048576     float     sum      -1    38.25  109.65  191.89    N/A    38.25  109.65  191.89    N/A
>     16777216       4194304     float     sum      -1    84.01  199.71  349.49    N/A    84.01  199.71  349.49    N/A
>     67108864      16777216     float     sum      -1   267.03  251.31  439.80    N/A   267.03  251.31  439.80    N/A
>    268435456      67108864     float     sum      -1   999.13  268.67  470.17    N/A   999.13  268.67  470.17    N/A
>   1073741824     268435456     float     sum      -1  3927.52  273.39  478.43    N/A  3927.52  273.39  478.43    N/A
>   4294967296    1073741824     float     sum      -1  15641.1  274.60  480.54    N/A  15641.1  274.60  480.54    N/A
> # Algorithm/protocol (colossus's tuner): nvls/Simple for 1048576..4294967296 B
> # Out of bounds values : 0 OK
> # Avg bus bandwidth    : 354.109 
> #
> # Collective test concluded: all_reduce_perf
> #
>

# reduce_scatter_count
$ colossus collective --cluster memphis-100k --op reduce_scatter --ranks 16 --min 1M --max 4M
> # colossus collective: reduce_scatter on memphis-100k (adaptive), 16 ranks x 1 group, float
> # Collective test starting: reduce_scatter_perf (predicted by colossus, not measured)
> # minBytes 1048576 maxBytes 4194304 step: 2(factor); in-place = out-of-place, #wrong N/A
> #
> #                                                              out-of-place                       in-place          
> #       size         count      type   redop    root     time   algbw   busbw  #wrong     time   algbw   busbw  #wrong 
> #        (B)    (elements)                               (us)  (GB/s)  (GB/s)             (us)  (GB/s)  (GB/s)         
>      1048576         16384     float     sum      -1    29.50   35.55   33.32    N/A    29.50   35.55   33.32    N/A
>      2097152         32768     float     sum      -1    40.10   52.30   49.03    N/A    40.10   52.30   49.03    N/A
>      4194304         65536     float     sum      -1    57.32   73.17   68.60    N/A    57.32   73.17   68.60    N/A
> # Algorithm/protocol (colossus's tuner): ring/LL for 1048576..2097152 B, ring/LL128 for 4194304 B
> # Out of bounds values : 0 OK
> # Avg bus bandwidth    : 50.317 
> #
> # Collective test concluded: reduce_scatter_perf
> #
>

# send_recv_double
$ colossus collective --cluster memphis-100k --op send_recv -d double --ranks 2 -b 1K -e 1K
> # colossus collective: send_recv on memphis-100k (adaptive), 2 ranks x 1 group, double
> # Collective test starting: sendrecv_perf (predicted by colossus, not measured)
> # minBytes 1024 maxBytes 1024 step: 2(factor); in-place = out-of-place, #wrong N/A
> #
> #                                                              out-of-place                       in-place          
> #       size         count      type   redop    root     time   algbw   busbw  #wrong     time   algbw   busbw  #wrong 
> #        (B)    (elements)                               (us)  (GB/s)  (GB/s)             (us)  (GB/s)  (GB/s)         
>         1024           128    double     sum      -1     7.21    0.14    0.14    N/A     7.21    0.14    0.14    N/A
> # Algorithm/protocol (colossus's tuner): send_recv/LL for 1024 B
> # Out of bounds values : 0 OK
> # Avg bus bandwidth    : 0.142004 
> #
> # Collective test concluded: sendrecv_perf
> #
>
