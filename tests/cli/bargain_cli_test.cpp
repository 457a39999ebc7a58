// `lattice bargain`: compromise and bdm on the 1994 EC car-emissions case and a KTAB file, --json,
// and exit 1 with file:line errors on malformed files.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace lattice::cli {
namespace {

using lattice::testing::run_cli;

std::string ec() {
  return lattice::testing::shared_dir() + "/bargaining/ec_emissions_1994.csv";
}

TEST(BargainCliTest, Compromise) {
  const auto r = run_cli({"bargain", ec(), "--model", "compromise"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("7.39"), std::string::npos) << r.out;
  const auto j = run_cli({"bargain", ec(), "--model", "compromise", "--json"});
  ASSERT_EQ(j.status, 0) << j.err;
  const auto doc = nlohmann::json::parse(j.out);
  EXPECT_NEAR(doc["dimensions"][0]["mean"].get<double>(), 7.39, 0.005);
  EXPECT_DOUBLE_EQ(doc["dimensions"][0]["median"].get<double>(), 7.0);
}

TEST(BargainCliTest, BdmJson) {
  const auto r = run_cli({"bargain", ec(), "--model", "bdm", "--json", "--max-rounds", "5"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  const auto& d = doc["dimensions"][0];
  ASSERT_LE(d["rounds"].size(), 5u);
  EXPECT_DOUBLE_EQ(d["rounds"][0]["median"].get<double>(), 7.0);
  EXPECT_EQ(d["rounds"][0]["positions"].size(), 10u);
  EXPECT_FALSE(d["rounds"][0]["offers"].empty());
  EXPECT_EQ(doc["options"]["security"], "others");
}

TEST(BargainCliTest, BdmTextOnKtab) {
  const auto r =
      run_cli({"bargain", lattice::testing::shared_dir() + "/bargaining/ktab/SOE-Pol-Comp.csv",
               "--max-rounds", "3", "--offer-choice", "largest-gain"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Policy: forecast"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Competitive: forecast"), std::string::npos);
  EXPECT_NE(r.out.find("Accepted offers"), std::string::npos);
}

TEST(BargainCliTest, MalformedFile) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("lattice_bargain_cli_" + std::to_string(::getpid()) + ".csv");
  std::ofstream(path) << "Actor,Capability,Position,Salience\nA,1,2,7\n";
  const auto r = run_cli({"bargain", path.string()});
  std::filesystem::remove(path);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(":2: error: salience (column 4) out of range [0, 1]: 7"), std::string::npos)
      << r.err;
  EXPECT_EQ(run_cli({"bargain", ec(), "--model", "nope"}).status, 2);
}

}  // namespace
}  // namespace lattice::cli
