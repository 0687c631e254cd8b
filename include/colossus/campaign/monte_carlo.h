// The Monte Carlo of a training campaign on the event core, and the closed forms beside it. The
// engine knows nothing of models or clusters: a campaign is a list of phases, each with the
// training time it needs, its checkpoint cadence and cost, its restart time and its failure
// modes (a rate for the whole job, how the failure is noticed, how many servers it takes out
// and for how long). Each replica runs on its own EventQueue with its own random stream
// (Random::split(replica)), so results depend only on the seed, not on the thread count.
//
// The model of one replica: the job runs in segments. While it runs, work alternates with
// checkpoints (tau of training, then delta blocked; an asynchronous checkpoint becomes durable
// `persist` after it starts). Stopping failures arrive as a Poisson process of the phase's total
// rate while the job runs (none during restarts: a restarting job holds no state to lose); the
// work since the last durable checkpoint is lost, the failure is detected (crash or watchdog),
// servers it takes out are replaced from the spare pool (or the job waits for a repair), and the
// job restarts (scheduler, communicator initialisation, checkpoint load). A slowdown (a link
// flap under adaptive routing) costs fraction x duration of progress and stops nothing.
// Planned maintenance stops the job at fixed wall-clock times after a checkpoint.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "colossus/core/units.h"

namespace colossus::campaign {

// One failure kind of a phase, for the whole job.
struct FailureMode {
  std::string name;
  double rate = 0;      // per second of running
  bool stops = true;    // false: a slowdown
  Seconds detection{};  // stop: from the failure to its detection
  int servers_out = 0;  // stop: servers that leave the job until repaired
  Seconds repair{};     // how long they stay out
  Seconds slow_loss{};  // slowdown: progress lost per event (fraction x duration)
};

// One phase as the engine runs it.
struct PhaseModel {
  std::string name;
  Seconds work{};                  // training time the phase needs (checkpoints excluded)
  Seconds interval{};              // training time between checkpoints (tau)
  Seconds checkpoint_block{};      // training blocked per checkpoint (delta)
  Seconds checkpoint_persist{};    // from a checkpoint's start until it is durable (>= delta)
  Seconds restart{};               // after detection and spares: scheduler, init, checkpoint load
  Seconds transition{};            // before the phase starts: checkpoint, re-layout, restart
  std::vector<FailureMode> modes;  // the same kinds, in the same order, in every phase
};

struct EngineOptions {
  int replicas = 1000;
  std::uint64_t seed = 1;
  std::int64_t spare_servers = 0;
  Seconds maintenance_interval{};  // 0: no planned maintenance
  Seconds maintenance_duration{};
  Seconds horizon{};  // > 0: stop at this wall-clock time (a fixed period) instead of at the end
  int threads = 0;    // 0: up to the hardware's threads; results do not depend on it
};

// What happened, in one replica's timeline (replica 0's is kept for the report).
struct TimelineEvent {
  enum class Kind { phase_start, failure, slowdown, restart, maintenance, end };
  Kind kind = Kind::failure;
  Seconds at{};
  int phase = 0;
  int mode = -1;   // failure, slowdown: the mode's index
  Seconds lost{};  // failure: work lost; restart: downtime since the failure
};

// Where the wall-clock time of a replica went besides useful training.
struct LostTime {
  Seconds detection{};
  Seconds restart{};
  Seconds recompute{};   // work done again after a failure
  Seconds checkpoint{};  // training blocked by checkpoints
  Seconds spares{};      // waiting for a repaired server
  Seconds slowdown{};
  Seconds maintenance{};
  Seconds transition{};  // phase changes
  Seconds total() const {
    return detection + restart + recompute + checkpoint + spares + slowdown + maintenance +
           transition;
  }
};

struct ReplicaOutcome {
  Seconds wall{};           // to the end of the work (or the horizon)
  Seconds work_done{};      // training time done and kept
  std::vector<int> events;  // by mode: stops and slowdowns
  int interruptions = 0;    // stops (failures and maintenance excluded: failures only)
  LostTime lost;
  std::vector<Seconds> phase_end;  // wall time at which each phase ended (horizon: unreached 0)
};

struct EngineResult {
  std::vector<ReplicaOutcome> replicas;
  std::vector<TimelineEvent> timeline;  // replica 0
};

// Runs the replicas (threads over disjoint replicas). Phases must have work > 0, interval > 0.
EngineResult run_monte_carlo(const std::vector<PhaseModel>& phases, const EngineOptions& options);

// --- Closed forms -------------------------------------------------------------------------

// Job MTTF = 1 / sum(n_i r_i) over the stopping modes (rates already for the whole job).
Seconds job_mttf(const std::vector<FailureMode>& modes);
// Young's optimal checkpoint interval sqrt(2 delta M) (Young 1974; Daly 2006 first order).
Seconds young_daly_interval(Seconds checkpoint_cost, Seconds mttf);
// The RSC paper's expected ETTR (Kokolis et al. 2025, as quoted in measured.json):
// (1 - N r_f (u0 + dt_cp / 2)) / (1 + w_cp / dt_cp), with N r_f = 1 / mttf.
double rsc_expected_ettr(Seconds mttf, Seconds restart_overhead, Seconds interval,
                         Seconds checkpoint_cost);
// The exact expected ETTR of the engine's model for one phase without spares waits or
// slowdowns: tau lambda / ((exp(lambda c) - 1)(1 + lambda u0)), c = tau + delta, for a
// synchronous checkpoint (an asynchronous one: c counts from a checkpoint start to durability).
double renewal_ettr(Seconds mttf, Seconds restart_overhead, Seconds interval,
                    Seconds checkpoint_block, Seconds checkpoint_persist);

}  // namespace colossus::campaign
