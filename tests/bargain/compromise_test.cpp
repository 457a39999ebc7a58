// The compromise model by hand, and the 1994 EC car-emissions case (weighted mean 7.39).
#include <gtest/gtest.h>

#include "bargain/compromise.h"
#include "bargain_cases.h"

namespace lattice::bargain {
namespace {

TEST(CompromiseTest, ByHand) {
  // Weights c*s: A 2*0.5 = 1 at 0, B 1*1 = 1 at 10, C 4*0.5 = 2 at 4.
  core::Diagnostics d;
  const Scenario s = parse_scenario(
      "Actor,Capability,Position,Salience\nA,2,0,0.5\nB,1,10,1\nC,4,4,0.5\n", "t", d);
  ASSERT_FALSE(d.has_errors());
  const auto r = compromise(s);
  ASSERT_EQ(r.dimensions.size(), 1u);
  EXPECT_DOUBLE_EQ(r.dimensions[0].mean, (0 + 10 + 8) / 4.0);
  EXPECT_DOUBLE_EQ(r.dimensions[0].median, 4);  // cumulative 1, 3 >= 2
  EXPECT_DOUBLE_EQ(r.dimensions[0].total_weight, 4);
  EXPECT_DOUBLE_EQ(weighted_median({1, 2}, {1, 1}), 1);  // lower median on a tie
  EXPECT_DOUBLE_EQ(weighted_mean({1, 2}, {0, 0}), 0);
}

TEST(CompromiseTest, EcCarEmissions) {
  const Scenario s = lattice::testing::ec_emissions_1994();
  ASSERT_EQ(s.actors.size(), 10u);
  const auto r = compromise(s);
  EXPECT_NEAR(r.dimensions[0].mean, 7.39, 0.005);  // capability x salience weights
  EXPECT_DOUBLE_EQ(r.dimensions[0].median, 7);
}

}  // namespace
}  // namespace lattice::bargain
