// IndicatorStore on the embedded model (values checked against the shared data files, read here
// independently) and precise errors for a malformed series CSV.
#include "indicators/indicator_store.h"

#include <gtest/gtest.h>

#include "test_data.h"

namespace lattice::indicators {
namespace {

using testdata::usjapan;

TEST(IndicatorStore, WorldBankGdpMatchesTheSharedFile) {
  const IndicatorStore store(usjapan());
  const auto gdp = testdata::world_bank("worldbank_gdp_current_usd_datasets-gdp.csv");
  for (const auto& [iso, id] :
       {std::pair{"JPN", "jpn"}, {"USA", "usa"}, {"KOR", "kor"}, {"WLD", "world"}}) {
    for (int year : {1990, 2020, 2023}) {
      const auto v = store.value("gdp", id, year);
      ASSERT_TRUE(v) << id << " " << year;
      const double expected = gdp.at({iso, year});
      EXPECT_NEAR(v->value, expected, expected * 1e-10) << id << " " << year;
      EXPECT_EQ(v->dataset, "worldbank_gdp");
    }
  }
}

TEST(IndicatorStore, WorldPopulationAndUnits) {
  const IndicatorStore store(usjapan());
  const auto pop = testdata::world_bank("worldbank_population_datasets-population.csv");
  const auto v = store.value("population", kWorld, 2020);
  ASSERT_TRUE(v);
  EXPECT_DOUBLE_EQ(v->value, pop.at({"WLD", 2020}));
  ASSERT_NE(store.info("gdp"), nullptr);
  EXPECT_EQ(store.info("gdp")->unit, "usd");
  EXPECT_EQ(store.info("milex_gdp")->unit, "percent");
  EXPECT_EQ(store.info("nonexistent"), nullptr);
  // The world aggregate is an actor of kind aggregate, never a state.
  const model::Actor* w = usjapan().actor("world");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->kind, model::ActorKind::kAggregate);
}

TEST(IndicatorStore, SipriAndCowConversions) {
  const IndicatorStore store(usjapan());
  // SIPRI 2025 release: Japan 2023, 48,189.1 million current USD, 1.14 % of GDP.
  EXPECT_DOUBLE_EQ(store.value("milex", "jpn", 2023)->value, 48189.1e6);
  EXPECT_DOUBLE_EQ(store.value("milex_gdp", "jpn", 2023)->value, 1.14);
  EXPECT_EQ(store.value("milex", "jpn", 2023)->dataset, "sipri_milex");
  // COW NMC: the United States in 1816, milex 3,823 thousand USD, milper 17 thousand.
  EXPECT_DOUBLE_EQ(store.value("cow_milex", "usa", 1816)->value, 3823000.0);
  EXPECT_DOUBLE_EQ(store.value("cow_milper", "usa", 1816)->value, 17000.0);
  EXPECT_NEAR(store.value("cinc", "usa", 1816)->value, 0.039697491, 1e-12);
}

TEST(IndicatorStore, MissingIsAbsentNotZero) {
  const IndicatorStore store(usjapan());
  EXPECT_FALSE(store.value("gdp", "twn", 2019));  // the World Bank publishes no Taiwan series
  EXPECT_TRUE(store.series("gdp", "twn").empty());
  EXPECT_FALSE(store.value("gdp", "jpn", 1900));
  EXPECT_FALSE(store.value("nonexistent", "jpn", 2020));
  EXPECT_FALSE(store.latest_year("gdp", "twn"));
  EXPECT_EQ(store.latest_year("gdp", "jpn"), 2023);
}

TEST(IndicatorStore, SeriesRangeAndHostNationSupport) {
  const IndicatorStore store(usjapan());
  const auto s = store.series("gdp", "jpn", 2018, 2020);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s.front().year, 2018);
  EXPECT_EQ(s.back().year, 2020);
  // 2022-2026 Special Measures Agreement: 1,055.1 billion yen over five fiscal years.
  EXPECT_DOUBLE_EQ(store.value("hns", "jpn", 2022)->value, 1055.1e9 / 5);
  EXPECT_DOUBLE_EQ(store.value("hns", "kor", 2021)->value, 1.183e12);
  EXPECT_EQ(store.value("hns", "jpn", 2022)->dataset, "ind_jiji_sma_2022");
}

TEST(IndicatorStore, MalformedSeriesCsvGivesFileAndLine) {
  const auto r = model::load_model_folder(lattice::testing::fixture("models/mini_bad_series"));
  EXPECT_EQ(r.model, nullptr);
  std::string all;
  for (const auto& d : r.diagnostics.items()) all += d.to_string() + "\n";
  EXPECT_NE(all.find("series/bad.csv:3:"), std::string::npos) << all;
  EXPECT_NE(all.find("expected 5 fields"), std::string::npos) << all;
  EXPECT_NE(all.find("series/bad.csv:4:"), std::string::npos) << all;
  EXPECT_NE(all.find("value 'three' is not a number"), std::string::npos) << all;
  EXPECT_NE(all.find("series/bad.csv:5:"), std::string::npos) << all;
  EXPECT_NE(all.find("zzz"), std::string::npos) << all;
  EXPECT_EQ(r.diagnostics.error_count(), 3u) << all;
}

}  // namespace
}  // namespace lattice::indicators
