// As-of-date queries and name resolution on the mini model (tests/fixtures/models/mini).
#include "model/queries.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "model/loader.h"
#include "test_support.h"

namespace lattice::model {
namespace {

using core::Date;
using core::Day;

const Model& mini() {
  static const std::shared_ptr<const Model> m = [] {
    LoadResult r = load_model_folder(lattice::testing::fixture("models/mini"));
    if (!r.model) {
      for (const auto& d : r.diagnostics.items()) ADD_FAILURE() << d.to_string();
    }
    return r.model;
  }();
  if (!m) throw std::runtime_error("mini model did not load");
  return *m;
}

Day day(const char* text) {
  return Date::parse(text)->first_day();
}

// "id:role" for each row, in order.
std::vector<std::string> rows(const std::vector<MembershipRow>& rs) {
  std::vector<std::string> out;
  for (const auto& r : rs) out.push_back(r.actor->id + ":" + std::string(name(r.membership->role)));
  return out;
}
std::vector<std::string> frameworks(const std::vector<MembershipRow>& rs) {
  std::vector<std::string> out;
  for (const auto& r : rs) out.push_back(r.framework->id);
  return out;
}
using V = std::vector<std::string>;

TEST(MembersOnTest, BeforeAndOnTheFoundingDay) {
  EXPECT_TRUE(members_on(mini(), "coral_forum", day("1971-03-14")).empty());
  EXPECT_EQ(rows(members_on(mini(), "coral_forum", day("1971-03-15"))),
            (V{"mlk:founding_member", "pun:founding_member", "tav:founding_member"}));
}

TEST(MembersOnTest, SortedByActorName) {
  // "Coral Sea Forum Secretariat" < "Meloka" < "Punavi" < "Selanesia" < "Tavaru".
  EXPECT_EQ(rows(members_on(mini(), "coral_forum", day("2000-01-01"))),
            (V{"coral_forum_secretariat:observer", "mlk:founding_member", "pun:founding_member",
               "sel:member", "tav:founding_member"}));
}

TEST(MembersOnTest, SignatoryBecomesMemberOnTheDayOfEntryIntoForce) {
  EXPECT_TRUE(members_on(mini(), "mtt_1975", day("1975-06-01")).empty());
  EXPECT_EQ(rows(members_on(mini(), "mtt_1975", day("1975-06-02"))),
            (V{"mlk:signatory", "tav:signatory"}));
  EXPECT_EQ(rows(members_on(mini(), "mtt_1975", day("1976-01-09"))),
            (V{"mlk:signatory", "tav:signatory"}));
  EXPECT_EQ(rows(members_on(mini(), "mtt_1975", day("1976-01-10"))),
            (V{"mlk:founding_member", "tav:founding_member"}));
}

TEST(MembersOnTest, WithdrawalDayIsExcluded) {
  // tav's membership of the Reef Pact has to = 2016-03-31: the last day it holds is 03-30.
  EXPECT_EQ(rows(members_on(mini(), "reef_pact", day("2016-03-30"))),
            (V{"mlk:founding_member", "pun:member", "tav:founding_member"}));
  EXPECT_EQ(rows(members_on(mini(), "reef_pact", day("2016-03-31"))),
            (V{"mlk:founding_member", "pun:member"}));
  // sel left the Forum on 2019-09-01.
  EXPECT_EQ(members_on(mini(), "coral_forum", day("2019-08-31")).size(), 5u);
  EXPECT_EQ(members_on(mini(), "coral_forum", day("2019-09-01")).size(), 4u);
}

TEST(MembersOnTest, IncludeInactiveShowsWithdrawnPeriods) {
  EXPECT_EQ(rows(members_on(mini(), "reef_pact", day("2016-03-31"), true)),
            (V{"mlk:founding_member", "pun:member", "tav:withdrawn"}));
  const auto all = members_on(mini(), "coral_forum", day("2019-09-01"), true);
  ASSERT_EQ(all.size(), 5u);
  EXPECT_EQ(all[3].actor->id, "sel");
  EXPECT_EQ(all[3].membership->role, Role::kWithdrawn);
}

TEST(MembersOnTest, PartialDatesCoverTheirWholePeriod) {
  // pun: signatory to "2011-07" (through 31 July), member from "2011-08".
  EXPECT_EQ(rows(members_on(mini(), "reef_pact", day("2011-07-31"))),
            (V{"mlk:founding_member", "pun:signatory", "tav:founding_member"}));
  EXPECT_EQ(rows(members_on(mini(), "reef_pact", day("2011-08-01"))),
            (V{"mlk:founding_member", "pun:member", "tav:founding_member"}));
  // sel joined the Forum in "1980": from the first day of the year.
  EXPECT_EQ(members_on(mini(), "coral_forum", day("1979-12-31")).size(), 4u);
  EXPECT_EQ(members_on(mini(), "coral_forum", day("1980-01-01")).size(), 5u);
  // Ocean Health Dialogue: "2015" to "2021", i.e. 2015-01-01 up to and including 2021-12-31.
  EXPECT_TRUE(members_on(mini(), "ocean_health_dialogue", day("2014-12-31")).empty());
  EXPECT_EQ(members_on(mini(), "ocean_health_dialogue", day("2015-01-01")).size(), 2u);
  EXPECT_EQ(members_on(mini(), "ocean_health_dialogue", day("2021-12-31")).size(), 2u);
  EXPECT_TRUE(members_on(mini(), "ocean_health_dialogue", day("2022-01-01")).empty());
}

TEST(MembersOnTest, UnknownFrameworkHasNoMembers) {
  EXPECT_TRUE(members_on(mini(), "no_such_framework", day("2020-01-01")).empty());
  EXPECT_TRUE(members_on(mini(), "mlk", day("2020-01-01")).empty());  // an actor, not a framework
}

TEST(MembershipHistoryTest, EveryRowByNameThenStart) {
  EXPECT_EQ(rows(membership_history(mini(), "reef_pact")),
            (V{"mlk:signatory", "mlk:founding_member", "pun:signatory", "pun:member",
               "tav:signatory", "tav:founding_member", "tav:withdrawn"}));
  EXPECT_EQ(membership_history(mini(), "coral_forum").size(), 6u);
  EXPECT_TRUE(membership_history(mini(), "no_such_framework").empty());
}

TEST(MembershipsOnTest, FrameworksOfAnActorSortedByName) {
  EXPECT_EQ(frameworks(memberships_on(mini(), "mlk", day("2020-01-01"))),
            (V{"blue_lantern", "coral_forum", "mtt_1975", "ocean_health_dialogue", "reef_pact"}));
  EXPECT_EQ(frameworks(memberships_on(mini(), "mlk", day("2022-01-01"))),
            (V{"blue_lantern", "coral_forum", "mtt_1975", "reef_pact"}));
  EXPECT_TRUE(memberships_on(mini(), "mlk", day("1971-03-14")).empty());
}

TEST(MembershipsOnTest, WithdrawnLeftOutUnlessAsked) {
  EXPECT_EQ(frameworks(memberships_on(mini(), "tav", day("2016-03-31"))),
            (V{"coral_forum", "mtt_1975"}));
  EXPECT_EQ(frameworks(memberships_on(mini(), "tav", day("2016-03-31"), true)),
            (V{"coral_forum", "mtt_1975", "reef_pact"}));
  EXPECT_EQ(frameworks(memberships_on(mini(), "sel", day("2020-06-01"))),
            (V{"ocean_health_dialogue"}));
  EXPECT_EQ(frameworks(memberships_on(mini(), "sel", day("2020-06-01"), true)),
            (V{"coral_forum", "ocean_health_dialogue"}));
  // A non-state member.
  EXPECT_EQ(frameworks(memberships_on(mini(), "mlk_coast_guard", day("2019-01-15"))),
            (V{"blue_lantern"}));
  EXPECT_TRUE(memberships_on(mini(), "mlk_coast_guard", day("2019-01-14")).empty());
}

std::vector<std::string> ids(const ResolveResult& r) {
  std::vector<std::string> out;
  for (const auto& m : r.matches) out.push_back(m.id);
  return out;
}

TEST(ResolveTest, ByIdNameAliasIso3AndCase) {
  EXPECT_EQ(ids(resolve(mini(), "mlk")), V{"mlk"});
  EXPECT_EQ(ids(resolve(mini(), "Meloka")), V{"mlk"});
  EXPECT_EQ(ids(resolve(mini(), "MELOKA")), V{"mlk"});
  EXPECT_EQ(ids(resolve(mini(), "port amara")), V{"mlk"});
  EXPECT_EQ(ids(resolve(mini(), "  Republic   of Meloka ")), V{"mlk"});
  EXPECT_EQ(ids(resolve(mini(), "TAV")), V{"tav"});
  EXPECT_EQ(ids(resolve(mini(), "MCG")), V{"mlk_coast_guard"});
  EXPECT_EQ(ids(resolve(mini(), "Veru")), V{"veru_atoll"});
  EXPECT_EQ(ids(resolve(mini(), "Halia report")), V{"halia_2022"});
  EXPECT_EQ(ids(resolve(mini(), "halia_2022_r01")), V{"halia_2022_r01"});
  const ResolveResult r = resolve(mini(), "rtip");
  ASSERT_EQ(r.matches.size(), 1u);
  EXPECT_EQ(r.matches[0].kind, EntityKind::kFramework);
  EXPECT_EQ(r.matches[0].name, "Reef Trade & Investment Pact <RTIP>");
  EXPECT_TRUE(r.suggestions.empty());
}

TEST(ResolveTest, LeadingTheIsIgnored) {
  EXPECT_EQ(ids(resolve(mini(), "the Forum")), V{"coral_forum"});
  EXPECT_EQ(ids(resolve(mini(), "Forum")), V{"coral_forum"});
  EXPECT_EQ(ids(resolve(mini(), "The Coral Sea Forum")), V{"coral_forum"});
  EXPECT_EQ(ids(resolve(mini(), "THE  halia strait")), V{"halia_strait"});
}

TEST(ResolveTest, SuggestionsWhenNothingMatches) {
  const ResolveResult r = resolve(mini(), "Melokka");
  EXPECT_TRUE(r.matches.empty());
  EXPECT_EQ(r.suggestions, V{"mlk"});  // the id of the entity whose name is closest
  EXPECT_TRUE(resolve(mini(), "Atlantis Federation").suggestions.empty());
  EXPECT_TRUE(resolve(mini(), "").matches.empty());
}

TEST(ResolveAsTest, KindFilterAndMessages) {
  std::string error;
  EXPECT_EQ(resolve_as(mini(), "Tavaru Islands", EntityKind::kActor, &error), "tav");
  EXPECT_EQ(resolve_as(mini(), "MTT", EntityKind::kFramework, &error), "mtt_1975");
  EXPECT_EQ(resolve_as(mini(), "MTT", EntityKind::kActor, &error), "");
  EXPECT_EQ(error, "unknown actor 'MTT' ('mtt_1975' is a framework)");
  EXPECT_EQ(resolve_as(mini(), "Meloca", EntityKind::kActor, &error), "");
  EXPECT_EQ(error, "unknown actor 'Meloca' (did you mean 'mlk'?)");
  EXPECT_EQ(resolve_as(mini(), "zzzzzz", EntityKind::kFramework, &error), "");
  EXPECT_EQ(error, "unknown framework 'zzzzzz'");
}

// Ambiguity needs a name shared by two entities, which validation only warns about; build such
// a model in memory.
Model ambiguous_model() {
  ModelData d;
  Actor a;
  a.id = "geo";
  a.name = "Georgia";
  a.iso3 = "GEO";
  d.actors.push_back(a);
  Actor b;
  b.id = "us_georgia";
  b.name = "State of Georgia";
  b.aliases = {"Georgia"};
  b.kind = ActorKind::kSubnational;
  d.actors.push_back(b);
  Place p;
  p.id = "georgia_coast";
  p.name = "Georgia Coast";
  p.aliases = {"GEORGIA"};
  d.places.push_back(p);
  return Model(std::move(d), "");
}

TEST(ResolveAsTest, AmbiguousNames) {
  const Model m = ambiguous_model();
  const ResolveResult r = resolve(m, "georgia");
  EXPECT_EQ(r.matches.size(), 3u);
  std::string error;
  EXPECT_EQ(resolve_as(m, "Georgia", EntityKind::kActor, &error), "");
  EXPECT_NE(error.find("'Georgia' is ambiguous"), std::string::npos) << error;
  EXPECT_NE(error.find("'geo'"), std::string::npos) << error;
  EXPECT_NE(error.find("'us_georgia'"), std::string::npos) << error;
  // Only one place is called Georgia: the kind settles it.
  EXPECT_EQ(resolve_as(m, "Georgia", EntityKind::kPlace, &error), "georgia_coast");
  // The id and the ISO3 code are unambiguous.
  EXPECT_EQ(resolve_as(m, "GEO", EntityKind::kActor, &error), "geo");
}

}  // namespace
}  // namespace lattice::model

namespace lattice::model {
namespace {

// Bug fix: suggestions for a kind only name entities of that kind, and swapped letters count
// as one edit ("qaud" -> "quad").
TEST(ResolveAsTest, SuggestsOnlyEntitiesOfTheKindAskedFor) {
  std::string error;
  EXPECT_EQ(resolve_as(mini(), "Melokka", EntityKind::kFramework, &error), "");
  EXPECT_EQ(error.find("did you mean 'mlk'"), std::string::npos) << error;
  EXPECT_EQ(resolve_as(mini(), "Meolka", EntityKind::kActor, &error), "");
  EXPECT_NE(error.find("did you mean 'mlk'?"), std::string::npos) << error;
}

}  // namespace
}  // namespace lattice::model
