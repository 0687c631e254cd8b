# Bad input to `colossus collective`: each command line must exit 2 with nothing on stdout
# and exactly one line on stderr (unknown op, algorithm or type, too many ranks, bad sizes, a
# size beyond its range, too many rows, NVLS across servers, ...).

# algo
$ colossus collective --cluster memphis-100k --algo butterfly
! exit 2
2> <command line>: --algo: unknown algorithm 'butterfly'; expected one of ring, tree, nvls, hierarchical, halving_doubling, pairwise, send_recv, mesh_direct, torus

# dtype
$ colossus collective --cluster memphis-100k --dtype int7
! exit 2
2> <command line>: --dtype: unknown data type 'int7'; expected one of int8, uint8, int32, uint32, int64, uint64, half, float, double, bfloat16, f8e4m3, f8e5m2 (or float32, fp16, bf16, fp8, float64)

# max_wrap
$ colossus collective --cluster memphis-100k --max 8388608T
! exit 2
2> <command line>: --max: expected a size in [0, 1125899906842624] bytes, got '8388608T' = 9.223e+18 bytes

# min_above_max
$ colossus collective --cluster memphis-100k --min 1G --max 1K
! exit 2
2> <command line>: --max: expected at least --min (1073741824 B), got 1024 B

# op
$ colossus collective --cluster memphis-100k --op allreduce
! exit 2
2> <command line>: --op: unknown op 'allreduce'; expected one of all_reduce, reduce_scatter, all_gather, broadcast, all_to_all, send_recv

# ranks_overflow
$ colossus collective --cluster memphis-100k --ranks 4611686018427387904 --groups 4
! exit 2
2> <command line>: --ranks: expected a count in [1, 2147483647], got '4611686018427387904'

# size
$ colossus collective --cluster memphis-100k --min 12X
! exit 2
2> <command line>: --min: expected a size such as 4096, 64K, 256M or 16GiB (K, M, G, T, P: 2^10 to 2^50 bytes), got '12X'

# step_factor
$ colossus collective --cluster memphis-100k --step-factor 1.0000001
! exit 2
2> <command line>: --step-factor: 1.0000001 from 1024 to 1073741824 bytes makes 138629443 rows; at most 1000 are allowed: expected a factor of at least 1.0140

# nvls_across_servers
$ colossus collective --cluster memphis-100k --ranks 16 --algo nvls
! exit 2
2> <command line>: --algo: nvls reduces inside one server's NVSwitch; the group spans servers

# too_many_groups
$ colossus collective --cluster memphis-100k --ranks 1024 --groups 98
! exit 2
2> <command line>: --ranks: 1024 ranks x 98 groups need 100352 GPUs; memphis-100k has 100000

# too_many_ranks
$ colossus collective --cluster memphis-100k --ranks 100001
! exit 2
2> <command line>: --ranks: 100001 ranks x 1 group need 100001 GPUs; memphis-100k has 100000

# zero_ranks
$ colossus collective --cluster memphis-100k --ranks 0
! exit 2
2> <command line>: --ranks: expected a count in [1, 2147483647], got '0'
