// The loaded mini model: what the reader put into each entity, and the Model's indexes.
#include "model/model.h"

#include <gtest/gtest.h>

#include "model/loader.h"
#include "test_support.h"

namespace lattice::model {
namespace {

std::shared_ptr<const Model> load_mini() {
  LoadResult r = load_model_folder(lattice::testing::fixture("models/mini"));
  for (const auto& d : r.diagnostics.items()) ADD_FAILURE() << d.to_string();
  return r.model;
}

class MiniModelTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { model_ = load_mini(); }
  static void TearDownTestSuite() { model_.reset(); }
  void SetUp() override { ASSERT_NE(model_, nullptr); }
  const Model& m() const { return *model_; }
  static std::shared_ptr<const Model> model_;
};
std::shared_ptr<const Model> MiniModelTest::model_;

TEST_F(MiniModelTest, Counts) {
  EXPECT_EQ(m().actors().size(), 6u);
  EXPECT_EQ(m().places().size(), 2u);
  EXPECT_EQ(m().regions().size(), 1u);
  EXPECT_EQ(m().frameworks().size(), 5u);
  EXPECT_EQ(m().memberships().size(), 22u);
  EXPECT_EQ(m().commitments().size(), 2u);
  EXPECT_EQ(m().documents().size(), 1u);
  EXPECT_EQ(m().recommendations().size(), 2u);
  EXPECT_EQ(m().claims().size(), 1u);
  EXPECT_EQ(m().data().references.size(), 7u);
  EXPECT_EQ(m().data().datasets.size(), 1u);
  EXPECT_EQ(m().data().indicators.size(), 1u);
  EXPECT_EQ(m().data().series.size(), 3u);
  EXPECT_EQ(m().data().info.name, "Pacific microcosm (test fixture)");
  EXPECT_EQ(m().root(), lattice::testing::fixture("models/mini"));
}

TEST_F(MiniModelTest, TypedLookUpsByIdRespectTheKind) {
  ASSERT_NE(m().actor("mlk"), nullptr);
  EXPECT_EQ(m().actor("mlk")->name, "Meloka");
  EXPECT_EQ(m().actor("coral_forum"), nullptr);  // a framework
  ASSERT_NE(m().framework("coral_forum"), nullptr);
  EXPECT_EQ(m().framework("mlk"), nullptr);
  EXPECT_NE(m().place("veru_atoll"), nullptr);
  EXPECT_NE(m().document("halia_2022"), nullptr);
  EXPECT_NE(m().reference("mtt_text_1975"), nullptr);
  EXPECT_NE(m().dataset("mini_states"), nullptr);
  EXPECT_EQ(m().find("Meloka"), nullptr);  // find() takes ids only
  const EntityRef* ref = m().find("halia_2022_c01");
  ASSERT_NE(ref, nullptr);
  EXPECT_EQ(ref->kind, EntityKind::kClaim);
  EXPECT_EQ(entity_kind_name(EntityKind::kRecommendation), "recommendation");
}

TEST_F(MiniModelTest, DisplayNames) {
  EXPECT_EQ(m().display_name("reef_pact"), "Reef Trade & Investment Pact <RTIP>");
  EXPECT_EQ(m().display_name("halia_2022"), "Keeping the Coral Sea Lattice Together");
  EXPECT_EQ(m().display_name("veru_award_1994"),
            "Arbitral award on the administration of Veru Atoll");
  EXPECT_EQ(m().display_name("defence_share"), "Defence spending, share of national income");
  EXPECT_EQ(m().display_name("mtt_art4_mlk"), "mtt_art4_mlk");  // commitments have no name
  EXPECT_EQ(m().display_name("nothing_here"), "nothing_here");
}

TEST_F(MiniModelTest, LookupByFoldedNames) {
  EXPECT_EQ(m().lookup("SEL"), std::vector<std::string>{"sel"});  // id and ISO3: one result
  EXPECT_EQ(m().lookup("federated states of selanesia"), std::vector<std::string>{"sel"});
  EXPECT_EQ(m().lookup("southern rim"), std::vector<std::string>{"coral_rim"});
  EXPECT_TRUE(m().lookup("atlantis").empty());
  const auto names = m().all_names();
  EXPECT_NE(std::find(names.begin(), names.end(), "reef trade & investment pact <rtip>"),
            names.end());
}

TEST_F(MiniModelTest, ActorsFields) {
  const Actor* tav = m().actor("tav");
  ASSERT_NE(tav, nullptr);
  EXPECT_EQ(tav->kind, ActorKind::kState);
  EXPECT_EQ(tav->iso3, "TAV");
  EXPECT_EQ(tav->cow, 952);
  ASSERT_TRUE(tav->from);
  EXPECT_EQ(tav->from->precision(), Date::Precision::kYear);
  ASSERT_EQ(tav->sources.size(), 2u);
  EXPECT_EQ(tav->sources[1].kind, SourceRef::Kind::kDocument);
  EXPECT_TRUE(tav->sources[1].has_span);
  EXPECT_EQ(tav->sources[1].start, 581u);
  EXPECT_EQ(tav->sources[1].end, 641u);
  const Actor* mcg = m().actor("mlk_coast_guard");
  ASSERT_NE(mcg, nullptr);
  EXPECT_EQ(mcg->kind, ActorKind::kArmedForces);
  EXPECT_EQ(mcg->parent, "mlk");
  EXPECT_TRUE(mcg->iso3.empty());
  EXPECT_FALSE(mcg->cow);
}

TEST_F(MiniModelTest, PlacesWithAdministrationAndClaims) {
  const Place* veru = m().place("veru_atoll");
  ASSERT_NE(veru, nullptr);
  EXPECT_EQ(veru->kind, PlaceKind::kIslandGroup);
  EXPECT_EQ(veru->part_of, std::vector<std::string>{"halia_strait"});
  ASSERT_EQ(veru->administration.size(), 2u);
  EXPECT_EQ(veru->administration[0].actor, "tav");
  EXPECT_EQ(veru->administration[0].from->to_string(), "1968");
  EXPECT_EQ(veru->administration[0].to->to_string(), "1994-07-01");
  EXPECT_EQ(veru->administration[1].actor, "mlk");
  EXPECT_FALSE(veru->administration[1].to);
  ASSERT_EQ(veru->claims.size(), 1u);
  EXPECT_EQ(veru->claims[0].actor, "tav");
  EXPECT_EQ(veru->sovereign, "mlk");
}

TEST_F(MiniModelTest, FrameworksFields) {
  const Framework* ohd = m().framework("ocean_health_dialogue");
  ASSERT_NE(ohd, nullptr);
  EXPECT_EQ(ohd->kind, FrameworkKind::kDialogue);
  EXPECT_EQ(ohd->domains, (std::vector<Domain>{Domain::kHealth, Domain::kEnergyClimate}));
  EXPECT_EQ(ohd->signed_on->to_string(), "2015");
  EXPECT_EQ(ohd->ended->to_string(), "2021");
  EXPECT_FALSE(ohd->in_force);
  const Framework* mtt = m().framework("mtt_1975");
  ASSERT_NE(mtt, nullptr);
  EXPECT_EQ(mtt->kind, FrameworkKind::kDefenseTreaty);
  EXPECT_EQ(mtt->in_force->to_string(), "1976-01-10");
}

TEST_F(MiniModelTest, MembershipIndexes) {
  EXPECT_EQ(m().memberships_of_framework("coral_forum").size(), 6u);
  EXPECT_EQ(m().memberships_of_actor("mlk").size(), 7u);
  EXPECT_TRUE(m().memberships_of_actor("nobody").empty());
  const auto tav = m().memberships_of_actor("tav");
  ASSERT_EQ(tav.size(), 6u);
  // File order is kept.
  EXPECT_EQ(tav[0]->framework, "coral_forum");
  EXPECT_EQ(tav[5]->role, Role::kWithdrawn);
  EXPECT_EQ(tav[5]->note, "withdrew; notice took effect on 31 March 2016");  // quoted CSV cell
  EXPECT_EQ(tav[5]->where.line, 16);
}

TEST_F(MiniModelTest, HoldsOnIsHalfOpen) {
  const auto tav = m().memberships_of_actor("tav");
  const Membership* founding = tav[4];  // reef_pact, 2010-02-15 .. 2016-03-31
  ASSERT_EQ(founding->framework, "reef_pact");
  ASSERT_EQ(founding->role, Role::kFoundingMember);
  EXPECT_FALSE(founding->holds_on(Date::parse("2010-02-14")->first_day()));
  EXPECT_TRUE(founding->holds_on(Date::parse("2010-02-15")->first_day()));
  EXPECT_TRUE(founding->holds_on(Date::parse("2016-03-30")->first_day()));
  EXPECT_FALSE(founding->holds_on(Date::parse("2016-03-31")->first_day()));
}

TEST_F(MiniModelTest, CommitmentsAndTriggers) {
  const auto cs = m().commitments_of("mtt_1975");
  ASSERT_EQ(cs.size(), 2u);
  const Commitment& art4 = *cs[0];
  EXPECT_EQ(art4.id, "mtt_art4_mlk");
  EXPECT_EQ(art4.type, CommitmentType::kDefense);
  EXPECT_EQ(art4.caveats, std::vector<Caveat>{Caveat::kConstitutionalProcesses});
  ASSERT_TRUE(art4.credibility);
  EXPECT_DOUBLE_EQ(*art4.credibility, 0.8);
  EXPECT_TRUE(art4.not_if_initiator);
  ASSERT_EQ(art4.triggers.size(), 2u);
  EXPECT_EQ(art4.triggers[0].events, std::vector<EventKind>{EventKind::kArmedAttack});
  EXPECT_EQ(art4.triggers[0].targets,
            (std::vector<TargetKind>{TargetKind::kTerritory, TargetKind::kVessels}));
  EXPECT_EQ(art4.triggers[0].where, std::vector<std::string>{"administered_by:attacked"});
  EXPECT_EQ(art4.triggers[1].events, std::vector<EventKind>{EventKind::kBlockade});
  EXPECT_EQ(art4.triggers[1].where, std::vector<std::string>{"within:veru_atoll"});
  EXPECT_FALSE(cs[1]->not_if_initiator);
  EXPECT_EQ(cs[1]->by, (std::vector<std::string>{"mlk", "tav"}));
  EXPECT_TRUE(m().commitments_of("coral_forum").empty());
}

TEST_F(MiniModelTest, DocumentRecommendationsAndClaims) {
  const Document* doc = m().document("halia_2022");
  ASSERT_NE(doc, nullptr);
  EXPECT_EQ(doc->date->to_string(), "2022-11");
  EXPECT_EQ(doc->kind, DocumentKind::kReport);
  EXPECT_EQ(doc->authors.size(), 2u);
  const auto& recs = m().recommendations();
  EXPECT_EQ(recs[0].start, 891u);
  EXPECT_EQ(recs[0].end, 995u);
  ASSERT_EQ(recs[0].status.size(), 1u);
  EXPECT_EQ(recs[0].status[0].status, RecommendationStatus::kInProgress);
  EXPECT_EQ(recs[1].certainty, Certainty::kBorderline);
  EXPECT_EQ(recs[1].actors, (std::vector<std::string>{"mlk", "tav"}));
  const Claim& c = m().claims()[0];
  EXPECT_DOUBLE_EQ(c.quantity, 3.5);
  EXPECT_EQ(c.unit, ClaimUnit::kPercent);
  EXPECT_EQ(c.year, 2022);
}

TEST_F(MiniModelTest, SeriesValues) {
  const auto& s = m().data().series;
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[1].indicator, "defence_share");
  EXPECT_EQ(s[1].actor, "mlk");
  EXPECT_EQ(s[1].year, 2022);
  EXPECT_DOUBLE_EQ(s[1].value, 3.5);
  EXPECT_EQ(s[1].where.line, 3);
}

}  // namespace
}  // namespace lattice::model
