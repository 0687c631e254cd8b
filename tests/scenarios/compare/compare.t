# `colossus compare`: Llama 3 70B on 1,024 GPUs of eos-11616 (examples/eos-llama70b.yaml) in
# BF16 against FP8, side by side with the deltas against BF16; the same as JSON (keys checked to
# the runner's tolerance); then bad input, each one line and exit 2.
$ colossus compare examples/eos-llama70b.yaml --vary parallelism.precision=bf16,fp8
> colossus compare: 2 variants, deltas against the first
>   *  bf16: llama3-70b on eos-11616, TP8 SP, PP4 interleaved x2, DP32, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 512, bf16, selective recompute (examples/eos-llama70b.yaml (parallelism.precision=bf16))
>      fp8: llama3-70b on eos-11616, TP8 SP, PP4 interleaved x2, DP32, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 512, fp8, selective recompute (examples/eos-llama70b.yaml (parallelism.precision=fp8))
>
>   figure                          bf16           fp8     delta
>   step time                     5.42 s        3.60 s   -33.6 %
>   MFU                           36.8 %        55.4 %   +50.7 %
>   HFU                           38.4 %        57.9 %   +50.7 %
>   TFLOP/s per GPU          364 TFLOP/s   548 TFLOP/s   +50.7 %
>   tokens/s                   0.773 M/s      1.17 M/s   +50.7 %
>   time to train                224.5 d       149.0 d   -33.6 %
>   bubble fraction                8.5 %         8.4 %    -2.1 %
>   compute                       4.03 s        2.50 s   -37.9 %
>   pipeline bubble               463 ms        301 ms   -35.1 %
>   stage imbalance              11.0 ms       44.8 ms  +306.2 %
>   exposed TP                    906 ms        703 ms   -22.4 %
>   exposed CP                       0 s           0 s         =
>   exposed EP                       0 s           0 s         =
>   exposed PP                   1.92 ms        949 us   -50.5 %
>   exposed DP                   8.39 ms       44.6 ms  +431.8 %
>   optimizer                     797 us        797 us         =
>   largest stage memory        46.7 GiB      44.8 GiB    -4.0 %

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
>         3.5987527618829076
>       ],
>       "deltas": [
>         0.0,
>         -1.824349512578435
>       ],
>       "ratios": [
>         1.0,
>         0.6635966979325241
>       ]
>     },
>     {
>       "key": "mfu",
>       "label": "MFU",
>       "higher_is_better": true,
>       "values": [
>         0.36751724565617727,
>         0.5538262122177516
>       ],
>       "deltas": [
>         0.0,
>         0.18630896656157436
>       ],
>       "ratios": [
>         1.0,
>         1.5069393851951962
>       ]
>     },
>     {
>       "key": "hfu",
>       "label": "HFU",
>       "higher_is_better": true,
>       "values": [
>         0.38391068630295966,
>         0.5785301335872478
>       ],
>       "deltas": [
>         0.0,
>         0.19461944728428815
>       ],
>       "ratios": [
>         1.0,
>         1.506939385195196
>       ]
>     },
>     {
>       "key": "model_flop_per_s_per_gpu",
>       "label": "TFLOP/s per GPU",
>       "higher_is_better": true,
>       "values": [
>         363621562852221.8,
>         547955654368243.44
>       ],
>       "deltas": [
>         0.0,
>         184334091516021.63
>       ],
>       "ratios": [
>         1.0,
>         1.506939385195196
>       ]
>     },
>     {
>       "key": "tokens_per_s",
>       "label": "tokens/s",
>       "higher_is_better": true,
>       "values": [
>         773414.143368079,
>         1165488.233708362
>       ],
>       "deltas": [
>         0.0,
>         392074.0903402831
>       ],
>       "ratios": [
>         1.0,
>         1.506939385195196
>       ]
>     },
>     {
>       "key": "time_to_train_days",
>       "label": "time to train",
>       "higher_is_better": false,
>       "values": [
>         224.4736698957509,
>         148.95998611561572
>       ],
>       "deltas": [
>         0.0,
>         -75.51368378013518
>       ],
>       "ratios": [
>         1.0,
>         0.663596697932524
>       ]
>     },
>     {
>       "key": "bubble_fraction",
>       "label": "bubble fraction",
>       "higher_is_better": false,
>       "values": [
>         0.08536452900838196,
>         0.08354354793255614
>       ],
>       "deltas": [
>         0.0,
>         -0.0018209810758258171
>       ],
>       "ratios": [
>         1.0,
>         0.9786681763845143
>       ]
>     },
>     {
>       "key": "breakdown_s.compute",
>       "label": "compute",
>       "higher_is_better": false,
>       "values": [
>         4.031592126349857,
>         2.5036604974160697
>       ],
>       "deltas": [
>         0.0,
>         -1.527931628933787
>       ],
>       "ratios": [
>         1.0,
>         0.6210103648760834
>       ]
>     },
>     {
>       "key": "breakdown_s.bubble",
>       "label": "pipeline bubble",
>       "higher_is_better": false,
>       "values": [
>         0.46294057142367745,
>         0.3006525738597835
>       ],
>       "deltas": [
>         0.0,
>         -0.16228799756389395
>       ],
>       "ratios": [
>         1.0,
>         0.6494409702204087
>       ]
>     },
>     {
>       "key": "breakdown_s.imbalance",
>       "label": "stage imbalance",
>       "higher_is_better": false,
>       "values": [
>         0.011028263536805527,
>         0.044795537111614325
>       ],
>       "deltas": [
>         0.0,
>         0.0337672735748088
>       ],
>       "ratios": [
>         1.0,
>         4.061884898027192
>       ]
>     },
>     {
>       "key": "breakdown_s.tp",
>       "label": "exposed TP",
>       "higher_is_better": false,
>       "values": [
>         0.9064406355027017,
>         0.7033002904216207
>       ],
>       "deltas": [
>         0.0,
>         -0.20314034508108103
>       ],
>       "ratios": [
>         1.0,
>         0.7758922789594249
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
>         0.0019166305232136693,
>         0.0009492996196401593
>       ],
>       "deltas": [
>         0.0,
>         -0.00096733090357351
>       ],
>       "ratios": [
>         1.0,
>         0.4952960980963829
>       ]
>     },
>     {
>       "key": "breakdown_s.dp",
>       "label": "exposed DP",
>       "higher_is_better": false,
>       "values": [
>         0.008386705871360303,
>         0.044597222200448504
>       ],
>       "deltas": [
>         0.0,
>         0.0362105163290882
>       ],
>       "ratios": [
>         1.0,
>         5.317608949747864
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
>         50154921984.0,
>         48136019968.0
>       ],
>       "deltas": [
>         0.0,
>         -2018902016.0
>       ],
>       "ratios": [
>         1.0,
>         0.9597466821572556
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
2> examples/eos-llama70b.yaml:17: parallelism.precision: expected one of bf16|fp8|mxfp8, got "fp4" (did you mean "fp8"?)

# --names of the wrong count
$ colossus compare examples/eos-llama70b.yaml --vary parallelism.precision=bf16,fp8 --names a
! exit 2
2> <command line>: --names: expected 2 names (one per variant), got 1

# a report directory that cannot be made (a path through a file)
$ colossus compare examples/eos-llama70b.yaml --vary parallelism.precision=bf16,fp8 --report README.md/sub
! exit 2
2> <command line>: --report: cannot create directory 'README.md/sub': Not a directory
