// MPI behind plan/ranks.h, or one process when the build has no MPI. mpirun (OpenMPI, or a PMI
// launcher such as Slurm's srun) sets OMPI_COMM_WORLD_SIZE / PMI_SIZE / PMIX_RANK in each rank's
// environment; without them MPI is not initialised, so the plain command never pays for it.
#include "colossus/plan/ranks.h"

#include <cstdlib>

#ifdef COLOSSUS_HAVE_MPI
#include <mpi.h>
#endif

namespace colossus::plan {

Ranks::Ranks() {
#ifdef COLOSSUS_HAVE_MPI
  const bool launched =
      std::getenv("OMPI_COMM_WORLD_SIZE") || std::getenv("PMI_SIZE") || std::getenv("PMIX_RANK");
  int already = 0;
  MPI_Initialized(&already);
  if (launched && !already) {
    int provided = 0;
    MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
    initialised_ = true;
  }
  if (launched || already) {
    MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
    MPI_Comm_size(MPI_COMM_WORLD, &size_);
  }
#endif
}

Ranks::~Ranks() {
#ifdef COLOSSUS_HAVE_MPI
  if (initialised_) MPI_Finalize();
#endif
}

bool Ranks::built_with_mpi() {
#ifdef COLOSSUS_HAVE_MPI
  return true;
#else
  return false;
#endif
}

void Ranks::barrier() {
#ifdef COLOSSUS_HAVE_MPI
  if (size_ > 1) MPI_Barrier(MPI_COMM_WORLD);
#endif
}

std::string Ranks::broadcast(const std::string& text) {
#ifdef COLOSSUS_HAVE_MPI
  if (size_ > 1) {
    long long n = static_cast<long long>(text.size());
    MPI_Bcast(&n, 1, MPI_LONG_LONG, 0, MPI_COMM_WORLD);
    std::string out = rank_ == 0 ? text : std::string(static_cast<std::size_t>(n), '\0');
    MPI_Bcast(out.data(), static_cast<int>(n), MPI_CHAR, 0, MPI_COMM_WORLD);
    return out;
  }
#endif
  return text;
}

std::vector<std::string> Ranks::gather(const std::string& text) {
#ifdef COLOSSUS_HAVE_MPI
  if (size_ > 1) {
    const int mine = static_cast<int>(text.size());
    std::vector<int> sizes(static_cast<std::size_t>(size_)), offsets(sizes.size());
    MPI_Gather(&mine, 1, MPI_INT, sizes.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
    std::string all;
    if (rank_ == 0) {
      int total = 0;
      for (std::size_t r = 0; r < sizes.size(); ++r) {
        offsets[r] = total;
        total += sizes[r];
      }
      all.resize(static_cast<std::size_t>(total));
    }
    MPI_Gatherv(text.data(), mine, MPI_CHAR, all.data(), sizes.data(), offsets.data(), MPI_CHAR, 0,
                MPI_COMM_WORLD);
    std::vector<std::string> out;
    if (rank_ == 0) {
      for (std::size_t r = 0; r < sizes.size(); ++r)
        out.push_back(
            all.substr(static_cast<std::size_t>(offsets[r]), static_cast<std::size_t>(sizes[r])));
    }
    return out;
  }
#endif
  return {text};
}

}  // namespace colossus::plan
