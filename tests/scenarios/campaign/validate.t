# The RSC reliability rows of measured.json against the campaign model, with the error per row.
$ colossus campaign --validate
> colossus campaign --validate: reliability rows of measured.json
>
>   quantity                                       measured  predicted     error
>   failures per 1000 node-days, RSC-1                  6.5       7.26    +11.7%
>   MTTF, 8-GPU jobs (h)                               1145       3306   +188.8%
>   MTTF, 1024-GPU jobs (h)                             7.9      25.83   +226.9%
>   MTTF, 16384-GPU jobs (projected) (h)                1.8      1.614    -10.3%
>   MTTF, 131072-GPU jobs (projected) (h)              0.23     0.2018    -12.3%
>   ETTR, large jobs (>1024 GPUs), RSC-1                0.9     0.9531     +5.9%
>
> How each prediction is made:
>   failures per 1000 node-days, RSC-1: hgx-8gpu: sum of stopping rates of one 8-GPU server
>   MTTF, 8-GPU jobs: hgx-8gpu: 1 / sum(n_i r_i) on 8 GPUs of selene-a100
>   MTTF, 1024-GPU jobs: hgx-8gpu: 1 / sum(n_i r_i) on 1024 GPUs of selene-a100
>   MTTF, 16384-GPU jobs (projected): hgx-8gpu: 1 / sum(n_i r_i) on 16384 GPUs of selene-a100
>   MTTF, 131072-GPU jobs (projected): hgx-8gpu: 1 / sum(n_i r_i) on 131072 GPUs of selene-a100
>   ETTR, large jobs (>1024 GPUs), RSC-1: Monte Carlo of rsc-large-job-campaign (1000 replicas): 2048 GPUs for 7 days
>
> Row: meta-rsc-reliability (docs/validation.md discusses the errors).

$ colossus campaign --validate --json
! json
> {
>   "rows": [
>     {
>       "error": 0.1169493956043953,
>       "how": "hgx-8gpu: sum of stopping rates of one 8-GPU server",
>       "id": "meta-rsc-reliability",
>       "measured": 6.5,
>       "predicted": 7.260171071428569,
>       "quantity": "failures per 1000 node-days, RSC-1",
>       "unit": ""
>     },
>     {
>       "error": 1.887584931642248,
>       "how": "hgx-8gpu: 1 / sum(n_i r_i) on 8 GPUs of selene-a100",
>       "id": "meta-rsc-reliability",
>       "measured": 1144.8000000000002,
>       "predicted": 3305.707229744046,
>       "quantity": "MTTF, 8-GPU jobs",
>       "unit": "h"
>     },
>     {
>       "error": 2.269093383844982,
>       "how": "hgx-8gpu: 1 / sum(n_i r_i) on 1024 GPUs of selene-a100",
>       "id": "meta-rsc-reliability",
>       "measured": 7.9,
>       "predicted": 25.82583773237536,
>       "quantity": "MTTF, 1024-GPU jobs",
>       "unit": "h"
>     },
>     {
>       "error": -0.10326952318141118,
>       "how": "hgx-8gpu: 1 / sum(n_i r_i) on 16384 GPUs of selene-a100",
>       "id": "meta-rsc-reliability",
>       "measured": 1.8,
>       "predicted": 1.61411485827346,
>       "quantity": "MTTF, 16384-GPU jobs (projected)",
>       "unit": "h"
>     },
>     {
>       "error": -0.1227636639818153,
>       "how": "hgx-8gpu: 1 / sum(n_i r_i) on 131072 GPUs of selene-a100",
>       "id": "meta-rsc-reliability",
>       "measured": 0.23,
>       "predicted": 0.2017643572841825,
>       "quantity": "MTTF, 131072-GPU jobs (projected)",
>       "unit": "h"
>     },
>     {
>       "error": 0.05898134892409275,
>       "how": "Monte Carlo of rsc-large-job-campaign (1000 replicas): 2048 GPUs for 7 days",
>       "id": "meta-rsc-reliability",
>       "measured": 0.9,
>       "predicted": 0.9530832140316835,
>       "quantity": "ETTR, large jobs (>1024 GPUs), RSC-1",
>       "unit": ""
>     }
>   ],
>   "schema": "colossus.campaign-validation/1"
> }
