// End to end: `lattice check` on the annotated corpus documents (table and JSON) and broken files.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_support.h"

namespace lattice::cli {
namespace {

using lattice::testing::run_cli;
using lattice::testing::shared_dir;

std::string seed(const std::string& name) {
  return shared_dir() + "/corpus/seeds/" + name + ".txt";
}

TEST(CheckCli, JsonHasTheDocumentedKeys) {
  const auto r =
      run_cli({"check", "--json", seed("001_412e78d0eac9eac5"), seed("002_f1f0c03fea09e362")});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_TRUE(j["claims"].is_array());
  ASSERT_GT(j["claims"].size(), 10u);
  size_t checked = 0;
  std::vector<std::string> checked_texts;
  for (const auto& c : j["claims"]) {
    for (const char* k :
         {"doc", "start", "end", "text", "quantity", "unit", "year", "interpretation", "verdict",
          "actual", "relative_error", "dataset", "reason"})
      EXPECT_TRUE(c.contains(k)) << k;
    for (const char* k : {"indicator", "entities", "comparison", "year", "year_source"})
      EXPECT_TRUE(c["interpretation"].contains(k)) << k;
    if (c["verdict"] != "unverifiable") {
      ++checked;
      checked_texts.push_back(c["text"]);
      EXPECT_TRUE(c["actual"].is_number());
      EXPECT_TRUE(c["dataset"].is_string());
    } else {
      EXPECT_FALSE(c["reason"].get<std::string>().empty());
    }
  }
  EXPECT_GE(checked, 4u);
  // The 12 + 11 claims of the hand annotations (../shared/gold); of them only these four name a
  // figure the model holds (Japan's defense budget and its share of GDP, the CPTPP's share of
  // world GDP, the China/Japan GDP ratio), their verdicts derived in GoldClaimsTest.
  EXPECT_EQ(j["claims"].size(), 23u);
  EXPECT_EQ(checked_texts, (std::vector<std::string>{"$50 billion", "1 percent", "over 40 percent",
                                                     "nearly three times"}));
}

TEST(CheckCli, TableAndBrokenFile) {
  const auto r = run_cli({"check", "/nonexistent/nothing.txt", seed("002_f1f0c03fea09e362")});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("nothing.txt"), std::string::npos);
  EXPECT_NE(r.out.find("002_f1f0c03fea09e362"), std::string::npos);
  EXPECT_NE(r.out.find("worldbank_gdp"), std::string::npos);
  EXPECT_NE(r.out.find("verdict"), std::string::npos);
}

}  // namespace
}  // namespace lattice::cli
