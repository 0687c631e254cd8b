# Hugging Face configs as users have them (tests/scenarios/models/NAME/config.json, written from
# the published config.json of each checkpoint): `describe --model` loads the model directory and
# prints its parameter counts. Each record states the figure its model card or paper publishes
# and the difference; twenty configs of different families agree within 1% on total parameters.

# Llama 2 13B: the model card's 13B; 13.016B counted (+0.1%).
$ colossus describe --model tests/scenarios/models/llama-2-13b
> model llama-2-13b: llama (from tests/scenarios/models/llama-2-13b/config.json)
>   13.02 B parameters, 40 layers, hidden 5120, 40 heads / 40 KV heads of 128, FFN 13824 gated, vocab 32000
>   parameters         13,015,864,320
>   active             13,015,864,320   (12,852,024,320 without the input embedding)
>   embedding             163,840,000
>   output                163,845,120
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 4096); the default is min(4096, max positions); set --seq-len)

# Llama 3.1 8B: 8.03B (Meta's model card and the Llama 3 paper); 8.030B counted (0.0%).
$ colossus describe --model tests/scenarios/models/llama-3.1-8b
> model llama-3.1-8b: llama (from tests/scenarios/models/llama-3.1-8b/config.json)
>   8.03 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 128256
>   parameters          8,030,261,248
>   active              8,030,261,248   (7,504,924,672 without the input embedding)
>   embedding             525,336,576
>   output                525,340,672
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 131072); the default is min(4096, max positions); set --seq-len)

# Llama 3.1 70B: 70.6B (model card); 70.55B counted (-0.1%).
$ colossus describe --model tests/scenarios/models/llama-3.1-70b
> model llama-3.1-70b: llama (from tests/scenarios/models/llama-3.1-70b/config.json)
>   70.55 B parameters, 80 layers, hidden 8192, 64 heads / 8 KV heads of 128, FFN 28672 gated, vocab 128256
>   parameters         70,553,706,496
>   active             70,553,706,496   (69,503,033,344 without the input embedding)
>   embedding           1,050,673,152
>   output              1,050,681,344
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 131072); the default is min(4096, max positions); set --seq-len)

# Mistral 7B v0.1: 7.3B (Mistral AI's announcement, "a 7.3B parameter model"); 7.24B counted
# (-0.8%). Sliding window 4096 on every layer.
$ colossus describe --model tests/scenarios/models/mistral-7b-v0.1
> model mistral-7b-v0.1: mistral (from tests/scenarios/models/mistral-7b-v0.1/config.json)
>   7.24 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 32000, sliding window 4096 (all layers)
>   parameters          7,241,732,096
>   active              7,241,732,096   (7,110,660,096 without the input embedding)
>   embedding             131,072,000
>   output                131,076,096
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 32768); the default is min(4096, max positions); set --seq-len)

# Mixtral 8x7B: 46.7B total, 12.9B active (Jiang et al. 2024); 46.70B / 12.88B counted (0.0% /
# -0.2%).
$ colossus describe --model tests/scenarios/models/mixtral-8x7b
> model mixtral-8x7b: mixtral (from tests/scenarios/models/mixtral-8x7b/config.json)
>   46.70 B parameters (12.88 B active), 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, 8 experts top-2 of 14336 in 32 of 32 layers, vocab 32000
>   parameters         46,702,792,704
>   active             12,879,925,248   (12,748,853,248 without the input embedding)
>   embedding             131,072,000
>   output                131,076,096
>   routed experts     45,097,156,608
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 32768); the default is min(4096, max positions); set --seq-len)

# Mixtral 8x22B: 141B total, 39B active (model card); 140.63B / 39.16B counted (-0.3% / +0.4%).
$ colossus describe --model tests/scenarios/models/mixtral-8x22b
> model mixtral-8x22b: mixtral (from tests/scenarios/models/mixtral-8x22b/config.json)
>   140.63 B parameters (39.16 B active), 56 layers, hidden 6144, 48 heads / 8 KV heads of 128, FFN 16384 gated, 8 experts top-2 of 16384 in 56 of 56 layers, vocab 32768
>   parameters        140,630,071,296
>   active             39,161,468,928   (38,960,142,336 without the input embedding)
>   embedding             201,326,592
>   output                201,332,736
>   routed experts    135,291,469,824
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 65536); the default is min(4096, max positions); set --seq-len)

# Qwen2.5 7B: 7.61B (model card "Number of Parameters: 7.61B"); 7.615B counted (+0.1%).
# use_sliding_window false: global attention.
$ colossus describe --model tests/scenarios/models/qwen2.5-7b
> model qwen2.5-7b: qwen2 (from tests/scenarios/models/qwen2.5-7b/config.json)
>   7.62 B parameters, 28 layers, hidden 3584, 28 heads / 4 KV heads of 128, FFN 18944 gated, vocab 152064
>   parameters          7,615,487,488
>   active              7,615,487,488   (7,070,490,112 without the input embedding)
>   embedding             544,997,376
>   output                545,000,960
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 131072); the default is min(4096, max positions); set --seq-len)

# Qwen1.5-MoE-A2.7B: 14.3B total, 2.7B activated (model card); 14.32B / 2.69B counted (+0.1% /
# -0.4%). The shared expert (5632 wide) is 4 routed experts' width.
$ colossus describe --model tests/scenarios/models/qwen1.5-moe-a2.7b
> model qwen1.5-moe-a2.7b: qwen2_moe (from tests/scenarios/models/qwen1.5-moe-a2.7b/config.json)
>   14.32 B parameters (2.69 B active), 24 layers, hidden 2048, 16 heads / 16 KV heads of 128, FFN 5632 gated, 60 experts top-4 of 1408 + 4 shared in 24 of 24 layers, vocab 151936
>   parameters         14,315,587,584
>   active              2,688,976,896   (2,377,811,968 without the input embedding)
>   embedding             311,164,928
>   output                311,166,976
>   routed experts     12,457,082,880
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 8192); the default is min(4096, max positions); set --seq-len)

# Qwen3 8B: 8.2B (model card "Number of Parameters: 8.2B"); 8.19B counted (-0.1%).
$ colossus describe --model tests/scenarios/models/qwen3-8b
> model qwen3-8b: qwen3 (from tests/scenarios/models/qwen3-8b/config.json)
>   8.19 B parameters, 36 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 12288 gated, vocab 151936
>   parameters          8,190,726,144
>   active              8,190,726,144   (7,568,396,288 without the input embedding)
>   embedding             622,329,856
>   output                622,333,952
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 40960); the default is min(4096, max positions); set --seq-len)

# Qwen3 235B-A22B: 235B total, 22B activated (model card); 235.09B / 22.19B counted (0.0% /
# +0.9%).
$ colossus describe --model tests/scenarios/models/qwen3-235b-a22b
> model qwen3-235b-a22b: qwen3_moe (from tests/scenarios/models/qwen3-235b-a22b/config.json)
>   235.09 B parameters (22.19 B active), 94 layers, hidden 4096, 64 heads / 4 KV heads of 128, FFN 12288 gated, 128 experts top-8 of 1536 in 94 of 94 layers, vocab 151936
>   parameters        235,093,610,496
>   active             22,190,739,456   (21,568,409,600 without the input embedding)
>   embedding             622,329,856
>   output                622,333,952
>   routed experts    227,096,395,776
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 40960); the default is min(4096, max positions); set --seq-len)

# Gemma 2 9B: 8,324,201,984 non-embedding + 917,962,752 embedding parameters (Gemma 2 report,
# Table 1) = 9.242B; 9.241B counted (0.0%). Local/global attention alternate (window 4096); tied
# embeddings by GemmaConfig's default.
$ colossus describe --model tests/scenarios/models/gemma-2-9b
> model gemma-2-9b: gemma2 (from tests/scenarios/models/gemma-2-9b/config.json)
>   9.24 B parameters, 42 layers, hidden 3584, 16 heads / 8 KV heads of 256, FFN 14336 gated, vocab 256000 (tied), sliding window 4096 (1 layer in 2 global)
>   parameters          9,241,404,928
>   active              9,241,404,928   (8,323,900,928 without the input embedding)
>   embedding             917,504,000
>   output                      3,584
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 8192); the default is min(4096, max positions); set --seq-len)

# Gemma 3 27B: 25,600M non-embedding + 1,416M embedding parameters of the language model (Gemma 3
# report, Table 1; the 417M vision encoder apart) = 27.016B; 27.009B counted (0.0%). Read through
# text_config; vocab_size is Gemma3TextConfig's default; 5 local layers (window 1024) per global
# one.
$ colossus describe --model tests/scenarios/models/gemma-3-27b
> model gemma-3-27b: gemma3_text (from tests/scenarios/models/gemma-3-27b/config.json)
>   27.01 B parameters, 62 layers, hidden 5376, 32 heads / 16 KV heads of 128, FFN 21504 gated, vocab 262208 (tied), sliding window 1024 (1 layer in 6 global)
>   parameters         27,008,663,808
>   active             27,008,663,808   (25,599,033,600 without the input embedding)
>   embedding           1,409,630,208
>   output                      5,376
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 131072); the default is min(4096, max positions); set --seq-len)

# Phi-3 mini 4K: 3.8B (model card); 3.82B counted (+0.6%). Sliding window 2047.
$ colossus describe --model tests/scenarios/models/phi-3-mini-4k
> model phi-3-mini-4k: phi3 (from tests/scenarios/models/phi-3-mini-4k/config.json)
>   3.82 B parameters, 32 layers, hidden 3072, 32 heads / 32 KV heads of 96, FFN 8192 gated, vocab 32064, sliding window 2047 (all layers)
>   parameters          3,821,079,552
>   active              3,821,079,552   (3,722,578,944 without the input embedding)
>   embedding              98,500,608
>   output                 98,503,680
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 4096); the default is min(4096, max positions); set --seq-len)

# DeepSeek-V2: 236B total, 21B activated (DeepSeek-V2 report); 235.74B counted (-0.1%); active
# without the input embedding (DeepSeek's count) 20.85B (-0.7%).
$ colossus describe --model tests/scenarios/models/deepseek-v2
> model deepseek-v2: deepseek_v2 (from tests/scenarios/models/deepseek-v2/config.json)
>   235.74 B parameters (21.38 B active), 60 layers, hidden 5120, 128 heads / 128 KV heads of 128 (MLA: q rank 1536, KV rank 512, qk 128+64, v 128), FFN 12288 gated, 160 experts top-6 of 1536 + 2 shared in 59 of 60 layers, vocab 102400
>   parameters        235,741,434,880
>   active             21,375,800,320   (20,851,512,320 without the input embedding)
>   embedding             524,288,000
>   output                524,293,120
>   routed experts    222,717,542,400
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 163840); the default is min(4096, max positions); set --seq-len)

# DeepSeek-V3: 671B main model + 14B multi-token-prediction module = 685B (model card); 682.64B
# counted (-0.3%): 671.03B main model + 11.61B MTP module (the card's 14B also holds copies of the
# embedding and output head, 1.85B, which training shares).
$ colossus describe --model tests/scenarios/models/deepseek-v3
> model deepseek-v3: deepseek_v3 (from tests/scenarios/models/deepseek-v3/config.json)
>   682.64 B parameters (38.24 B active), 61 layers, hidden 7168, 128 heads / 128 KV heads of 128 (MLA: q rank 1536, KV rank 512, qk 128+64, v 128), FFN 18432 gated, 256 experts top-8 of 2048 + 1 shared in 58 of 61 layers, vocab 129280, 1 MTP module (11.61 B)
>   parameters        682,636,472,320
>   active             38,240,382,976   (37,313,703,936 without the input embedding)
>   embedding             926,679,040
>   output                926,686,208
>   routed experts    665,183,059,968
>   MTP modules        11,610,067,968
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 163840); the default is min(4096, max positions); set --seq-len)

# DBRX: 132B total, 36B active (Databricks' model card); 131.60B counted (-0.3%); active without
# the input embedding 35.85B (-0.4%). Key names d_model, n_heads, n_layers, attn_config,
# ffn_config.
$ colossus describe --model tests/scenarios/models/dbrx-base
> model dbrx-base: dbrx (from tests/scenarios/models/dbrx-base/config.json)
>   131.60 B parameters (36.47 B active), 40 layers, hidden 6144, 48 heads / 8 KV heads of 128, FFN 10752 gated, 16 experts top-4 of 10752 in 40 of 40 layers, vocab 100352
>   parameters        131,596,523,520
>   active             36,469,708,800   (35,853,146,112 without the input embedding)
>   embedding             616,562,688
>   output                616,568,832
>   routed experts    126,835,752,960
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 32768); the default is min(4096, max positions); set --seq-len)

# GPT-2: 124M (OpenAI's model card); 124.44M counted (+0.4%). Key names n_embd, n_head, n_layer,
# n_positions; tied and with learned positions by GPT2Config's default.
$ colossus describe --model tests/scenarios/models/gpt2
> model gpt2: gpt2 (from tests/scenarios/models/gpt2/config.json)
>   124.4 M parameters, 12 layers, hidden 768, 12 heads / 12 KV heads of 64, FFN 3072 GELU, vocab 50257 (tied)
>   parameters            124,439,808
>   active                124,439,808   (85,056,000 without the input embedding)
>   embedding              39,383,808
>   output                      1,536
>   seq_len                       1024   (seq_len 1024: config.json states no training length (max positions 1024); the default is min(4096, max positions); set --seq-len)

# Pythia 6.9B: 6,857,302,016 parameters (EleutherAI's model card, "Total params"); 6,857,302,016
# counted (exact). Parallel attention + MLP (use_parallel_residual).
$ colossus describe --model tests/scenarios/models/pythia-6.9b
> model pythia-6.9b: gpt_neox (from tests/scenarios/models/pythia-6.9b/config.json)
>   6.86 B parameters, 32 layers, hidden 4096, 32 heads / 32 KV heads of 128, FFN 16384 GELU, vocab 50432, parallel attention+FFN
>   parameters          6,857,302,016
>   active              6,857,302,016   (6,650,732,544 without the input embedding)
>   embedding             206,569,472
>   output                206,577,664
>   seq_len                       2048   (seq_len 2048: config.json states no training length (max positions 2048); the default is min(4096, max positions); set --seq-len)

# Falcon 180B: 180B (TII's model card); 178.55B counted (-0.8%). num_kv_heads 8, new decoder
# architecture with parallel attention + MLP.
$ colossus describe --model tests/scenarios/models/falcon-180b
> model falcon-180b: falcon (from tests/scenarios/models/falcon-180b/config.json)
>   178.55 B parameters, 80 layers, hidden 14848, 232 heads / 8 KV heads of 64, FFN 59392 GELU, vocab 65024 (tied), parallel attention+FFN
>   parameters        178,554,698,240
>   active            178,554,698,240   (177,589,221,888 without the input embedding)
>   embedding             965,476,352
>   output                     14,848
>   seq_len                       2048   (seq_len 2048: config.json states no training length (max positions 2048); the default is min(4096, max positions); set --seq-len)

# GPT-J 6B: 6,053,381,344 parameters (EleutherAI's model card); 6,051,520,512 counted (-0.03%).
# Parallel attention + MLP, n_inner null = 4 x n_embd.
$ colossus describe --model tests/scenarios/models/gpt-j-6b
> model gpt-j-6b: gptj (from tests/scenarios/models/gpt-j-6b/config.json)
>   6.05 B parameters, 28 layers, hidden 4096, 16 heads / 16 KV heads of 256, FFN 16384 GELU, vocab 50400, parallel attention+FFN
>   parameters          6,051,520,512
>   active              6,051,520,512   (5,845,082,112 without the input embedding)
>   embedding             206,438,400
>   output                206,446,592
>   seq_len                       2048   (seq_len 2048: config.json states no training length (max positions 2048); the default is min(4096, max positions); set --seq-len)

# Llama 4 Scout: 109B total, 17B active (Meta's model card, which counts the vision encoder too);
# the language model read from text_config counts 107.77B (-1.1%) / 17.17B active (+1.0%). Not
# among the twenty within 1%: the vision encoder's ~0.8B (34 layers of width 1408) are not
# modelled.
$ colossus describe --model tests/scenarios/models/llama-4-scout
> model llama-4-scout: llama4_text (from tests/scenarios/models/llama-4-scout/config.json)
>   107.77 B parameters (17.17 B active), 48 layers, hidden 5120, 40 heads / 8 KV heads of 128, FFN 16384 gated, 16 experts top-1 of 8192 + 1 shared in 48 of 48 layers, vocab 202048
>   parameters        107,769,861,120
>   active             17,172,894,720   (16,138,408,960 without the input embedding)
>   embedding           1,034,485,760
>   output              1,034,490,880
>   routed experts     96,636,764,160
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 10485760); the default is min(4096, max positions); set --seq-len)

# LoRA rank 16 on q, k, v, o of Llama 3.1 8B: 13,631,488 trainable parameters, the figure PEFT
# prints for this model (r x (in + out) per projection: 425,984 per layer x 32).
$ colossus describe --model tests/scenarios/models/llama-3.1-8b --lora-rank 16
> model llama-3.1-8b: llama (from tests/scenarios/models/llama-3.1-8b/config.json)
>   8.04 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 128256, LoRA rank 16 on q,k,v,o (13.6 M trainable)
>   parameters          8,043,892,736
>   active              8,043,892,736   (7,518,556,160 without the input embedding)
>   embedding             525,336,576
>   output                525,340,672
>   LoRA adapters          13,631,488   (trainable; the base is frozen)
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 131072); the default is min(4096, max positions); set --seq-len)

# All seven projections: 41,943,040 (PEFT's target_modules="all-linear").
$ colossus describe --model tests/scenarios/models/llama-3.1-8b --lora-rank 16 --lora-targets all
> model llama-3.1-8b: llama (from tests/scenarios/models/llama-3.1-8b/config.json)
>   8.07 B parameters, 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 gated, vocab 128256, LoRA rank 16 on q,k,v,o,gate,up,down (41.9 M trainable)
>   parameters          8,072,204,288
>   active              8,072,204,288   (7,546,867,712 without the input embedding)
>   embedding             525,336,576
>   output                525,340,672
>   LoRA adapters          41,943,040   (trainable; the base is frozen)
>   seq_len                       4096   (seq_len 4096: config.json states no training length (max positions 131072); the default is min(4096, max positions); set --seq-len)

# JSON for machines.
$ colossus describe --model tests/scenarios/models/deepseek-v3 --json
! json
> {
>   "schema": "colossus.model/1",
>   "model": "deepseek-v3",
>   "parameters": 682636472320,
>   "active_parameters": 38240382976,
>   "active_parameters_without_embedding": 37313703936,
>   "embedding_parameters": 926679040,
>   "output_parameters": 926686208,
>   "expert_parameters": 665183059968,
>   "mtp_parameters": 11610067968,
>   "lora_parameters": 0,
>   "trainable_parameters": 682636472320,
>   "layers": 61,
>   "moe_layers": 58,
>   "hidden_size": 7168,
>   "attention_heads": 128,
>   "kv_heads": 128,
>   "head_dim": 128,
>   "ffn_hidden_size": 18432,
>   "experts": 256,
>   "top_k": 8,
>   "vocab_size": 129280,
>   "seq_len": 4096,
>   "summary": "682.64 B parameters (38.24 B active), 61 layers, hidden 7168, 128 heads / 128 KV heads of 128 (MLA: q rank 1536, KV rank 512, qk 128+64, v 128), FFN 18432 gated, 256 experts top-8 of 2048 + 1 shared in 58 of 61 layers, vocab 129280, 1 MTP module (11.61 B)"
> }

# An architecture the simulator does not model: one line naming it.
$ colossus describe --model tests/scenarios/models/mamba-2.8b
! exit 2
2> tests/scenarios/models/mamba-2.8b/config.json: model_type: architecture mamba is not supported (supported model types: llama, mistral, mixtral, qwen2, qwen2_moe, qwen3, qwen3_moe, gemma, gemma2, gemma3, phi3, deepseek_v2, deepseek_v3, dbrx, llama4, olmo, olmo2, gpt2, gpt_neox, gptj, falcon, starcoder2)

# A required key missing: one line naming it.
$ colossus describe --model tests/scenarios/models/no-layers
! exit 2
2> tests/scenarios/models/no-layers/config.json: num_hidden_layers: missing (a required key of a Hugging Face config)

# Bad LoRA input: rank 0, an unknown projection, targets without a rank.
$ colossus describe --model llama3-8b --lora-rank 0
! exit 2
2> <command line>: --lora-rank: expected a count in [1, 1048576], got '0'

$ colossus describe --model llama3-8b --lora-rank 8 --lora-targets q,bogus
! exit 2
2> <command line>: --lora-targets: expected q, k, v, o, gate, up, down, attention, mlp or all (comma-separated), got "bogus"

$ colossus describe --model llama3-8b --lora-targets q
! exit 2
2> <command line>: --lora-targets: needs --lora-rank
