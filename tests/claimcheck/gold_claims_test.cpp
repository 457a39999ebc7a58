// Verdicts on the quantitative claims of the two annotated documents (001, 002 of the shared
// corpus, read at test time), against expectations computed here from the shared data files
// (SIPRI and World Bank CSVs), independently of the model's series and of the checker's code.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "claimcheck/claim_check.h"
#include "extract/extraction.h"
#include "indicators/indicator_store.h"
#include "model/loader.h"
#include "test_support.h"

namespace lattice::claimcheck {
namespace {

using lattice::testing::shared_dir;

// Rows of a simple CSV (no quoted commas in the columns used here).
std::vector<std::vector<std::string>> read_csv(const std::string& path) {
  std::ifstream f(path);
  EXPECT_TRUE(f) << "cannot read " << path;
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(f, line)) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ',')) cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

// World Bank GDP, current USD, by ISO3 code and year.
double wb_gdp(const std::string& iso3, int year) {
  static const auto rows =
      read_csv(shared_dir() + "/data/worldbank_gdp_current_usd_datasets-gdp.csv");
  for (const auto& r : rows)
    if (r.size() >= 4 && r[r.size() - 3] == iso3 && r[r.size() - 2] == std::to_string(year))
      return std::stod(r.back());
  return NAN;
}
int wb_latest(const std::string& iso3) {
  static const auto rows =
      read_csv(shared_dir() + "/data/worldbank_gdp_current_usd_datasets-gdp.csv");
  int y = 0;
  for (const auto& r : rows)
    if (r.size() >= 4 && r[r.size() - 3] == iso3) y = std::max(y, std::stoi(r[r.size() - 2]));
  return y;
}
// SIPRI: column 2 is current USD millions, column 3 the share of GDP in percent.
double sipri(const std::string& country, int year, int column) {
  static const auto rows = read_csv(shared_dir() + "/data/sipri_milex_2025release_long.csv");
  for (const auto& r : rows)
    if (r.size() >= 4 && r[0] == country && r[1] == std::to_string(year) && !r[column].empty())
      return std::stod(r[column]);
  return NAN;
}
int sipri_latest(const std::string& country, int column) {
  static const auto rows = read_csv(shared_dir() + "/data/sipri_milex_2025release_long.csv");
  int y = 0;
  for (const auto& r : rows)
    if (r.size() >= 4 && r[0] == country && !r[column].empty()) y = std::max(y, std::stoi(r[1]));
  return y;
}

// The tolerance table of docs/claimcheck.md, restated: is the claim within it?
bool within(double claimed, double actual, const std::string& bound) {
  const double e = (claimed - actual) / actual;
  if (bound == "exact") return std::fabs(e) <= 0.05;
  if (bound == "approx") return std::fabs(e) <= 0.10;
  if (bound == "near") return e >= -0.05 && e <= 0.15;
  if (bound == "over") return actual >= claimed && actual <= 1.5 * claimed;
  return false;
}
std::string expected_verdict(double claimed, double then, double now, const std::string& bound) {
  if (!within(claimed, then, bound)) return claimed > then ? "overstated" : "understated";
  return within(claimed, now, bound) ? "supported" : "outdated";
}

class GoldClaimsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = model::load_model_folder(std::string(LATTICE_SOURCE_DIR) + "/data/usjapan");
    model_ = r.model;
    ASSERT_TRUE(model_);
  }
  std::vector<ClaimCheck> check(const std::string& name) {
    std::string error;
    auto doc = text::read_text_document(shared_dir() + "/corpus/seeds/" + name + ".txt", &error);
    EXPECT_TRUE(doc) << error;
    if (!doc) return {};
    text_ = doc->text;
    const extract::MentionFinder finder(*model_);
    const indicators::IndicatorStore store(*model_);
    const extract::Extraction x = extract::extract(*doc, finder, {false, true, true});
    return check_claims(text_, x, *model_, store);
  }
  static const ClaimCheck* find(const std::vector<ClaimCheck>& checks, const std::string& text) {
    for (const auto& c : checks)
      if (c.text == text) return &c;
    return nullptr;
  }
  static std::shared_ptr<const model::Model> model_;
  std::string text_;
};
std::shared_ptr<const model::Model> GoldClaimsTest::model_;

TEST_F(GoldClaimsTest, JapanDefenseBudgetAndShareOfGdp) {
  const auto checks = check("001_412e78d0eac9eac5");
  const ClaimCheck* budget = find(checks, "$50 billion");
  ASSERT_TRUE(budget);
  const double then = sipri("Japan", 2020, 2) * 1e6;
  const double now = sipri("Japan", sipri_latest("Japan", 2), 2) * 1e6;
  EXPECT_EQ(budget->interpretation.indicator, "milex");
  ASSERT_FALSE(budget->interpretation.entities.empty());
  EXPECT_EQ(budget->interpretation.entities[0], "jpn");
  ASSERT_TRUE(budget->actual);
  EXPECT_NEAR(*budget->actual, then, then * 1e-6);
  EXPECT_EQ(verdict_name(budget->verdict), expected_verdict(50e9, then, now, "approx"));

  const ClaimCheck* share = find(checks, "1 percent");
  ASSERT_TRUE(share);
  const double s_then = sipri("Japan", 2020, 3);
  const double s_now = sipri("Japan", sipri_latest("Japan", 3), 3);
  EXPECT_EQ(share->interpretation.indicator, "milex_gdp");
  ASSERT_TRUE(share->actual);
  EXPECT_NEAR(*share->actual, s_then, 1e-9);
  EXPECT_EQ(verdict_name(share->verdict), expected_verdict(1, s_then, s_now, "exact"));
}

TEST_F(GoldClaimsTest, CptppWithTheUnitedStatesShareOfWorldGdp) {
  const auto checks = check("001_412e78d0eac9eac5");
  const ClaimCheck* c = find(checks, "over 40 percent");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->interpretation.comparison, Comparison::kShareOfWorld);
  ASSERT_FALSE(c->interpretation.entities.empty());
  EXPECT_EQ(c->interpretation.entities[0], "cptpp");
  ASSERT_EQ(c->interpretation.added, std::vector<std::string>{"usa"});
  // The eleven signatories of March 2018 plus the United States, in the document's year.
  double total = 0;
  for (const char* iso :
       {"AUS", "BRN", "CAN", "CHL", "JPN", "MYS", "MEX", "NZL", "PER", "SGP", "VNM", "USA"})
    total += wb_gdp(iso, 2020);
  const double pct = 100 * total / wb_gdp("WLD", 2020);
  ASSERT_TRUE(c->actual);
  EXPECT_NEAR(*c->actual, pct, 0.01);
  EXPECT_EQ(verdict_name(c->verdict), pct >= 40 ? "supported" : "overstated");
}

TEST_F(GoldClaimsTest, ChinaJapanGdpRatio) {
  const auto checks = check("002_f1f0c03fea09e362");
  const ClaimCheck* c = find(checks, "nearly three times");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->interpretation.comparison, Comparison::kRatio);
  ASSERT_EQ(c->interpretation.entities, (std::vector<std::string>{"chn", "jpn"}));
  const double then = wb_gdp("CHN", 2020) / wb_gdp("JPN", 2020);
  const int latest = std::min(wb_latest("CHN"), wb_latest("JPN"));
  const double now = wb_gdp("CHN", latest) / wb_gdp("JPN", latest);
  ASSERT_TRUE(c->actual);
  EXPECT_NEAR(*c->actual, then, 1e-6);
  EXPECT_EQ(verdict_name(c->verdict), expected_verdict(3, then, now, "near"));
}

// The claims annotated by hand in ../shared/gold with unit "years" or "count", in document order.
std::vector<std::string> gold_durations_and_counts(const std::string& doc) {
  const std::string path = shared_dir() + "/gold/" + doc + ".claims.jsonl";
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot read " << path;
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    const auto j = nlohmann::json::parse(line);
    if (j["unit"] == "years" || j["unit"] == "count") out.push_back(j["text"]);
  }
  return out;
}

TEST_F(GoldClaimsTest, DurationsCountsAndGrowthAreUnverifiable) {
  // The durations and counts of the hand annotations, and the two growth rates of 002 (China's
  // annual GDP growth, past and expected: real growth, which no series of the model measures).
  const std::map<std::string, std::vector<std::string>> durations_and_counts = {
      {"001_412e78d0eac9eac5",
       {"70 years", "25 years", "six straight years", "two decades", "three digital regimes",
        "four times", "20 years"}},
      {"002_f1f0c03fea09e362",
       {"60 years", "quarter century", "Ten years", "Almost 20 years", "seven decades", "once",
        "60 years"}}};
  const std::map<std::string, std::vector<std::string>> growth = {
      {"001_412e78d0eac9eac5", {}}, {"002_f1f0c03fea09e362", {"10 percent", "6 percent"}}};
  for (const char* name : {"001_412e78d0eac9eac5", "002_f1f0c03fea09e362"}) {
    SCOPED_TRACE(name);
    EXPECT_EQ(gold_durations_and_counts(name), durations_and_counts.at(name));
    std::vector<std::string> matched, growth_matched;
    for (const auto& c : check(name)) {
      if (c.claim.unit == model::ClaimUnit::kYears || c.claim.unit == model::ClaimUnit::kCount) {
        matched.push_back(c.text);
        EXPECT_EQ(c.verdict, Verdict::kUnverifiable) << c.text;
        EXPECT_FALSE(c.reason.empty());
        EXPECT_EQ(c.reason, c.claim.unit == model::ClaimUnit::kYears
                                ? "durations are not covered by any indicator"
                                : "counts of things or events are not covered by any indicator")
            << c.text;
      }
      if (c.interpretation.comparison == Comparison::kGrowth) {
        growth_matched.push_back(c.text);
        EXPECT_EQ(c.verdict, Verdict::kUnverifiable) << c.text;
        EXPECT_NE(c.reason.find("growth rates need real (constant-price) series"),
                  std::string::npos)
            << c.reason;
      }
    }
    EXPECT_EQ(matched, durations_and_counts.at(name));
    EXPECT_EQ(growth_matched, growth.at(name));
  }
}

}  // namespace
}  // namespace lattice::claimcheck
