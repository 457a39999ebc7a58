// Spearman rank correlation with ties against hand-computed values, p-values against known
// values, and burden sharing on the embedded model.
#include "indicators/burden.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "indicators/rank_correlation.h"
#include "test_data.h"

namespace lattice::indicators {
namespace {

TEST(RankCorrelation, AverageRanksForTies) {
  EXPECT_EQ(average_ranks({10, 20, 20, 5}), (std::vector<double>{2, 3.5, 3.5, 1}));
  EXPECT_EQ(average_ranks({7, 7, 7}), (std::vector<double>{2, 2, 2}));
}

TEST(RankCorrelation, SpearmanWithTiesByHand) {
  // x ranks 1..5; y ranks 2, 1, 3.5, 3.5, 5. Deviations from 3: x -2 -1 0 1 2, y -1 -2 .5 .5 2.
  // Sxy = 2 + 2 + 0 + .5 + 4 = 8.5, Sxx = 10, Syy = 9.5, rho = 8.5 / sqrt(95).
  const auto r = spearman({1, 2, 3, 4, 5}, {2, 1, 4, 4, 5});
  ASSERT_TRUE(r.rho);
  EXPECT_NEAR(*r.rho, 8.5 / std::sqrt(95.0), 1e-12);
  EXPECT_EQ(r.n, 5);
  EXPECT_EQ(r.p_method, "exact permutation");
  // Exact p by hand: the 60 distinct orderings of the y deviations {-2, -1, .5, .5, 2} against
  // the x deviations (-2, -1, 0, 1, 2) are equally likely under independence, and Syy = 9.5 is
  // the same for each, so |rho| >= 0.8721 means |Sxy| >= 8.5. Call a, b, c, d the y deviations
  // placed at x = 2, -2, 1, -1: Sxy = 2(a - b) + (c - d). As c - d <= 4, Sxy >= 8.5 needs
  // a - b >= 2.25, so (a, b) is (2, -2), (2, -1) or (.5, -2):
  //   a = 2, b = -2: 8 + (c - d) with c, d from {-1, .5, .5}: c = .5, d = -1 gives 9.5 (hit);
  //     c = d = .5 gives 8, c = -1 gives 6.5 (misses).
  //   a = 2, b = -1: 6 + (c - d) with c, d from {-2, .5, .5}: only c = .5, d = -2 gives 8.5
  //     (hit, the observed ordering).
  //   a = .5, b = -2: 5 + (c - d) <= 5 + (2 - (-1)) = 8 (miss).
  // So 2 orderings reach Sxy >= 8.5 and, by the reversal x -> -x, 2 reach Sxy <= -8.5:
  // p = 4 / 60 = 1/15 = 0.0667.
  ASSERT_TRUE(r.p_value);
  EXPECT_NEAR(*r.p_value, 4.0 / 60.0, 1e-12);
  EXPECT_GT(*r.p_value, 0.0);
  EXPECT_LT(*r.p_value, 0.2);
  // For contrast, the t approximation the code uses from n = 9 on would give a smaller p here:
  // t = rho sqrt((n - 2) / (1 - rho^2)) = 0.87208 * sqrt(3 / 0.23948) = 3.0867 on 3 df, and for
  // 3 df the two-sided p has the closed form 1 - (2 / pi) (th + sin th cos th), th = atan(t /
  // sqrt 3) = atan(1.78208) = 1.05944: p = 1 - 0.63662 * (1.05944 + 0.42676) = 0.05385.
  const double t = 8.5 / std::sqrt(95.0) * std::sqrt(3.0 / (1.0 - 8.5 * 8.5 / 95.0));
  EXPECT_NEAR(t, 3.0867, 1e-4);
  const double th = std::atan(t / std::sqrt(3.0));
  const double p_t = 1.0 - 2.0 / std::numbers::pi * (th + std::sin(th) * std::cos(th));
  EXPECT_NEAR(p_t, 0.05385, 1e-5);
  EXPECT_NEAR(student_t_two_sided_p(t, 3), p_t, 1e-9);
}

TEST(RankCorrelation, ExactPValueKnownCases) {
  // Perfect agreement of n = 5: only the identity and the reversal reach |rho| = 1: p = 2/120.
  auto r = spearman({1, 2, 3, 4, 5}, {10, 20, 30, 40, 50});
  EXPECT_NEAR(*r.rho, 1.0, 1e-12);
  EXPECT_NEAR(*r.p_value, 2.0 / 120.0, 1e-12);
  // n = 4, perfect disagreement: p = 2/24.
  r = spearman({1, 2, 3, 4}, {4, 3, 2, 1});
  EXPECT_NEAR(*r.rho, -1.0, 1e-12);
  EXPECT_NEAR(*r.p_value, 2.0 / 24.0, 1e-12);
  // Too few or constant: no test.
  EXPECT_FALSE(spearman({1, 2}, {2, 1}).rho);
  EXPECT_FALSE(spearman({1, 2, 3}, {5, 5, 5}).rho);
}

TEST(RankCorrelation, StudentTPValues) {
  // Table values: t(0.975; 10 df) = 2.228139, t(0.975; 8 df) = 2.306004, t(0.995; 20) = 2.845340.
  EXPECT_NEAR(student_t_two_sided_p(2.228139, 10), 0.05, 1e-6);
  EXPECT_NEAR(student_t_two_sided_p(-2.306004, 8), 0.05, 1e-6);
  EXPECT_NEAR(student_t_two_sided_p(2.845340, 20), 0.01, 1e-6);
  EXPECT_NEAR(student_t_two_sided_p(1.0, 1), 0.5, 1e-12);  // Cauchy
  EXPECT_NEAR(student_t_two_sided_p(0.0, 5), 1.0, 1e-12);
}

TEST(RankCorrelation, LargerSamplesUseTheTApproximation) {
  // n = 10 without ties, so rho = 1 - 6 sum(d^2) / (n (n^2 - 1)) = 1 - 6 * 6 / 990.
  const std::vector<double> x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  const std::vector<double> y = {2, 1, 3, 6, 3.0 + 0.5, 6.5, 8, 7, 9, 10};
  // y's ranks: 2 1 3 5 4 6 8 7 9 10 (3.5 ranks 4th, 6 ranks 5th); d = -1 1 0 -1 1 0 -1 1 0 0.
  const auto r = spearman(x, y);
  const double rho = 1 - 6.0 * (1 + 1 + 0 + 1 + 1 + 0 + 1 + 1 + 0 + 0) / 990.0;
  EXPECT_NEAR(*r.rho, rho, 1e-12);
  EXPECT_EQ(r.p_method, "t approximation, n-2 df");
  const double t = rho * std::sqrt(8 / (1 - rho * rho));
  EXPECT_NEAR(*r.p_value, student_t_two_sided_p(t, 8), 1e-15);
  EXPECT_LT(*r.p_value, 1e-4);
}

TEST(Burden, QuadMembersSharesAndTest) {
  const IndicatorStore store(testdata::usjapan());
  const auto r = burden(testdata::usjapan(), store, "quad", 2023,
                        core::Date::from_parts(2023, 12, 31).first_day());
  ASSERT_EQ(r.members.size(), 4u);  // usa, jpn, ind, aus
  EXPECT_EQ(r.members.front().actor, "usa");
  double gdp_shares = 0, milex_shares = 0;
  for (const auto& b : r.members) {
    ASSERT_TRUE(b.gdp && b.milex && b.burden) << b.actor;
    EXPECT_EQ(b.burden_source, "sipri_milex_gdp");
    gdp_shares += *b.gdp_share;
    milex_shares += *b.milex_share;
  }
  EXPECT_NEAR(gdp_shares, 100, 1e-9);
  EXPECT_NEAR(milex_shares, 100, 1e-9);
  EXPECT_EQ(r.oz.test.n, 4);
  EXPECT_EQ(r.oz.used.size(), 4u);
  EXPECT_EQ(r.oz.test.p_method, "exact permutation");
  EXPECT_TRUE(r.missing.empty());
}

TEST(Burden, SuspendedMembersAreLeftOut) {
  // The United States suspended its ANZUS obligations to New Zealand in 1986.
  const IndicatorStore store(testdata::usjapan());
  const auto r = burden(testdata::usjapan(), store, "anzus", 2023,
                        core::Date::from_parts(2023, 12, 31).first_day());
  for (const auto& b : r.members) EXPECT_NE(b.actor, "nzl");
  // Australia and the United States remain, the larger economy first.
  std::vector<std::string> actors;
  for (const auto& b : r.members) actors.push_back(b.actor);
  EXPECT_EQ(actors, (std::vector<std::string>{"usa", "aus"}));
  EXPECT_FALSE(r.oz.test.rho);  // two members: no test
}

TEST(Burden, ComputedBurdenWhenSipriShareIsMissing) {
  // North Korea has no SIPRI data and no World Bank GDP: it is missing, never zero.
  const IndicatorStore store(testdata::usjapan());
  const auto r = burden(testdata::usjapan(), store, "six_party_talks", 2005,
                        core::Date::from_parts(2005, 12, 31).first_day());
  // The six parties: China, Japan, North Korea, Russia, South Korea, the United States; North
  // Korea, without GDP, is listed last.
  std::vector<std::string> actors;
  for (const auto& b : r.members) actors.push_back(b.actor);
  std::vector<std::string> sorted = actors;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(sorted, (std::vector<std::string>{"chn", "jpn", "kor", "prk", "rus", "usa"}));
  ASSERT_FALSE(r.members.empty());
  const BurdenMember& prk = r.members.back();
  ASSERT_EQ(prk.actor, "prk");
  EXPECT_FALSE(prk.burden);
  EXPECT_FALSE(prk.gdp);
  EXPECT_FALSE(prk.milex);
  EXPECT_EQ(prk.burden_source, "");
  EXPECT_TRUE(r.gdp_partial);
  for (const auto& u : r.oz.used) EXPECT_NE(u, "prk");
  // The other five have both figures and enter the test.
  std::vector<std::string> used = r.oz.used;
  std::sort(used.begin(), used.end());
  EXPECT_EQ(used, (std::vector<std::string>{"chn", "jpn", "kor", "rus", "usa"}));
  EXPECT_EQ(r.oz.test.n, 5);
}

}  // namespace
}  // namespace lattice::indicators
