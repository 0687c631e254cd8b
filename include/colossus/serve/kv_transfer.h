// The KV-cache transfer of disaggregated serving (DistServe, Splitwise): when a prefill replica
// has computed a prompt, its KV cache moves to a decode replica on another server. Each of the
// TP ranks sends its shard to its peer (GPU i of the prefill server to GPU i of the decode
// server), all at once, through the cluster's fabric: timed by the collective layer as a
// send/recv of tp groups (NICs, switch tiers and their latency), cached by token count.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

#include "colossus/core/units.h"
#include "colossus/spec/cluster_spec.h"

namespace colossus::serve {

// Seconds to move the KV cache of `tokens` tokens from a prefill to a decode replica.
using KvTransferTime = std::function<Seconds(std::int64_t tokens)>;

// The transfer between the first server of `pool` and the next one, `tp` ranks each holding
// `per_token_per_gpu` bytes per token.
KvTransferTime kv_transfer(const ClusterSpec& cluster, std::size_t pool, int tp,
                           Bytes per_token_per_gpu);

}  // namespace colossus::serve
