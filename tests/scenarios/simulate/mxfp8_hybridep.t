# DeepSeek-V3 on 256 GB200 as NeMo's MXFP8 recipe runs it (Megatron-Bridge 067f987,
# deepseek_v3_pretrain_256gpu_gb200_fp8mx_config): MXFP8, the HybridEP dispatcher inside the
# NVL72 domain, an expert-rank capacity of 1.5 with the paged stash at 1.2, recompute of MLA's up
# projections only. The layout line names each; the memory table shows the paged stash's size.
$ colossus simulate --cluster gb200-nvl72-576 --gpus 256 --model deepseek-v3 --tp 1 --pp 4 --vpp 4 --ep 64 --etp 1 --first-stage-layers 4 --last-stage-layers 1 --global-batch 4096 --precision mxfp8 --recompute selective --recompute-modules mla_up_proj --main-grads bf16 --ep-comm-overlap on --fp8-param-gather --ep-dispatcher hybridep --moe-expert-rank-capacity-factor 1.5 --moe-paged-stash 1.2
> colossus simulate: deepseek-v3 on gb200-nvl72-576 (256 of 576 GPUs, gb200)
>   scenario        command line
>   model           682.64 B parameters (38.24 B active), 61 layers, hidden 7168, 128 heads / 128 KV heads of 128 (MLA: q rank 1536, KV rank 512, qk 128+64, v 128), FFN 18432 gated, 256 experts top-8 of 2048 + 1 shared in 58 of 61 layers, vocab 129280, 1 MTP module (11.61 B)
>   layout          TP1, PP4 interleaved x4, DP64 (EP64), ZeRO-1, micro-batch 1 x 4096 tokens, global batch 4096, mxfp8, selective recompute (mla_up_proj), BF16 main grads, FP8 params, hybridep dispatcher, expert-rank capacity 1.5, paged stash 1.2
>   batch           64 micro-batches per replica per step, 16,777,216 tokens per step
>
>   step time       12.7 s
>   MFU             60.3 %   (HFU 61.6 %; model FLOPs over dense BF16 peak)
>   TFLOP/s per GPU 1507   (model FLOPs; 1541 with recompute)
>   tokens/s        1.32 M
>
> Where the step goes (pipeline stage 2, the busiest, bounds the step):
>   compute               12.2 s   96.3 %
>   pipeline bubble       137 ms    1.1 %
>   stage imbalance          0 s    0.0 %
>   exposed TP               0 s    0.0 %
>   exposed CP               0 s    0.0 %
>   exposed EP            307 ms    2.4 %
>   exposed PP           15.8 ms    0.1 %
>   exposed DP            215 us    0.0 %
>   optimizer            13.5 ms    0.1 %
>
> Memory per GPU by stage (GiB; the gb200 has 173.2):
>   stage  layers                      weights   grads optimizer activations  overhead   total    forward   backward
>       0  0-3, 16-19, 32-35, 48-51       15.3    14.9      26.6        93.0       7.6   157.4    57.6 ms     132 ms
>       1  4-7, 20-23, 36-39, 52-55       12.6    12.2      32.2        99.3       8.0   164.2    59.7 ms     136 ms
>       2  8-11, 24-27, 40-43, 56-59      12.6    12.2      32.2        87.6       7.4   151.9    59.7 ms     136 ms
>       3  12-15, 28-31, 44-47, 60        12.9    12.6      28.3        79.0       6.9   139.7    60.1 ms     133 ms
>
> Collectives (one call, all groups of the kind at once; calls per step by one pipeline):
>   collective                groups x ranks  bytes/rank       time  algorithm          calls
>   dp_cp all_gather                  4 x 64     111 MiB     302 us  ring                  88
>   dp_cp all_gather                  4 x 64     111 MiB     302 us  ring                  24
>   dp_cp all_gather                  4 x 64     119 MiB     314 us  ring                  12
>   dp_cp all_gather                  4 x 64     121 MiB     317 us  ring                  23
>   dp_cp reduce_scatter              4 x 64     119 MiB     313 us  ring                 210
>   dp_cp reduce_scatter              4 x 64     119 MiB     314 us  ring                  24
>   dp_cp reduce_scatter              4 x 64     121 MiB     317 us  ring                  46
>   ep all_to_all                     4 x 64     448 MiB     637 us  pairwise           15104
>   pp send_recv                      64 x 4    56.0 MiB    1.28 ms  send_recv           1920
>
> Shared fabric (pipeline sends, DP streams and in-layer collectives across servers, of every
> stage and replica at once):
>   resources                      count    peak   busiest, step avg
>   nvlink out                       460 100.0 %              11.3 %
>   nvlink in                         46 100.0 %              11.3 %
>   nic out                          256 100.0 %              28.7 %
>   nic in                           256 100.0 %              29.6 %
>   switch up from tier 0              4  55.6 %               8.8 %

# Without the paged stash the routed tensors take the capacity's size (1.5 x): stage 0 no longer
# fits, as Megatron's docs say paged stashing is there to save that memory.
$ colossus simulate --cluster gb200-nvl72-576 --gpus 256 --model deepseek-v3 --tp 1 --pp 4 --vpp 4 --ep 64 --etp 1 --first-stage-layers 4 --last-stage-layers 1 --global-batch 4096 --precision mxfp8 --recompute selective --recompute-modules mla_up_proj --main-grads bf16 --ep-comm-overlap on --fp8-param-gather --ep-dispatcher hybridep --moe-expert-rank-capacity-factor 1.5
! exit 2
2> <command line>: parallelism: stage 1 needs 185.1 GiB per GPU, 11.9 GiB more than gb200's 173.2 GiB (weights 12.6, grads 12.2, optimizer 32.2, activations 119.3 for 4.25 micro-batches of 1 x 4096 tokens in flight, overhead 9.0); it fits with --zero 3 (172.7 GiB) or --cp 2 (122.5 GiB)

# Bad input: MXFP8 on a Hopper (no block-scaled FP8 tensor cores).
$ colossus simulate --cluster eos-11616 --model llama3-8b --gpus 8 --global-batch 8 --precision mxfp8
! exit 2
2> <command line>: --precision: mxfp8 needs tensor cores with native MXFP8 block scaling (Blackwell); h100-sxm has none (Transformer Engine refuses the recipe there): use fp8 with delayed or current scaling

# Bad input: --precision mxfp8 with another scaling.
$ colossus simulate --cluster gb200-nvl72-576 --model llama3-8b --gpus 8 --global-batch 8 --precision mxfp8 --fp8-scaling current
! exit 2
2> <command line>: --fp8-scaling: --precision mxfp8 is FP8 with mxfp8 scaling, got --fp8-scaling current

# Bad input: an unknown dispatcher.
$ colossus simulate --cluster gb200-nvl72-576 --model deepseek-v3 --gpus 256 --pp 4 --ep 64 --global-batch 4096 --ep-dispatcher deepep
! exit 2
2> <command line>: --ep-dispatcher: expected one of alltoall, hybridep, got 'deepep'

# Bad input: a rank capacity without HybridEP.
$ colossus simulate --cluster gb200-nvl72-576 --model deepseek-v3 --gpus 256 --pp 4 --ep 64 --global-batch 4096 --moe-expert-rank-capacity-factor 1.5
! exit 2
2> <command line>: --moe-expert-rank-capacity-factor: needs ep_dispatcher: hybridep (Megatron: moe_expert_rank_capacity_factor requires the flex dispatcher's hybridep backend)

# Bad input: a rank capacity below 1.
$ colossus simulate --cluster gb200-nvl72-576 --model deepseek-v3 --gpus 256 --pp 4 --ep 64 --global-batch 4096 --ep-dispatcher hybridep --moe-expert-rank-capacity-factor 0.5
! exit 2
2> <command line>: --moe-expert-rank-capacity-factor: expected 0 (none) or a number >= 1 (times the balanced tokens), got 0.5

# Bad input: the paged stash without a rank capacity.
$ colossus simulate --cluster gb200-nvl72-576 --model deepseek-v3 --gpus 256 --pp 4 --ep 64 --global-batch 4096 --ep-dispatcher hybridep --moe-paged-stash 1.2
! exit 2
2> <command line>: --moe-paged-stash: needs moe_rank_capacity_factor (Megatron: moe_paged_stash requires moe_expert_rank_capacity_factor)

# Bad input: mla_up_proj on a model without MLA.
$ colossus simulate --cluster eos-11616 --model llama3-8b --gpus 8 --global-batch 8 --recompute-modules mla_up_proj
! exit 2
2> <command line>: --recompute-modules: mla_up_proj needs a model with multi-head latent attention (mla: in the model)

# Bad input: recompute modules with full recompute.
$ colossus simulate --cluster eos-11616 --model llama3-8b --gpus 8 --global-batch 8 --recompute full --recompute-modules core_attn
! exit 2
2> <command line>: --recompute-modules: recompute modules need recompute: selective (Megatron's --recompute-modules applies to --recompute-granularity selective)

# Bad input: an unknown recompute module.
$ colossus simulate --cluster eos-11616 --model llama3-8b --gpus 8 --global-batch 8 --recompute-modules mlp
! exit 2
2> <command line>: --recompute-modules: expected core_attn or mla_up_proj, got 'mlp'
