// Interpretation and verdicts of claims in invented sentences, against a small hand-made model
// with its own indicator series (three states, one framework, the world aggregate).
#include <gtest/gtest.h>

#include <memory>

#include "claimcheck/claim_check.h"
#include "claimcheck/interpretation.h"
#include "extract/extraction.h"
#include "indicators/indicator_store.h"
#include "model/model.h"

namespace lattice::claimcheck {
namespace {

model::SourceRef data_ref(const std::string& id) {
  model::SourceRef r;
  r.kind = model::SourceRef::Kind::kDataset;
  r.id = id;
  r.text = "data:" + id;
  return r;
}

// Japan, China and Australia; the framework "cptpp" with Japan and Australia since 2018.
std::shared_ptr<model::Model> fixture_model() {
  model::ModelData d;
  auto actor = [&](const char* id, const char* name, const char* iso3) {
    model::Actor a;
    a.id = id;
    a.name = name;
    a.iso3 = iso3;
    d.actors.push_back(a);
  };
  actor("jpn", "Japan", "JPN");
  actor("chn", "China", "CHN");
  actor("aus", "Australia", "AUS");
  actor("usa", "United States", "USA");
  model::Framework f;
  f.id = "cptpp";
  f.name = "Pacific trade pact (test fixture)";
  f.aliases = {"CPTPP"};
  d.frameworks.push_back(f);
  for (const char* a : {"jpn", "aus"}) {
    model::Membership m;
    m.actor = a;
    m.framework = "cptpp";
    m.from = core::Date::from_parts(2018, 12, 30);
    d.memberships.push_back(m);
  }
  auto indicator = [&](const char* id, const char* unit, const char* ds) {
    model::Indicator i;
    i.id = id;
    i.name = id;
    i.unit = unit;
    i.sources = {data_ref(ds)};
    d.indicators.push_back(i);
  };
  indicator("gdp", "usd", "test_gdp");
  indicator("milex", "usd", "test_milex");
  indicator("milex_gdp", "percent", "test_milex");
  auto value = [&](const char* ind, const char* actor, int year, double v, const char* ds) {
    model::SeriesValue s;
    s.indicator = ind;
    s.actor = actor;
    s.year = year;
    s.value = v;
    s.sources = {data_ref(ds)};
    d.series.push_back(s);
  };
  // GDP: Japan 5, China 12 (2019) and 20 (2023), Australia 1.5, the U.S. 20, world 100 (tn).
  value("gdp", "jpn", 2019, 5e12, "test_gdp");
  value("gdp", "chn", 2019, 12e12, "test_gdp");
  value("gdp", "aus", 2019, 1.5e12, "test_gdp");
  value("gdp", "usa", 2019, 20e12, "test_gdp");
  value("gdp", "world", 2019, 100e12, "test_gdp");
  value("gdp", "jpn", 2023, 5e12, "test_gdp");
  value("gdp", "chn", 2023, 20e12, "test_gdp");
  value("milex", "jpn", 2019, 48e9, "test_milex");
  value("milex_gdp", "jpn", 2019, 0.96, "test_milex");
  return std::make_shared<model::Model>(std::move(d), "");
}

class ClaimCheckTest : public ::testing::Test {
 protected:
  ClaimCheckTest() : model_(fixture_model()), finder_(*model_), store_(*model_) {}

  // Checks the claims of text; the document is dated 2019 unless dated is false.
  std::vector<ClaimCheck> check(const std::string& text, bool dated = true) {
    text_ = text;
    text::TextDocument doc;
    doc.text = text_;
    extract::Extraction x = extract::extract(doc, finder_, {false, true, true});
    x.document_year = dated ? std::optional<int>(2019) : std::nullopt;
    // Claims get their year from the dateline; re-find them with the year given.
    x.claims = extract::find_claims(text_, x.units, x.document_year);
    return check_claims(text_, x, *model_, store_);
  }

  std::shared_ptr<model::Model> model_;
  extract::MentionFinder finder_;
  indicators::IndicatorStore store_;
  std::string text_;
};

TEST_F(ClaimCheckTest, PossessorOfTheIndicatorAndApproximateLevel) {
  auto c = check("Japan's annual defense budget is now about $50 billion, officials said.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].interpretation.indicator, "milex");
  EXPECT_EQ(c[0].interpretation.comparison, Comparison::kLevel);
  ASSERT_EQ(c[0].interpretation.entities.size(), 1u);
  EXPECT_EQ(c[0].interpretation.entities[0], "jpn");
  EXPECT_EQ(c[0].interpretation.year_source, "document");
  EXPECT_EQ(c[0].interpretation.bound, Bound::kApprox);
  EXPECT_EQ(c[0].verdict, Verdict::kSupported);  // 50 vs 48: +4.2%
  ASSERT_TRUE(c[0].actual);
  EXPECT_DOUBLE_EQ(*c[0].actual, 48e9);
  ASSERT_EQ(c[0].datasets.size(), 1u);
  EXPECT_EQ(c[0].datasets[0], "test_milex");
}

TEST_F(ClaimCheckTest, PronounResolvesToTheSentenceSubject) {
  auto c = check("Japan devotes only 1 percent of its GDP to the military.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].interpretation.indicator, "milex_gdp");
  ASSERT_FALSE(c[0].interpretation.entities.empty());
  EXPECT_EQ(c[0].interpretation.entities[0], "jpn");
  EXPECT_EQ(c[0].verdict, Verdict::kSupported);  // 1 vs 0.96: +4.2%
}

TEST_F(ClaimCheckTest, PronounResolvesToThePreviousSentence) {
  auto c = check("Japan faces new threats. Its defense budget is about $50 billion.");
  ASSERT_EQ(c.size(), 1u);
  ASSERT_FALSE(c[0].interpretation.entities.empty());
  EXPECT_EQ(c[0].interpretation.entities[0], "jpn");
  EXPECT_EQ(c[0].interpretation.indicator, "milex");
}

TEST_F(ClaimCheckTest, RatioOfTwoActorsAndOutdated) {
  auto c =
      check("China has grown fast, and its economy is now more than twice the size of Japan's.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].interpretation.comparison, Comparison::kRatio);
  EXPECT_EQ(c[0].interpretation.indicator, "gdp");
  ASSERT_EQ(c[0].interpretation.entities.size(), 2u);
  EXPECT_EQ(c[0].interpretation.entities[0], "chn");
  EXPECT_EQ(c[0].interpretation.entities[1], "jpn");
  // 2019: 12/5 = 2.4, within "more than twice" (2 to 3); 2023: 20/5 = 4, above 1.5 x 2.
  ASSERT_TRUE(c[0].actual);
  EXPECT_NEAR(*c[0].actual, 2.4, 1e-9);
  EXPECT_EQ(c[0].verdict, Verdict::kOutdated);
  ASSERT_TRUE(c[0].latest_year);
  EXPECT_EQ(*c[0].latest_year, 2023);
  EXPECT_NEAR(*c[0].latest_actual, 4.0, 1e-9);
}

TEST_F(ClaimCheckTest, BlocShareWithAHypotheticalMember) {
  auto c = check(
      "By our sums, a CPTPP plus the United States spans over 25 percent of the world economy.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].interpretation.comparison, Comparison::kShareOfWorld);
  ASSERT_FALSE(c[0].interpretation.entities.empty());
  EXPECT_EQ(c[0].interpretation.entities[0], "cptpp");
  ASSERT_EQ(c[0].interpretation.added.size(), 1u);
  EXPECT_EQ(c[0].interpretation.added[0], "usa");
  // (5 + 1.5 + 20) / 100 = 26.5%: over 25 percent.
  ASSERT_TRUE(c[0].actual);
  EXPECT_NEAR(*c[0].actual, 26.5, 1e-9);
  EXPECT_EQ(c[0].verdict, Verdict::kSupported);
}

TEST_F(ClaimCheckTest, BlocShareWithoutTheAdditionIsOverstated) {
  auto c = check("The CPTPP accounts for over 25 percent of global GDP.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].interpretation.added.empty());
  ASSERT_TRUE(c[0].actual);
  EXPECT_NEAR(*c[0].actual, 6.5, 1e-9);
  EXPECT_EQ(c[0].verdict, Verdict::kOverstated);
}

TEST_F(ClaimCheckTest, UnverifiableWithReasons) {
  auto c = check(
      "The talks have lasted 12 years. Australia sent 300 officials. Some 40 percent "
      "of voters agreed. Australia's defense budget was $30 billion.");
  ASSERT_EQ(c.size(), 4u);
  for (const auto& x : c) EXPECT_EQ(x.verdict, Verdict::kUnverifiable) << x.text;
  EXPECT_NE(c[0].reason.find("duration"), std::string::npos);
  EXPECT_NE(c[1].reason.find("count"), std::string::npos);
  EXPECT_NE(c[2].reason.find("percentage"), std::string::npos);
  EXPECT_NE(c[3].reason.find("no data"), std::string::npos);  // no milex for Australia
}

TEST_F(ClaimCheckTest, UndatedDocumentUsesTheLatestYear) {
  auto c = check("Japan's economy is roughly $5 trillion.", false);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].interpretation.year_source, "latest");
  ASSERT_TRUE(c[0].year);
  EXPECT_EQ(*c[0].year, 2023);
  EXPECT_EQ(c[0].verdict, Verdict::kSupported);
}

TEST_F(ClaimCheckTest, GrowthIsUnverifiable) {
  auto c = check("China's economy grew 9 percent a year in that decade.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].interpretation.comparison, Comparison::kGrowth);
  EXPECT_EQ(c[0].verdict, Verdict::kUnverifiable);
}

}  // namespace
}  // namespace lattice::claimcheck
