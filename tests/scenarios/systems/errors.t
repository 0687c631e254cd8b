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

# a link fault naming no link of the fabric
$ colossus describe tests/scenarios/systems/bad_link_fault_name.yaml
! exit 2
2> tests/scenarios/systems/bad_link_fault_name.yaml:19: fabric.link_faults[0].link: expected the name of one of the fabric's links as reports print it ("gpu 0 nic_out", "leaf block 31 down bundle (32 links to spine)"), got "leaf block 0 switch 0 uplink 40 up (spine)"

# a GPU's own NIC down (nothing routes around it)
$ colossus describe tests/scenarios/systems/bad_link_fault_nic_down.yaml
! exit 2
2> tests/scenarios/systems/bad_link_fault_nic_down.yaml:20: fabric.link_faults[0].bandwidth_fraction: expected a fraction above 0 for gpu 17 nic_out (a GPU's own port: no route avoids it), got 0

# a mesh whose longest route is more links than a route holds
$ colossus describe tests/scenarios/systems/bad_mesh_too_long.yaml
! exit 2
2> tests/scenarios/systems/bad_mesh_too_long.yaml:9: fabric.dims: dimensions whose longest route crosses at most 112 links expected, got 60 x 60 (118 links)

# micro-batch balancing between pools together with stragglers
$ colossus simulate tests/scenarios/systems/pool_balance_stragglers.yaml
! exit 2
2> tests/scenarios/systems/pool_balance_stragglers.yaml:11: pool_balance: expected none with stragglers (balancing micro-batches between pools and stragglers are not modelled together), got micro_batches

# an unknown pool_balance mode
$ colossus simulate tests/scenarios/systems/pool_balance_unknown.yaml
! exit 2
2> tests/scenarios/systems/pool_balance_unknown.yaml:10: pool_balance: expected one of none|micro_batches, got "tokens"
