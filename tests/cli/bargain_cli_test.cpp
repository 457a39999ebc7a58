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

TEST(BargainCliTest, SimulateJsonKeysAndThreadIndependence) {
  const std::vector<std::string> base = {"bargain", ec(),         "--model", "compromise",
                                         "--json",  "--simulate", "300",     "--perturb",
                                         "0.05",    "--seed",     "7"};
  auto with_threads = [&](const std::string& t) {
    std::vector<std::string> args = base;
    args.push_back("--threads");
    args.push_back(t);
    return run_cli(args);
  };
  const auto one = with_threads("1");
  ASSERT_EQ(one.status, 0) << one.err;
  const auto two = with_threads("2");
  ASSERT_EQ(two.status, 0) << two.err;
  EXPECT_EQ(one.out, two.out);
  const auto doc = nlohmann::json::parse(one.out);
  EXPECT_EQ(doc["model"], "compromise");
  EXPECT_EQ(doc["simulation"]["runs"], 300);
  EXPECT_EQ(doc["simulation"]["seed"], 7);
  EXPECT_DOUBLE_EQ(doc["simulation"]["perturb"].get<double>(), 0.05);
  const auto& d = doc["dimensions"][0];
  for (const char* key : {"name", "baseline", "mean", "sd", "quantiles", "histogram"})
    EXPECT_TRUE(d.contains(key)) << key;
  for (const char* key : {"p05", "p25", "p50", "p75", "p95"})
    EXPECT_TRUE(d["quantiles"].contains(key)) << key;
  EXPECT_NEAR(d["baseline"].get<double>(), 7.39, 0.005);
  EXPECT_NEAR(d["quantiles"]["p50"].get<double>(), 7.39, 0.1);
  EXPECT_DOUBLE_EQ(d["histogram"]["lo"].get<double>(), 4);
  EXPECT_DOUBLE_EQ(d["histogram"]["hi"].get<double>(), 10);
  size_t total = 0;
  for (const auto& c : d["histogram"]["counts"]) total += c.get<size_t>();
  EXPECT_EQ(total, 300u);
}

TEST(BargainCliTest, SimulateTextWithBdm) {
  const auto r = run_cli({"bargain", ec(), "--simulate", "20", "--threads", "2"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Monte Carlo: model bdm, 20 runs"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Median"), std::string::npos);
  EXPECT_NE(r.out.find("forecasts per bin"), std::string::npos);
}

TEST(BargainCliTest, SimulateFlagsAreValidated) {
  const auto zero = run_cli({"bargain", ec(), "--simulate", "0"});
  EXPECT_EQ(zero.status, 2);
  EXPECT_NE(zero.err.find("number of runs must be a whole number from 1"), std::string::npos)
      << zero.err;
  const auto big = run_cli({"bargain", ec(), "--simulate", "10", "--perturb", "1.5"});
  EXPECT_EQ(big.status, 2);
  EXPECT_NE(big.err.find("perturbation strength must be a number from 0 to 1"), std::string::npos)
      << big.err;
  const auto threads = run_cli({"bargain", ec(), "--simulate", "10", "--threads", "0"});
  EXPECT_EQ(threads.status, 2);
  EXPECT_NE(threads.err.find("number of threads"), std::string::npos) << threads.err;
  EXPECT_EQ(run_cli({"bargain", ec(), "--simulate", "abc"}).status, 2);
  EXPECT_EQ(run_cli({"bargain", ec(), "--simulate", "2.5"}).status, 2);
  // --perturb, --seed and --threads only make sense with --simulate.
  EXPECT_EQ(run_cli({"bargain", ec(), "--seed", "3"}).status, 2);
}

TEST(BargainCliTest, BdmStoppingRules) {
  const auto r = run_cli({"bargain", ec(), "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["dimensions"][0]["stop"], "positions-settled");
  EXPECT_EQ(doc["options"]["tolerance"], 0.001);
  const auto median = run_cli({"bargain", ec(), "--json", "--stable-rounds", "3"});
  ASSERT_EQ(median.status, 0) << median.err;
  const auto m = nlohmann::json::parse(median.out);
  EXPECT_EQ(m["dimensions"][0]["stop"], "median-stable");
  EXPECT_EQ(m["dimensions"][0]["rounds"].size(), 3u);
  const auto strict =
      run_cli({"bargain", ec(), "--json", "--tolerance", "0", "--max-rounds", "10"});
  ASSERT_EQ(strict.status, 0) << strict.err;
  EXPECT_EQ(nlohmann::json::parse(strict.out)["dimensions"][0]["stop"], "max-rounds");
  EXPECT_EQ(run_cli({"bargain", ec(), "--tolerance", "2"}).status, 2);
  EXPECT_EQ(run_cli({"bargain", ec(), "--stable-rounds", "-1"}).status, 2);
}

}  // namespace
}  // namespace lattice::cli
