# Bad input for the other system families: each exits 2 with one line naming file:line, field
# and what was expected.

# a torus whose dimensions do not multiply to the chip count
$ colossus describe tests/scenarios/systems/bad_torus_dims.yaml
! exit 2
2> tests/scenarios/systems/bad_torus_dims.yaml:9: fabric.dims: expected dimensions whose product is the 128 chips of the pools, got 4 x 4 x 4 = 64

# an NVLink domain that does not divide the GPUs
$ colossus describe tests/scenarios/systems/bad_nvl72_count.yaml
! exit 2
2> tests/scenarios/systems/bad_nvl72_count.yaml:5: pools[0].gpu_count: expected a positive multiple of the 72 GPUs per server of gb200-nvl72 (whole servers), got 100

# a TP group wider than the NVLink domain
$ colossus simulate tests/scenarios/systems/tp_wider_than_domain.yaml
! exit 2
2> tests/scenarios/systems/tp_wider_than_domain.yaml:6: parallelism.tp: expected at most the 8 GPUs of the cluster's NVLink domain (eos-11616), got 16: a tensor-parallel group must fit its domain

# a straggler index out of range
$ colossus simulate tests/scenarios/systems/straggler_out_of_range.yaml
! exit 2
2> tests/scenarios/systems/straggler_out_of_range.yaml:9: stragglers[0].gpu: expected a GPU index 0 to 63 of the job's 64 GPUs, got 64
