// The list of collective algorithms. Each lives in its own file and exposes one factory; adding
// an algorithm is a new file and one line here. Order breaks ties in the tuner (first wins).
#include "colossus/collective/algorithm.h"

namespace colossus {

std::unique_ptr<CollectiveAlgorithm> make_ring_algorithm();
std::unique_ptr<CollectiveAlgorithm> make_tree_algorithm();
std::unique_ptr<CollectiveAlgorithm> make_nvls_algorithm();
std::unique_ptr<CollectiveAlgorithm> make_hierarchical_algorithm();
std::unique_ptr<CollectiveAlgorithm> make_halving_doubling_algorithm();
std::unique_ptr<CollectiveAlgorithm> make_pairwise_algorithm();
std::unique_ptr<CollectiveAlgorithm> make_send_recv_algorithm();
std::unique_ptr<CollectiveAlgorithm> make_mesh_direct_algorithm();
std::unique_ptr<CollectiveAlgorithm> make_torus_algorithm();

std::vector<std::unique_ptr<CollectiveAlgorithm>> make_collective_algorithms() {
  std::vector<std::unique_ptr<CollectiveAlgorithm>> all;
  all.push_back(make_ring_algorithm());
  all.push_back(make_tree_algorithm());
  all.push_back(make_nvls_algorithm());
  all.push_back(make_hierarchical_algorithm());
  all.push_back(make_halving_doubling_algorithm());
  all.push_back(make_pairwise_algorithm());
  all.push_back(make_send_recv_algorithm());
  all.push_back(make_mesh_direct_algorithm());
  all.push_back(make_torus_algorithm());
  return all;
}

}  // namespace colossus
