# --find-capacity: the highest Poisson rate one Llama 3 70B FP8 replica on 8xH100 sustains with
# p99 TTFT <= 2 s and p99 TPOT <= 50 ms, and the replicas and GPUs 100 requests/s need.
$ colossus serve --precision fp8 --find-capacity --slo-ttft 2s --slo-tpot 50ms --target-rate 100
> Serving llama3-70b on eos-11616 (h100-sxm): replicas of TP8 (8 GPUs each), fp8 weights, bf16 KV cache
>   memory per GPU: weights 8.5 GiB, activations 0.7 GiB, KV cache 62.9 GiB (90% of 80.0 GiB usable)
>   KV cache: 1,647,840 tokens per replica (102,990 blocks of 16), 40 KiB per token per GPU; max model length 8,192
>   engine: max_num_seqs 256, max_num_batched_tokens 8192, chunked prefill on
>   one decode iteration (1 sequence, 1,024 tokens of context): 7.93 ms = GEMMs 4.26 ms, attention 256 us, memory-bound 969 us, TP all-reduce 2.45 ms
> Workload: Poisson arrivals to one replica, prompt lognormal mean 1000 cv 0.5, output lognormal mean 200 cv 0.5 tokens, 1,000 requests per run, seed 1
> Capacity within the SLO (p99 TTFT <= 2 s, TPOT <= 50 ms): 21.7 requests/s per replica (2.71 per GPU); offline throughput 21.8 requests/s; 9 runs of 1,000 requests
>   at that rate: TTFT p99 319 ms, TPOT p99 49.9 ms, 492 output tokens/s per GPU
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
>     "rate_per_replica": 21.664732719243702,
>     "rate_per_gpu": 2.7080915899054627,
>     "offline_rate_per_replica": 21.83532116585192,
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
>       "duration_s": 50.79181181768674,
>       "throughput": {
>         "requests_per_s": 19.688212808580687,
>         "input_tokens_per_s": 20221.054600032116,
>         "output_tokens_per_s": 3932.5630028115233,
>         "output_tokens_per_s_per_gpu": 491.5703753514404
>       },
>       "ttft": {
>         "p50_s": 0.09488010458024831,
>         "p90_s": 0.20030705183337716,
>         "p99_s": 0.3187994762118507,
>         "mean_s": 0.10996134336884361
>       },
>       "tpot": {
>         "p50_s": 0.03287509482785561,
>         "p90_s": 0.04370788140840535,
>         "p99_s": 0.04992009185130048,
>         "mean_s": 0.033173781154821357
>       },
>       "e2e": {
>         "p50_s": 5.890964416049485,
>         "p90_s": 10.859543899234822,
>         "p99_s": 16.880247167952703,
>         "mean_s": 6.565590990644527
>       },
>       "batch": {
>         "mean_running": 128.66093848032185,
>         "max_running": 211.0
>       },
>       "kv_cache": {
>         "mean_occupancy": 0.08922923958116273,
>         "max_occupancy": 0.14293620739877658
>       },
>       "preemptions": 0,
>       "iterations": 1921,
>       "mean_in_system": 129.26475263790962,
>       "slo": {
>         "ttft_s": 2.0,
>         "tpot_s": 0.05,
>         "met_fraction": 0.99,
>         "goodput_requests_per_s": 19.49133068049488
>       },
>       "timeline": [
>         {
>           "start_s": 0.0,
>           "end_s": 1.0,
>           "mean_running": 13.529369821249515,
>           "kv_occupancy": 0.007934978269201575
>         },
>         {
>           "start_s": 1.0,
>           "end_s": 2.0,
>           "mean_running": 38.794362264189196,
>           "kv_occupancy": 0.02194444927900383
>         },
>         {
>           "start_s": 2.0,
>           "end_s": 3.0,
>           "mean_running": 60.6467475408801,
>           "kv_occupancy": 0.03820081909922781
>         },
>         {
>           "start_s": 3.0,
>           "end_s": 4.0,
>           "mean_running": 85.26020525766941,
>           "kv_occupancy": 0.05490223569946655
>         },
>         {
>           "start_s": 4.0,
>           "end_s": 5.0,
>           "mean_running": 105.33891046147119,
>           "kv_occupancy": 0.06894988580383844
>         },
>         {
>           "start_s": 5.0,
>           "end_s": 6.0,
>           "mean_running": 111.09287049745424,
>           "kv_occupancy": 0.07544383221312388
>         },
>         {
>           "start_s": 6.0,
>           "end_s": 7.0,
>           "mean_running": 109.44603124412329,
>           "kv_occupancy": 0.07612311742865334
>         },
>         {
>           "start_s": 7.0,
>           "end_s": 8.0,
>           "mean_running": 113.51005825356128,
>           "kv_occupancy": 0.08116514707137398
>         },
>         {
>           "start_s": 8.0,
>           "end_s": 9.0,
>           "mean_running": 102.08776369379873,
>           "kv_occupancy": 0.07269116002055431
>         },
>         {
>           "start_s": 9.0,
>           "end_s": 10.0,
>           "mean_running": 107.71736219363359,
>           "kv_occupancy": 0.07735178531492358
>         },
>         {
>           "start_s": 10.0,
>           "end_s": 11.0,
>           "mean_running": 116.83044098173102,
>           "kv_occupancy": 0.08308999442581891
>         },
>         {
>           "start_s": 11.0,
>           "end_s": 12.0,
>           "mean_running": 128.31203219706225,
>           "kv_occupancy": 0.08942880077083248
>         },
>         {
>           "start_s": 12.0,
>           "end_s": 13.0,
>           "mean_running": 134.1149156759227,
>           "kv_occupancy": 0.0936919884293229
>         },
>         {
>           "start_s": 13.0,
>           "end_s": 14.0,
>           "mean_running": 141.98160344884948,
>           "kv_occupancy": 0.09795320855948059
>         },
>         {
>           "start_s": 14.0,
>           "end_s": 15.0,
>           "mean_running": 157.39674723457227,
>           "kv_occupancy": 0.1084550265518236
>         },
>         {
>           "start_s": 15.0,
>           "end_s": 16.0,
>           "mean_running": 157.70966802550214,
>           "kv_occupancy": 0.10847780411655734
>         },
>         {
>           "start_s": 16.0,
>           "end_s": 17.0,
>           "mean_running": 155.1054218681272,
>           "kv_occupancy": 0.10676506388160288
>         },
>         {
>           "start_s": 17.0,
>           "end_s": 18.0,
>           "mean_running": 138.80739570559115,
>           "kv_occupancy": 0.09645770560633077
>         },
>         {
>           "start_s": 18.0,
>           "end_s": 19.0,
>           "mean_running": 137.6149334003903,
>           "kv_occupancy": 0.09260120535218146
>         },
>         {
>           "start_s": 19.0,
>           "end_s": 20.0,
>           "mean_running": 140.2952195223677,
>           "kv_occupancy": 0.09304087806736043
>         },
>         {
>           "start_s": 20.0,
>           "end_s": 21.0,
>           "mean_running": 163.961799323624,
>           "kv_occupancy": 0.10736825161175394
>         },
>         {
>           "start_s": 21.0,
>           "end_s": 22.0,
>           "mean_running": 185.4254130503428,
>           "kv_occupancy": 0.12132118368469519
>         },
>         {
>           "start_s": 22.0,
>           "end_s": 23.0,
>           "mean_running": 205.0419061289351,
>           "kv_occupancy": 0.13654162662611857
>         },
>         {
>           "start_s": 23.0,
>           "end_s": 24.0,
>           "mean_running": 200.20925224978623,
>           "kv_occupancy": 0.13512917375586161
>         },
>         {
>           "start_s": 24.0,
>           "end_s": 25.0,
>           "mean_running": 195.20517419759466,
>           "kv_occupancy": 0.13341613396685553
>         },
>         {
>           "start_s": 25.0,
>           "end_s": 26.0,
>           "mean_running": 196.09572462967873,
>           "kv_occupancy": 0.1343596366569362
>         },
>         {
>           "start_s": 26.0,
>           "end_s": 27.0,
>           "mean_running": 206.84459928463335,
>           "kv_occupancy": 0.14050636690491275
>         },
>         {
>           "start_s": 27.0,
>           "end_s": 28.0,
>           "mean_running": 201.25625376613232,
>           "kv_occupancy": 0.13512213241574803
>         },
>         {
>           "start_s": 28.0,
>           "end_s": 29.0,
>           "mean_running": 207.1083880993045,
>           "kv_occupancy": 0.13943042141974826
>         },
>         {
>           "start_s": 29.0,
>           "end_s": 30.0,
>           "mean_running": 198.79309943924585,
>           "kv_occupancy": 0.1346248986549136
>         },
>         {
>           "start_s": 30.0,
>           "end_s": 31.0,
>           "mean_running": 197.60350685768975,
>           "kv_occupancy": 0.13681954983939074
>         },
>         {
>           "start_s": 31.0,
>           "end_s": 32.0,
>           "mean_running": 185.50104271896822,
>           "kv_occupancy": 0.12931386453965235
>         },
>         {
>           "start_s": 32.0,
>           "end_s": 33.0,
>           "mean_running": 163.0614031488306,
>           "kv_occupancy": 0.11273543197715075
>         },
>         {
>           "start_s": 33.0,
>           "end_s": 34.0,
>           "mean_running": 160.63314040837096,
>           "kv_occupancy": 0.11200061371938727
>         },
>         {
>           "start_s": 34.0,
>           "end_s": 35.0,
>           "mean_running": 151.7625071920175,
>           "kv_occupancy": 0.10829550332825659
>         },
>         {
>           "start_s": 35.0,
>           "end_s": 36.0,
>           "mean_running": 134.92602487065608,
>           "kv_occupancy": 0.0965458529023352
>         },
>         {
>           "start_s": 36.0,
>           "end_s": 37.0,
>           "mean_running": 128.36197043105096,
>           "kv_occupancy": 0.09277790155075105
>         },
>         {
>           "start_s": 37.0,
>           "end_s": 38.0,
>           "mean_running": 108.44797708371425,
>           "kv_occupancy": 0.07993261716250999
>         },
>         {
>           "start_s": 38.0,
>           "end_s": 39.0,
>           "mean_running": 94.89662097161572,
>           "kv_occupancy": 0.0694722514206767
>         },
>         {
>           "start_s": 39.0,
>           "end_s": 40.0,
>           "mean_running": 82.54624147708864,
>           "kv_occupancy": 0.06071765857592086
>         },
>         {
>           "start_s": 40.0,
>           "end_s": 41.0,
>           "mean_running": 92.25040389147973,
>           "kv_occupancy": 0.06881038016374183
>         },
>         {
>           "start_s": 41.0,
>           "end_s": 42.0,
>           "mean_running": 109.31632230198883,
>           "kv_occupancy": 0.07988786073496465
>         },
>         {
>           "start_s": 42.0,
>           "end_s": 43.0,
>           "mean_running": 132.0055496667799,
>           "kv_occupancy": 0.09458890873379572
>         },
>         {
>           "start_s": 43.0,
>           "end_s": 44.0,
>           "mean_running": 140.71119842611682,
>           "kv_occupancy": 0.10172488879357487
>         },
>         {
>           "start_s": 44.0,
>           "end_s": 45.0,
>           "mean_running": 145.65808706057805,
>           "kv_occupancy": 0.10635675196926071
>         },
>         {
>           "start_s": 45.0,
>           "end_s": 46.0,
>           "mean_running": 137.11175131400074,
>           "kv_occupancy": 0.1008776447959716
>         },
>         {
>           "start_s": 46.0,
>           "end_s": 47.0,
>           "mean_running": 87.84346463720313,
>           "kv_occupancy": 0.06585537474248586
>         },
>         {
>           "start_s": 47.0,
>           "end_s": 48.0,
>           "mean_running": 46.99704840552726,
>           "kv_occupancy": 0.03741712546300097
>         },
>         {
>           "start_s": 48.0,
>           "end_s": 49.0,
>           "mean_running": 13.688314697033192,
>           "kv_occupancy": 0.01101562110585369
>         },
>         {
>           "start_s": 49.0,
>           "end_s": 50.0,
>           "mean_running": 3.9441207748058176,
>           "kv_occupancy": 0.003273798922527056
>         },
>         {
>           "start_s": 50.0,
>           "end_s": 51.0,
>           "mean_running": 1.7593942252766652,
>           "kv_occupancy": 0.0012062333422754137
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
