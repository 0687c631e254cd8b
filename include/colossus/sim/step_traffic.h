// The traffic a step's communication streams put in the fabric, as patterns of the shared fabric
// (network/shared_fabric.h): for each pipeline stage, its forward sends to the next stage and
// backward sends to the one before (every pipeline's copy), and its data-parallel stream (the
// ring of every data-parallel group of the stage, two channels per pair under ECMP as NCCL
// opens per NIC).
// The data-parallel stream's expert gradients (edp groups) are counted as dense ones: the ring
// pattern of the dp_cp groups stands for both (an approximation; both ride the same NICs).
// The in-layer collectives of tensor, context and expert parallelism are patterns too where
// their groups leave the NVLink domain (a TP group wider than a server, EP groups across
// servers): TP and CP as rings, EP's all-to-all as every pair of the group in different
// domains. Pairs inside one NVLink domain are left out (they never meet the scale-out fabric).
#pragma once

#include <vector>

#include "colossus/network/shared_fabric.h"
#include "colossus/workload/parallelism.h"

namespace colossus::sim {

// The pattern ids of one stage's streams; -1 where the stream moves nothing across GPUs.
struct StagePatterns {
  int forward = -1;
  int backward = -1;
  int dp = -1;
  // In-layer collectives that cross NVLink domains; -1: none does.
  int tp = -1;
  int cp = -1;
  int ep = -1;
};

// Adds the patterns of every stage of the layout to the fabric; one entry per stage.
std::vector<StagePatterns> add_step_patterns(SharedFabric& fabric, const Parallelism& par);

}  // namespace colossus::sim
