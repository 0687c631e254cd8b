// A flow: one transfer from one GPU to another, the unit the network layer shares capacity
// among. The collective layer turns algorithms into phases of flows; the fabric model maps
// each flow to a solver variable along its route.
#pragma once

#include <cstdint>

#include "colossus/core/units.h"
#include "colossus/topology/topology.h"

namespace colossus {

// One transfer from one GPU to another.
struct Flow {
  GpuId src = 0;
  GpuId dst = 0;
  Bytes size{};
  std::uint64_t entropy = 0;  // what ECMP hashes besides src/dst (a channel or queue-pair index)
};

}  // namespace colossus
