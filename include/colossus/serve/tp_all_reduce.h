// The TP all-reduce of a serving replica, from the collective layer: the replica's GPUs are the
// first `tp` of one server of the cluster's pool, and each call times an NCCL-style all-reduce
// (the tuner picks the algorithm and protocol: at decode sizes, 16 KiB to 1 MiB, the
// latency-bound LL/LL128 protocols) on the cluster's network. Results are cached by size.
#pragma once

#include <cstddef>

#include "colossus/serve/replica_model.h"
#include "colossus/spec/cluster_spec.h"

namespace colossus::serve {

// An AllReduceTime over GPUs first..first+tp-1 of `cluster` (first: the pool's first GPU).
AllReduceTime tp_all_reduce(const ClusterSpec& cluster, std::size_t pool, int tp);

// Every collective of a replica of tp x pp GPUs from the pool's first GPU, stage s on GPUs
// [first + s tp, first + (s+1) tp) (consecutive: stages share a server while they fit in it,
// then cross the fabric): the TP all-reduce and all-gather and the EP all-to-all on stage 0's
// GPUs (every stage's are alike), and the PP send from stage s to s+1: its tp ranks each send
// size / tp to their peers at once, then the receiving stage all-gathers (vLLM's
// send_tensor_dict with all_gather_group). With data-parallel attention the replica is
// dp_attention groups of tp consecutive GPUs (pp = 1): the TP collectives are group 0's and the
// all-to-all spans all dp_attention x tp GPUs (the EP group).
ReplicaComms replica_comms(const ClusterSpec& cluster, std::size_t pool, int tp, int pp,
                           int dp_attention = 1);

// The pool of `cluster` whose GPU is named `gpu` (empty: the first pool); InputError at `where`
// listing the pools' GPUs otherwise.
std::size_t pool_with_gpu(const ClusterSpec& cluster, const std::string& gpu,
                          const SourceLocation& where, const std::string& field);

}  // namespace colossus::serve
