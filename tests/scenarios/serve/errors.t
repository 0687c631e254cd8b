# Bad input to `colossus serve`: exit 2, one line naming the file:line or flag and the field.

# A trace with a negative length.
$ colossus serve --model llama3-8b --tp 1 --trace tests/scenarios/serve/bad/negative-length.csv
! exit 2
2> tests/scenarios/serve/bad/negative-length.csv:3: prompt_tokens: prompt_tokens must be a whole number >= 1; found -20

# A trace line with a length missing.
$ colossus serve --model llama3-8b --tp 1 --trace tests/scenarios/serve/bad/missing-length.csv
! exit 2
2> tests/scenarios/serve/bad/missing-length.csv:3: line: expected 3 fields arrival_s,prompt_tokens,output_tokens; found 2

# A prompt longer than the model's context (Llama 3 8B: 8,192 tokens).
$ colossus serve --model llama3-8b --tp 1 --trace tests/scenarios/serve/bad/prompt-too-long.csv
! exit 2
2> tests/scenarios/serve/bad/prompt-too-long.csv:3: prompt_tokens: prompt 9000 + output 8 tokens exceed the model's context of 8192 tokens (--max-model-len)

# A rate of 0, and NaN.
$ colossus serve --rate 0
! exit 2
2> <command line>: --rate: '0' is not a positive rate in requests per second

$ colossus serve --rate nan
! exit 2
2> <command line>: --rate: 'nan' is not a positive rate in requests per second

# An SLO without a unit.
$ colossus serve --rate 5 --slo-ttft 2
! exit 2
2> <command line>: --slo-ttft: '2' needs a unit: s, ms or us (e.g. 2s, 50ms)

# A layout whose weights do not fit: Llama 3 70B in BF16 on one H100.
$ colossus serve --tp 1 --rate 1
! exit 2
2> <command line>: --tp: llama3-70b in bf16 needs 131.4 GiB of weights and 1.9 GiB of activations per GPU at tp 1; 90% of the h100-sxm's 80.0 GiB is 72.0 GiB (more GPUs, FP8, or a smaller --max-num-batched-tokens)

# No arrival process, or two.
$ colossus serve
! exit 2
2> <command line>: --rate: give one of --rate R, --offline, --trace FILE or --find-capacity

$ colossus serve --rate 1 --offline
! exit 2
2> <command line>: --rate: give one of --rate R, --offline, --trace FILE or --find-capacity

# A GPU the cluster does not have; a TP wider than a server.
$ colossus serve --gpu b200 --rate 1
! exit 2
2> <command line>: --gpu: cluster eos-11616 has no pool of b200 GPUs; its pools hold h100-sxm

$ colossus serve --tp 16 --rate 1
! exit 2
2> <command line>: --tp: a stage's tensor-parallel GPUs share one server here: tp 16 exceeds the 8 GPUs of a dgx-h100 server (add stages with --pp)

# --find-capacity needs an SLO.
$ colossus serve --find-capacity
! exit 2
2> <command line>: --find-capacity: give an SLO: --slo-ttft and/or --slo-tpot

# A length distribution it cannot read.
$ colossus serve --rate 1 --prompt normal:5
! exit 2
2> <command line>: --prompt: 'normal:5' is not a length distribution: N, uniform:LO:HI or lognormal:MEAN:CV

# --disaggregate needs P:D.
$ colossus serve --rate 1 --disaggregate 3
! exit 2
2> <command line>: --disaggregate: '3' is not P:D, whole prefill and decode replica counts (e.g. 1:3)

# An unwritable report directory.
$ colossus serve --rate 1 --requests 10 --report /dev/null/sub
! exit 2
2> <command line>: --report: cannot create directory '/dev/null/sub': Not a directory

# A decode attention kernel that is not one of the two.
$ colossus serve --rate 5 --decode-attention xqa
! exit 2
2> <command line>: --decode-attention: expected one of grouped, per-query-head, got 'xqa'

# A KV-cache share outside (0, 1].
$ colossus serve --rate 5 --kv-cache-free-fraction 1.5
! exit 2
2> <command line>: --kv-cache-free-fraction: '1.5' is not a fraction in (0, 1]

# A --csv directory through a file.
$ colossus serve --rate 5 --csv README.md/tables
! exit 2
2> <command line>: --csv: cannot create directory 'README.md/tables': Not a directory

# Pipeline stages that do not divide the layers (Llama 3 70B has 80).
$ colossus serve --pp 3
! exit 2
2> <command line>: --pp: pipeline parallelism 3 must divide llama3-70b's 80 layers

# Expert parallelism on a dense model, not dividing the experts (Mixtral: 8), and wider than TP
# (data-parallel attention, not modelled).
$ colossus serve --ep 8
! exit 2
2> <command line>: --ep: expert parallelism needs a mixture-of-experts model; llama3-70b is dense (use --tp)

$ colossus serve --model mixtral-8x7b --ep 3
! exit 2
2> <command line>: --ep: expert parallelism 3 must divide mixtral-8x7b's 8 routed experts

$ colossus serve --model mixtral-8x7b --tp 4 --ep 8
! exit 2
2> <command line>: --ep: expert parallelism spans a stage's tensor-parallel GPUs: ep must be 1 or tp 4, got 8 (ep > tp: --dp-attention ep / tp)

# FP4 on a GPU without FP4 tensor cores (H100).
$ colossus serve --precision fp4
! exit 2
2> <command line>: --precision: GPU h100-sxm has no FP4 tensor cores (its preset states no fp4_dense_tflops; FP4 needs Blackwell: b200, gb200, gb300)

# Data-parallel attention on a dense model (data parallelism there is --replicas).
$ colossus serve --tp 2 --dp-attention 4 --rate 1
! exit 2
2> <command line>: --dp-attention: data-parallel attention needs a mixture-of-experts model; llama3-70b is dense (use --replicas for data parallelism)

# Data-parallel attention whose dp x tp GPUs do not divide DeepSeek-V3's 256 routed experts.
$ colossus serve --cluster colossus-200k --gpu h200-sxm --model deepseek-v3 --precision fp8 --tp 1 --dp-attention 6 --rate 1
! exit 2
2> <command line>: --dp-attention: the experts spread over dp-attention 6 x tp 1 = 6 GPUs, which must divide deepseek-v3's 256 routed experts

# Data-parallel attention with an expert-parallel size other than dp x tp.
$ colossus serve --cluster colossus-200k --gpu h200-sxm --model deepseek-v3 --precision fp8 --tp 2 --dp-attention 4 --ep 2 --rate 1
! exit 2
2> <command line>: --ep: with data-parallel attention the experts span every GPU of the replica: ep must be dp-attention 4 x tp 2 = 8, got 2

# Data-parallel attention with pipeline stages (not modelled).
$ colossus serve --cluster colossus-200k --gpu h200-sxm --model deepseek-v3 --precision fp8 --tp 1 --dp-attention 8 --pp 2 --rate 1
! exit 2
2> <command line>: --dp-attention: data-parallel attention with pipeline stages is not modelled; use --pp 1

# The same from a scenario file: blamed on its dp_attention line.
$ colossus serve tests/scenarios/serve/bad/dp-attention-dense.yaml
! exit 2
2> tests/scenarios/serve/bad/dp-attention-dense.yaml:4: dp_attention: data-parallel attention needs a mixture-of-experts model; llama3-8b is dense (use --replicas for data parallelism)
