# `colossus validate`: the predictions against published measurements, exactly: the full table
# (training rows, skipped rows with their reason, collective calibration rows, median and max
# |error|, the memory rows), one row, the JSON of one row and of a memory row, an unknown row
# and a row named twice (exit 2). The full table simulates every published run, so it runs
# once, as text.
$ colossus validate
! timeout 480
> Training throughput, measured (published) vs predicted; TFLOP/s per GPU as each
> source counts it (model or hardware FLOPs), tokens/s where the row gives them.
>
> row                                           GPUs  layout                     measured predicted   error  tok/s meas tok/s pred   error
> megatron-h100-weak-1.7B                         48  TP1 PP1 DP48 mb4              408.8     452.5  +10.7%  
> megatron-h100-weak-7.1B                         96  TP2 PP1 DP48 mb4              465.9     485.7   +4.3%  
> megatron-h100-weak-16B                         192  TP4 PP1 DP48 mb4              489.1     490.1   +0.2%  
> megatron-h100-weak-32B                         384  TP8 PP1 DP48 mb4              459.6     464.4   +1.0%  
> megatron-h100-weak-70B                         768  TP8 PP2 VPP42 DP48 mb1        419.7     410.9   -2.1%  
> megatron-h100-weak-119B                       1536  TP8 PP4 VPP23 DP48 mb1        420.5     440.0   +4.6%  
> megatron-h100-weak-177B                       2304  TP8 PP6 VPP16 DP48 mb1        432.8     450.7   +4.1%  
> megatron-h100-weak-314B                       3072  TP8 PP8 VPP12 DP48 mb1        474.4     466.9   -1.6%  
> megatron-h100-weak-462B                       6144  TP8 PP16 VPP7 DP48 mb1        459.9     459.2   -0.1%  
> megatron-example-llama3-8b-fp8                   8  TP1 PP1 CP2 DP4 mb1           800.0     781.5   -2.3%      110496     107956   -2.3%
> megatron-example-llama3-70b-fp8                 64  TP4 PP8 VPP5 DP2 mb1          780.0     722.7   -7.3%      103744      96072   -7.4%
> megatron-example-llama3-405b-fp8              1024  TP8 PP8 VPP8 CP2 DP8 mb1      834.0     775.3   -7.0%      322560     302376   -6.3%
> megatron-a100-sc21-1.7B                         32  TP1 PP1 DP32 mb16             137.0     128.7   -6.1%  
> megatron-a100-sc21-3.6B                         64  TP2 PP1 DP32 mb16             138.0     133.1   -3.5%  
> megatron-a100-sc21-7.5B                        128  TP4 PP1 DP32 mb16             142.0     140.1   -1.3%  
> megatron-a100-sc21-18B                         256  TP8 PP1 DP32 mb8              135.0     136.9   +1.4%  
> megatron-a100-sc21-39B                         512  TP8 PP2 DP32 mb4              138.0     130.7   -5.3%  
> megatron-a100-sc21-76B                        1024  TP8 PP4 VPP3 DP32 mb2         140.0     143.1   +2.2%  
> megatron-a100-sc21-145B                       1536  TP8 PP8 VPP2 DP24 mb2         148.0     148.2   +0.1%  
> megatron-a100-sc21-310B                       1920  TP8 PP16 VPP2 DP15 mb1        155.0     157.9   +1.9%  
> megatron-a100-sc21-530B                       2520  TP8 PP35 VPP3 DP9 mb1         163.0     165.7   +1.7%  
> megatron-a100-sc21-1T                         3072  TP8 PP64 DP6 mb1              163.0     160.3   -1.6%  
> megatron-a100-gpt3-175b-1024gpu               1024  TP8 PP16 DP8 mb1              138.0     144.3   +4.6%  
> nemo-26.06-dgx-h100-llama-31-405b-1024gpu     1024  TP8 PP8 VPP8 CP2 DP8 mb1      822.0     851.4   +3.6%      333824     345426   +3.5%
> nemo-26.04.01-dgx-h100-llama-3-70b-64gpu        64  TP4 PP8 VPP5 DP2 mb1          731.0     723.5   -1.0%      106496     103080   -3.2%
> nemo-25.11-dgx-h100-llama-31-405b-1024gpu     1024  TP8 PP8 VPP8 CP2 DP8 mb1      737.0     836.9  +13.6%      299008     339560  +13.6%
> nemo-25.11-dgx-h100-llama-3-70b-64gpu           64  TP4 PP8 VPP5 DP2 mb1          719.0     714.0   -0.7%      102528     101721   -0.8%
> nemo-25.11-dgx-h100-llama-3-8b-8gpu              8  TP1 PP1 DP8 mb1               744.0     685.0   -7.9%      115608     106476   -7.9%
> nemo-25.11-dgx-h100-qwen3-235b-a22b-256gpu     256  TP2 PP8 VPP4 EP32 ETP1 DP16 mb1    233.0     244.4   +4.9%      403200     422587   +4.8%
> nemo-26.06-dgx-gb200-llama-31-405b-256gpu      256  TP4 PP16 VPP4 DP4 mb1        2129.0    2196.0   +3.1%      215808     222737   +3.2%
> nemo-26.06-dgx-gb200-deepseek-v3-671b-256gpu   256  TP1 PP4 VPP4 EP64 DP64 mb1   1292.0    1342.3   +3.9%     1272064    1321659   +3.9%
> mpt-70b-h100-512gpu                            512  TP1 PP1 DP512 mb8             408.0     397.0   -2.7%      515636     501700   -2.7%
> mpt-70b-h100-256gpu                            256  TP1 PP1 DP256 mb8             419.0     397.4   -5.2%      265149     251104   -5.3%
> mpt-70b-h100-128gpu                            128  TP1 PP1 DP128 mb8             428.0     397.6   -7.1%      135490     125632   -7.3%
> mpt-30b-h100-512gpu                            512  TP1 PP1 DP512 mb8             398.0     391.1   -1.7%     1083366    1064113   -1.8%
> mpt-30b-h100-256gpu                            256  TP1 PP1 DP256 mb8             404.0     391.6   -3.1%      550022     532724   -3.1%
> mpt-30b-h100-128gpu                            128  TP1 PP1 DP128 mb8             414.0     391.9   -5.3%      281491     266556   -5.3%
> mpt-13b-h100-512gpu                            512  TP1 PP1 DP512 mb16            406.0     378.7   -6.7%     2535811    2362542   -6.8%
> mpt-13b-h100-256gpu                            256  TP1 PP1 DP256 mb16            409.0     379.2   -7.3%     1277214    1182687   -7.4%
> mpt-13b-h100-128gpu                            128  TP1 PP1 DP128 mb16            417.0     379.4   -9.0%      650264     591662   -9.0%
> mpt-7b-h100-512gpu                             512  TP1 PP1 DP512 mb6             417.0     463.3  +11.1%     4951479    5501192  +11.1%
> mpt-7b-h100-256gpu                             256  TP1 PP1 DP256 mb6             436.0     466.1   +6.9%     2590548    2767441   +6.8%
> mpt-7b-h100-128gpu                             128  TP1 PP1 DP128 mb6             452.0     467.4   +3.4%     1340830    1387651   +3.5%
> mpt-3b-h100-512gpu                             512  TP1 PP1 DP512 mb8             388.0     424.1   +9.3%    11092218   12140352   +9.4%
> mpt-1b-h100-512gpu                             512  TP1 PP1 DP512 mb12            362.0     399.4  +10.3%    20396905   22532947  +10.5%
>
> 45 rows compared: median |error| 3.9%, max |error| 13.6% (nemo-25.11-dgx-h100-llama-31-405b-1024gpu)
> targets: median |error| <= 4%, max |error| <= 12%
>
> Cross-checks: published runs simulated alike but not in the statistics above (each
> family's reason below; docs/validation.md, 'Out-of-sample rows').
>
> row                                           GPUs  layout                     measured predicted   error
> meta-llama3-405b-h100-8192gpu                 8192  TP8 PP16 VPP8 DP64 mb1        430.0     444.0   +3.2%  
> meta-llama3-405b-h100-16384gpu               16384  TP8 PP16 VPP8 DP128 mb1       400.0     412.5   +3.1%  
> meta-llama3-405b-h100-16384gpu-cp16-128k     16384  TP8 PP16 VPP8 CP16 DP8 mb1    380.0     437.0  +15.0%  
> mtnlg-530b-a100-2240gpu                       2240  TP8 PP35 DP8 mb1              126.0     153.5  +21.8%  
> mtnlg-530b-a100-2800gpu                       2800  TP8 PP35 DP10 mb1             121.0     148.4  +22.7%  
> mtnlg-530b-a100-3360gpu                       3360  TP8 PP35 DP12 mb1             113.0     143.7  +27.2%  
>
>   the Llama 3 paper's Table 4, out of sample (no constant fitted to it; the preset's routing was corrected from its stated load balancing after these rows landed, docs/validation.md). Not in the statistics: the 8,192-GPU row needs more than 80 GB under Megatron's interleaved warm-up (micro-batch groups of PP; the paper's group size N is not stated); the 128K row, with the stated all-gather context parallelism (job.cp_comm_type), is at +15.0%, at the edge of the 15% per-row bound; the 16,384-GPU 8K-sequence row is kept with its family (docs/validation.md, 'Out-of-sample rows')
>   MT-NLG 530B's three stated scales, out of sample (no constant fitted to them). Not in the statistics: beyond the 15% per-row bound, the model too fast by about a quarter: the 2021 DeepSpeed pipeline engine realised less than the Megatron PTD-P stack on which the A100 efficiency was fitted (the same model on the same cluster, megatron-a100-sc21-530B, is within 2%), and the model does not represent that engine (docs/validation.md, 'Out-of-sample rows')
>
> Training memory, measured (published) vs predicted; GiB per GPU allocated by the
> caching allocator (live tensors: no fragmentation, CUDA context or NCCL buffers) on the
> stage the row was read on.
>
> row                                      layout                 quantity                 stage measured predicted   error
> megatron-ft-gpt3-7b-tp1-pp4-vpp8-h100    TP1 PP4 VPP8 DP2 mb1   peak allocated               3    56.55     55.89   -1.2%
> megatron-ft-gpt3-7b-tp1-pp4-vpp8-h100    TP1 PP4 VPP8 DP2 mb1   allocated after the step     3    23.11     21.76   -5.8%
> megatron-ft-gpt3-7b-tp4-pp1-h100         TP4 PP1 DP2 mb2        peak allocated               0    53.22     52.67   -1.0%
> megatron-ft-gpt3-7b-tp4-pp1-h100         TP4 PP1 DP2 mb2        allocated after the step     0    19.24     19.15   -0.5%
> megatron-ft-gpt3-15b-tp8-sp-h100         TP8 PP1 DP16 mb4       peak allocated               0    26.22     25.97   -0.9%
>
> 5 memory figures compared: median |error| 1.0%, max |error| 5.8% (megatron-ft-gpt3-7b-tp1-pp4-vpp8-h100)
> targets: median |error| <= 5%, max |error| <= 10%
>
> Collective calibration rows (eos-11616):
> row                                  what                                                  measured predicted   error
> nccl-allreduce-8xh100-nvls           all_reduce 8 GPUs, ring, busbw                           370.0     369.0   -0.3%  GB/s
> nccl-allreduce-8xh100-nvls           all_reduce 8 GPUs, NVLS, busbw                           480.0     480.5   +0.1%  GB/s
> nccl-allreduce-8xh100-nvls           all_reduce 8 GPUs, NVLS, algbw                           275.0     274.6   -0.1%  GB/s
> nccl-allreduce-h100-multinode-ndr    all_reduce 4 servers x 8 GPUs, ring, busbw per NIC        47.0      46.4   -1.4%  GB/s
>
> Serving rows (colossus serve; output tokens/s of the system):
> row                                            scenario system                          measured predicted   error
> mlperf-inf-v4.0-llama2-70b-offline-8xh100      offline  8x h100-sxm, 4 x TP2 fp8           21806     21124   -3.1%
> mlperf-inf-v4.0-llama2-70b-server-8xh100       server   8x h100-sxm, 4 x TP2 fp8           20556     19658   -4.4%
> mlperf-inf-v4.1-llama2-70b-offline-8xh100      offline  8x h100-sxm, 4 x TP2 fp8           24525     21476  -12.4%
> mlperf-inf-v4.1-llama2-70b-server-8xh100       server   8x h100-sxm, 4 x TP2 fp8           21606     20499   -5.1%
> mlperf-inf-v4.0-llama2-70b-offline-8xh200      offline  8x h200-sxm, 8 x TP1 fp8           27738     24752  -10.8%
> mlperf-inf-v4.0-llama2-70b-server-8xh200       server   8x h200-sxm, 8 x TP1 fp8           26485     23894   -9.8%
> mlperf-inf-v4.1-llama2-70b-offline-8xh200      offline  8x h200-sxm, 8 x TP1 fp8           31303     24945  -20.3%
> mlperf-inf-v4.1-llama2-70b-server-8xh200       server   8x h200-sxm, 8 x TP1 fp8           29228     24587  -15.9%
> trtllm-0.5-h200-llama70b-tp1-b512-128-128      fixed    1x h200-sxm, 1 x TP1 fp8            3014      3290   +9.2%
> trtllm-0.5-h200-llama70b-tp2-b512-128-2048     fixed    2x h200-sxm, 1 x TP2 fp8            3308      3609   +9.1%
> trtllm-0.5-h200-llama70b-tp1-b64-2048-128      fixed    1x h200-sxm, 1 x TP1 fp8             341       341   +0.1%
> trtllm-0.5-h200-llama70b-tp1-b32-2048-128      fixed    1x h200-sxm, 1 x TP1 fp8             303       306   +0.9%
> trtllm-perf-llama405b-8xh100-tp8-2048-128      offline  8x h100-sxm, 1 x TP8 fp8             453       468   +3.2%
> trtllm-perf-llama405b-8xh100-tp8-128-2048      offline  8x h100-sxm, 1 x TP8 fp8            4340      5600  +29.0%
> trtllm-perf-llama405b-8xh100-tp8-2048-2048     offline  8x h100-sxm, 1 x TP8 fp8            2296      2939  +28.0%
> trtllm-perf-llama405b-8xh200-tp8-2048-128      offline  8x h200-sxm, 1 x TP8 fp8             456       480   +5.2%
> trtllm-perf-llama405b-8xh200-tp8-128-2048      offline  8x h200-sxm, 1 x TP8 fp8            5348      6119  +14.4%
> trtllm-perf-llama405b-8xh200-tp8-2048-2048     offline  8x h200-sxm, 1 x TP8 fp8            2948      3381  +14.7%
> 18 serving rows: median |error| 9.5% (target <= 10%)
>
> HPL rows (Top500), Rmax published vs estimated, PFLOP/s (docs/top500.md); fit: used to fit the model
> row                          edition  rank gpu       devices  measured predicted   error  fit  Rpeak pub Rpeak ours   error
> top500-2024-11-frontier      Nov 2024    2 mi250x      76832   1353.00   1352.67   -0.0%  yes    2055.72    3676.41  +78.8%
> top500-2024-06-frontier      Jun 2024    1 mi250x      73728   1206.00   1298.03   +7.6%   no    1714.81    3527.88 +105.7%
> top500-2024-11-lumi          Nov 2024    8 mi250x      23328    379.70    410.70   +8.2%   no     531.51    1116.24 +110.0%
> top500-2024-11-el-capitan    Nov 2024    1 mi300a      43808   1742.00   1857.81   +6.6%  yes    2746.38    5370.86  +95.6%
> top500-2024-11-tuolumne      Nov 2024   10 mi300a       4608    208.10    195.42   -6.1%  yes     288.88     564.94  +95.6%
> top500-2024-06-aurora        Jun 2024    2 max-1550    63744   1012.00   1011.73   -0.0%  yes    1980.01    3340.19  +68.7%
> top500-2023-11-eagle         Nov 2023    3 h100-sxm    14400    561.20    561.06   -0.0%  yes     846.84     964.80  +13.9%
> top500-2023-11-eos           Nov 2023    9 h100-sxm     3328    121.40    129.67   +6.8%   no     188.65     222.98  +18.2%
> top500-2025-06-jupiter       Jun 2025    4 gh200       23536    793.40    793.14   -0.0%  yes     930.00    1576.91  +69.6%
> 9 HPL rows: max |error| 8.2% (target 10%)
>
> Skipped rows:
>   megatron-h100-strong-177B: only MFU at the two ends of a strong-scaling figure (96 and 4608 GPUs), without their layouts
>   megatron-a100-selective-recompute-22B: GPU count, TP/PP and batch not in the row (the README gives MFU/HFU only)
>   megatron-a100-selective-recompute-175B: GPU count, TP/PP and batch not in the row (the README gives MFU/HFU only)
>   megatron-a100-selective-recompute-530B: GPU count, TP/PP and batch not in the row (the README gives MFU/HFU only)
>   megatron-a100-selective-recompute-1T: GPU count, TP/PP and batch not in the row (the README gives MFU/HFU only)
>   nemo-25.09-dgx-h100-deepseek-v3-671b-1024gpu: the precision of the 338 TFLOP/s figure is not stated: the 25.09 table has no precision column and gives 330 in parentheses for FP8 with 128x128 / 1x128 block scaling, and the 25.09 H100 recipe runs bf16, fp8_cs and fp8_ss alike (Megatron-Bridge scripts/performance/configs/deepseek/deepseek_v3_llm_pretrain.yaml, perf_matrix h100, commit 47ff488), so 338 is BF16 or FP8 current scaling, whose GEMM peaks differ 2x. The other facts of the run are read (run_script.py at 47ff488: DeepEP flex dispatcher, EP all-to-all overlapped with another micro-batch, recompute of mla_up_proj and mlp, no overlap_grad_reduce, layout Et|(tt|)*30mL) and the FLOP count is reproduced (260.0 GFLOP per token against the row's 260.6)

# --row prints exactly that row and a summary of one row.
$ colossus validate --row megatron-a100-gpt3-175b-1024gpu
> Training throughput, measured (published) vs predicted; TFLOP/s per GPU as each
> source counts it (model or hardware FLOPs), tokens/s where the row gives them.
>
> row                                           GPUs  layout                     measured predicted   error  tok/s meas tok/s pred   error
> megatron-a100-gpt3-175b-1024gpu               1024  TP8 PP16 DP8 mb1              138.0     144.3   +4.6%  
>
> 1 rows compared: median |error| 4.6%, max |error| 4.6% (megatron-a100-gpt3-175b-1024gpu)
> targets: median |error| <= 4%, max |error| <= 12%

# --json with --row: that row and the summary.
$ colossus validate --json --row mpt-7b-h100-128gpu
! json
> {
>   "schema": "colossus.validate/1",
>   "rows": [
>     {
>       "id": "mpt-7b-h100-128gpu",
>       "model": "MPT-7b",
>       "cluster": "eos-11616",
>       "gpus": 128,
>       "layout": "TP1 PP1 DP128 mb6",
>       "flop_formula": "llm_foundry",
>       "measured_tflops_per_gpu": 452.0,
>       "predicted_tflops_per_gpu": 467.4146782554727,
>       "error": 0.034103270476709566,
>       "step_time_s": 1.133472529784571,
>       "breakdown": {
>         "compute_s": 1.1096745007483717,
>         "tp_s": 0.0,
>         "cp_s": 0.0,
>         "ep_s": 0.0,
>         "pp_s": 0.0,
>         "dp_s": 0.02321354987202018,
>         "bubble_s": 0.0,
>         "imbalance_s": 0.0,
>         "optimizer_s": 0.0005844791641791044
>       },
>       "predicted_peak_memory_bytes": 63030228339.2,
>       "measured_tokens_per_sec": 1340830.0,
>       "predicted_tokens_per_sec": 1387650.7446536357,
>       "tokens_error": 0.034919225146838644,
>       "filled": [
>         {
>           "field": "job.cluster",
>           "value": "eos-11616",
>           "reason": "network not stated; MosaicML's H100 nodes are HGX H100 with 8 x 400G InfiniBand, the server and NIC of eos-11616"
>         },
>         {
>           "field": "job.flop_formula",
>           "value": "llm_foundry",
>           "reason": "row's mfu_definition (llm-foundry's MFU callback)"
>         },
>         {
>           "field": "job.tp_comm_overlap",
>           "value": "false",
>           "reason": "no tensor parallelism"
>         },
>         {
>           "field": "job.overlap_grad_reduce",
>           "value": "true",
>           "reason": "FSDP reduce-scatters each layer's gradients during the backward pass"
>         },
>         {
>           "field": "job.overlap_param_gather",
>           "value": "true",
>           "reason": "FSDP prefetches the next layer's all-gather (limit_all_gathers)"
>         },
>         {
>           "field": "job.attention",
>           "value": "flash1",
>           "reason": "first-generation FlashAttention: the 2023 MPT yamls set attn_impl: triton (the Triton flash kernel of triton-pre-mlir; attn_impl: flash was FlashAttention 1.0 then) and sweep.sh passes no --attn_impl. The README's own 8-GPU sweeps agree: with FlashAttention-2 rates the error grows ~8% per doubling of the sequence (1B +5/+8/+17% at 1k/2k/4k), with flash_v1 it is flat (-1/-2/-1%)"
>         },
>         {
>           "field": "model.layers",
>           "value": "32",
>           "reason": "mpt-7b.yaml n_layers"
>         },
>         {
>           "field": "model.hidden_size",
>           "value": "4096",
>           "reason": "mpt-7b.yaml d_model"
>         },
>         {
>           "field": "model.attention_heads",
>           "value": "32",
>           "reason": "mpt-7b.yaml n_heads"
>         },
>         {
>           "field": "model.kv_heads",
>           "value": "heads",
>           "reason": "MPT: multi-head attention"
>         },
>         {
>           "field": "model.ffn_hidden",
>           "value": "4h",
>           "reason": "mpt-*.yaml expansion_ratio: 4"
>         },
>         {
>           "field": "model.ffn_kind",
>           "value": "gelu",
>           "reason": "MPT's FFN is up / GELU / down"
>         },
>         {
>           "field": "model.vocab_size",
>           "value": "50368",
>           "reason": "mpt-*.yaml vocab_size: 50368 (GPT-NeoX-20B tokenizer, padded)"
>         },
>         {
>           "field": "model.tied_embeddings",
>           "value": "true",
>           "reason": "MPT ties the output projection to the input embedding"
>         },
>         {
>           "field": "model.linear_bias",
>           "value": "false",
>           "reason": "MPT: no_bias"
>         },
>         {
>           "field": "model.learned_positions",
>           "value": "false",
>           "reason": "MPT uses ALiBi, no position table"
>         },
>         {
>           "field": "parallelism.vpp",
>           "value": "1",
>           "reason": "no pipeline parallelism"
>         },
>         {
>           "field": "parallelism.cp",
>           "value": "1",
>           "reason": "no context parallelism"
>         },
>         {
>           "field": "parallelism.ep",
>           "value": "1",
>           "reason": "dense models"
>         }
>       ]
>     }
>   ],
>   "summary": {
>     "rows": 1,
>     "median_abs_error": 0.034103270476709566,
>     "max_abs_error": 0.034103270476709566,
>     "max_row": "mpt-7b-h100-128gpu",
>     "target_median_abs_error": 0.04,
>     "target_max_abs_error": 0.12
>   },
>   "cross_checks": [],
>   "memory_rows": [],
>   "memory_summary": {
>     "rows": 0,
>     "median_abs_error": 0.0,
>     "max_abs_error": 0.0,
>     "max_row": "",
>     "target_median_abs_error": 0.05,
>     "target_max_abs_error": 0.1
>   },
>   "collective": [],
>   "serving": [],
>   "serving_summary": {
>     "rows": 0,
>     "median_abs_error": 0.0,
>     "target_median_abs_error": 0.1
>   },
>   "skipped": []
> }

# A training-memory row: measured GiB per GPU (peak and after-step allocation on the last
# rank) against the memory model's stage, the JSON of the comparison.
$ colossus validate --json --row megatron-ft-gpt3-7b-tp1-pp4-vpp8-h100
> {
>   "schema": "colossus.validate/1",
>   "rows": [],
>   "summary": {
>     "rows": 0,
>     "median_abs_error": 0.0,
>     "max_abs_error": 0.0,
>     "max_row": "",
>     "target_median_abs_error": 0.04,
>     "target_max_abs_error": 0.12
>   },
>   "cross_checks": [],
>   "memory_rows": [
>     {
>       "id": "megatron-ft-gpt3-7b-tp1-pp4-vpp8-h100",
>       "model": "GPT 7B (Megatron-LM memory test: GQA 8 groups, GELU 4h, untied, learned positions, biases, dropout 0.1)",
>       "gpus": 8,
>       "layout": "TP1 PP4 VPP8 DP2 mb1",
>       "quantity": "peak allocated",
>       "rank": "last",
>       "stage": 3,
>       "measured_bytes": 60720852992.0,
>       "predicted_bytes": 60009381888.0,
>       "error": -0.01171708019473535
>     },
>     {
>       "id": "megatron-ft-gpt3-7b-tp1-pp4-vpp8-h100",
>       "model": "GPT 7B (Megatron-LM memory test: GQA 8 groups, GELU 4h, untied, learned positions, biases, dropout 0.1)",
>       "gpus": 8,
>       "layout": "TP1 PP4 VPP8 DP2 mb1",
>       "quantity": "allocated after the step",
>       "rank": "last",
>       "stage": 3,
>       "measured_bytes": 24808996864.0,
>       "predicted_bytes": 23364796416.0,
>       "error": -0.058212770791053615
>     }
>   ],
>   "memory_summary": {
>     "rows": 2,
>     "median_abs_error": 0.03496492549289448,
>     "max_abs_error": 0.058212770791053615,
>     "max_row": "megatron-ft-gpt3-7b-tp1-pp4-vpp8-h100",
>     "target_median_abs_error": 0.05,
>     "target_max_abs_error": 0.1
>   },
>   "collective": [],
>   "serving": [],
>   "serving_summary": {
>     "rows": 0,
>     "median_abs_error": 0.0,
>     "target_median_abs_error": 0.1
>   },
>   "skipped": []
> }

# An unknown row id: one line on stderr, exit 2.
$ colossus validate --row nosuch
! exit 2
2> <command line>: --row: no training-throughput or training-memory row "nosuch"; rows: megatron-h100-weak-1.7B, megatron-h100-weak-7.1B, megatron-h100-weak-16B, megatron-h100-weak-32B, megatron-h100-weak-70B, megatron-h100-weak-119B, megatron-h100-weak-177B, megatron-h100-weak-314B, megatron-h100-weak-462B, megatron-example-llama3-8b-fp8, megatron-example-llama3-70b-fp8, megatron-example-llama3-405b-fp8, megatron-a100-sc21-1.7B, megatron-a100-sc21-3.6B, megatron-a100-sc21-7.5B, megatron-a100-sc21-18B, megatron-a100-sc21-39B, megatron-a100-sc21-76B, megatron-a100-sc21-145B, megatron-a100-sc21-310B, megatron-a100-sc21-530B, megatron-a100-sc21-1T, megatron-a100-gpt3-175b-1024gpu, nemo-26.06-dgx-h100-llama-31-405b-1024gpu, nemo-26.04.01-dgx-h100-llama-3-70b-64gpu, nemo-25.11-dgx-h100-llama-31-405b-1024gpu, nemo-25.11-dgx-h100-llama-3-70b-64gpu, nemo-25.11-dgx-h100-llama-3-8b-8gpu, nemo-25.11-dgx-h100-qwen3-235b-a22b-256gpu, nemo-26.06-dgx-gb200-llama-31-405b-256gpu, nemo-26.06-dgx-gb200-deepseek-v3-671b-256gpu, mpt-70b-h100-512gpu, mpt-70b-h100-256gpu, mpt-70b-h100-128gpu, mpt-30b-h100-512gpu, mpt-30b-h100-256gpu, mpt-30b-h100-128gpu, mpt-13b-h100-512gpu, mpt-13b-h100-256gpu, mpt-13b-h100-128gpu, mpt-7b-h100-512gpu, mpt-7b-h100-256gpu, mpt-7b-h100-128gpu, mpt-3b-h100-512gpu, mpt-1b-h100-512gpu, megatron-ft-gpt3-7b-tp1-pp4-vpp8-h100, megatron-ft-gpt3-7b-tp4-pp1-h100, megatron-ft-gpt3-15b-tp8-sp-h100, meta-llama3-405b-h100-8192gpu, meta-llama3-405b-h100-16384gpu, meta-llama3-405b-h100-16384gpu-cp16-128k, mtnlg-530b-a100-2240gpu, mtnlg-530b-a100-2800gpu, mtnlg-530b-a100-3360gpu

# A row named twice would be counted twice in the median: one line on stderr, exit 2 (issue 13).
$ colossus validate --row mpt-7b-h100-512gpu --row mpt-7b-h100-512gpu
! exit 2
2> <command line>: --row: row "mpt-7b-h100-512gpu" is named twice
