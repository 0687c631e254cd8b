// The processes of one run: a single process, or the ranks of an MPI job when the binary was
// built with OpenMPI (CMake finds it: COLOSSUS_HAVE_MPI) and launched by mpirun (the launcher's
// environment says so; a plain run never initialises MPI). Only the few collectives the sweep
// needs: the rank and size, a barrier, a broadcast and a gather of strings to rank 0.
#pragma once

#include <string>
#include <vector>

namespace colossus::plan {

class Ranks {
 public:
  // Initialises MPI when launched under mpirun (finalised by the destructor).
  Ranks();
  ~Ranks();
  Ranks(const Ranks&) = delete;
  Ranks& operator=(const Ranks&) = delete;

  int rank() const { return rank_; }
  int size() const { return size_; }
  bool root() const { return rank_ == 0; }
  void barrier();
  // Rank 0's `text` on every rank.
  std::string broadcast(const std::string& text);
  // Every rank's `text`, in rank order, on rank 0 (empty elsewhere).
  std::vector<std::string> gather(const std::string& text);
  // Whether this binary can run distributed at all.
  static bool built_with_mpi();

 private:
  int rank_ = 0;
  int size_ = 1;
  bool initialised_ = false;
};

}  // namespace colossus::plan
