// End-to-end tests of the command line, run in-process on the mini model.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_support.h"

namespace lattice::cli {
namespace {

using lattice::testing::CliResult;
using lattice::testing::fixture;
using nlohmann::json;

// Runs a command on the mini model.
CliResult mini(std::vector<std::string> args) {
  args.push_back("--model");
  args.push_back(fixture("models/mini"));
  return lattice::testing::run_cli(args);
}

json parse_json(const CliResult& r) {
  EXPECT_EQ(r.status, 0) << r.err;
  return json::parse(r.out);
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// ---- members ----

TEST(CliMembersTest, TextTable) {
  const auto r = mini({"members", "reef_pact", "--on", "2016-03-31"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "Reef Trade & Investment Pact <RTIP> (reef_pact): 2 member(s) on 2016-03-31\n\n"
            "id   name    iso3  role             from        to\n"
            "---  ------  ----  ---------------  ----------  --\n"
            "mlk  Meloka  MLK   founding_member  2010-02-15\n"
            "pun  Punavi  PUN   member           2011-08\n");
}

TEST(CliMembersTest, ResolvesTheFrameworkByAliasOrName) {
  const auto r = mini({"members", "the forum", "--on", "1971-03-15"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Coral Sea Forum (coral_forum): 3 member(s) on 1971-03-15")) << r.out;
}

TEST(CliMembersTest, JsonKeysAndNullIso3ForNonStates) {
  const json j =
      parse_json(mini({"members", "Blue Lantern Network", "--on", "2020-01-01", "--json"}));
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 3u);
  for (const auto& row : j)
    for (const char* key : {"id", "name", "iso3", "role", "from", "to"})
      EXPECT_TRUE(row.contains(key)) << key << " in " << row.dump();
  // Sorted by name: Meloka, Melokan Coast Guard, Punavi.
  EXPECT_EQ(j[0]["id"], "mlk");
  EXPECT_EQ(j[0]["iso3"], "MLK");
  EXPECT_EQ(j[0]["from"], "2018-05");
  EXPECT_TRUE(j[0]["to"].is_null());
  EXPECT_EQ(j[1]["id"], "mlk_coast_guard");
  EXPECT_TRUE(j[1]["iso3"].is_null());
  EXPECT_EQ(j[1]["role"], "partner");
  EXPECT_EQ(j[2]["id"], "pun");
}

TEST(CliMembersTest, Csv) {
  const auto r = mini({"members", "reef_pact", "--on", "2016-03-31", "--csv", "--all-roles"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "id,name,iso3,role,from,to\n"
            "mlk,Meloka,MLK,founding_member,2010-02-15,\n"
            "pun,Punavi,PUN,member,2011-08,\n"
            "tav,Tavaru,TAV,withdrawn,2016-03-31,\n");
}

TEST(CliMembersTest, History) {
  const auto r = mini({"members", "mtt", "--history", "--csv"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "id,name,iso3,role,from,to\n"
            "mlk,Meloka,MLK,signatory,1975-06-02,1976-01-10\n"
            "mlk,Meloka,MLK,founding_member,1976-01-10,\n"
            "tav,Tavaru,TAV,signatory,1975-06-02,1976-01-10\n"
            "tav,Tavaru,TAV,founding_member,1976-01-10,\n");
}

// ---- memberships ----

TEST(CliMembershipsTest, FrameworksOfAnActor) {
  const auto r = mini({"memberships", "Tavaru Islands", "--on", "2016-03-31"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Tavaru (tav): 2 framework(s) on 2016-03-31")) << r.out;
  EXPECT_TRUE(contains(r.out, "coral_forum")) << r.out;
  EXPECT_TRUE(contains(r.out, "mtt_1975")) << r.out;
  EXPECT_FALSE(contains(r.out, "reef_pact")) << r.out;
  const json j =
      parse_json(mini({"memberships", "tav", "--on", "2016-03-31", "--json", "--all-roles"}));
  ASSERT_EQ(j.size(), 3u);
  EXPECT_EQ(j[2]["id"], "reef_pact");
  EXPECT_EQ(j[2]["role"], "withdrawn");
  EXPECT_EQ(j[2]["name"], "Reef Trade & Investment Pact <RTIP>");
}

// ---- actors, frameworks, places ----

TEST(CliListTest, ActorsByKind) {
  const json states = parse_json(mini({"actors", "--kind", "state", "--json"}));
  ASSERT_EQ(states.size(), 4u);
  for (const auto& a : states) EXPECT_EQ(a["kind"], "state");
  const auto r = mini({"actors", "--kind", "armed_forces"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "mlk_coast_guard")) << r.out;
  EXPECT_TRUE(contains(r.out, "1 actor(s)")) << r.out;
  const auto all = mini({"actors", "--csv"});
  EXPECT_EQ(std::count(all.out.begin(), all.out.end(), '\n'), 7);  // header + 6
  const auto bad = mini({"actors", "--kind", "country"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_TRUE(contains(bad.err, "unknown actor kind 'country'")) << bad.err;
}

TEST(CliListTest, FrameworksByKindAndDomain) {
  const json dialogues = parse_json(mini({"frameworks", "--kind", "dialogue", "--json"}));
  ASSERT_EQ(dialogues.size(), 1u);
  EXPECT_EQ(dialogues[0]["id"], "ocean_health_dialogue");
  const json security =
      parse_json(mini({"frameworks", "--domain", "security", "--json", "--on", "2020-01-01"}));
  std::vector<std::string> ids;
  for (const auto& f : security) ids.push_back(f["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"mtt_1975", "blue_lantern"}));
  EXPECT_EQ(security[0]["member_count"], 2);
  // On a date, only the frameworks that exist then.
  const json in_1972 = parse_json(mini({"frameworks", "--json", "--on", "1972-01-01"}));
  ASSERT_EQ(in_1972.size(), 1u);
  EXPECT_EQ(in_1972[0]["id"], "coral_forum");
  EXPECT_EQ(mini({"frameworks", "--domain", "sports"}).status, 2);
  EXPECT_EQ(mini({"frameworks", "--kind", "club"}).status, 2);
}

TEST(CliListTest, PlacesOnADate) {
  const json before = parse_json(mini({"places", "--json", "--on", "1990-01-01"}));
  ASSERT_EQ(before.size(), 2u);
  EXPECT_EQ(before[0]["id"], "veru_atoll");
  EXPECT_EQ(before[0]["administered_by_on_date"], json::array({"tav"}));
  EXPECT_TRUE(before[0]["claimed_by_on_date"].empty());
  EXPECT_EQ(before[1]["claimed_by_on_date"], json::array({"sel"}));
  const json after = parse_json(mini({"places", "--json", "--on", "2001-04-01"}));
  EXPECT_EQ(after[0]["administered_by_on_date"], json::array({"mlk"}));
  EXPECT_EQ(after[0]["claimed_by_on_date"], json::array({"tav"}));
  EXPECT_TRUE(after[1]["claimed_by_on_date"].empty());  // "2001-03" ended with March
  const auto text = mini({"places", "--on", "2001-03-31"});
  EXPECT_TRUE(contains(text.out, "halia_strait  Halia Strait  strait        pun              sel"))
      << text.out;
}

// ---- show, resolve, summary ----

TEST(CliShowTest, Actor) {
  const auto r = mini({"show", "Port Amara"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("actor mlk: Meloka\n", 0), 0u) << r.out;
  const json j = parse_json(mini({"show", "mlk", "--json"}));
  for (const char* key : {"kind", "entity", "sources", "related"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["kind"], "actor");
  EXPECT_EQ(j["entity"]["iso3"], "MLK");
  EXPECT_EQ(j["sources"][0]["ref"], "data:mini_states");
  EXPECT_EQ(j["related"]["memberships"].size(), 7u);
  EXPECT_EQ(j["related"]["subordinate_actors"][0]["id"], "mlk_coast_guard");
  EXPECT_EQ(j["related"]["recommendations"][0]["id"], "halia_2022_r02");
  EXPECT_EQ(j["related"]["places"][0]["id"], "veru_atoll");
}

TEST(CliShowTest, Framework) {
  const json j = parse_json(mini({"show", "MTT", "--json"}));
  EXPECT_EQ(j["kind"], "framework");
  EXPECT_EQ(j["entity"]["id"], "mtt_1975");
  EXPECT_EQ(j["related"]["commitments"].size(), 2u);
  EXPECT_EQ(j["related"]["memberships"].size(), 4u);
  EXPECT_EQ(j["sources"][1]["start"], 642);
  const auto text = mini({"show", "mtt_1975"});
  EXPECT_TRUE(contains(text.out, "commitments (2):")) << text.out;
}

TEST(CliShowTest, DocumentAndRecommendation) {
  const json doc = parse_json(mini({"show", "Halia report", "--json"}));
  EXPECT_EQ(doc["kind"], "document");
  EXPECT_EQ(doc["entity"]["file"], "docs/sample.txt");
  EXPECT_EQ(doc["related"]["recommendations"].size(), 2u);
  EXPECT_EQ(doc["related"]["claims"].size(), 1u);
  const json rec = parse_json(mini({"show", "halia_2022_r01", "--json"}));
  EXPECT_EQ(rec["kind"], "recommendation");
  EXPECT_EQ(rec["entity"]["status"][0]["status"], "in_progress");
  EXPECT_EQ(rec["sources"][0]["title"], "Keeping the Coral Sea Lattice Together");
  EXPECT_EQ(rec["sources"][0]["start"], 891);
  EXPECT_EQ(rec["sources"][0]["end"], 995);
  EXPECT_TRUE(rec.contains("related"));
}

TEST(CliShowTest, UnknownEntitySuggests) {
  const auto r = mini({"show", "Melokka"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(contains(r.err, "nothing in the model is called 'Melokka' (did you mean 'mlk'?)"))
      << r.err;
}

TEST(CliResolveTest, TextAndJson) {
  const auto r = mini({"resolve", "the forum"});
  ASSERT_EQ(r.status, 0) << r.err;
  // issue 17: each line also gives the score and why (docs/cli.md, resolve).
  EXPECT_EQ(r.out, "coral_forum\tframework\tCoral Sea Forum\t1.000\texact alias 'the Forum'\n");
  const json j = parse_json(mini({"resolve", "sel", "--json"}));
  EXPECT_EQ(j["query"], "sel");
  ASSERT_EQ(j["matches"].size(), 1u);
  EXPECT_EQ(j["matches"][0]["kind"], "actor");
  const auto miss = mini({"resolve", "Tavaruu"});
  EXPECT_EQ(miss.status, 1);
  EXPECT_TRUE(contains(miss.err, "(did you mean 'tav'?)")) << miss.err;
}

TEST(CliSummaryTest, CountsAndMembers) {
  const json j = parse_json(mini({"summary", "--json", "--on", "2020-01-01"}));
  EXPECT_EQ(j["model"], "Pacific microcosm (test fixture)");
  EXPECT_EQ(j["on"], "2020-01-01");
  EXPECT_EQ(j["counts"]["actors"], 6);
  EXPECT_EQ(j["counts"]["memberships"], 22);
  ASSERT_EQ(j["frameworks"].size(), 5u);
  EXPECT_EQ(j["frameworks"][0]["id"], "coral_forum");
  EXPECT_EQ(j["frameworks"][0]["members"], 4);
  const auto text = mini({"summary", "--on", "2020-01-01"});
  EXPECT_TRUE(contains(text.out, "6 actors")) << text.out;
  EXPECT_TRUE(contains(text.out, "Frameworks and their members on 2020-01-01")) << text.out;
}

// ---- report ----

class CliReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("lattice_cli_report_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(CliReportTest, WritesACompletePageAndNoTemporaryFile) {
  const auto target = dir_ / "sub" / "index.html";
  const auto r = mini({"report", "--out", target.string(), "--on", "2020-01-01"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "lattice: wrote " + target.string())) << r.err;
  EXPECT_TRUE(contains(r.out, "The report as of 2020-01-01 is in " + target.string())) << r.out;
  ASSERT_TRUE(std::filesystem::exists(target));
  std::ifstream in(target, std::ios::binary);
  const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_TRUE(contains(page, "Melokan Coast Guard"));
  EXPECT_FALSE(std::filesystem::exists(target.string() + ".tmp"));
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir_))
    EXPECT_NE(e.path().extension(), ".tmp") << e.path();
}

TEST_F(CliReportTest, JsonSaysWhatWasWritten) {
  const auto target = dir_ / "index.html";
  const auto r = mini({"report", "--out", target.string(), "--on", "2020-01-01", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = parse_json(r);
  EXPECT_EQ(j["file"], target.string());
  EXPECT_EQ(j["date"], "2020-01-01");
  EXPECT_EQ(j["bytes"].get<uintmax_t>(), std::filesystem::file_size(target));
}

TEST_F(CliReportTest, AnUnreadableDatabaseIsAnErrorAndWritesNothing) {
  const auto target = dir_ / "index.html";
  const auto r = mini({"report", "--out", target.string(), "--db", (dir_ / "none.db").string()});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(r.err, "lattice: report: ")) << r.err;
  EXPECT_FALSE(std::filesystem::exists(target));
}

TEST_F(CliReportTest, BadModelWritesNothing) {
  const auto target = dir_ / "index.html";
  const auto r = lattice::testing::run_cli(
      {"report", "--out", target.string(), "--model", fixture("bad/duplicate_id")});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_FALSE(std::filesystem::exists(target));
  EXPECT_FALSE(std::filesystem::exists(target.string() + ".tmp"));
}

// ---- validate ----

TEST(CliValidateTest, JsonOnTheMiniModel) {
  const json j = parse_json(mini({"validate", "--json"}));
  EXPECT_EQ(j["valid"], true);
  EXPECT_EQ(j["errors"], 0);
  EXPECT_EQ(j["warnings"], 0);
  EXPECT_TRUE(j["diagnostics"].empty());
  EXPECT_EQ(j["counts"]["frameworks"], 5);
}

TEST(CliValidateTest, JsonOnABadModel) {
  const std::string dir = fixture("bad/csv_bad_date");
  const auto r = lattice::testing::run_cli({"validate", "--json", "--model", dir});
  EXPECT_EQ(r.status, 1);
  const json j = json::parse(r.out);
  EXPECT_EQ(j["valid"], false);
  EXPECT_EQ(j["errors"], 2);
  EXPECT_TRUE(j["counts"].is_null());
  ASSERT_EQ(j["diagnostics"].size(), 2u);
  const json& d = j["diagnostics"][0];
  EXPECT_EQ(d["severity"], "error");
  EXPECT_EQ(d["path"], dir + "/memberships/memberships.csv");
  EXPECT_EQ(d["line"], 2);
  EXPECT_EQ(d["column"], 17);
  EXPECT_TRUE(contains(d["message"], "'2020-02-30' is not a calendar date"));
}

TEST(CliValidateTest, TextOnTheMiniModel) {
  const auto r = mini({"validate"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_TRUE(contains(r.out, "0 error(s), 0 warning(s); 6 actors")) << r.out;
}

// ---- usage errors (exit 2) and unknown entities (exit 1) ----

TEST(CliUsageTest, UsageErrorsExit2) {
  EXPECT_EQ(lattice::testing::run_cli({}).status, 2);                           // no command
  EXPECT_EQ(lattice::testing::run_cli({"frobnicate"}).status, 2);               // unknown command
  EXPECT_EQ(mini({"members", "reef_pact", "--bogus"}).status, 2);               // unknown flag
  EXPECT_EQ(mini({"members"}).status, 2);                                       // missing argument
  EXPECT_EQ(lattice::testing::run_cli({"members", "x", "--model"}).status, 2);  // missing value
}

TEST(CliUsageTest, BadOnDatesExit2) {
  const auto r = mini({"members", "reef_pact", "--on", "2023-02-30"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(contains(r.err, "--on: '2023-02-30' is not a calendar date")) << r.err;
  const auto partial = mini({"memberships", "mlk", "--on", "2023-02"});
  EXPECT_EQ(partial.status, 2);
  EXPECT_TRUE(contains(partial.err, "must be a full date YYYY-MM-DD")) << partial.err;
  EXPECT_EQ(mini({"summary", "--on", "yesterday"}).status, 2);
  EXPECT_EQ(mini({"places", "--on", "2021-13-01"}).status, 2);
}

TEST(CliUsageTest, UnknownEntitiesExit1WithSuggestions) {
  const auto r = mini({"members", "Coral Sea Forumm", "--on", "2020-01-01"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(contains(r.err, "unknown framework 'Coral Sea Forumm' (did you mean 'coral_forum'?)"))
      << r.err;
  const auto actor = mini({"memberships", "Punavii", "--on", "2020-01-01"});
  EXPECT_EQ(actor.status, 1);
  EXPECT_TRUE(contains(actor.err, "unknown actor 'Punavii' (did you mean 'pun'?)")) << actor.err;
  const auto wrong_kind = mini({"members", "Meloka", "--on", "2020-01-01"});
  EXPECT_EQ(wrong_kind.status, 1);
  EXPECT_TRUE(contains(wrong_kind.err, "('mlk' is an actor)")) << wrong_kind.err;
}

// Options of one run must not leak into the next when the CLI runs in-process.
TEST(CliStateTest, OptionsDoNotCarryOverBetweenRuns) {
  const auto json_run =
      mini({"members", "reef_pact", "--on", "2016-03-31", "--json", "--all-roles"});
  ASSERT_EQ(json_run.status, 0);
  const auto text_run = mini({"members", "reef_pact", "--on", "2016-03-30"});
  ASSERT_EQ(text_run.status, 0) << text_run.err;
  EXPECT_EQ(text_run.out.rfind("Reef Trade", 0), 0u) << "--json leaked:\n" << text_run.out;
  EXPECT_FALSE(contains(text_run.out, "withdrawn")) << "--all-roles leaked:\n" << text_run.out;
  const auto csv_run = mini({"actors", "--csv"});
  const auto plain = mini({"actors"});
  EXPECT_TRUE(contains(plain.out, "6 actor(s)")) << "--csv leaked:\n" << plain.out;
  const auto on_run = mini({"frameworks", "--json", "--on", "1972-01-01"});
  ASSERT_EQ(on_run.status, 0);
  const auto no_on = mini({"frameworks", "--json"});
  // Without --on every framework is listed; a leaked --on 1971-03-15 would list only one.
  EXPECT_EQ(json::parse(no_on.out).size(), 5u);
}

}  // namespace
}  // namespace lattice::cli
