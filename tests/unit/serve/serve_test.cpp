// Tests of the serving layer: the replica's iteration time against a hand computation, the
// scheduler against hand-derived timelines, Little's law, the KV cache binding, rejections, bad
// traces and the latency histogram.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>

#include "colossus/serve/serving.h"
#include "colossus/serve/serving_cost.h"
#include "colossus/serve/tp_all_reduce.h"
#include "colossus/spec/cluster_loader.h"
#include "colossus/spec/model_loader.h"

namespace colossus::serve {
namespace {

// A two-layer model small enough to compute by hand: h 1024, 8 heads of 128 (MHA), SwiGLU 4096.
ModelSpec small_model() {
  ModelSpec m;
  m.name = "small";
  m.source = {"<test>", 0};
  m.layers = 2;
  m.hidden = 1024;
  m.heads = 8;
  m.kv_heads = 8;
  m.head_dim = 128;
  m.ffn_hidden = 4096;
  m.vocab = 32000;
  m.seq_len = 4096;
  validate_model(m);
  return m;
}

GpuSpec h100() {
  return load_gpu("h100-sxm", PresetCatalog::from_environment());
}

AllReduceTime no_comm() {
  return [](Bytes) { return Seconds{}; };
}

TEST(ReplicaModel, DecodeIterationIsBytesOverBandwidthPlusLaunches) {
  // One sequence decoding at 1,000 tokens of context on one H100 (tp 1: no all-reduce). Every
  // kernel is bandwidth-bound at one token (a GEMM's 2nk FLOPs take 1/200 of its 2nk weight
  // bytes' time), so the iteration is the bytes read and written over 3.35 TB/s x 0.80 (the
  // preset's memory efficiency) plus 3 us per launch: per layer 4 GEMMs, 2 norms, rotary, the
  // activation and attention (9), then the embedding, the output head and sampling (3).
  const ReplicaModel r(small_model(), h100(), ReplicaConfig{}, no_comm());
  BatchShape s;
  s.decode_seqs = 1;
  s.decode_context = 1000;
  s.sampled = 1;
  const double h = 1024, f = 4096, v = 32000, kv_token = 2 * 8 * 128 * 2;
  auto gemm = [](double k, double n) { return (k * n + k + n) * 2; };  // weights + in + out
  const double layer = gemm(h, 3 * h) + gemm(h, h) + gemm(h, 2 * f) + gemm(f, h)  // GEMMs
                       + 2 * (h * 4) + 16 * 128 * 4 + f * 6  // norms, rope, act
                       + 1000 * kv_token + 2 * 8 * 128 * 2;  // KV, Q and O
  const double bytes = 2 * layer + h * 2 + gemm(h, v) + v * 4;
  const double expected = bytes / (3.35e12 * 0.80) + 21 * 3e-6;
  EXPECT_NEAR(r.iteration_time(s).value(), expected, 1e-12);
  // Weights: 2 x (4h^2 + 3hf) linear + 2 x vh embedding and head + norms, all BF16.
  EXPECT_DOUBLE_EQ(r.weights_per_gpu().value(),
                   (2 * (4 * h * h + 3 * h * f) + 2 * v * h + 2 * 2 * h + h) * 2);
  EXPECT_DOUBLE_EQ(r.kv_bytes_per_token_per_gpu().value(), 2 * kv_token);
}

TEST(ReplicaModel, PerQueryHeadDecodeReadsTheCacheOncePerQueryHead) {
  // The small model with GQA (8 query heads, 2 KV heads): a per-query-head decode kernel reads
  // each sequence's cache 8 / 2 = 4 times, so a decode iteration at 1,000 tokens of context
  // reads 3 more copies of the KV cache per layer (2 layers x 1,000 tokens x K and V of 2 heads
  // of 128 in BF16) over 3.35 TB/s x 0.80, and nothing else changes. At tp 2 each GPU holds
  // 4 query heads and 1 KV head: 4 reads, the same 3 extra copies of the (halved) cache.
  ModelSpec m = small_model();
  m.kv_heads = 2;
  validate_model(m);
  BatchShape s;
  s.decode_seqs = 1;
  s.decode_context = 1000;
  s.sampled = 1;
  for (int tp : {1, 2}) {
    ReplicaConfig grouped;
    grouped.tp = tp;
    ReplicaConfig per_head = grouped;
    per_head.decode_attention = DecodeAttention::per_query_head;
    const ReplicaModel a(m, h100(), grouped, no_comm()), b(m, h100(), per_head, no_comm());
    const double kv_layer_gpu = 1000.0 * 2 * (2 / tp) * 128 * 2;
    const double extra = 2 * 3 * kv_layer_gpu / (3.35e12 * 0.80);
    EXPECT_NEAR((b.iteration(s).attention - a.iteration(s).attention).value(), extra, 1e-12)
        << "tp " << tp;
    EXPECT_DOUBLE_EQ(b.iteration(s).gemm.value(), a.iteration(s).gemm.value());
  }
}

TEST(ReplicaModel, TensorRtLlmCacheIsAShareOfWhatTheWeightsLeave) {
  // vLLM's rule: the cache is 0.9 x 80 GiB less weights and activations; TensorRT-LLM's
  // (kv_cache_free_gpu_mem_fraction 0.9): 0.9 x (80 GiB less weights and activations), which is
  // 0.1 x (weights + activations) more.
  ReplicaConfig vllm, trtllm;
  trtllm.kv_cache_free_fraction = 0.9;
  const ReplicaModel a(small_model(), h100(), vllm, no_comm());
  const ReplicaModel b(small_model(), h100(), trtllm, no_comm());
  const double hbm = 80.0 * 1024 * 1024 * 1024;
  const double engine = a.weights_per_gpu().value() + a.activation_reserve_per_gpu().value();
  EXPECT_NEAR(a.kv_cache_per_gpu().value(), 0.9 * hbm - engine, 1.0);
  EXPECT_NEAR(b.kv_cache_per_gpu().value(), 0.9 * (hbm - engine), 1.0);
  EXPECT_NEAR((b.kv_cache_per_gpu() - a.kv_cache_per_gpu()).value(), 0.1 * engine, 1.0);
}

TEST(ReplicaModel, WeightsThatDoNotFitAreRefused) {
  // Llama 3 70B in BF16 is 141 GB: not on one 80 GiB H100, which holds 72 GiB at 0.9.
  const ModelSpec m = load_model("llama3-70b");
  try {
    ReplicaModel r(m, h100(), ReplicaConfig{}, no_comm());
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("needs 131.4 GiB of weights"), std::string::npos)
        << e.what();
  }
  ReplicaConfig tp8;
  tp8.tp = 8;
  EXPECT_NO_THROW(ReplicaModel(m, h100(), tp8, no_comm()));
}

// A source of the given requests, in order.
class ListSource : public RequestSource {
 public:
  explicit ListSource(std::vector<Request> r) : requests_(std::move(r)) {}
  std::optional<Request> next() override {
    if (i_ >= requests_.size()) return std::nullopt;
    return requests_[i_++];
  }

 private:
  std::vector<Request> requests_;
  std::size_t i_ = 0;
};

BatchShape decode(std::int64_t context) {
  BatchShape s;
  s.decode_seqs = 1;
  s.decode_context = context;
  s.sampled = 1;
  return s;
}

BatchShape prefill(std::int64_t tokens) {
  BatchShape s;
  s.prefill_seqs = 1;
  s.prefill_tokens = tokens;
  s.prefill_pairs = static_cast<double>(tokens) * (tokens + 1) / 2.0;
  s.sampled = 1;
  return s;
}

TEST(ServingCost, TheRunsGpuHoursAndEnergyOverItsOutputTokens) {
  // 200 offline requests on one H200 of colossus-200k (a site with pricing): the cost is the
  // facility layer's pool_usage of 1 GPU over the run at its busy share, per hour and per million
  // output tokens; the default cluster (eos-11616) has no site and so no cost.
  const PresetCatalog catalog = PresetCatalog::from_environment();
  const ClusterSpec cluster = load_cluster("colossus-200k", catalog);
  const std::size_t pool = pool_with_gpu(cluster, "h200-sxm", {"<test>", 0}, "gpu");
  ReplicaConfig c;
  c.precision = Precision::fp8;
  const ReplicaModel r(load_model("llama2-70b"), cluster.pools[pool].server.gpu, c, no_comm());
  auto source = synthetic_source({ArrivalProcess::Kind::offline, 0, 1},
                                 LengthDistribution::parse("400", {"<test>", 0}, "p"),
                                 LengthDistribution::parse("100", {"<test>", 0}, "o"), 200, 1);
  ServingOptions o;
  const ServingResult res = simulate_serving(r, *source, o);
  const auto cost = serving_cost(res, cluster, pool);
  ASSERT_TRUE(cost.has_value());
  // Offline: the replica runs iterations from start to end, busy all the time.
  EXPECT_NEAR(cost->busy_share, 1.0, 1e-9);
  EXPECT_NEAR(cost->per_million_output_tokens.value(),
              cost->per_hour.value() * res.end / 3600 / (res.output_tokens / 1e6), 1e-9);
  // An hour of one GPU costs at least its fixed rate and the electricity of its TDP at most.
  EXPECT_GT(cost->per_hour.value(), cost->fixed_per_gpu_hour.value());
  EXPECT_FALSE(serving_cost(res, load_cluster("eos-11616", catalog), 0).has_value());
}

TEST(Scheduler, OneRequestIsAPrefillThenDecodes) {
  // Prompt 100, output 4, arriving at 0.5 s: the first token comes after one prefill iteration;
  // the other three after decode iterations reading 101, 102 and 103 cached tokens.
  const ReplicaModel r(small_model(), h100(), ReplicaConfig{}, no_comm());
  ListSource src({{0, 0.5, 100, 4}});
  ServingOptions o;
  o.record_requests = true;
  const ServingResult s = simulate_serving(r, src, o);
  ASSERT_EQ(s.records.size(), 1u);
  const double p = r.iteration_time(prefill(100)).value();
  const double d = r.iteration_time(decode(101)).value() + r.iteration_time(decode(102)).value() +
                   r.iteration_time(decode(103)).value();
  EXPECT_NEAR(s.records[0].ttft, p, 1e-12);
  EXPECT_NEAR(s.records[0].e2e, p + d, 1e-12);
  EXPECT_NEAR(s.records[0].tpot, d / 3, 1e-12);
  EXPECT_NEAR(s.end, 0.5 + p + d, 1e-12);
  EXPECT_EQ(s.iterations, 4u);
}

TEST(Scheduler, SameTimeArrivalsShareTheFirstIteration) {
  // Two prompts of 100 arriving together are prefilled in one iteration of 200 tokens (their
  // causal pairs add), so both first tokens come at its end; then they decode together.
  const ReplicaModel r(small_model(), h100(), ReplicaConfig{}, no_comm());
  ListSource src({{0, 0, 100, 2}, {1, 0, 100, 2}});
  ServingOptions o;
  o.record_requests = true;
  const ServingResult s = simulate_serving(r, src, o);
  BatchShape both;
  both.prefill_seqs = 2;
  both.prefill_tokens = 200;
  both.prefill_pairs = 2 * 100 * 101 / 2.0;
  both.sampled = 2;
  BatchShape dec;
  dec.decode_seqs = 2;
  dec.decode_context = 202;
  dec.sampled = 2;
  const double p = r.iteration_time(both).value(), d = r.iteration_time(dec).value();
  ASSERT_EQ(s.records.size(), 2u);
  for (const RequestRecord& q : s.records) {
    EXPECT_NEAR(q.ttft, p, 1e-12);
    EXPECT_NEAR(q.e2e, p + d, 1e-12);
  }
}

TEST(Scheduler, DisaggregatedRequestPrefillsTransfersThenDecodes) {
  // One prefill and one decode replica, a KV transfer of 1 ms: the first token comes from the
  // prefill replica (one prefill iteration), the rest from the decode replica after the transfer
  // (decode steps at 101, 102 and 103 cached tokens, as on one replica).
  const ReplicaModel r(small_model(), h100(), ReplicaConfig{}, no_comm());
  ListSource src({{0, 0, 100, 4}});
  ServingOptions o;
  o.replicas = 2;
  o.prefill_replicas = 1;
  o.kv_transfer = [](std::int64_t tokens) {
    EXPECT_EQ(tokens, 100);  // the prompt's KV
    return milliseconds(1);
  };
  o.record_requests = true;
  const ServingResult s = simulate_serving(r, src, o);
  ASSERT_EQ(s.records.size(), 1u);
  const double p = r.iteration_time(prefill(100)).value();
  const double d = r.iteration_time(decode(101)).value() + r.iteration_time(decode(102)).value() +
                   r.iteration_time(decode(103)).value();
  EXPECT_NEAR(s.records[0].ttft, p, 1e-12);
  EXPECT_NEAR(s.records[0].e2e, p + 1e-3 + d, 1e-12);
  EXPECT_EQ(s.records[0].replica, 1);  // finished on the decode replica
  EXPECT_EQ(s.kv_transfers, 1u);
}

TEST(Scheduler, LittlesLawHoldsInSteadyState) {
  // Poisson at 400/s for 20,000 requests: the time-average number in the system equals the
  // arrival rate times the mean time in the system (Little's law) within 2%.
  const ReplicaModel r(small_model(), h100(), ReplicaConfig{}, no_comm());
  const double rate = 400;
  auto src = synthetic_source({ArrivalProcess::Kind::poisson, rate, 1},
                              LengthDistribution{LengthDistribution::Kind::fixed, 300},
                              LengthDistribution{LengthDistribution::Kind::fixed, 50}, 20000, 7);
  const ServingResult s = simulate_serving(r, *src, {});
  ASSERT_EQ(s.completed, 20000u);
  const double little = rate * s.e2e.mean();
  EXPECT_GT(s.mean_in_system, 1.0);  // a queue worth the name
  EXPECT_NEAR(s.mean_in_system / little, 1.0, 0.02);
}

// The utilisation that leaves room for `tokens` of KV cache on the small model.
double utilization_for(std::int64_t tokens) {
  const ReplicaModel probe(small_model(), h100(), ReplicaConfig{}, no_comm());
  const double need = probe.weights_per_gpu().value() + probe.activation_reserve_per_gpu().value() +
                      static_cast<double>(tokens) * probe.kv_bytes_per_token_per_gpu().value();
  return need / h100().hbm.value();
}

TEST(Scheduler, OfflineThroughputRisesWithBatchUntilTheCacheBinds) {
  // The cache holds 66 sequences of 1,000 tokens (prompt 500 + output 500). Up to 64 sequences
  // nothing is preempted and throughput rises with max_num_seqs (decode reads the weights once
  // per iteration for the whole batch); at 256 the cache binds: preemptions appear and the
  // throughput gains little over 64.
  ReplicaConfig c;
  c.gpu_memory_utilization = utilization_for(66 * 1000 + 16);
  auto run = [&](int seqs) {
    c.max_num_seqs = seqs;
    const ReplicaModel r(small_model(), h100(), c, no_comm());
    auto src = synthetic_source({ArrivalProcess::Kind::offline, 0, 1},
                                LengthDistribution{LengthDistribution::Kind::fixed, 500},
                                LengthDistribution{LengthDistribution::Kind::fixed, 500}, 512, 1);
    return simulate_serving(r, *src, {});
  };
  const ServingResult s4 = run(4), s16 = run(16), s64 = run(64), s256 = run(256);
  EXPECT_LT(s4.output_tokens / s4.end * 2, s16.output_tokens / s16.end);
  EXPECT_LT(s16.output_tokens / s16.end * 1.5, s64.output_tokens / s64.end);
  EXPECT_EQ(s4.preemptions + s16.preemptions + s64.preemptions, 0u);
  EXPECT_GT(s256.preemptions, 0u);
  EXPECT_LT(s256.output_tokens / s256.end, 1.5 * s64.output_tokens / s64.end);
  EXPECT_GT(s256.max_kv_occupancy, 0.95);
  EXPECT_EQ(s256.completed, 512u);
}

TEST(Scheduler, RequestThatNeverFitsIsRejected) {
  // A cache of 2,000 tokens: a 3,000-token request is rejected on arrival; the others finish.
  ReplicaConfig c;
  c.gpu_memory_utilization = utilization_for(2000);
  const ReplicaModel r(small_model(), h100(), c, no_comm());
  ListSource src({{0, 0, 100, 10}, {1, 0.001, 2500, 500}, {2, 0.002, 100, 10}});
  ServingOptions o;
  o.record_requests = true;
  const ServingResult s = simulate_serving(r, src, o);
  EXPECT_EQ(s.rejected, 1u);
  EXPECT_EQ(s.completed, 2u);
  EXPECT_TRUE(s.records[1].rejected);  // records are in request order
}

TEST(Scheduler, GuaranteedNoEvictReservesWholeSequencesAndNeverPreempts) {
  // The cache holds 2,016 tokens (126 blocks of 16); three requests of prompt 500 + output 500
  // (63 blocks each to completion) arrive at once. On demand, all three start (their prompts
  // need 32 blocks each) and the cache runs out as they grow: the newest is preempted. With
  // guaranteed no evict (TensorRT-LLM's default) the first two reserve 63 blocks each at
  // admission, the third waits with none preempted and starts in the iteration after the first
  // two finish: its first token comes one prefill iteration after their end.
  ReplicaConfig c;
  c.gpu_memory_utilization = utilization_for(126 * 16 + 8);
  const std::vector<Request> three = {{0, 0, 500, 500}, {1, 0, 500, 500}, {2, 0, 500, 500}};
  ServingOptions o;
  o.record_requests = true;
  const ReplicaModel demand(small_model(), h100(), c, no_comm());
  ASSERT_EQ(demand.kv_blocks(), 126);
  ListSource a(three);
  const ServingResult on_demand = simulate_serving(demand, a, o);
  EXPECT_GT(on_demand.preemptions, 0u);
  c.kv_admission = KvAdmission::guaranteed_no_evict;
  const ReplicaModel reserve(small_model(), h100(), c, no_comm());
  ListSource b(three);
  const ServingResult no_evict = simulate_serving(reserve, b, o);
  EXPECT_EQ(no_evict.preemptions, 0u);
  EXPECT_EQ(no_evict.completed, 3u);
  EXPECT_DOUBLE_EQ(no_evict.max_batch, 2.0);
  ASSERT_EQ(no_evict.records.size(), 3u);
  EXPECT_DOUBLE_EQ(no_evict.records[0].e2e, no_evict.records[1].e2e);
  EXPECT_NEAR(no_evict.records[2].ttft,
              no_evict.records[0].e2e + reserve.iteration_time(prefill(500)).value(), 1e-12);
  // Reserving to completion, a request one token longer than the cache needs one block more than
  // there are and is rejected (on demand its last token's block is never needed, so it would
  // run); so is an unchunked prompt longer than the token budget, which no iteration can hold.
  c.chunked_prefill = false;
  c.max_num_batched_tokens = 400;  // a smaller activation reserve: a larger cache
  c.max_model_len = 1 << 20;       // not the bound here
  const ReplicaModel unchunked(small_model(), h100(), c, no_comm());
  const std::int64_t cache = unchunked.kv_tokens();
  ListSource d({{0, 0, 300, 10}, {1, 0, 500, 10}, {2, 0, 300, cache - 300 + 1}});
  const ServingResult r = simulate_serving(unchunked, d, o);
  EXPECT_EQ(r.completed, 1u);
  EXPECT_EQ(r.rejected, 2u);
}

TEST(ReplicaModel, CudaGraphSizesAreFilteredAsTensorRtLlmDoes) {
  // trtllm-bench's Performance Overview list with max batch 512 and 2,048 tokens: the sizes up to
  // 512 are kept (8192 and the rest dropped); with max batch 1,536 the first larger size (2048)
  // becomes 1,536 (_filter_cuda_graph_batch_sizes). A decode-only batch runs at the next kept
  // size; above the largest, or with prefill in the batch, as it is.
  ReplicaConfig c;
  c.cuda_graph_batch_sizes = {8192, 1, 2, 4, 8, 16, 32, 64, 128, 256, 384, 512, 1024, 2048, 4096};
  c.max_num_seqs = 512;
  c.max_num_batched_tokens = 2048;
  const ReplicaModel a(small_model(), h100(), c, no_comm());
  EXPECT_EQ(a.graph_batch_sizes(), (std::vector<int>{1, 2, 4, 8, 16, 32, 64, 128, 256, 384, 512}));
  EXPECT_EQ(a.graph_batch(440), 512);
  EXPECT_EQ(a.graph_batch(3), 4);
  EXPECT_EQ(a.graph_batch(384), 384);
  c.max_num_seqs = 1536;
  const ReplicaModel b(small_model(), h100(), c, no_comm());
  EXPECT_EQ(b.graph_batch_sizes().back(), 1536);
  EXPECT_EQ(b.graph_batch(1100), 1536);
  EXPECT_EQ(b.graph_batch(1537), 1537);
  c.cuda_graph_batch_sizes = {0, 4};
  EXPECT_THROW(ReplicaModel(small_model(), h100(), c, no_comm()), InputError);
}

TEST(ReplicaModel, PaddedDecodeRunsAtTheGraphsBatch) {
  // 440 decodes at 1,000 tokens each pad to the 512 graph: the iteration is that of 512 decodes
  // whose 72 dummies hold one cached token each. A batch with a prefill chunk runs eagerly.
  ReplicaConfig c;
  c.max_num_seqs = 512;
  c.max_num_batched_tokens = 2048;
  const ReplicaModel eager(small_model(), h100(), c, no_comm());
  c.cuda_graph_batch_sizes = {256, 512};
  const ReplicaModel graphs(small_model(), h100(), c, no_comm());
  BatchShape s = decode(1000);
  s.decode_seqs = 440;
  s.decode_context = 440 * 1000;
  s.sampled = 440;
  BatchShape p = s;
  p.decode_seqs = 512;
  p.decode_context = 440 * 1000 + 72;
  p.sampled = 512;
  EXPECT_DOUBLE_EQ(graphs.iteration_time(s).value(), eager.iteration_time(p).value());
  EXPECT_GT(graphs.iteration_time(s).value(), eager.iteration_time(s).value());
  BatchShape mixed = s;
  mixed.prefill_seqs = 1;
  mixed.prefill_tokens = 100;
  mixed.prefill_pairs = 100 * 101 / 2.0;
  EXPECT_DOUBLE_EQ(graphs.iteration_time(mixed).value(), eager.iteration_time(mixed).value());
}

TEST(Scheduler, SameSeedSameResult) {
  const ReplicaModel r(small_model(), h100(), ReplicaConfig{}, no_comm());
  auto once = [&](std::uint64_t seed) {
    auto src = synthetic_source({ArrivalProcess::Kind::gamma, 300, 3},
                                LengthDistribution{LengthDistribution::Kind::lognormal, 300, 1},
                                LengthDistribution{LengthDistribution::Kind::lognormal, 80, 1},
                                3000, seed);
    return simulate_serving(r, *src, {}).e2e.mean();
  };
  EXPECT_EQ(once(3), once(3));
  EXPECT_NE(once(3), once(4));
}

TEST(Trace, BadLinesNameFileLineAndField) {
  const std::string path = testing::TempDir() + "serve_trace.csv";
  auto expect_error = [&](const std::string& text, const std::string& message) {
    std::ofstream(path) << text;
    auto src = trace_source(path, 4096);
    try {
      while (src->next()) {
      }
      FAIL() << "expected an InputError for " << text;
    } catch (const InputError& e) {
      EXPECT_EQ(std::string(e.what()), path + ":" + message);
    }
  };
  expect_error("arrival_s,prompt_tokens,output_tokens\n0,10,5\n1,-3,5\n",
               "3: prompt_tokens: prompt_tokens must be a whole number >= 1; found -3");
  expect_error("0,10,5\n1,20\n",
               "2: line: expected 3 fields arrival_s,prompt_tokens,"
               "output_tokens; found 2");
  expect_error("0,10,\n", "1: output_tokens: '' is not a number");
  expect_error("0,5000,10\n",
               "1: prompt_tokens: prompt 5000 + output 10 tokens exceed the "
               "model's context of 4096 tokens (--max-model-len)");
  expect_error("0,4000,200\n",
               "1: output_tokens: prompt 4000 + output 200 tokens exceed the "
               "model's context of 4096 tokens (--max-model-len)");
}

TEST(LatencyHistogram, ExactThenWithinOnePerMille) {
  LatencyHistogram h;
  for (int i = 1; i <= 100; ++i) h.add(i * 1e-3);
  EXPECT_DOUBLE_EQ(h.percentile(0.5), 0.050);
  EXPECT_DOUBLE_EQ(h.percentile(0.99), 0.099);
  LatencyHistogram big;
  for (int i = 1; i <= 200000; ++i) big.add(i * 1e-5);  // uniform on (0, 2] s
  EXPECT_NEAR(big.percentile(0.5) / 1.0, 1.0, 1e-3);
  EXPECT_NEAR(big.percentile(0.99) / 1.98, 1.0, 1e-3);
  EXPECT_NEAR(big.mean(), 1.000005, 1e-9);  // (1 + 200000) / 2 x 1e-5
}

// --- Pipeline and expert parallelism, FP4 (issue 20's layouts) ---

TEST(ReplicaModel, PipelineIterationIsTheSumOfItsStages) {
  // The small model in two stages of one layer (pp 2, tp 1) with a PP send of 10 us: stage 0 is
  // one layer and the embedding (9 + 1 launches) plus the send, stage 1 one layer, the output head
  // and sampling (9 + 2 launches); their sum is the one-stage iteration plus the send. Each GPU
  // caches one layer's KV and holds one layer's weights, the first the embedding and the second
  // the head and final norm (the binding stage).
  ReplicaConfig c;
  c.pp = 2;
  ReplicaComms comms;
  comms.pipeline_send = [](int from, Bytes) {
    EXPECT_EQ(from, 0);
    return microseconds(10);
  };
  const ReplicaModel r(small_model(), h100(), c, comms);
  const ReplicaModel one(small_model(), h100(), ReplicaConfig{}, no_comm());
  const BatchShape s = decode(1000);
  const double h = 1024, f = 4096, v = 32000, kv_token = 2 * 8 * 128 * 2, bw = 3.35e12 * 0.80;
  auto gemm = [](double k, double n) { return (k * n + k + n) * 2; };
  const double layer = gemm(h, 3 * h) + gemm(h, h) + gemm(h, 2 * f) + gemm(f, h) + 2 * (h * 4) +
                       16 * 128 * 4 + f * 6 + 1000 * kv_token + 2 * 8 * 128 * 2;
  std::vector<Seconds> stages;
  r.stage_times(s, stages);
  ASSERT_EQ(stages.size(), 2u);
  EXPECT_NEAR(stages[0].value(), (layer + h * 2) / bw + 10 * 3e-6 + 10e-6, 1e-12);
  EXPECT_NEAR(stages[1].value(), (layer + gemm(h, v) + v * 4) / bw + 11 * 3e-6, 1e-12);
  EXPECT_NEAR(r.iteration_time(s).value(), one.iteration_time(s).value() + 10e-6, 1e-12);
  EXPECT_NEAR(r.iteration(s).pipeline.value(), 10e-6, 1e-15);
  EXPECT_DOUBLE_EQ(r.kv_bytes_per_token_per_gpu().value(), kv_token);
  EXPECT_DOUBLE_EQ(r.weights_per_gpu().value(), (4 * h * h + 3 * h * f + v * h + 2 * h + h) * 2);
  EXPECT_EQ(r.gpus(), 2);
}

TEST(Scheduler, PipelinedVirtualEnginesOverlapTheirBatches) {
  // pp 2: two requests arriving together go to the two virtual engines (the one with fewer
  // unfinished requests), each prefilling alone. Engine 0's batch runs stage 0 over [0, p0] and
  // stage 1 over [p0, p0 + p1]; engine 1's takes stage 0 when engine 0's leaves it, [p0, 2 p0],
  // and stage 1 when both it and engine 0's batch are done: TTFTs p0 + p1 and
  // max(2 p0, p0 + p1) + p1, less than the 2 (p0 + p1) of one engine after the other.
  ReplicaConfig c;
  c.pp = 2;
  ReplicaComms comms;
  comms.pipeline_send = [](int, Bytes) { return microseconds(10); };
  const ReplicaModel r(small_model(), h100(), c, comms);
  ListSource src({{0, 0, 100, 2}, {1, 0, 100, 2}});
  ServingOptions o;
  o.record_requests = true;
  const ServingResult s = simulate_serving(r, src, o);
  std::vector<Seconds> st;
  r.stage_times(prefill(100), st);
  const double p0 = st[0].value(), p1 = st[1].value();
  ASSERT_EQ(s.records.size(), 2u);
  EXPECT_NEAR(s.records[0].ttft, p0 + p1, 1e-12);
  EXPECT_NEAR(s.records[1].ttft, std::max(2 * p0, p0 + p1) + p1, 1e-12);
  EXPECT_LT(s.records[1].ttft, 2 * (p0 + p1));
  // Each engine holds half the replica's KV blocks (vLLM V0 divides them by pp).
  EXPECT_EQ(s.completed, 2u);
}

// A small MoE model: the small model's two layers with 8 routed experts of 512, top-2.
ModelSpec small_moe() {
  ModelSpec m = small_model();
  m.name = "small-moe";
  m.moe.experts = 8;
  m.moe.top_k = 2;
  m.moe.expert_ffn_hidden = 512;
  validate_model(m);
  return m;
}

TEST(ReplicaModel, ExpertParallelDecodeIsAllToAllOfTheTokensItsRanksDispatch) {
  // tp = ep = 2, one decoding token. Each GPU dispatches half the token (T / ep = 0.5); a token's
  // two experts of 8 sit on ep (1 - C(4, 2) / C(8, 2)) = 2 (1 - 6/28) = 1.571 ranks on average;
  // in BF16 that is 0.5 x 1.571 x 1024 x 2 = 1,609 bytes per GPU, dispatched and combined: with
  // an all-to-all of 1 us + bytes / 100 GB/s, 2 x (1 us + 16.1 ns) per MoE layer. The MoE block
  // ends in an all-gather (2 us here) instead of the TP all-reduce (5 us) after attention.
  ReplicaConfig c;
  c.tp = 2;
  c.ep = 2;
  ReplicaComms comms;
  comms.all_reduce = [](Bytes) { return microseconds(5); };
  comms.all_gather = [](Bytes) { return microseconds(2); };
  double sent = 0;
  comms.all_to_all = [&sent](Bytes b) {
    sent = b.value();
    return microseconds(1) + b / gbyte_per_s(100);
  };
  const ReplicaModel r(small_moe(), h100(), c, comms);
  const IterationTime t = r.iteration(decode(1000));
  const double bytes = 0.5 * 2 * (1 - 6.0 / 28) * 1024 * 2;
  EXPECT_NEAR(sent, bytes, 1e-9);
  EXPECT_NEAR(t.expert.value(), 2 * 2 * (1e-6 + bytes / 100e9), 1e-15);
  EXPECT_NEAR(t.communication.value(), 2 * (5e-6 + 2e-6), 1e-15);
  // Weights: the same bytes per GPU as TP-sharded experts (8 experts / 2 whole = 8 halves).
  ReplicaConfig tp2;
  tp2.tp = 2;
  const ReplicaModel sharded(small_moe(), h100(), tp2, [](Bytes) { return microseconds(5); });
  EXPECT_DOUBLE_EQ(r.weights_per_gpu().value(), sharded.weights_per_gpu().value());
  EXPECT_NEAR(sharded.iteration(decode(1000)).communication.value(), 2 * 2 * 5e-6, 1e-15);
}

TEST(ReplicaModel, Fp4WeightsAreNvfp4OnBlackwellAndRefusedElsewhere) {
  // NVFP4: 4.5 bits a weight (E2M1 plus an E4M3 scale per 16), the linear layers only; the
  // embedding, head and norms stay BF16. A decode GEMM then reads 0.5625 bytes per weight.
  const GpuSpec b200 = load_gpu("b200", PresetCatalog::from_environment());
  EXPECT_DOUBLE_EQ(b200.fp4_dense.value(), 9000e12);
  ReplicaConfig c;
  c.precision = Precision::fp4;
  const ReplicaModel r(small_model(), b200, c, no_comm());
  const double h = 1024, f = 4096, v = 32000;
  EXPECT_DOUBLE_EQ(r.weights_per_gpu().value(),
                   2 * (4 * h * h + 3 * h * f) * 0.5625 + (2 * v * h + 2 * 2 * h + h) * 2);
  ReplicaConfig bf;
  const ReplicaModel b(small_model(), b200, bf, no_comm());
  const double saved = 2 * (4 * h * h + 3 * h * f) * (2 - 0.5625);
  EXPECT_NEAR((b.iteration_time(decode(1000)) - r.iteration_time(decode(1000))).value(),
              saved / (7.7e12 * 0.80), 1e-12);
  EXPECT_THROW(ReplicaModel(small_model(), h100(), c, no_comm()), InputError);
}

TEST(ReplicaModel, LayoutsThatDoNotDivideAreRefused) {
  auto refuses = [](const ModelSpec& m, ReplicaConfig c, const std::string& field) {
    ReplicaComms comms;
    comms.all_reduce = comms.all_gather = comms.all_to_all = [](Bytes) { return Seconds{}; };
    comms.pipeline_send = [](int, Bytes) { return Seconds{}; };
    try {
      ReplicaModel r(m, h100(), c, comms);
      ADD_FAILURE() << "expected an InputError at " << field;
    } catch (const InputError& e) {
      EXPECT_NE(std::string(e.what()).find(field), std::string::npos) << e.what();
    }
  };
  ReplicaConfig pp3;
  pp3.pp = 3;  // 2 layers
  refuses(small_model(), pp3, "--pp");
  ReplicaConfig ep2;
  ep2.tp = 2;
  ep2.ep = 2;
  refuses(small_model(), ep2, "--ep");  // dense
  ReplicaConfig ep3;
  ep3.tp = 1;
  ep3.ep = 3;  // 8 experts
  refuses(small_moe(), ep3, "--ep");
  ReplicaConfig ep4;
  ep4.tp = 2;
  ep4.ep = 4;  // divides 8 but exceeds tp: data-parallel attention
  refuses(small_moe(), ep4, "--ep");
  ReplicaConfig dp2;
  dp2.tp = 1;
  dp2.dp_attention = 2;
  dp2.ep = 2;
  refuses(small_model(), dp2, "--dp-attention");  // dense
  ReplicaConfig dp3 = dp2;
  dp3.dp_attention = 3;  // 3 x 1 GPUs do not divide 8 experts
  dp3.ep = 3;
  refuses(small_moe(), dp3, "--dp-attention");
  ReplicaConfig dp_pp = dp2;
  dp_pp.pp = 2;  // not modelled with stages
  refuses(small_moe(), dp_pp, "--dp-attention");
  ReplicaConfig dp_ep = dp2;
  dp_ep.ep = 1;  // the experts must span all dp x tp GPUs
  refuses(small_moe(), dp_ep, "--ep");
}

// --- Data-parallel attention (SGLang's --enable-dp-attention, vLLM's DP + EP) ---

// The small MoE as dp_attention groups of tp GPUs with the experts over all of them.
ReplicaConfig dp_attention(int dp, int tp) {
  ReplicaConfig c;
  c.tp = tp;
  c.dp_attention = dp;
  c.ep = dp * tp;
  return c;
}

TEST(ReplicaModel, DataParallelAttentionCopiesAllButTheExpertsAndCachesPerGroup) {
  // The small MoE (BF16) on 2 H100s as DP2 x TP1 (EP2) against TP2. Per layer: attention 4h^2,
  // router 8h (a linear layer), 8 experts of 3 x h x 512, norms 2h; embedding and head v h each,
  // the final norm h counted with the head (vocabulary-parallel as the head is). TP2 halves
  // everything but the layers' norms; DP attention keeps attention, router, embedding and head
  // whole on each GPU and halves only the experts (4 whole experts per GPU).
  const double h = 1024, v = 32000, gib = 1073741824.0;
  const double attention = 2 * 4 * h * h, router = 2 * 8 * h, experts = 2 * 8 * 3 * h * 512;
  const double vocab = 2 * v * h + h, norms = 2 * 2 * h * 2;
  ReplicaComms comms;
  comms.all_reduce = comms.all_gather = comms.all_to_all = [](Bytes) { return Seconds{}; };
  const ReplicaModel dp(small_moe(), h100(), dp_attention(2, 1), comms);
  ReplicaConfig tp2;
  tp2.tp = 2;
  const ReplicaModel tp(small_moe(), h100(), tp2, no_comm());
  EXPECT_DOUBLE_EQ(dp.weights_per_gpu().value(),
                   (attention + router + vocab) * 2 + experts * 2 / 2 + norms);
  EXPECT_DOUBLE_EQ(tp.weights_per_gpu().value(),
                   (attention + router + vocab + experts) * 2 / 2 + norms);
  // KV per token per GPU: all 8 heads' K and V in each group (TP1) against 4 heads under TP2.
  EXPECT_DOUBLE_EQ(dp.kv_bytes_per_token_per_gpu().value(), 2 * 2 * 8 * 128 * 2);
  EXPECT_DOUBLE_EQ(tp.kv_bytes_per_token_per_gpu().value(), 2 * 2 * 4 * 128 * 2);
  // The cache: 90% of 80 GiB less the weights and the activation reserve (8,192 tokens x (3 x
  // 4,096 / tp + 4h) x 2 bytes + 256 rows x v / tp x 4 bytes), in blocks of 16 tokens; DP has
  // one cache per group, so twice its GPU's blocks.
  auto blocks = [&](const ReplicaModel& r, double tp_size, double kv_token) {
    const double act = 8192 * (3 * 4096 / tp_size + 4 * h) * 2 + 256 * v / tp_size * 4;
    EXPECT_DOUBLE_EQ(r.activation_reserve_per_gpu().value(), act);
    return std::floor((0.9 * 80 * gib - r.weights_per_gpu().value() - act) / (kv_token * 16));
  };
  EXPECT_EQ(dp.kv_blocks(), 2 * static_cast<std::int64_t>(blocks(dp, 1, 8192)));
  EXPECT_EQ(tp.kv_blocks(), static_cast<std::int64_t>(blocks(tp, 2, 4096)));
  EXPECT_EQ(dp.gpus(), 2);
  EXPECT_EQ(dp.engines(), 2);
  EXPECT_EQ(layout_text(dp.config()), "DP2 attention x TP1, EP2");
}

TEST(ReplicaModel, DataParallelAttentionDispatchesEveryGroupsTokensInLockstep) {
  // DP2 x TP1 (EP2), group 0 decoding 3 sequences and group 1 one. Each GPU dispatches its
  // group's tokens padded to the largest group's (3), once to each of the 2 (1 - 6/28) = 1.571
  // ranks holding a token's experts, in BF16: 3 x 1.571 x 1024 x 2 = 9,655 bytes, dispatched and
  // combined in each of the 2 MoE layers (1 us + bytes / 100 GB/s each). The experts see all 4
  // tokens: 8 (1 - (6/8)^4) = 5.469 experts touched, 2.734 on each GPU, each fed 4 x 2 / 5.469
  // rows, bandwidth-bound (gate/up 1024 x 1024, down 512 x 1024, BF16) plus a launch each. The
  // rest is group 0's side alone: the TP1 model's iteration less its own expert GEMMs (3 tokens,
  // 4.625 experts touched, all on its one GPU).
  double sent = 0;
  ReplicaComms comms;
  comms.all_to_all = [&sent](Bytes b) {
    sent = b.value();
    return microseconds(1) + b / gbyte_per_s(100);
  };
  const ReplicaModel r(small_moe(), h100(), dp_attention(2, 1), comms);
  const ReplicaModel one(small_moe(), h100(), ReplicaConfig{}, no_comm());
  BatchShape g0;
  g0.decode_seqs = 3;
  g0.decode_context = 3000;
  g0.sampled = 3;
  const BatchShape g1 = decode(1000);
  const std::vector<BatchShape> groups{g0, g1};
  const IterationTime t = r.iteration(std::span<const BatchShape>(groups));
  const double bytes = 3 * 2 * (1 - 6.0 / 28) * 1024 * 2, bw = 3.35e12 * 0.80;
  EXPECT_NEAR(sent, bytes, 1e-9);
  EXPECT_NEAR(t.expert.value(), 2 * 2 * (1e-6 + bytes / 100e9), 1e-15);
  // Two layers of experts: `count` experts each reading its weights and its m rows in and out.
  // `gpus` share the touched experts.
  auto experts = [&](double tokens, double gpus) {
    const double touched = 8 * (1 - std::pow(0.75, tokens)), m = tokens * 2 / touched;
    const double up = 1024.0 * 1024 * 2 + (m * 1024 + m * 1024) * 2;
    const double down = 512.0 * 1024 * 2 + (m * 512 + m * 1024) * 2;
    return 2 * ((up + down) * touched / gpus / bw + 2 * 3e-6);
  };
  const double dp_experts = experts(4, 2), tp1_experts = experts(3, 1);
  EXPECT_NEAR(t.total().value(),
              one.iteration_time(g0).value() - tp1_experts + dp_experts + t.expert.value(), 1e-12);
  // An idle group still joins: group 1 alone pays the all-to-all padded to its one token.
  const std::vector<BatchShape> alone{BatchShape{}, g1};
  EXPECT_NEAR(r.iteration(std::span<const BatchShape>(alone)).expert.value(),
              2 * 2 * (1e-6 + bytes / 3 / 100e9), 1e-15);
}

TEST(Scheduler, DataParallelAttentionGroupsRunTheirBatchesTogether) {
  // DP2: two prompts of 100 arriving together go to the two groups (the one with fewer
  // requests), each prefilling its own 100 tokens in the same lockstep iteration, so both first
  // tokens come at its end; then one decode iteration of both groups. One TP1 engine would
  // instead prefill both in one batch of 200 tokens.
  ReplicaComms comms;
  comms.all_to_all = [](Bytes) { return microseconds(5); };
  const ReplicaModel r(small_moe(), h100(), dp_attention(2, 1), comms);
  ListSource src({{0, 0, 100, 2}, {1, 0, 100, 2}});
  ServingOptions o;
  o.record_requests = true;
  const ServingResult s = simulate_serving(r, src, o);
  const std::vector<BatchShape> pre{prefill(100), prefill(100)}, dec{decode(101), decode(101)};
  const double p = r.iteration(std::span<const BatchShape>(pre)).total().value();
  const double d = r.iteration(std::span<const BatchShape>(dec)).total().value();
  ASSERT_EQ(s.records.size(), 2u);
  for (const RequestRecord& q : s.records) {
    EXPECT_NEAR(q.ttft, p, 1e-12);
    EXPECT_NEAR(q.e2e, p + d, 1e-12);
  }
  EXPECT_EQ(s.iterations, 2u);
  EXPECT_EQ(s.max_batch, 2.0);
}

}  // namespace
}  // namespace colossus::serve
