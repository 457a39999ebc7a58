// End-to-end tests of lattice series, bloc and burden on the embedded model: JSON keys, CSV,
// what-if membership, missing data, errors and exit statuses, and the report's indicators section.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "indicators/test_data.h"
#include "model/loader.h"
#include "query/indicator_queries.h"
#include "test_support.h"
#include "views/spending_charts_html.h"

namespace lattice {
namespace {

using nlohmann::json;
using testing::run_cli;

TEST(IndicatorsCli, SeriesJsonAndCsv) {
  auto r = run_cli({"series", "gdp", "Japan", "--from", "2019", "--to", "2020", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["indicator"], "gdp");
  EXPECT_EQ(j["actor"], "jpn");
  EXPECT_EQ(j["unit"], "usd");
  ASSERT_EQ(j["values"].size(), 2u);
  EXPECT_EQ(j["values"][0]["year"], 2019);
  EXPECT_EQ(j["values"][0]["dataset"], "worldbank_gdp");

  r = run_cli({"series", "milex_gdp", "jpn", "--from", "2023", "--to", "2023", "--csv"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "indicator,actor,year,value,unit,dataset\nmilex_gdp,jpn,2023,1.14,percent,"
            "sipri_milex\n");

  r = run_cli({"series", "gdp", "world", "--from", "2023"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("2023"), std::string::npos);
}

TEST(IndicatorsCli, SeriesErrors) {
  auto r = run_cli({"series", "gpd", "jpn"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("gdp"), std::string::npos) << r.err;  // suggestion
  r = run_cli({"series", "gdp", "narnia"});
  EXPECT_EQ(r.status, 1);
  r = run_cli({"series", "gdp"});
  EXPECT_EQ(r.status, 2);
  // No data is reported as such, not as zeros.
  r = run_cli({"series", "gdp", "twn"});
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("no values"), std::string::npos);
}

TEST(IndicatorsCli, BlocShareAndWhatIf) {
  auto r = run_cli({"bloc", "CPTPP", "--indicator", "gdp", "--year", "2019", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json base = json::parse(r.out);
  EXPECT_EQ(base["framework"], "cptpp");
  EXPECT_EQ(base["on"], "2019-12-31");
  EXPECT_EQ(base["members"].size(), 11u);
  EXPECT_FALSE(base["partial"].get<bool>());
  const double share = base["share_of_world_percent"];
  EXPECT_GT(share, 10.0);
  EXPECT_LT(share, 20.0);
  // Exactly: the eleven signatories' 2019 GDP over the world's, summed here from the shared
  // World Bank file.
  const auto wb = indicators::testdata::world_bank("worldbank_gdp_current_usd_datasets-gdp.csv");
  double sum = 0;
  for (const char* iso :
       {"AUS", "BRN", "CAN", "CHL", "JPN", "MYS", "MEX", "NZL", "PER", "SGP", "VNM"})
    sum += wb.at({iso, 2019});
  const double world = wb.at({"WLD", 2019});
  EXPECT_NEAR(share, 100.0 * sum / world, 1e-8);

  r = run_cli({"bloc", "cptpp", "--year", "2019", "--add", "United States", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json with_us = json::parse(r.out);
  EXPECT_GT(with_us["share_of_world_percent"].get<double>(), share + 20);
  EXPECT_NEAR(with_us["share_of_world_percent"].get<double>(),
              100.0 * (sum + wb.at({"USA", 2019})) / world, 1e-8);
  EXPECT_EQ(with_us["added"], json::array({"usa"}));

  r = run_cli({"bloc", "cptpp", "--year", "2019", "--remove", "jpn"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("-jpn"), std::string::npos);
  EXPECT_NE(r.out.find("% of the world"), std::string::npos);
}

TEST(IndicatorsCli, BlocReportsMissingData) {
  const auto r = run_cli({"bloc", "apec", "--year", "2019", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_TRUE(j["partial"].get<bool>());
  bool twn = false;
  for (const auto& m : j["missing"]) twn = twn || (m["actor"] == "twn" && m["year"] == 2019);
  EXPECT_TRUE(twn) << j["missing"].dump();
  const auto text = run_cli({"bloc", "apec", "--year", "2019"});
  EXPECT_NE(text.out.find("partial"), std::string::npos);
  EXPECT_EQ(run_cli({"bloc", "apec"}).status, 2);  // --year is required
}

TEST(IndicatorsCli, BurdenYearAndSeries) {
  auto r = run_cli({"burden", "Quad", "--year", "2023", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  ASSERT_EQ(j["members"].size(), 4u);
  EXPECT_EQ(j["members"][0]["actor"], "usa");
  EXPECT_EQ(j["members"][0]["burden_source"], "sipri_milex_gdp");
  EXPECT_EQ(j["olson_zeckhauser"]["n"], 4);
  EXPECT_EQ(j["olson_zeckhauser"]["p_method"], "exact permutation");
  EXPECT_EQ(j["olson_zeckhauser"]["members_used"].size(), 4u);

  r = run_cli({"burden", "five_eyes", "--from", "2015", "--to", "2020", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json s = json::parse(r.out);
  ASSERT_EQ(s["tests"].size(), 6u);
  EXPECT_EQ(s["tests"][0]["year"], 2015);
  EXPECT_EQ(s["tests"][0]["n"], 5);

  r = run_cli({"burden", "anzus", "--year", "2023"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Olson-Zeckhauser"), std::string::npos);

  EXPECT_EQ(run_cli({"burden", "anzus"}).status, 2);
  EXPECT_EQ(run_cli({"burden", "anzus", "--year", "2020", "--from", "2019", "--to", "2020"}).status,
            2);
  EXPECT_EQ(run_cli({"burden", "nosuchthing", "--year", "2020"}).status, 1);
}

TEST(IndicatorsCli, ReportSectionHasSvgCharts) {
  const auto r = model::load_model_folder("");
  ASSERT_TRUE(r.model);
  const query::Env env{r.model, core::Date::from_parts(2024, 6, 1).first_day()};
  const std::string html = views::spending_charts_section(
      query::spending_charts(env, {{"usa", "jpn", "kor", "aus", "phl"}}));
  EXPECT_NE(html.find("<section id=\"indicators\">"), std::string::npos);
  EXPECT_GE(std::count(html.begin(), html.end(), '<'), 10);
  size_t svgs = 0;
  for (size_t p = html.find("<svg"); p != std::string::npos; p = html.find("<svg", p + 1)) ++svgs;
  EXPECT_EQ(svgs, 2u);
  EXPECT_NE(html.find("Japan"), std::string::npos);
  EXPECT_NE(html.find("Philippines"), std::string::npos);
  EXPECT_NE(html.find("sipri_milex"), std::string::npos);
}

}  // namespace
}  // namespace lattice
