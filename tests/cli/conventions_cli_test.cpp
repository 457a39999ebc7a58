// Issue 17's conventions on `lattice bargain` and `lattice scenario`: the old spellings
// (scenario --date, bargain --model METHOD) still work with a note on stderr and give the same
// output as the new ones (--on, --method); --model names the model folder; both Monte Carlos
// share --seed and --threads (one default, one range) and give the same figures for 1, 2 or 4
// threads.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_support.h"

namespace lattice::cli {
namespace {

using lattice::testing::run_cli;
using nlohmann::json;

std::string ec() {
  return lattice::testing::shared_dir() + "/bargaining/ec_emissions_1994.csv";
}

std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

TEST(ConventionsCli, BargainModelMethodIsNowMethodWithANote) {
  for (const char* method : {"compromise", "bdm", "smp"}) {
    SCOPED_TRACE(method);
    const auto old_spelling = run_cli({"bargain", ec(), "--model", method, "--json"});
    const auto new_spelling = run_cli({"bargain", ec(), "--method", method, "--json"});
    ASSERT_EQ(old_spelling.status, 0) << old_spelling.err;
    ASSERT_EQ(new_spelling.status, 0) << new_spelling.err;
    EXPECT_EQ(old_spelling.out, new_spelling.out);
    EXPECT_EQ(old_spelling.err, std::string("lattice: note: --model ") + method +
                                    " is now --method " + method +
                                    " (--model names the model folder)\n");
    EXPECT_EQ(new_spelling.err, "");
    EXPECT_EQ(json::parse(new_spelling.out)["model"], method);
  }
}

TEST(ConventionsCli, BargainModelFolderIsTheModelFolder) {
  const auto r = run_cli({"bargain", ec(), "--model", lattice::testing::fixture("models/mini"),
                          "--method", "compromise", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, run_cli({"bargain", ec(), "--method", "compromise", "--json"}).out);
  const auto bad = run_cli({"bargain", ec(), "--method", "nope"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--method: unknown bargaining method 'nope'; expected compromise, bdm "
                         "or smp"),
            std::string::npos)
      << bad.err;
}

TEST(ConventionsCli, ScenarioDateIsNowOnWithANote) {
  const std::vector<std::string> event = {
      "scenario", "--by", "chn", "--against", "jpn", "--at", "senkaku_islands", "--json"};
  const auto old_spelling = run_cli(with(event, {"--date", "2026-01-01"}));
  const auto new_spelling = run_cli(with(event, {"--on", "2026-01-01"}));
  ASSERT_EQ(old_spelling.status, 0) << old_spelling.err;
  ASSERT_EQ(new_spelling.status, 0) << new_spelling.err;
  EXPECT_EQ(old_spelling.out, new_spelling.out);
  EXPECT_EQ(old_spelling.err,
            "lattice: note: --date is now --on (the old spelling still works for a while)\n");
  EXPECT_EQ(new_spelling.err, "");
  EXPECT_EQ(json::parse(new_spelling.out)["event"]["date"], "2026-01-01");
  // A bad date under either name is a usage error naming the flag used.
  const auto bad = run_cli(with(event, {"--on", "2023-02-30"}));
  EXPECT_EQ(bad.status, 2);
  EXPECT_EQ(bad.err.rfind("lattice: --on: ", 0), 0u) << bad.err;
  // --help shows the new names only.
  const auto help = run_cli({"scenario", "--help"});
  EXPECT_NE(help.out.find("--on"), std::string::npos) << help.out;
  EXPECT_EQ(help.out.find("--date"), std::string::npos) << help.out;
}

// One Monte Carlo design: the same JSON for 1, 2 and 4 threads, in both commands.
TEST(ConventionsCli, MonteCarloIdenticalForOneTwoAndFourThreads) {
  const std::vector<std::vector<std::string>> commands = {
      {"bargain", ec(), "--method", "bdm", "--simulate", "120", "--seed", "5", "--json"},
      {"bargain", ec(), "--method", "smp", "--simulate", "30", "--json"},
      {"scenario", "--by", "usa", "--against", "prk", "--on", "2025-06-01", "--simulate", "800",
       "--include-conditional", "--seed", "3", "--json"}};
  for (const auto& command : commands) {
    SCOPED_TRACE(command[0]);
    const auto one = run_cli(with(command, {"--threads", "1"}));
    ASSERT_EQ(one.status, 0) << one.err;
    for (const char* threads : {"2", "4"}) {
      const auto many = run_cli(with(command, {"--threads", threads}));
      ASSERT_EQ(many.status, 0) << many.err;
      EXPECT_EQ(one.out, many.out) << threads << " threads";
    }
  }
}

// --seed and --threads: one default and one range for both commands.
TEST(ConventionsCli, MonteCarloSharesSeedAndThreadsDefaultsAndRanges) {
  const auto bargain = run_cli({"bargain", ec(), "--simulate", "10", "--json"});
  ASSERT_EQ(bargain.status, 0) << bargain.err;
  EXPECT_EQ(json::parse(bargain.out)["simulation"]["seed"], 1994);
  const auto scenario = run_cli({"scenario", "--by", "prk", "--against", "kor", "--on",
                                 "2025-06-01", "--simulate", "10", "--json"});
  ASSERT_EQ(scenario.status, 0) << scenario.err;
  EXPECT_EQ(json::parse(scenario.out)["simulation"]["seed"], 1994);
  const std::vector<std::vector<std::string>> commands = {
      {"bargain", ec(), "--simulate", "10"},
      {"scenario", "--by", "prk", "--against", "kor", "--simulate", "10"}};
  for (const auto& command : commands) {
    SCOPED_TRACE(command[0]);
    for (const char* bad : {"0", "1025", "two"}) {
      const auto r = run_cli(with(command, {"--threads", bad}));
      EXPECT_EQ(r.status, 2);
      EXPECT_EQ(r.err, std::string("lattice: --threads: the number of threads must be a whole "
                                   "number from 1 to 1024, not '") +
                           bad + "'\n");
    }
    EXPECT_EQ(run_cli(with(command, {"--threads", "1024", "--json"})).status, 0);
    const auto negative = run_cli(with(command, {"--seed=-1"}));
    EXPECT_EQ(negative.status, 2);
    EXPECT_NE(negative.err.find("--seed"), std::string::npos) << negative.err;
    // The whole 64-bit range is a seed.
    EXPECT_EQ(run_cli(with(command, {"--seed", "18446744073709551615", "--json"})).status, 0);
  }
}

}  // namespace
}  // namespace lattice::cli
