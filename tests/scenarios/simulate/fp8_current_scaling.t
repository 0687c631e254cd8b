# FP8 with current (per-tensor, just-in-time) scaling: the layout line says so; the text report.
$ colossus simulate --cluster eos-11616 --model llama3-70b --gpus 1024 --tp 8 --pp 4 --vpp 2 --micro-batch 1 --global-batch 512 --precision fp8 --fp8-scaling current
> colossus simulate: llama3-70b on eos-11616 (1,024 of 11,616 GPUs, h100-sxm)
>   scenario        command line
>   model           70.55 B parameters, 80 layers, hidden 8192, 64 heads / 8 KV heads of 128, FFN 28672 gated, vocab 128256
>   layout          TP8 SP, PP4 interleaved x2, DP32, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 512, fp8 (current scaling), selective recompute
>   batch           16 micro-batches per replica per step, 4,194,304 tokens per step
>
>   step time       3.66 s
>   MFU             54.4 %   (HFU 56.8 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 538   (model FLOPs; 562 with recompute)
>   tokens/s        1.14 M
>
> Where the step goes (pipeline stage 3, the busiest, bounds the step):
>   compute               2.55 s   69.5 %
>   pipeline bubble       307 ms    8.4 %
>   stage imbalance      43.6 ms    1.2 %
>   exposed TP            723 ms   19.7 %
>   exposed CP               0 s    0.0 %
>   exposed EP               0 s    0.0 %
>   exposed PP            949 us    0.0 %
>   exposed DP           43.4 ms    1.2 %
>   optimizer             797 us    0.0 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-9, 40-49           8.2     8.5       0.8        23.2       4.2    44.8    68.6 ms     128 ms
>       1  10-19, 50-59         8.0     8.0       0.7        19.0       3.9    39.6    68.6 ms     128 ms
>       2  20-29, 60-69         8.0     8.0       0.7        14.8       3.7    35.2    68.6 ms     128 ms
>       3  30-39, 70-79         8.2     8.5       0.8        11.3       3.6    32.3    71.5 ms     133 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                    128 x 8      4.00 B    15.0 us  ring                5120
>   tp all_reduce                    128 x 8    64.0 KiB    16.2 us  ring                  16
>   tp all_gather                    128 x 8    64.0 MiB     191 us  ring                5120
>   tp all_gather                    128 x 8     128 MiB     350 us  ring                  16
>   dp_cp all_gather                 32 x 32     143 MiB    3.50 ms  ring                  32
>   dp_cp all_gather                 32 x 32     146 MiB    3.56 ms  ring                  84
>   tp reduce_scatter                128 x 8     128 MiB     350 us  ring                5136
>   dp_cp reduce_scatter             32 x 32     148 MiB    3.61 ms  ring                  62
>   dp_cp reduce_scatter             32 x 32     151 MiB    3.69 ms  ring                 162
>   pp send_recv                     256 x 4    16.0 MiB     380 us  send_recv            224
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nic out                        1,024 100.0 %              43.9 %
>   nic in                         1,024 100.0 %              43.9 %
>   switch up from tier 0             32 100.0 %               3.2 %
>   switch down from tier 0           32 100.0 %               3.2 %
