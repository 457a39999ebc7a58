// End-to-end tests of `lattice scenario`: the documented JSON keys, the 1960 treaty's Article V
// on the Senkaku Islands (territory administered by Japan), and precise errors for bad input.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "test_support.h"

namespace lattice::cli {
namespace {

using lattice::testing::run_cli;
using nlohmann::json;

bool listed(const json& arr, const std::string& commitment, const std::string& actor) {
  for (const auto& f : arr)
    if (f["commitment"] == commitment && f["actor"] == actor) return true;
  return false;
}

// 1960 treaty, Art. V: an armed attack on Japan in territory Japan administers.
TEST(ScenarioCli, SenkakuJsonTriggersArticleFive) {
  const auto r = run_cli({"scenario", "--by", "China", "--against", "Japan", "--at", "Senkakus",
                          "--on", "2025-06-01", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  for (const char* key : {"triggered", "conditional", "not_triggered"})
    ASSERT_TRUE(j[key].is_array());
  EXPECT_TRUE(listed(j["triggered"], "us_japan_1960_art5_usa", "usa"));
  const auto& f = j["triggered"][0];
  for (const char* key : {"actor", "toward", "framework", "article", "type", "reason"})
    EXPECT_TRUE(f.contains(key)) << key;
  EXPECT_EQ(j["event"]["at"], "senkaku_islands");
}

// The text output of `lattice scenario` cut into its verdict sections: heading -> the findings
// listed under it as "actor_name commitment_id", in order. Each heading's "(n)" must equal the
// number of findings below it.
std::map<std::string, std::vector<std::string>> text_sections(const std::string& out) {
  std::map<std::string, std::vector<std::string>> sections;
  std::istringstream lines(out);
  std::string heading;
  size_t announced = 0;
  auto close = [&] {
    if (!heading.empty()) {
      EXPECT_EQ(sections[heading].size(), announced) << "count in the heading " << heading;
    }
  };
  for (std::string line; std::getline(lines, line);) {
    static const std::regex title(R"(^(Triggered|Conditional|Not triggered) \((\d+)\)$)");
    static const std::regex finding(R"(^  (.+) -> .+  \[[^\]]+\] (\S+)$)");
    std::smatch m;
    if (std::regex_match(line, m, title)) {
      close();
      heading = m[1];
      announced = std::stoul(m[2]);
      EXPECT_FALSE(sections.count(heading)) << "heading twice: " << heading;
      sections[heading];
    } else if (std::regex_match(line, m, finding)) {
      EXPECT_FALSE(heading.empty()) << "finding before any heading: " << line;
      sections[heading].push_back(std::string(m[1]) + " " + std::string(m[2]));
    } else if (line.empty() || line.starts_with("    ")) {
      continue;  // blank lines, reasons and caveats
    } else if (!line.starts_with("Event: ") && !line.ends_with("were left out")) {
      ADD_FAILURE() << "unexpected line: " << line;
    }
  }
  close();
  return sections;
}

// 1960 treaty, Art. IV (consultation) covers threats; Art. V needs an armed attack. A threat to
// Japan engages every consultation pledge between the allies (Art. IV; the 1996 declaration; the
// 2015 guidelines' Alliance Coordination Mechanism) and Japan's grant of bases (Art. VI, "for
// the purpose of contributing to the security of Japan"); Japan's 2015 legislation leaves
// rear-area support in an "important influence situation" open (a legal option, conditional);
// neither defense pledge of Art. V, nor Japan's armed-attack-situation powers, nor any pledge
// of another treaty is engaged.
TEST(ScenarioCli, TextGroupsVerdicts) {
  const std::vector<std::string> args = {"scenario", "--by",   "chn",  "--against", "jpn",
                                         "--kind",   "threat", "--on", "2025-06-01"};
  const auto r = run_cli(args);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Triggered ("), std::string::npos);
  EXPECT_NE(r.out.find("Conditional ("), std::string::npos);
  EXPECT_NE(r.out.find("Not triggered ("), std::string::npos);

  auto sections = text_sections(r.out);
  using V = std::vector<std::string>;
  ASSERT_EQ(sections.size(), 3u);
  V triggered = sections["Triggered"];
  std::sort(triggered.begin(), triggered.end());
  EXPECT_EQ(triggered,
            (V{"Japan us_japan_1960_art4_consultation", "Japan us_japan_1960_art6_basing",
               "Japan us_japan_1996_declaration_consultation", "Japan us_japan_2015_guidelines_acm",
               "United States us_japan_1960_art4_consultation",
               "United States us_japan_1996_declaration_consultation",
               "United States us_japan_2015_guidelines_acm"}));
  EXPECT_EQ(sections["Conditional"], (V{"Japan japan_pss_2015_important_influence_situation"}));
  const V& not_triggered = sections["Not triggered"];
  for (const char* f : {"United States us_japan_1960_art5_usa", "Japan us_japan_1960_art5_jpn",
                        "Japan japan_pss_2015_armed_attack_situation",
                        "Japan japan_pss_2015_survival_threatening_situation",
                        "United States us_rok_mdt_art3_usa", "United States anzus_art4_usa_aus",
                        "China china_dprk_1961_art2_chn", "Russia russia_dprk_2024_art4_rus"})
    EXPECT_NE(std::find(not_triggered.begin(), not_triggered.end(), f), not_triggered.end())
        << f << " is not under Not triggered";

  // The text lists the same findings under the same verdicts as --json.
  auto json_args = args;
  json_args.push_back("--json");
  const auto jr = run_cli(json_args);
  ASSERT_EQ(jr.status, 0) << jr.err;
  const json j = json::parse(jr.out);
  for (const auto& [heading, key] :
       {std::pair{"Triggered", "triggered"}, std::pair{"Conditional", "conditional"},
        std::pair{"Not triggered", "not_triggered"}}) {
    V from_json;
    for (const auto& f : j[key]) from_json.push_back(f["commitment"].get<std::string>());
    V from_text;
    for (const auto& line : sections[heading])
      from_text.push_back(line.substr(line.rfind(' ') + 1));
    EXPECT_EQ(from_text, from_json) << heading;
  }
}

TEST(ScenarioCli, BadInputGivesPreciseErrors) {
  auto r = run_cli({"scenario", "--by", "Chnia", "--against", "jpn"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("Chnia"), std::string::npos) << r.err;
  r = run_cli({"scenario", "--by", "chn", "--against", "jpn", "--at", "Senkaku Islnds"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("did you mean"), std::string::npos) << r.err;
  r = run_cli({"scenario", "--by", "chn", "--against", "jpn", "--on", "2023-02-30"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--on"), std::string::npos) << r.err;
  r = run_cli({"scenario", "--by", "chn", "--against", "jpn", "--kind", "invasion"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("armed_attack"), std::string::npos) << r.err;
  r = run_cli({"scenario", "--by", "chn", "--against", "chn"});
  EXPECT_EQ(r.status, 1);
}

// U.S.-ROK Mutual Defense Treaty (1953), Art. III: the U.S. joins South Korea's side; the 1961
// China-DPRK treaty (Art. II) is coded not_if_initiator and the DPRK attacked first.
TEST(ScenarioCli, CascadeJsonHasRoundsSidesAndStop) {
  const auto r = run_cli(
      {"scenario", "--by", "prk", "--against", "kor", "--on", "2025-06-01", "--cascade", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  ASSERT_TRUE(j.contains("cascade"));
  const json& c = j["cascade"];
  EXPECT_EQ(c["stop"], "no_new_joiners");
  EXPECT_EQ(c["sides"]["defender"], json::array({"kor", "usa"}));
  EXPECT_EQ(c["sides"]["attacker"], json::array({"prk"}));
  ASSERT_GE(c["rounds"].size(), 2u);
  const json& joins = c["rounds"][0]["joins"];
  ASSERT_EQ(joins.size(), 1u);
  EXPECT_EQ(joins[0]["actor"], "usa");
  EXPECT_EQ(joins[0]["commitment"], "us_rok_mdt_art3_usa");
  EXPECT_EQ(joins[0]["side"], "defender");
  EXPECT_EQ(c["rounds"][1]["events"][0]["initiator"], "prk");
  EXPECT_FALSE(j.contains("simulation"));
}

TEST(ScenarioCli, CascadeTextNamesJoinersAndSides) {
  const auto r =
      run_cli({"scenario", "--by", "usa", "--against", "prk", "--on", "2025-06-01", "--cascade"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("China joins the defender side (china_dprk_1961_art2_chn"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("Sides: attacker: United States; defender: North Korea"), std::string::npos)
      << r.out;
}

// The simulation's JSON does not depend on the thread count.
TEST(ScenarioCli, SimulationIsReproducibleAcrossThreads) {
  auto run = [](const char* threads) {
    return run_cli({"scenario", "--by", "aus", "--against", "chn", "--on", "2025-06-01",
                    "--simulate", "3000", "--seed", "9", "--threads", threads,
                    "--include-conditional", "--json"});
  };
  const auto one = run("1"), three = run("3");
  ASSERT_EQ(one.status, 0) << one.err;
  ASSERT_EQ(three.status, 0) << three.err;
  EXPECT_EQ(one.out, three.out);
  const json s = json::parse(one.out)["simulation"];
  EXPECT_EQ(s["runs"], 3000);
  EXPECT_EQ(s["seed"], 9);
  size_t total = 0;
  for (const auto& [k, v] : s["coalition_sizes"]["defender"].items()) total += v.get<size_t>();
  EXPECT_EQ(total, 3000u);
  ASSERT_FALSE(s["paths"].empty());
  EXPECT_LE(s["paths"].size(), 10u);
  bool china = false;
  for (const auto& a : s["actors"]) {
    if (a["actor"] != "chn") continue;
    china = true;
    EXPECT_DOUBLE_EQ(a["defender"].get<double>(), 1.0);  // the party attacked, in every run
  }
  EXPECT_TRUE(china);
}

TEST(ScenarioCli, SimulationText) {
  const auto r = run_cli(
      {"scenario", "--by", "prk", "--against", "kor", "--on", "2025-06-01", "--simulate", "500"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Coalition sizes"), std::string::npos);
  EXPECT_NE(r.out.find("Most frequent escalation paths"), std::string::npos);
  EXPECT_TRUE(r.err.empty()) << r.err;  // no progress line: stderr is not a terminal
}

TEST(ScenarioCli, BadCascadeOptionsAreUsageErrors) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"--max-rounds", "0"}, "--max-rounds"},
      {{"--simulate=-5"}, "--simulate"},
      {{"--simulate", "10", "--threads", "0"}, "--threads"},
      {{"--simulate", "10", "--conditional-factor", "1.5"}, "--conditional-factor"},
      {{"--cascade", "--response", "cities"}, "cities"}};
  for (const auto& [args, expected] : cases) {
    std::vector<std::string> cmd = {"scenario", "--by", "prk", "--against", "kor"};
    cmd.insert(cmd.end(), args.begin(), args.end());
    const auto r = run_cli(cmd);
    EXPECT_EQ(r.status, 2) << expected;
    EXPECT_NE(r.err.find(expected), std::string::npos) << r.err;
  }
}

// lattice scenario FILE: the file's events, options (cascade, simulate, seed) and credibility
// overrides apply; the Senkaku file sets Art. V's credibility to 0.85.
TEST(ScenarioCli, FileRunsItsEventsWithItsOptions) {
  const auto path = lattice::testing::fixture("scenarios/senkaku_2026.toml");
  const auto r = run_cli({"scenario", path, "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["file"], path);
  ASSERT_EQ(j[0]["results"].size(), 1u);
  const auto& res = j[0]["results"][0];
  EXPECT_EQ(res["label"], "Landing on Uotsuri-shima");
  EXPECT_TRUE(listed(res["triggered"], "us_japan_1960_art5_usa", "usa"));
  ASSERT_TRUE(res.contains("cascade"));
  ASSERT_TRUE(res.contains("simulation"));
  // Art. V is the only pledge that draws the U.S. in: its share of runs is near 0.85.
  const auto text = run_cli({"scenario", path});
  ASSERT_EQ(text.status, 0) << text.err;
  EXPECT_NE(text.out.find("10000 runs, seed 42"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("usa    United States  0.0%      8"), std::string::npos) << text.out;
}

// A flag given on the command line wins over the file's option.
TEST(ScenarioCli, FlagsOverrideTheFileOptions) {
  const auto path = lattice::testing::fixture("scenarios/senkaku_2026.toml");
  const auto r = run_cli({"scenario", path, "--simulate", "50", "--seed", "7"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("50 runs, seed 7"), std::string::npos) << r.out;
}

// Bad files are reported with path:line:col; the good file is still run; exit status 1.
TEST(ScenarioCli, BadFileReportedOthersStillRun) {
  const auto good = lattice::testing::fixture("scenarios/korea_2025.toml");
  const auto bad = lattice::testing::fixture("scenarios/bad_unknown_names.toml");
  const auto r = run_cli({"scenario", bad, good, "--json"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(bad + ":"), std::string::npos) << r.err;
  const json j = json::parse(r.out);
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["file"], good);
  EXPECT_EQ(j[0]["results"].size(), 2u);
}

// Neither a file nor --by/--against; or both at once.
TEST(ScenarioCli, FileOrEventFlagsNotBothNorNeither) {
  EXPECT_EQ(run_cli({"scenario"}).status, 2);
  const auto path = lattice::testing::fixture("scenarios/senkaku_2026.toml");
  EXPECT_EQ(run_cli({"scenario", path, "--by", "China", "--against", "Japan"}).status, 2);
}

}  // namespace
}  // namespace lattice::cli
