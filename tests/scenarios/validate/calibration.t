# validate --calibration: the rows on the profile's GPU take its figures. One H100 row (Megatron's
# 70B weak-scaling run) with the synthetic profile (tests/calibration/synthetic-h100.yaml, BF16
# GEMMs at efficiency 0.5, below the fitted curve's ~0.56-0.59 at this model's shapes): the
# prediction drops from 410.9 (the fitted figures) to 401.0 TFLOP/s per GPU. No GEMM
# leaves the profile's grid (vocabulary / TP = 16032 < 16384), so no warning.
$ colossus validate --row megatron-h100-weak-70B --calibration tests/calibration/synthetic-h100.yaml
> Training throughput, measured (published) vs predicted; TFLOP/s per GPU as each
> source counts it (model or hardware FLOPs), tokens/s where the row gives them.
>
> calibration profile tests/calibration/synthetic-h100.yaml: h100-sxm measured on none (synthetic) (2026-12-06); applies to 1 of 1 rows (those on h100-sxm)
>
> row                                           GPUs  layout                     measured predicted   error  tok/s meas tok/s pred   error
> megatron-h100-weak-70B                         768  TP8 PP2 VPP42 DP48 mb1        419.7     401.0   -4.5%  
>
> 1 rows compared: median |error| 4.5%, max |error| 4.5% (megatron-h100-weak-70B)
> targets: median |error| <= 4%, max |error| <= 12%

# A bad profile: one line, exit 2.
$ colossus validate --row megatron-h100-weak-70B --calibration tests/bad_specs/calibration_twice.yaml
! exit 2
2> tests/bad_specs/calibration_twice.yaml:9: gemm[1]: bf16 m 1024, n 1024, k 1024 is measured twice (also at line 8)
