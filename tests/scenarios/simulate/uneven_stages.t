# Uneven pipeline stages (--first-stage-layers 1 --last-stage-layers 1): Llama 3 405B's 126
# layers over PP8 x VPP8; the text report lists each stage's layers. FP8 parameters
# (--fp8-param-gather, as the published runs of this layout: no BF16 copy beside the FP8 one) let
# it fit 80 GB; the breakdown is the busiest stage's, its idle time split into the schedule's
# bubble and the imbalance of the uneven split.
$ colossus simulate --cluster eos-11616 --model llama3-405b --gpus 1024 --tp 8 --pp 8 --vpp 8 --cp 2 --global-batch 512 --precision fp8 --fp8-param-gather --first-stage-layers 1 --last-stage-layers 1
> colossus simulate: llama3-405b on eos-11616 (1,024 of 11,616 GPUs, h100-sxm)
>   scenario        command line
>   model           405.85 B parameters, 126 layers, hidden 16384, 128 heads / 8 KV heads of 128, FFN 53248 gated, vocab 128256
>   layout          TP8 SP, CP2, PP8 interleaved x8, DP8, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 512, fp8, selective recompute, FP8 params
>   batch           64 micro-batches per replica per step, 4,194,304 tokens per step
>
>   step time       14.3 s
>   MFU             75.9 %   (HFU 77.8 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 751   (model FLOPs; 770 with recompute)
>   tokens/s        293 k
>
> Where the step goes (pipeline stage 1, the busiest, bounds the step):
>   compute               11.7 s   81.4 %
>   pipeline bubble       190 ms    1.3 %
>   stage imbalance       132 ms    0.9 %
>   exposed TP            2.21 s   15.5 %
>   exposed CP           22.9 ms    0.2 %
>   exposed EP               0 s    0.0 %
>   exposed PP           14.3 ms    0.1 %
>   exposed DP           90.5 ms    0.6 %
>   optimizer            4.46 ms    0.0 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers                                                       weights   grads optimizer activations  overhead   total    forward   backward
>       0  0, 15-16, 31-32, 47-48, 63-64, 79-80, 95-96, 111-112            11.6    23.2       4.4        25.3       4.3    68.8    69.7 ms     134 ms
>       1  1-2, 17-18, 33-34, 49-50, 65-66, 81-82, 97-98, 113-114          11.9    23.8       4.5        27.5       4.4    71.9    74.3 ms     143 ms
>       2  3-4, 19-20, 35-36, 51-52, 67-68, 83-84, 99-100, 115-116         11.9    23.8       4.5        26.7       4.3    71.1    74.3 ms     143 ms
>       3  5-6, 21-22, 37-38, 53-54, 69-70, 85-86, 101-102, 117-118        11.9    23.8       4.5        25.9       4.3    70.3    74.3 ms     143 ms
>       4  7-8, 23-24, 39-40, 55-56, 71-72, 87-88, 103-104, 119-120        11.9    23.8       4.5        25.1       4.3    69.4    74.3 ms     143 ms
>       5  9-10, 25-26, 41-42, 57-58, 73-74, 89-90, 105-106, 121-122       11.9    23.8       4.5        24.3       4.2    68.6    74.3 ms     143 ms
>       6  11-12, 27-28, 43-44, 59-60, 75-76, 91-92, 107-108, 123-124      11.9    23.8       4.5        23.5       4.2    67.8    74.3 ms     143 ms
>       7  13-14, 29-30, 45-46, 61-62, 77-78, 93-94, 109-110, 125          11.6    23.2       4.4        22.9       4.1    66.3    72.3 ms     138 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                    128 x 8    32.0 KiB    15.6 us  ring                  64
>   tp all_gather                    128 x 8    64.0 MiB     191 us  ring               32256
>   tp all_gather                    128 x 8     128 MiB     350 us  ring                  64
>   dp_cp all_gather                 64 x 16     126 MiB    2.86 ms  ring                  10
>   dp_cp all_gather                 64 x 16     152 MiB    3.40 ms  ring                 310
>   tp reduce_scatter                128 x 8     128 MiB     350 us  ring               32320
>   dp_cp reduce_scatter             64 x 16     148 MiB    3.32 ms  ring                  34
>   dp_cp reduce_scatter             64 x 16     152 MiB    3.40 ms  ring                1240
>   cp send_recv                     512 x 2    2.00 MiB    67.0 us  send_recv           8064
>   cp send_recv                     512 x 2    4.00 MiB     112 us  send_recv           8064
>   pp send_recv                     128 x 8    16.0 MiB     380 us  send_recv           8064
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nic out                        1,024 100.0 %              30.9 %
>   nic in                         1,024 100.0 %              30.9 %
>   switch up from tier 0             32 100.0 %               5.5 %
>   switch down from tier 0           32 100.0 %               5.5 %
