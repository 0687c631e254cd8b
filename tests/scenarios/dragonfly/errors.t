# Bad dragonfly and Top500 input: each exits 2 with one line naming file:line, field and what
# was expected.

# more groups than the global ports reach: 6 groups need 5 links each, 4 switches x 1 port = 4
$ colossus describe tests/scenarios/dragonfly/bad_groups.yaml
! exit 2
2> tests/scenarios/dragonfly/bad_groups.yaml:19: fabric.groups: expected at most 5 groups: each group needs 1 global link to each of the others and has 4 global ports (4 switches x 1), got 6

# a zero global taper
$ colossus describe tests/scenarios/dragonfly/bad_taper.yaml
! exit 2
2> tests/scenarios/dragonfly/bad_taper.yaml:23: fabric.global_taper: expected the fraction of global ports cabled, in (0, 1], got 0

# describe --top500 on a GPU that states no FP64 figure
$ colossus describe tests/scenarios/dragonfly/no_fp64.yaml --top500 "Jun 2025"
! exit 2
2> tests/scenarios/dragonfly/no_fp64.yaml:10: fp64_tflops: GPU bf16-only states no FP64 peak; HPL and the Top500 need one (fp64_tflops, and fp64_matrix_tflops where it has matrix units)

# an unknown Top500 edition
$ colossus describe frontier --top500 "Jun 1993"
! exit 2
2> <command line>: --top500: one of "Jun 2025", "Nov 2024" expected, got "Jun 1993"
