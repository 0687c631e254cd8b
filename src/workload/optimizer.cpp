// Optimizer state and step costs (optimizer.h gives each figure its source).
#include "colossus/workload/optimizer.h"

#include <string>

namespace colossus {

OptimizerTraits optimizer_traits(Optimizer optimizer) {
  switch (optimizer) {
    case Optimizer::adam:
    case Optimizer::adamw:
      return {12, 30, 12, 0};
    case Optimizer::lamb:
      return {12, 38, 16, 0};
    case Optimizer::adafactor:
      return {4, 18, 10, 0};
    case Optimizer::sgd:
      return {8, 22, 4, 0};
    case Optimizer::muon:
      return {8, 22, 4, 5};
  }
  return {};
}

std::vector<Kernel> optimizer_step_kernels(Optimizer optimizer, double params, double hidden) {
  const OptimizerTraits t = optimizer_traits(optimizer);
  std::vector<Kernel> kernels = {memory_kernel("optimizer." + std::string(to_string(optimizer)),
                                               bytes(params * t.step_bytes),
                                               flops(params * t.step_flops))};
  if (t.newton_schulz_iterations > 0 && hidden > 0 && params > 0) {
    const double matrices = params / (hidden * hidden);
    kernels.push_back(gemm_kernel("optimizer.newton_schulz", hidden, hidden, hidden,
                                  3.0 * t.newton_schulz_iterations * matrices, 2, false));
  }
  return kernels;
}

}  // namespace colossus
