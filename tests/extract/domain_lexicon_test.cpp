// Domain keywords and the conventions of the gold README: burden sharing, basing, space, and the
// default for a general alliance statement; plus the cue word lists.
#include "extract/domain_lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "embedded_model.h"
#include "extract/cue_lexicon.h"
#include "extract/mention_finder.h"

namespace lattice::extract {
namespace {

using model::Domain;

bool has(const std::vector<Domain>& ds, Domain d) {
  return std::find(ds.begin(), ds.end(), d) != ds.end();
}

TEST(RecommendationDomains, Keywords) {
  EXPECT_TRUE(has(domains_of("Raise host-nation support for the troops."), Domain::kBurdenSharing));
  EXPECT_TRUE(has(domains_of("Close the air station on Okinawa soon."), Domain::kBasing));
  const auto space = domains_of("Cooperate more in space, civil and military.");
  EXPECT_TRUE(has(space, Domain::kSecurity));
  EXPECT_TRUE(has(space, Domain::kTechnologyStandards));
  EXPECT_TRUE(has(domains_of("Phase out coal and build clean energy."), Domain::kEnergyClimate));
  EXPECT_TRUE(has(domains_of("Fight the pandemic with vaccines."), Domain::kHealth));
  EXPECT_TRUE(has(domains_of("Resume talks on denuclearization."), Domain::kNonproliferation));
  EXPECT_TRUE(has(domains_of("Share more intelligence."), Domain::kIntelligence));
  EXPECT_TRUE(
      has(domains_of("Agree rules for cross-border data flows."), Domain::kDigitalGovernance));
  EXPECT_TRUE(
      has(domains_of("Fund ports through a development bank."), Domain::kInfrastructureFinance));
  EXPECT_TRUE(has(domains_of("Lower tariffs and join the trade pact."), Domain::kEconomicTrade));
}

TEST(RecommendationDomains, GeneralStatementsDefaultToSecurityAndDiplomacy) {
  const auto d = domains_of("The partners should rise to the challenge.");
  EXPECT_FALSE(d.empty());
  const auto g = domains_of("Work harder.");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0], Domain::kSecurity);
  EXPECT_EQ(g[1], Domain::kDiplomacyMultilateral);
}

TEST(RecommendationCues, WordLists) {
  EXPECT_TRUE(cues::is_policy_verb("reinvigorate"));
  EXPECT_TRUE(cues::is_policy_verb("bolster"));
  EXPECT_FALSE(cues::is_policy_verb("read"));
  EXPECT_FALSE(cues::is_policy_verb("expanding"));
  EXPECT_TRUE(cues::is_adopted_reporter("participants"));
  EXPECT_TRUE(cues::is_recorded_reporter("poll"));
  EXPECT_TRUE(cues::is_expectation_verb("enable"));
  EXPECT_TRUE(cues::is_ing_noun("beijing"));
}

// Leaders' surnames are the model's data (analysis.toml [[leader]]), read by the mention finder.
TEST(RecommendationCues, LeadersComeFromTheModel) {
  const MentionFinder finder(lattice::testing::usjapan_model());
  EXPECT_EQ(finder.leader_state("suga"), "jpn");
  EXPECT_EQ(finder.leader_state("nobody"), "");
  EXPECT_EQ(finder.acts_for("usfj"), "usa");
  EXPECT_EQ(finder.acts_for("japan_sdf"), "");
}

}  // namespace
}  // namespace lattice::extract
