# `colossus serve FILE.yaml`: a scenario file holds the flags' settings under their names
# (docs/serving.md); flags given beside it override its keys.

# few.yaml holds --model llama3-8b --tp 1 --trace few.csv (the trace beside the file), so the two
# records below must print the same thing, line for line (few.t's first record).
$ colossus serve tests/scenarios/serve/few.yaml --per-request
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

# The example file is few.t's two-replica least-loaded record written as a file: the same output.
$ colossus serve examples/serve-llama3-70b.yaml
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

# Flags override the file: with --rate 10 --replicas 1 --router round-robin it is few.t's
# one-replica record (--precision fp8 --rate 10 --requests 2000 --slo-ttft 2s --slo-tpot 50ms).
$ colossus serve examples/serve-llama3-70b.yaml --rate 10 --replicas 1 --router round-robin
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

# Bad input in the file: one line naming the file, the line and the key, exit 2.
# An unknown key, with the closest one.
$ colossus serve tests/scenarios/serve/bad/typo.yaml
! exit 2
2> tests/scenarios/serve/bad/typo.yaml:4: max_num_seq: unknown key; did you mean "max_num_seqs"?

# A wrong type.
$ colossus serve tests/scenarios/serve/bad/wrong-type.yaml
! exit 2
2> tests/scenarios/serve/bad/wrong-type.yaml:2: tp: expected an integer in [1, 1024], got "eight"

# A negative rate.
$ colossus serve tests/scenarios/serve/bad/negative-rate.yaml
! exit 2
2> tests/scenarios/serve/bad/negative-rate.yaml:3: rate: expected a number > 0 and <= 1000000000000, got -5

# An SLO with no unit: the command's check, blamed on the file's line.
$ colossus serve tests/scenarios/serve/bad/slo-no-unit.yaml
! exit 2
2> tests/scenarios/serve/bad/slo-no-unit.yaml:4: slo_ttft: '2' needs a unit: s, ms or us (e.g. 2s, 50ms)

# A layout whose weights do not fit, from the file's tp (Llama 3 70B in BF16 on one H100).
$ colossus serve tests/scenarios/serve/bad/no-fit.yaml
! exit 2
2> tests/scenarios/serve/bad/no-fit.yaml:2: tp: llama3-70b in bf16 needs 131.4 GiB of weights and 1.9 GiB of activations per GPU at tp 1; 90% of the h100-sxm's 80.0 GiB is 72.0 GiB (more GPUs, FP8, or a smaller --max-num-batched-tokens)

# The same file with --tp 8 given: the flag overrides the file's tp, and it fits.
$ colossus serve tests/scenarios/serve/bad/no-fit.yaml --tp 8 --requests 10
> Serving llama3-70b on eos-11616 (h100-sxm): replicas of TP8 (8 GPUs each), bf16 weights, bf16 KV cache
>   memory per GPU: weights 16.4 GiB, activations 0.7 GiB, KV cache 54.9 GiB (90% of 80.0 GiB usable)
>   KV cache: 1,438,944 tokens per replica (89,934 blocks of 16), 40 KiB per token per GPU; max model length 8,192
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 11.1 ms = GEMMs 7.45 ms, attention 256 us, memory-bound 969 us, TP all-reduce 2.45 ms
> Workload: 10 requests, Poisson 1/s, prompt lognormal mean 1000 cv 0.5, output lognormal mean 200 cv 0.5 tokens, seed 1
> Throughput over 9.52 s: 1.05 requests/s, 960 input and 227 output tokens/s (28 output tokens/s per GPU) on 1 replica (8 GPUs)
>   requests: 10 arrived, 10 completed, 0 rejected (never fit the KV cache)
>                 p50        p90        p99       mean
>   TTFT      45.5 ms    67.1 ms    79.2 ms    48.7 ms
>   TPOT      11.6 ms    11.9 ms    12.1 ms    11.6 ms
>   E2E         2.2 s     4.62 s     4.72 s     2.55 s
>   batch: 2.7 running sequences on average while busy, 5 at most; KV cache 0.2% occupied on average, 0.4% at most; 0 preemptions; 804 iterations
>   requests in the system: 2.68 on average; Little's law: 1.34/s arrivals x 2.55 s mean E2E = 3.41

# Two arrival processes in the file.
$ colossus serve tests/scenarios/serve/bad/two-arrivals.yaml
! exit 2
2> tests/scenarios/serve/bad/two-arrivals.yaml:3: rate: give one of --rate R, --offline, --trace FILE or --find-capacity

# A file that is not there.
$ colossus serve tests/scenarios/serve/bad/missing.yaml
! exit 2
2> tests/scenarios/serve/bad/missing.yaml: cannot read file (No such file or directory)
