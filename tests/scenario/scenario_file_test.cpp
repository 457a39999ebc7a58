// Scenario files (docs/scenarios.md, "Scenario files"): the good fixtures read into resolved
// events and options; each bad fixture gives its errors at the exact line and column, every one of
// them, and no events.
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "embedded_model.h"
#include "model/loader.h"
#include "scenario/scenario_file.h"

namespace lattice::scenario {
namespace {

const model::Model& usjapan() {
  return lattice::testing::usjapan_model();
}

std::string fixture_path(const std::string& name) {
  return std::string(LATTICE_FIXTURES) + "/scenarios/" + name;
}

// Reads a fixture; the diagnostics are rendered with the file's name only, not its full path.
ScenarioFileResult read(const std::string& name) {
  std::ifstream in(fixture_path(name), std::ios::binary);
  if (!in) throw std::runtime_error("missing fixture " + name);
  std::ostringstream text;
  text << in.rdbuf();
  return parse_scenario_file(text.str(), name, usjapan());
}

std::vector<std::string> messages(const ScenarioFileResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics.items()) out.push_back(d.to_string());
  return out;
}

core::Day day(const char* text) {
  return core::Date::parse(text)->first_day();
}

// Bad fixtures: the exact diagnostics, in file order, and no events.
void expect_errors(const std::string& name, const std::vector<std::string>& expected) {
  const auto r = read(name);
  EXPECT_EQ(messages(r), expected) << name;
  EXPECT_TRUE(r.file.events.empty()) << name;
  EXPECT_TRUE(r.file.credibility.empty()) << name;
  EXPECT_EQ(r.file.path, name);
}

TEST(ScenarioFile, SenkakuReadsEveryPart) {
  const auto r = read("senkaku_2026.toml");
  ASSERT_FALSE(r.diagnostics.has_errors()) << messages(r)[0];
  EXPECT_TRUE(r.diagnostics.items().empty());
  const ScenarioFile& f = r.file;
  EXPECT_EQ(f.title, "Chinese attack on the Senkakus");
  ASSERT_TRUE(f.date);
  EXPECT_EQ(*f.date, day("2026-06-01"));
  EXPECT_EQ(f.options.cascade, std::optional<bool>(true));
  EXPECT_EQ(f.options.include_conditional, std::optional<bool>(false));
  EXPECT_EQ(f.options.simulate, std::optional<int64_t>(10000));
  EXPECT_EQ(f.options.seed, std::optional<uint64_t>(42));
  EXPECT_EQ(f.options.max_rounds, std::optional<int64_t>(10));
  EXPECT_EQ(f.options.response, std::optional<model::TargetKind>(model::TargetKind::kArmedForces));
  EXPECT_EQ(f.options.conditional_factor, std::optional<double>(0.5));
  ASSERT_EQ(f.credibility.size(), 1u);
  EXPECT_DOUBLE_EQ(f.credibility.at("us_japan_1960_art5_usa"), 0.85);
  ASSERT_EQ(f.events.size(), 1u);
  const ScenarioEvent& e = f.events[0];
  EXPECT_EQ(e.event.by, "chn");
  EXPECT_EQ(e.event.against, "jpn");
  EXPECT_EQ(e.event.at, "senkaku_islands");
  EXPECT_EQ(e.event.target, model::TargetKind::kTerritory);
  EXPECT_EQ(e.event.kind, model::EventKind::kArmedAttack);
  EXPECT_EQ(e.event.day, day("2026-06-01"));
  EXPECT_EQ(e.label, "Landing on Uotsuri-shima");
  EXPECT_EQ(e.line, 17);
}

// The event read from the file evaluates as the same event given on the command line: the 1960
// treaty's Article V covers territory under Japan's administration.
TEST(ScenarioFile, SenkakuEventTriggersArticleFive) {
  const auto r = read("senkaku_2026.toml");
  ASSERT_EQ(r.file.events.size(), 1u);
  const auto res = evaluate(usjapan(), r.file.events[0].event);
  bool found = false;
  for (const auto& f : res.triggered)
    found = found || (f.commitment == "us_japan_1960_art5_usa" && f.actor == "usa");
  EXPECT_TRUE(found);
}

TEST(ScenarioFile, KoreaTwoEventsWithDefaultsAndOverrides) {
  const auto r = read("korea_2025.toml");
  ASSERT_FALSE(r.diagnostics.has_errors()) << messages(r)[0];
  const ScenarioFile& f = r.file;
  EXPECT_EQ(f.title, "Renewed war in Korea");
  EXPECT_FALSE(f.options.cascade);
  EXPECT_FALSE(f.options.simulate);
  EXPECT_FALSE(f.options.seed);
  EXPECT_TRUE(f.credibility.empty());
  ASSERT_EQ(f.events.size(), 2u);
  const auto& a = f.events[0];
  EXPECT_EQ(a.event.by, "prk");
  EXPECT_EQ(a.event.against, "kor");
  EXPECT_EQ(a.event.at, "");
  EXPECT_EQ(a.event.target, model::TargetKind::kTerritory);
  EXPECT_EQ(a.event.kind, model::EventKind::kArmedAttack);
  EXPECT_EQ(a.event.day, day("2025-03-01"));  // the top-level date, written as a string
  EXPECT_EQ(a.line, 5);
  const auto& b = f.events[1];
  EXPECT_EQ(b.event.by, "prk");
  EXPECT_EQ(b.event.against, "usa");
  EXPECT_EQ(b.event.target, model::TargetKind::kArmedForces);
  EXPECT_EQ(b.event.at, "korean_peninsula");
  EXPECT_EQ(b.event.day, day("2025-03-02"));  // its own date
  EXPECT_EQ(b.label, "Strike on U.S. forces in the South");
  EXPECT_EQ(b.line, 10);
}

TEST(ScenarioFile, BlockadeWithoutOptionsOrTopLevelDate) {
  const auto r = read("taiwan_blockade_2027.toml");
  ASSERT_FALSE(r.diagnostics.has_errors()) << messages(r)[0];
  EXPECT_EQ(r.file.title, "");
  EXPECT_FALSE(r.file.date);
  ASSERT_EQ(r.file.events.size(), 1u);
  const auto& e = r.file.events[0].event;
  EXPECT_EQ(e.by, "chn");
  EXPECT_EQ(e.against, "twn");
  EXPECT_EQ(e.kind, model::EventKind::kBlockade);
  EXPECT_EQ(e.target, model::TargetKind::kVessels);
  EXPECT_EQ(e.at, "taiwan_strait");
  EXPECT_EQ(e.day, day("2027-01-15"));
}

// TOML syntax errors come from toml++ (its wording); only the place is ours to assert.
TEST(ScenarioFile, SyntaxErrorAtItsLine) {
  const auto r = read("bad_syntax.toml");
  ASSERT_EQ(r.diagnostics.items().size(), 1u);
  EXPECT_EQ(messages(r)[0].rfind("bad_syntax.toml:1:", 0), 0u) << messages(r)[0];
  EXPECT_TRUE(r.file.events.empty());
}

// toml++ rejects an impossible TOML date as a syntax error.
TEST(ScenarioFile, ImpossibleTomlDateIsASyntaxError) {
  const auto r = read("bad_toml_date.toml");
  ASSERT_EQ(r.diagnostics.items().size(), 1u);
  EXPECT_EQ(messages(r)[0].rfind("bad_toml_date.toml:1:", 0), 0u) << messages(r)[0];
  EXPECT_NE(messages(r)[0].find("30"), std::string::npos) << messages(r)[0];
  EXPECT_TRUE(r.file.events.empty());
}

TEST(ScenarioFile, UnknownKeysWithSuggestions) {
  expect_errors(
      "bad_unknown_keys.toml",
      {"bad_unknown_keys.toml:1:1: error: unknown field 'titel' at the top level (did you mean "
       "'title'?); expected title, date, options, credibility or event",
       "bad_unknown_keys.toml:5:1: error: unknown field 'simulations' in [options]; expected "
       "cascade, include_conditional, simulate, seed, max_rounds, response or conditional_factor",
       "bad_unknown_keys.toml:7:1: error: event 1 is missing the field 'against'",
       "bad_unknown_keys.toml:9:1: error: unknown field 'agianst' in event 1 (did you mean "
       "'against'?); expected by, against, target, at, kind, date or label"});
}

TEST(ScenarioFile, UnknownActorAndPlaceWithSuggestions) {
  expect_errors("bad_unknown_names.toml",
                {"bad_unknown_names.toml:4:6: error: event 1 field 'by': unknown actor 'Chnia' "
                 "(did you mean 'chn'?)",
                 "bad_unknown_names.toml:6:6: error: event 1 field 'at': unknown place 'Senkaku "
                 "Islnds' (did you mean 'senkaku_islands'?)"});
}

TEST(ScenarioFile, ImpossiblePartialTimedAndMistypedDates) {
  expect_errors(
      "bad_dates.toml",
      {"bad_dates.toml:1:8: error: top-level field 'date': '2026-02-30' is not a calendar date",
       "bad_dates.toml:6:8: error: event 1 field 'date': '2026-06' is not a full date; give year, "
       "month and day (YYYY-MM-DD)",
       "bad_dates.toml:11:8: error: event 2 field 'date': a date and time is given; give a day "
       "YYYY-MM-DD without a time",
       "bad_dates.toml:16:8: error: event 3 field 'date' must be a date YYYY-MM-DD"});
}

TEST(ScenarioFile, UnknownKindAndTargetListTheValidOnes) {
  expect_errors(
      "bad_vocabulary.toml",
      {"bad_vocabulary.toml:6:8: error: event 1 field 'kind': unknown kind 'armed_atack' (did you "
       "mean 'armed_attack'?); expected armed_attack, threat, coercion, blockade or cyber",
       "bad_vocabulary.toml:7:10: error: event 1 field 'target': unknown target 'ships'; expected "
       "territory, armed_forces, vessels or aircraft"});
}

// "PRC" is an alias of China.
TEST(ScenarioFile, AttackerEqualToAttacked) {
  expect_errors("bad_same_parties.toml",
                {"bad_same_parties.toml:5:11: error: event 1 field 'against': the attacker and the "
                 "party attacked are the same (chn)"});
}

TEST(ScenarioFile, CredibilityRangeTypeAndUnknownCommitment) {
  expect_errors("bad_credibility.toml",
                {"bad_credibility.toml:4:26: error: [credibility] 'us_japan_1960_art5_usa' must be "
                 "from 0 to 1 (got 1.5)",
                 "bad_credibility.toml:5:1: error: [credibility]: unknown commitment "
                 "'us-japan-1960-art5-usa' (did you mean 'us_japan_1960_art5_usa'?)",
                 "bad_credibility.toml:6:22: error: [credibility] 'anzus_art4_usa_aus' must be a "
                 "number from 0 to 1",
                 "bad_credibility.toml:7:23: error: [credibility] 'us_rok_mdt_art3_usa' must be "
                 "from 0 to 1 (got -0.1)"});
}

TEST(ScenarioFile, OptionsOutOfRangeOrMistyped) {
  expect_errors(
      "bad_options.toml",
      {"bad_options.toml:4:11: error: [options] field 'cascade' must be true or false",
       "bad_options.toml:5:12: error: [options] field 'simulate' must be from 0 to 100000000 (got "
       "-1)",
       "bad_options.toml:6:8: error: [options] field 'seed' must be 0 or more (got -3)",
       "bad_options.toml:7:14: error: [options] field 'max_rounds' must be from 1 to 100 (got 0)",
       "bad_options.toml:8:12: error: [options] field 'response': unknown response 'vessels'; "
       "expected armed_forces or territory",
       "bad_options.toml:9:22: error: [options] field 'conditional_factor' must be from 0 to 1 "
       "(got 2)"});
}

TEST(ScenarioFile, NoEvent) {
  expect_errors("bad_no_event.toml",
                {"bad_no_event.toml:1:1: error: no [[event]]: a scenario file needs at least one "
                 "event"});
}

TEST(ScenarioFile, WrongValueTypes) {
  expect_errors("bad_wrong_types.toml",
                {"bad_wrong_types.toml:1:9: error: top-level field 'title' must be a string",
                 "bad_wrong_types.toml:2:11: error: top-level field 'options' must be a table "
                 "([options])",
                 "bad_wrong_types.toml:5:6: error: event 1 field 'by' must be a string",
                 "bad_wrong_types.toml:6:11: error: event 1 field 'against' must be a string",
                 "bad_wrong_types.toml:7:9: error: event 1 field 'label' must be a string"});
}

TEST(ScenarioFile, MissingAttackerDateAndEmptyField) {
  expect_errors("bad_missing_fields.toml",
                {"bad_missing_fields.toml:3:1: error: event 1 is missing the field 'by'",
                 "bad_missing_fields.toml:3:1: error: event 1 has no date: give 'date' in the "
                 "event or at the top of the file",
                 "bad_missing_fields.toml:6:1: error: event 2 has no date: give 'date' in the "
                 "event or at the top of the file",
                 "bad_missing_fields.toml:8:11: error: event 2 field 'against' is empty"});
}

// Nothing half-done: one bad event among good ones leaves the whole file without events,
// options or credibility.
TEST(ScenarioFile, OneBadEventDropsEverything) {
  const std::string text =
      "title = \"t\"\ndate = 2026-06-01\n[options]\nseed = 1\n[credibility]\n"
      "us_japan_1960_art5_usa = 0.5\n[[event]]\nby = \"chn\"\nagainst = \"jpn\"\n"
      "[[event]]\nby = \"chn\"\nagainst = \"Japn\"\n";
  const auto r = parse_scenario_file(text, "mixed.toml", usjapan());
  EXPECT_EQ(messages(r), std::vector<std::string>{"mixed.toml:12:11: error: event 2 field "
                                                  "'against': unknown actor 'Japn' (did you mean "
                                                  "'jpn'?)"});
  EXPECT_TRUE(r.file.events.empty());
  EXPECT_TRUE(r.file.credibility.empty());
  EXPECT_FALSE(r.file.options.seed);
  EXPECT_EQ(r.file.title, "");
}

TEST(ScenarioFile, EmptyTextAndEmptyEventArray) {
  auto r = parse_scenario_file("", "empty.toml", usjapan());
  EXPECT_EQ(messages(r), std::vector<std::string>{"empty.toml:1:1: error: no [[event]]: a "
                                                  "scenario file needs at least one event"});
  r = parse_scenario_file("date = 2026-06-01\nevent = []\n", "e.toml", usjapan());
  EXPECT_EQ(messages(r), std::vector<std::string>{"e.toml:1:1: error: no [[event]]: a scenario "
                                                  "file needs at least one event"});
  r = parse_scenario_file("[event]\nby = \"chn\"\n", "t.toml", usjapan());
  EXPECT_EQ(messages(r), std::vector<std::string>{"t.toml:1:1: error: top-level field 'event' "
                                                  "must be an array of tables ([[event]])"});
}

TEST(ScenarioFile, NanCredibilityAndHugeSimulateAreRejected) {
  const auto r = parse_scenario_file(
      "date = 2026-06-01\n[options]\nsimulate = 9223372036854775807\n[credibility]\n"
      "us_japan_1960_art5_usa = nan\n[[event]]\nby = \"chn\"\nagainst = \"jpn\"\n",
      "n.toml", usjapan());
  EXPECT_EQ(messages(r),
            (std::vector<std::string>{
                "n.toml:3:12: error: [options] field 'simulate' must be from 0 to 100000000 (got "
                "9223372036854775807)",
                "n.toml:5:26: error: [credibility] 'us_japan_1960_art5_usa' must be from 0 to 1 "
                "(got nan)"}));
}

// Regression (fuzzing): toml++ 3.3 reached an unreachable branch on a code point from U+00A1 to
// U+0499 right after a bare key. Now a plain syntax error at that place.
TEST(ScenarioFile, FuzzCrashUnicodeAfterBareKey) {
  const auto r = read("crash_unicode_after_key.toml");
  ASSERT_EQ(r.diagnostics.items().size(), 1u);
  EXPECT_EQ(messages(r)[0].rfind("crash_unicode_after_key.toml:5:19: error: ", 0), 0u)
      << messages(r)[0];
  EXPECT_TRUE(r.file.events.empty());
}

// The same branch, reached after a line-ending backslash in a multi-line string; the text read
// back is the text written, including a character of the private-use range used while parsing.
TEST(ScenarioFile, FuzzCrashUnicodeLineContinuation) {
  const auto r = read("crash_unicode_line_continuation.toml");
  ASSERT_FALSE(r.diagnostics.has_errors()) << messages(r)[0];
  EXPECT_EQ(r.file.title, "\xc2\xa7 ok");
  ASSERT_EQ(r.file.events.size(), 1u);
  // Hiragana, CJK punctuation, an Arabic presentation form, a private-use character, a combining
  // mark and an ideographic space.
  EXPECT_EQ(r.file.events[0].label,
            "\xe3\x81\x82\xe3\x80\x81\xef\xbb\x9f \xf3\xb0\x82\xa1 \xcd\x8a\xe3\x80\x80");
}

// Regression (fuzzing): an Arabic presentation form (U+FEDF) inside a bare key.
TEST(ScenarioFile, FuzzCrashUnicodeInBareKey) {
  const auto r = read("crash_unicode_in_bare_key.toml");
  ASSERT_EQ(r.diagnostics.items().size(), 1u);
  EXPECT_EQ(messages(r)[0].rfind("crash_unicode_in_bare_key.toml:2:", 0), 0u) << messages(r)[0];
  EXPECT_TRUE(r.file.events.empty());
}

TEST(ScenarioFile, KeysAreReportedAsWritten) {
  const auto r = parse_scenario_file(
      "date = 2026-06-01\n[credibility]\n\"anzus_\xc3\xa5rt4\" = 0.5\n[[event]]\nby = \"chn\"\n"
      "against = \"jpn\"\n\"l\xc3\xa5"
      "bel\" = \"x\"\n",
      "k.toml", usjapan());
  EXPECT_EQ(messages(r),
            (std::vector<std::string>{
                "k.toml:3:1: error: [credibility]: unknown commitment 'anzus_\xc3\xa5rt4'",
                "k.toml:7:1: error: unknown field 'l\xc3\xa5"
                "bel' in event 1 (did you mean 'label'?); expected by, against, target, at, kind, "
                "date or label"}));
}

TEST(ScenarioFile, UnreadableFile) {
  const auto r = read_scenario_file(fixture_path("no_such_file.toml"), usjapan());
  ASSERT_EQ(r.diagnostics.items().size(), 1u);
  EXPECT_EQ(messages(r)[0], fixture_path("no_such_file.toml") + ": error: no such scenario file");
  const auto d = read_scenario_file(std::string(LATTICE_FIXTURES) + "/scenarios", usjapan());
  EXPECT_EQ(messages(d), std::vector<std::string>{std::string(LATTICE_FIXTURES) +
                                                  "/scenarios: error: the scenario file is not a "
                                                  "regular file"});
}

TEST(ScenarioFile, ReadFromDiskMatchesText) {
  const auto r = read_scenario_file(fixture_path("korea_2025.toml"), usjapan());
  ASSERT_FALSE(r.diagnostics.has_errors());
  EXPECT_EQ(r.file.events.size(), 2u);
  EXPECT_EQ(r.file.path, fixture_path("korea_2025.toml"));
}

}  // namespace
}  // namespace lattice::scenario
