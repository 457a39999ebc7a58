// The spatial model of politics: the pieces computed by hand (utility, distance, votes,
// probabilities, the bargain interpolation, a two-actor run) and whole runs against KTAB's
// reference logs of smpc on dummyData_3Dim.csv and SOE-Pol-Comp.csv, read from the shared data.
#include "bargain/smp.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_support.h"

namespace lattice::bargain {
namespace {

TEST(SmpTest, UtilityByHand) {
  EXPECT_DOUBLE_EQ(smp_utility(0, 0.7), 1.0);
  EXPECT_DOUBLE_EQ(smp_utility(1, -0.5), 0.0);
  EXPECT_DOUBLE_EQ(smp_utility(0.5, 0), 0.5);       // risk neutral: 1 - d
  EXPECT_DOUBLE_EQ(smp_utility(0.5, 1), 0.75);      // (1 - .5)(1 + .5)
  EXPECT_DOUBLE_EQ(smp_utility(0.5, -0.5), 0.375);  // (1 - .5)(1 - .25)
  EXPECT_DOUBLE_EQ(smp_utility(1.5, 0.5), -0.75);   // beyond 1: (1 - d)(1 + r)
}

TEST(SmpTest, DistanceWeightsBySquaredSalience) {
  // sqrt((0.3^2 * 0.4^2 + 0.1^2 * 0.2^2) / (0.3^2 + 0.1^2)) = sqrt(0.0148 / 0.1)
  EXPECT_NEAR(smp_distance({0.1, 0.5}, {0.5, 0.3}, {0.3, 0.1}), std::sqrt(0.148), 1e-12);
  EXPECT_DOUBLE_EQ(smp_distance({0.2}, {0.9}, {0.5}), 0.7);  // one dimension: plain distance
  EXPECT_DOUBLE_EQ(smp_distance({0.2}, {0.9}, {0.0}), 0.0);  // caring for nothing
}

TEST(SmpTest, VotesAndVictory) {
  EXPECT_DOUBLE_EQ(smp_vote(SmpVoting::kProportional, 10, 0.8, 0.5), 3.0);
  EXPECT_DOUBLE_EQ(smp_vote(SmpVoting::kBinary, 10, 0.8, 0.5), 10.0);
  EXPECT_DOUBLE_EQ(smp_vote(SmpVoting::kAsymProspect, 3, 0.8, 0.5), 0.6);
  EXPECT_DOUBLE_EQ(smp_victory(SmpVictory::kLinear, 3, 1), 0.75);
  EXPECT_DOUBLE_EQ(smp_victory(SmpVictory::kSquare, 3, 1), 0.9);
}

TEST(SmpTest, ConditionalProbabilitiesByHand) {
  // Two options, coalitions 3 (0 over 1) and 1: P[0>1] = 0.75. Conditional PCE:
  // p0 ~ 0.5 * 0.75, p1 ~ 0.25 * 0.5, normalised: 0.75, 0.25.
  const auto p =
      smp_option_probabilities({{1e-8, 3}, {1, 1e-8}}, SmpVictory::kLinear, SmpPce::kConditional);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_NEAR(p[0], 0.75, 1e-12);
  EXPECT_NEAR(p[1], 0.25, 1e-12);
  const auto m =
      smp_option_probabilities({{1e-8, 3}, {1, 1e-8}}, SmpVictory::kLinear, SmpPce::kMarkovUniform);
  EXPECT_NEAR(m[0] + m[1], 1.0, 1e-9);
  EXPECT_GT(m[0], m[1]);
}

TEST(SmpTest, InterpolationByHand) {
  // Weights s^2 p^2: 0.25 * 0.64 = 0.16 and 0.25 * 0.04 = 0.01 (plus 1e-6 on each own side).
  const auto [bi, bj] = smp_interpolate(0.2, 0.5, 0.8, 0.7, 0.5, 0.2);
  EXPECT_DOUBLE_EQ(bi, 0.2294);  // (0.160001 * 0.2 + 0.01 * 0.7) / 0.170001, to 4 decimals
  EXPECT_DOUBLE_EQ(bj, 0.2294);
  // Nobody cares: each keeps its own position.
  const auto [ci, cj] = smp_interpolate(0.2, 0, 0.5, 0.7, 0, 0.5);
  EXPECT_DOUBLE_EQ(ci, 0.2);
  EXPECT_DOUBLE_EQ(cj, 0.7);
}

TEST(SmpTest, TwoActorsStrongerOneHoldsWeakerOneMoves) {
  Scenario s;
  s.format = "ktab";
  s.dimensions = {"d"};
  s.actors = {{"Big", "", 100, {20}, {0.9}}, {"Small", "", 10, {80}, {0.9}}};
  const SmpResult r = smp(s);
  ASSERT_GE(r.turns.size(), 1u);
  // Turn one: the risk-neutral probabilities favour Big, so R = +1 for Big, -1/2 for Small.
  EXPECT_NEAR(r.turns[0].risk[0], 1.0, 1e-12);
  EXPECT_NEAR(r.turns[0].risk[1], -0.5, 1e-12);
  // Big challenges Small and expects to win; the bargain sits near Big's position.
  const SmpChallenge& c = r.turns[0].challenges[0];
  EXPECT_EQ(c.target, 1);
  EXPECT_GT(c.win_probability, 0.5);
  EXPECT_GT(c.expected_gain, 0);
  ASSERT_EQ(c.own.size(), 1u);
  EXPECT_LT(c.own[0], 50);
  EXPECT_NEAR(c.own[0], c.target_position[0], 0.011);
  // Both end near Big's side; positions stay within the input's range.
  ASSERT_EQ(r.final_positions.size(), 2u);
  EXPECT_NEAR(r.final_positions[0][0], 20, 15);
  EXPECT_LT(r.final_positions[1][0], 50);
  EXPECT_GE(r.forecast[0], 20);
  EXPECT_LE(r.forecast[0], 80);
  EXPECT_EQ(r.history.size(), r.turns.size() + 1);
  EXPECT_DOUBLE_EQ(r.history[0][1][0], 80);
}

// A KTAB-format file whose positions leave 0-100 (an index up to 400) is mapped from the span of
// its positions; dividing by 100 put positions beyond 1, where the utility is not defined (bug).
TEST(SmpTest, KtabFileOutsideZeroToHundredUsesItsSpan) {
  Scenario s;
  s.format = "ktab";
  s.dimensions = {"d"};
  s.actors = {
      {"A", "", 50, {100}, {0.8}}, {"B", "", 30, {400}, {0.9}}, {"C", "", 40, {150}, {0.5}}};
  const SmpResult r = smp(s);
  EXPECT_DOUBLE_EQ(r.scale_lo, 100);
  EXPECT_DOUBLE_EQ(r.scale_hi, 400);
  EXPECT_GE(r.forecast[0], 100);
  EXPECT_LE(r.forecast[0], 400);
  // The same scenario shifted into 0-100 keeps KTAB's fixed scale.
  for (auto& a : s.actors) a.positions[0] /= 4;
  const SmpResult k = smp(s);
  EXPECT_DOUBLE_EQ(k.scale_lo, 0);
  EXPECT_DOUBLE_EQ(k.scale_hi, 100);
}

// ---- KTAB reference runs ----

struct Reference {
  size_t actors = 0, dims = 0;
  std::vector<std::vector<std::vector<double>>> turns;  // positions after each turn (0-100)
  std::vector<std::vector<double>> final_table;         // the history table's last column
};

std::vector<double> numbers(const std::string& line) {
  std::vector<double> v;
  std::istringstream in(line);
  double x;
  while (in >> x) v.push_back(x);
  return v;
}

// Reads the positions printed after every turn ("postn i , 0 :" followed by the coordinates)
// and the final column of "History of actor positions over time".
Reference read_reference(const std::string& path, size_t actors, size_t dims) {
  Reference ref;
  ref.actors = actors;
  ref.dims = dims;
  std::ifstream in(path);
  std::string line;
  std::vector<std::vector<double>> block;
  bool history = false;
  ref.final_table.assign(actors, std::vector<double>(dims, NAN));
  size_t row = 0;
  while (std::getline(in, line)) {
    if (line.rfind("postn ", 0) == 0 && line.find("ideal") == std::string::npos &&
        line.find("distance") == std::string::npos) {
      std::string coords;
      std::getline(in, coords);
      block.push_back(numbers(coords));
      if (block.size() == actors) {
        ref.turns.push_back(block);
        block.clear();
      }
    } else if (line.rfind("History of actor positions", 0) == 0) {
      history = true;
    } else if (history && row < actors * dims) {
      const auto colon = line.find(':');
      if (colon == std::string::npos) continue;
      const auto v = numbers(line.substr(colon + 1));
      if (!v.empty()) ref.final_table[row / dims][row % dims] = v.back();
      ++row;
    }
  }
  return ref;
}

void compare_with_reference(const std::string& csv, const std::string& log) {
  const std::string dir = lattice::testing::shared_dir() + "/bargaining/ktab/";
  ASSERT_TRUE(std::filesystem::exists(dir + csv)) << "KTAB reference file missing: " << dir + csv;
  ASSERT_TRUE(std::filesystem::exists(dir + log)) << "KTAB reference run missing: " << dir + log;
  core::Diagnostics d;
  const Scenario s = load_scenario(dir + csv, d);
  ASSERT_FALSE(d.has_errors());
  const size_t n = s.actors.size(), dims = s.dimensions.size();
  const Reference ref = read_reference(dir + log, n, dims);
  ASSERT_FALSE(ref.turns.empty()) << "no positions parsed from " << log;
  const SmpResult r = smp(s);
  // KTAB ran as many turns and stopped by the same rule.
  EXPECT_EQ(r.turns.size(), ref.turns.size());
  EXPECT_TRUE(r.converged);
  // Every actor, every dimension, after every turn.
  double worst = 0;
  size_t first_off = ref.turns.size();
  for (size_t t = 0; t < std::min(ref.turns.size(), r.turns.size()); ++t)
    for (size_t i = 0; i < n; ++i) {
      ASSERT_EQ(ref.turns[t][i].size(), dims);
      for (size_t k = 0; k < dims; ++k) {
        const double dev = std::abs(r.history[t + 1][i][k] - ref.turns[t][i][k]);
        worst = std::max(worst, dev);
        if (dev > 0.005 && first_off == ref.turns.size()) first_off = t;
      }
    }
  EXPECT_LT(worst, 0.005) << "first differing turn " << first_off + 1;
  // Final positions within 0.5, against both the last turn's block and the history table.
  for (size_t i = 0; i < n; ++i)
    for (size_t k = 0; k < dims; ++k) {
      EXPECT_NEAR(r.final_positions[i][k], ref.turns.back()[i][k], 0.5) << i << "," << k;
      EXPECT_NEAR(r.final_positions[i][k], ref.final_table[i][k], 0.5) << i << "," << k;
    }
}

TEST(SmpReferenceTest, DummyData3Dim) {
  compare_with_reference("dummyData_3Dim.csv", "20170530_ref-dummyData_3Dim.txt");
}

TEST(SmpReferenceTest, SoePolComp) {
  compare_with_reference("SOE-Pol-Comp.csv", "20170530_ref-SOE-Pol-Comp.txt");
}

TEST(SmpReferenceTest, TurnOneOfDummyData3DimInDetail) {
  const std::string path = lattice::testing::shared_dir() + "/bargaining/ktab/dummyData_3Dim.csv";
  ASSERT_TRUE(std::filesystem::exists(path)) << "KTAB reference file missing: " << path;
  core::Diagnostics d;
  const SmpResult r = smp(load_scenario(path, d));
  ASSERT_FALSE(r.turns.empty());
  const SmpTurn& t = r.turns[0];
  // Inferred risk attitudes as KTAB prints them (3 decimals).
  const std::vector<double> risk = {-0.500, -0.459, -0.499, -0.274, 1.000, -0.232, -0.430};
  for (size_t i = 0; i < risk.size(); ++i) EXPECT_NEAR(t.risk[i], risk[i], 0.0005) << i;
  // Actor 0 targets 6 worth 0.0947 with probability 0.7643; its bargain.
  EXPECT_EQ(t.challenges[0].target, 6);
  EXPECT_NEAR(t.challenges[0].expected_gain, 0.0947, 5e-5);
  EXPECT_NEAR(t.challenges[0].win_probability, 0.7643, 5e-5);
  EXPECT_NEAR(t.challenges[0].own[1], 24.78, 1e-9);
  EXPECT_NEAR(t.challenges[0].target_position[1], 24.79, 1e-9);
  // Actor 6 targets 1 although it expects to lose (p = 0.3970).
  EXPECT_EQ(t.challenges[6].target, 1);
  EXPECT_NEAR(t.challenges[6].win_probability, 0.3970, 5e-5);
  // Actor 0 takes actor 4's bargain (probability 0.4968 among 5).
  EXPECT_EQ(t.accepted[0].initiator, 4);
  EXPECT_EQ(t.accepted[0].options, 5u);
  EXPECT_NEAR(t.accepted[0].probability, 0.4968, 5e-5);
  // Actor 2 keeps its position.
  EXPECT_EQ(t.accepted[2].initiator, 2);
  EXPECT_EQ(t.accepted[2].receiver, 2);
}

}  // namespace
}  // namespace lattice::bargain
