# Layouts beyond one TP group (issue 20): pipeline stages, expert parallelism, data-parallel
# attention, FP4 weights.

# Llama 3.1 405B in BF16 (810 GB) on two 8xH100 servers as TP8 x PP2 (vLLM's two-node recipe):
# each stage holds 63 layers, a batch's time is the two stages' plus the PP send between the
# servers, and the two virtual engines keep two batches in flight.
$ colossus serve --model llama3-405b --tp 8 --pp 2 --rate 1 --requests 100 --prompt 1000 --output 200
> Serving llama3-405b on eos-11616 (h100-sxm): replicas of TP8 x PP2 (16 GPUs each), bf16 weights, bf16 KV cache
>   memory per GPU: weights 47.3 GiB, activations 1.3 GiB, KV cache 23.4 GiB (90% of 80.0 GiB usable)
>   KV cache: 779,904 tokens per replica (48,744 blocks of 16), 32 KiB per token per GPU; max model length 8,192
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 45.1 ms = GEMMs 39.2 ms, attention 403 us, memory-bound 1.53 ms, TP all-reduce 3.94 ms, PP sends 21.3 us
>   pipeline: 2 stages of 63 layers, 2 virtual engines per replica (vLLM V0), each with 24,372 KV blocks
> Workload: 100 requests, Poisson 1/s, prompt 1000, output 200 tokens, seed 1
> Throughput over 91.7 s: 1.09 requests/s, 1,091 input and 218 output tokens/s (14 output tokens/s per GPU) on 1 replica (16 GPUs)
>   requests: 100 arrived, 100 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT       257 ms     406 ms     628 ms     290 ms
>   TPOT      57.2 ms    63.2 ms    65.1 ms    57.4 ms
>   E2E        11.6 s     12.9 s     13.2 s     11.7 s
>   batch: 6.4 running sequences on average while busy, 11 at most; KV cache 1.8% occupied on average, 3.2% at most; 0 preemptions; 3,207 iterations
>   requests in the system: 12.77 on average; Little's law: 1.21/s arrivals x 11.7 s mean E2E = 14.14

# Several batches in flight: offline, the TP8 x PP2 replica (FP8) against two TP8 replicas on the
# same 16 GPUs. Its two virtual engines keep both stages busy, so it comes within the PP sends and
# the stages' imbalance (the last holds the output head) of the two replicas' throughput.
$ colossus serve --model llama3-405b --precision fp8 --tp 8 --pp 2 --offline --requests 2000 --prompt 1000 --output 200
> Serving llama3-405b on eos-11616 (h100-sxm): replicas of TP8 x PP2 (16 GPUs each), fp8 weights, bf16 KV cache
>   memory per GPU: weights 23.9 GiB, activations 1.3 GiB, KV cache 46.8 GiB (90% of 80.0 GiB usable)
>   KV cache: 1,558,144 tokens per replica (97,384 blocks of 16), 32 KiB per token per GPU; max model length 8,192
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 26.3 ms = GEMMs 20.5 ms, attention 403 us, memory-bound 1.53 ms, TP all-reduce 3.94 ms, PP sends 21.3 us
>   pipeline: 2 stages of 63 layers, 2 virtual engines per replica (vLLM V0), each with 48,692 KV blocks
> Workload: 2,000 requests at once (offline), prompt 1000, output 200 tokens, seed 1
> Throughput over 163 s: 12.3 requests/s, 12,297 input and 2,459 output tokens/s (154 output tokens/s per GPU) on 1 replica (16 GPUs)
>   requests: 2,000 arrived, 2,000 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT         73 s      141 s      153 s       77 s
>   TPOT       200 ms     202 ms     203 ms     181 ms
>   E2E         113 s      162 s      163 s      113 s
>   batch: 228.9 running sequences on average while busy, 256 at most; KV cache 32.1% occupied on average, 39.1% at most; 0 preemptions; 1,658 iterations

$ colossus serve --model llama3-405b --precision fp8 --tp 8 --replicas 2 --offline --requests 2000 --prompt 1000 --output 200
> Serving llama3-405b on eos-11616 (h100-sxm): replicas of TP8 (8 GPUs each), fp8 weights, bf16 KV cache
>   memory per GPU: weights 47.7 GiB, activations 1.3 GiB, KV cache 22.9 GiB (90% of 80.0 GiB usable)
>   KV cache: 381,744 tokens per replica (23,859 blocks of 16), 63 KiB per token per GPU; max model length 8,192
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 26.3 ms = GEMMs 20.5 ms, attention 403 us, memory-bound 1.53 ms, TP all-reduce 3.94 ms
> Workload: 2,000 requests at once (offline), prompt 1000, output 200 tokens, seed 1
> Throughput over 160 s: 12.5 requests/s, 12,511 input and 2,502 output tokens/s (156 output tokens/s per GPU) on 2 replicas (16 GPUs)
>   requests: 2,000 arrived, 2,000 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT       71.6 s      138 s      151 s     75.6 s
>   TPOT       197 ms     199 ms     199 ms     178 ms
>   E2E         111 s      159 s      160 s      111 s
>   batch: 228.9 running sequences on average while busy, 256 at most; KV cache 65.6% occupied on average, 79.9% at most; 0 preemptions; 1,658 iterations

# DeepSeek-V3 in FP8 on 8xH200 with its 256 routed experts spread 32 per GPU (EP8) against
# TP-sharded experts: the same weights per GPU; the MoE block's all-reduce becomes an all-to-all
# dispatch and combine plus an all-gather.
$ colossus serve --cluster colossus-200k --gpu h200-sxm --model deepseek-v3 --precision fp8 --tp 8 --ep 8 --rate 1 --requests 100 --prompt 1000 --output 200
> Serving deepseek-v3 on colossus-200k (h200-sxm): replicas of TP8, EP8 (8 GPUs each), fp8 weights, bf16 KV cache
>   memory per GPU: weights 78.3 GiB, activations 0.6 GiB, KV cache 47.5 GiB (90% of 140.4 GiB usable)
>   KV cache: 725,264 tokens per replica (45,329 blocks of 16), 69 KiB per token per GPU; max model length 4,096
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 5.96 ms = GEMMs 2.31 ms, attention 202 us, memory-bound 739 us, TP all-reduce 1.86 ms, EP all-to-all 846 us
> Workload: 100 requests, Poisson 1/s, prompt 1000, output 200 tokens, seed 1
> Throughput over 83.5 s: 1.2 requests/s, 1,197 input and 239 output tokens/s (30 output tokens/s per GPU) on 1 replica (8 GPUs)
>   requests: 100 arrived, 100 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT      46.1 ms    49.7 ms      67 ms      47 ms
>   TPOT      7.51 ms    9.14 ms    9.41 ms    7.61 ms
>   E2E        1.54 s     1.87 s     1.92 s     1.56 s
>   batch: 2.4 running sequences on average while busy, 6 at most; KV cache 0.3% occupied on average, 1.0% at most; 0 preemptions; 9,160 iterations
>   requests in the system: 1.87 on average; Little's law: 1.21/s arrivals x 1.56 s mean E2E = 1.89
> Cost: $13.873 per million output tokens, $11.96 per hour (GPU-hours at $1.43 fixed + electricity; 6.9 kW IT, GPUs busy 79% of the time; pricing us-2025)

$ colossus serve --cluster colossus-200k --gpu h200-sxm --model deepseek-v3 --precision fp8 --tp 8 --rate 1 --requests 100 --prompt 1000 --output 200
> Serving deepseek-v3 on colossus-200k (h200-sxm): replicas of TP8 (8 GPUs each), fp8 weights, bf16 KV cache
>   memory per GPU: weights 78.3 GiB, activations 0.6 GiB, KV cache 47.5 GiB (90% of 140.4 GiB usable)
>   KV cache: 725,264 tokens per replica (45,329 blocks of 16), 69 KiB per token per GPU; max model length 4,096
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 5.11 ms = GEMMs 2.31 ms, attention 202 us, memory-bound 739 us, TP all-reduce 1.86 ms
> Workload: 100 requests, Poisson 1/s, prompt 1000, output 200 tokens, seed 1
> Throughput over 83.4 s: 1.2 requests/s, 1,200 input and 240 output tokens/s (30 output tokens/s per GPU) on 1 replica (8 GPUs)
>   requests: 100 arrived, 100 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT      44.9 ms    47.8 ms    80.2 ms    45.9 ms
>   TPOT      6.41 ms    8.04 ms    8.46 ms    6.55 ms
>   E2E        1.32 s     1.64 s     1.73 s     1.35 s
>   batch: 2.2 running sequences on average while busy, 6 at most; KV cache 0.2% occupied on average, 1.0% at most; 0 preemptions; 10,158 iterations
>   requests in the system: 1.62 on average; Little's law: 1.21/s arrivals x 1.35 s mean E2E = 1.63
> Cost: $13.828 per million output tokens, $11.94 per hour (GPU-hours at $1.43 fixed + electricity; 6.7 kW IT, GPUs busy 75% of the time; pricing us-2025)

# DeepSeek-V3 in FP8 on 8xH200 at offline load, three layouts of the same 8 GPUs. DP8 attention x
# TP1 (SGLang's --enable-dp-attention --dp 8 --tp 8): 8 attention groups, each with its own batch
# of up to 256 sequences and its own MLA cache (4.7x the KV tokens of TP8, where every GPU keeps
# the whole latent), the 256 experts 32 per GPU over all 8; the groups iterate in lockstep and
# every MoE layer dispatches all groups' tokens. Each GPU reads all the attention weights (93.8
# GiB of weights against 78.3), so one sequence decodes slower than under TP8, but 8 batches share
# each expert read: output tokens/s against TP8 and EP8, which hold 256 sequences, and TP8 let
# run as many as its cache holds (about 500: it binds, with preemptions). The gain over the
# cache-bound TP8 (2.2x) is of the order SGLang v0.4 reported for DP attention on DeepSeek models,
# "up to 1.9x decoding throughput" (lmsys.org/blog/2024-12-04-sglang-v0-4; another model, GPU and
# load: not a validation row).
$ colossus serve --cluster colossus-200k --gpu h200-sxm --model deepseek-v3 --precision fp8 --tp 1 --dp-attention 8 --offline --requests 4000 --prompt 1000 --output 200
> Serving deepseek-v3 on colossus-200k (h200-sxm): replicas of DP8 attention x TP1, EP8 (8 GPUs each), fp8 weights, bf16 KV cache
>   memory per GPU: weights 93.8 GiB, activations 1.4 GiB, KV cache 31.2 GiB (90% of 140.4 GiB usable)
>   KV cache: 3,809,024 tokens per replica (238,064 blocks of 16), 69 KiB per token per GPU; max model length 4,096
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 8.07 ms = GEMMs 6.21 ms, attention 203 us, memory-bound 743 us, TP all-reduce 0, EP all-to-all 918 us
>   data-parallel attention: 8 groups of TP1, each with its own batch (max_num_seqs 256) and 29,758 KV blocks; routed experts EP8 over all 8 GPUs (32 each), iterating in lockstep
> Workload: 4,000 requests at once (offline), prompt 1000, output 200 tokens, seed 1
> Throughput over 64.4 s: 62.1 requests/s, 62,082 input and 12,416 output tokens/s (1,552 output tokens/s per GPU) on 1 replica (8 GPUs)
>   requests: 4,000 arrived, 4,000 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT       23.9 s     51.5 s     55.9 s     28.1 s
>   TPOT       158 ms     158 ms     158 ms     129 ms
>   E2E        55.3 s     64.3 s     64.4 s     53.7 s
>   batch: 1641.1 running sequences on average while busy, 2048 at most; KV cache 46.7% occupied on average, 64.1% at most; 0 preemptions; 430 iterations
> Cost: $0.269 per million output tokens, $12.03 per hour (GPU-hours at $1.43 fixed + electricity; 7.9 kW IT, GPUs busy 100% of the time; pricing us-2025)

$ colossus serve --cluster colossus-200k --gpu h200-sxm --model deepseek-v3 --precision fp8 --tp 8 --offline --requests 4000 --prompt 1000 --output 200
> Serving deepseek-v3 on colossus-200k (h200-sxm): replicas of TP8 (8 GPUs each), fp8 weights, bf16 KV cache
>   memory per GPU: weights 78.3 GiB, activations 0.6 GiB, KV cache 47.5 GiB (90% of 140.4 GiB usable)
>   KV cache: 725,264 tokens per replica (45,329 blocks of 16), 69 KiB per token per GPU; max model length 4,096
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 5.11 ms = GEMMs 2.31 ms, attention 202 us, memory-bound 739 us, TP all-reduce 1.86 ms
> Workload: 4,000 requests at once (offline), prompt 1000, output 200 tokens, seed 1
> Throughput over 177 s: 22.6 requests/s, 22,624 input and 4,525 output tokens/s (566 output tokens/s per GPU) on 1 replica (8 GPUs)
>   requests: 4,000 arrived, 4,000 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT       82.4 s      157 s      170 s     84.3 s
>   TPOT      55.2 ms    55.3 ms    55.4 ms    54.4 ms
>   E2E        93.4 s      168 s      177 s     95.2 s
>   batch: 248.9 running sequences on average while busy, 256 at most; KV cache 37.9% occupied on average, 42.0% at most; 0 preemptions; 3,221 iterations
> Cost: $0.738 per million output tokens, $12.03 per hour (GPU-hours at $1.43 fixed + electricity; 7.9 kW IT, GPUs busy 100% of the time; pricing us-2025)

$ colossus serve --cluster colossus-200k --gpu h200-sxm --model deepseek-v3 --precision fp8 --tp 8 --ep 8 --offline --requests 4000 --prompt 1000 --output 200
> Serving deepseek-v3 on colossus-200k (h200-sxm): replicas of TP8, EP8 (8 GPUs each), fp8 weights, bf16 KV cache
>   memory per GPU: weights 78.3 GiB, activations 0.6 GiB, KV cache 47.5 GiB (90% of 140.4 GiB usable)
>   KV cache: 725,264 tokens per replica (45,329 blocks of 16), 69 KiB per token per GPU; max model length 4,096
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 5.96 ms = GEMMs 2.31 ms, attention 202 us, memory-bound 739 us, TP all-reduce 1.86 ms, EP all-to-all 846 us
> Workload: 4,000 requests at once (offline), prompt 1000, output 200 tokens, seed 1
> Throughput over 182 s: 22 requests/s, 22,013 input and 4,403 output tokens/s (550 output tokens/s per GPU) on 1 replica (8 GPUs)
>   requests: 4,000 arrived, 4,000 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT       84.6 s      161 s      174 s     86.6 s
>   TPOT      56.7 ms    56.8 ms    56.9 ms    55.9 ms
>   E2E        95.9 s      172 s      182 s     97.8 s
>   batch: 248.9 running sequences on average while busy, 256 at most; KV cache 37.9% occupied on average, 42.0% at most; 0 preemptions; 3,221 iterations
> Cost: $0.759 per million output tokens, $12.03 per hour (GPU-hours at $1.43 fixed + electricity; 7.9 kW IT, GPUs busy 100% of the time; pricing us-2025)

$ colossus serve --cluster colossus-200k --gpu h200-sxm --model deepseek-v3 --precision fp8 --tp 8 --max-num-seqs 2048 --offline --requests 4000 --prompt 1000 --output 200
> Serving deepseek-v3 on colossus-200k (h200-sxm): replicas of TP8 (8 GPUs each), fp8 weights, bf16 KV cache
>   memory per GPU: weights 78.3 GiB, activations 0.7 GiB, KV cache 47.4 GiB (90% of 140.4 GiB usable)
>   KV cache: 723,616 tokens per replica (45,226 blocks of 16), 69 KiB per token per GPU; max model length 4,096
>   engine: max_num_seqs 2048, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 5.11 ms = GEMMs 2.31 ms, attention 202 us, memory-bound 739 us, TP all-reduce 1.86 ms
> Workload: 4,000 requests at once (offline), prompt 1000, output 200 tokens, seed 1
> Throughput over 135 s: 29.6 requests/s, 29,611 input and 5,922 output tokens/s (740 output tokens/s per GPU) on 1 replica (8 GPUs)
>   requests: 4,000 arrived, 4,000 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT       64.3 s      114 s      128 s     61.2 s
>   TPOT       101 ms     103 ms     132 ms    98.5 ms
>   E2E        84.5 s      130 s      135 s     80.8 s
>   batch: 580.6 running sequences on average while busy, 688 at most; KV cache 88.4% occupied on average, 100.0% at most; 309 preemptions; 1,438 iterations
> Cost: $0.564 per million output tokens, $12.03 per hour (GPU-hours at $1.43 fixed + electricity; 7.9 kW IT, GPUs busy 100% of the time; pricing us-2025)

# Llama 3 70B in NVFP4 on one B200 (4.5 bits a weight: 39 GiB of linear layers).
$ colossus serve --cluster b200-300k --precision fp4 --tp 1 --rate 2 --requests 100 --prompt 1000 --output 200
> Serving llama3-70b on b200-300k (b200): replicas of TP1 (1 GPU each), fp4 weights, bf16 KV cache
>   memory per GPU: weights 39.8 GiB, activations 1.9 GiB, KV cache 119.4 GiB (90% of 179.1 GiB usable)
>   KV cache: 391,376 tokens per replica (24,461 blocks of 16), 320 KiB per token per GPU; max model length 8,192
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 8.82 ms = GEMMs 7.56 ms, attention 295 us, memory-bound 970 us, TP all-reduce 0
> Workload: 100 requests, Poisson 2/s, prompt 1000, output 200 tokens, seed 1
> Throughput over 42.9 s: 2.33 requests/s, 2,333 input and 467 output tokens/s (467 output tokens/s per GPU) on 1 replica (1 GPU)
>   requests: 100 arrived, 100 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT      37.6 ms    42.2 ms    90.4 ms    39.8 ms
>   TPOT      9.69 ms    10.2 ms    10.4 ms     9.7 ms
>   E2E        1.97 s     2.08 s     2.11 s     1.97 s
>   batch: 4.7 running sequences on average while busy, 11 at most; KV cache 1.3% occupied on average, 3.1% at most; 0 preemptions; 4,345 iterations
>   requests in the system: 4.60 on average; Little's law: 2.42/s arrivals x 1.97 s mean E2E = 4.76
> Cost: $1.210 per million output tokens, $2.03 per hour (GPU-hours at $1.92 fixed + electricity; 1.5 kW IT, GPUs busy 98% of the time; pricing us-2025)

# The same as JSON: the replica's pp and ep, the decode iteration's EP and PP parts.
$ colossus serve --model llama3-405b --tp 8 --pp 2 --rate 1 --requests 20 --prompt 1000 --output 200 --json
! json
> {
>   "schema": "colossus.serve/1",
>   "model": "llama3-405b",
>   "cluster": "eos-11616",
>   "gpu": "h100-sxm",
>   "replica": {
>     "tp": 8,
>     "pp": 2,
>     "ep": 1,
>     "dp_attention": 1,
>     "gpus": 16,
>     "precision": "bf16",
>     "kv_precision": "bf16",
>     "block_size": 16,
>     "max_num_seqs": 256,
>     "max_num_batched_tokens": 8192,
>     "chunked_prefill": true,
>     "decode_attention": "grouped",
>     "kv_admission": "on-demand",
>     "cuda_graph_batch_sizes": [],
>     "gpu_memory_utilization": 0.9,
>     "kv_cache_free_fraction": 0.0,
>     "max_model_len": 8192,
>     "weights_bytes_per_gpu": 50735288320.0,
>     "activation_bytes_per_gpu": 1417314304.0,
>     "kv_cache_bytes_per_gpu": 25156808704.0,
>     "kv_bytes_per_token_per_gpu": 32256.0,
>     "kv_tokens": 779904
>   },
>   "decode_iteration": {
>     "context_tokens": 1024,
>     "total_s": 0.0450735290685365,
>     "gemm_s": 0.03918652346268651,
>     "attention_s": 0.0004030345074626866,
>     "memory_bound_s": 0.0015264853014925347,
>     "all_reduce_s": 0.0039362236540540566,
>     "expert_all_to_all_s": 0.0,
>     "pipeline_send_s": 2.1262142840713054e-05
>   },
>   "workload": "20 requests, Poisson 1/s, prompt 1000, output 200 tokens, seed 1",
>   "run": {
>     "replicas": 1,
>     "gpus": 16,
>     "requests": {
>       "arrived": 20,
>       "completed": 20,
>       "rejected": 0
>     },
>     "duration_s": 24.63168735518976,
>     "throughput": {
>       "requests_per_s": 0.8119622383801535,
>       "input_tokens_per_s": 811.9622383801534,
>       "output_tokens_per_s": 162.39244767603068,
>       "output_tokens_per_s_per_gpu": 10.149527979751918
>     },
>     "ttft": {
>       "p50_s": 0.25077323914932315,
>       "p90_s": 0.32048248961874215,
>       "p99_s": 0.5328651832832509,
>       "mean_s": 0.27231130711631496
>     },
>     "tpot": {
>       "p50_s": 0.05396373795298731,
>       "p90_s": 0.05746321384914242,
>       "p99_s": 0.05868511468485773,
>       "mean_s": 0.05343752775066141
>     },
>     "e2e": {
>       "p50_s": 10.977752298865015,
>       "p90_s": 11.835234877235102,
>       "p99_s": 11.945872248536993,
>       "mean_s": 10.906379329497934
>     },
>     "batch": {
>       "mean_running": 4.604772500744729,
>       "max_running": 8.0
>     },
>     "kv_cache": {
>       "mean_occupancy": 0.012482281666408572,
>       "max_occupancy": 0.02305924831774167
>     },
>     "preemptions": 0,
>     "iterations": 879,
>     "mean_in_system": 8.85556817300218,
>     "timeline": [
>       {
>         "start_s": 0.0,
>         "end_s": 0.5,
>         "mean_running": 1.0,
>         "kv_occupancy": 0.0009380147509117559
>       },
>       {
>         "start_s": 0.5,
>         "end_s": 1.0,
>         "mean_running": 1.0,
>         "kv_occupancy": 0.0013480220073771394
>       },
>       {
>         "start_s": 1.0,
>         "end_s": 1.5,
>         "mean_running": 1.0,
>         "kv_occupancy": 0.002605448875759068
>       },
>       {
>         "start_s": 1.5,
>         "end_s": 2.0,
>         "mean_running": 1.2740565802172337,
>         "kv_occupancy": 0.0032286219962623848
>       },
>       {
>         "start_s": 2.0,
>         "end_s": 2.5,
>         "mean_running": 1.5081243040026693,
>         "kv_occupancy": 0.003945985575475771
>       },
>       {
>         "start_s": 2.5,
>         "end_s": 3.0,
>         "mean_running": 1.5011043937785291,
>         "kv_occupancy": 0.003998893880220884
>       },
>       {
>         "start_s": 3.0,
>         "end_s": 3.5,
>         "mean_running": 1.7591875105870258,
>         "kv_occupancy": 0.004829010109485928
>       },
>       {
>         "start_s": 3.5,
>         "end_s": 4.0,
>         "mean_running": 3.0000000000000004,
>         "kv_occupancy": 0.00793943870014771
>       },
>       {
>         "start_s": 4.0,
>         "end_s": 4.5,
>         "mean_running": 3.0,
>         "kv_occupancy": 0.008002136410970197
>       },
>       {
>         "start_s": 4.5,
>         "end_s": 5.0,
>         "mean_running": 3.0,
>         "kv_occupancy": 0.008079629233573292
>       },
>       {
>         "start_s": 5.0,
>         "end_s": 5.5,
>         "mean_running": 3.5694583174739902,
>         "kv_occupancy": 0.009367656381042784
>       },
>       {
>         "start_s": 5.5,
>         "end_s": 6.0,
>         "mean_running": 3.5313229949683547,
>         "kv_occupancy": 0.009614825698900983
>       },
>       {
>         "start_s": 6.0,
>         "end_s": 6.5,
>         "mean_running": 4.0,
>         "kv_occupancy": 0.01089582590823852
>       },
>       {
>         "start_s": 6.5,
>         "end_s": 7.0,
>         "mean_running": 4.471848761859324,
>         "kv_occupancy": 0.012048546719850416
>       },
>       {
>         "start_s": 7.0,
>         "end_s": 7.5,
>         "mean_running": 5.000000000000001,
>         "kv_occupancy": 0.013633181918041484
>       },
>       {
>         "start_s": 7.5,
>         "end_s": 8.0,
>         "mean_running": 4.999999999999999,
>         "kv_occupancy": 0.013765101928326202
>       },
>       {
>         "start_s": 8.0,
>         "end_s": 8.5,
>         "mean_running": 5.765382473537473,
>         "kv_occupancy": 0.01595195047461572
>       },
>       {
>         "start_s": 8.5,
>         "end_s": 9.0,
>         "mean_running": 6.047924736096404,
>         "kv_occupancy": 0.01669289271259204
>       },
>       {
>         "start_s": 9.0,
>         "end_s": 9.5,
>         "mean_running": 6.595773011696101,
>         "kv_occupancy": 0.01798105453981409
>       },
>       {
>         "start_s": 9.5,
>         "end_s": 10.0,
>         "mean_running": 6.690015938283279,
>         "kv_occupancy": 0.01877779169898535
>       },
>       {
>         "start_s": 10.0,
>         "end_s": 10.5,
>         "mean_running": 7.000000000000001,
>         "kv_occupancy": 0.01956211348369534
>       },
>       {
>         "start_s": 10.5,
>         "end_s": 11.0,
>         "mean_running": 6.999999999999999,
>         "kv_occupancy": 0.019770458002095113
>       },
>       {
>         "start_s": 11.0,
>         "end_s": 11.5,
>         "mean_running": 7.000000000000002,
>         "kv_occupancy": 0.01995346681454659
>       },
>       {
>         "start_s": 11.5,
>         "end_s": 12.0,
>         "mean_running": 6.630864543456045,
>         "kv_occupancy": 0.018989624682200768
>       },
>       {
>         "start_s": 12.0,
>         "end_s": 12.5,
>         "mean_running": 6.3029578555565084,
>         "kv_occupancy": 0.01817250979403321
>       },
>       {
>         "start_s": 12.5,
>         "end_s": 13.0,
>         "mean_running": 6.733878921256437,
>         "kv_occupancy": 0.01898085851482226
>       },
>       {
>         "start_s": 13.0,
>         "end_s": 13.5,
>         "mean_running": 6.805942827254428,
>         "kv_occupancy": 0.019460552621220276
>       },
>       {
>         "start_s": 13.5,
>         "end_s": 14.0,
>         "mean_running": 7.400355995609016,
>         "kv_occupancy": 0.020552931649184352
>       },
>       {
>         "start_s": 14.0,
>         "end_s": 14.5,
>         "mean_running": 7.501053848015709,
>         "kv_occupancy": 0.02133285205489899
>       },
>       {
>         "start_s": 14.5,
>         "end_s": 15.0,
>         "mean_running": 7.595272919367354,
>         "kv_occupancy": 0.021848438913471973
>       },
>       {
>         "start_s": 15.0,
>         "end_s": 15.5,
>         "mean_running": 7.2253655273887265,
>         "kv_occupancy": 0.020564896318050804
>       },
>       {
>         "start_s": 15.5,
>         "end_s": 16.0,
>         "mean_running": 7.000000000000002,
>         "kv_occupancy": 0.019727112010277034
>       },
>       {
>         "start_s": 16.0,
>         "end_s": 16.5,
>         "mean_running": 7.000000000000003,
>         "kv_occupancy": 0.01993747261822257
>       },
>       {
>         "start_s": 16.5,
>         "end_s": 17.0,
>         "mean_running": 6.692231407266084,
>         "kv_occupancy": 0.019158037787139433
>       },
>       {
>         "start_s": 17.0,
>         "end_s": 17.5,
>         "mean_running": 6.457512061589273,
>         "kv_occupancy": 0.018613078159900084
>       },
>       {
>         "start_s": 17.5,
>         "end_s": 18.0,
>         "mean_running": 5.988466731903831,
>         "kv_occupancy": 0.017342849801621478
>       },
>       {
>         "start_s": 18.0,
>         "end_s": 18.5,
>         "mean_running": 5.057832938543416,
>         "kv_occupancy": 0.01460513450131578
>       },
>       {
>         "start_s": 18.5,
>         "end_s": 19.0,
>         "mean_running": 5.000000000000002,
>         "kv_occupancy": 0.01457361223212473
>       },
>       {
>         "start_s": 19.0,
>         "end_s": 19.5,
>         "mean_running": 4.118924137234629,
>         "kv_occupancy": 0.011974914171204144
>       },
>       {
>         "start_s": 19.5,
>         "end_s": 20.0,
>         "mean_running": 3.6449409153806105,
>         "kv_occupancy": 0.010608196793433491
>       },
>       {
>         "start_s": 20.0,
>         "end_s": 20.5,
>         "mean_running": 3.2625191110356333,
>         "kv_occupancy": 0.009528332816314758
>       },
>       {
>         "start_s": 20.5,
>         "end_s": 21.0,
>         "mean_running": 3.000000000000001,
>         "kv_occupancy": 0.00880572225659132
>       },
>       {
>         "start_s": 21.0,
>         "end_s": 21.5,
>         "mean_running": 3.0000000000000013,
>         "kv_occupancy": 0.008881617195140036
>       },
>       {
>         "start_s": 21.5,
>         "end_s": 22.0,
>         "mean_running": 3.0000000000000004,
>         "kv_occupancy": 0.008974112919000186
>       },
>       {
>         "start_s": 22.0,
>         "end_s": 22.5,
>         "mean_running": 3.000000000000001,
>         "kv_occupancy": 0.00905887384225855
>       },
>       {
>         "start_s": 22.5,
>         "end_s": 23.0,
>         "mean_running": 2.751682366437841,
>         "kv_occupancy": 0.008364593796099055
>       },
>       {
>         "start_s": 23.0,
>         "end_s": 23.5,
>         "mean_running": 1.9074520989470434,
>         "kv_occupancy": 0.005689351374144471
>       },
>       {
>         "start_s": 23.5,
>         "end_s": 24.0,
>         "mean_running": 2.0,
>         "kv_occupancy": 0.0030493773724337993
>       },
>       {
>         "start_s": 24.0,
>         "end_s": 24.5,
>         "mean_running": 1.8125977757538556,
>         "kv_occupancy": 0.0027889552187251626
>       },
>       {
>         "start_s": 24.5,
>         "end_s": 25.0,
>         "mean_running": 1.0,
>         "kv_occupancy": 0.00040524173802856196
>       },
>       {
>         "start_s": 25.0,
>         "end_s": 25.5,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 25.5,
>         "end_s": 26.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 26.0,
>         "end_s": 26.5,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 26.5,
>         "end_s": 27.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 27.0,
>         "end_s": 27.5,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 27.5,
>         "end_s": 28.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 28.0,
>         "end_s": 28.5,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 28.5,
>         "end_s": 29.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 29.0,
>         "end_s": 29.5,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 29.5,
>         "end_s": 30.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 30.0,
>         "end_s": 30.5,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 30.5,
>         "end_s": 31.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 31.0,
>         "end_s": 31.5,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 31.5,
>         "end_s": 32.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       }
>     ]
>   }
> }
