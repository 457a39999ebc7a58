// S-scores, kappa and tau-b against hand-computed values, and the real U.S.-Japan figures.
#include "alliances/similarity.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "alliances/test_data.h"
#include "alliances/year_network.h"

namespace lattice::alliances {
namespace {

// Four states 0..3; ties: 0-1 defense (3), 0-3 consultation (1), 1-2 neutrality (2).
// With the diagonal coded 3, the portfolios of states 0 and 1 are
//   a = (3, 3, 0, 1)    b = (3, 3, 2, 0)    |a - b| = (0, 0, 2, 1), sum 3
// Unweighted:  S = 1 - 2 * 3 / (4 * 3) = 1 - 0.5 = 0.5.
// Weights w = (0.4, 0.3, 0.2, 0.1): sum w|d| = 0.2*2 + 0.1*1 = 0.5, sum w * 3 = 3,
//   S_w = 1 - 2 * 0.5 / 3 = 2/3.
// Table (a, b): (3,3) twice, (0,2) once, (1,0) once. N = 4.
// Kappa: D_o = (0 + 0 + 2 + 1) / 4 = 0.75; margins r0 = 1, r1 = 1, r3 = 2; c0 = 1, c2 = 1, c3 = 2;
//   sum r_u c_v |u - v| = u0: 1*1*2 + 1*2*3 = 8; u1: 1*1*1 + 1*1*1 + 1*2*2 = 6;
//   u3: 2*1*3 + 2*1*1 = 8; total 22, D_e = 22 / 16 = 1.375; kappa = 1 - 0.75/1.375 = 5/11.
// Tau-b: the 6 pairs of the 4 observations (3,3), (3,3), (0,2), (1,0): one tied on both, four
//   concordant, one discordant ((0,2) vs (1,0)); n0 = 6, ties on a n1 = 1, on b n2 = 1;
//   tau_b = (4 - 1) / sqrt((6 - 1)(6 - 1)) = 0.6.
YearNetwork hand_network() {
  YearNetwork net;
  net.year = 2000;
  net.ccodes = {10, 20, 30, 40};
  net.edges = {{0, 1, 3}, {0, 3, 1}, {1, 2, 2}};
  return net;
}

TEST(Similarity, HandExampleScores) {
  Capabilities caps;
  caps.set(10, 2000, 0.04);
  caps.set(20, 2000, 0.03);
  caps.set(30, 2000, 0.02);
  caps.set(40, 2000, 0.01);
  Portfolios p = portfolios(hand_network(), &caps);
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(std::vector<int>(p.row(0), p.row(0) + 4), (std::vector<int>{3, 3, 0, 1}));
  EXPECT_EQ(std::vector<int>(p.row(1), p.row(1) + 4), (std::vector<int>{3, 3, 2, 0}));
  EXPECT_NEAR(p.weights[0], 0.4, 1e-12);
  Similarity s = similarity(p, 0, 1);
  EXPECT_NEAR(s.s_unweighted, 0.5, 1e-12);
  EXPECT_NEAR(s.s_weighted, 2.0 / 3.0, 1e-12);
  EXPECT_NEAR(s.kappa, 5.0 / 11.0, 1e-12);
  EXPECT_NEAR(s.tau_b, 0.6, 1e-12);
  EXPECT_EQ(s.code, 3);
  EXPECT_EQ(s.table[3][3], 2);
  EXPECT_EQ(s.table[0][2], 1);
  EXPECT_EQ(s.table[1][0], 1);
  // The matrix agrees with the pairwise function and is symmetric with 1 on the diagonal.
  auto m = s_matrix(p, false), mw = s_matrix(p, true);
  EXPECT_DOUBLE_EQ(m[0 * 4 + 1], 0.5);
  EXPECT_DOUBLE_EQ(m[1 * 4 + 0], 0.5);
  EXPECT_DOUBLE_EQ(m[2 * 4 + 2], 1.0);
  EXPECT_NEAR(mw[1 * 4 + 0], 2.0 / 3.0, 1e-12);
}

TEST(Similarity, IdenticalAndOppositeVectors) {
  const uint8_t a[] = {3, 0, 0, 0}, b[] = {0, 3, 3, 3};
  EXPECT_DOUBLE_EQ(s_score(a, a, 4, nullptr), 1.0);
  // |a - b| = 3 everywhere: S = 1 - 2 * 12 / 12 = -1; tau-b = -1 (perfectly discordant).
  EXPECT_DOUBLE_EQ(s_score(a, b, 4, nullptr), -1.0);
  EXPECT_NEAR(kendall_tau_b(code_table(a, b, 4)), -1.0, 1e-12);
  EXPECT_NEAR(kendall_tau_b(code_table(a, a, 4)), 1.0, 1e-12);
  EXPECT_NEAR(cohen_kappa(code_table(a, a, 4)), 1.0, 1e-12);
}

TEST(Similarity, UndefinedCasesAreNaN) {
  const uint8_t c[] = {0, 0, 0};
  EXPECT_TRUE(std::isnan(cohen_kappa(code_table(c, c, 3))));    // no expected disagreement
  EXPECT_TRUE(std::isnan(kendall_tau_b(code_table(c, c, 3))));  // all tied
  const double w[] = {0, 0, 0};
  EXPECT_TRUE(std::isnan(s_score(c, c, 3, w)));
  EXPECT_TRUE(std::isnan(s_score(c, c, 0, nullptr)));
  Portfolios p = portfolios(hand_network(), nullptr);
  EXPECT_EQ(p.missing_cinc, 4);
  EXPECT_TRUE(std::isnan(similarity(p, 0, 1).s_weighted));
}

// Kappa and tau-b on a second small case against values worked out by hand:
// a = (0, 1, 2, 3, 3), b = (0, 2, 2, 3, 1).
// Tau-b: pairs (10): x ties: (3,3) only -> n1 = 1; y ties: (2,2) at 1,2 -> n2 = 1.
//   Concordant: (0,0)-(1,2) (0,0)-(2,2) (0,0)-(3,3) (0,0)-(3,1) (1,2)-(3,3) (2,2)-(3,3) = 6;
//   discordant: (1,2)-(3,1) (2,2)-(3,1) = 2; tied on x: (3,3)-(3,1); tied on y: (1,2)-(2,2).
//   tau_b = (6 - 2) / sqrt(9 * 9) = 4/9.
// Kappa: D_o = (0 + 1 + 0 + 0 + 2) / 5 = 0.6. Margins a: r = (1,1,1,2), b: c = (1,1,2,1).
//   sum r_u c_v |u-v|: u0: 1*1 + 2*2 + 1*3 = 8; u1: 1*1 + 2*1 + 1*2 = 5;
//   u2: 1*2 + 1*1 + 1*1 = 4; u3 (r = 2): 2*(1*3 + 1*2 + 2*1) = 14; total 31, D_e = 31/25 = 1.24;
//   kappa = 1 - 0.6 / 1.24 = 0.516129...
TEST(Similarity, KappaAndTauSecondHandCase) {
  const uint8_t a[] = {0, 1, 2, 3, 3}, b[] = {0, 2, 2, 3, 1};
  CodeTable t = code_table(a, b, 5);
  EXPECT_NEAR(kendall_tau_b(t), 4.0 / 9.0, 1e-12);
  EXPECT_NEAR(cohen_kappa(t), 1.0 - 0.6 / 1.24, 1e-12);
}

// The U.S. and Japan portfolios of a year counted straight from the CSVs of ../shared/data,
// apart from the loader: the system members of cow_states2016 (styear <= year <= endyear; the
// list ends in 2016, so a later year takes the states still members at its end), each pair's
// ATOP code from atop5_1_ddyr_full (defense or offense 3, neutrality or non-aggression 2,
// consultation 1, the highest over both directed rows), CINC from cow_nmc_peacesciencer.
struct UsJapanCount {
  int states = 0;
  long distance = 0;           // sum over states k of |code(us, k) - code(jp, k)|
  double cinc = 0, wdist = 0;  // sum of CINC, and of CINC * |difference|
  CodeTable table{};           // [us code][jp code]
  int missing_cinc = 0;
};

std::vector<std::vector<std::string>> csv_rows(const std::string& name) {
  std::ifstream in(testing::data_folder() + "/" + name);
  EXPECT_TRUE(in) << "cannot read " << testing::data_folder() << "/" << name;
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, ',');) {
      std::erase(cell, '"');  // no quoted commas in these files
      cells.push_back(cell);
    }
    rows.push_back(std::move(cells));
  }
  return rows;
}

UsJapanCount count_us_japan(int year) {
  std::set<int> members;
  for (const auto& r : csv_rows("cow_states2016_peacesciencer.csv"))
    if (r[0] != "stateabb" && std::stoi(r[3]) <= year &&
        (year <= 2016 ? year <= std::stoi(r[6]) : std::stoi(r[6]) == 2016))
      members.insert(std::stoi(r[1]));
  std::map<std::pair<int, int>, int> code;  // (2 or 740, other) -> code
  for (const auto& r : csv_rows("atop5_1_ddyr_full.csv")) {
    if (r[0] == "ccode1" || std::stoi(r[2]) != year) continue;
    const int a = std::stoi(r[0]), b = std::stoi(r[1]);
    const int c = r[3] == "1" || r[4] == "1" ? 3 : r[5] == "1" || r[6] == "1" ? 2 : r[7] == "1";
    for (auto [x, y] : {std::pair{a, b}, std::pair{b, a}})
      if (x == 2 || x == 740) code[{x, y}] = std::max(code[{x, y}], c);
  }
  std::map<int, double> cinc;
  for (const auto& r : csv_rows("cow_nmc_peacesciencer.csv"))
    if (r[0] != "ccode" && std::stoi(r[1]) == year && !r[8].empty() && r[8] != "NA")
      cinc[std::stoi(r[0])] = std::stod(r[8]);
  UsJapanCount n;
  for (int k : members) {
    const int us = k == 2 ? 3 : code[{2, k}], jp = k == 740 ? 3 : code[{740, k}];
    ++n.states;
    n.distance += std::abs(us - jp);
    ++n.table[static_cast<size_t>(us)][static_cast<size_t>(jp)];
    if (!cinc.count(k)) {
      ++n.missing_cinc;
      continue;
    }
    n.cinc += cinc[k];
    n.wdist += cinc[k] * std::abs(us - jp);
  }
  return n;
}

// The counts, done once by hand from the same files (S = 1 - 2 * distance / (3 * states)):
// 1960: 107 states. The U.S. has 44 ties in the system (43 defense, one consultation: Liberia,
//   450), Japan two (the U.S., defense; Ethiopia, 530, neutrality/non-aggression). Table
//   (us, jp): (0,0) 61, (3,0) 42, (3,3) 2 (the two allies themselves), (1,0) 1, (0,2) 1;
//   distance 42 * 3 + 1 + 2 = 129, S = 1 - 258 / 321 = 21/107 = 0.196262.
//   CINC: sum 1.000746, weighted distance 0.821064, S_w = 1 - 2 * 0.821064 / 3.002239 = 0.453032.
// 2018: 195 states (COW's 2016 list). Table: (0,0) 77, (3,0) 53, (2,0) 26, (2,2) 20, (3,2) 12,
//   (1,0) 4, (3,3) 2, (0,2) 1; distance 159 + 52 + 12 + 4 + 2 = 229,
//   S = 1 - 458 / 585 = 127/585 = 0.217094.
//   CINC: sum 1.007438, weighted distance 0.515909, S_w = 1 - 2 * 0.515909 / 3.022314 = 0.658600.
TEST(Similarity, UsJapanRealData) {
  LATTICE_REQUIRE_DATA(d, Source::kAtop);
  struct Expected {
    int year, states;
    long distance;
    double s, s_weighted;
    std::map<std::pair<int, int>, long> table;
  };
  const Expected expected[] = {
      {1960,
       107,
       129,
       21.0 / 107.0,
       0.453032,
       {{{0, 0}, 61}, {{3, 0}, 42}, {{3, 3}, 2}, {{1, 0}, 1}, {{0, 2}, 1}}},
      {2018,
       195,
       229,
       127.0 / 585.0,
       0.658600,
       {{{0, 0}, 77},
        {{3, 0}, 53},
        {{2, 0}, 26},
        {{2, 2}, 20},
        {{3, 2}, 12},
        {{1, 0}, 4},
        {{3, 3}, 2},
        {{0, 2}, 1}}}};
  for (const Expected& e : expected) {
    const int year = e.year;
    SCOPED_TRACE(year);
    // The hand counts agree with a count over the CSVs done here.
    const UsJapanCount n = count_us_japan(year);
    EXPECT_EQ(n.states, e.states);
    EXPECT_EQ(n.distance, e.distance);
    EXPECT_EQ(n.missing_cinc, 0);
    CodeTable table{};
    for (const auto& [cell, count] : e.table)
      table[static_cast<size_t>(cell.first)][static_cast<size_t>(cell.second)] = count;
    EXPECT_EQ(n.table, table);
    EXPECT_NEAR(1.0 - 2.0 * n.wdist / (3.0 * n.cinc), e.s_weighted, 1e-6);

    YearNetwork net = year_network(d->alliances, d->system, year);
    Portfolios p = portfolios(net, &d->capabilities);
    EXPECT_EQ(p.missing_cinc, 0) << year;
    ASSERT_EQ(p.size(), static_cast<size_t>(e.states));
    size_t us = static_cast<size_t>(net.index_of(2)), jp = static_cast<size_t>(net.index_of(740));
    Similarity s = similarity(p, us, jp);
    EXPECT_EQ(s.code, 3);
    EXPECT_EQ(s.table, table);
    EXPECT_NEAR(s.s_unweighted, e.s, 1e-12);
    EXPECT_NEAR(s.s_weighted, 1.0 - 2.0 * n.wdist / (3.0 * n.cinc), 1e-9);
    EXPECT_NEAR(s.s_weighted, e.s_weighted, 1e-6);
    // The pair's S equals the full matrix entry and lies in [-1, 1].
    auto m = s_matrix(p, false);
    EXPECT_DOUBLE_EQ(m[us * p.size() + jp], s.s_unweighted);
    EXPECT_GT(s.s_unweighted, -1.0);
    EXPECT_LT(s.s_unweighted, 1.0);
    // Weighting by capability raises it: both are allied with the other, the heaviest weights.
    EXPECT_GT(s.s_weighted, s.s_unweighted) << year;
  }
}

}  // namespace
}  // namespace lattice::alliances
