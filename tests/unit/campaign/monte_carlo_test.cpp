// The campaign engine against closed forms: job MTTF = 1 / sum(n_i r_i), Young/Daly's
// sqrt(2 delta M), the RSC paper's expected ETTR and the exact renewal ETTR against the Monte
// Carlo within its confidence interval, a one-component campaign's interruption count against
// Poisson's, the spare-pool wait, and determinism (the same seed gives identical replicas at any
// thread count; another seed differs).
#include "colossus/campaign/monte_carlo.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "colossus/campaign/campaign.h"

namespace colossus::campaign {
namespace {

// One phase of `work` with a single stopping mode of mean time `mttf`.
PhaseModel one_mode_phase(Seconds work, Seconds mttf, Seconds interval, Seconds block,
                          Seconds restart, Seconds detection = Seconds{}) {
  PhaseModel p;
  p.name = "train";
  p.work = work;
  p.interval = interval;
  p.checkpoint_block = block;
  p.checkpoint_persist = block;
  p.restart = restart;
  FailureMode m;
  m.name = "gpu";
  m.rate = 1.0 / mttf.value();
  m.detection = detection;
  p.modes.push_back(m);
  return p;
}

struct Stats {
  double mean = 0, sd = 0, ci95 = 0;
};
template <class F>
Stats stats_of(const EngineResult& r, F value) {
  std::vector<double> v;
  for (const ReplicaOutcome& o : r.replicas) v.push_back(value(o));
  Stats s;
  s.mean = std::accumulate(v.begin(), v.end(), 0.0) / v.size();
  for (double x : v) s.sd += (x - s.mean) * (x - s.mean);
  s.sd = std::sqrt(s.sd / (v.size() - 1));
  s.ci95 = 1.96 * s.sd / std::sqrt(static_cast<double>(v.size()));
  return s;
}

double ettr(const ReplicaOutcome& o) {
  return o.work_done.value() / o.wall.value();
}

TEST(ClosedForms, JobMttfIsTheInverseOfTheSummedRates) {
  // 1,024 GPUs at 0.1 and 128 servers at 1 failure per 1,000 unit-days: 102.4 + 128 = 230.4
  // failures per 1,000 days, MTTF = 1000 / 230.4 days = 4.340 days. A slowdown does not count.
  ReliabilitySpec r;
  r.components.push_back({"gpu", Unit::gpu, 0.1, Detection::crash, BlastRadius::server});
  r.components.push_back({"host", Unit::server, 1.0, Detection::crash, BlastRadius::server});
  r.components.push_back(
      {"flap", Unit::link, 50.0, Detection::slow, BlastRadius::none, 0.1, seconds(60)});
  UnitCounts counts;
  counts.gpu = 1024;
  counts.server = 128;
  counts.link = 3072;
  const auto modes = failure_modes(r, counts);
  EXPECT_NEAR(job_mttf(modes).value() / 86400.0, 1000.0 / 230.4, 1e-9);
  EXPECT_EQ(modes[0].servers_out, 1);
  EXPECT_FALSE(modes[2].stops);
  EXPECT_NEAR(modes[2].slow_loss.value(), 6.0, 1e-12);  // 10% of a minute
}

TEST(ClosedForms, YoungDalyInterval) {
  // sqrt(2 x 60 s x 3600 s) = sqrt(432,000) = 657.27 s.
  EXPECT_NEAR(young_daly_interval(seconds(60), seconds(3600)).value(), 657.267069, 1e-5);
}

TEST(ClosedForms, RscFormulaByHand) {
  // MTTF 100 h, u0 0.1 h, interval 1 h, write 0.05 h: (1 - 0.01 x 0.6) / 1.05 = 0.946667.
  EXPECT_NEAR(rsc_expected_ettr(hours(100), hours(0.1), hours(1), hours(0.05)), 0.994 / 1.05,
              1e-12);
}

TEST(MonteCarlo, RscExpectedEttrWithinTheConfidenceInterval) {
  // Where the RSC formula's first-order assumptions hold (MTTF 1,000 h, a 1 h interval, an 18 s
  // checkpoint, a 6 min restart: lambda (u0 + c) ~ 1e-3), its expectation
  // (1 - 0.001 x (0.1 + 0.5)) / (1 + 0.005) = 0.994428 lies within the Monte Carlo's 99%
  // confidence interval of the mean ETTR (its first-order bias, lambda delta / 2 = 2.5e-6, and
  // the run's end effect, 5e-6, are below the interval's half-width, ~3.7e-5).
  const PhaseModel p = one_mode_phase(hours(1000), hours(1000), hours(1), seconds(18), hours(0.1));
  EngineOptions o;
  o.replicas = 2000;
  o.seed = 7;
  const Stats s = stats_of(run_monte_carlo({p}, o), ettr);
  const double expected = rsc_expected_ettr(hours(1000), hours(0.1), hours(1), seconds(18));
  EXPECT_NEAR(expected, 0.9994 / 1.005, 1e-12);
  EXPECT_LE(std::abs(s.mean - expected), s.ci95 / 1.96 * 2.576)
      << "MC " << s.mean << " +- " << s.ci95;
}

TEST(MonteCarlo, RenewalEttrHoldsWhereTheFirstOrderFormulaFails) {
  // MTTF 10 h, interval 1 h, 6 min checkpoints, 30 min restarts: lambda (u0 + c) = 0.16. The
  // renewal formula tau lambda / ((e^{lambda c} - 1)(1 + lambda u0)) = 0.86460 is exact for the
  // engine's model; the first-order RSC formula (0.8636) is off by more than the interval.
  const PhaseModel p = one_mode_phase(hours(5000), hours(10), hours(1), hours(0.1), hours(0.5));
  EngineOptions o;
  o.replicas = 400;
  o.seed = 3;
  const Stats s = stats_of(run_monte_carlo({p}, o), ettr);
  const double exact = renewal_ettr(hours(10), hours(0.5), hours(1), hours(0.1), hours(0.1));
  EXPECT_NEAR(exact, 0.1 / (std::expm1(0.11) * 1.05), 1e-12);
  EXPECT_LE(std::abs(s.mean - exact), s.ci95) << "MC " << s.mean << " +- " << s.ci95;
  EXPECT_GT(std::abs(s.mean - rsc_expected_ettr(hours(10), hours(0.5), hours(1), hours(0.1))),
            s.ci95);
}

TEST(MonteCarlo, OneComponentInterruptionsArePoisson) {
  // Exponential failures at 1 per 10 h over 1,000 h of running, with checkpoints after every
  // second and none of them costing time: nothing is re-done, so the job runs exactly 1,000 h
  // and the interruptions are Poisson with mean = variance = 100.
  const PhaseModel p = one_mode_phase(hours(1000), hours(10), seconds(1), Seconds{}, hours(1));
  EngineOptions o;
  o.replicas = 4000;
  o.seed = 11;
  const Stats s =
      stats_of(run_monte_carlo({p}, o), [](const ReplicaOutcome& r) { return r.interruptions; });
  EXPECT_NEAR(s.mean, 100.0, 3 * std::sqrt(100.0 / o.replicas));
  EXPECT_NEAR(s.sd * s.sd, 100.0, 10.0);  // the variance of 4,000 samples is within ~5%
}

TEST(MonteCarlo, WithoutSparesEachFailureWaitsForItsRepair) {
  // No spare servers, a server-blast failure, 2 min detection, 24 h repairs: each failure waits
  // 24 h - 2 min for its own server (restarts happen after the repair, so no two overlap).
  PhaseModel p =
      one_mode_phase(hours(500), hours(50), hours(1), seconds(10), seconds(600), seconds(120));
  p.modes[0].servers_out = 1;
  p.modes[0].repair = hours(24);
  EngineOptions o;
  o.replicas = 50;
  o.spare_servers = 0;
  const EngineResult r = run_monte_carlo({p}, o);
  for (const ReplicaOutcome& x : r.replicas) {
    EXPECT_NEAR(x.lost.spares.value(), x.interruptions * (86400.0 - 120.0), 1e-6);
  }
  // With one spare server and failures rarer than repairs, nobody waits... mostly; with many
  // spares, never.
  o.spare_servers = 1000;
  for (const ReplicaOutcome& x : run_monte_carlo({p}, o).replicas) {
    EXPECT_EQ(x.lost.spares.value(), 0.0);
  }
}

TEST(MonteCarlo, WallTimeAddsUpFromItsParts) {
  // Every second of a replica's wall clock is training kept or one of the lost parts.
  PhaseModel a =
      one_mode_phase(hours(300), hours(20), hours(1), seconds(30), seconds(900), seconds(60));
  FailureMode flap;
  flap.name = "flap";
  flap.rate = 1.0 / 3600.0;
  flap.stops = false;
  flap.slow_loss = seconds(15);
  a.modes.push_back(flap);
  PhaseModel b = a;
  b.name = "second";
  b.transition = seconds(1200);
  EngineOptions o;
  o.replicas = 20;
  o.maintenance_interval = days(7);
  o.maintenance_duration = hours(4);
  for (const ReplicaOutcome& x : run_monte_carlo({a, b}, o).replicas) {
    EXPECT_NEAR(x.wall.value(), x.work_done.value() + x.lost.total().value(), 1e-6);
    EXPECT_NEAR(x.work_done.value(), hours(600).value(), 1e-6);
  }
}

TEST(MonteCarlo, SameSeedSameResultAtAnyThreadCountAndAnotherSeedDiffers) {
  const PhaseModel p = one_mode_phase(hours(2000), hours(5), hours(1), seconds(30), seconds(600));
  EngineOptions o;
  o.replicas = 64;
  o.seed = 5;
  o.threads = 1;
  const EngineResult one = run_monte_carlo({p}, o);
  o.threads = 3;
  const EngineResult three = run_monte_carlo({p}, o);
  o.seed = 6;
  const EngineResult other = run_monte_carlo({p}, o);
  int differ = 0;
  for (int i = 0; i < o.replicas; ++i) {
    EXPECT_EQ(one.replicas[i].wall.value(), three.replicas[i].wall.value());
    EXPECT_EQ(one.replicas[i].interruptions, three.replicas[i].interruptions);
    differ += one.replicas[i].wall.value() != other.replicas[i].wall.value();
  }
  EXPECT_GT(differ, o.replicas / 2);
  EXPECT_EQ(one.timeline.size(), three.timeline.size());
}

TEST(MonteCarlo, HorizonStopsTheClock) {
  // A fixed period: the wall clock is the period, the work is what fitted.
  const PhaseModel p = one_mode_phase(days(1000), hours(5), hours(1), seconds(30), seconds(600));
  EngineOptions o;
  o.replicas = 10;
  o.horizon = days(7);
  for (const ReplicaOutcome& x : run_monte_carlo({p}, o).replicas) {
    EXPECT_DOUBLE_EQ(x.wall.value(), days(7).value());
    EXPECT_LT(x.work_done.value(), days(7).value());
    EXPECT_GT(x.work_done.value(), days(5).value());
  }
}

TEST(Distribution, NearestRankPercentiles) {
  // 1..100: mean 50.5, p5 = 5, p50 = 50, p95 = 95.
  std::vector<double> v(100);
  std::iota(v.begin(), v.end(), 1.0);
  const Distribution d = distribution(v);
  EXPECT_DOUBLE_EQ(d.mean, 50.5);
  EXPECT_DOUBLE_EQ(d.p5, 5);
  EXPECT_DOUBLE_EQ(d.p50, 50);
  EXPECT_DOUBLE_EQ(d.p95, 95);
}

TEST(DurationText, UnitsAndBadInput) {
  const SourceLocation w{"x.yaml", 3};
  EXPECT_DOUBLE_EQ(parse_duration("30m", w, "f").value(), 1800);
  EXPECT_DOUBLE_EQ(parse_duration("2h", w, "f").value(), 7200);
  EXPECT_DOUBLE_EQ(parse_duration("45s", w, "f").value(), 45);
  EXPECT_DOUBLE_EQ(parse_duration("1.5d", w, "f").value(), 129600);
  EXPECT_DOUBLE_EQ(parse_duration("10", w, "f").value(), 600);  // bare: minutes
  for (const char* bad : {"0", "0m", "-5m", "abc", "5y", "nan", "1e300h"}) {
    EXPECT_THROW(parse_duration(bad, w, "f"), InputError) << bad;
  }
}

}  // namespace
}  // namespace colossus::campaign
