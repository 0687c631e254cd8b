# TensorRT-LLM's engine behaviours (issue 20): guaranteed-no-evict admission (its default capacity
# scheduler) and CUDA-graph padding of decode-only batches (trtllm-bench's llm_options), against
# the vLLM-style default on the same replica: Llama 3 70B FP8 on two H100s, 128/2048 tokens.

# On demand (vLLM): every request starts while blocks are free, the cache overflows as they grow
# and the newest are preempted by recompute.
$ colossus serve --model llama3-70b --tp 2 --precision fp8 --kv-precision fp8 --offline --requests 400 --prompt 128 --output 2048 --max-num-seqs 384 --max-num-batched-tokens 2048 --max-model-len 2176 --kv-cache-free-fraction 0.95
> Serving llama3-70b on eos-11616 (h100-sxm): replicas of TP2 (2 GPUs each), fp8 weights, fp8 KV cache
>   memory per GPU: weights 33.8 GiB, activations 0.4 GiB, KV cache 43.5 GiB (95% of the memory they leave of 80.0 GiB)
>   KV cache: 570,096 tokens per replica (35,631 blocks of 16), 80 KiB per token per GPU; max model length 2,176
>   engine: max_num_seqs 384, max_num_batched_tokens 2048, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 16.7 ms = GEMMs 14.1 ms, attention 272 us, memory-bound 971 us, TP all-reduce 1.28 ms
> Workload: 400 requests at once (offline), prompt 128, output 2048 tokens, seed 1
> Throughput over 147 s: 2.73 requests/s, 349 input and 5,591 output tokens/s (2,796 output tokens/s per GPU) on 1 replica (2 GPUs)
>   requests: 400 arrived, 400 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT       2.04 s     3.66 s      106 s     6.12 s
>   TPOT      43.7 ms    56.1 ms    57.8 ms      46 ms
>   E2E        91.5 s      120 s      146 s      100 s
>   batch: 235.9 running sequences on average while busy, 384 at most; KV cache 49.0% occupied on average, 100.0% at most; 125 preemptions; 4,206 iterations

# Guaranteed no evict, unchunked, with the Performance Overview's CUDA-graph sizes: a request starts
# only when its whole 2,176 tokens are reserved (261 of them fit), none is preempted, and decode
# batches of 257 to 384 run the 384 graph. The unchunked budget need only hold a prompt.
$ colossus serve --model llama3-70b --tp 2 --precision fp8 --kv-precision fp8 --offline --requests 400 --prompt 128 --output 2048 --max-num-seqs 384 --max-num-batched-tokens 2048 --max-model-len 2176 --kv-cache-free-fraction 0.95 --kv-admission guaranteed-no-evict --no-chunked-prefill --cuda-graph-batch-sizes 1,2,4,8,16,32,64,128,256,384,512,1024,2048,4096,8192
> Serving llama3-70b on eos-11616 (h100-sxm): replicas of TP2 (2 GPUs each), fp8 weights, fp8 KV cache
>   memory per GPU: weights 33.8 GiB, activations 0.4 GiB, KV cache 43.5 GiB (95% of the memory they leave of 80.0 GiB)
>   KV cache: 570,096 tokens per replica (35,631 blocks of 16), 80 KiB per token per GPU; max model length 2,176
>   engine: max_num_seqs 384, max_num_batched_tokens 2048, chunked prefill off, guaranteed-no-evict admission (whole prompt + output reserved), decode-only batches padded to CUDA graphs of 1 to 384 (10 sizes)
>   one decode iteration (1 sequence, 1,024 tokens of context): 16.7 ms = GEMMs 14.1 ms, attention 272 us, memory-bound 971 us, TP all-reduce 1.28 ms
> Workload: 400 requests at once (offline), prompt 128, output 2048 tokens, seed 1
> Throughput over 143 s: 2.79 requests/s, 357 input and 5,709 output tokens/s (2,855 output tokens/s per GPU) on 1 replica (2 GPUs)
>   requests: 400 arrived, 400 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT       1.98 s     86.8 s     87.1 s     30.9 s
>   TPOT      41.6 ms    41.8 ms    41.8 ms    36.9 ms
>   E2E        87.1 s      143 s      143 s      106 s
>   batch: 210.8 running sequences on average while busy, 261 at most; KV cache 80.5% occupied on average, 99.6% at most; 0 preemptions; 4,105 iterations

# On demand, the same unchunked budget is refused: a preempted sequence re-prefills its prompt and
# output so far in one iteration.
$ colossus serve --model llama3-70b --tp 2 --precision fp8 --offline --max-num-batched-tokens 2048 --max-model-len 2176 --no-chunked-prefill
! exit 2
2> <command line>: --max-num-batched-tokens: without chunked prefill a whole prompt must fit one iteration: 2048 < max model length 2176

# Bad values: an admission policy that does not exist, a CUDA-graph size that is not a positive
# whole count.
$ colossus serve --tp 2 --precision fp8 --offline --kv-admission max-utilization
! exit 2
2> <command line>: --kv-admission: expected one of on-demand, guaranteed-no-evict, got 'max-utilization'

$ colossus serve --tp 2 --precision fp8 --offline --cuda-graph-batch-sizes 1,2,x
! exit 2
2> <command line>: --cuda-graph-batch-sizes: 'x' is not a list of positive counts (1,2,4,...)

$ colossus serve --tp 2 --precision fp8 --offline --cuda-graph-batch-sizes 0,4
! exit 2
2> <command line>: --cuda-graph-batch-sizes: '0' is not a list of positive counts (1,2,4,...)

$ colossus serve --tp 2 --precision fp8 --offline --cuda-graph-batch-sizes 1,2.5
! exit 2
2> <command line>: --cuda-graph-batch-sizes: '2.5' is not a whole batch size

# The same settings from a scenario file (trtllm.yaml): the second run's figures.
$ colossus serve tests/scenarios/serve/trtllm.yaml
> Serving llama3-70b on eos-11616 (h100-sxm): replicas of TP2 (2 GPUs each), fp8 weights, fp8 KV cache
>   memory per GPU: weights 33.8 GiB, activations 0.4 GiB, KV cache 43.5 GiB (95% of the memory they leave of 80.0 GiB)
>   KV cache: 570,096 tokens per replica (35,631 blocks of 16), 80 KiB per token per GPU; max model length 2,176
>   engine: max_num_seqs 384, max_num_batched_tokens 2048, chunked prefill off, guaranteed-no-evict admission (whole prompt + output reserved), decode-only batches padded to CUDA graphs of 1 to 384 (10 sizes)
>   one decode iteration (1 sequence, 1,024 tokens of context): 16.7 ms = GEMMs 14.1 ms, attention 272 us, memory-bound 971 us, TP all-reduce 1.28 ms
> Workload: 400 requests at once (offline), prompt 128, output 2048 tokens, seed 1
> Throughput over 143 s: 2.79 requests/s, 357 input and 5,709 output tokens/s (2,855 output tokens/s per GPU) on 1 replica (2 GPUs)
>   requests: 400 arrived, 400 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT       1.98 s     86.8 s     87.1 s     30.9 s
>   TPOT      41.6 ms    41.8 ms    41.8 ms    36.9 ms
>   E2E        87.1 s      143 s      143 s      106 s
>   batch: 210.8 running sequences on average while busy, 261 at most; KV cache 80.5% occupied on average, 99.6% at most; 0 preemptions; 4,105 iterations

# A policy the file names that the replica does not model: blamed on its line.
$ colossus serve tests/scenarios/serve/bad/admission.yaml
! exit 2
2> tests/scenarios/serve/bad/admission.yaml:5: kv_admission: expected one of on-demand, guaranteed-no-evict, got 'max-utilization'
