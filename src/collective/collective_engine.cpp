// The CollectiveEngine: validates a call, finds (or builds and caches) the size-independent
// profile of every algorithm that may run it, and picks the algorithm and protocol with the
// least predicted time, as NCCL's tuner does with its own cost table (ncclTopoGetAlgoTime).
// Also the op, data-type and protocol names, and nccl-tests' bandwidth definitions.
#include <fmt/format.h>

#include <array>
#include <limits>
#include <stdexcept>

#include "colossus/collective/algorithm.h"

namespace colossus {
namespace {

// Our aliases of nccl-tests' type names.
constexpr EnumName<DataType> kTypeAliases[] = {
    {DataType::float32, "float32"}, {DataType::float16, "fp16"},    {DataType::bfloat16, "bf16"},
    {DataType::float8, "fp8"},      {DataType::float64, "float64"},
};

// Ops whose buffer nccl-tests splits evenly over the ranks (the count is a multiple of n).
bool split_over_ranks(CollectiveOp op) {
  return op == CollectiveOp::reduce_scatter || op == CollectiveOp::all_gather ||
         op == CollectiveOp::all_to_all;
}

}  // namespace

CollectiveOp parse_collective_op(std::string_view text, const SourceLocation& where,
                                 const std::string& field) {
  if (const auto op = enum_from_string<CollectiveOp>(text)) return *op;
  throw InputError(
      where, field,
      fmt::format("unknown op '{}'; expected one of {}", text, enum_name_list<CollectiveOp>()));
}

DataType parse_data_type(std::string_view text, const SourceLocation& where,
                         const std::string& field) {
  if (const auto type = enum_from_string<DataType>(text)) return *type;
  std::string aliases;
  for (const auto& [value, name] : kTypeAliases) {
    if (name == text) return value;
    aliases += (aliases.empty() ? "" : ", ") + std::string(name);
  }
  throw InputError(where, field,
                   fmt::format("unknown data type '{}'; expected one of {} (or {})", text,
                               enum_name_list<DataType>(), aliases));
}

Bytes element_size(DataType type) {
  switch (type) {
    case DataType::int8:
    case DataType::uint8:
    case DataType::float8:
    case DataType::float8_e5m2:
      return bytes(1);
    case DataType::float16:
    case DataType::bfloat16:
      return bytes(2);
    case DataType::int32:
    case DataType::uint32:
    case DataType::float32:
      return bytes(4);
    case DataType::int64:
    case DataType::uint64:
    case DataType::float64:
      return bytes(8);
  }
  return bytes(4);
}

CollectiveCall CollectiveCall::consecutive(CollectiveOp op, Bytes size, GpuId first, int ranks,
                                           int groups) {
  CollectiveCall call;
  call.op = op;
  call.size = size;
  call.ranks.resize(std::max(0, ranks));
  for (int i = 0; i < ranks; ++i) call.ranks[i] = first + i;
  if (groups > 1) {
    call.group_offsets.resize(groups);
    for (int g = 0; g < groups; ++g) call.group_offsets[g] = GpuId(g) * ranks;
  }
  return call;
}

CollectiveCall CollectiveCall::translates(const std::vector<std::vector<int>>& groups) {
  std::vector<int> ranks;
  for (const std::vector<int>& g : groups) {
    if (g.size() != groups.front().size()) {
      throw std::logic_error("CollectiveCall::translates: the groups are not translates");
    }
    ranks.insert(ranks.end(), g.begin(), g.end());
  }
  return translates(ranks, static_cast<int>(groups.front().size()));
}

CollectiveCall CollectiveCall::translates(std::span<const int> ranks, int group_size) {
  CollectiveCall call;
  const std::span<const int> first = ranks.first(static_cast<std::size_t>(group_size));
  call.ranks.assign(first.begin(), first.end());
  const std::size_t groups = ranks.size() / static_cast<std::size_t>(group_size);
  if (groups > 1) {
    call.group_offsets.reserve(groups);
    for (std::size_t g = 0; g < groups; ++g) {
      const std::span<const int> mine = ranks.subspan(g * group_size, first.size());
      const int offset = mine[0] - first[0];
      for (std::size_t i = 0; i < first.size(); ++i) {
        if (mine[i] - first[i] != offset) {
          throw std::logic_error("CollectiveCall::translates: the groups are not translates");
        }
      }
      call.group_offsets.push_back(offset);
    }
  }
  return call;
}

CollectiveEngine::CollectiveEngine(Network& network)
    : CollectiveEngine(
          network, CollectiveTuning::nccl(network.topology().server_spec(0).gpu.calibrated())) {}

CollectiveEngine::CollectiveEngine(Network& network, CollectiveTuning tuning)
    : network_(&network),
      tuning_(tuning),
      algorithms_(make_collective_algorithms()),
      profiles_(std::make_shared<CollectiveProfiles>()) {}

CollectiveEngine::CollectiveEngine(Network& network, std::shared_ptr<CollectiveProfiles> profiles)
    : CollectiveEngine(network) {
  profiles_ = std::move(profiles);
}

CollectiveEngine::~CollectiveEngine() = default;

CollectiveProfiles::CollectiveProfiles() = default;
CollectiveProfiles::~CollectiveProfiles() = default;

std::vector<std::string> CollectiveEngine::algorithm_names() const {
  std::vector<std::string> names;
  for (const auto& a : algorithms_) names.emplace_back(a->name());
  return names;
}

const CollectiveProfiles::Candidates& CollectiveEngine::candidates(const CollectiveCall& call) {
  const CollectiveProfiles::Key key{call.op, call.algorithm, call.ranks, call.group_offsets};
  return profiles_->get(key, [&] {
    const GroupLayout layout(network_->topology(), call);
    CollectiveProfiles::Candidates found;
    if (!call.algorithm.empty()) {
      const CollectiveAlgorithm* forced = nullptr;
      for (const auto& a : algorithms_) {
        if (a->name() == call.algorithm) forced = a.get();
      }
      if (!forced) {
        std::string names;
        for (const auto& a : algorithms_)
          names += (names.empty() ? "" : ", ") + std::string(a->name());
        throw InputError(
            call.where, "algorithm",
            fmt::format("unknown algorithm '{}'; expected one of {}", call.algorithm, names));
      }
      if (std::string why = forced->why_not(call.op, layout); !why.empty()) {
        throw InputError(call.where, "algorithm", why);
      }
      found.push_back(
          std::make_unique<AlgorithmProfile>(forced->profile(call.op, layout, *network_, tuning_)));
    } else {
      for (const auto& a : algorithms_) {
        if (!a->auto_selectable() || !a->why_not(call.op, layout).empty()) continue;
        found.push_back(
            std::make_unique<AlgorithmProfile>(a->profile(call.op, layout, *network_, tuning_)));
      }
      if (found.empty()) {
        throw InputError(call.where, "op",
                         fmt::format("no algorithm implements {}", to_string(call.op)));
      }
    }
    return found;
  });
}

CollectiveResult CollectiveEngine::run(const CollectiveCall& call) {
  if (call.ranks.empty())
    throw InputError(call.where, "ranks", "a group needs at least 1 rank, got 0");
  if (!(call.size.value() >= 0.0)) {
    throw InputError(call.where, "size",
                     fmt::format("expected a size of 0 bytes or more, got {}", call.size.value()));
  }
  const auto& profiles = candidates(call);
  const int n = int(call.ranks.size());

  CollectiveResult result;
  result.op = call.op;
  result.ranks = n;
  result.groups = call.group_count();
  const Bytes elem = element_size(call.dtype);
  std::int64_t count = std::int64_t(call.size.value() / elem.value());
  if (split_over_ranks(call.op)) count = count / n * n;
  result.count = count;
  result.size = elem * double(count);

  double best = std::numeric_limits<double>::infinity();
  const AlgorithmProfile* chosen = nullptr;
  for (const auto& profile : profiles) {
    for (int p = 0; p < kProtocolCount; ++p) {
      const Protocol protocol = Protocol(p);
      if (call.protocol && *call.protocol != protocol) continue;
      if (profile->protocol_factor[p] <= 0.0) continue;
      const double t = profile_time(*profile, result.size, protocol, tuning_).value();
      if (t < best) {
        best = t;
        chosen = profile.get();
        result.protocol = protocol;
      }
    }
  }
  if (!chosen) {
    throw InputError(call.where, "protocol",
                     fmt::format("{} does not run protocol {}", profiles.front()->algorithm,
                                 to_string(*call.protocol)));
  }
  result.algorithm = chosen->algorithm;
  result.channels = chosen->channels;
  result.time = profile_time(*chosen, result.size, result.protocol, tuning_, &result.phases);
  result.launch_latency = tuning_.base_latency[int(chosen->latency_kind)][int(result.protocol)];
  result.algbw = result.size / result.time;
  result.busbw = result.algbw * busbw_factor(call.op, n);
  return result;
}

CollectiveResult run_collective(Network& network, const CollectiveCall& call) {
  CollectiveEngine engine(network);
  return engine.run(call);
}

}  // namespace colossus
