// The Monte Carlo: reproducible for a seed whatever the thread count, perturbation 0 gives the
// deterministic forecast, summaries are consistent, and on the 1994 EC car-emissions case the
// median of the compromise forecasts under small perturbation stays near 7.39. Also the
// perturbation's bounds (the generator's own tests are in tests/core/random_test.cpp).
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "bargain/compromise.h"
#include "bargain/perturb.h"
#include "bargain/simulate.h"
#include "bargain_cases.h"
#include "core/random.h"

namespace lattice::bargain {
namespace {

Scenario ec() {
  return lattice::testing::ec_emissions_1994();
}

Scenario six_dims() {
  core::Diagnostics d;
  Scenario s =
      load_scenario(lattice::testing::shared_dir() + "/bargaining/ktab/dummyData_6Dim.csv", d);
  EXPECT_FALSE(d.has_errors());
  return s;
}

SimulateOptions options(std::size_t runs, double perturb, std::uint64_t seed, unsigned threads) {
  SimulateOptions o;
  o.runs = runs;
  o.perturb = perturb;
  o.seed = seed;
  o.threads = threads;
  return o;
}

TEST(PerturbTest, StaysWithinBounds) {
  const Scenario s = six_dims();
  const auto ranges = position_ranges(s);
  core::Random rng(7);
  bool changed = false;
  for (int k = 0; k < 50; ++k) {
    const Scenario p = perturb_scenario(s, ranges, 0.5, rng);
    ASSERT_EQ(p.actors.size(), s.actors.size());
    for (size_t a = 0; a < p.actors.size(); ++a) {
      EXPECT_GT(p.actors[a].capability, 0);
      changed = changed || p.actors[a].capability != s.actors[a].capability;
      for (size_t d = 0; d < s.dimensions.size(); ++d) {
        EXPECT_GE(p.actors[a].positions[d], ranges[d].first);
        EXPECT_LE(p.actors[a].positions[d], ranges[d].second);
        EXPECT_GE(p.actors[a].saliences[d], 0);
        EXPECT_LE(p.actors[a].saliences[d], 1);
      }
    }
  }
  EXPECT_TRUE(changed);
}

TEST(SimulateTest, SameSeedSameNumbersWhateverTheThreads) {
  const Scenario s = six_dims();
  const auto one = simulate(s, compromise_forecaster(), options(300, 0.2, 11, 1));
  for (unsigned threads : {2u, 7u}) {
    const auto many = simulate(s, compromise_forecaster(), options(300, 0.2, 11, threads));
    EXPECT_EQ(many.threads, threads);
    ASSERT_EQ(many.forecasts, one.forecasts) << threads << " threads";
    for (size_t d = 0; d < one.dimensions.size(); ++d) {
      EXPECT_EQ(many.dimensions[d].mean, one.dimensions[d].mean);
      EXPECT_EQ(many.dimensions[d].sd, one.dimensions[d].sd);
      EXPECT_EQ(many.dimensions[d].quantiles, one.dimensions[d].quantiles);
      EXPECT_EQ(many.dimensions[d].counts, one.dimensions[d].counts);
    }
  }
  BdmOptions bo;
  bo.max_rounds = 5;
  const auto bdm1 = simulate(ec(), bdm_forecaster(bo), options(40, 0.2, 3, 1));
  const auto bdm7 = simulate(ec(), bdm_forecaster(bo), options(40, 0.2, 3, 7));
  EXPECT_EQ(bdm1.forecasts, bdm7.forecasts);
}

TEST(SimulateTest, DifferentSeedsDiffer) {
  const Scenario s = ec();
  const auto a = simulate(s, compromise_forecaster(), options(200, 0.1, 1, 2));
  const auto b = simulate(s, compromise_forecaster(), options(200, 0.1, 2, 2));
  EXPECT_NE(a.forecasts, b.forecasts);
  EXPECT_NE(a.dimensions[0].mean, b.dimensions[0].mean);
}

TEST(SimulateTest, PerturbZeroGivesTheDeterministicForecast) {
  const Scenario s = six_dims();
  const auto r = simulate(s, compromise_forecaster(), options(25, 0, 5, 3));
  const auto exact = compromise(s);
  ASSERT_EQ(r.dimensions.size(), exact.dimensions.size());
  ASSERT_EQ(r.forecasts.size(), 25u);  // one forecast per run: the loops below check each
  for (const auto& run : r.forecasts)
    for (size_t d = 0; d < run.size(); ++d) EXPECT_EQ(run[d], exact.dimensions[d].mean);
  for (size_t d = 0; d < r.dimensions.size(); ++d) {
    EXPECT_EQ(r.dimensions[d].baseline, exact.dimensions[d].mean);
    EXPECT_EQ(r.dimensions[d].sd, 0);
    EXPECT_EQ(r.dimensions[d].quantiles[0], r.dimensions[d].quantiles[4]);
  }
  BdmOptions bo;
  bo.max_rounds = 4;
  const auto b = simulate(ec(), bdm_forecaster(bo), options(5, 0, 5, 2));
  ASSERT_EQ(b.forecasts.size(), 5u);
  for (const auto& run : b.forecasts) EXPECT_EQ(run[0], b.dimensions[0].baseline);
}

TEST(SimulateTest, SummariesAreConsistent) {
  const Scenario s = six_dims();
  SimulateOptions o = options(500, 0.3, 9, 2);
  o.bins = 7;
  const auto r = simulate(s, compromise_forecaster(), o);
  ASSERT_EQ(r.dimensions.size(), 6u);
  const auto ranges = position_ranges(s);
  for (size_t d = 0; d < r.dimensions.size(); ++d) {
    const auto& dim = r.dimensions[d];
    EXPECT_EQ(dim.name, s.dimensions[d]);
    for (size_t q = 1; q < dim.quantiles.size(); ++q)
      EXPECT_LE(dim.quantiles[q - 1], dim.quantiles[q]);
    EXPECT_LT(dim.quantiles[0], dim.quantiles[4]);  // a perturbation of 0.3 moves the forecast
    EXPECT_GT(dim.sd, 0);
    EXPECT_GE(dim.mean, dim.quantiles[0]);
    EXPECT_LE(dim.mean, dim.quantiles[4]);
    EXPECT_EQ(dim.lo, ranges[d].first);
    EXPECT_EQ(dim.hi, ranges[d].second);
    ASSERT_EQ(dim.counts.size(), 7u);
    size_t total = 0;
    for (size_t c : dim.counts) total += c;
    EXPECT_EQ(total, 500u);
  }
}

TEST(SimulateTest, QuantileInterpolates) {
  const std::vector<double> v = {1, 2, 3, 4, 5};
  EXPECT_DOUBLE_EQ(quantile_sorted(v, 0.5), 3);
  EXPECT_DOUBLE_EQ(quantile_sorted(v, 0.25), 2);
  EXPECT_DOUBLE_EQ(quantile_sorted(v, 0.05), 1.2);
  EXPECT_DOUBLE_EQ(quantile_sorted(v, 1), 5);
  EXPECT_DOUBLE_EQ(quantile_sorted({}, 0.5), 0);
}

TEST(SimulateTest, EcCompromiseMedianNearPublishedMean) {
  const auto r = simulate(ec(), compromise_forecaster(), options(2000, 0.05, 1994, 2));
  const auto& d = r.dimensions[0];
  EXPECT_NEAR(d.baseline, 7.39, 0.005);
  EXPECT_NEAR(d.quantiles[2], 7.39, 0.1);
  EXPECT_GT(d.sd, 0);
  EXPECT_LT(d.sd, 0.5);
}

TEST(SimulateTest, BadArgumentsAndFailingForecasters) {
  const Scenario s = ec();
  EXPECT_THROW(simulate(s, compromise_forecaster(), options(0, 0.1, 1, 1)), std::invalid_argument);
  EXPECT_THROW(simulate(s, compromise_forecaster(), options(5, -0.1, 1, 1)), std::invalid_argument);
  const Forecaster wrong_size = [](const Scenario&) { return std::vector<double>{1, 2}; };
  EXPECT_THROW(simulate(s, wrong_size, options(5, 0.1, 1, 2)), std::invalid_argument);
  int calls = 0;
  const Forecaster fails_when_perturbed = [&calls](const Scenario&) -> std::vector<double> {
    if (calls++ > 0) throw std::runtime_error("boom");
    return {1.0};
  };
  EXPECT_THROW(simulate(s, fails_when_perturbed, options(3, 0.1, 1, 1)), std::runtime_error);
}

TEST(SimulateTest, ReportsProgressUpToTheTotal) {
  std::size_t last_done = 0, last_total = 0, calls = 0;
  SimulateOptions o = options(50, 0.1, 1, 2);
  o.progress = [&](std::size_t done, std::size_t total) {
    EXPECT_GE(done, last_done);
    last_done = done;
    last_total = total;
    ++calls;
  };
  simulate(ec(), compromise_forecaster(), o);
  EXPECT_GE(calls, 1u);
  EXPECT_EQ(last_done, 50u);
  EXPECT_EQ(last_total, 50u);
}

}  // namespace
}  // namespace lattice::bargain
