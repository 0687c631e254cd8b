# The same seed gives the same JSON (compared exactly: tolerance 0), twice; another seed gives
# another (its expected output differs from the first two in every Monte Carlo figure).
$ colossus campaign tests/scenarios/campaign/small.yaml --days 10 --replicas 50 --json
! json 0
> {
>   "campaign": "small",
>   "closed_form": {
>     "ettr": 0.9851698173674933,
>     "interruptions": 9.13709596367581,
>     "training_s": 851186.7222055142,
>     "wall_s": 864000.0
>   },
>   "cluster": "eos-11616",
>   "components": [
>     {
>       "blast_radius": "none",
>       "detection": "crash",
>       "events": {
>         "mean": 1.48,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 4.0
>       },
>       "expected": 1.3728490728973668,
>       "name": "gpu-recoverable",
>       "rate_per_1000_unit_days": 0.1347,
>       "source": "RSC-1 6.5/1000 node-days x Crusoe H200 mix 'GPU recoverable faults' 19.5% (x0.85), per GPU",
>       "unit": "gpu",
>       "units": 1024.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 1.26,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 4.0
>       },
>       "expected": 1.1690110516802372,
>       "name": "gpu-hard",
>       "rate_per_1000_unit_days": 0.1147,
>       "source": "RSC-1 x Crusoe 'GPU host replacement' 41.5% (x0.85); 40% of it to the GPU itself (estimate)",
>       "unit": "gpu",
>       "units": 1024.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 1.1,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 3.0
>       },
>       "expected": 1.1690110516802372,
>       "name": "hbm",
>       "rate_per_1000_unit_days": 0.1147,
>       "source": "RSC-1 x Crusoe 'GPU host replacement' (x0.85); 40% to HBM (estimate; RSC names GPU memory errors a top contributor)",
>       "unit": "gpu",
>       "units": 1024.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 0.76,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 2.0
>       },
>       "expected": 0.5842507283135973,
>       "name": "nvlink-nvswitch",
>       "rate_per_1000_unit_days": 0.4586,
>       "source": "RSC-1 x Crusoe 'GPU host replacement' (x0.85); 20% to NVLink/NVSwitch/PCIe (estimate; RSC names PCIe errors a top contributor)",
>       "unit": "server",
>       "units": 128.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 0.34,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 2.0
>       },
>       "expected": 0.3448684521467309,
>       "name": "host",
>       "rate_per_1000_unit_days": 0.2707,
>       "source": "RSC-1 x Crusoe 'Other host issues (CPU, memory, etc)' 4.9% (x0.85)",
>       "unit": "server",
>       "units": 128.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 0.26,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 1.0
>       },
>       "expected": 0.2576512588184516,
>       "name": "nic",
>       "rate_per_1000_unit_days": 0.02528,
>       "source": "RSC-1 x Crusoe 'InfiniBand hardware issues' 12.2% (x0.85); 30% to NICs (estimate), 8 per server",
>       "unit": "nic",
>       "units": 1024.0
>     },
>     {
>       "blast_radius": "none",
>       "detection": "crash",
>       "events": {
>         "mean": 0.68,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 2.0
>       },
>       "expected": 0.5275010720553889,
>       "name": "optic-cable",
>       "rate_per_1000_unit_days": 0.01685,
>       "source": "RSC-1 x Crusoe 'InfiniBand hardware issues' (x0.85); 60% to optics and cables (estimate), 24 per server",
>       "unit": "link",
>       "units": 3145.34435261708
>     },
>     {
>       "blast_radius": "none",
>       "detection": "crash",
>       "events": {
>         "mean": 0.26,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 1.0
>       },
>       "expected": 0.3531283141118568,
>       "name": "ib-recoverable",
>       "rate_per_1000_unit_days": 0.01128,
>       "source": "RSC-1 x Crusoe 'InfiniBand recoverable faults' 4.9% (x0.85), 24 links per server",
>       "unit": "link",
>       "units": 3145.34435261708
>     },
>     {
>       "blast_radius": "leaf",
>       "detection": "crash",
>       "events": {
>         "mean": 0.06,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 1.0
>       },
>       "expected": 0.06964606109230721,
>       "name": "leaf-switch",
>       "rate_per_1000_unit_days": 0.2157,
>       "source": "RSC-1 x Crusoe 'InfiniBand hardware issues' (x0.85); 10% to switches (estimate), 0.3125 per server",
>       "unit": "leaf_switch",
>       "units": 32.44077134986226
>     },
>     {
>       "blast_radius": "none",
>       "detection": "crash",
>       "events": {
>         "mean": 0.1,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 1.0
>       },
>       "expected": 0.1114715488678504,
>       "name": "spine-switch",
>       "rate_per_1000_unit_days": 0.2157,
>       "source": "as leaf-switch",
>       "unit": "spine_switch",
>       "units": 51.92286501377411
>     },
>     {
>       "blast_radius": "none",
>       "detection": "hang",
>       "events": {
>         "mean": 1.2,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 3.0
>       },
>       "expected": 1.1966565833078102,
>       "name": "fabric-other",
>       "rate_per_1000_unit_days": 0.9393,
>       "source": "RSC-1 x Crusoe 'InfiniBand other issues' 17% (x0.85): subnet manager, congestion, firmware",
>       "unit": "server",
>       "units": 128.0
>     },
>     {
>       "blast_radius": "none",
>       "detection": "crash",
>       "events": {
>         "mean": 1.1,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 3.0
>       },
>       "expected": 1.2421379417918823,
>       "name": "storage",
>       "rate_per_1000_unit_days": 0.975,
>       "source": "RSC-1 x 15% (estimate): RSC names file-system mounts its second contributor",
>       "unit": "server",
>       "units": 128.0
>     },
>     {
>       "blast_radius": "none",
>       "detection": "hang",
>       "events": {
>         "mean": 0.64,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 2.0
>       },
>       "expected": 0.6369938163035294,
>       "name": "software-hang",
>       "rate_per_1000_unit_days": 0.5,
>       "source": "estimate: NCCL/framework hangs beyond RSC's hardware rate (no published rate used)",
>       "unit": "server",
>       "units": 128.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 0.04,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 0.0
>       },
>       "expected": 0.10191901060856472,
>       "name": "silent-data-corruption",
>       "rate_per_1000_unit_days": 0.01,
>       "source": "estimate: SDC found by loss/gradient checks; rare next to the above (no published rate used)",
>       "unit": "gpu",
>       "units": 1024.0
>     },
>     {
>       "blast_radius": "none",
>       "detection": "slow",
>       "events": {
>         "mean": 1.4,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 4.0
>       },
>       "expected": 1.5652850802830531,
>       "name": "link-flap",
>       "rate_per_1000_unit_days": 0.05,
>       "source": "estimate: a flap under adaptive routing slows the job 5% for 5 min (no published rate used)",
>       "unit": "link",
>       "units": 3145.34435261708
>     }
>   ],
>   "energy": null,
>   "gpu": "h100-sxm",
>   "lost_s": {
>     "checkpoint": 530.8645105827843,
>     "detection": 2220.0,
>     "maintenance": 0.0,
>     "recompute": 8539.7516096517,
>     "restart": 1704.1246177067014,
>     "slowdown": 21.0,
>     "spares": 0.0,
>     "transition": 184.7583548620799
>   },
>   "model": "llama3-8b",
>   "monte_carlo": {
>     "replicas": 50,
>     "seed": 1,
>     "spare_servers": 1324
>   },
>   "origin": "file tests/scenarios/campaign/small.yaml",
>   "phases": [
>     {
>       "checkpoint_block_s": 1.12423657472,
>       "checkpoint_bytes": 112423657472.0,
>       "checkpoint_load_s": 0.56211828736,
>       "checkpoint_write_s": 1.12423657472,
>       "ettr_closed_form": 0.9853795773950486,
>       "ettr_rsc_formula": 0.9853190376289224,
>       "fixed_interval_s": 1800.0,
>       "gpus": 1024,
>       "interval_s": 1799.6681120593557,
>       "layout": "TP8 SP, PP1 1f1b, DP128, ZeRO-1, micro-batch 1 x 4096 tokens, global batch 1024, bf16, selective recompute",
>       "mfu": 0.26912411360960403,
>       "mttf_s": 94115.42304342991,
>       "name": "ramp",
>       "power_it_w": null,
>       "restart_s": 183.63411828736,
>       "simulated": true,
>       "step_time_s": 0.7917589582311287,
>       "steps": 4769,
>       "tokens": 20000000000,
>       "tokens_per_step": 4194304,
>       "training_s": 3775.898471804253,
>       "transition_s": 0.0,
>       "young_daly_interval_s": 460.0173927813369
>     },
>     {
>       "checkpoint_block_s": 1.12423657472,
>       "checkpoint_bytes": 112423657472.0,
>       "checkpoint_load_s": 0.56211828736,
>       "checkpoint_write_s": 1.12423657472,
>       "ettr_closed_form": 0.9853805360715815,
>       "ettr_rsc_formula": 0.9853200075682058,
>       "fixed_interval_s": 1800.0,
>       "gpus": 1024,
>       "interval_s": 1799.4728537091191,
>       "layout": "TP8 SP, PP1 1f1b, DP128, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 1024, bf16, selective recompute",
>       "mfu": 0.32695821779367207,
>       "mttf_s": 94115.42304342991,
>       "name": "main",
>       "power_it_w": null,
>       "restart_s": 183.63411828736,
>       "simulated": true,
>       "step_time_s": 1.4665630429577172,
>       "steps": 0,
>       "tokens": 0,
>       "tokens_per_step": 8388608,
>       "training_s": 864000.0,
>       "transition_s": 184.75835486207998,
>       "young_daly_interval_s": 460.0173927813369
>     }
>   ],
>   "reliability": "hgx-8gpu",
>   "result": {
>     "days": {
>       "mean": 10.0,
>       "p5": 10.0,
>       "p50": 10.0,
>       "p95": 10.0
>     },
>     "ettr": {
>       "mean": 0.9847216445685144,
>       "p5": 0.9750276876773963,
>       "p50": 0.98507319334919,
>       "p95": 0.9919703024903075
>     },
>     "ettr_ci95": 0.0014906362662428167,
>     "interruptions": {
>       "mean": 9.28,
>       "p5": 5.0,
>       "p50": 8.0,
>       "p95": 15.0
>     },
>     "tokens_trained": {
>       "mean": 4864901054359.162,
>       "p5": 4816993501201.324,
>       "p50": 4866638409093.347,
>       "p95": 4900723935419.157
>     }
>   },
>   "scenario": "small-job.yaml",
>   "schema": "colossus.campaign/1",
>   "target": {
>     "period_s": 864000.0,
>     "tokens": 0
>   },
>   "timeline": [
>     {
>       "at_s": 0.0,
>       "kind": "phase_start",
>       "phase": "ramp"
>     },
>     {
>       "at_s": 3962.905299815773,
>       "kind": "phase_start",
>       "phase": "main"
>     },
>     {
>       "at_s": 29906.858368077163,
>       "component": "fabric-other",
>       "kind": "failure",
>       "lost_work_s": 735.5938042876442,
>       "phase": "main"
>     },
>     {
>       "at_s": 30690.49248636452,
>       "downtime_s": 783.6341182873584,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 195613.65902685132,
>       "component": "storage",
>       "kind": "failure",
>       "lost_work_s": 1068.8313246574253,
>       "phase": "main"
>     },
>     {
>       "at_s": 195947.29314513868,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 211409.81978553624,
>       "component": "nvlink-nvswitch",
>       "kind": "failure",
>       "lost_work_s": 1057.7499181268413,
>       "phase": "main"
>     },
>     {
>       "at_s": 211743.4539038236,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 277024.7276314017,
>       "component": "fabric-other",
>       "kind": "failure",
>       "lost_work_s": 459.7784773598687,
>       "phase": "main"
>     },
>     {
>       "at_s": 277808.36174968904,
>       "downtime_s": 783.6341182873584,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 283930.75054175797,
>       "component": "software-hang",
>       "kind": "failure",
>       "lost_work_s": 720.5975212174126,
>       "phase": "main"
>     },
>     {
>       "at_s": 284714.3846600453,
>       "downtime_s": 783.6341182873584,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 325913.14352320816,
>       "component": "fabric-other",
>       "kind": "failure",
>       "lost_work_s": 1585.6228769183726,
>       "phase": "main"
>     },
>     {
>       "at_s": 326696.7776414955,
>       "downtime_s": 783.6341182873584,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 458879.6002386339,
>       "component": "fabric-other",
>       "kind": "failure",
>       "lost_work_s": 739.2350064181373,
>       "phase": "main"
>     },
>     {
>       "at_s": 459663.2343569213,
>       "downtime_s": 783.6341182873584,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 478043.47798588284,
>       "component": "storage",
>       "kind": "failure",
>       "lost_work_s": 374.27272612316665,
>       "phase": "main"
>     },
>     {
>       "at_s": 478377.1121041702,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 573943.2336587309,
>       "component": "gpu-recoverable",
>       "kind": "failure",
>       "lost_work_s": 134.47576951718656,
>       "phase": "main"
>     },
>     {
>       "at_s": 574276.8677770182,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 576032.9680808183,
>       "component": "nvlink-nvswitch",
>       "kind": "failure",
>       "lost_work_s": 1756.100303800078,
>       "phase": "main"
>     },
>     {
>       "at_s": 576366.6021991057,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 576950.6671837231,
>       "component": "gpu-hard",
>       "kind": "failure",
>       "lost_work_s": 584.0649846174056,
>       "phase": "main"
>     },
>     {
>       "at_s": 577284.3013020104,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 689007.5800324866,
>       "component": "storage",
>       "kind": "failure",
>       "lost_work_s": 86.25913287812728,
>       "phase": "main"
>     },
>     {
>       "at_s": 689341.214150774,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 750332.2137779576,
>       "component": "storage",
>       "kind": "failure",
>       "lost_work_s": 1571.2956478169654,
>       "phase": "main"
>     },
>     {
>       "at_s": 750665.847896245,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 788494.5587079551,
>       "component": "optic-cable",
>       "kind": "failure",
>       "lost_work_s": 16.17191574948083,
>       "phase": "main"
>     },
>     {
>       "at_s": 788828.1928262424,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 864000.0,
>       "kind": "end",
>       "phase": "main"
>     }
>   ]
> }

$ colossus campaign tests/scenarios/campaign/small.yaml --days 10 --replicas 50 --json
! json 0
> {
>   "campaign": "small",
>   "closed_form": {
>     "ettr": 0.9851698173674933,
>     "interruptions": 9.13709596367581,
>     "training_s": 851186.7222055142,
>     "wall_s": 864000.0
>   },
>   "cluster": "eos-11616",
>   "components": [
>     {
>       "blast_radius": "none",
>       "detection": "crash",
>       "events": {
>         "mean": 1.48,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 4.0
>       },
>       "expected": 1.3728490728973668,
>       "name": "gpu-recoverable",
>       "rate_per_1000_unit_days": 0.1347,
>       "source": "RSC-1 6.5/1000 node-days x Crusoe H200 mix 'GPU recoverable faults' 19.5% (x0.85), per GPU",
>       "unit": "gpu",
>       "units": 1024.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 1.26,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 4.0
>       },
>       "expected": 1.1690110516802372,
>       "name": "gpu-hard",
>       "rate_per_1000_unit_days": 0.1147,
>       "source": "RSC-1 x Crusoe 'GPU host replacement' 41.5% (x0.85); 40% of it to the GPU itself (estimate)",
>       "unit": "gpu",
>       "units": 1024.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 1.1,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 3.0
>       },
>       "expected": 1.1690110516802372,
>       "name": "hbm",
>       "rate_per_1000_unit_days": 0.1147,
>       "source": "RSC-1 x Crusoe 'GPU host replacement' (x0.85); 40% to HBM (estimate; RSC names GPU memory errors a top contributor)",
>       "unit": "gpu",
>       "units": 1024.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 0.76,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 2.0
>       },
>       "expected": 0.5842507283135973,
>       "name": "nvlink-nvswitch",
>       "rate_per_1000_unit_days": 0.4586,
>       "source": "RSC-1 x Crusoe 'GPU host replacement' (x0.85); 20% to NVLink/NVSwitch/PCIe (estimate; RSC names PCIe errors a top contributor)",
>       "unit": "server",
>       "units": 128.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 0.34,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 2.0
>       },
>       "expected": 0.3448684521467309,
>       "name": "host",
>       "rate_per_1000_unit_days": 0.2707,
>       "source": "RSC-1 x Crusoe 'Other host issues (CPU, memory, etc)' 4.9% (x0.85)",
>       "unit": "server",
>       "units": 128.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 0.26,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 1.0
>       },
>       "expected": 0.2576512588184516,
>       "name": "nic",
>       "rate_per_1000_unit_days": 0.02528,
>       "source": "RSC-1 x Crusoe 'InfiniBand hardware issues' 12.2% (x0.85); 30% to NICs (estimate), 8 per server",
>       "unit": "nic",
>       "units": 1024.0
>     },
>     {
>       "blast_radius": "none",
>       "detection": "crash",
>       "events": {
>         "mean": 0.68,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 2.0
>       },
>       "expected": 0.5275010720553889,
>       "name": "optic-cable",
>       "rate_per_1000_unit_days": 0.01685,
>       "source": "RSC-1 x Crusoe 'InfiniBand hardware issues' (x0.85); 60% to optics and cables (estimate), 24 per server",
>       "unit": "link",
>       "units": 3145.34435261708
>     },
>     {
>       "blast_radius": "none",
>       "detection": "crash",
>       "events": {
>         "mean": 0.26,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 1.0
>       },
>       "expected": 0.3531283141118568,
>       "name": "ib-recoverable",
>       "rate_per_1000_unit_days": 0.01128,
>       "source": "RSC-1 x Crusoe 'InfiniBand recoverable faults' 4.9% (x0.85), 24 links per server",
>       "unit": "link",
>       "units": 3145.34435261708
>     },
>     {
>       "blast_radius": "leaf",
>       "detection": "crash",
>       "events": {
>         "mean": 0.06,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 1.0
>       },
>       "expected": 0.06964606109230721,
>       "name": "leaf-switch",
>       "rate_per_1000_unit_days": 0.2157,
>       "source": "RSC-1 x Crusoe 'InfiniBand hardware issues' (x0.85); 10% to switches (estimate), 0.3125 per server",
>       "unit": "leaf_switch",
>       "units": 32.44077134986226
>     },
>     {
>       "blast_radius": "none",
>       "detection": "crash",
>       "events": {
>         "mean": 0.1,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 1.0
>       },
>       "expected": 0.1114715488678504,
>       "name": "spine-switch",
>       "rate_per_1000_unit_days": 0.2157,
>       "source": "as leaf-switch",
>       "unit": "spine_switch",
>       "units": 51.92286501377411
>     },
>     {
>       "blast_radius": "none",
>       "detection": "hang",
>       "events": {
>         "mean": 1.2,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 3.0
>       },
>       "expected": 1.1966565833078102,
>       "name": "fabric-other",
>       "rate_per_1000_unit_days": 0.9393,
>       "source": "RSC-1 x Crusoe 'InfiniBand other issues' 17% (x0.85): subnet manager, congestion, firmware",
>       "unit": "server",
>       "units": 128.0
>     },
>     {
>       "blast_radius": "none",
>       "detection": "crash",
>       "events": {
>         "mean": 1.1,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 3.0
>       },
>       "expected": 1.2421379417918823,
>       "name": "storage",
>       "rate_per_1000_unit_days": 0.975,
>       "source": "RSC-1 x 15% (estimate): RSC names file-system mounts its second contributor",
>       "unit": "server",
>       "units": 128.0
>     },
>     {
>       "blast_radius": "none",
>       "detection": "hang",
>       "events": {
>         "mean": 0.64,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 2.0
>       },
>       "expected": 0.6369938163035294,
>       "name": "software-hang",
>       "rate_per_1000_unit_days": 0.5,
>       "source": "estimate: NCCL/framework hangs beyond RSC's hardware rate (no published rate used)",
>       "unit": "server",
>       "units": 128.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 0.04,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 0.0
>       },
>       "expected": 0.10191901060856472,
>       "name": "silent-data-corruption",
>       "rate_per_1000_unit_days": 0.01,
>       "source": "estimate: SDC found by loss/gradient checks; rare next to the above (no published rate used)",
>       "unit": "gpu",
>       "units": 1024.0
>     },
>     {
>       "blast_radius": "none",
>       "detection": "slow",
>       "events": {
>         "mean": 1.4,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 4.0
>       },
>       "expected": 1.5652850802830531,
>       "name": "link-flap",
>       "rate_per_1000_unit_days": 0.05,
>       "source": "estimate: a flap under adaptive routing slows the job 5% for 5 min (no published rate used)",
>       "unit": "link",
>       "units": 3145.34435261708
>     }
>   ],
>   "energy": null,
>   "gpu": "h100-sxm",
>   "lost_s": {
>     "checkpoint": 530.8645105827843,
>     "detection": 2220.0,
>     "maintenance": 0.0,
>     "recompute": 8539.7516096517,
>     "restart": 1704.1246177067014,
>     "slowdown": 21.0,
>     "spares": 0.0,
>     "transition": 184.7583548620799
>   },
>   "model": "llama3-8b",
>   "monte_carlo": {
>     "replicas": 50,
>     "seed": 1,
>     "spare_servers": 1324
>   },
>   "origin": "file tests/scenarios/campaign/small.yaml",
>   "phases": [
>     {
>       "checkpoint_block_s": 1.12423657472,
>       "checkpoint_bytes": 112423657472.0,
>       "checkpoint_load_s": 0.56211828736,
>       "checkpoint_write_s": 1.12423657472,
>       "ettr_closed_form": 0.9853795773950486,
>       "ettr_rsc_formula": 0.9853190376289224,
>       "fixed_interval_s": 1800.0,
>       "gpus": 1024,
>       "interval_s": 1799.6681120593557,
>       "layout": "TP8 SP, PP1 1f1b, DP128, ZeRO-1, micro-batch 1 x 4096 tokens, global batch 1024, bf16, selective recompute",
>       "mfu": 0.26912411360960403,
>       "mttf_s": 94115.42304342991,
>       "name": "ramp",
>       "power_it_w": null,
>       "restart_s": 183.63411828736,
>       "simulated": true,
>       "step_time_s": 0.7917589582311287,
>       "steps": 4769,
>       "tokens": 20000000000,
>       "tokens_per_step": 4194304,
>       "training_s": 3775.898471804253,
>       "transition_s": 0.0,
>       "young_daly_interval_s": 460.0173927813369
>     },
>     {
>       "checkpoint_block_s": 1.12423657472,
>       "checkpoint_bytes": 112423657472.0,
>       "checkpoint_load_s": 0.56211828736,
>       "checkpoint_write_s": 1.12423657472,
>       "ettr_closed_form": 0.9853805360715815,
>       "ettr_rsc_formula": 0.9853200075682058,
>       "fixed_interval_s": 1800.0,
>       "gpus": 1024,
>       "interval_s": 1799.4728537091191,
>       "layout": "TP8 SP, PP1 1f1b, DP128, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 1024, bf16, selective recompute",
>       "mfu": 0.32695821779367207,
>       "mttf_s": 94115.42304342991,
>       "name": "main",
>       "power_it_w": null,
>       "restart_s": 183.63411828736,
>       "simulated": true,
>       "step_time_s": 1.4665630429577172,
>       "steps": 0,
>       "tokens": 0,
>       "tokens_per_step": 8388608,
>       "training_s": 864000.0,
>       "transition_s": 184.75835486207998,
>       "young_daly_interval_s": 460.0173927813369
>     }
>   ],
>   "reliability": "hgx-8gpu",
>   "result": {
>     "days": {
>       "mean": 10.0,
>       "p5": 10.0,
>       "p50": 10.0,
>       "p95": 10.0
>     },
>     "ettr": {
>       "mean": 0.9847216445685144,
>       "p5": 0.9750276876773963,
>       "p50": 0.98507319334919,
>       "p95": 0.9919703024903075
>     },
>     "ettr_ci95": 0.0014906362662428167,
>     "interruptions": {
>       "mean": 9.28,
>       "p5": 5.0,
>       "p50": 8.0,
>       "p95": 15.0
>     },
>     "tokens_trained": {
>       "mean": 4864901054359.162,
>       "p5": 4816993501201.324,
>       "p50": 4866638409093.347,
>       "p95": 4900723935419.157
>     }
>   },
>   "scenario": "small-job.yaml",
>   "schema": "colossus.campaign/1",
>   "target": {
>     "period_s": 864000.0,
>     "tokens": 0
>   },
>   "timeline": [
>     {
>       "at_s": 0.0,
>       "kind": "phase_start",
>       "phase": "ramp"
>     },
>     {
>       "at_s": 3962.905299815773,
>       "kind": "phase_start",
>       "phase": "main"
>     },
>     {
>       "at_s": 29906.858368077163,
>       "component": "fabric-other",
>       "kind": "failure",
>       "lost_work_s": 735.5938042876442,
>       "phase": "main"
>     },
>     {
>       "at_s": 30690.49248636452,
>       "downtime_s": 783.6341182873584,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 195613.65902685132,
>       "component": "storage",
>       "kind": "failure",
>       "lost_work_s": 1068.8313246574253,
>       "phase": "main"
>     },
>     {
>       "at_s": 195947.29314513868,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 211409.81978553624,
>       "component": "nvlink-nvswitch",
>       "kind": "failure",
>       "lost_work_s": 1057.7499181268413,
>       "phase": "main"
>     },
>     {
>       "at_s": 211743.4539038236,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 277024.7276314017,
>       "component": "fabric-other",
>       "kind": "failure",
>       "lost_work_s": 459.7784773598687,
>       "phase": "main"
>     },
>     {
>       "at_s": 277808.36174968904,
>       "downtime_s": 783.6341182873584,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 283930.75054175797,
>       "component": "software-hang",
>       "kind": "failure",
>       "lost_work_s": 720.5975212174126,
>       "phase": "main"
>     },
>     {
>       "at_s": 284714.3846600453,
>       "downtime_s": 783.6341182873584,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 325913.14352320816,
>       "component": "fabric-other",
>       "kind": "failure",
>       "lost_work_s": 1585.6228769183726,
>       "phase": "main"
>     },
>     {
>       "at_s": 326696.7776414955,
>       "downtime_s": 783.6341182873584,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 458879.6002386339,
>       "component": "fabric-other",
>       "kind": "failure",
>       "lost_work_s": 739.2350064181373,
>       "phase": "main"
>     },
>     {
>       "at_s": 459663.2343569213,
>       "downtime_s": 783.6341182873584,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 478043.47798588284,
>       "component": "storage",
>       "kind": "failure",
>       "lost_work_s": 374.27272612316665,
>       "phase": "main"
>     },
>     {
>       "at_s": 478377.1121041702,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 573943.2336587309,
>       "component": "gpu-recoverable",
>       "kind": "failure",
>       "lost_work_s": 134.47576951718656,
>       "phase": "main"
>     },
>     {
>       "at_s": 574276.8677770182,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 576032.9680808183,
>       "component": "nvlink-nvswitch",
>       "kind": "failure",
>       "lost_work_s": 1756.100303800078,
>       "phase": "main"
>     },
>     {
>       "at_s": 576366.6021991057,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 576950.6671837231,
>       "component": "gpu-hard",
>       "kind": "failure",
>       "lost_work_s": 584.0649846174056,
>       "phase": "main"
>     },
>     {
>       "at_s": 577284.3013020104,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 689007.5800324866,
>       "component": "storage",
>       "kind": "failure",
>       "lost_work_s": 86.25913287812728,
>       "phase": "main"
>     },
>     {
>       "at_s": 689341.214150774,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 750332.2137779576,
>       "component": "storage",
>       "kind": "failure",
>       "lost_work_s": 1571.2956478169654,
>       "phase": "main"
>     },
>     {
>       "at_s": 750665.847896245,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 788494.5587079551,
>       "component": "optic-cable",
>       "kind": "failure",
>       "lost_work_s": 16.17191574948083,
>       "phase": "main"
>     },
>     {
>       "at_s": 788828.1928262424,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 864000.0,
>       "kind": "end",
>       "phase": "main"
>     }
>   ]
> }

$ colossus campaign tests/scenarios/campaign/small.yaml --days 10 --replicas 50 --seed 2 --json
! json 0
> {
>   "campaign": "small",
>   "closed_form": {
>     "ettr": 0.9851698173674933,
>     "interruptions": 9.13709596367581,
>     "training_s": 851186.7222055142,
>     "wall_s": 864000.0
>   },
>   "cluster": "eos-11616",
>   "components": [
>     {
>       "blast_radius": "none",
>       "detection": "crash",
>       "events": {
>         "mean": 1.32,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 3.0
>       },
>       "expected": 1.3728490728973668,
>       "name": "gpu-recoverable",
>       "rate_per_1000_unit_days": 0.1347,
>       "source": "RSC-1 6.5/1000 node-days x Crusoe H200 mix 'GPU recoverable faults' 19.5% (x0.85), per GPU",
>       "unit": "gpu",
>       "units": 1024.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 1.2,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 3.0
>       },
>       "expected": 1.1690110516802372,
>       "name": "gpu-hard",
>       "rate_per_1000_unit_days": 0.1147,
>       "source": "RSC-1 x Crusoe 'GPU host replacement' 41.5% (x0.85); 40% of it to the GPU itself (estimate)",
>       "unit": "gpu",
>       "units": 1024.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 1.46,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 4.0
>       },
>       "expected": 1.1690110516802372,
>       "name": "hbm",
>       "rate_per_1000_unit_days": 0.1147,
>       "source": "RSC-1 x Crusoe 'GPU host replacement' (x0.85); 40% to HBM (estimate; RSC names GPU memory errors a top contributor)",
>       "unit": "gpu",
>       "units": 1024.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 0.6,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 2.0
>       },
>       "expected": 0.5842507283135973,
>       "name": "nvlink-nvswitch",
>       "rate_per_1000_unit_days": 0.4586,
>       "source": "RSC-1 x Crusoe 'GPU host replacement' (x0.85); 20% to NVLink/NVSwitch/PCIe (estimate; RSC names PCIe errors a top contributor)",
>       "unit": "server",
>       "units": 128.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 0.44,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 1.0
>       },
>       "expected": 0.3448684521467309,
>       "name": "host",
>       "rate_per_1000_unit_days": 0.2707,
>       "source": "RSC-1 x Crusoe 'Other host issues (CPU, memory, etc)' 4.9% (x0.85)",
>       "unit": "server",
>       "units": 128.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 0.2,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 2.0
>       },
>       "expected": 0.2576512588184516,
>       "name": "nic",
>       "rate_per_1000_unit_days": 0.02528,
>       "source": "RSC-1 x Crusoe 'InfiniBand hardware issues' 12.2% (x0.85); 30% to NICs (estimate), 8 per server",
>       "unit": "nic",
>       "units": 1024.0
>     },
>     {
>       "blast_radius": "none",
>       "detection": "crash",
>       "events": {
>         "mean": 0.58,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 2.0
>       },
>       "expected": 0.5275010720553889,
>       "name": "optic-cable",
>       "rate_per_1000_unit_days": 0.01685,
>       "source": "RSC-1 x Crusoe 'InfiniBand hardware issues' (x0.85); 60% to optics and cables (estimate), 24 per server",
>       "unit": "link",
>       "units": 3145.34435261708
>     },
>     {
>       "blast_radius": "none",
>       "detection": "crash",
>       "events": {
>         "mean": 0.26,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 1.0
>       },
>       "expected": 0.3531283141118568,
>       "name": "ib-recoverable",
>       "rate_per_1000_unit_days": 0.01128,
>       "source": "RSC-1 x Crusoe 'InfiniBand recoverable faults' 4.9% (x0.85), 24 links per server",
>       "unit": "link",
>       "units": 3145.34435261708
>     },
>     {
>       "blast_radius": "leaf",
>       "detection": "crash",
>       "events": {
>         "mean": 0.04,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 0.0
>       },
>       "expected": 0.06964606109230721,
>       "name": "leaf-switch",
>       "rate_per_1000_unit_days": 0.2157,
>       "source": "RSC-1 x Crusoe 'InfiniBand hardware issues' (x0.85); 10% to switches (estimate), 0.3125 per server",
>       "unit": "leaf_switch",
>       "units": 32.44077134986226
>     },
>     {
>       "blast_radius": "none",
>       "detection": "crash",
>       "events": {
>         "mean": 0.08,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 1.0
>       },
>       "expected": 0.1114715488678504,
>       "name": "spine-switch",
>       "rate_per_1000_unit_days": 0.2157,
>       "source": "as leaf-switch",
>       "unit": "spine_switch",
>       "units": 51.92286501377411
>     },
>     {
>       "blast_radius": "none",
>       "detection": "hang",
>       "events": {
>         "mean": 1.3,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 4.0
>       },
>       "expected": 1.1966565833078102,
>       "name": "fabric-other",
>       "rate_per_1000_unit_days": 0.9393,
>       "source": "RSC-1 x Crusoe 'InfiniBand other issues' 17% (x0.85): subnet manager, congestion, firmware",
>       "unit": "server",
>       "units": 128.0
>     },
>     {
>       "blast_radius": "none",
>       "detection": "crash",
>       "events": {
>         "mean": 1.22,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 4.0
>       },
>       "expected": 1.2421379417918823,
>       "name": "storage",
>       "rate_per_1000_unit_days": 0.975,
>       "source": "RSC-1 x 15% (estimate): RSC names file-system mounts its second contributor",
>       "unit": "server",
>       "units": 128.0
>     },
>     {
>       "blast_radius": "none",
>       "detection": "hang",
>       "events": {
>         "mean": 0.78,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 2.0
>       },
>       "expected": 0.6369938163035294,
>       "name": "software-hang",
>       "rate_per_1000_unit_days": 0.5,
>       "source": "estimate: NCCL/framework hangs beyond RSC's hardware rate (no published rate used)",
>       "unit": "server",
>       "units": 128.0
>     },
>     {
>       "blast_radius": "server",
>       "detection": "crash",
>       "events": {
>         "mean": 0.1,
>         "p5": 0.0,
>         "p50": 0.0,
>         "p95": 1.0
>       },
>       "expected": 0.10191901060856472,
>       "name": "silent-data-corruption",
>       "rate_per_1000_unit_days": 0.01,
>       "source": "estimate: SDC found by loss/gradient checks; rare next to the above (no published rate used)",
>       "unit": "gpu",
>       "units": 1024.0
>     },
>     {
>       "blast_radius": "none",
>       "detection": "slow",
>       "events": {
>         "mean": 1.54,
>         "p5": 0.0,
>         "p50": 1.0,
>         "p95": 4.0
>       },
>       "expected": 1.5652850802830531,
>       "name": "link-flap",
>       "rate_per_1000_unit_days": 0.05,
>       "source": "estimate: a flap under adaptive routing slows the job 5% for 5 min (no published rate used)",
>       "unit": "link",
>       "units": 3145.34435261708
>     }
>   ],
>   "energy": null,
>   "gpu": "h100-sxm",
>   "lost_s": {
>     "checkpoint": 530.7518030094395,
>     "detection": 2373.0,
>     "maintenance": 0.0,
>     "recompute": 8559.925975778648,
>     "restart": 1759.214853192909,
>     "slowdown": 23.1,
>     "spares": 0.0,
>     "transition": 184.7583548620799
>   },
>   "model": "llama3-8b",
>   "monte_carlo": {
>     "replicas": 50,
>     "seed": 2,
>     "spare_servers": 1324
>   },
>   "origin": "file tests/scenarios/campaign/small.yaml",
>   "phases": [
>     {
>       "checkpoint_block_s": 1.12423657472,
>       "checkpoint_bytes": 112423657472.0,
>       "checkpoint_load_s": 0.56211828736,
>       "checkpoint_write_s": 1.12423657472,
>       "ettr_closed_form": 0.9853795773950486,
>       "ettr_rsc_formula": 0.9853190376289224,
>       "fixed_interval_s": 1800.0,
>       "gpus": 1024,
>       "interval_s": 1799.6681120593557,
>       "layout": "TP8 SP, PP1 1f1b, DP128, ZeRO-1, micro-batch 1 x 4096 tokens, global batch 1024, bf16, selective recompute",
>       "mfu": 0.26912411360960403,
>       "mttf_s": 94115.42304342991,
>       "name": "ramp",
>       "power_it_w": null,
>       "restart_s": 183.63411828736,
>       "simulated": true,
>       "step_time_s": 0.7917589582311287,
>       "steps": 4769,
>       "tokens": 20000000000,
>       "tokens_per_step": 4194304,
>       "training_s": 3775.898471804253,
>       "transition_s": 0.0,
>       "young_daly_interval_s": 460.0173927813369
>     },
>     {
>       "checkpoint_block_s": 1.12423657472,
>       "checkpoint_bytes": 112423657472.0,
>       "checkpoint_load_s": 0.56211828736,
>       "checkpoint_write_s": 1.12423657472,
>       "ettr_closed_form": 0.9853805360715815,
>       "ettr_rsc_formula": 0.9853200075682058,
>       "fixed_interval_s": 1800.0,
>       "gpus": 1024,
>       "interval_s": 1799.4728537091191,
>       "layout": "TP8 SP, PP1 1f1b, DP128, ZeRO-1, micro-batch 1 x 8192 tokens, global batch 1024, bf16, selective recompute",
>       "mfu": 0.32695821779367207,
>       "mttf_s": 94115.42304342991,
>       "name": "main",
>       "power_it_w": null,
>       "restart_s": 183.63411828736,
>       "simulated": true,
>       "step_time_s": 1.4665630429577172,
>       "steps": 0,
>       "tokens": 0,
>       "tokens_per_step": 8388608,
>       "training_s": 864000.0,
>       "transition_s": 184.75835486207998,
>       "young_daly_interval_s": 460.0173927813369
>     }
>   ],
>   "reliability": "hgx-8gpu",
>   "result": {
>     "days": {
>       "mean": 10.0,
>       "p5": 10.0,
>       "p50": 10.0,
>       "p95": 10.0
>     },
>     "ettr": {
>       "mean": 0.9844551493207833,
>       "p5": 0.9763277614294319,
>       "p50": 0.9849093833770342,
>       "p95": 0.9912308398953797
>     },
>     "ettr_ci95": 0.001303116620588384,
>     "interruptions": {
>       "mean": 9.58,
>       "p5": 5.0,
>       "p50": 9.0,
>       "p95": 16.0
>     },
>     "tokens_trained": {
>       "mean": 4863584034344.486,
>       "p5": 4823418468124.978,
>       "p50": 4865828859903.373,
>       "p95": 4897069509886.567
>     }
>   },
>   "scenario": "small-job.yaml",
>   "schema": "colossus.campaign/1",
>   "target": {
>     "period_s": 864000.0,
>     "tokens": 0
>   },
>   "timeline": [
>     {
>       "at_s": 0.0,
>       "kind": "phase_start",
>       "phase": "ramp"
>     },
>     {
>       "at_s": 3962.905299815773,
>       "kind": "phase_start",
>       "phase": "main"
>     },
>     {
>       "at_s": 44290.51438136401,
>       "component": "fabric-other",
>       "kind": "failure",
>       "lost_work_s": 714.4730953037797,
>       "phase": "main"
>     },
>     {
>       "at_s": 45074.14849965137,
>       "downtime_s": 783.6341182873584,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 98656.04428244723,
>       "component": "storage",
>       "kind": "failure",
>       "lost_work_s": 1364.5801645645188,
>       "phase": "main"
>     },
>     {
>       "at_s": 98989.67840073459,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 158952.91852551288,
>       "component": "host",
>       "kind": "failure",
>       "lost_work_s": 543.5361454116064,
>       "phase": "main"
>     },
>     {
>       "at_s": 159286.55264380024,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 219699.4844670999,
>       "component": "hbm",
>       "kind": "failure",
>       "lost_work_s": 993.227843932953,
>       "phase": "main"
>     },
>     {
>       "at_s": 220033.11858538724,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 229986.7658168156,
>       "component": "gpu-recoverable",
>       "kind": "failure",
>       "lost_work_s": 950.6617800091644,
>       "phase": "main"
>     },
>     {
>       "at_s": 230320.39993510296,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 253215.78853191982,
>       "component": "gpu-recoverable",
>       "kind": "failure",
>       "lost_work_s": 1288.2235134107905,
>       "phase": "main"
>     },
>     {
>       "at_s": 253549.42265020718,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 277507.3378280828,
>       "component": "nvlink-nvswitch",
>       "kind": "failure",
>       "lost_work_s": 550.1530041856968,
>       "phase": "main"
>     },
>     {
>       "at_s": 277840.97194637015,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 308800.0446440985,
>       "component": "link-flap",
>       "kind": "slowdown",
>       "lost_s": 15.0,
>       "phase": "main"
>     },
>     {
>       "at_s": 395412.8248764496,
>       "component": "ib-recoverable",
>       "kind": "failure",
>       "lost_work_s": 518.0420616298943,
>       "phase": "main"
>     },
>     {
>       "at_s": 395746.45899473695,
>       "downtime_s": 333.63411828735843,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 409042.52825423935,
>       "component": "software-hang",
>       "kind": "failure",
>       "lost_work_s": 691.8896275155275,
>       "phase": "main"
>     },
>     {
>       "at_s": 409826.1623725267,
>       "downtime_s": 783.6341182873584,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 443844.2555958888,
>       "component": "fabric-other",
>       "kind": "failure",
>       "lost_work_s": 1607.3455982530104,
>       "phase": "main"
>     },
>     {
>       "at_s": 444627.8897141762,
>       "downtime_s": 783.6341182873584,
>       "kind": "restart",
>       "phase": "main"
>     },
>     {
>       "at_s": 864000.0,
>       "kind": "end",
>       "phase": "main"
>     }
>   ]
> }
