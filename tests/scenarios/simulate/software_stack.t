# The software stack as an input of simulate (docs/software_stack.md).

# Megatron-LM's Llama 3 8B FP8 launch script (megatron/llama3_8b_fp8.sh) through --megatron-args:
# the same job as megatron/llama3_8b_fp8.yaml (the next record); the arguments with no effect on
# performance are listed as warnings. It fits 80 GB, as the published run did.
$ colossus simulate --megatron-args tests/scenarios/simulate/megatron/llama3_8b_fp8.sh --cluster eos-11616 --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "tests/scenarios/simulate/megatron/llama3_8b_fp8.sh",
>   "cluster": "eos-11616",
>   "model": "llama3_8b_fp8",
>   "model_summary": "8.03 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 128256",
>   "gpu": "h100-sxm",
>   "gpus": 8,
>   "layout": {
>     "text": "TP1, PP1 1f1b, DP8, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 128, fp8, no recompute, BF16 main grads, FP8 params",
>     "tp": 1,
>     "sequence_parallel": false,
>     "cp": 1,
>     "pp": 1,
>     "vpp": 1,
>     "dp": 8,
>     "ep": 1,
>     "zero": 1,
>     "schedule": "1f1b",
>     "micro_batch": 1,
>     "global_batch": 128,
>     "seq_len": 8192,
>     "precision": "fp8",
>     "fp8_scaling": "delayed",
>     "recompute": "none",
>     "recompute_layers": 0,
>     "attention": "flash2",
>     "optimizer": "adam",
>     "main_grads": "bf16",
>     "micro_batches": 16,
>     "tokens_per_step": 1048576
>   },
>   "step_time_s": 9.39170170658591,
>   "tokens_per_s": 111649.20189753135,
>   "model_flop_per_s_per_gpu": 808240469875183.7,
>   "hardware_flop_per_s_per_gpu": 808240469875183.7,
>   "mfu": 0.8168996056955566,
>   "hfu": 0.8168996056955566,
>   "bubble_fraction": 0.0,
>   "train_tokens": 0,
>   "time_to_train_s": null,
>   "time_to_train_days": null,
>   "bounding_stage": 0,
>   "breakdown_s": {
>     "compute": 9.377474678010488,
>     "bubble": 0.0,
>     "imbalance": 0.0,
>     "tp": 0.0,
>     "cp": 0.0,
>     "ep": 0.0,
>     "pp": 0.0,
>     "dp": 0.0029876612918400577,
>     "optimizer": 0.011239367283582088
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
>       "forward_s": 0.17988850056288755,
>       "backward_s": 0.40620366681276815,
>       "end_s": 9.39170170658591,
>       "in_flight_micro_batches": 1.0,
>       "memory_bytes": {
>         "weights": 16060522496.0,
>         "gradients": 16060522496.0,
>         "optimizer": 12045391872.0,
>         "activations": 35865493504.0,
>         "overhead": 5014500147.2,
>         "total": 85046430515.2
>       }
>     }
>   ],
>   "collectives": [
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 8,
>       "groups": 1,
>       "bytes": 79507496.55445544,
>       "time_s": 0.00022022446486486485,
>       "algorithm": "ring",
>       "calls_per_step": 101
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 8,
>       "groups": 1,
>       "bytes": 79903056.23880596,
>       "time_s": 0.00022115992972972974,
>       "algorithm": "ring",
>       "calls_per_step": 201
>     }
>   ],
>   "fabric": {
>     "shared": true,
>     "tiers": [
>       {
>         "kind": "nvlink out",
>         "tier": -1,
>         "resources": 16,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 1.0
>       }
>     ]
>   },
>   "warnings": [
>     "Megatron argument ignored: --master_addr (torchrun's rendezvous)",
>     "Megatron argument ignored: --master_port (torchrun's rendezvous)",
>     "Megatron argument ignored: --use-mcore-models (numerics or implementation choice the step time does not depend on)",
>     "Megatron argument ignored: --max-position-embeddings (numerics or implementation choice the step time does not depend on)",
>     "Megatron argument ignored: --rotary-base (numerics or implementation choice the step time does not depend on)",
>     "Megatron argument ignored: --lr (optimisation hyper-parameter)",
>     "Megatron argument ignored: --min-lr (optimisation hyper-parameter)",
>     "Megatron argument ignored: --lr-decay-style (optimisation hyper-parameter)",
>     "Megatron argument ignored: --weight-decay (optimisation hyper-parameter)",
>     "Megatron argument ignored: --adam-beta1 (optimisation hyper-parameter)",
>     "Megatron argument ignored: --adam-beta2 (optimisation hyper-parameter)",
>     "Megatron argument ignored: --cross-entropy-loss-fusion (the fused loss kernel: timed and held as the unfused one (its memory saving not modelled))",
>     "Megatron argument ignored: --manual-gc (logging, evaluation, checkpointing or profiling)",
>     "Megatron argument ignored: --fp8-amax-history-len (numerics or implementation choice the step time does not depend on)",
>     "Megatron argument ignored: --fp8-amax-compute-algo (numerics or implementation choice the step time does not depend on)",
>     "Megatron argument ignored: --mock-data (data loading)",
>     "Megatron argument ignored: --tokenizer-type (data loading)",
>     "Megatron argument ignored: --save (logging, evaluation, checkpointing or profiling)",
>     "Megatron argument ignored: --log-interval (logging, evaluation, checkpointing or profiling)"
>   ],
>   "power": null
> }

$ colossus simulate tests/scenarios/simulate/megatron/llama3_8b_fp8.yaml --json
! json
> {
>   "schema": "colossus.simulate/1",
>   "scenario": "tests/scenarios/simulate/megatron/llama3_8b_fp8.yaml",
>   "cluster": "eos-11616",
>   "model": "llama3-8b",
>   "model_summary": "8.03 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 128256",
>   "gpu": "h100-sxm",
>   "gpus": 8,
>   "layout": {
>     "text": "TP1, PP1 1f1b, DP8, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 128, fp8, no recompute, BF16 main grads, FP8 params",
>     "tp": 1,
>     "sequence_parallel": false,
>     "cp": 1,
>     "pp": 1,
>     "vpp": 1,
>     "dp": 8,
>     "ep": 1,
>     "zero": 1,
>     "schedule": "1f1b",
>     "micro_batch": 1,
>     "global_batch": 128,
>     "seq_len": 8192,
>     "precision": "fp8",
>     "fp8_scaling": "delayed",
>     "recompute": "none",
>     "recompute_layers": 0,
>     "attention": "flash2",
>     "optimizer": "adam",
>     "main_grads": "bf16",
>     "micro_batches": 16,
>     "tokens_per_step": 1048576
>   },
>   "step_time_s": 9.39170170658591,
>   "tokens_per_s": 111649.20189753135,
>   "model_flop_per_s_per_gpu": 808240469875183.7,
>   "hardware_flop_per_s_per_gpu": 808240469875183.7,
>   "mfu": 0.8168996056955566,
>   "hfu": 0.8168996056955566,
>   "bubble_fraction": 0.0,
>   "train_tokens": 0,
>   "time_to_train_s": null,
>   "time_to_train_days": null,
>   "bounding_stage": 0,
>   "breakdown_s": {
>     "compute": 9.377474678010488,
>     "bubble": 0.0,
>     "imbalance": 0.0,
>     "tp": 0.0,
>     "cp": 0.0,
>     "ep": 0.0,
>     "pp": 0.0,
>     "dp": 0.0029876612918400577,
>     "optimizer": 0.011239367283582088
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
>       "forward_s": 0.17988850056288755,
>       "backward_s": 0.40620366681276815,
>       "end_s": 9.39170170658591,
>       "in_flight_micro_batches": 1.0,
>       "memory_bytes": {
>         "weights": 16060522496.0,
>         "gradients": 16060522496.0,
>         "optimizer": 12045391872.0,
>         "activations": 35865493504.0,
>         "overhead": 5014500147.2,
>         "total": 85046430515.2
>       }
>     }
>   ],
>   "collectives": [
>     {
>       "name": "dp_cp all_gather",
>       "group_size": 8,
>       "groups": 1,
>       "bytes": 79507496.55445544,
>       "time_s": 0.00022022446486486485,
>       "algorithm": "ring",
>       "calls_per_step": 101
>     },
>     {
>       "name": "dp_cp reduce_scatter",
>       "group_size": 8,
>       "groups": 1,
>       "bytes": 79903056.23880596,
>       "time_s": 0.00022115992972972974,
>       "algorithm": "ring",
>       "calls_per_step": 201
>     }
>   ],
>   "fabric": {
>     "shared": true,
>     "tiers": [
>       {
>         "kind": "nvlink out",
>         "tier": -1,
>         "resources": 16,
>         "peak_utilization": 1.0,
>         "busiest_average_utilization": 1.0
>       }
>     ]
>   },
>   "warnings": [],
>   "power": null
> }

# The Megatron arguments of the layout simulated.
$ colossus simulate tests/scenarios/simulate/megatron/llama3_8b_fp8.yaml --print-megatron-args
>     --nproc_per_node 8 \
>     --nnodes 1 \
>     --num-layers 32 \
>     --hidden-size 4096 \
>     --ffn-hidden-size 14336 \
>     --num-attention-heads 32 \
>     --group-query-attention \
>     --num-query-groups 8 \
>     --kv-channels 128 \
>     --swiglu \
>     --untie-embeddings-and-output-weights \
>     --disable-bias-linear \
>     --position-embedding-type rope \
>     --attention-dropout 0.0 \
>     --hidden-dropout 0.0 \
>     --vocab-size 128256 \
>     --seq-length 8192 \
>     --tensor-model-parallel-size 1 \
>     --pipeline-model-parallel-size 1 \
>     --context-parallel-size 1 \
>     --micro-batch-size 1 \
>     --global-batch-size 128 \
>     --bf16 \
>     --fp8-format hybrid \
>     --fp8-recipe delayed \
>     --fp8-param-gather \
>     --grad-reduce-in-bf16 \
>     --attention-backend flash \
>     --use-distributed-optimizer \
>     --overlap-grad-reduce \
>     --overlap-param-gather

# Megatron's names as flags, a partial recompute and the optimizer: Llama 3 70B on 64 GPUs.
$ colossus simulate --cluster eos-11616 --model llama3-70b --gpus 64 --tensor-model-parallel-size 8 --pipeline-model-parallel-size 4 --global-batch-size 64 --recompute-granularity full --recompute-method block --recompute-num-layers 5 --optimizer muon --attention flash3 --overlap-p2p off
> colossus simulate: llama3-70b on eos-11616 (64 of 11,616 GPUs, h100-sxm)
>   scenario        command line
>   model           70.55 B parameters, 80 layers, hidden 8192, 64 heads / 8 KV heads of 128, FFN 28672 gated, vocab 128256
>   layout          TP8 SP, PP4 1f1b, DP2, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 64, bf16, full recompute (block 5), flash3 attention, muon
>   batch           32 micro-batches per replica per step, 524,288 tokens per step
>
>   step time       11.7 s
>   MFU             34.2 %   (HFU 37.0 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 339   (model FLOPs; 366 with recompute)
>   tokens/s        45 k
>
> Where the step goes (pipeline stage 3, the busiest, bounds the step):
>   compute               8.16 s   70.1 %
>   pipeline bubble       928 ms    8.0 %
>   stage imbalance          0 s    0.0 %
>   exposed TP            2.04 s   17.5 %
>   exposed CP               0 s    0.0 %
>   exposed EP               0 s    0.0 %
>   exposed PP           12.5 ms    0.1 %
>   exposed DP           2.10 ms    0.0 %
>   optimizer             508 ms    4.4 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-19                 4.2     8.5       8.5        16.3       3.8    41.3     102 ms     204 ms
>       1  20-39                4.0     8.0       8.0        12.3       3.6    35.8     102 ms     205 ms
>       2  40-59                4.0     8.0       8.0         8.3       3.4    31.6     102 ms     205 ms
>       3  60-79                4.2     8.5       8.5         5.0       3.3    29.4     106 ms     213 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                      8 x 8    64.0 KiB    16.2 us  ring                  32
>   tp all_gather                      8 x 8     128 MiB     350 us  ring               11552
>   dp_cp all_gather                  32 x 2     149 MiB    1.69 ms  ring                  58
>   dp_cp all_gather                  32 x 2     151 MiB    1.71 ms  ring                  54
>   tp reduce_scatter                  8 x 8     128 MiB     350 us  ring               11552
>   dp_cp reduce_scatter              32 x 2     151 MiB    1.71 ms  ring                 108
>   dp_cp reduce_scatter              32 x 2     152 MiB    1.72 ms  ring                 114
>   pp send_recv                      16 x 4    16.0 MiB     379 us  send_recv            192
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nic out                           64 100.0 %              32.4 %
>   nic in                            64 100.0 %              32.4 %

# Zero transformer layers on the first stage (embedding only) and the last (loss only), and the
# breakdown on the stage that bounds the step.
$ colossus simulate --cluster eos-11616 --model llama3-8b --gpus 64 --tp 2 --pp 4 --global-batch 64 --first-stage-layers 0 --last-stage-layers 0
> colossus simulate: llama3-8b on eos-11616 (64 of 11,616 GPUs, h100-sxm)
>   scenario        command line
>   model           8.03 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 128256
>   layout          TP2 SP, PP4 1f1b, DP8, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 64, bf16, selective recompute
>   batch           8 micro-batches per replica per step, 524,288 tokens per step
>
>   step time       2.18 s
>   MFU             22.0 %   (HFU 23.7 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 218   (model FLOPs; 234 with recompute)
>   tokens/s        241 k
>
> Where the step goes (pipeline stage 1, the busiest, bounds the step):
>   compute               1.81 s   83.3 %
>   pipeline bubble       248 ms   11.4 %
>   stage imbalance          0 s    0.0 %
>   exposed TP            105 ms    4.8 %
>   exposed CP               0 s    0.0 %
>   exposed EP               0 s    0.0 %
>   exposed PP           5.15 ms    0.2 %
>   exposed DP           3.09 ms    0.1 %
>   optimizer            2.44 ms    0.1 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  none                 0.5     1.0       0.4         0.0       3.0     4.8    15.5 us    78.1 us
>       1  0-15                 3.3     6.5       2.4        25.5       4.3    42.0    74.9 ms     165 ms
>       2  16-31                3.3     6.5       2.4        17.0       3.9    33.0    74.9 ms     165 ms
>       3  none                 0.5     1.0       0.4         2.9       3.1     7.9    10.2 ms    18.0 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                     32 x 2    64.0 KiB    8.51 us  ring                   8
>   tp all_gather                     32 x 2    64.0 MiB     102 us  ring                1032
>   dp_cp all_gather                   8 x 8     125 MiB     654 us  ring                   8
>   dp_cp all_gather                   8 x 8     151 MiB     781 us  ring                  44
>   tp reduce_scatter                 32 x 2    64.0 MiB     102 us  ring                1032
>   dp_cp reduce_scatter               8 x 8     143 MiB     742 us  ring                  14
>   dp_cp reduce_scatter               8 x 8     151 MiB     781 us  ring                  88
>   pp send_recv                      16 x 4    32.0 MiB     736 us  send_recv             48
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nvlink out                        96 100.0 %              39.4 %
>   nic out                           64 100.0 %              48.4 %
>   nic in                            64 100.0 %              48.4 %
>   switch up from tier 0              4  25.0 %               5.7 %

# The memory check as a warning: the job runs and the warning says what would make it fit.
$ colossus simulate --cluster eos-11616 --model llama3-405b --gpus 8 --tp 8 --global-batch 8 --memory-check warn
> colossus simulate: llama3-405b on eos-11616 (8 of 11,616 GPUs, h100-sxm)
>   scenario        command line
>   model           405.85 B parameters, 126 layers, hidden 16384, 128 heads / 8 KV heads of 128, FFN 53248 gated, vocab 128256
>   layout          TP8 SP, PP1 1f1b, DP1, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 8, bf16, selective recompute
>   batch           8 micro-batches per replica per step, 65,536 tokens per step
>
>   step time       45.5 s
>   MFU             47.8 %   (HFU 49.0 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 473   (model FLOPs; 485 with recompute)
>   tokens/s        1.44 k
>
> Where the step goes (pipeline stage 0, the busiest, bounds the step):
>   compute               39.5 s   86.9 %
>   pipeline bubble          0 s    0.0 %
>   stage imbalance          0 s    0.0 %
>   exposed TP            5.39 s   11.9 %
>   exposed CP               0 s    0.0 %
>   exposed EP               0 s    0.0 %
>   exposed PP               0 s    0.0 %
>   exposed DP           0.00 ns    0.0 %
>   optimizer             568 ms    1.2 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-125               94.5   189.0     567.0        63.2       6.2   919.9     1.93 s     3.69 s
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                      1 x 8    64.0 KiB    16.2 us  ring                   8
>   tp all_gather                      1 x 8     256 MiB     667 us  ring                4040
>   tp reduce_scatter                  1 x 8     256 MiB     667 us  ring                4040
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>
> warning: memory: stage 0 needs 919.9 GiB per GPU, 839.9 GiB more than h100-sxm's 80.0 GiB (weights 94.5, grads 189.0, optimizer 567.0, activations 63.2 for 1 micro-batches of 1 x 8192 tokens in flight, overhead 6.2); no single change of recompute, ZeRO stage, micro-batch, tp, pp or cp makes it fit

# DeepSeek-V3 on uneven stages (3 dense layers on the first, 2 on the last, 4 on the others):
# the breakdown is measured on the busiest stage, so it shows the schedule's bubble and the
# exposed expert all-to-all of a MoE stage, not the idle time of the light last stage.
$ colossus simulate --cluster eos-11616 --model deepseek-v3 --gpus 1024 --tp 2 --etp 1 --pp 16 --ep 64 --global-batch 8192 --seq-len 4096 --first-stage-layers 3 --last-stage-layers 2 --recompute full --precision fp8 --fp8-param-gather
> colossus simulate: deepseek-v3 on eos-11616 (1,024 of 11,616 GPUs, h100-sxm)
>   scenario        command line
>   model           682.64 B parameters (38.24 B active), 61 layers, hidden 7168, 128 heads / 128 KV heads of 128 (MLA: q rank 1536, KV rank 512, qk 128+64, v 128), FFN 18432 gated, 256 experts top-8 of 2048 + 1 shared in 58 of 61 layers, vocab 129280, 1 MTP module (11.61 B)
>   layout          TP2 SP, PP16 1f1b, DP32 (EP64 ETP1), ZeRO-1, micro-batch 1 x 4096 tokens, global batch 8192, fp8, full recompute, FP8 params
>   batch           256 micro-batches per replica per step, 33,554,432 tokens per step
>
>   step time       60.4 s
>   MFU             16.0 %   (HFU 21.0 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 158   (model FLOPs; 208 with recompute)
>   tokens/s        555 k
>
> Where the step goes (pipeline stage 14, the busiest, bounds the step):
>   compute               18.5 s   30.6 %
>   pipeline bubble       3.32 s    5.5 %
>   stage imbalance       192 ms    0.3 %
>   exposed TP            876 ms    1.4 %
>   exposed CP               0 s    0.0 %
>   exposed EP            37.4 s   61.9 %
>   exposed PP            155 ms    0.3 %
>   exposed DP           0.00 ns    0.0 %
>   optimizer            8.05 ms    0.0 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-2                  2.5     5.0       0.5         1.9       3.1    12.9    11.7 ms    37.4 ms
>       1  3-6                  2.2     4.4       8.0         2.5       3.1    20.2    66.7 ms     154 ms
>       2  7-10                 2.2     4.4       8.0         2.4       3.1    20.1    66.7 ms     154 ms
>       3  11-14                2.2     4.4       8.0         2.3       3.1    20.0    66.7 ms     154 ms
>       4  15-18                2.2     4.4       8.0         2.2       3.1    19.9    66.7 ms     154 ms
>       5  19-22                2.2     4.4       8.0         2.1       3.1    19.8    66.7 ms     154 ms
>       6  23-26                2.2     4.4       8.0         2.0       3.1    19.6    66.7 ms     154 ms
>       7  27-30                2.2     4.4       8.0         1.9       3.1    19.5    66.7 ms     154 ms
>       8  31-34                2.2     4.4       8.0         1.8       3.1    19.4    66.7 ms     154 ms
>       9  35-38                2.2     4.4       8.0         1.6       3.1    19.3    66.7 ms     154 ms
>      10  39-42                2.2     4.4       8.0         1.5       3.1    19.2    66.7 ms     154 ms
>      11  43-46                2.2     4.4       8.0         1.4       3.1    19.1    66.7 ms     154 ms
>      12  47-50                2.2     4.4       8.0         1.3       3.1    19.0    66.7 ms     154 ms
>      13  51-54                2.2     4.4       8.0         1.2       3.1    18.8    66.7 ms     154 ms
>      14  55-58                2.2     4.4       8.0         1.1       3.1    18.7    66.7 ms     154 ms
>      15  59-60                2.6     5.2       6.2         3.9       3.2    21.1    59.7 ms     133 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                    512 x 2    32.0 KiB    8.15 us  ring                 512
>   tp all_gather                    512 x 2    28.0 MiB    51.5 us  ring               95232
>   tp all_gather                    512 x 2    56.0 MiB    91.2 us  ring                 512
>   dp_cp all_gather                 32 x 32     137 MiB     894 us  ring                   6
>   dp_cp all_gather                 32 x 32     142 MiB     921 us  ring                   9
>   dp_cp all_gather                 32 x 32     148 MiB     958 us  ring                  42
>   tp reduce_scatter                512 x 2    56.0 MiB    91.2 us  ring               95744
>   dp_cp reduce_scatter             32 x 32     148 MiB     958 us  ring                 168
>   dp_cp reduce_scatter             32 x 32     150 MiB     968 us  ring                  22
>   dp_cp reduce_scatter             32 x 32     150 MiB     970 us  ring                  34
>   ep all_to_all                    16 x 64     224 MiB    6.06 ms  pairwise           90624
>   pp send_recv                     64 x 16    28.0 MiB     647 us  send_recv           7680
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nvlink out                     1,536 100.0 %               0.1 %
>   nic out                        1,024 100.0 %              62.6 %
>   nic in                         1,024 100.0 %              62.6 %
>   switch up from tier 0             32 100.0 %              54.4 %
>   switch down from tier 0           32 100.0 %              54.4 %

# Expert all-to-all overlap (Megatron --overlap-moe-expert-parallel-comm, NeMo's moe_a2a_overlap):
# Mixtral 8x7B with EP 8 inside a server; each all-to-all hides beside another micro-batch's
# compute, so the exposed EP shrinks to the SM share the hidden all-to-alls take from compute
# (the same job without the switch: step 3.37 s).
$ colossus simulate --cluster eos-11616 --model mixtral-8x7b --gpus 64 --tp 2 --ep 8 --global-batch 256 --seq-len 4096 --overlap-moe-expert-parallel-comm
> colossus simulate: mixtral-8x7b on eos-11616 (64 of 11,616 GPUs, h100-sxm)
>   scenario        command line
>   model           46.70 B parameters (12.88 B active), 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, 8 experts top-2 of 14336 in 32 of 32 layers, vocab 32000
>   layout          TP2 SP, PP1 1f1b, DP32 (EP8), ZeRO-1, micro-batch 1 x 4096 tokens, global batch 256, bf16, selective recompute
>   batch           8 micro-batches per replica per step, 1,048,576 tokens per step
>
>   step time       3.03 s
>   MFU             45.4 %   (HFU 46.6 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 449   (model FLOPs; 461 with recompute)
>   tokens/s        346 k
>
> Where the step goes (pipeline stage 0, the busiest, bounds the step):
>   compute               2.77 s   91.6 %
>   pipeline bubble          0 s    0.0 %
>   stage imbalance          0 s    0.0 %
>   exposed TP            164 ms    5.4 %
>   exposed CP               0 s    0.0 %
>   exposed EP           67.1 ms    2.2 %
>   exposed PP               0 s    0.0 %
>   exposed DP           15.7 ms    0.5 %
>   optimizer            8.17 ms    0.3 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-31                 6.7    13.5       8.2        16.1       3.8    48.3     126 ms     249 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                     32 x 2    32.0 KiB    8.15 us  ring                   8
>   tp all_gather                     32 x 2    32.0 MiB    57.1 us  ring                 520
>   tp all_gather                     32 x 2    64.0 MiB     102 us  ring                 512
>   dp_cp all_gather                  2 x 32     139 MiB     905 us  ring                  11
>   edp_cp all_gather                 16 x 4     149 MiB    2.55 ms  ring                  36
>   tp reduce_scatter                 32 x 2    32.0 MiB    57.1 us  ring                 520
>   tp reduce_scatter                 32 x 2    64.0 MiB     102 us  ring                 512
>   dp_cp reduce_scatter              2 x 32     146 MiB     944 us  ring                  21
>   edp_cp reduce_scatter             16 x 4     151 MiB    2.58 ms  ring                  71
>   ep all_to_all                      8 x 8    32.0 MiB     518 us  pairwise            1024
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nvlink out                        96 100.0 %              82.7 %
>   nic out                          128 100.0 %             100.0 %
>   switch up from tier 0             16  25.0 %              23.9 %

# The switch is printed back as Megatron's flags (with --delay-wgrad-compute, which it needs).
$ colossus simulate --cluster eos-11616 --model mixtral-8x7b --gpus 64 --tp 2 --ep 8 --global-batch 256 --seq-len 4096 --ep-comm-overlap --print-megatron-args
>     --nproc_per_node 8 \
>     --nnodes 8 \
>     --num-layers 32 \
>     --hidden-size 4096 \
>     --ffn-hidden-size 14336 \
>     --num-attention-heads 32 \
>     --group-query-attention \
>     --num-query-groups 8 \
>     --kv-channels 128 \
>     --swiglu \
>     --untie-embeddings-and-output-weights \
>     --disable-bias-linear \
>     --position-embedding-type rope \
>     --attention-dropout 0.0 \
>     --hidden-dropout 0.0 \
>     --vocab-size 32000 \
>     --num-experts 8 \
>     --moe-router-topk 2 \
>     --moe-ffn-hidden-size 14336 \
>     --seq-length 4096 \
>     --tensor-model-parallel-size 2 \
>     --sequence-parallel \
>     --pipeline-model-parallel-size 1 \
>     --context-parallel-size 1 \
>     --expert-model-parallel-size 8 \
>     --expert-tensor-parallel-size 2 \
>     --micro-batch-size 1 \
>     --global-batch-size 256 \
>     --recompute-granularity selective \
>     --bf16 \
>     --attention-backend flash \
>     --use-distributed-optimizer \
>     --overlap-grad-reduce \
>     --overlap-param-gather \
>     --overlap-moe-expert-parallel-comm \
>     --delay-wgrad-compute

# Context parallelism by all-gather (Megatron's --cp-comm-type allgather, Llama 3's CP): one
# blocking all-gather of K and V per layer instead of the overlapped ring.
$ colossus simulate --cluster eos-11616 --model llama3-70b --gpus 64 --tp 8 --pp 2 --cp 4 --seq-len 32768 --global-batch 16 --cp-comm-type allgather
> colossus simulate: llama3-70b on eos-11616 (64 of 11,616 GPUs, h100-sxm)
>   scenario        command line
>   model           70.55 B parameters, 80 layers, hidden 8192, 64 heads / 8 KV heads of 128, FFN 28672 gated, vocab 128256
>   layout          TP8 SP, CP4, PP2 1f1b, DP1, ZeRO-1, micro-batch 1 x 32768 tokens, global batch 16, bf16, selective recompute, allgather CP
>   batch           16 micro-batches per replica per step, 524,288 tokens per step
>
>   step time       14.3 s
>   MFU             39.1 %   (HFU 44.0 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 386   (model FLOPs; 436 with recompute)
>   tokens/s        36.7 k
>
> Where the step goes (pipeline stage 1, the busiest, bounds the step):
>   compute               11.0 s   76.9 %
>   pipeline bubble       838 ms    5.9 %
>   stage imbalance      20.9 ms    0.1 %
>   exposed TP            1.80 s   12.6 %
>   exposed CP            629 ms    4.4 %
>   exposed EP               0 s    0.0 %
>   exposed PP            379 us    0.0 %
>   exposed DP           0.00 ns    0.0 %
>   optimizer            12.3 ms    0.1 %
>
> Memory per GPU by stage (GiB; the h100-sxm has 80.0):
>   stage  layers           weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-39                 8.2    16.4      12.3        20.9       4.0    62.0     258 ms     567 ms
>       1  40-79                8.2    16.4      12.3        11.2       3.6    51.7     263 ms     576 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   tp all_reduce                      8 x 8    64.0 KiB    16.2 us  ring                  16
>   tp all_gather                      8 x 8     128 MiB     350 us  ring                5136
>   cp all_gather                     16 x 4    16.0 MiB     317 us  ring                2560
>   dp_cp all_gather                  16 x 4     150 MiB    2.56 ms  ring                 112
>   tp reduce_scatter                  8 x 8     128 MiB     350 us  ring                5136
>   cp reduce_scatter                 16 x 4    16.0 MiB     317 us  ring                1280
>   dp_cp reduce_scatter              16 x 4     152 MiB    2.59 ms  ring                 222
>   pp send_recv                      32 x 2    16.0 MiB     379 us  send_recv             32
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nic out                           64 100.0 %              59.7 %
>   nic in                            64 100.0 %              59.7 %
