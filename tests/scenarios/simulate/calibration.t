# simulate --calibration: Llama 3 8B on one 8-GPU H100 server of Eos with the synthetic profile
# (tests/calibration/synthetic-h100.yaml: BF16 GEMMs at 494.7 TFLOP/s, efficiency 0.5, below the
# fitted curve's ~0.56 at these shapes, the rest at the fitted figures): the step is slower than
# the fitted one (compute 1.92 -> 2.04 s), and the GEMMs outside the profile's grid (1024 to 16384:
# the output layer's 64128 = vocabulary / TP) are named once in a warning.
$ colossus simulate --cluster eos-11616 --model llama3-8b --gpus 8 --tp 2 --global-batch 16 --calibration tests/calibration/synthetic-h100.yaml
> colossus simulate: llama3-8b on eos-11616 (8 of 11,616 GPUs, h100-sxm)
>   scenario        command line with calibration tests/calibration/synthetic-h100.yaml
>   model           8.03 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 128256
>   layout          TP2 SP, PP1 1f1b, DP4, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 16, bf16, selective recompute
>   batch           4 micro-batches per replica per step, 131,072 tokens per step
>
>   step time       2.16 s
>   MFU             44.5 %   (HFU 47.8 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 440   (model FLOPs; 473 with recompute)
>   tokens/s        60.8 k
>
> Where the step goes (pipeline stage 0, the busiest, bounds the step):
>   compute               2.04 s   94.5 %
>   pipeline bubble          0 s    0.0 %
>   stage imbalance          0 s    0.0 %
>   exposed TP            106 ms    4.9 %
>   exposed CP               0 s    0.0 %
>   exposed EP               0 s    0.0 %
>   exposed PP               0 s    0.0 %
>   exposed DP           2.56 ms    0.1 %
>   optimizer            11.2 ms    0.5 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-31                 7.5    15.0      11.2        19.9       4.0    57.6     170 ms     366 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                      4 x 2    64.0 KiB    8.51 us  ring                   4
>   tp all_gather                      4 x 2    64.0 MiB     102 us  ring                 516
>   dp_cp all_gather                   2 x 4     150 MiB     338 us  ring                  51
>   tp reduce_scatter                  4 x 2    64.0 MiB     102 us  ring                 516
>   dp_cp reduce_scatter               2 x 4     152 MiB     341 us  ring                 101
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nvlink out                        16 100.0 %             100.0 %
>
> warning: calibration profile tests/calibration/synthetic-h100.yaml: bf16 GEMM shapes outside its measured range took the nearest measured value: n up to 64128 (measured 1024 to 16384), k up to 64128 (measured 1024 to 16384)

# The same job without the profile, for comparison.
$ colossus simulate --cluster eos-11616 --model llama3-8b --gpus 8 --tp 2 --global-batch 16
> colossus simulate: llama3-8b on eos-11616 (8 of 11,616 GPUs, h100-sxm)
>   scenario        command line
>   model           8.03 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 128256
>   layout          TP2 SP, PP1 1f1b, DP4, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 16, bf16, selective recompute
>   batch           4 micro-batches per replica per step, 131,072 tokens per step
>
>   step time       2.04 s
>   MFU             46.9 %   (HFU 50.4 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 464   (model FLOPs; 499 with recompute)
>   tokens/s        64.2 k
>
> Where the step goes (pipeline stage 0, the busiest, bounds the step):
>   compute               1.92 s   94.1 %
>   pipeline bubble          0 s    0.0 %
>   stage imbalance          0 s    0.0 %
>   exposed TP            106 ms    5.2 %
>   exposed CP               0 s    0.0 %
>   exposed EP               0 s    0.0 %
>   exposed PP               0 s    0.0 %
>   exposed DP           2.56 ms    0.1 %
>   optimizer            11.2 ms    0.6 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-31                 7.5    15.0      11.2        19.9       4.0    57.6     160 ms     347 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                      4 x 2    64.0 KiB    8.51 us  ring                   4
>   tp all_gather                      4 x 2    64.0 MiB     102 us  ring                 516
>   dp_cp all_gather                   2 x 4     150 MiB     338 us  ring                  51
>   tp reduce_scatter                  4 x 2    64.0 MiB     102 us  ring                 516
>   dp_cp reduce_scatter               2 x 4     152 MiB     341 us  ring                 101
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nvlink out                        16 100.0 %             100.0 %

# A profile of a GPU the cluster lacks is refused (the A100 case of tests/bad_specs is the
# profile's own file; here the GPU is right but the cluster is an A100 one).
$ colossus simulate --cluster selene-a100 --model llama3-8b --gpus 8 --tp 2 --global-batch 16 --calibration tests/calibration/synthetic-h100.yaml
! exit 2
2> <command line>: --calibration: tests/calibration/synthetic-h100.yaml measured h100-sxm; cluster selene-a100 has no such GPU
