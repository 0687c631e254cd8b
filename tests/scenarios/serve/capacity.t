# --find-capacity: the highest Poisson rate one Llama 3 70B FP8 replica on 8xH100 sustains with
# p99 TTFT <= 2 s and p99 TPOT <= 50 ms, and the replicas and GPUs 100 requests/s need.
$ colossus serve --precision fp8 --find-capacity --slo-ttft 2s --slo-tpot 50ms --target-rate 100
> Serving llama3-70b on eos-11616 (h100-sxm): replicas of TP8 (8 GPUs each), fp8 weights, bf16 KV cache
>   memory per GPU: weights 8.5 GiB, activations 0.7 GiB, KV cache 62.9 GiB (90% of 80.0 GiB usable)
>   KV cache: 1,647,840 tokens per replica (102,990 blocks of 16), 40 KiB per token per GPU; max model length 8,192
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 7.93 ms = GEMMs 4.26 ms, attention 256 us, memory-bound 969 us, TP all-reduce 2.45 ms
> Workload: Poisson arrivals to one replica, prompt lognormal mean 1000 cv 0.5, output lognormal mean 200 cv 0.5 tokens, 1,000 requests per run, seed 1
> Capacity within the SLO (p99 TTFT <= 2 s, TPOT <= 50 ms): 21.8 requests/s per replica (2.72 per GPU); offline throughput 22 requests/s; 9 runs of 1,000 requests
>   at that rate: TTFT p99 310 ms, TPOT p99 49.6 ms, 494 output tokens/s per GPU
>   for 100 requests/s: 5 replicas, 40 GPUs (within the pool's 11,616)

$ colossus serve --precision fp8 --find-capacity --slo-ttft 2s --slo-tpot 50ms --target-rate 100 --json
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
>     "max_num_seqs": 256,
>     "max_num_batched_tokens": 8192,
>     "chunked_prefill": true,
>     "decode_attention": "grouped",
>     "kv_admission": "on-demand",
>     "cuda_graph_batch_sizes": [],
>     "gpu_memory_utilization": 0.9,
>     "kv_cache_free_fraction": 0.0,
>     "max_model_len": 8192,
>     "weights_bytes_per_gpu": 9084340224.0,
>     "activation_bytes_per_gpu": 729448448.0,
>     "kv_cache_bytes_per_gpu": 67495622656.0,
>     "kv_bytes_per_token_per_gpu": 40960.0,
>     "kv_tokens": 1647840
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
>   "workload": "Poisson arrivals to one replica, prompt lognormal mean 1000 cv 0.5, output lognormal mean 200 cv 0.5 tokens, 1,000 requests per run, seed 1",
>   "capacity": {
>     "rate_per_replica": 21.787526712913376,
>     "rate_per_gpu": 2.723440839114172,
>     "offline_rate_per_replica": 21.959082041361512,
>     "percentile": 0.99,
>     "runs": 9,
>     "requests_per_run": 1000,
>     "at_rate": {
>       "replicas": 1,
>       "gpus": 8,
>       "requests": {
>         "arrived": 1000,
>         "completed": 1000,
>         "rejected": 0
>       },
>       "duration_s": 50.53692273205374,
>       "throughput": {
>         "requests_per_s": 19.787512692491983,
>         "input_tokens_per_s": 20323.041936001588,
>         "output_tokens_per_s": 3952.397360223734,
>         "output_tokens_per_s_per_gpu": 494.0496700279667
>       },
>       "ttft": {
>         "p50_s": 0.09288024388023786,
>         "p90_s": 0.19636538652470747,
>         "p99_s": 0.3101507874957079,
>         "mean_s": 0.10864578129377722
>       },
>       "tpot": {
>         "p50_s": 0.03261673326274057,
>         "p90_s": 0.04335472907776432,
>         "p99_s": 0.04959706993094851,
>         "mean_s": 0.032989837511954355
>       },
>       "e2e": {
>         "p50_s": 5.857362172793579,
>         "p90_s": 10.80291550428117,
>         "p99_s": 16.780669599718806,
>         "mean_s": 6.529129429738067
>       },
>       "batch": {
>         "mean_running": 128.5963130949695,
>         "max_running": 211.0
>       },
>       "kv_cache": {
>         "mean_occupancy": 0.0891845262436903,
>         "max_occupancy": 0.14289736867657055
>       },
>       "preemptions": 0,
>       "iterations": 1921,
>       "mean_in_system": 129.19523146186535,
>       "slo": {
>         "ttft_s": 2.0,
>         "tpot_s": 0.05,
>         "met_fraction": 0.99,
>         "goodput_requests_per_s": 19.589637565567063
>       },
>       "timeline": [
>         {
>           "start_s": 0.0,
>           "end_s": 1.0,
>           "mean_running": 13.599143407414566,
>           "kv_occupancy": 0.007971515990785868
>         },
>         {
>           "start_s": 1.0,
>           "end_s": 2.0,
>           "mean_running": 39.001991712820484,
>           "kv_occupancy": 0.022076712690613915
>         },
>         {
>           "start_s": 2.0,
>           "end_s": 3.0,
>           "mean_running": 60.951898903736115,
>           "kv_occupancy": 0.0384280052775552
>         },
>         {
>           "start_s": 3.0,
>           "end_s": 4.0,
>           "mean_running": 85.79276857353919,
>           "kv_occupancy": 0.05523550943309
>         },
>         {
>           "start_s": 4.0,
>           "end_s": 5.0,
>           "mean_running": 105.52653170842574,
>           "kv_occupancy": 0.06916126524752068
>         },
>         {
>           "start_s": 5.0,
>           "end_s": 6.0,
>           "mean_running": 111.17621479372912,
>           "kv_occupancy": 0.07555140225487919
>         },
>         {
>           "start_s": 6.0,
>           "end_s": 7.0,
>           "mean_running": 109.56423843537544,
>           "kv_occupancy": 0.07623495354758524
>         },
>         {
>           "start_s": 7.0,
>           "end_s": 8.0,
>           "mean_running": 113.19738361369272,
>           "kv_occupancy": 0.08107948646260685
>         },
>         {
>           "start_s": 8.0,
>           "end_s": 9.0,
>           "mean_running": 102.15918942944279,
>           "kv_occupancy": 0.07264188344583812
>         },
>         {
>           "start_s": 9.0,
>           "end_s": 10.0,
>           "mean_running": 108.36765087161889,
>           "kv_occupancy": 0.0779326734687612
>         },
>         {
>           "start_s": 10.0,
>           "end_s": 11.0,
>           "mean_running": 117.31948326061521,
>           "kv_occupancy": 0.08327981594373761
>         },
>         {
>           "start_s": 11.0,
>           "end_s": 12.0,
>           "mean_running": 129.21391411666593,
>           "kv_occupancy": 0.09009413059954513
>         },
>         {
>           "start_s": 12.0,
>           "end_s": 13.0,
>           "mean_running": 134.61084682403725,
>           "kv_occupancy": 0.09381530185658742
>         },
>         {
>           "start_s": 13.0,
>           "end_s": 14.0,
>           "mean_running": 143.04588865671835,
>           "kv_occupancy": 0.09866857763119485
>         },
>         {
>           "start_s": 14.0,
>           "end_s": 15.0,
>           "mean_running": 157.62412997126154,
>           "kv_occupancy": 0.10879845141823924
>         },
>         {
>           "start_s": 15.0,
>           "end_s": 16.0,
>           "mean_running": 157.51911545034392,
>           "kv_occupancy": 0.10817721249558392
>         },
>         {
>           "start_s": 16.0,
>           "end_s": 17.0,
>           "mean_running": 154.7948770774314,
>           "kv_occupancy": 0.10677411761745756
>         },
>         {
>           "start_s": 17.0,
>           "end_s": 18.0,
>           "mean_running": 136.76062220416998,
>           "kv_occupancy": 0.09486275951803952
>         },
>         {
>           "start_s": 18.0,
>           "end_s": 19.0,
>           "mean_running": 137.48117450292415,
>           "kv_occupancy": 0.09217222634464337
>         },
>         {
>           "start_s": 19.0,
>           "end_s": 20.0,
>           "mean_running": 142.40960962654117,
>           "kv_occupancy": 0.09426364650498055
>         },
>         {
>           "start_s": 20.0,
>           "end_s": 21.0,
>           "mean_running": 165.93859605508197,
>           "kv_occupancy": 0.10865561455297867
>         },
>         {
>           "start_s": 21.0,
>           "end_s": 22.0,
>           "mean_running": 188.86637769177258,
>           "kv_occupancy": 0.12366752743612736
>         },
>         {
>           "start_s": 22.0,
>           "end_s": 23.0,
>           "mean_running": 204.95367089592978,
>           "kv_occupancy": 0.136755666124035
>         },
>         {
>           "start_s": 23.0,
>           "end_s": 24.0,
>           "mean_running": 199.02153667005985,
>           "kv_occupancy": 0.13455482972315264
>         },
>         {
>           "start_s": 24.0,
>           "end_s": 25.0,
>           "mean_running": 193.88772751797478,
>           "kv_occupancy": 0.13260690690903745
>         },
>         {
>           "start_s": 25.0,
>           "end_s": 26.0,
>           "mean_running": 197.484666296851,
>           "kv_occupancy": 0.1354847934070925
>         },
>         {
>           "start_s": 26.0,
>           "end_s": 27.0,
>           "mean_running": 205.74255235976602,
>           "kv_occupancy": 0.13939811696862672
>         },
>         {
>           "start_s": 27.0,
>           "end_s": 28.0,
>           "mean_running": 203.198012766738,
>           "kv_occupancy": 0.13632611307593848
>         },
>         {
>           "start_s": 28.0,
>           "end_s": 29.0,
>           "mean_running": 204.7108965156623,
>           "kv_occupancy": 0.13796819179394612
>         },
>         {
>           "start_s": 29.0,
>           "end_s": 30.0,
>           "mean_running": 198.44959316454577,
>           "kv_occupancy": 0.1348339779185487
>         },
>         {
>           "start_s": 30.0,
>           "end_s": 31.0,
>           "mean_running": 196.27818025079227,
>           "kv_occupancy": 0.136246908530271
>         },
>         {
>           "start_s": 31.0,
>           "end_s": 32.0,
>           "mean_running": 180.1194446356824,
>           "kv_occupancy": 0.1252674296281086
>         },
>         {
>           "start_s": 32.0,
>           "end_s": 33.0,
>           "mean_running": 163.38386536855973,
>           "kv_occupancy": 0.1128966285693276
>         },
>         {
>           "start_s": 33.0,
>           "end_s": 34.0,
>           "mean_running": 159.55988600924513,
>           "kv_occupancy": 0.11159506559268954
>         },
>         {
>           "start_s": 34.0,
>           "end_s": 35.0,
>           "mean_running": 149.032098858297,
>           "kv_occupancy": 0.10678293752163942
>         },
>         {
>           "start_s": 35.0,
>           "end_s": 36.0,
>           "mean_running": 134.35255015720966,
>           "kv_occupancy": 0.09631390340242467
>         },
>         {
>           "start_s": 36.0,
>           "end_s": 37.0,
>           "mean_running": 124.32018845792125,
>           "kv_occupancy": 0.09011557696003618
>         },
>         {
>           "start_s": 37.0,
>           "end_s": 38.0,
>           "mean_running": 105.77740053259937,
>           "kv_occupancy": 0.07808259295231297
>         },
>         {
>           "start_s": 38.0,
>           "end_s": 39.0,
>           "mean_running": 91.82628148344827,
>           "kv_occupancy": 0.06724068606128117
>         },
>         {
>           "start_s": 39.0,
>           "end_s": 40.0,
>           "mean_running": 82.00054279104006,
>           "kv_occupancy": 0.06035199811774144
>         },
>         {
>           "start_s": 40.0,
>           "end_s": 41.0,
>           "mean_running": 96.80344863802387,
>           "kv_occupancy": 0.07196142165124994
>         },
>         {
>           "start_s": 41.0,
>           "end_s": 42.0,
>           "mean_running": 115.08892508607708,
>           "kv_occupancy": 0.0837162198243098
>         },
>         {
>           "start_s": 42.0,
>           "end_s": 43.0,
>           "mean_running": 135.9012722182701,
>           "kv_occupancy": 0.09740693383953809
>         },
>         {
>           "start_s": 43.0,
>           "end_s": 44.0,
>           "mean_running": 142.4698201500027,
>           "kv_occupancy": 0.1029633750930316
>         },
>         {
>           "start_s": 44.0,
>           "end_s": 45.0,
>           "mean_running": 145.90517042879787,
>           "kv_occupancy": 0.10716252061342856
>         },
>         {
>           "start_s": 45.0,
>           "end_s": 46.0,
>           "mean_running": 126.71307267865811,
>           "kv_occupancy": 0.09333026816183145
>         },
>         {
>           "start_s": 46.0,
>           "end_s": 47.0,
>           "mean_running": 76.02825987108817,
>           "kv_occupancy": 0.0574873224972457
>         },
>         {
>           "start_s": 47.0,
>           "end_s": 48.0,
>           "mean_running": 36.251158479935675,
>           "kv_occupancy": 0.029401556773377878
>         },
>         {
>           "start_s": 48.0,
>           "end_s": 49.0,
>           "mean_running": 10.083602173635583,
>           "kv_occupancy": 0.008031605336416232
>         },
>         {
>           "start_s": 49.0,
>           "end_s": 50.0,
>           "mean_running": 2.989388343241167,
>           "kv_occupancy": 0.0025089088296242875
>         },
>         {
>           "start_s": 50.0,
>           "end_s": 51.0,
>           "mean_running": 1.6451733471948762,
>           "kv_occupancy": 0.0007762660575774131
>         },
>         {
>           "start_s": 51.0,
>           "end_s": 52.0,
>           "mean_running": 0.0,
>           "kv_occupancy": 0.0
>         },
>         {
>           "start_s": 52.0,
>           "end_s": 53.0,
>           "mean_running": 0.0,
>           "kv_occupancy": 0.0
>         },
>         {
>           "start_s": 53.0,
>           "end_s": 54.0,
>           "mean_running": 0.0,
>           "kv_occupancy": 0.0
>         },
>         {
>           "start_s": 54.0,
>           "end_s": 55.0,
>           "mean_running": 0.0,
>           "kv_occupancy": 0.0
>         },
>         {
>           "start_s": 55.0,
>           "end_s": 56.0,
>           "mean_running": 0.0,
>           "kv_occupancy": 0.0
>         },
>         {
>           "start_s": 56.0,
>           "end_s": 57.0,
>           "mean_running": 0.0,
>           "kv_occupancy": 0.0
>         },
>         {
>           "start_s": 57.0,
>           "end_s": 58.0,
>           "mean_running": 0.0,
>           "kv_occupancy": 0.0
>         },
>         {
>           "start_s": 58.0,
>           "end_s": 59.0,
>           "mean_running": 0.0,
>           "kv_occupancy": 0.0
>         },
>         {
>           "start_s": 59.0,
>           "end_s": 60.0,
>           "mean_running": 0.0,
>           "kv_occupancy": 0.0
>         },
>         {
>           "start_s": 60.0,
>           "end_s": 61.0,
>           "mean_running": 0.0,
>           "kv_occupancy": 0.0
>         },
>         {
>           "start_s": 61.0,
>           "end_s": 62.0,
>           "mean_running": 0.0,
>           "kv_occupancy": 0.0
>         },
>         {
>           "start_s": 62.0,
>           "end_s": 63.0,
>           "mean_running": 0.0,
>           "kv_occupancy": 0.0
>         },
>         {
>           "start_s": 63.0,
>           "end_s": 64.0,
>           "mean_running": 0.0,
>           "kv_occupancy": 0.0
>         }
>       ]
>     },
>     "target_rate": 100.0,
>     "replicas": 5,
>     "gpus": 40,
>     "pool_gpus": 11616
>   }
> }
