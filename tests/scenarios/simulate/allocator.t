# PyTorch's CUDA allocator as a stack input (docs/software_stack.md): Llama 3.1 405B on 256
# GB200 as NeMo's 26.06 recipe runs it (Megatron-Bridge 067f987,
# llama31_405b_pretrain_256gpu_gb200_fp8cs_config: TP4 PP16 VPP4, FP8 current scaling, no
# recompute, BF16 main grads, FP8 parameters). With the caching allocator's 5% fragmentation
# allowance stage 1 does not fit the GB200's HBM; the recipe sets
# PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True, with which it fits (the allowance is 0).
$ colossus simulate --cluster gb200-nvl72-576 --gpus 256 --model llama3-405b --seq-len 8192 --tp 4 --pp 16 --vpp 4 --first-stage-layers 1 --last-stage-layers 1 --global-batch 1536 --precision fp8 --fp8-scaling current --recompute none --main-grads bf16 --fp8-param-gather --tp-comm-overlap on --allocator caching
! exit 2
2> <command line>: parallelism: stage 1 needs 173.6 GiB per GPU, 0.4 GiB more than gb200's 173.2 GiB (weights 11.9, grads 11.9, optimizer 17.8, activations 122.9 for 19.25 micro-batches of 1 x 8192 tokens in flight, overhead 9.1); it fits with --zero 3 (158.7 GiB) or --recompute full (55.5 GiB)

$ colossus simulate --cluster gb200-nvl72-576 --gpus 256 --model llama3-405b --seq-len 8192 --tp 4 --pp 16 --vpp 4 --first-stage-layers 1 --last-stage-layers 1 --global-batch 1536 --precision fp8 --fp8-scaling current --recompute none --main-grads bf16 --fp8-param-gather --tp-comm-overlap on --allocator expandable_segments
> colossus simulate: llama3-405b on gb200-nvl72-576 (256 of 576 GPUs, gb200)
>   scenario        command line
>   model           405.85 B parameters, 126 layers, hidden 16384, 128 heads / 8 KV heads of 128, FFN 53248 gated, vocab 128256
>   layout          TP4 SP, PP16 interleaved x4, DP4, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 1536, fp8 (current scaling), no recompute, BF16 main grads, FP8 params, expandable_segments allocator
>   batch           384 micro-batches per replica per step, 12,582,912 tokens per step
>
>   step time       55.3 s
>   MFU             93.4 %   (HFU 93.4 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 2335   (model FLOPs; 2335 with recompute)
>   tokens/s        228 k
>
> Where the step goes (pipeline stage 14, the busiest, bounds the step):
>   compute               53.9 s   97.5 %
>   pipeline bubble       533 ms    1.0 %
>   stage imbalance       125 ms    0.2 %
>   exposed TP            717 ms    1.3 %
>   exposed CP               0 s    0.0 %
>   exposed EP               0 s    0.0 %
>   exposed PP           22.2 ms    0.0 %
>   exposed DP            209 us    0.0 %
>   optimizer            7.47 ms    0.0 %
>
> Memory per GPU by stage (GiB; the gb200 has 173.2):
>   stage  layers                         weights   grads optimizer activations  overhead   total    forward   backward
>       0  0, 31-32, 63-64, 95-96            11.4    11.4      17.1       101.3       3.0   144.1    40.5 ms    84.0 ms
>       1  1-2, 33-34, 65-66, 97-98          11.9    11.9      17.8       122.9       3.0   167.4    46.2 ms    95.9 ms
>       2  3-4, 35-36, 67-68, 99-100         11.9    11.9      17.8       119.7       3.0   164.2    46.2 ms    95.9 ms
>       3  5-6, 37-38, 69-70, 101-102        11.9    11.9      17.8       116.5       3.0   161.1    46.2 ms    95.9 ms
>       4  7-8, 39-40, 71-72, 103-104        11.9    11.9      17.8       113.3       3.0   157.9    46.2 ms    95.9 ms
>       5  9-10, 41-42, 73-74, 105-106       11.9    11.9      17.8       110.1       3.0   154.7    46.2 ms    95.9 ms
>       6  11-12, 43-44, 75-76, 107-108      11.9    11.9      17.8       106.9       3.0   151.5    46.2 ms    95.9 ms
>       7  13-14, 45-46, 77-78, 109-110      11.9    11.9      17.8       103.7       3.0   148.3    46.2 ms    95.9 ms
>       8  15-16, 47-48, 79-80, 111-112      11.9    11.9      17.8       100.5       3.0   145.1    46.2 ms    95.9 ms
>       9  17-18, 49-50, 81-82, 113-114      11.9    11.9      17.8        97.3       3.0   141.9    46.2 ms    95.9 ms
>      10  19-20, 51-52, 83-84, 115-116      11.9    11.9      17.8        94.1       3.0   138.7    46.2 ms    95.9 ms
>      11  21-22, 53-54, 85-86, 117-118      11.9    11.9      17.8        91.0       3.0   135.5    46.2 ms    95.9 ms
>      12  23-24, 55-56, 87-88, 119-120      11.9    11.9      17.8        87.8       3.0   132.3    46.2 ms    95.9 ms
>      13  25-26, 57-58, 89-90, 121-122      11.9    11.9      17.8        84.6       3.0   129.1    46.2 ms    95.9 ms
>      14  27-28, 59-60, 91-92, 123-124      11.9    11.9      17.8        81.4       3.0   125.9    46.2 ms    95.9 ms
>      15  29-30, 61-62, 93-94, 125          11.4    11.4      17.1        78.9       3.0   121.7    44.0 ms    90.5 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                     64 x 4      4.00 B    10.2 us  ring              193536
>   tp all_reduce                     64 x 4    64.0 KiB    10.7 us  ring                 384
>   tp all_gather                     64 x 4     128 MiB     155 us  ring              193536
>   tp all_gather                     64 x 4     256 MiB     291 us  ring                 384
>   dp_cp all_gather                  64 x 4    74.2 MiB    97.4 us  ring                  34
>   dp_cp all_gather                  64 x 4    76.0 MiB    99.4 us  ring                1240
>   tp reduce_scatter                 64 x 4     256 MiB     291 us  ring              193920
>   dp_cp reduce_scatter              64 x 4    74.2 MiB    97.4 us  ring                  68
>   dp_cp reduce_scatter              64 x 4    76.0 MiB    99.4 us  ring                2480
>   pp send_recv                     16 x 16    64.0 MiB    1.45 ms  send_recv          48384
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nvlink out                       256 100.0 %              11.0 %
>   nvlink in                        256 100.0 %              11.0 %
>   nic out                          240 100.0 %               5.5 %
>   nic in                            16 100.0 %               5.5 %
>   switch up from tier 0              4  11.1 %               1.1 %

# Bad input: an allocator that is not one of the two.
$ colossus simulate --cluster eos-11616 --model llama3-8b --gpus 8 --global-batch 64 --allocator cudaMallocAsync
! exit 2
2> <command line>: --allocator: expected one of caching, expandable_segments, got 'cudaMallocAsync'

# Bad input in a scenario file: the line and the field.
$ colossus simulate tests/scenarios/simulate/allocator.yaml
! exit 2
2> tests/scenarios/simulate/allocator.yaml:7: stack.allocator: expected one of caching|expandable_segments, got "cudaMallocAsync"
