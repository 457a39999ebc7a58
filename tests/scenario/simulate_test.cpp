// The Monte Carlo over cascades on the embedded U.S.-Japan model: reproducible for a seed whatever
// the thread count, equal to the deterministic cascade when every pledge is certain, reduced to
// the two original parties when none is honoured, and driven by the documented defaults.
#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "embedded_model.h"
#include "model/loader.h"
#include "scenario/simulate.h"

namespace lattice::scenario {
namespace {

const model::Model& usjapan() {
  return lattice::testing::usjapan_model();
}

Event event(std::string by, std::string against) {
  Event e;
  e.by = std::move(by);
  e.against = std::move(against);
  e.day = core::Date::parse("2025-06-01")->first_day();
  return e;
}

std::map<std::string, double> everywhere(double p) {
  std::map<std::string, double> out;
  for (const auto& c : usjapan().commitments()) out[c.id] = p;
  return out;
}

const Involvement* involvement(const SimulationResult& r, const std::string& actor) {
  for (const auto& a : r.actors)
    if (a.actor == actor) return &a;
  return nullptr;
}

void expect_same(const SimulationResult& a, const SimulationResult& b) {
  EXPECT_EQ(a.attacker_sizes, b.attacker_sizes);
  EXPECT_EQ(a.defender_sizes, b.defender_sizes);
  ASSERT_EQ(a.actors.size(), b.actors.size());
  for (size_t i = 0; i < a.actors.size(); ++i) {
    EXPECT_EQ(a.actors[i].actor, b.actors[i].actor);
    EXPECT_EQ(a.actors[i].attacker, b.actors[i].attacker);
    EXPECT_EQ(a.actors[i].defender, b.actors[i].defender);
  }
  ASSERT_EQ(a.paths.size(), b.paths.size());
  for (size_t i = 0; i < a.paths.size(); ++i) {
    EXPECT_EQ(a.paths[i].path, b.paths[i].path);
    EXPECT_EQ(a.paths[i].runs, b.paths[i].runs);
  }
}

TEST(Simulate, SameSeedSameNumbersWhateverTheThreads) {
  SimulationOptions o;
  o.runs = 2000;
  o.seed = 42;
  o.cascade.include_conditional = true;
  o.threads = 1;
  const auto one = simulate(usjapan(), event("usa", "prk"), o);
  o.threads = 2;
  const auto two = simulate(usjapan(), event("usa", "prk"), o);
  o.threads = 5;
  const auto five = simulate(usjapan(), event("usa", "prk"), o);
  expect_same(one, two);
  expect_same(one, five);
  // China (1961 Art. II) and Russia (2024 Art. 4) each join or not: four paths. Another seed gives
  // other counts.
  EXPECT_EQ(one.distinct_paths, 4u);
  o.seed = 43;
  const auto other = simulate(usjapan(), event("usa", "prk"), o);
  EXPECT_NE(one.paths[0].runs, other.paths[0].runs);
}

// Credibility 1 for every pledge: every run is the deterministic cascade.
TEST(Simulate, CertainPledgesGiveTheDeterministicCascade) {
  for (bool conditional : {false, true}) {
    SimulationOptions o;
    o.runs = 200;
    o.credibility = everywhere(1.0);
    o.conditional_factor = 1.0;
    o.cascade.include_conditional = conditional;
    const Event e = event("aus", "chn");
    const auto r = simulate(usjapan(), e, o);
    const auto c = cascade(usjapan(), e, o.cascade);
    ASSERT_EQ(r.paths.size(), 1u);
    EXPECT_EQ(r.paths[0].path, escalation_path(c));
    EXPECT_EQ(r.paths[0].runs, 200u);
    for (const auto& a : c.attackers) EXPECT_EQ(involvement(r, a)->attacker, 200u) << a;
    for (const auto& d : c.defenders) EXPECT_EQ(involvement(r, d)->defender, 200u) << d;
    EXPECT_EQ(r.actors.size(), c.attackers.size() + c.defenders.size());
  }
}

// Credibility 0: nobody honours anything; only the two original parties are involved.
TEST(Simulate, NoCredibilityLeavesTheTwoParties) {
  SimulationOptions o;
  o.runs = 300;
  o.credibility = everywhere(0.0);
  o.cascade.include_conditional = true;
  const auto r = simulate(usjapan(), event("prk", "kor"), o);
  ASSERT_EQ(r.actors.size(), 2u);
  EXPECT_EQ(involvement(r, "prk")->attacker, 300u);
  EXPECT_EQ(involvement(r, "kor")->defender, 300u);
  ASSERT_EQ(r.paths.size(), 1u);
  EXPECT_EQ(r.paths[0].path, "(no one joins)");
  EXPECT_EQ(r.defender_sizes.at(1), 300u);
}

// Defaults: the U.S.-ROK Art. III pledge has no credibility in the model, so the default of a
// defense pledge (0.745) applies; over 20000 runs the U.S. share lies well within 0.745 +- 0.02
// (the binomial standard error is about 0.003).
TEST(Simulate, DefaultCredibilityDrivesTheShare) {
  EXPECT_DOUBLE_EQ(default_credibility(model::CommitmentType::kDefense), 0.745);
  EXPECT_DOUBLE_EQ(default_credibility(model::CommitmentType::kLegalOption), 0.5);
  SimulationOptions o;
  o.runs = 20000;
  o.seed = 7;
  const auto r = simulate(usjapan(), event("prk", "kor"), o);
  const auto* us = involvement(r, "usa");
  ASSERT_NE(us, nullptr);
  const double share = static_cast<double>(us->defender) / 20000.0;
  EXPECT_NEAR(share, 0.745, 0.02);
  // An override replaces the default.
  o.credibility["us_rok_mdt_art3_usa"] = 0.2;
  const auto low = simulate(usjapan(), event("prk", "kor"), o);
  EXPECT_NEAR(static_cast<double>(involvement(low, "usa")->defender) / 20000.0, 0.2, 0.02);
}

TEST(Simulate, ProgressIsReportedUpToTheTotal) {
  SimulationOptions o;
  o.runs = 500;
  o.threads = 2;
  size_t last = 0, calls = 0;
  o.progress = [&](size_t done, size_t total) {
    EXPECT_EQ(total, 500u);
    last = std::max(last, done);
    ++calls;
  };
  simulate(usjapan(), event("prk", "kor"), o);
  EXPECT_EQ(last, 500u);
  EXPECT_GT(calls, 1u);
}

}  // namespace
}  // namespace lattice::scenario
