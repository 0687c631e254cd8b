# The kernels of one Llama 3 70B layer at TP 8, sequence 8192, on one H100, timed with the preset's
# fitted efficiencies and with the synthetic profile (tests/calibration/synthetic-h100.yaml: every
# BF16 GEMM at 494.7 TFLOP/s, efficiency 0.5; the rest at the fitted figures). Each GEMM moves by
# exactly fitted efficiency / 0.5: ffn.up (8192 x 7168 x 8192) has the fitted efficiency
# 0.62 x (8192/8448)^2 x (7168/7424) = 0.5629, so 1.73 ms becomes 1.73 x 0.5629 / 0.5 = 1.95 ms;
# qkv (8192 x 1280 x 8192: 0.62 x 0.9697^2 x 0.8333 = 0.4859) gets faster, 360 -> 350 us.
# Memory-bound kernels do not move (the profile's 2.68 TB/s copy is the fitted 0.80 of 3.35);
# attention moves from 0.45 x 8192/8448 to the flat 0.45.
$ colossus calibration-shapes --model llama3-70b --tp 8 --seq-len 8192 --gpu h100-sxm --calibration tests/calibration/synthetic-h100.yaml
> Kernels of llama3-70b layer 0 at tp 8, cp 1, ep 1, seq 8192, micro-batch 1, bf16 on one GPU (m x n x k; attention: query and key lengths, head dim)
>   kernel                            pass                                   shape      fitted     profile
>   layer0.attn_norm.fwd              forward                             32.0 MiB     15.5 us     15.5 us
>   layer0.qkv.fwd                    forward                   8192 x 1280 x 8192      360 us      350 us
>   layer0.rope.fwd                   forward                             36.0 MiB     17.1 us     17.1 us
>   layer0.attention.fwd              forward   seq 8192 kv 8192 d 128 causal (x8)      321 us      312 us
>   layer0.out_proj.fwd               forward                   8192 x 8192 x 1024      301 us      281 us
>   layer0.attn_residual.fwd          forward                             48.0 MiB     21.8 us     21.8 us
>   layer0.ffn_norm.fwd               forward                             32.0 MiB     15.5 us     15.5 us
>   layer0.ffn.up.fwd                 forward                   8192 x 7168 x 8192     1.73 ms     1.95 ms
>   layer0.ffn.act.fwd                forward                            168.0 MiB     68.7 us     68.7 us
>   layer0.ffn.down.fwd               forward                   8192 x 8192 x 3584      897 us      975 us
>   layer0.ffn_residual.fwd           forward                             48.0 MiB     21.8 us     21.8 us
>   layer0.attn_norm.bwd              backward                            64.0 MiB     28.0 us     28.0 us
>   layer0.qkv.dgrad                  backward                  8192 x 8192 x 1280      360 us      350 us
>   layer0.qkv.wgrad                  backward                  8192 x 1280 x 8192      360 us      350 us
>   layer0.rope.bwd                   backward                            72.0 MiB     31.2 us     31.2 us
>   layer0.attention.bwd              backward  seq 8192 kv 8192 d 128 causal (x8)      998 us      968 us
>   layer0.out_proj.dgrad             backward                  8192 x 1024 x 8192      301 us      281 us
>   layer0.out_proj.wgrad             backward                  1024 x 8192 x 8192      301 us      281 us
>   layer0.attn_residual.bwd          backward                            96.0 MiB     40.6 us     40.6 us
>   layer0.ffn_norm.bwd               backward                            64.0 MiB     28.0 us     28.0 us
>   layer0.ffn.up.dgrad               backward                  8192 x 8192 x 7168     1.73 ms     1.95 ms
>   layer0.ffn.up.wgrad               backward                  8192 x 7168 x 8192     1.73 ms     1.95 ms
>   layer0.ffn.act.bwd                backward                           336.0 MiB      134 us      134 us
>   layer0.ffn.down.dgrad             backward                  8192 x 3584 x 8192      897 us      975 us
>   layer0.ffn.down.wgrad             backward                  3584 x 8192 x 8192      897 us      975 us
>   layer0.ffn_residual.bwd           backward                            96.0 MiB     40.6 us     40.6 us
>   forward total                                                                      3.77 ms     4.03 ms
>   backward total                                                                     7.88 ms     8.38 ms
>   on h100-sxm: fitted = the preset's efficiencies; profile = tests/calibration/synthetic-h100.yaml

# The same as JSON, for Llama 3 8B at TP 1, sequence 4096: the ffn.up GEMM's n (28672) is above
# the synthetic profile's grid (1024 to 16384), so it takes the value at 16384 and one warning
# says so.
$ colossus calibration-shapes --model llama3-8b --tp 1 --seq-len 4096 --gpu h100-sxm --calibration tests/calibration/synthetic-h100.yaml --json
! json
> {
>   "schema": "colossus.calibration_shapes/1",
>   "model": "llama3-8b",
>   "tp": 1,
>   "cp": 1,
>   "ep": 1,
>   "seq_len": 4096,
>   "micro_batch": 1,
>   "precision": "bf16",
>   "gpu": "h100-sxm",
>   "calibration": "tests/calibration/synthetic-h100.yaml",
>   "kernels": [
>     {
>       "name": "layer0.attn_norm.fwd",
>       "pass": "forward",
>       "kind": "memory",
>       "flop": 67108864.0,
>       "bytes": 67108864.0,
>       "fitted_s": 2.804062089552239e-05,
>       "profile_s": 2.804062089552239e-05
>     },
>     {
>       "name": "layer0.qkv.fwd",
>       "pass": "forward",
>       "kind": "gemm",
>       "m": 4096.0,
>       "n": 6144.0,
>       "k": 4096.0,
>       "batch": 1.0,
>       "flop": 206158430208.0,
>       "bytes": 134217728.0,
>       "fitted_s": 0.0003982065624653587,
>       "profile_s": 0.0004197342433959976
>     },
>     {
>       "name": "layer0.rope.fwd",
>       "pass": "forward",
>       "kind": "memory",
>       "flop": 0.0,
>       "bytes": 83886080.0,
>       "fitted_s": 3.4300776119402985e-05,
>       "profile_s": 3.4300776119402985e-05
>     },
>     {
>       "name": "layer0.attention.fwd",
>       "pass": "forward",
>       "kind": "attention",
>       "m": 4096.0,
>       "n": 4096.0,
>       "k": 128.0,
>       "batch": 32.0,
>       "flop": 137438953472.0,
>       "bytes": 134217728.0,
>       "fitted_s": 0.00033098528415425736,
>       "profile_s": 0.0003116920321451834
>     },
>     {
>       "name": "layer0.out_proj.fwd",
>       "pass": "forward",
>       "kind": "gemm",
>       "m": 4096.0,
>       "n": 4096.0,
>       "k": 4096.0,
>       "batch": 1.0,
>       "flop": 137438953472.0,
>       "bytes": 100663296.0,
>       "fitted_s": 0.00027174046247644394,
>       "profile_s": 0.00028082282893066506
>     },
>     {
>       "name": "layer0.attn_residual.fwd",
>       "pass": "forward",
>       "kind": "memory",
>       "flop": 0.0,
>       "bytes": 100663296.0,
>       "fitted_s": 4.056093134328358e-05,
>       "profile_s": 4.056093134328358e-05
>     },
>     {
>       "name": "layer0.ffn_norm.fwd",
>       "pass": "forward",
>       "kind": "memory",
>       "flop": 67108864.0,
>       "bytes": 67108864.0,
>       "fitted_s": 2.804062089552239e-05,
>       "profile_s": 2.804062089552239e-05
>     },
>     {
>       "name": "layer0.ffn.up.fwd",
>       "pass": "forward",
>       "kind": "gemm",
>       "m": 4096.0,
>       "n": 28672.0,
>       "k": 4096.0,
>       "batch": 1.0,
>       "flop": 962072674304.0,
>       "bytes": 503316480.0,
>       "fitted_s": 0.001789333662343421,
>       "profile_s": 0.0019477598025146553
>     },
>     {
>       "name": "layer0.ffn.act.fwd",
>       "pass": "forward",
>       "kind": "memory",
>       "flop": 352321536.0,
>       "bytes": 352321536.0,
>       "fitted_s": 0.00013446325970149252,
>       "profile_s": 0.00013446325970149252
>     },
>     {
>       "name": "layer0.ffn.down.fwd",
>       "pass": "forward",
>       "kind": "gemm",
>       "m": 4096.0,
>       "n": 4096.0,
>       "k": 14336.0,
>       "batch": 1.0,
>       "flop": 481036337152.0,
>       "bytes": 268435456.0,
>       "fitted_s": 0.0009040709624210178,
>       "profile_s": 0.0009753799012573276
>     },
>     {
>       "name": "layer0.ffn_residual.fwd",
>       "pass": "forward",
>       "kind": "memory",
>       "flop": 0.0,
>       "bytes": 100663296.0,
>       "fitted_s": 4.056093134328358e-05,
>       "profile_s": 4.056093134328358e-05
>     },
>     {
>       "name": "layer0.attn_norm.bwd",
>       "pass": "backward",
>       "kind": "memory",
>       "flop": 134217728.0,
>       "bytes": 134217728.0,
>       "fitted_s": 5.3081241791044776e-05,
>       "profile_s": 5.3081241791044776e-05
>     },
>     {
>       "name": "layer0.qkv.dgrad",
>       "pass": "backward",
>       "kind": "gemm",
>       "m": 4096.0,
>       "n": 4096.0,
>       "k": 6144.0,
>       "batch": 1.0,
>       "flop": 206158430208.0,
>       "bytes": 134217728.0,
>       "fitted_s": 0.0003982065624653587,
>       "profile_s": 0.0004197342433959976
>     },
>     {
>       "name": "layer0.qkv.wgrad",
>       "pass": "backward",
>       "kind": "gemm",
>       "m": 4096.0,
>       "n": 6144.0,
>       "k": 4096.0,
>       "batch": 1.0,
>       "flop": 206158430208.0,
>       "bytes": 134217728.0,
>       "fitted_s": 0.0003982065624653587,
>       "profile_s": 0.0004197342433959976
>     },
>     {
>       "name": "layer0.rope.bwd",
>       "pass": "backward",
>       "kind": "memory",
>       "flop": 0.0,
>       "bytes": 167772160.0,
>       "fitted_s": 6.560155223880598e-05,
>       "profile_s": 6.560155223880598e-05
>     },
>     {
>       "name": "layer0.attention.bwd",
>       "pass": "backward",
>       "kind": "attention",
>       "m": 4096.0,
>       "n": 4096.0,
>       "k": 128.0,
>       "batch": 32.0,
>       "flop": 343597383680.0,
>       "bytes": 268435456.0,
>       "fitted_s": 0.0010279540129820542,
>       "profile_s": 0.000967662600453698
>     },
>     {
>       "name": "layer0.out_proj.dgrad",
>       "pass": "backward",
>       "kind": "gemm",
>       "m": 4096.0,
>       "n": 4096.0,
>       "k": 4096.0,
>       "batch": 1.0,
>       "flop": 137438953472.0,
>       "bytes": 100663296.0,
>       "fitted_s": 0.00027174046247644394,
>       "profile_s": 0.00028082282893066506
>     },
>     {
>       "name": "layer0.out_proj.wgrad",
>       "pass": "backward",
>       "kind": "gemm",
>       "m": 4096.0,
>       "n": 4096.0,
>       "k": 4096.0,
>       "batch": 1.0,
>       "flop": 137438953472.0,
>       "bytes": 100663296.0,
>       "fitted_s": 0.00027174046247644394,
>       "profile_s": 0.00028082282893066506
>     },
>     {
>       "name": "layer0.attn_residual.bwd",
>       "pass": "backward",
>       "kind": "memory",
>       "flop": 0.0,
>       "bytes": 201326592.0,
>       "fitted_s": 7.812186268656717e-05,
>       "profile_s": 7.812186268656717e-05
>     },
>     {
>       "name": "layer0.ffn_norm.bwd",
>       "pass": "backward",
>       "kind": "memory",
>       "flop": 134217728.0,
>       "bytes": 134217728.0,
>       "fitted_s": 5.3081241791044776e-05,
>       "profile_s": 5.3081241791044776e-05
>     },
>     {
>       "name": "layer0.ffn.up.dgrad",
>       "pass": "backward",
>       "kind": "gemm",
>       "m": 4096.0,
>       "n": 4096.0,
>       "k": 28672.0,
>       "batch": 1.0,
>       "flop": 962072674304.0,
>       "bytes": 503316480.0,
>       "fitted_s": 0.001789333662343421,
>       "profile_s": 0.0019477598025146553
>     },
>     {
>       "name": "layer0.ffn.up.wgrad",
>       "pass": "backward",
>       "kind": "gemm",
>       "m": 4096.0,
>       "n": 28672.0,
>       "k": 4096.0,
>       "batch": 1.0,
>       "flop": 962072674304.0,
>       "bytes": 503316480.0,
>       "fitted_s": 0.001789333662343421,
>       "profile_s": 0.0019477598025146553
>     },
>     {
>       "name": "layer0.ffn.act.bwd",
>       "pass": "backward",
>       "kind": "memory",
>       "flop": 704643072.0,
>       "bytes": 704643072.0,
>       "fitted_s": 0.0002659265194029851,
>       "profile_s": 0.0002659265194029851
>     },
>     {
>       "name": "layer0.ffn.down.dgrad",
>       "pass": "backward",
>       "kind": "gemm",
>       "m": 4096.0,
>       "n": 14336.0,
>       "k": 4096.0,
>       "batch": 1.0,
>       "flop": 481036337152.0,
>       "bytes": 268435456.0,
>       "fitted_s": 0.0009040709624210178,
>       "profile_s": 0.0009753799012573276
>     },
>     {
>       "name": "layer0.ffn.down.wgrad",
>       "pass": "backward",
>       "kind": "gemm",
>       "m": 14336.0,
>       "n": 4096.0,
>       "k": 4096.0,
>       "batch": 1.0,
>       "flop": 481036337152.0,
>       "bytes": 268435456.0,
>       "fitted_s": 0.0009040709624210175,
>       "profile_s": 0.0009753799012573276
>     },
>     {
>       "name": "layer0.ffn_residual.bwd",
>       "pass": "backward",
>       "kind": "memory",
>       "flop": 0.0,
>       "bytes": 201326592.0,
>       "fitted_s": 7.812186268656717e-05,
>       "profile_s": 7.812186268656717e-05
>     }
>   ],
>   "fitted_forward_s": 0.004000304074159007,
>   "fitted_backward_s": 0.00834859159299155,
>   "profile_forward_s": 0.004241355948542337,
>   "profile_backward_s": 0.008808990433248004,
>   "warnings": [
>     "calibration profile tests/calibration/synthetic-h100.yaml: bf16 GEMM shapes outside its measured range took the nearest measured value: n up to 28672 (measured 1024 to 16384), k up to 28672 (measured 1024 to 16384)"
>   ]
> }

# The calibration tool's input (tools/calibrate/sweeps/ holds these files): the GEMM dimensions
# of the layer plus powers of two 64 to 16384, attention sequence lengths and head dims, and the
# layer's dimensions per GPU (64 / 8 = 8 query heads, 8 / 8 = 1 KV head, 28672 / 8 = 3584 FFN).
$ colossus calibration-shapes --model llama3-70b --tp 8 --seq-len 8192 --sweep
> # colossus calibration-shapes: llama3-70b layer 0 at tp 8, cp 1, ep 1, seq 8192, micro-batch 1, bf16
> dims 64 128 256 512 1024 1280 2048 3584 4096 7168 8192 16384
> seq 512 1024 2048 4096 8192 16384
> head_dim 128
> layer llama3-70b tp 8 seq 8192 micro_batch 1 hidden 8192 heads 8 kv_heads 1 head_dim 128 ffn 3584 gated 1

# Without --gpu: the shapes alone.
$ colossus calibration-shapes --model llama3-8b --seq-len 2048
> Kernels of llama3-8b layer 0 at tp 1, cp 1, ep 1, seq 2048, micro-batch 1, bf16 on one GPU (m x n x k; attention: query and key lengths, head dim)
>   kernel                            pass                                   shape
>   layer0.attn_norm.fwd              forward                             32.0 MiB
>   layer0.qkv.fwd                    forward                   2048 x 6144 x 4096
>   layer0.rope.fwd                   forward                             40.0 MiB
>   layer0.attention.fwd              forward   seq 2048 kv 2048 d 128 causal (x32)
>   layer0.out_proj.fwd               forward                   2048 x 4096 x 4096
>   layer0.attn_residual.fwd          forward                             48.0 MiB
>   layer0.ffn_norm.fwd               forward                             32.0 MiB
>   layer0.ffn.up.fwd                 forward                  2048 x 28672 x 4096
>   layer0.ffn.act.fwd                forward                            168.0 MiB
>   layer0.ffn.down.fwd               forward                  2048 x 4096 x 14336
>   layer0.ffn_residual.fwd           forward                             48.0 MiB
>   layer0.attn_norm.bwd              backward                            64.0 MiB
>   layer0.qkv.dgrad                  backward                  2048 x 4096 x 6144
>   layer0.qkv.wgrad                  backward                  4096 x 6144 x 2048
>   layer0.rope.bwd                   backward                            80.0 MiB
>   layer0.attention.bwd              backward  seq 2048 kv 2048 d 128 causal (x32)
>   layer0.out_proj.dgrad             backward                  2048 x 4096 x 4096
>   layer0.out_proj.wgrad             backward                  4096 x 4096 x 2048
>   layer0.attn_residual.bwd          backward                            96.0 MiB
>   layer0.ffn_norm.bwd               backward                            64.0 MiB
>   layer0.ffn.up.dgrad               backward                 2048 x 4096 x 28672
>   layer0.ffn.up.wgrad               backward                 4096 x 28672 x 2048
>   layer0.ffn.act.bwd                backward                           336.0 MiB
>   layer0.ffn.down.dgrad             backward                 2048 x 14336 x 4096
>   layer0.ffn.down.wgrad             backward                 14336 x 4096 x 2048
>   layer0.ffn_residual.bwd           backward                            96.0 MiB

# Bad input: a profile without a GPU to time on; a profile of another GPU.
$ colossus calibration-shapes --model llama3-8b --calibration tests/calibration/synthetic-h100.yaml
! exit 2
2> <command line>: --calibration: needs --gpu (the GPU to time the layer on)

$ colossus calibration-shapes --model llama3-8b --gpu a100-sxm-80g --calibration tests/calibration/synthetic-h100.yaml
! exit 2
2> <command line>: --calibration: tests/calibration/synthetic-h100.yaml measured h100-sxm, not --gpu a100-sxm-80g
