// Bloc totals on the embedded model: CPTPP's share of world GDP in 2019 checked against a sum
// computed here from the shared World Bank file, what-if membership, and missing data.
#include "indicators/bloc.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "test_data.h"

namespace lattice::indicators {
namespace {

using testdata::usjapan;

core::Day end_of(int year) {
  return core::Date::from_parts(year, 12, 31).first_day();
}

// The eleven CPTPP signatories (seven in force at the end of 2019) by ISO3 code.
const std::vector<std::string> kCptpp = {"AUS", "BRN", "CAN", "CHL", "JPN", "MYS",
                                         "MEX", "NZL", "PER", "SGP", "VNM"};

TEST(Bloc, CptppShareOfWorldGdp2019ByHand) {
  const auto wb = testdata::world_bank("worldbank_gdp_current_usd_datasets-gdp.csv");
  double sum = 0;
  for (const auto& iso : kCptpp) sum += wb.at({iso, 2019});
  const double world = wb.at({"WLD", 2019});

  const IndicatorStore store(usjapan());
  const BlocResult r = bloc_total(usjapan(), store, {"cptpp", "gdp", 2019, end_of(2019), {}, {}});
  EXPECT_EQ(r.members.size(), kCptpp.size());
  EXPECT_FALSE(r.partial);
  EXPECT_NEAR(r.total, sum, sum * 1e-10);
  ASSERT_TRUE(r.world && r.share);
  EXPECT_NEAR(*r.world, world, world * 1e-10);
  EXPECT_NEAR(*r.share, 100.0 * sum / world, 1e-8);
  EXPECT_EQ(r.world_dataset, "worldbank_gdp");
  // Members' shares of the bloc total add up to 100.
  double shares = 0;
  for (const auto& b : r.members) shares += b.share_of_total;
  EXPECT_NEAR(shares, 100.0, 1e-9);
  EXPECT_EQ(r.members.front().actor, "jpn");  // the largest economy comes first

  // What if the United States joined?
  const BlocResult with_us =
      bloc_total(usjapan(), store, {"cptpp", "gdp", 2019, end_of(2019), {"usa"}, {}});
  const double us = wb.at({"USA", 2019});
  EXPECT_NEAR(*with_us.share, 100.0 * (sum + us) / world, 1e-8);
  EXPECT_GT(*with_us.share, 35.0);  // 37.4%: below the "over 40 percent" of some reports
  EXPECT_TRUE(std::any_of(with_us.members.begin(), with_us.members.end(),
                          [](const BlocMember& b) { return b.actor == "usa" && b.added; }));

  // And without Japan?
  const BlocResult no_jpn =
      bloc_total(usjapan(), store, {"cptpp", "gdp", 2019, end_of(2019), {}, {"jpn"}});
  EXPECT_NEAR(no_jpn.total, sum - wb.at({"JPN", 2019}), sum * 1e-10);
  EXPECT_EQ(no_jpn.removed, std::vector<std::string>{"jpn"});
}

TEST(Bloc, MissingValuesAreListedAndFlagged) {
  const IndicatorStore store(usjapan());
  // APEC includes Taiwan ("Chinese Taipei"), which the World Bank does not cover.
  const BlocResult r = bloc_total(usjapan(), store, {"apec", "gdp", 2019, end_of(2019), {}, {}});
  EXPECT_TRUE(r.partial);
  ASSERT_FALSE(r.missing.empty());
  EXPECT_TRUE(std::any_of(r.missing.begin(), r.missing.end(), [](const Missing& m) {
    return m.actor == "twn" && m.indicator == "gdp" && m.year == 2019;
  }));
  const auto twn = std::find_if(r.members.begin(), r.members.end(),
                                [](const BlocMember& b) { return b.actor == "twn"; });
  ASSERT_NE(twn, r.members.end()) << "Taiwan is listed as a member, with no value";
  EXPECT_FALSE(twn->value);
}

TEST(Bloc, NoWorldValueMeansNoShare) {
  const IndicatorStore store(usjapan());
  const BlocResult r = bloc_total(usjapan(), store, {"cptpp", "milex", 2019, end_of(2019), {}, {}});
  EXPECT_FALSE(r.world);  // SIPRI has no world aggregate in the model
  EXPECT_FALSE(r.share);
  EXPECT_GT(r.total, 0);
}

}  // namespace
}  // namespace lattice::indicators
