# Four requests of known arrival times and lengths on one H100 (Llama 3 8B, TP1): requests 0 and 1
# arrive together and share their prefill iteration; request 2 arrives 10 ms later, during it, and
# waits for the next; request 3 arrives alone after the others are done (its TTFT is one prefill
# of 64 tokens; its TPOT one decode step). tests/unit/serve derives such timelines by hand.
$ colossus serve --model llama3-8b --tp 1 --trace tests/scenarios/serve/few.csv --per-request
> Serving llama3-8b on eos-11616 (h100-sxm): replicas of TP1 (1 GPU each), bf16 weights, bf16 KV cache
>   memory per GPU: weights 15.0 GiB, activations 1.0 GiB, KV cache 56.0 GiB (90% of 80.0 GiB usable)
>   KV cache: 458,864 tokens per replica (28,679 blocks of 16), 128 KiB per token per GPU; max model length 8,192
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 6.53 ms = GEMMs 5.99 ms, attention 146 us, memory-bound 392 us, TP all-reduce 0
> Workload: trace tests/scenarios/serve/few.csv
> Throughput over 604 ms: 6.62 requests/s, 4,557 input and 50 output tokens/s (50 output tokens/s per GPU) on 1 replica (1 GPU)
>   requests: 4 arrived, 4 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT      18.4 ms    66.4 ms    66.4 ms    27.5 ms
>   TPOT      6.62 ms    23.7 ms    23.7 ms    12.7 ms
>   E2E       89.5 ms     115 ms     115 ms    95.5 ms
>   batch: 1.7 running sequences on average while busy, 3 at most; KV cache 0.1% occupied on average, 0.6% at most; 0 preemptions; 24 iterations
>   requests in the system: 0.63 on average; Little's law: 6/s arrivals x 95.5 ms mean E2E = 0.57
>
>       id    arrival  prompt  output  replica       TTFT       TPOT        E2E  preempt
>        0          0     512       4        0    18.4 ms    23.7 ms    89.5 ms        0
>        1          0     128       8        0    18.4 ms    13.9 ms     115 ms        0
>        2      10 ms    2048       2        0    66.4 ms    6.62 ms      73 ms        0
>        3     500 ms      64      16        0     6.7 ms    6.48 ms     104 ms        0

# The same as JSON.
$ colossus serve --model llama3-8b --tp 1 --trace tests/scenarios/serve/few.csv --per-request --json
! json
> {
>   "schema": "colossus.serve/1",
>   "model": "llama3-8b",
>   "cluster": "eos-11616",
>   "gpu": "h100-sxm",
>   "replica": {
>     "tp": 1,
>     "pp": 1,
>     "ep": 1,
>     "dp_attention": 1,
>     "gpus": 1,
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
>     "weights_bytes_per_gpu": 16060522496.0,
>     "activation_bytes_per_gpu": 1104412672.0,
>     "kv_cache_bytes_per_gpu": 60144476160.0,
>     "kv_bytes_per_token_per_gpu": 131072.0,
>     "kv_tokens": 458864
>   },
>   "decode_iteration": {
>     "context_tokens": 1024,
>     "total_s": 0.006527387200000002,
>     "gemm_s": 0.005989252991044779,
>     "attention_s": 0.00014627687164179106,
>     "memory_bound_s": 0.0003918573373134325,
>     "all_reduce_s": 0.0,
>     "expert_all_to_all_s": 0.0,
>     "pipeline_send_s": 0.0
>   },
>   "workload": "trace tests/scenarios/serve/few.csv",
>   "run": {
>     "replicas": 1,
>     "gpus": 1,
>     "requests": {
>       "arrived": 4,
>       "completed": 4,
>       "rejected": 0
>     },
>     "duration_s": 0.6039148822925374,
>     "throughput": {
>       "requests_per_s": 6.62344995509217,
>       "input_tokens_per_s": 4556.933569103413,
>       "output_tokens_per_s": 49.67587466319127,
>       "output_tokens_per_s_per_gpu": 49.67587466319127
>     },
>     "ttft": {
>       "p50_s": 0.018398736922475213,
>       "p90_s": 0.06637680465721767,
>       "p99_s": 0.06637680465721767,
>       "mean_s": 0.027469187840467396
>     },
>     "tpot": {
>       "p50_s": 0.006616642937313427,
>       "p90_s": 0.023702475147401713,
>       "p99_s": 0.023702475147401713,
>       "mean_s": 0.012665799411492084
>     },
>     "e2e": {
>       "p50_s": 0.08950616236468034,
>       "p90_s": 0.1154415027825908,
>       "p99_s": 0.1154415027825908,
>       "mean_s": 0.09546399875858491
>     },
>     "batch": {
>       "mean_running": 1.7025137334568932,
>       "max_running": 3.0
>     },
>     "kv_cache": {
>       "mean_occupancy": 0.000735781186630546,
>       "max_occupancy": 0.005962550995501935
>     },
>     "preemptions": 0,
>     "iterations": 24,
>     "mean_in_system": 0.6323010182904681,
>     "timeline": [
>       {
>         "start_s": 0.0,
>         "end_s": 0.015625,
>         "mean_running": 2.0,
>         "kv_occupancy": 0.0013947487708776457
>       },
>       {
>         "start_s": 0.015625,
>         "end_s": 0.03125,
>         "mean_running": 2.8224808369615864,
>         "kv_occupancy": 0.005122999714251062
>       },
>       {
>         "start_s": 0.03125,
>         "end_s": 0.046875,
>         "mean_running": 3.0,
>         "kv_occupancy": 0.005927682276229994
>       },
>       {
>         "start_s": 0.046875,
>         "end_s": 0.0625,
>         "mean_running": 3.0,
>         "kv_occupancy": 0.005927682276229994
>       },
>       {
>         "start_s": 0.0625,
>         "end_s": 0.078125,
>         "mean_running": 3.0,
>         "kv_occupancy": 0.005931583545518953
>       },
>       {
>         "start_s": 0.078125,
>         "end_s": 0.09375,
>         "mean_running": 2.0399750373895316,
>         "kv_occupancy": 0.0025534683306479844
>       },
>       {
>         "start_s": 0.09375,
>         "end_s": 0.109375,
>         "mean_running": 1.0,
>         "kv_occupancy": 0.0003138184734474703
>       },
>       {
>         "start_s": 0.109375,
>         "end_s": 0.125,
>         "mean_running": 1.0,
>         "kv_occupancy": 0.00012184196111343842
>       },
>       {
>         "start_s": 0.125,
>         "end_s": 0.140625,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.140625,
>         "end_s": 0.15625,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.15625,
>         "end_s": 0.171875,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.171875,
>         "end_s": 0.1875,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.1875,
>         "end_s": 0.203125,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.203125,
>         "end_s": 0.21875,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.21875,
>         "end_s": 0.234375,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.234375,
>         "end_s": 0.25,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.25,
>         "end_s": 0.265625,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.265625,
>         "end_s": 0.28125,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.28125,
>         "end_s": 0.296875,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.296875,
>         "end_s": 0.3125,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.3125,
>         "end_s": 0.328125,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.328125,
>         "end_s": 0.34375,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.34375,
>         "end_s": 0.359375,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.359375,
>         "end_s": 0.375,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.375,
>         "end_s": 0.390625,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.390625,
>         "end_s": 0.40625,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.40625,
>         "end_s": 0.421875,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.421875,
>         "end_s": 0.4375,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.4375,
>         "end_s": 0.453125,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.453125,
>         "end_s": 0.46875,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.46875,
>         "end_s": 0.484375,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.484375,
>         "end_s": 0.5,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.5,
>         "end_s": 0.515625,
>         "mean_running": 1.0,
>         "kv_occupancy": 0.0001593863711070506
>       },
>       {
>         "start_s": 0.515625,
>         "end_s": 0.53125,
>         "mean_running": 1.0,
>         "kv_occupancy": 0.0001743435963597057
>       },
>       {
>         "start_s": 0.53125,
>         "end_s": 0.546875,
>         "mean_running": 1.0,
>         "kv_occupancy": 0.0001743435963597057
>       },
>       {
>         "start_s": 0.546875,
>         "end_s": 0.5625,
>         "mean_running": 1.0,
>         "kv_occupancy": 0.0001743435963597057
>       },
>       {
>         "start_s": 0.5625,
>         "end_s": 0.578125,
>         "mean_running": 1.0,
>         "kv_occupancy": 0.0001743435963597057
>       },
>       {
>         "start_s": 0.578125,
>         "end_s": 0.59375,
>         "mean_running": 1.0,
>         "kv_occupancy": 0.0001743435963597057
>       },
>       {
>         "start_s": 0.59375,
>         "end_s": 0.609375,
>         "mean_running": 1.0,
>         "kv_occupancy": 0.00011341965666906014
>       },
>       {
>         "start_s": 0.609375,
>         "end_s": 0.625,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.625,
>         "end_s": 0.640625,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.640625,
>         "end_s": 0.65625,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.65625,
>         "end_s": 0.671875,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.671875,
>         "end_s": 0.6875,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.6875,
>         "end_s": 0.703125,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.703125,
>         "end_s": 0.71875,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.71875,
>         "end_s": 0.734375,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.734375,
>         "end_s": 0.75,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.75,
>         "end_s": 0.765625,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.765625,
>         "end_s": 0.78125,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.78125,
>         "end_s": 0.796875,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.796875,
>         "end_s": 0.8125,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.8125,
>         "end_s": 0.828125,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.828125,
>         "end_s": 0.84375,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.84375,
>         "end_s": 0.859375,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.859375,
>         "end_s": 0.875,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.875,
>         "end_s": 0.890625,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.890625,
>         "end_s": 0.90625,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.90625,
>         "end_s": 0.921875,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.921875,
>         "end_s": 0.9375,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.9375,
>         "end_s": 0.953125,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.953125,
>         "end_s": 0.96875,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.96875,
>         "end_s": 0.984375,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 0.984375,
>         "end_s": 1.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       }
>     ],
>     "per_request": [
>       {
>         "id": 0,
>         "arrival_s": 0.0,
>         "prompt_tokens": 512,
>         "output_tokens": 4,
>         "replica": 0,
>         "rejected": false,
>         "ttft_s": 0.018398736922475213,
>         "tpot_s": 0.023702475147401713,
>         "e2e_s": 0.08950616236468034,
>         "preemptions": 0
>       },
>       {
>         "id": 1,
>         "arrival_s": 0.0,
>         "prompt_tokens": 128,
>         "output_tokens": 8,
>         "replica": 0,
>         "rejected": false,
>         "ttft_s": 0.018398736922475213,
>         "tpot_s": 0.0138632522657308,
>         "e2e_s": 0.1154415027825908,
>         "preemptions": 0
>       },
>       {
>         "id": 2,
>         "arrival_s": 0.01,
>         "prompt_tokens": 2048,
>         "output_tokens": 2,
>         "replica": 0,
>         "rejected": false,
>         "ttft_s": 0.06637680465721767,
>         "tpot_s": 0.006616642937313427,
>         "e2e_s": 0.0729934475945311,
>         "preemptions": 0
>       },
>       {
>         "id": 3,
>         "arrival_s": 0.5,
>         "prompt_tokens": 64,
>         "output_tokens": 16,
>         "replica": 0,
>         "rejected": false,
>         "ttft_s": 0.0067024728597014915,
>         "tpot_s": 0.006480827295522395,
>         "e2e_s": 0.10391488229253742,
>         "preemptions": 0
>       }
>     ]
>   }
> }

# Poisson arrivals to Llama 3 70B in FP8 on one 8xH100 server, with an SLO: the goodput is the
# rate of requests meeting both bounds.
$ colossus serve --precision fp8 --rate 10 --requests 2000 --slo-ttft 2s --slo-tpot 50ms
> Serving llama3-70b on eos-11616 (h100-sxm): replicas of TP8 (8 GPUs each), fp8 weights, bf16 KV cache
>   memory per GPU: weights 8.5 GiB, activations 0.7 GiB, KV cache 62.9 GiB (90% of 80.0 GiB usable)
>   KV cache: 1,647,840 tokens per replica (102,990 blocks of 16), 40 KiB per token per GPU; max model length 8,192
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 7.93 ms = GEMMs 4.26 ms, attention 256 us, memory-bound 969 us, TP all-reduce 2.45 ms
> Workload: 2,000 requests, Poisson 10/s, prompt lognormal mean 1000 cv 0.5, output lognormal mean 200 cv 0.5 tokens, seed 1
> Throughput over 203 s: 9.87 requests/s, 10,106 input and 1,968 output tokens/s (246 output tokens/s per GPU) on 1 replica (8 GPUs)
>   requests: 2,000 arrived, 2,000 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT      44.2 ms    87.2 ms     144 ms    51.9 ms
>   TPOT      13.2 ms    15.4 ms    17.2 ms    13.3 ms
>   E2E         2.4 s     4.47 s     6.98 s     2.68 s
>   batch: 26.4 running sequences on average while busy, 50 at most; KV cache 1.9% occupied on average, 3.8% at most; 0 preemptions; 15,638 iterations
>   requests in the system: 26.46 on average; Little's law: 9.98/s arrivals x 2.68 s mean E2E = 26.75
>   SLO (TTFT <= 2 s, TPOT <= 50 ms): 100.0% of requests met it; goodput 9.87 requests/s

# Offline (MLPerf-style: every request at time 0) with 64 sequences at most: batches of 64.
$ colossus serve --precision fp8 --offline --requests 1000 --max-num-seqs 64 --json
! json
> {
>   "schema": "colossus.serve/1",
>   "model": "llama3-70b",
>   "cluster": "eos-11616",
>   "gpu": "h100-sxm",
>   "replica": {
>     "tp": 8,
>     "pp": 1,
>     "ep": 1,
>     "dp_attention": 1,
>     "gpus": 8,
>     "precision": "fp8",
>     "kv_precision": "bf16",
>     "block_size": 16,
>     "max_num_seqs": 64,
>     "max_num_batched_tokens": 8192,
>     "chunked_prefill": true,
>     "decode_attention": "grouped",
>     "kv_admission": "on-demand",
>     "cuda_graph_batch_sizes": [],
>     "gpu_memory_utilization": 0.9,
>     "kv_cache_free_fraction": 0.0,
>     "max_model_len": 8192,
>     "weights_bytes_per_gpu": 9084340224.0,
>     "activation_bytes_per_gpu": 717135872.0,
>     "kv_cache_bytes_per_gpu": 67507935232.0,
>     "kv_bytes_per_token_per_gpu": 40960.0,
>     "kv_tokens": 1648128
>   },
>   "decode_iteration": {
>     "context_tokens": 1024,
>     "total_s": 0.007930576828721258,
>     "gemm_s": 0.004256443558208958,
>     "attention_s": 0.00025577265671641793,
>     "memory_bound_s": 0.0009687658029850754,
>     "all_reduce_s": 0.0024495948108108076,
>     "expert_all_to_all_s": 0.0,
>     "pipeline_send_s": 0.0
>   },
>   "workload": "1,000 requests at once (offline), prompt lognormal mean 1000 cv 0.5, output lognormal mean 200 cv 0.5 tokens, seed 1",
>   "run": {
>     "replicas": 1,
>     "gpus": 8,
>     "requests": {
>       "arrived": 1000,
>       "completed": 1000,
>       "rejected": 0
>     },
>     "duration_s": 64.33664408244196,
>     "throughput": {
>       "requests_per_s": 15.543241557930573,
>       "input_tokens_per_s": 15963.903847454405,
>       "output_tokens_per_s": 3104.6381552641683,
>       "output_tokens_per_s_per_gpu": 388.07976940802104
>     },
>     "ttft": {
>       "p50_s": 29.01252187846757,
>       "p90_s": 53.54674154243588,
>       "p99_s": 58.9168806086083,
>       "mean_s": 29.14263834994791
>     },
>     "tpot": {
>       "p50_s": 0.019390822651950124,
>       "p90_s": 0.02064197168709034,
>       "p99_s": 0.02310692224974796,
>       "mean_s": 0.019207244194322796
>     },
>     "e2e": {
>       "p50_s": 32.85361409267495,
>       "p90_s": 57.4011767595563,
>       "p99_s": 61.83631289806373,
>       "mean_s": 32.93935851745962
>     },
>     "batch": {
>       "mean_running": 59.917191965609085,
>       "max_running": 64.0
>     },
>     "kv_cache": {
>       "mean_occupancy": 0.04183330588108254,
>       "max_occupancy": 0.04849137931034483
>     },
>     "preemptions": 0,
>     "iterations": 3524,
>     "mean_in_system": 511.9844062001531,
>     "timeline": [
>       {
>         "start_s": 0.0,
>         "end_s": 2.0,
>         "mean_running": 41.25121929943928,
>         "kv_occupancy": 0.02348319649921106
>       },
>       {
>         "start_s": 2.0,
>         "end_s": 4.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04186599601799256
>       },
>       {
>         "start_s": 4.0,
>         "end_s": 6.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04431986136244825
>       },
>       {
>         "start_s": 6.0,
>         "end_s": 8.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04513632824062923
>       },
>       {
>         "start_s": 8.0,
>         "end_s": 10.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04518150533007103
>       },
>       {
>         "start_s": 10.0,
>         "end_s": 12.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.046173110247352524
>       },
>       {
>         "start_s": 12.0,
>         "end_s": 14.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04521195228606187
>       },
>       {
>         "start_s": 14.0,
>         "end_s": 16.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.047211324912720946
>       },
>       {
>         "start_s": 16.0,
>         "end_s": 18.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.046664093844000526
>       },
>       {
>         "start_s": 18.0,
>         "end_s": 20.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.042387352948392305
>       },
>       {
>         "start_s": 20.0,
>         "end_s": 22.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04104935593690788
>       },
>       {
>         "start_s": 22.0,
>         "end_s": 24.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04011415791562154
>       },
>       {
>         "start_s": 24.0,
>         "end_s": 26.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.043486590434490255
>       },
>       {
>         "start_s": 26.0,
>         "end_s": 28.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.044969002491569925
>       },
>       {
>         "start_s": 28.0,
>         "end_s": 30.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04488134153469588
>       },
>       {
>         "start_s": 30.0,
>         "end_s": 32.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04606429114471382
>       },
>       {
>         "start_s": 32.0,
>         "end_s": 34.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.046575321226327945
>       },
>       {
>         "start_s": 34.0,
>         "end_s": 36.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04319824206570095
>       },
>       {
>         "start_s": 36.0,
>         "end_s": 38.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.043556844420463744
>       },
>       {
>         "start_s": 38.0,
>         "end_s": 40.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04420961537118426
>       },
>       {
>         "start_s": 40.0,
>         "end_s": 42.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04267610459367919
>       },
>       {
>         "start_s": 42.0,
>         "end_s": 44.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.043085760442080234
>       },
>       {
>         "start_s": 44.0,
>         "end_s": 46.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.044837224149204956
>       },
>       {
>         "start_s": 46.0,
>         "end_s": 48.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04573516540047935
>       },
>       {
>         "start_s": 48.0,
>         "end_s": 50.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04630501432197276
>       },
>       {
>         "start_s": 50.0,
>         "end_s": 52.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.046119996696841664
>       },
>       {
>         "start_s": 52.0,
>         "end_s": 54.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04703121250485741
>       },
>       {
>         "start_s": 54.0,
>         "end_s": 56.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.04696052796147487
>       },
>       {
>         "start_s": 56.0,
>         "end_s": 58.0,
>         "mean_running": 64.0,
>         "kv_occupancy": 0.047143602907660856
>       },
>       {
>         "start_s": 58.0,
>         "end_s": 60.0,
>         "mean_running": 62.61046056017115,
>         "kv_occupancy": 0.04578838338357117
>       },
>       {
>         "start_s": 60.0,
>         "end_s": 62.0,
>         "mean_running": 28.454941250187602,
>         "kv_occupancy": 0.021624225160732157
>       },
>       {
>         "start_s": 62.0,
>         "end_s": 64.0,
>         "mean_running": 2.950583804355322,
>         "kv_occupancy": 0.0025058113378659225
>       },
>       {
>         "start_s": 64.0,
>         "end_s": 66.0,
>         "mean_running": 1.0,
>         "kv_occupancy": 0.00015474254058905372
>       },
>       {
>         "start_s": 66.0,
>         "end_s": 68.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 68.0,
>         "end_s": 70.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 70.0,
>         "end_s": 72.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 72.0,
>         "end_s": 74.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 74.0,
>         "end_s": 76.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 76.0,
>         "end_s": 78.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 78.0,
>         "end_s": 80.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 80.0,
>         "end_s": 82.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 82.0,
>         "end_s": 84.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 84.0,
>         "end_s": 86.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 86.0,
>         "end_s": 88.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 88.0,
>         "end_s": 90.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 90.0,
>         "end_s": 92.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 92.0,
>         "end_s": 94.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 94.0,
>         "end_s": 96.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 96.0,
>         "end_s": 98.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 98.0,
>         "end_s": 100.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 100.0,
>         "end_s": 102.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 102.0,
>         "end_s": 104.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 104.0,
>         "end_s": 106.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 106.0,
>         "end_s": 108.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 108.0,
>         "end_s": 110.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 110.0,
>         "end_s": 112.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 112.0,
>         "end_s": 114.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 114.0,
>         "end_s": 116.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 116.0,
>         "end_s": 118.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 118.0,
>         "end_s": 120.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 120.0,
>         "end_s": 122.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 122.0,
>         "end_s": 124.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 124.0,
>         "end_s": 126.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       },
>       {
>         "start_s": 126.0,
>         "end_s": 128.0,
>         "mean_running": 0.0,
>         "kv_occupancy": 0.0
>       }
>     ]
>   }
> }

# Two replicas behind a least-loaded router, bursty (gamma) arrivals.
$ colossus serve --precision fp8 --gpus 16 --rate 20 --burstiness 3 --router least-loaded --requests 2000
> Serving llama3-70b on eos-11616 (h100-sxm): replicas of TP8 (8 GPUs each), fp8 weights, bf16 KV cache
>   memory per GPU: weights 8.5 GiB, activations 0.7 GiB, KV cache 62.9 GiB (90% of 80.0 GiB usable)
>   KV cache: 1,647,840 tokens per replica (102,990 blocks of 16), 40 KiB per token per GPU; max model length 8,192
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 7.93 ms = GEMMs 4.26 ms, attention 256 us, memory-bound 969 us, TP all-reduce 2.45 ms
> Workload: 2,000 requests, gamma 20/s, gap CV 3, prompt lognormal mean 1000 cv 0.5, output lognormal mean 200 cv 0.5 tokens, seed 1
> Throughput over 102 s: 19.5 requests/s, 19,991 input and 3,892 output tokens/s (243 output tokens/s per GPU) on 2 replicas (16 GPUs)
>   requests: 2,000 arrived, 2,000 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT       107 ms     246 ms     406 ms     126 ms
>   TPOT      13.5 ms    17.7 ms    23.7 ms      14 ms
>   E2E        2.57 s     4.75 s     7.51 s     2.89 s
>   batch: 28.0 running sequences on average while busy, 86 at most; KV cache 2.0% occupied on average, 6.2% at most; 0 preemptions; 15,685 iterations
>   requests in the system: 56.36 on average; Little's law: 20.2/s arrivals x 2.89 s mean E2E = 58.41

# Disaggregated prefill and decode (one replica each, DistServe-style): the same load as the
# Poisson record above at 15/s; decode iterations carry no prefill chunks, so TPOT falls; each
# prompt's KV cache (40 KiB per token per GPU) crosses the fabric between two DGX H100s.
$ colossus serve --precision fp8 --disaggregate 1:1 --rate 15 --requests 2000 --slo-ttft 2s --slo-tpot 50ms
> Serving llama3-70b on eos-11616 (h100-sxm): replicas of TP8 (8 GPUs each), fp8 weights, bf16 KV cache
>   memory per GPU: weights 8.5 GiB, activations 0.7 GiB, KV cache 62.9 GiB (90% of 80.0 GiB usable)
>   KV cache: 1,647,840 tokens per replica (102,990 blocks of 16), 40 KiB per token per GPU; max model length 8,192
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 7.93 ms = GEMMs 4.26 ms, attention 256 us, memory-bound 969 us, TP all-reduce 2.45 ms
> Workload: 2,000 requests, Poisson 15/s, prompt lognormal mean 1000 cv 0.5, output lognormal mean 200 cv 0.5 tokens, seed 1; disaggregated: 1 prefill + 1 decode replicas
> Throughput over 136 s: 14.7 requests/s, 15,064 input and 2,933 output tokens/s (183 output tokens/s per GPU) on 2 replicas (16 GPUs)
>   requests: 2,000 arrived, 2,000 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT        44 ms     104 ms     179 ms    54.8 ms
>   TPOT      10.1 ms    10.4 ms    10.7 ms      10 ms
>   E2E        1.84 s     3.35 s     5.14 s     2.05 s
>   batch: 20.0 running sequences on average while busy, 51 at most; KV cache 1.1% occupied on average, 3.9% at most; 0 preemptions; 15,451 iterations
>   disaggregated: 1 prefill and 1 decode replicas; 2,000 KV transfers over the fabric, 915 us each on average
>   requests in the system: 30.11 on average; Little's law: 15/s arrivals x 2.05 s mean E2E = 30.63
>   SLO (TTFT <= 2 s, TPOT <= 50 ms): 100.0% of requests met it; goodput 14.7 requests/s

# The same two replicas serving both phases, for comparison.
$ colossus serve --precision fp8 --replicas 2 --router least-loaded --rate 15 --requests 2000 --slo-ttft 2s --slo-tpot 50ms
> Serving llama3-70b on eos-11616 (h100-sxm): replicas of TP8 (8 GPUs each), fp8 weights, bf16 KV cache
>   memory per GPU: weights 8.5 GiB, activations 0.7 GiB, KV cache 62.9 GiB (90% of 80.0 GiB usable)
>   KV cache: 1,647,840 tokens per replica (102,990 blocks of 16), 40 KiB per token per GPU; max model length 8,192
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 7.93 ms = GEMMs 4.26 ms, attention 256 us, memory-bound 969 us, TP all-reduce 2.45 ms
> Workload: 2,000 requests, Poisson 15/s, prompt lognormal mean 1000 cv 0.5, output lognormal mean 200 cv 0.5 tokens, seed 1
> Throughput over 136 s: 14.7 requests/s, 15,061 input and 2,933 output tokens/s (183 output tokens/s per GPU) on 2 replicas (16 GPUs)
>   requests: 2,000 arrived, 2,000 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT      39.6 ms    70.1 ms     122 ms    44.8 ms
>   TPOT      11.2 ms    12.5 ms    13.6 ms    11.3 ms
>   E2E        2.04 s     3.75 s     5.91 s     2.28 s
>   batch: 16.7 running sequences on average while busy, 29 at most; KV cache 1.2% occupied on average, 2.4% at most; 0 preemptions; 24,314 iterations
>   requests in the system: 33.55 on average; Little's law: 15/s arrivals x 2.28 s mean E2E = 34.13
>   SLO (TTFT <= 2 s, TPOT <= 50 ms): 100.0% of requests met it; goodput 14.7 requests/s

# On a cluster with a site (colossus-200k: pricing us-2025), the run's cost to its owner: the
# GPU-hours at the fixed rate plus the electricity, per hour and per million output tokens.
$ colossus serve --cluster colossus-200k --gpu h200-sxm --model llama2-70b --tp 1 --precision fp8 --kv-precision fp8 --offline --requests 200 --prompt 400 --output 100
> Serving llama2-70b on colossus-200k (h200-sxm): replicas of TP1 (1 GPU each), fp8 weights, fp8 KV cache
>   memory per GPU: weights 64.7 GiB, activations 1.8 GiB, KV cache 59.8 GiB (90% of 140.4 GiB usable)
>   KV cache: 391,824 tokens per replica (24,489 blocks of 16), 160 KiB per token per GPU; max model length 4,096
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 20.2 ms = GEMMs 18.9 ms, attention 284 us, memory-bound 972 us, TP all-reduce 0
> Workload: 200 requests at once (offline), prompt 400, output 100 tokens, seed 1
> Throughput over 12.5 s: 16 requests/s, 6,403 input and 1,601 output tokens/s (1,601 output tokens/s per GPU) on 1 replica (1 GPU)
>   requests: 200 arrived, 200 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT       4.87 s     8.76 s     9.61 s     5.29 s
>   TPOT      75.9 ms     105 ms     114 ms    71.7 ms
>   E2E        12.4 s     12.5 s     12.5 s     12.4 s
>   batch: 129.8 running sequences on average while busy, 200 at most; KV cache 14.2% occupied on average, 25.6% at most; 0 preemptions; 109 iterations
> Cost: $0.261 per million output tokens, $1.50 per hour (GPU-hours at $1.43 fixed + electricity; 1.0 kW IT, GPUs busy 100% of the time; pricing us-2025)
