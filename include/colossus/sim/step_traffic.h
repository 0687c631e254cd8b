// The traffic a step's communication streams put in the fabric, as patterns of the shared fabric
// (network/shared_fabric.h): for each pipeline stage, its forward sends to the next stage and
// backward sends to the one before (every pipeline's copy), and its data-parallel stream (the
// ring of every data-parallel group of the stage, two channels per pair under ECMP as NCCL
// opens per NIC).
// The data-parallel stream's expert gradients (edp groups) are counted as dense ones: the ring
// pattern of the dp_cp groups stands for both (an approximation; both ride the same NICs).
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
};

// Adds the patterns of every stage of the layout to the fabric; one entry per stage.
std::vector<StagePatterns> add_step_patterns(SharedFabric& fabric, const Parallelism& par);

}  // namespace colossus::sim
