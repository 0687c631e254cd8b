# `colossus compare`: Llama 3 70B on 1,024 GPUs of eos-11616 (examples/eos-llama70b.yaml) in
# BF16 against FP8, side by side with the deltas against BF16; the same as JSON (keys checked to
# the runner's tolerance); then bad input, each one line and exit 2.
$ colossus compare examples/eos-llama70b.yaml --vary parallelism.precision=bf16,fp8
> colossus compare: 2 variants, deltas against the first
>   *  bf16: llama3-70b on eos-11616, TP8 SP, PP4 interleaved x2, DP32, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 512, bf16, selective recompute (examples/eos-llama70b.yaml (parallelism.precision=bf16))
>      fp8: llama3-70b on eos-11616, TP8 SP, PP4 interleaved x2, DP32, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 512, fp8, selective recompute (examples/eos-llama70b.yaml (parallelism.precision=fp8))
>
>   figure                          bf16           fp8     delta
>   step time                     5.42 s        3.57 s   -34.1 %
>   MFU                           36.8 %        55.8 %   +51.8 %
>   HFU                           38.4 %        58.3 %   +51.8 %
>   TFLOP/s per GPU          364 TFLOP/s   552 TFLOP/s   +51.8 %
>   tokens/s                   0.773 M/s      1.17 M/s   +51.8 %
>   time to train                224.5 d       147.9 d   -34.1 %
>   bubble fraction               12.1 %        11.7 %    -3.0 %
>   compute                       3.83 s        2.37 s   -38.1 %
>   pipeline bubble               655 ms        419 ms   -36.1 %
>   exposed TP                    895 ms        692 ms   -22.7 %
>   exposed CP                       0 s           0 s         =
>   exposed EP                       0 s           0 s         =
>   exposed PP                   5.71 ms       5.50 ms    -3.6 %
>   exposed DP                   33.7 ms       84.2 ms  +149.8 %
>   optimizer                     797 us        797 us         =
>   largest stage memory        47.4 GiB      41.5 GiB   -12.4 %

$ colossus compare examples/eos-llama70b.yaml --vary parallelism.precision=bf16,fp8 --json
! json
> {
>   "schema": "colossus.compare/1",
>   "baseline": "bf16",
>   "variants": [
>     {
>       "name": "bf16",
>       "scenario": "examples/eos-llama70b.yaml (parallelism.precision=bf16)",
>       "model": "llama3-70b",
>       "cluster": "eos-11616",
>       "layout": "TP8 SP, PP4 interleaved x2, DP32, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 512, bf16, selective recompute"
>     },
>     {
>       "name": "fp8",
>       "scenario": "examples/eos-llama70b.yaml (parallelism.precision=fp8)",
>       "model": "llama3-70b",
>       "cluster": "eos-11616",
>       "layout": "TP8 SP, PP4 interleaved x2, DP32, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 512, fp8, selective recompute"
>     }
>   ],
>   "figures": [
>     {
>       "key": "step_time_s",
>       "label": "step time",
>       "higher_is_better": false,
>       "values": [
>         5.423102274461343,
>         3.5734572099246265
>       ],
>       "deltas": [
>         0.0,
>         -1.8496450645367162
>       ],
>       "ratios": [
>         1.0,
>         0.6589322917166568
>       ]
>     },
>     {
>       "key": "mfu",
>       "label": "MFU",
>       "higher_is_better": true,
>       "values": [
>         0.36751724565617727,
>         0.5577466004871574
>       ],
>       "deltas": [
>         0.0,
>         0.19022935483098014
>       ],
>       "ratios": [
>         1.0,
>         1.5176066077969714
>       ]
>     },
>     {
>       "key": "hfu",
>       "label": "HFU",
>       "higher_is_better": true,
>       "values": [
>         0.38391068630295966,
>         0.5826253943372419
>       ],
>       "deltas": [
>         0.0,
>         0.19871470803428226
>       ],
>       "ratios": [
>         1.0,
>         1.5176066077969717
>       ]
>     },
>     {
>       "key": "model_flop_per_s_per_gpu",
>       "label": "TFLOP/s per GPU",
>       "higher_is_better": true,
>       "values": [
>         363621562852221.8,
>         551834486521993.56
>       ],
>       "deltas": [
>         0.0,
>         188212923669771.75
>       ],
>       "ratios": [
>         1.0,
>         1.5176066077969714
>       ]
>     },
>     {
>       "key": "tokens_per_s",
>       "label": "tokens/s",
>       "higher_is_better": true,
>       "values": [
>         773414.143368079,
>         1173738.414539031
>       ],
>       "deltas": [
>         0.0,
>         400324.271170952
>       ],
>       "ratios": [
>         1.0,
>         1.5176066077969717
>       ]
>     },
>     {
>       "key": "time_to_train_days",
>       "label": "time to train",
>       "higher_is_better": false,
>       "values": [
>         224.4736698957509,
>         147.91294973445542
>       ],
>       "deltas": [
>         0.0,
>         -76.56072016129548
>       ],
>       "ratios": [
>         1.0,
>         0.6589322917166567
>       ]
>     },
>     {
>       "key": "bubble_fraction",
>       "label": "bubble fraction",
>       "higher_is_better": false,
>       "values": [
>         0.12085190109752075,
>         0.11725806078701269
>       ],
>       "deltas": [
>         0.0,
>         -0.0035938403105080646
>       ],
>       "ratios": [
>         1.0,
>         0.9702624428919158
>       ]
>     },
>     {
>       "key": "breakdown_s.compute",
>       "label": "compute",
>       "higher_is_better": false,
>       "values": [
>         3.832516030300098,
>         2.3721209965362413
>       ],
>       "deltas": [
>         0.0,
>         -1.4603950337638567
>       ],
>       "ratios": [
>         1.0,
>         0.6189461381980174
>       ]
>     },
>     {
>       "key": "breakdown_s.bubble",
>       "label": "pipeline bubble",
>       "higher_is_better": false,
>       "values": [
>         0.655392219714942,
>         0.4190166627411306
>       ],
>       "deltas": [
>         0.0,
>         -0.2363755569738114
>       ],
>       "ratios": [
>         1.0,
>         0.639337255061372
>       ]
>     },
>     {
>       "key": "breakdown_s.tp",
>       "label": "exposed TP",
>       "higher_is_better": false,
>       "values": [
>         0.8949933803243231,
>         0.6918530352432419
>       ],
>       "deltas": [
>         0.0,
>         -0.20314034508108114
>       ],
>       "ratios": [
>         1.0,
>         0.7730258686299242
>       ]
>     },
>     {
>       "key": "breakdown_s.cp",
>       "label": "exposed CP",
>       "higher_is_better": false,
>       "values": [
>         0.0,
>         0.0
>       ],
>       "deltas": [
>         0.0,
>         0.0
>       ],
>       "ratios": [
>         null,
>         null
>       ]
>     },
>     {
>       "key": "breakdown_s.ep",
>       "label": "exposed EP",
>       "higher_is_better": false,
>       "values": [
>         0.0,
>         0.0
>       ],
>       "deltas": [
>         0.0,
>         0.0
>       ],
>       "ratios": [
>         null,
>         null
>       ]
>     },
>     {
>       "key": "breakdown_s.pp",
>       "label": "exposed PP",
>       "higher_is_better": false,
>       "values": [
>         0.005712850948745157,
>         0.005504764130278006
>       ],
>       "deltas": [
>         0.0,
>         -0.00020808681846715138
>       ],
>       "ratios": [
>         1.0,
>         0.9635756612006728
>       ]
>     },
>     {
>       "key": "breakdown_s.dp",
>       "label": "exposed DP",
>       "higher_is_better": false,
>       "values": [
>         0.0336904519195033,
>         0.08416441002000448
>       ],
>       "deltas": [
>         0.0,
>         0.050473958100501176
>       ],
>       "ratios": [
>         1.0,
>         2.498168033515809
>       ]
>     },
>     {
>       "key": "breakdown_s.optimizer",
>       "label": "optimizer",
>       "higher_is_better": false,
>       "values": [
>         0.0007973412537313432,
>         0.0007973412537313432
>       ],
>       "deltas": [
>         0.0,
>         0.0
>       ],
>       "ratios": [
>         1.0,
>         1.0
>       ]
>     },
>     {
>       "key": "max_stage_memory_bytes",
>       "label": "largest stage memory",
>       "higher_is_better": false,
>       "values": [
>         50878725734.4,
>         44580978278.4
>       ],
>       "deltas": [
>         0.0,
>         -6297747456.0
>       ],
>       "ratios": [
>         1.0,
>         0.876220416979862
>       ]
>     }
>   ]
> }

# no scenario
$ colossus compare
! exit 2
2> <command line>: scenarios: give two or more scenario files, or one with --vary FIELD=V1,V2

# one variant only
$ colossus compare examples/eos-llama70b.yaml
! exit 2
2> <command line>: scenarios: one variant only; give two or more scenario files, or --vary FIELD=V1,V2

# --vary without a value
$ colossus compare examples/eos-llama70b.yaml --vary parallelism.precision
! exit 2
2> <command line>: --vary: expected FIELD=VALUE[,VALUE...], got 'parallelism.precision'

# a value the field refuses, named against the file
$ colossus compare examples/eos-llama70b.yaml --vary parallelism.precision=bf16,fp4
! exit 2
2> examples/eos-llama70b.yaml:17: parallelism.precision: expected one of bf16|fp8, got "fp4" (did you mean "fp8"?)

# --names of the wrong count
$ colossus compare examples/eos-llama70b.yaml --vary parallelism.precision=bf16,fp8 --names a
! exit 2
2> <command line>: --names: expected 2 names (one per variant), got 1

# a report directory that cannot be made (a path through a file)
$ colossus compare examples/eos-llama70b.yaml --vary parallelism.precision=bf16,fp8 --report README.md/sub
! exit 2
2> <command line>: --report: cannot create directory 'README.md/sub': Not a directory
