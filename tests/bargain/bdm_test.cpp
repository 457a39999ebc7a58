// The BDM expected-utility model: round one on the 1994 EC car-emissions case (weighted mean
// 7.39, Condorcet median 7.0, risk exponents in [0.5, 2]), its options and its stopping rules.
#include <gtest/gtest.h>

#include <cmath>

#include "bargain/bdm.h"
#include "bargain_cases.h"

namespace lattice::bargain {
namespace {

Scenario ec() {
  return lattice::testing::ec_emissions_1994();
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
  EXPECT_EQ(r.dimensions[0].stop, BdmStop::kPositionsSettled);
  EXPECT_EQ(r.dimensions[0].rounds.size(), 1u);
  EXPECT_DOUBLE_EQ(r.dimensions[0].forecast, 5);
  BdmOptions exact;
  exact.tolerance = 0;  // no move at all also settles with a zero tolerance
  EXPECT_EQ(bdm(s, exact).dimensions[0].rounds.size(), 1u);
}

TEST(BdmTest, SettlesWithTheDefaultTolerance) {
  // On the EC case compromise moves shrink round by round while the Condorcet median stays at 7.0;
  // with the default tolerance (a thousandth of the range) the positions settle within 100 rounds.
  const BdmResult r = bdm(ec());
  const BdmDimension& d = r.dimensions[0];
  EXPECT_EQ(d.stop, BdmStop::kPositionsSettled);
  EXPECT_TRUE(d.settled);
  EXPECT_GT(d.rounds.size(), 20u);
  EXPECT_LT(d.rounds.size(), 100u);
  EXPECT_DOUBLE_EQ(d.forecast, 7.0);
  for (const auto& round : d.rounds) EXPECT_DOUBLE_EQ(round.median, 7.0);
  // A tolerance near 0 does not settle within 20 rounds; the forecast is the same.
  BdmOptions o;
  o.tolerance = 1e-9;
  o.max_rounds = 20;
  const BdmResult strict = bdm(ec(), o);
  EXPECT_EQ(strict.dimensions[0].stop, BdmStop::kMaxRounds);
  EXPECT_FALSE(strict.dimensions[0].settled);
  EXPECT_EQ(strict.dimensions[0].rounds.size(), 20u);
  EXPECT_DOUBLE_EQ(strict.dimensions[0].forecast, 7.0);
}

TEST(BdmTest, MedianRuleStopsAfterStableRounds) {
  BdmOptions o;
  o.stable_rounds = 5;
  const BdmResult r = bdm(ec(), o);
  EXPECT_EQ(r.dimensions[0].stop, BdmStop::kMedianStable);
  EXPECT_TRUE(r.dimensions[0].settled);
  EXPECT_EQ(r.dimensions[0].rounds.size(), 5u);
  EXPECT_DOUBLE_EQ(r.dimensions[0].forecast, 7.0);
  o.stable_rounds = 2;
  EXPECT_EQ(bdm(ec(), o).dimensions[0].rounds.size(), 2u);
  EXPECT_EQ(to_string(BdmStop::kMedianStable), "median-stable");
}

TEST(BdmTest, MedianRuleCanStopEarly) {
  // Why the median rule is off by default: on KTAB's dummyData_6Dim.csv, Dim3, the median holds
  // at 85 for nine rounds before the positions move on and settle with a median of 72.68.
  core::Diagnostics diags;
  const Scenario s =
      load_scenario(lattice::testing::shared_dir() + "/bargaining/ktab/dummyData_6Dim.csv", diags);
  ASSERT_FALSE(diags.has_errors());
  const BdmDimension settled = bdm(s).dimensions[3];
  EXPECT_EQ(settled.stop, BdmStop::kPositionsSettled);
  EXPECT_NEAR(settled.forecast, 72.68, 0.01);
  BdmOptions o;
  o.stable_rounds = 5;
  const BdmDimension early = bdm(s, o).dimensions[3];
  EXPECT_EQ(early.stop, BdmStop::kMedianStable);
  EXPECT_DOUBLE_EQ(early.forecast, 85);
}

TEST(BdmTest, NoActorsGiveAFiniteForecast) {
  // Fixed bug: without actors the scale started at the largest double and the forecast was
  // 1.8e308.
  Scenario s;
  s.dimensions = {"Date"};
  const BdmResult r = bdm(s);
  ASSERT_EQ(r.dimensions.size(), 1u);
  EXPECT_EQ(r.dimensions[0].forecast, 0);
  EXPECT_TRUE(r.dimensions[0].rounds.empty());
  EXPECT_EQ(r.dimensions[0].stop, BdmStop::kPositionsSettled);
}

TEST(BdmTest, EachActorAcceptsTheSmallestMove) {
  BdmOptions o;
  o.stable_rounds = 0;
  const BdmResult r = bdm(ec(), o);
  for (const BdmRound& round : r.dimensions[0].rounds) {
    for (size_t j = 0; j < round.positions.size(); ++j) {
      const BdmOffer* accepted = nullptr;
      double smallest = 1e300;
      for (const BdmOffer& of : round.offers) {
        if (of.to != j) continue;
        smallest = std::min(smallest, std::abs(of.position - round.positions[j]));
        if (of.accepted) {
          EXPECT_EQ(accepted, nullptr) << "two offers accepted by actor " << j;
          accepted = &of;
        }
      }
      if (smallest == 1e300) continue;
      ASSERT_NE(accepted, nullptr) << "actor " << j << " received offers but accepted none";
      EXPECT_NEAR(std::abs(accepted->position - round.positions[j]), smallest, 1e-9);
    }
  }
}

}  // namespace
}  // namespace lattice::bargain
