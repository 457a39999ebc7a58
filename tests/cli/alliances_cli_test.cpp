// End-to-end tests of `lattice alliances` and `lattice similarity` on the shared ATOP/COW data.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_support.h"

namespace lattice {
namespace {

using testing::run_cli;

std::string data_dir() {
  return testing::shared_dir() + "/data";
}

// The shared ATOP/COW data must be there (../shared/data): its absence fails the test.
#define REQUIRE_ALLIANCE_DATA()                                               \
  ASSERT_TRUE(std::filesystem::exists(data_dir() + "/atop5_1_ddyr_full.csv")) \
      << "no alliance data in " << data_dir()

TEST(AlliancesCli, SummaryOf2018) {
  REQUIRE_ALLIANCE_DATA();
  auto r = run_cli({"alliances", "--year", "2018", "--data", data_dir()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("states in the COW system             195"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("4228"), std::string::npos);
  EXPECT_NE(r.out.find("United States"), std::string::npos);
}

TEST(AlliancesCli, JsonAndGraphml) {
  REQUIRE_ALLIANCE_DATA();
  std::string graphml =
      (std::filesystem::temp_directory_path() / "lattice_alliances_1960.graphml").string();
  auto r = run_cli(
      {"alliances", "--year", "1960", "--json", "--graphml", graphml, "--data", data_dir()});
  ASSERT_EQ(r.status, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["year"], 1960);
  EXPECT_EQ(j["source"], "atop");
  EXPECT_EQ(j["states"].get<size_t>(), j["nodes"].size());
  EXPECT_EQ(j["ties"].get<size_t>(), j["edges"].size());
  bool us_japan = false;
  for (const auto& e : j["edges"])
    if (e["a"] == 2 && e["b"] == 740) us_japan = e["code"] == 3;
  EXPECT_TRUE(us_japan);
  std::ifstream in(graphml);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_NE(ss.str().find("<data key=\"name\">Japan</data>"), std::string::npos);
  std::filesystem::remove(graphml);
}

TEST(AlliancesCli, YearOutsideTheDataIsAnError) {
  REQUIRE_ALLIANCE_DATA();
  auto r = run_cli({"alliances", "--year", "1815", "--data", data_dir()});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("cover 1816-2018"), std::string::npos) << r.err;
  r = run_cli({"alliances", "--year", "2015", "--source", "cow", "--data", data_dir()});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("1816-2012"), std::string::npos) << r.err;
  r = run_cli({"alliances", "--year", "2000", "--source", "xyz", "--data", data_dir()});
  EXPECT_EQ(r.status, 2);
}

TEST(AlliancesCli, MissingDataFolder) {
  auto r = run_cli({"alliances", "--year", "2000", "--data", "/nonexistent/data"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("/nonexistent/data: error: the alliance data folder does not exist"),
            std::string::npos)
      << r.err;
}

TEST(AlliancesCli, MalformedDataFileGivesFileLine) {
  namespace fs = std::filesystem;
  REQUIRE_ALLIANCE_DATA();
  fs::path dir = fs::temp_directory_path() / "lattice_bad_alliance_data";
  fs::create_directories(dir);
  for (const char* f : {"cow_states2016_peacesciencer.csv", "cow_nmc_peacesciencer.csv",
                        "iso3_cow_crosswalk_countrycode.csv"})
    fs::copy_file(fs::path(data_dir()) / f, dir / f, fs::copy_options::overwrite_existing);
  {
    std::ofstream out(dir / "atop5_1_ddyr_full.csv");
    out << "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul\n"
           "2,740,1960,1,0,0,0,1\n"
           "2,740,1961,1,0,0,0\n";
  }
  auto r = run_cli({"alliances", "--year", "1960", "--data", dir.string()});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("atop5_1_ddyr_full.csv:3:1: error: expected 8 fields, found 7"),
            std::string::npos)
      << r.err;
  fs::remove_all(dir);
}

TEST(SimilarityCli, UsJapanPair) {
  REQUIRE_ALLIANCE_DATA();
  auto r =
      run_cli({"similarity", "usa", "Japan", "--year", "1960", "--json", "--data", data_dir()});
  ASSERT_EQ(r.status, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["a"]["ccode"], 2);
  EXPECT_EQ(j["b"]["iso3"], "JPN");
  EXPECT_EQ(j["tie"], 3);
  EXPECT_GT(j["s_weighted"].get<double>(), j["s_unweighted"].get<double>());
  // The same pair named by COW codes gives the same numbers.
  auto r2 = run_cli({"similarity", "2", "740", "--year", "1960", "--json", "--data", data_dir()});
  EXPECT_EQ(nlohmann::json::parse(r2.out)["s_unweighted"], j["s_unweighted"]);
  auto text = run_cli({"similarity", "usa", "jpn", "--year", "2018", "--data", data_dir()});
  EXPECT_EQ(text.status, 0);
  EXPECT_NE(text.out.find("S, weighted by CINC share"), std::string::npos);
}

TEST(SimilarityCli, Errors) {
  REQUIRE_ALLIANCE_DATA();
  auto r = run_cli({"similarity", "usa", "japn", "--year", "1960", "--data", data_dir()});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("did you mean Japan"), std::string::npos) << r.err;
  r = run_cli({"similarity", "usa", "japan", "--year", "1950", "--data", data_dir()});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("not among the states of the 1950 network"), std::string::npos) << r.err;
  r = run_cli({"similarity", "usa", "japan", "--year", "2019", "--data", data_dir()});
  EXPECT_EQ(r.status, 1);
  r = run_cli({"similarity", "usa", "--year", "1960", "--data", data_dir()});
  EXPECT_EQ(r.status, 2);
}

TEST(SimilarityCli, AllPairsCsv) {
  REQUIRE_ALLIANCE_DATA();
  auto r = run_cli({"similarity", "--year", "1900", "--all", "--csv", "--data", data_dir()});
  ASSERT_EQ(r.status, 0) << r.err;
  std::istringstream in(r.out);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line,
            "year,ccode_a,iso3_a,name_a,ccode_b,iso3_b,name_b,tie,s_unweighted,s_weighted,"
            "kappa,tau_b");
  size_t rows = 0;
  while (std::getline(in, line)) ++rows;
  auto net = nlohmann::json::parse(
      run_cli({"alliances", "--year", "1900", "--json", "--data", data_dir()}).out);
  size_t n = net["states"].get<size_t>();
  EXPECT_EQ(rows, n * (n - 1) / 2);
}

}  // namespace
}  // namespace lattice
