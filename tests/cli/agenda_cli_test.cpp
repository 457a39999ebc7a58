// End-to-end tests of `lattice agenda`: the embedded model's agenda keeps the host nation
// support asks of CSIS and JCIE together, the CPTPP asks together and the U.S.-Japan-ROK
// trilateral asks apart from both; documented JSON keys; --diff on a small document of our own
// words; and an agenda over a database of the ingested seeds counts each model recommendation once.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include <unistd.h>

#include "model/loader.h"
#include "test_support.h"

namespace lattice::cli {
namespace {

namespace fs = std::filesystem;
using lattice::testing::run_cli;
using nlohmann::json;

// model recommendation id -> item key.
std::map<std::string, std::string> item_of(const json& j) {
  std::map<std::string, std::string> out;
  for (const auto& it : j["items"])
    for (const auto& r : it["recommendations"])
      if (!r["model_id"].is_null()) out[r["model_id"].get<std::string>()] = it["key"];
  return out;
}

TEST(AgendaCli, EmbeddedModelGroupsTheKnownAsks) {
  const auto r = run_cli({"agenda", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("embedded model"), std::string::npos);
  const json j = json::parse(r.out);
  auto w = item_of(j);
  EXPECT_EQ(w.at("csis_2020_r19"), w.at("jcie_2020_r16"));  // host nation support
  EXPECT_EQ(w.at("csis_2020_r38"), w.at("csis_2020_r39"));  // join the CPTPP
  EXPECT_EQ(w.at("csis_2020_r38"), w.at("csis_2020_r42"));
  EXPECT_EQ(w.at("csis_2020_r10"), w.at("jcie_2020_r27"));  // U.S.-Japan-ROK trilateral
  EXPECT_EQ(w.at("csis_2020_r10"), w.at("cap_2021_r09"));
  EXPECT_NE(w.at("csis_2020_r10"), w.at("csis_2020_r19"));
  EXPECT_NE(w.at("csis_2020_r10"), w.at("csis_2020_r38"));
  EXPECT_NE(w.at("csis_2020_r19"), w.at("csis_2020_r38"));
}

TEST(AgendaCli, JsonKeysAsDocumented) {
  const auto r = run_cli({"agenda", "--json", "--sort", "breadth", "--min-size", "2"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  for (const char* k : {"source", "parameters", "item_count", "items", "agreement", "divergence"})
    EXPECT_TRUE(j.contains(k)) << k;
  ASSERT_FALSE(j["items"].empty());
  size_t last_breadth = 1000;
  for (const auto& it : j["items"]) {
    for (const char* k : {"key", "label", "label_words", "label_entities", "size", "first_year",
                          "last_year", "persistence", "distinct_years", "breadth", "organisations",
                          "documents", "actors", "domains", "status", "recommendations"})
      EXPECT_TRUE(it.contains(k)) << k;
    EXPECT_GE(it["size"].get<size_t>(), 2u);
    EXPECT_LE(it["breadth"].get<size_t>(), last_breadth);
    last_breadth = it["breadth"];
    for (const char* k : {"status", "date", "evidence", "sources", "recommendation"})
      EXPECT_TRUE(it["status"].contains(k)) << k;
    for (const char* k : {"doc", "start", "end", "date", "modality", "actors", "text"})
      EXPECT_TRUE(it["recommendations"][0].contains(k)) << k;
  }
  EXPECT_EQ(j["agreement"]["documents"].size(), 4u);  // nsn_2015 has no certain recommendation
  EXPECT_EQ(j["agreement"]["pairs"].size(), 6u);
  for (const char* k : {"a", "b", "both", "either", "share"})
    EXPECT_TRUE(j["agreement"]["pairs"][0].contains(k)) << k;
}

TEST(AgendaCli, TextOutputHasItemsAgreementAndDivergence) {
  const auto r = run_cli({"agenda", "--sort", "persistence"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("A1 "), std::string::npos);
  EXPECT_NE(r.out.find("status: "), std::string::npos);
  EXPECT_NE(r.out.find("Agreement:"), std::string::npos);
  EXPECT_NE(r.out.find("Divergence:"), std::string::npos);
}

TEST(AgendaCli, DiffFindsOneNewAndOneRepeatedAsk) {
  const auto r =
      run_cli({"agenda", "--json", "--diff", lattice::testing::fixture("agenda/diff_doc.md")});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  ASSERT_EQ(j["recommendations"].size(), 2u);
  EXPECT_EQ(j["new_items"].size(), 1u);
  ASSERT_EQ(j["repeated"].size(), 1u);
  const auto agenda = json::parse(run_cli({"agenda", "--json"}).out);
  EXPECT_EQ(j["repeated"][0]["key"], item_of(agenda).at("csis_2020_r38"));
  EXPECT_FALSE(j["left_out"].empty());
  const auto missing = run_cli({"agenda", "--diff", "/nonexistent/file.txt"});
  EXPECT_EQ(missing.status, 1);
}

TEST(AgendaCli, IngestedSeedsDoNotDuplicateTheModelsRecommendations) {
  const fs::path dir = fs::temp_directory_path() / ("lattice_agenda_" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string db = (dir / "c.db").string();
  std::vector<std::string> args = {"ingest", "--db", db};
  for (const char* n : {"000_2ae9e3bf7cc11558", "001_412e78d0eac9eac5", "002_f1f0c03fea09e362",
                        "003_3fcb446b247180fc", "004_bd7856fdd82eb8a5"})
    args.push_back(lattice::testing::shared_dir() + "/corpus/seeds/" + n + ".txt");
  ASSERT_EQ(run_cli(args).status, 0);
  const auto r = run_cli({"agenda", "--json", "--db", db});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  std::map<std::string, int> count;
  for (const auto& it : j["items"])
    for (const auto& rec : it["recommendations"])
      if (!rec["model_id"].is_null()) ++count[rec["model_id"].get<std::string>()];
  auto m = model::load_model_folder("").model;
  std::set<std::string> certain;
  for (const auto& rec : m->recommendations())
    if (rec.certainty == model::Certainty::kCertain) certain.insert(rec.id);
  for (const auto& [id, n] : count) {
    EXPECT_EQ(n, 1) << id;
    EXPECT_TRUE(certain.count(id)) << id;
  }
  EXPECT_EQ(count.size(), certain.size());
  EXPECT_GT(j["source"]["matched_to_model"].get<size_t>(), 50u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace lattice::cli
