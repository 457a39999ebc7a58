// `lattice bargain --model smp`: text and JSON on KTAB's dummyData_3Dim.csv (the run ends where
// KTAB's reference log ends), --max-turns, usage errors for bad option values, and the actor limit.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace lattice::cli {
namespace {

using lattice::testing::run_cli;

std::string ktab_3dim() {
  return lattice::testing::shared_dir() + "/bargaining/ktab/dummyData_3Dim.csv";
}

TEST(BargainSmpCliTest, TextAndJson) {
  ASSERT_TRUE(std::filesystem::exists(ktab_3dim()))
      << "KTAB reference file missing: " << ktab_3dim();
  const auto t = run_cli({"bargain", ktab_3dim(), "--model", "smp"});
  ASSERT_EQ(t.status, 0) << t.err;
  EXPECT_NE(t.out.find("Model: smp (voting proportional"), std::string::npos) << t.out;
  EXPECT_NE(t.out.find("10 turns, settled"), std::string::npos) << t.out;
  EXPECT_NE(t.out.find("Turn 1:"), std::string::npos) << t.out;
  const auto j = run_cli({"bargain", ktab_3dim(), "--model", "smp", "--json"});
  ASSERT_EQ(j.status, 0) << j.err;
  const auto doc = nlohmann::json::parse(j.out);
  EXPECT_EQ(doc["model"], "smp");
  EXPECT_EQ(doc["turns_run"], 10);
  EXPECT_TRUE(doc["converged"].get<bool>());
  EXPECT_EQ(doc["history"].size(), 11u);
  EXPECT_EQ(doc["scenario"]["actors"].size(), 7u);
  ASSERT_EQ(doc["dimensions"].size(), 3u);
  // KTAB's reference run ends with SActor-00 at 78.56, 31.76 (0-100 scale).
  EXPECT_NEAR(doc["dimensions"][0]["final_positions"][0].get<double>(), 78.56, 1e-6);
  EXPECT_NEAR(doc["dimensions"][1]["final_positions"][0].get<double>(), 31.76, 1e-6);
  const auto& first = doc["turns"][0]["actors"][0];
  EXPECT_EQ(first["challenge"]["target"], "SActor-06");
  EXPECT_EQ(first["accepted"]["initiator"], "SActor-04");
  EXPECT_EQ(doc["options"]["pce"], "conditional");
}

TEST(BargainSmpCliTest, OptionsAndUsageErrors) {
  ASSERT_TRUE(std::filesystem::exists(ktab_3dim()))
      << "KTAB reference file missing: " << ktab_3dim();
  const auto two =
      run_cli({"bargain", ktab_3dim(), "--model", "smp", "--json", "--max-turns", "2"});
  ASSERT_EQ(two.status, 0) << two.err;
  const auto doc = nlohmann::json::parse(two.out);
  EXPECT_EQ(doc["turns_run"], 2);
  EXPECT_FALSE(doc["converged"].get<bool>());
  const auto markov =
      run_cli({"bargain", ktab_3dim(), "--model", "smp", "--json", "--pce", "markov-uniform"});
  ASSERT_EQ(markov.status, 0) << markov.err;
  EXPECT_EQ(nlohmann::json::parse(markov.out)["options"]["pce"], "markov-uniform");
  EXPECT_EQ(run_cli({"bargain", ktab_3dim(), "--model", "smp", "--voting", "nope"}).status, 2);
  EXPECT_EQ(run_cli({"bargain", ktab_3dim(), "--model", "smp", "--max-turns", "0"}).status, 2);
}

TEST(BargainSmpCliTest, TooManyActorsIsAnError) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("lattice_bargain_smp_" + std::to_string(::getpid()) + ".csv");
  {
    std::ofstream out(path);
    out << "Actor,Capability,Position,Salience\n";
    for (int i = 0; i < 251; ++i) out << "A" << i << ",1," << i % 10 << ",0.5\n";
  }
  const auto r = run_cli({"bargain", path.string(), "--model", "smp"});
  std::filesystem::remove(path);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("at most 250 actors"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("has 251"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace lattice::cli
