// `lattice resolve` and the commands that take an entity, end to end: the names fixture
// (tests/fixtures/models/names: a pair of treaties only their years tell apart, an alias a place
// and an actor share) and the embedded U.S.-Japan model with names as analysts write them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_support.h"

namespace lattice::cli {
namespace {

using lattice::testing::CliResult;
using lattice::testing::fixture;
using lattice::testing::run_cli;
using nlohmann::json;

CliResult names(std::vector<std::string> args) {
  args.push_back("--model");
  args.push_back(fixture("models/names"));
  return run_cli(args);
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(CliResolve, OneMatchWithScoreAndWhy) {
  const auto r = names({"resolve", "Oresta"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(
      r.out.rfind("ors\tactor\t\xC3\x96resta\t1.000\tsame words as name '\xC3\x96resta'\n", 0), 0u)
      << r.out;
}

TEST(CliResolve, JsonKeys) {
  const auto r = names({"resolve", "2004 harbor agreement", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  for (const char* key : {"query", "matches", "ambiguous", "candidates", "suggestions"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["query"], "2004 harbor agreement");
  EXPECT_EQ(j["ambiguous"], false);
  ASSERT_EQ(j["matches"].size(), 1u);
  const json& m = j["matches"][0];
  for (const char* key : {"id", "kind", "name", "matched", "matched_as", "score", "exact", "why"})
    EXPECT_TRUE(m.contains(key)) << key;
  EXPECT_EQ(m["id"], "harbour_accord_2004");
  EXPECT_EQ(m["kind"], "framework");
  EXPECT_EQ(m["matched"], "2004 Harbour Accord");
  EXPECT_EQ(m["matched_as"], "alias");
  EXPECT_EQ(m["exact"], true);
  EXPECT_EQ(m["score"], 1.0);
  // The candidates rank every entity that fits, the match first.
  ASSERT_GE(j["candidates"].size(), 2u);
  EXPECT_EQ(j["candidates"][0]["id"], "harbour_accord_2004");
  EXPECT_EQ(j["candidates"][1]["id"], "harbour_accord_1990");
  EXPECT_EQ(j["candidates"][1]["exact"], false);
  EXPECT_LT(j["candidates"][1]["score"].get<double>(), 0.6);  // "2004" is not among its words
  EXPECT_TRUE(j["suggestions"].empty());
}

TEST(CliResolve, AmbiguousIsAnErrorListingKinds) {
  const auto r = names({"resolve", "Harbour Accord"});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(r.err,
                       "lattice: 'Harbour Accord' is ambiguous: it names harbour_accord_1990 "
                       "(framework), harbour_accord_2004 (framework); use an id"))
      << r.err;
  EXPECT_TRUE(contains(r.out, "harbour_accord_1990\tframework\t")) << r.out;
  EXPECT_TRUE(contains(r.out, "harbour_accord_2004\tframework\t")) << r.out;
  const auto j = names({"resolve", "Lumen Point", "--json"});
  EXPECT_EQ(j.status, 1);
  const json parsed = json::parse(j.out);
  EXPECT_EQ(parsed["ambiguous"], true);
  EXPECT_EQ(parsed["matches"].size(), 2u);
}

TEST(CliResolve, KindOption) {
  const auto place = names({"resolve", "Lumen Point", "--kind", "place"});
  ASSERT_EQ(place.status, 0) << place.err;
  EXPECT_EQ(place.out.rfind("lumen_point\tplace\t", 0), 0u) << place.out;
  const auto actor = names({"resolve", "Lumen Point", "--kind", "actor", "--json"});
  ASSERT_EQ(actor.status, 0) << actor.err;
  EXPECT_EQ(json::parse(actor.out)["matches"][0]["id"], "lumen_garrison");
  const auto bad = names({"resolve", "Lumen Point", "--kind", "planet"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_TRUE(contains(bad.err, "--kind: unknown kind 'planet'")) << bad.err;
}

TEST(CliResolve, NothingFitsSuggestsTheNearest) {
  const auto r = names({"resolve", "Kelvarra"});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(r.err, "nothing in the model is called 'Kelvarra' (did you mean 'kel'?)"))
      << r.err;
  const auto j = names({"resolve", "Kelvarra", "--json"});
  EXPECT_EQ(j.status, 1);
  EXPECT_EQ(json::parse(j.out)["suggestions"], json::array({"kel"}));
}

TEST(CliResolve, TheSixNamesOfTheIssue) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Senkaku", "senkaku_islands"},
      {"Diaoyu", "senkaku_islands"},
      {"Treaty of Mutual Cooperation and Security", "us_japan_security_treaty_1960"},
      {"1960 U.S.-Japan Security Treaty", "us_japan_security_treaty_1960"},
      {"Russia-North Korea treaty", "russia_dprk_treaty_2024"},
      {"US-ROK Mutual Defense Treaty", "us_rok_mutual_defense_treaty"}};
  for (const auto& [text, id] : cases) {
    const auto r = run_cli({"resolve", text, "--json"});
    ASSERT_EQ(r.status, 0) << text << ": " << r.err;
    const json j = json::parse(r.out);
    ASSERT_EQ(j["matches"].size(), 1u) << text;
    EXPECT_EQ(j["matches"][0]["id"], id) << text;
  }
}

// Every command that takes an entity uses the same resolver.
TEST(CliResolve, CommandsTakeNamesAsAnalystsWriteThem) {
  const auto show = names({"show", "2004 harbor agreement", "--json"});
  ASSERT_EQ(show.status, 0) << show.err;
  EXPECT_EQ(json::parse(show.out)["entity"]["id"], "harbour_accord_2004");
  const auto ambiguous = names({"show", "Harbour Accord"});
  EXPECT_EQ(ambiguous.status, 1);
  EXPECT_TRUE(contains(ambiguous.err, "harbour_accord_1990 (framework)")) << ambiguous.err;
  const auto members =
      run_cli({"members", "US-ROK Mutual Defense Treaty", "--on", "2020-01-01", "--json"});
  ASSERT_EQ(members.status, 0) << members.err;
  EXPECT_TRUE(contains(members.out, "\"kor\"")) << members.out;
  const auto memberships = run_cli({"memberships", "R.O.K.", "--on", "2020-01-01", "--json"});
  ASSERT_EQ(memberships.status, 0) << memberships.err;
  EXPECT_TRUE(contains(memberships.out, "us_rok_mutual_defense_treaty")) << memberships.out;
  const auto scenario = run_cli({"scenario", "--by", "PRC", "--against", "Japan", "--at", "Diaoyu",
                                 "--on", "2025-06-01", "--json"});
  ASSERT_EQ(scenario.status, 0) << scenario.err;
  EXPECT_EQ(json::parse(scenario.out)["event"]["at"], "senkaku_islands");
  // An ambiguous framework name is an error, not a silent pick.
  const auto members_ambiguous = names({"members", "Harbour Accord"});
  EXPECT_EQ(members_ambiguous.status, 1);
  EXPECT_TRUE(contains(members_ambiguous.err, "'Harbour Accord' is ambiguous"))
      << members_ambiguous.err;
  // The exact name of an actor is not taken for the framework that has it in its name.
  const auto members_actor = names({"members", "Kelvara"});
  EXPECT_EQ(members_actor.status, 1);
  EXPECT_TRUE(contains(members_actor.err, "unknown framework 'Kelvara' ('kel' is an actor)"))
      << members_actor.err;
}

}  // namespace
}  // namespace lattice::cli
