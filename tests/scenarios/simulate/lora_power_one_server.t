# Llama 2 70B LoRA (rank 16 on q, k, v, o; MLPerf Training's fine-tuning task) on one 8-GPU
# server of memphis-100k, FP8, TP4 DP2: the power of a job under 1 MW prints in kW and Wh, not
# "0.0 MW". The node's share (7.43 kW less 638 W of switches) is the MLPerf Training v4.0 power
# cross-check of docs/power_and_cost.md.
$ colossus simulate --cluster memphis-100k --model llama2-70b --gpus 8 --tp 4 --dp 2 --global-batch 8 --lora-rank 16 --precision fp8 --seq-len 8192 --recompute full
> colossus simulate: llama2-70b on memphis-100k (8 of 100,000 GPUs, h100-sxm)
>   scenario        command line
>   model           69.04 B parameters, 80 layers, hidden 8192, 64 heads / 8 KV heads of 128, FFN 28672 gated, vocab 32000, LoRA rank 16 on q,k,v,o (65.5 M trainable)
>   layout          TP4 SP, PP1 1f1b, DP2, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 8, fp8, full recompute
>   batch           4 micro-batches per replica per step, 65,536 tokens per step
>
>   step time       6.32 s
>   MFU             44.5 %   (HFU 65.2 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 440   (model FLOPs; 645 with recompute)
>   tokens/s        10.4 k
>
> Where the step goes (pipeline stage 0, the busiest, bounds the step):
>   compute               5.47 s   86.4 %
>   pipeline bubble          0 s    0.0 %
>   stage imbalance          0 s    0.0 %
>   exposed TP            857 ms   13.6 %
>   exposed CP               0 s    0.0 %
>   exposed EP               0 s    0.0 %
>   exposed PP               0 s    0.0 %
>   exposed DP            156 us    0.0 %
>   optimizer            94.7 us    0.0 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-79                64.0     0.1       0.1         3.3       3.2    70.6     478 ms     1.10 s
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                      2 x 4    64.0 KiB    11.3 us  ring                   4
>   tp all_gather                      2 x 4    64.0 MiB     155 us  ring                1920
>   tp all_gather                      2 x 4     128 MiB     291 us  ring                   4
>   dp_cp all_gather                   4 x 2    31.2 MiB    56.1 us  ring                   1
>   tp reduce_scatter                  2 x 4     128 MiB     291 us  ring                1924
>   dp_cp reduce_scatter               4 x 2    62.5 MiB     100 us  ring                   1
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nvlink out                        16 100.0 %             100.0 %
>
> Power by activity (power model training-activity, PUE 1.2)
>   Job IT, average                 7.43 kW   8.92 kW at the wall
>   Job IT, peak                    7.43 kW   8.92 kW at the wall
>   Job IT, trough                  3.37 kW
>   Swing                           4.06 kW   every 6.32 s (one step); 251 us of it below the midpoint
>   Energy per step                 15.7 Wh   at the wall
>   Cost per step                     $0.02   owned GPU-hours + electricity
>   Cost per 1M tokens               $0.315
