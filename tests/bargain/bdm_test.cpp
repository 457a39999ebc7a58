// The BDM expected-utility model: round one on the 1994 EC car-emissions case (weighted mean
// 7.39, Condorcet median 7.0, risk exponents in [0.5, 2]) and its options.
#include <gtest/gtest.h>

#include <cmath>

#include "bargain/bdm.h"
#include "test_support.h"

namespace lattice::bargain {
namespace {

Scenario ec() {
  core::Diagnostics d;
  Scenario s =
      load_scenario(lattice::testing::shared_dir() + "/bargaining/ec_emissions_1994.csv", d);
  EXPECT_FALSE(d.has_errors());
  return s;
}

TEST(BdmTest, CondorcetMedian) {
  EXPECT_DOUBLE_EQ(condorcet_median({0, 4, 10}, {1, 2, 1}), 4);
  EXPECT_DOUBLE_EQ(condorcet_median({0, 10}, {3, 1}), 0);
}

TEST(BdmTest, EcRoundOne) {
  const BdmResult r = bdm(ec());
  ASSERT_EQ(r.dimensions.size(), 1u);
  const BdmDimension& d = r.dimensions[0];
  ASSERT_FALSE(d.rounds.empty());
  const BdmRound& one = d.rounds[0];
  EXPECT_NEAR(one.mean, 7.39, 0.005);
  EXPECT_DOUBLE_EQ(one.median, 7.0);
  double rmin = 3, rmax = 0;
  for (double x : one.risk) {
    EXPECT_GE(x, 0.5 - 1e-12);
    EXPECT_LE(x, 2 + 1e-12);
    rmin = std::min(rmin, x);
    rmax = std::max(rmax, x);
  }
  EXPECT_NEAR(rmin, 0.5, 1e-9);  // the normalisation spans the whole range
  EXPECT_NEAR(rmax, 2.0, 1e-9);
  // Pairs: actors at the same position do not bargain.
  EXPECT_FALSE(d.round_one.empty());
  for (const auto& p : d.round_one) {
    EXPECT_GE(p.p, 0);
    EXPECT_LE(p.p, 1);
    EXPECT_LT(p.u_failure, p.u_success);
  }
  EXPECT_FALSE(one.offers.empty());
  // Later rounds' forecasts stay within the range of positions.
  for (const auto& round : d.rounds) {
    EXPECT_GE(round.median, 4);
    EXPECT_LE(round.median, 10);
  }
  EXPECT_GE(d.forecast, 4);
  EXPECT_LE(d.forecast, 10);
}

TEST(BdmTest, RoundOneValuesByHand) {
  // Netherlands (4) challenging France (10): on the 0-1 scale the distance is 1.
  const BdmResult r = bdm(ec());
  for (const auto& p : r.dimensions[0].round_one) {
    if (p.i != 0 || p.j != 4) continue;
    const double rn = r.dimensions[0].rounds[0].risk[0];
    EXPECT_NEAR(p.u_success, 2 - 4 * std::pow(0.0, rn), 1e-12);
    EXPECT_NEAR(p.u_failure, 2 - 4 * std::pow(1.0, rn), 1e-12);
    EXPECT_NEAR(p.u_sq, 2 - 4 * std::pow(0.5, rn), 1e-12);
    // Votes for 4 over 10: everyone at 4 (0.248) and at 7 (ties: 0); against: at 10 (0.336).
    EXPECT_NEAR(p.p, 0.248 / (0.248 + 0.336), 1e-9);
    const double sj = 0.6;
    EXPECT_NEAR(
        p.eu_i,
        sj * (p.p * p.u_success + (1 - p.p) * p.u_failure) + (1 - sj) * p.u_success - p.u_sq,
        1e-12);
    return;
  }
  FAIL() << "no pair Netherlands-France";
}

TEST(BdmTest, OptionsKeepRiskInRange) {
  BdmOptions o;
  o.security = SecurityLevel::kOwnChallenges;
  o.risk_range = RiskRange::kAlternativePositions;
  o.choice = OfferChoice::kLargestGain;
  o.q = 0.5;
  o.t = 0.5;
  o.max_rounds = 3;
  const BdmResult r = bdm(ec(), o);
  ASSERT_LE(r.dimensions[0].rounds.size(), 3u);
  for (double x : r.dimensions[0].rounds[0].risk) {
    EXPECT_GE(x, 0.5 - 1e-12);
    EXPECT_LE(x, 2 + 1e-12);
  }
}

TEST(BdmTest, SettlesWhenAllAgree) {
  core::Diagnostics diags;
  const Scenario s =
      parse_scenario("Actor,Capability,Position,Salience\nA,1,5,0.5\nB,2,5,1\n", "t", diags);
  const BdmResult r = bdm(s);
  EXPECT_TRUE(r.dimensions[0].settled);
  EXPECT_EQ(r.dimensions[0].rounds.size(), 1u);
  EXPECT_DOUBLE_EQ(r.dimensions[0].forecast, 5);
}

}  // namespace
}  // namespace lattice::bargain
