// The engine runs a model of another alliance system: every command `lattice --help` lists runs on
// the European fixture (tests/fixtures/models/europe: a few European states, NATO and the EU, two
// pledges) and succeeds, and nothing it prints or writes names an entity of the embedded U.S.-Japan
// model. The command list is read from `lattice --help` when the test runs, so a new command is
// covered (and fails here until it is given its arguments below, if it needs any).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "core/text.h"
#include "test_support.h"

namespace lattice::cli {
namespace {

namespace fs = std::filesystem;
using lattice::testing::fixture;
using lattice::testing::run_cli;

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

// The subcommands of `lattice --help`, in its order: the first word of each line of its
// "SUBCOMMANDS:" block.
std::vector<std::string> listed_commands() {
  const auto r = run_cli({"--help"});
  std::vector<std::string> out;
  std::istringstream in(r.out);
  std::string line;
  bool in_list = false;
  while (std::getline(in, line)) {
    if (line.rfind("SUBCOMMANDS:", 0) == 0 || line.rfind("Subcommands:", 0) == 0) {
      in_list = true;
      continue;
    }
    if (!in_list) continue;
    if (line.empty() || line[0] != ' ') break;  // the end of the block
    // A command starts at the block's indent; continuation lines of a description are deeper.
    if (line.size() < 3 || line[1] != ' ' || line[2] == ' ') continue;
    std::istringstream words(line);
    std::string first;
    if (!(words >> first)) continue;
    out.push_back(first);
  }
  return out;
}

// Names and ids of the U.S.-Japan model that must not appear in any output about Europe.
std::vector<std::string> us_japan_names_in(const std::string& text) {
  static const std::regex kNames(
      R"(\b(usa|jpn|us_japan\w*|Japan\w*|JAPAN|United States|U\.S\.-Japan|Okinawa\w*|Senkaku\w*|)"
      R"(Futenma|Tokyo|Kishida|Suga|Biden|Indo-Pacific|indo_pacific|Korea\w*|kor|prk)\b)");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kNames);
       it != std::sregex_iterator(); ++it)
    out.push_back(it->str());
  return out;
}

class OtherAllianceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tmp_ = fs::temp_directory_path() /
           ("lattice_other_alliance_" +
            std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::remove_all(tmp_);
    fs::create_directories(tmp_);
  }
  void TearDown() override { fs::remove_all(tmp_); }

  std::string model() const { return fixture("models/europe"); }
  std::string doc() const { return fixture("models/europe/docs/baltic_note.txt"); }
  std::string data() const { return fixture("models/europe_data"); }
  std::string tmp(const std::string& name) const { return (tmp_ / name).string(); }

  fs::path tmp_;
};

TEST(OtherAllianceFixture, ValidatesWithoutWarnings) {
  const auto r = run_cli({"validate", "--model", fixture("models/europe")});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
}

TEST(OtherAllianceFixture, TheNameCheckFindsUsJapanNames) {
  // The check itself can fail: it finds the names it looks for, and not inside other words.
  EXPECT_EQ(us_japan_names_in("the United States and Japan (usa, jpn) at Senkaku").size(), 5u);
  EXPECT_TRUE(us_japan_names_in("usage, Japanned? no: Estonia, Poland, kora").size() == 1u);
  EXPECT_TRUE(us_japan_names_in("Estonia, Poland, usage").empty());
}

TEST_F(OtherAllianceTest, EveryCommandRunsAndNamesNoUsJapanEntity) {
  const std::string db = tmp("corpus.db");
  const std::string extracted = tmp("extracted.jsonl");
  const std::string report = tmp("report.html");
  const std::string bargain = fixture("models/europe_bargain/stakeholders.csv");
  // Arguments each command needs besides --model DIR (added when its --help offers --model DIR).
  // The commands run in `lattice --help` order; ingest runs before search and agenda, extract
  // before score (see the order below).
  const std::map<std::string, std::vector<std::string>> args = {
      {"members", {"nato", "--on", "2024-06-01"}},
      {"memberships", {"Estonia", "--on", "2024-06-01"}},
      {"show", {"nato"}},
      {"resolve", {"North Atlantic Alliance"}},
      {"report", {"--out", report, "--on", "2024-06-01", "--db", db}},
      {"text", {doc()}},
      {"extract", {doc()}},
      {"score", {extracted, extracted}},
      {"ingest", {doc(), "--db", db, "--title", "Holding the Eastern Flank"}},
      {"search", {"brigade", "--db", db}},
      {"agenda", {"--db", db}},
      {"network", {"--on", "2024-06-01"}},
      {"overlap", {"--on", "2024-06-01", "--all"}},
      {"coverage", {"--on", "2024-06-01"}},
      {"centrality", {"--on", "2024-06-01"}},
      {"inclusivity", {"nato", "--on", "2024-06-01"}},
      {"alliances", {"--year", "2010", "--source", "atop", "--data", data()}},
      {"similarity", {"fra", "deu", "--year", "2010", "--data", data()}},
      {"series", {"defence_share", "pol"}},
      {"bloc", {"nato", "--year", "2023", "--indicator", "defence_share", "--on", "2024-06-01"}},
      {"burden", {"nato", "--year", "2023", "--on", "2024-06-01"}},
      {"check", {doc()}},
      {"bargain", {bargain}},
      {"scenario", {"--by", "rus", "--against", "est", "--cascade"}},
  };
  std::vector<std::string> commands = listed_commands();
  ASSERT_GE(commands.size(), 25u) << "could not read the command list of lattice --help";
  // Producers before their consumers.
  auto move_before = [&](const std::string& first, const std::string& then) {
    auto f = std::find(commands.begin(), commands.end(), first);
    auto t = std::find(commands.begin(), commands.end(), then);
    if (f == commands.end() || t == commands.end() || f < t) return;
    const std::string x = *f;
    commands.erase(f);
    commands.insert(std::find(commands.begin(), commands.end(), then), x);
  };
  move_before("extract", "score");
  move_before("ingest", "search");
  move_before("ingest", "agenda");
  move_before("ingest", "report");

  std::set<std::string> ran;
  for (const auto& cmd : commands) {
    SCOPED_TRACE("lattice " + cmd);
    std::vector<std::string> argv{cmd};
    if (auto it = args.find(cmd); it != args.end())
      argv.insert(argv.end(), it->second.begin(), it->second.end());
    const auto help = run_cli({cmd, "--help"});
    if (help.out.find("--model DIR") != std::string::npos ||
        help.out.find("Model folder") != std::string::npos) {
      argv.push_back("--model");
      argv.push_back(model());
    }
    auto r = run_cli(argv);
    EXPECT_EQ(r.status, 0) << "lattice " << core::join(argv, " ") << "\n" << r.out << r.err;
    if (cmd == "extract") {
      // score reads the extraction as JSON Lines.
      std::vector<std::string> jsonl = argv;
      jsonl.insert(jsonl.begin() + 1, "--jsonl");
      const auto j = run_cli(jsonl);
      EXPECT_EQ(j.status, 0) << j.err;
      std::ofstream(extracted, std::ios::binary) << j.out;
      r.out += j.out;
    }
    std::string written;
    if (cmd == "report") written = read_file(report);
    // `queries` lists the catalog itself (help texts and examples written for the embedded
    // model), whatever --model says; every other command's output comes from the model.
    if (cmd != "queries") {
      EXPECT_EQ(us_japan_names_in(r.out), std::vector<std::string>{}) << r.out;
    }
    EXPECT_EQ(us_japan_names_in(r.err), std::vector<std::string>{}) << r.err;
    EXPECT_EQ(us_japan_names_in(written), std::vector<std::string>{});
    // --json, where offered, names none either.
    // (Not --jsonl; and `queries --json` lists the catalog's examples, which are written for the
    // embedded model and do not depend on --model.)
    if (std::regex_search(help.out, std::regex("--json(?![a-z])")) && cmd != "score" &&
        cmd != "queries") {
      std::vector<std::string> json = argv;
      json.push_back("--json");
      const auto j = run_cli(json);
      EXPECT_EQ(j.status, 0) << "lattice " << core::join(json, " ") << "\n" << j.err;
      EXPECT_EQ(us_japan_names_in(j.out), std::vector<std::string>{}) << j.out;
    }
    ran.insert(cmd);
  }
  for (const auto& [cmd, unused] : args)
    EXPECT_TRUE(ran.count(cmd)) << "lattice --help no longer lists " << cmd;
  EXPECT_TRUE(fs::exists(report));
}

}  // namespace
}  // namespace lattice::cli
