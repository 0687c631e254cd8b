# Simulations on the other system families.

# Grok-1 over all 200,000 GPUs of colossus-200k: the H100 pool bounds the step, the H200 pool waits.
$ colossus simulate tests/scenarios/systems/colossus200k_all.yaml
> colossus simulate: grok-1 on colossus-200k (200,000 of 200,000 GPUs, h100-sxm)
>   scenario        tests/scenarios/systems/colossus200k_all.yaml
>   model           315.68 B parameters (83.76 B active), 64 layers, hidden 6144, 48 heads / 8 KV heads of 128, FFN 32768 gated, 8 experts top-2 of 32768 in 64 of 64 layers, vocab 131072 (tied)
>   layout          TP8 SP, PP1 1f1b, DP25000 (EP8), ZeRO-1, micro-batch 1 x 8192 tokens, global batch 25000, bf16, selective recompute
>   batch           1 micro-batches per replica per step, 204,800,000 tokens per step
>
>   step time       2.59 s
>   MFU             21.6 %   (HFU 22.1 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 214   (model FLOPs; 219 with recompute)
>   tokens/s        78.9 M
>
> Pools (the step waits for the slowest; each pool's step alone):
>   h100-sxm    150,000 GPUs  own step    2.59 s  bounds the step
>   h200-sxm     50,000 GPUs  own step    2.58 s  waits 14.7 ms per step
>
> Where the step goes (pipeline stage 0, the busiest, bounds the step):
>   compute               1.07 s   41.4 %
>   pipeline bubble          0 s    0.0 %
>   stage imbalance          0 s    0.0 %
>   exposed TP            200 ms    7.7 %
>   exposed CP               0 s    0.0 %
>   exposed EP            172 ms    6.6 %
>   exposed PP               0 s    0.0 %
>   exposed DP            1.15 s   44.2 %
>   optimizer            20.7 us    0.0 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-63                10.5    21.0       0.0        32.5       4.6    68.6     534 ms     913 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                 25,000 x 8    64.0 KiB    16.2 us  ring                   1
>   tp all_gather                 25,000 x 8    96.0 MiB     270 us  ring                 129
>   tp all_gather                 25,000 x 8     192 MiB     508 us  ring                 128
>   dp_cp all_gather               8 x 25000    1.50 GiB     198 ms  ring                   1
>   edp_cp all_gather              64 x 3125    9.00 GiB     246 ms  ring                   1
>   tp reduce_scatter             25,000 x 8    96.0 MiB     270 us  ring                 129
>   tp reduce_scatter             25,000 x 8     192 MiB     508 us  ring                 128
>   dp_cp reduce_scatter           8 x 25000    3.00 GiB     236 ms  ring                   1
>   edp_cp reduce_scatter          64 x 3125    18.0 GiB     468 ms  ring                   1
>   ep all_to_all                 25,000 x 8    24.0 MiB     672 us  pairwise             256
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nic out                      400,000 100.0 %             100.0 %
>   switch up from tier 0          6,256   1.6 %               1.4 %
>   switch up from tier 1             98   0.2 %               0.2 %
>
> warning: the job spans GPU models; h100-sxm bounds the step, the others wait (see Pools)
>
> Power by activity (power model training-activity, PUE 1.2)
>   Job IT, average                  152 MW   182 MW at the wall
>   Job IT, peak                     177 MW   212 MW at the wall
>   Job IT, trough                  84.9 MW
>   Swing                           92.2 MW   every 2.59 s (one step); 1.15 s of it below the midpoint
>   Energy per step               131.3 kWh   at the wall
>   Cost per step                      $214   owned GPU-hours + electricity
>   Cost per 1M tokens               $1.046

# The H200 pool alone: its own, faster step.
$ colossus simulate tests/scenarios/systems/colossus200k_h200.yaml
> colossus simulate: grok-1 on colossus-200k (49,152 of 200,000 GPUs, h200-sxm)
>   scenario        tests/scenarios/systems/colossus200k_h200.yaml
>   model           315.68 B parameters (83.76 B active), 64 layers, hidden 6144, 48 heads / 8 KV heads of 128, FFN 32768 gated, 8 experts top-2 of 32768 in 64 of 64 layers, vocab 131072 (tied)
>   layout          TP8 SP, PP1 1f1b, DP6144 (EP8), ZeRO-1, micro-batch 1 x 8192 tokens, global batch 6144, bf16, selective recompute
>   batch           1 micro-batches per replica per step, 50,331,648 tokens per step
>
>   step time       2.27 s
>   MFU             24.6 %   (HFU 25.2 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 244   (model FLOPs; 250 with recompute)
>   tokens/s        22.1 M
>
> Where the step goes (pipeline stage 0, the busiest, bounds the step):
>   compute               1.06 s   46.6 %
>   pipeline bubble          0 s    0.0 %
>   stage imbalance          0 s    0.0 %
>   exposed TP            200 ms    8.8 %
>   exposed CP               0 s    0.0 %
>   exposed EP            172 ms    7.6 %
>   exposed PP               0 s    0.0 %
>   exposed DP            842 ms   37.0 %
>   optimizer            53.2 us    0.0 %
>
> Memory per GPU by stage (GiB; the h200-sxm has 140.4):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-63                10.5    21.0       0.1        32.5       4.6    68.7     529 ms     903 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                  6,144 x 8    64.0 KiB    16.2 us  ring                   1
>   tp all_gather                  6,144 x 8    96.0 MiB     270 us  ring                 129
>   tp all_gather                  6,144 x 8     192 MiB     508 us  ring                 128
>   dp_cp all_gather                8 x 6144    1.50 GiB    77.1 ms  ring                   1
>   edp_cp all_gather               64 x 768    9.00 GiB     221 ms  ring                   1
>   tp reduce_scatter              6,144 x 8    96.0 MiB     270 us  ring                 129
>   tp reduce_scatter              6,144 x 8     192 MiB     508 us  ring                 128
>   dp_cp reduce_scatter            8 x 6144    3.00 GiB     115 ms  ring                   1
>   edp_cp reduce_scatter           64 x 768    18.0 GiB     429 ms  ring                   1
>   ep all_to_all                  6,144 x 8    24.0 MiB     672 us  pairwise             256
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nic out                       98,304 100.0 %             100.0 %
>   switch up from tier 0          1,536   1.6 %               1.3 %
>   switch up from tier 1             24   0.2 %               0.2 %
>
> Power by activity (power model training-activity, PUE 1.2)
>   Job IT, average                 38.3 MW   45.9 MW at the wall
>   Job IT, peak                    43.5 MW   52.2 MW at the wall
>   Job IT, trough                  20.9 MW
>   Swing                           22.6 MW   every 2.27 s (one step); 842 ms of it below the midpoint
>   Energy per step                29.0 kWh   at the wall
>   Cost per step                     $46.2   owned GPU-hours + electricity
>   Cost per 1M tokens               $0.918

# One GPU of 8,192 at half speed (Llama 3 70B, TP8 PP4 on Eos): the step and its slowdown.
$ colossus simulate tests/scenarios/systems/straggler_8k.yaml
> colossus simulate: llama3-70b on eos-11616 (8,192 of 11,616 GPUs, h100-sxm)
>   scenario        tests/scenarios/systems/straggler_8k.yaml
>   model           70.55 B parameters, 80 layers, hidden 8192, 64 heads / 8 KV heads of 128, FFN 28672 gated, vocab 128256
>   layout          TP8 SP, PP4 1f1b, DP256, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 1024, bf16, selective recompute
>   batch           4 micro-batches per replica per step, 8,388,608 tokens per step
>
>   step time       2.94 s
>   MFU             17.0 %   (HFU 17.7 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 168   (model FLOPs; 175 with recompute)
>   tokens/s        2.86 M
>
> Stragglers: step 2.94 s instead of 2.20 s (x1.336); 1 slow pipeline, 8 distinct rank programs simulated
>
> Where the step goes (pipeline stage 2, the busiest, bounds the step):
>   compute               1.91 s   65.2 %
>   pipeline bubble       772 ms   26.3 %
>   stage imbalance          0 s    0.0 %
>   exposed TP            224 ms    7.6 %
>   exposed CP               0 s    0.0 %
>   exposed EP               0 s    0.0 %
>   exposed PP            760 us    0.0 %
>   exposed DP           23.5 ms    0.8 %
>   optimizer             193 us    0.0 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-19                 4.2     8.5       0.1        20.9       4.0    37.8     103 ms     192 ms
>       1  20-39                4.0     8.0       0.1        15.7       3.8    31.5     103 ms     192 ms
>       2  40-59                4.0     8.0       0.1        10.5       3.5    26.0     179 ms     356 ms
>       3  60-79                4.2     8.5       0.1         6.0       3.3    22.1     108 ms     200 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                  1,024 x 8    64.0 KiB    16.2 us  ring                   4
>   tp all_gather                  1,024 x 8     128 MiB     350 us  ring                1284
>   dp_cp all_gather                32 x 256     816 MiB    20.9 ms  ring                  10
>   dp_cp all_gather                32 x 256     866 MiB    22.1 ms  ring                  10
>   tp reduce_scatter              1,024 x 8     128 MiB     350 us  ring                1284
>   dp_cp reduce_scatter            32 x 256     907 MiB    23.1 ms  ring                  18
>   dp_cp reduce_scatter            32 x 256     962 MiB    24.4 ms  ring                  18
>   pp send_recv                   2,048 x 4    16.0 MiB     380 us  send_recv             24
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nic out                        8,192 100.0 %              34.6 %
>   nic in                         8,192 100.0 %              34.6 %
>   switch up from tier 0            256 100.0 %               1.3 %
>   switch down from tier 0          256 100.0 %               1.3 %
>   switch up from tier 1              8 100.0 %               0.6 %
>   switch down from tier 1            8 100.0 %               0.6 %

# Llama 3 8B on one GB200 NVL72 rack: TP 8 inside the 72-GPU NVLink domain.
$ colossus simulate --cluster gb200-nvl72-576 --model llama3-8b --gpus 72 --tp 8 --pp 1 --global-batch 72
> colossus simulate: llama3-8b on gb200-nvl72-576 (72 of 576 GPUs, gb200)
>   scenario        command line
>   model           8.03 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 128256
>   layout          TP8 SP, PP1 1f1b, DP9, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 72, bf16, selective recompute
>   batch           8 micro-batches per replica per step, 589,824 tokens per step
>
>   step time       723 ms
>   MFU             26.2 %   (HFU 28.2 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 656   (model FLOPs; 705 with recompute)
>   tokens/s        816 k
>
> Where the step goes (pipeline stage 0, the busiest, bounds the step):
>   compute               492 ms   68.0 %
>   pipeline bubble          0 s    0.0 %
>   stage imbalance          0 s    0.0 %
>   exposed TP            230 ms   31.9 %
>   exposed CP               0 s    0.0 %
>   exposed EP               0 s    0.0 %
>   exposed PP               0 s    0.0 %
>   exposed DP            631 us    0.1 %
>   optimizer             526 us    0.1 %
>
> Memory per GPU by stage (GiB; the gb200 has 173.2):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-31                 1.9     3.7       1.2         5.0       3.2    15.1    33.6 ms    56.7 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                      9 x 8    64.0 KiB    15.6 us  ring                   8
>   tp all_gather                      9 x 8    64.0 MiB     112 us  ring                1032
>   dp_cp all_gather                   8 x 9     147 MiB     221 us  ring                  13
>   tp reduce_scatter                  9 x 8    64.0 MiB     112 us  ring                1032
>   dp_cp reduce_scatter               8 x 9     147 MiB     221 us  ring                  26
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nvlink out                       144 100.0 %             100.0 %

# Llama 3 70B on a full TPU v5p pod (a torus): TP 8 along x, the torus algorithm for DP.
$ colossus simulate tests/scenarios/systems/tpu_llama70b.yaml
> colossus simulate: llama3-70b on tpu-v5p-8960 (8,960 of 8,960 GPUs, tpu-v5p)
>   scenario        tests/scenarios/systems/tpu_llama70b.yaml
>   model           70.55 B parameters, 80 layers, hidden 8192, 64 heads / 8 KV heads of 128, FFN 28672 gated, vocab 128256
>   layout          TP8 SP, PP1 1f1b, DP1120, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 2240, bf16, full recompute
>   batch           2 micro-batches per replica per step, 18,350,080 tokens per step
>
>   step time       8.29 s
>   MFU             25.9 %   (HFU 34.4 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 119   (model FLOPs; 158 with recompute)
>   tokens/s        2.21 M
>
> Where the step goes (pipeline stage 0, the busiest, bounds the step):
>   compute               4.73 s   57.0 %
>   pipeline bubble          0 s    0.0 %
>   stage imbalance          0 s    0.0 %
>   exposed TP            3.46 s   41.8 %
>   exposed CP               0 s    0.0 %
>   exposed EP               0 s    0.0 %
>   exposed PP               0 s    0.0 %
>   exposed DP            100 ms    1.2 %
>   optimizer             108 us    0.0 %
>
> Memory per GPU by stage (GiB; the tpu-v5p has 88.5):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-79                16.4    32.9       0.1         2.2       3.1    54.7     1.02 s     2.67 s
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                  1,120 x 8    64.0 KiB    30.9 us  tree                   2
>   tp all_gather                  1,120 x 8     128 MiB    1.38 ms  torus                962
>   dp_cp all_gather                8 x 1120    4.11 GiB     200 ms  torus                  4
>   tp reduce_scatter              1,120 x 8     128 MiB    1.38 ms  torus                962
>   dp_cp reduce_scatter            8 x 1120    4.11 GiB     200 ms  torus                  8
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   direct link from tier 0       16,800 100.0 %             100.0 %
>   direct link from tier 1        4,704  12.5 %               5.9 %

# The 8k llama3-70b job with two of the first leaf's uplinks down and a NIC at half rate: the step
# against the healthy one (ECMP moves the flows off the down links).
$ colossus simulate tests/scenarios/systems/link_faults_8k.yaml
> colossus simulate: llama3-70b on eos-11616 (8,192 of 11,616 GPUs, h100-sxm)
>   scenario        tests/scenarios/systems/link_faults_8k.yaml
>   model           70.55 B parameters, 80 layers, hidden 8192, 64 heads / 8 KV heads of 128, FFN 28672 gated, vocab 128256
>   layout          TP8 SP, PP4 1f1b, DP256, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 1024, bf16, selective recompute
>   batch           4 micro-batches per replica per step, 8,388,608 tokens per step
>
>   step time       2.51 s
>   MFU             19.8 %   (HFU 20.7 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 196   (model FLOPs; 205 with recompute)
>   tokens/s        3.34 M
>
> Link faults: step 2.51 s instead of 2.22 s on healthy links (x1.132); 2 degraded, 2 down (routed around)
>
> Where the step goes (pipeline stage 3, the busiest, bounds the step):
>   compute               1.01 s   40.1 %
>   pipeline bubble       926 ms   36.8 %
>   stage imbalance       107 ms    4.3 %
>   exposed TP            227 ms    9.0 %
>   exposed CP               0 s    0.0 %
>   exposed EP               0 s    0.0 %
>   exposed PP           2.88 ms    0.1 %
>   exposed DP            243 ms    9.7 %
>   optimizer             102 us    0.0 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-19                 4.2     8.5       0.1        20.9       4.0    37.8     103 ms     192 ms
>       1  20-39                4.0     8.0       0.1        15.7       3.8    31.5     103 ms     192 ms
>       2  40-59                4.0     8.0       0.1        10.5       3.5    26.0     103 ms     192 ms
>       3  60-79                4.2     8.5       0.1         6.0       3.3    22.1     108 ms     200 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                  1,024 x 8    64.0 KiB    16.2 us  ring                   4
>   tp all_gather                  1,024 x 8     128 MiB     350 us  ring                1284
>   dp_cp all_gather                32 x 256     816 MiB    40.0 ms  ring                  10
>   dp_cp all_gather                32 x 256     866 MiB    42.2 ms  ring                  10
>   tp reduce_scatter              1,024 x 8     128 MiB     350 us  ring                1284
>   dp_cp reduce_scatter            32 x 256     907 MiB    44.0 ms  ring                  18
>   dp_cp reduce_scatter            32 x 256     962 MiB    46.5 ms  ring                  18
>   pp send_recv                   2,048 x 4    16.0 MiB    2.88 ms  send_recv             24
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nic out                        8,198 100.0 %              49.9 %
>   nic in                         8,197 100.0 %              49.9 %
>   switch up from tier 0         20,790 100.0 %              49.7 %
>   switch up from tier 1            616 100.0 %              46.8 %
>   switch down from tier 0        6,539 100.0 %              49.9 %
>   switch down from tier 1          665 100.0 %              47.1 %

# Micro-batch balancing between an H100 pool and an H200 pool of 1,024 GPUs each (Llama 3 8B,
# 128 micro-batches per replica): the H200 replicas run 129, the H100 replicas 127, the global
# batch unchanged; the H200 pool's wait falls from the even split's to the balanced one's.
$ colossus simulate tests/scenarios/systems/mixed_balance.yaml
> colossus simulate: llama3-8b on mixed-2k (2,048 of 2,048 GPUs, h200-sxm)
>   scenario        tests/scenarios/systems/mixed_balance.yaml
>   model           8.03 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 128256
>   layout          TP8 SP, PP1 1f1b, DP256, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 32768, bf16, selective recompute
>   batch           micro-batches per replica by pool (see Pools), 268,435,456 tokens per step
>
>   step time       23.0 s
>   MFU             33.4 %   (HFU 35.8 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 330   (model FLOPs; 355 with recompute)
>   tokens/s        11.7 M
>
> Pools (the step waits for the slowest; each pool's step alone, micro-batches balanced between pools):
>   h100-sxm      1,024 GPUs  own step    23.0 s  waits 41.9 ms per step
>               128 replicas x 127 micro-batches; even split: own step 23.1 s, bounds the step
>   h200-sxm      1,024 GPUs  own step    23.0 s  bounds the step
>               128 replicas x 129 micro-batches; even split: own step 22.8 s, waits 316 ms
>   balanced: step 23.0 s instead of 23.1 s with 128 micro-batches per replica on every pool (x1.006 faster)
>
> Where the step goes (pipeline stage 0, the busiest, bounds the step):
>   compute               16.6 s   72.2 %
>   pipeline bubble          0 s    0.0 %
>   stage imbalance          0 s    0.0 %
>   exposed TP            6.36 s   27.6 %
>   exposed CP               0 s    0.0 %
>   exposed EP               0 s    0.0 %
>   exposed PP               0 s    0.0 %
>   exposed DP           41.6 ms    0.2 %
>   optimizer            33.6 us    0.0 %
>
> Memory per GPU by stage (GiB; the h200-sxm has 140.4):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-31                 1.9     3.7       0.0         5.0       3.2    13.9    64.2 ms     114 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                    256 x 8    64.0 KiB    16.2 us  ring                 129
>   tp all_gather                    256 x 8    64.0 MiB     191 us  ring               16641
>   dp_cp all_gather                 8 x 256     958 MiB    24.8 ms  ring                   2
>   tp reduce_scatter                256 x 8    64.0 MiB     191 us  ring               16641
>   dp_cp reduce_scatter             8 x 256     958 MiB    24.8 ms  ring                   4
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nic out                        4,096 100.0 %             100.0 %
>   switch up from tier 0             64   1.6 %               1.6 %
>
> warning: the job spans GPU models; h200-sxm bounds the step, the others wait (see Pools)

# The same as JSON: each pool's replicas, micro-batches, even-split step and wait, and the
# pool_balance block.
$ colossus simulate tests/scenarios/systems/mixed_balance.yaml --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "tests/scenarios/systems/mixed_balance.yaml",
>   "cluster": "mixed-2k",
>   "model": "llama3-8b",
>   "model_summary": "8.03 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 128256",
>   "gpu": "h200-sxm",
>   "gpus": 2048,
>   "layout": {
>     "text": "TP8 SP, PP1 1f1b, DP256, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 32768, bf16, selective recompute",
>     "tp": 8,
>     "sequence_parallel": true,
>     "cp": 1,
>     "pp": 1,
>     "vpp": 1,
>     "dp": 256,
>     "ep": 1,
>     "zero": 1,
>     "schedule": "1f1b",
>     "micro_batch": 1,
>     "global_batch": 32768,
>     "seq_len": 8192,
>     "precision": "bf16",
>     "fp8_scaling": "delayed",
>     "recompute": "selective",
>     "recompute_layers": 0,
>     "attention": "flash2",
>     "optimizer": "adam",
>     "main_grads": "fp32",
>     "micro_batches": 129,
>     "tokens_per_step": 268435456
>   },
>   "step_time_s": 22.995785997306,
>   "tokens_per_s": 11673245.525569238,
>   "model_flop_per_s_per_gpu": 330093235393120.75,
>   "hardware_flop_per_s_per_gpu": 354573805593559.3,
>   "mfu": 0.33362971032253963,
>   "hfu": 0.3583725546730941,
>   "bubble_fraction": 0.0,
>   "train_tokens": 0,
>   "time_to_train_s": null,
>   "time_to_train_days": null,
>   "bounding_stage": 0,
>   "breakdown_s": {
>     "compute": 16.59837515103365,
>     "bubble": 0.0,
>     "imbalance": 0.0,
>     "tp": 6.355741722162174,
>     "cp": 0.0,
>     "ep": 0.0,
>     "pp": 0.0,
>     "dp": 0.041635484110278134,
>     "optimizer": 3.3639999999999996e-05
>   },
>   "stages": [
>     {
>       "stage": 0,
>       "layers": [
>         [
>           0,
>           32
>         ]
>       ],
>       "forward_s": 0.06424058440756962,
>       "backward_s": 0.11369830608232023,
>       "end_s": 22.995785997306,
>       "in_flight_micro_batches": 1.0,
>       "memory_bytes": {
>         "weights": 2008031232.0,
>         "gradients": 4016062464.0,
>         "optimizer": 47063232.0,
>         "activations": 5351407616.0,
>         "overhead": 3488795852.8,
>         "total": 14911360396.8
>       }
>     }
>   ],
>   "collectives": [
>     {
>       "name": "tp all_reduce",
>       "group_size": 8,
>       "groups": 256,
>       "bytes": 65536.0,
>       "time_s": 1.6239870270270268e-05,
>       "algorithm": "ring",
>       "calls_per_step": 129
>     },
>     {
>       "name": "tp all_gather",
>       "group_size": 8,
>       "groups": 256,
>       "bytes": 67108864.0,
>       "time_s": 0.0001909033945945946,
>       "algorithm": "ring",
>       "calls_per_step": 16641
>     },
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 256,
>       "groups": 8,
>       "bytes": 1004011520.0,
>       "time_s": 0.024783026256081288,
>       "algorithm": "ring",
>       "calls_per_step": 2
>     },
>     {
>       "name": "tp reduce_scatter",
>       "group_size": 8,
>       "groups": 256,
>       "bytes": 67108864.0,
>       "time_s": 0.0001909033945945946,
>       "algorithm": "ring",
>       "calls_per_step": 16641
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 256,
>       "groups": 8,
>       "bytes": 1004011520.0,
>       "time_s": 0.024783026256081288,
>       "algorithm": "ring",
>       "calls_per_step": 4
>     }
>   ],
>   "fabric": {
>     "shared": true,
>     "tiers": [
>       {
>         "kind": "nic out",
>         "tier": -1,
>         "resources": 4096,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 1.0
>       },
>       {
>         "kind": "switch up",
>         "tier": 0,
>         "resources": 64,
>         "peak_utilization": 0.015625,
>         "busiest_average_utilization": 0.015625
>       }
>     ]
>   },
>   "pools": [
>     {
>       "gpu": "h100-sxm",
>       "gpus": 1024,
>       "own_step_s": 22.953911440031646,
>       "wait_s": 0.04187455727435463,
>       "bounding": false,
>       "replicas": 128,
>       "micro_batches": 127,
>       "fewer": 0,
>       "even_step_s": 23.13432269242402,
>       "even_wait_s": 0.0
>     },
>     {
>       "gpu": "h200-sxm",
>       "gpus": 1024,
>       "own_step_s": 22.995785997306,
>       "wait_s": 0.0,
>       "bounding": true,
>       "replicas": 128,
>       "micro_batches": 129,
>       "fewer": 0,
>       "even_step_s": 22.81784710681611,
>       "even_wait_s": 0.3164755856079111
>     }
>   ],
>   "pool_balance": {
>     "balanced": true,
>     "even_micro_batches": 128,
>     "even_step_s": 23.13432269242402,
>     "step_s": 22.995785997306
>   },
>   "warnings": [
>     "the job spans GPU models; h200-sxm bounds the step, the others wait (see Pools)"
>   ],
>   "power": null
> }

# Balancing asked for on colossus-200k (Grok-1, 64 micro-batches per replica): the H200 pool is
# about 1% faster and holds a quarter of the replicas, so no split beats the even one.
$ colossus simulate tests/scenarios/systems/colossus200k_balance.yaml
> colossus simulate: grok-1 on colossus-200k (200,000 of 200,000 GPUs, h100-sxm)
>   scenario        tests/scenarios/systems/colossus200k_balance.yaml
>   model           315.68 B parameters (83.76 B active), 64 layers, hidden 6144, 48 heads / 8 KV heads of 128, FFN 32768 gated, 8 experts top-2 of 32768 in 64 of 64 layers, vocab 131072 (tied)
>   layout          TP8 SP, PP1 1f1b, DP25000 (EP8), ZeRO-1, micro-batch 1 x 8192 tokens, global batch 1600000, bf16, selective recompute
>   batch           64 micro-batches per replica per step, 13,107,200,000 tokens per step
>
>   step time       93.7 s
>   MFU             38.2 %   (HFU 39.2 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 378   (model FLOPs; 387 with recompute)
>   tokens/s        140 M
>
> Pools (the step waits for the slowest; each pool's step alone, micro-batches balanced between pools):
>   h100-sxm    150,000 GPUs  own step    93.7 s  bounds the step
>               18,750 replicas x 64 micro-batches; even split: own step 93.7 s, bounds the step
>   h200-sxm     50,000 GPUs  own step    92.8 s  waits 938 ms per step
>               6,250 replicas x 64 micro-batches; even split: own step 92.8 s, waits 938 ms
>   balanced: no split faster than the even one (64 micro-batches per replica on every pool); the even split is kept
>
> Where the step goes (pipeline stage 0, the busiest, bounds the step):
>   compute               68.8 s   73.4 %
>   pipeline bubble          0 s    0.0 %
>   stage imbalance          0 s    0.0 %
>   exposed TP            12.8 s   13.6 %
>   exposed CP               0 s    0.0 %
>   exposed EP            11.0 s   11.7 %
>   exposed PP               0 s    0.0 %
>   exposed DP            1.15 s    1.2 %
>   optimizer            20.7 us    0.0 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-63                10.5    21.0       0.0        32.5       4.6    68.6     534 ms     913 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                 25,000 x 8    64.0 KiB    16.2 us  ring                  64
>   tp all_gather                 25,000 x 8    96.0 MiB     270 us  ring                8256
>   tp all_gather                 25,000 x 8     192 MiB     508 us  ring                8192
>   dp_cp all_gather               8 x 25000    1.50 GiB     198 ms  ring                   1
>   edp_cp all_gather              64 x 3125    9.00 GiB     246 ms  ring                   1
>   tp reduce_scatter             25,000 x 8    96.0 MiB     270 us  ring                8256
>   tp reduce_scatter             25,000 x 8     192 MiB     508 us  ring                8192
>   dp_cp reduce_scatter           8 x 25000    3.00 GiB     236 ms  ring                   1
>   edp_cp reduce_scatter          64 x 3125    18.0 GiB     468 ms  ring                   1
>   ep all_to_all                 25,000 x 8    24.0 MiB     672 us  pairwise           16384
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nic out                      400,000 100.0 %             100.0 %
>   switch up from tier 0          6,256   1.6 %               0.1 %
>   switch up from tier 1             98   0.2 %               0.0 %
>
> warning: the job spans GPU models; h100-sxm bounds the step, the others wait (see Pools)
>
> Power by activity (power model training-activity, PUE 1.2)
>   Job IT, average                  176 MW   212 MW at the wall
>   Job IT, peak                     177 MW   212 MW at the wall
>   Job IT, trough                  84.9 MW
>   Swing                           92.2 MW   every 93.7 s (one step); 1.15 s of it below the midpoint
>   Energy per step              5511.2 kWh   at the wall
>   Cost per step                    $7.79k   owned GPU-hours + electricity
>   Cost per 1M tokens               $0.594
