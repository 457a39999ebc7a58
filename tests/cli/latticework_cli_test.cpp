// End-to-end tests of lattice network, overlap, coverage, centrality and inclusivity on the
// embedded model: JSON keys, exports, errors and exit statuses, and the report section.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "model/loader.h"
#include "query/latticework_queries.h"
#include "test_support.h"
#include "views/latticework_html.h"

namespace lattice {
namespace {

using nlohmann::json;
using testing::run_cli;

std::string slurp(const std::filesystem::path& p) {
  std::ifstream f(p);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

TEST(LatticeworkCli, NetworkExportsGraphmlAndCsv) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("lattice_lw_cli_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const auto r = run_cli({"network", "--on", "2024-06-01", "--graphml",
                          (dir / "net.graphml").string(), "--csv", (dir / "csv").string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("density"), std::string::npos);
  const std::string g = slurp(dir / "net.graphml");
  EXPECT_NE(g.find("<graphml"), std::string::npos);
  EXPECT_NE(g.find("United States"), std::string::npos);
  EXPECT_NE(slurp(dir / "net-two-mode.graphml").find("bipartite"), std::string::npos);
  EXPECT_EQ(slurp(dir / "csv" / "nodes.csv").rfind("Id,Label,type,kind,bipartite,weight", 0), 0u);
  EXPECT_NE(slurp(dir / "csv" / "edges.csv").find("jpn,usa,Undirected"), std::string::npos);
  fs::remove_all(dir);
}

TEST(LatticeworkCli, NetworkCsvFolderUnderBothSpellings) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("lattice_lw_csv_" + std::to_string(::getpid()));
  const auto old_spelling =
      run_cli({"network", "--on", "2024-06-01", "--csv", (dir / "old").string(), "--json"});
  ASSERT_EQ(old_spelling.status, 0) << old_spelling.err;
  EXPECT_NE(old_spelling.err.find("lattice: note: --csv is now --csv-dir"), std::string::npos);
  EXPECT_NE(old_spelling.err.find("lattice: wrote "), std::string::npos);
  const auto new_spelling =
      run_cli({"network", "--on", "2024-06-01", "--csv-dir", (dir / "new").string(), "--json"});
  ASSERT_EQ(new_spelling.status, 0) << new_spelling.err;
  EXPECT_EQ(new_spelling.err.find("is now spelled"), std::string::npos);
  EXPECT_EQ(old_spelling.out, new_spelling.out);
  EXPECT_EQ(slurp(dir / "old" / "edges.csv"), slurp(dir / "new" / "edges.csv"));
  EXPECT_FALSE(slurp(dir / "new" / "nodes.csv").empty());
  fs::remove_all(dir);
}

TEST(LatticeworkCli, NetworkJson) {
  const auto r = run_cli({"network", "--on", "2024-06-01", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["date"], "2024-06-01");
  EXPECT_TRUE(j["two_mode"]["frameworks"].is_array());
  EXPECT_TRUE(j["projection"]["edges"][0].contains("weight"));
  EXPECT_GT(j["projection"]["density"].get<double>(), 0);
}

TEST(LatticeworkCli, OverlapJsonHasEasAdmmPlus) {
  const auto r = run_cli({"overlap", "--on", "2024-06-01", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  bool found = false;
  for (const auto& p : j["pairs"])
    if (p["a"] == "admm_plus" && p["b"] == "eas") {
      found = true;
      EXPECT_EQ(p["jaccard"].get<double>(), 1.0);
    }
  EXPECT_TRUE(found);
  EXPECT_TRUE(j["clusters"].is_array());
}

TEST(LatticeworkCli, CoverageByNameAndAlias) {
  const auto r =
      run_cli({"coverage", "--on", "2024-06-01", "--actors", "United States,Japan,kor", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["actors"], json({"usa", "jpn", "kor"}));
  EXPECT_EQ(j["domains"]["intelligence"], json({"us_japan_rok_trilateral"}));
  const auto text = run_cli({"coverage", "--on", "2024-06-01", "--actors", "usa,jpn,kor"});
  EXPECT_NE(text.out.find("Gaps:"), std::string::npos);
}

TEST(LatticeworkCli, CentralityNucleus) {
  const auto r = run_cli({"centrality", "--on", "2024-06-01", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["nucleus"]["rank"], 1);
  EXPECT_EQ(j["nucleus"]["connectivity"].size(), 4u);
  EXPECT_TRUE(j["actors"][0].contains("constraint"));
  const auto text = run_cli({"centrality", "--on", "2024-06-01"});
  EXPECT_NE(text.out.find("Nucleus test"), std::string::npos);
}

TEST(LatticeworkCli, Inclusivity) {
  const auto r = run_cli({"inclusivity", "Quad", "--on", "2024-06-01", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["region"], "indo_pacific");
  EXPECT_EQ(j["included"], json({"aus", "ind", "jpn", "usa"}));
  EXPECT_GT(j["gini"].get<double>(), 0);
}

TEST(LatticeworkCli, Errors) {
  const auto unknown = run_cli({"coverage", "--actors", "usa,japn"});
  EXPECT_EQ(unknown.status, 1);
  EXPECT_NE(unknown.err.find("did you mean"), std::string::npos);
  EXPECT_EQ(run_cli({"inclusivity", "qaud"}).status, 1);
  EXPECT_EQ(run_cli({"inclusivity", "quad", "--region", "nowhere"}).status, 1);
  EXPECT_EQ(run_cli({"overlap", "--on", "2024-13-01"}).status, 2);
  EXPECT_EQ(run_cli({"network", "--on", "2024"}).status, 2);
  EXPECT_EQ(run_cli({"network", "--graphml", "/nonexistent-dir/x.graphml"}).status, 1);
}

TEST(LatticeworkCli, ReportSection) {
  const auto loaded = model::load_model_folder("");
  ASSERT_TRUE(loaded.model);
  // The report runs the queries and the section formats their results.
  const query::Env env{loaded.model, core::Date::from_parts(2024, 6, 1).first_day()};
  const query::CentralityResult centrality = query::centrality(env, {});
  const query::CoverageResult coverage = query::coverage(env, {});
  const std::string html = views::latticework_section(query::network(env, {}), &centrality,
                                                      query::overlap(env, {}), &coverage);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("admm_plus"), std::string::npos);
  EXPECT_NE(html.find("intelligence"), std::string::npos);
}

}  // namespace
}  // namespace lattice
