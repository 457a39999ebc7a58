// Tolerance of claim checking: hedge words to bounds and verdicts on hand-made numbers.
#include <gtest/gtest.h>

#include "claimcheck/tolerance.h"

namespace lattice::claimcheck {
namespace {

TEST(BoundOf, HedgeInsideTheExpression) {
  std::string w;
  EXPECT_EQ(bound_of("the fleet is ", "nearly four times", &w), Bound::kNear);
  EXPECT_EQ(w, "nearly");
  EXPECT_EQ(bound_of("", "Close to 12 percent"), Bound::kNear);
  EXPECT_EQ(bound_of("", "over 25 percent"), Bound::kOver);
  EXPECT_EQ(bound_of("", "more than 3 percent"), Bound::kOver);
  EXPECT_EQ(bound_of("", "Almost 8 percent"), Bound::kNear);
}

TEST(BoundOf, HedgeRightBeforeTheExpression) {
  EXPECT_EQ(bound_of("the port now costs roughly \\", "$9 billion"), Bound::kApprox);
  EXPECT_EQ(bound_of("exports reached about ", "$3 billion"), Bound::kApprox);
  EXPECT_EQ(bound_of("Ruritania spends only ", "2 percent"), Bound::kExact);
  EXPECT_EQ(bound_of("a share of less than ", "5 percent"), Bound::kUnder);
  EXPECT_EQ(bound_of("a share of no more than ", "5 percent"), Bound::kUnder);
  EXPECT_EQ(bound_of("The budget is ", "$7 billion"), Bound::kExact);
  // A hedge word further back, not adjacent to the number, does not count.
  EXPECT_EQ(bound_of("We talked about the budget of ", "$7 billion"), Bound::kExact);
}

TEST(Judge, ExactWithinFivePercent) {
  EXPECT_EQ(judge(100, 96, Bound::kExact).verdict, Verdict::kSupported);
  EXPECT_EQ(judge(100, 104, Bound::kExact).verdict, Verdict::kSupported);
  EXPECT_EQ(judge(100, 90, Bound::kExact).verdict, Verdict::kOverstated);
  EXPECT_EQ(judge(100, 110, Bound::kExact).verdict, Verdict::kUnderstated);
  EXPECT_NEAR(judge(100, 80, Bound::kExact).relative_error, 0.25, 1e-12);
}

TEST(Judge, ApproxWithinTenPercent) {
  EXPECT_EQ(judge(50, 46, Bound::kApprox).verdict, Verdict::kSupported);   // +8.7%
  EXPECT_EQ(judge(50, 55, Bound::kApprox).verdict, Verdict::kSupported);   // -9.1%
  EXPECT_EQ(judge(50, 44, Bound::kApprox).verdict, Verdict::kOverstated);  // +13.6%
  EXPECT_EQ(judge(50, 57, Bound::kApprox).verdict, Verdict::kUnderstated);
}

TEST(Judge, NearAllowsTheDataBelowTheFigure) {
  EXPECT_EQ(judge(3, 2.7, Bound::kNear).verdict, Verdict::kSupported);    // +11%
  EXPECT_EQ(judge(3, 3.1, Bound::kNear).verdict, Verdict::kSupported);    // -3%
  EXPECT_EQ(judge(3, 2.5, Bound::kNear).verdict, Verdict::kOverstated);   // +20%
  EXPECT_EQ(judge(3, 3.3, Bound::kNear).verdict, Verdict::kUnderstated);  // -9%
}

TEST(Judge, OverAndUnderAreBounds) {
  EXPECT_EQ(judge(40, 41, Bound::kOver).verdict, Verdict::kSupported);
  EXPECT_EQ(judge(40, 59, Bound::kOver).verdict, Verdict::kSupported);
  EXPECT_EQ(judge(40, 39, Bound::kOver).verdict, Verdict::kOverstated);
  EXPECT_EQ(judge(40, 61, Bound::kOver).verdict, Verdict::kUnderstated);
  EXPECT_EQ(judge(10, 9, Bound::kUnder).verdict, Verdict::kSupported);
  EXPECT_EQ(judge(10, 11, Bound::kUnder).verdict, Verdict::kUnderstated);
  EXPECT_EQ(judge(10, 6, Bound::kUnder).verdict, Verdict::kOverstated);
}

TEST(Judge, ZeroActualIsUnverifiable) {
  EXPECT_EQ(judge(10, 0, Bound::kExact).verdict, Verdict::kUnverifiable);
}

}  // namespace
}  // namespace lattice::claimcheck
