// NCCL-style collectives on the simulated fabric. A CollectiveCall names an operation (all-reduce,
// reduce-scatter, all-gather, broadcast, all-to-all, send/recv), a group of ranks (GPUs), how
// many identical groups run side by side (the data-parallel groups of a job, say) and the size
// per rank as nccl-tests counts it. The CollectiveEngine picks an algorithm and protocol the way
// NCCL's tuner does (or uses the one forced), turns it into representative steps of flows of all
// groups together on the Network, and returns the time with algbw and busbw as nccl-tests defines
// them. Size-independent work (the network analysis) is cached per (op, algorithm, groups), so
// repeated calls and size sweeps cost O(1) each after the first; engines on different threads
// (each on its own Network of one topology) may share that cache (CollectiveProfiles).
#pragma once

#include <array>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "colossus/core/collective_op.h"
#include "colossus/core/enum_names.h"
#include "colossus/core/error.h"
#include "colossus/core/units.h"
#include "colossus/network/network.h"
#include "colossus/topology/topology.h"

namespace colossus {

// Element types nccl-tests can run; only the size of an element matters here. float8 is
// nccl-tests' f8e4m3.
enum class DataType {
  float32,
  bfloat16,
  float16,
  float8,
  float8_e5m2,
  float64,
  int8,
  uint8,
  int32,
  uint32,
  int64,
  uint64
};

// NCCL's wire protocols: LL (8-byte flag+data stores, lowest latency, half the bandwidth at
// best), LL128 (128-byte lines with 8 bytes of flags) and Simple (bulk copies, highest latency).
enum class Protocol { ll, ll128, simple };
inline constexpr int kProtocolCount = 3;

// Data types as nccl-tests names them (what its -d takes and its "type" column prints).
inline constexpr EnumName<DataType> kDataTypeNames[] = {
    {DataType::int8, "int8"},      {DataType::uint8, "uint8"},
    {DataType::int32, "int32"},    {DataType::uint32, "uint32"},
    {DataType::int64, "int64"},    {DataType::uint64, "uint64"},
    {DataType::float16, "half"},   {DataType::float32, "float"},
    {DataType::float64, "double"}, {DataType::bfloat16, "bfloat16"},
    {DataType::float8, "f8e4m3"},  {DataType::float8_e5m2, "f8e5m2"},
};
constexpr std::span<const EnumName<DataType>> enum_table(DataType) {
  return kDataTypeNames;
}

// Protocols as NCCL names them (NCCL_PROTO).
inline constexpr EnumName<Protocol> kProtocolNames[] = {
    {Protocol::ll, "LL"}, {Protocol::ll128, "LL128"}, {Protocol::simple, "Simple"}};
constexpr std::span<const EnumName<Protocol>> enum_table(Protocol) {
  return kProtocolNames;
}

// The op from its name as the CLI spells it ("all_reduce"); an InputError "unknown op ..."
// listing the valid names. to_string (core/enum_names.h) gives the name back.
CollectiveOp parse_collective_op(std::string_view text, const SourceLocation& where,
                                 const std::string& field);
// A data type from nccl-tests' names or ours ("bf16", "fp8", "fp16", "float32"); an InputError
// listing both otherwise. It prints (to_string) as nccl-tests names it.
DataType parse_data_type(std::string_view text, const SourceLocation& where,
                         const std::string& field);
Bytes element_size(DataType type);

// One collective on G identical groups. Group g holds ranks[i] + group_offsets[g]; with no
// offsets there is one group, `ranks` itself.
struct CollectiveCall {
  CollectiveOp op = CollectiveOp::all_reduce;
  std::vector<GpuId> ranks;          // group 0, in rank order (rank 0 is the broadcast root)
  std::vector<GpuId> group_offsets;  // one per group; empty means a single group
  Bytes size{};                      // per rank, as nccl-tests' "size" column counts it
  DataType dtype = DataType::float32;
  std::string algorithm;                    // empty: chosen like NCCL's tuner; else forced by name
  std::optional<Protocol> protocol;         // empty: the fastest the algorithm supports
  SourceLocation where{"<collective>", 0};  // what error messages name

  // G groups of R consecutive GPUs starting at `first`: group g = [first + g*R, first + (g+1)*R).
  static CollectiveCall consecutive(CollectiveOp op, Bytes size, GpuId first, int ranks,
                                    int groups = 1);
  // Every group of one kind as one call: group 0's ranks plus one offset per group. The groups
  // must be translates of each other, as a Megatron layout's are (a rank is a linear function of
  // its coordinates); throws std::logic_error otherwise (a bug in the caller's layout).
  static CollectiveCall translates(const std::vector<std::vector<int>>& groups);
  // The same from the groups in one flat array: group g is ranks[g * group_size, ...).
  static CollectiveCall translates(std::span<const int> ranks, int group_size);
  int group_count() const { return group_offsets.empty() ? 1 : int(group_offsets.size()); }
};

// Where the time of one phase of an algorithm went.
struct PhaseTime {
  std::string name;
  Seconds bandwidth{};  // bytes over the slowest flow's rate
  Seconds latency{};    // per-step route latency and NCCL protocol overhead
};

struct CollectiveResult {
  CollectiveOp op = CollectiveOp::all_reduce;
  std::string algorithm;
  Protocol protocol = Protocol::simple;
  int ranks = 0;  // per group
  int groups = 1;
  int channels = 1;        // NCCL channels (parallel rings or trees) the algorithm used
  Bytes size{};            // per rank, after rounding to whole elements (as nccl-tests does)
  std::int64_t count = 0;  // elements, as nccl-tests' "count" column
  Seconds time{};
  ByteRate algbw{};          // size / time
  ByteRate busbw{};          // algbw * busbw_factor(op, ranks)
  Seconds launch_latency{};  // NCCL's base latency of the protocol
  std::vector<PhaseTime> phases;
};

class CollectiveAlgorithm;
struct AlgorithmProfile;

// Efficiencies and latencies of NCCL's protocols: the latencies are NCCL's own tables (sourced
// in tuning.cpp), the efficiencies the GPU preset's calibration.
struct CollectiveTuning {
  // Goodput of NCCL's Simple protocol over the network's RDMA goodput (which already pays the
  // transport headers). NVLink needs none here: the network applies NVLink's protocol overhead.
  double network_efficiency = 0.0;
  // NVLS (NVLink SHARP) efficiency on top of the network's NVLink goodput.
  double nvls_efficiency = 0.0;
  // Channels per NIC (and per GPU inside a server) for ring and tree, as NCCL opens them.
  int channels_per_nic = 2;
  // NCCL's per-step hardware latency [kind][link][protocol] and base latency [kind][protocol],
  // kind = ring, tree, nvls; link = nvlink, network.
  std::array<std::array<std::array<Seconds, kProtocolCount>, 2>, 3> hw_latency{};
  std::array<std::array<Seconds, kProtocolCount>, 3> base_latency{};

  // NCCL's latency tables with the efficiencies measured on servers of this GPU.
  static CollectiveTuning nccl(const GpuCalibration& gpu);
};

// The algorithms' size-independent profiles of one topology, by (op, forced algorithm, groups),
// shared by the engines of several threads: the first engine that needs a profile builds it on
// its own network while the others go on (an engine that needs the same one waits for it).
class CollectiveProfiles {
 public:
  using Key = std::tuple<CollectiveOp, std::string, std::vector<GpuId>, std::vector<GpuId>>;
  using Candidates = std::vector<std::unique_ptr<AlgorithmProfile>>;
  CollectiveProfiles();
  ~CollectiveProfiles();
  // The candidates stored for `key`, built by `build` when no engine has (the reference stays
  // valid as long as this object). What `build` throws is thrown here, and nothing is stored.
  template <typename Build>
  const Candidates& get(const Key& key, Build&& build);

 private:
  struct Entry {
    bool ready = false;
    Candidates candidates;
  };
  std::mutex mutex_;
  std::condition_variable built_;
  std::map<Key, Entry> entries_;
};

template <typename Build>
const CollectiveProfiles::Candidates& CollectiveProfiles::get(const Key& key, Build&& build) {
  std::unique_lock lock(mutex_);
  while (true) {
    auto [it, fresh] = entries_.try_emplace(key);
    if (fresh) break;
    if (it->second.ready) return it->second.candidates;
    built_.wait(lock);  // another engine builds it (or fails and erases it)
  }
  lock.unlock();
  Candidates found;
  try {
    found = build();
  } catch (...) {
    lock.lock();
    entries_.erase(key);
    built_.notify_all();
    throw;
  }
  lock.lock();
  Entry& entry = entries_.at(key);
  entry.candidates = std::move(found);
  entry.ready = true;
  built_.notify_all();
  return entry.candidates;
}

// Runs collectives on one network, caching each algorithm's size-independent profile.
class CollectiveEngine {
 public:
  // NCCL's tuning with the calibration of the network's first GPU (as the network's NVLink).
  explicit CollectiveEngine(Network& network);
  CollectiveEngine(Network& network, CollectiveTuning tuning);
  // The same, sharing `profiles` with other engines on networks of the same topology.
  CollectiveEngine(Network& network, std::shared_ptr<CollectiveProfiles> profiles);
  ~CollectiveEngine();
  CollectiveEngine(const CollectiveEngine&) = delete;
  CollectiveEngine& operator=(const CollectiveEngine&) = delete;

  // Times one call; throws InputError for an invalid group, size or forced algorithm.
  CollectiveResult run(const CollectiveCall& call);
  // Names of the algorithms, in registry order.
  std::vector<std::string> algorithm_names() const;
  const CollectiveTuning& tuning() const { return tuning_; }
  Network& network() { return *network_; }

 private:
  // The profiles of the algorithms that may run this call (the forced one, or every one the
  // tuner considers), built on first use and cached by (op, forced algorithm, groups).
  const CollectiveProfiles::Candidates& candidates(const CollectiveCall& call);

  Network* network_;
  CollectiveTuning tuning_;
  std::vector<std::unique_ptr<CollectiveAlgorithm>> algorithms_;
  std::shared_ptr<CollectiveProfiles> profiles_;
};

// One call without keeping an engine (no cache across calls).
CollectiveResult run_collective(Network& network, const CollectiveCall& call);

}  // namespace colossus
