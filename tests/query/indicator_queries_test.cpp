// The indicator queries (series, bloc, burden, the report's spending charts) as functions of the
// embedded model: their defaults, the cross-field rule of burden, and the report section drawn
// from a result alone.
#include "query/indicator_queries.h"

#include <gtest/gtest.h>

#include "catalog/catalog.h"
#include "embedded_model.h"
#include "query/binder.h"
#include "test_support.h"
#include "views/spending_charts_html.h"

namespace lattice::query {
namespace {

Env env() {
  return {lattice::testing::embedded_model_ptr(), core::Date::from_parts(2024, 6, 1).first_day()};
}

template <class Request>
Request bound(const RawArgs& raw) {
  const Env e = env();
  Request r;
  Binder b(raw, e);
  r.visit(b);
  const auto errors = b.finish();
  EXPECT_TRUE(errors.empty()) << errors[0].parameter << ": " << errors[0].message;
  return r;
}

TEST(SeriesQuery, KeepsTheYearsAskedAndNamesTheIndicatorAndActor) {
  const auto r = series(env(), bound<SeriesRequest>({{"indicator", {"GDP, current US$"}},
                                                     {"actor", {"Japan"}},
                                                     {"from", {"2019"}},
                                                     {"to", {"2020"}}}));
  EXPECT_EQ(r.indicator, "gdp");
  EXPECT_EQ(r.actor, "jpn");
  EXPECT_EQ(r.actor_name, "Japan");
  ASSERT_TRUE(r.info.has_value());
  EXPECT_EQ(r.info->unit, "usd");
  ASSERT_EQ(r.values.size(), 2u);
  EXPECT_EQ(r.values[0].year, 2019);
  EXPECT_EQ(r.values[1].year, 2020);
  EXPECT_EQ(r.from, 2019);
  EXPECT_EQ(r.to, 2020);
}

TEST(BlocQuery, DefaultsToGdpAndToTheLastDayOfTheYear) {
  const auto r = bloc(env(), bound<BlocRequest>({{"framework", {"quad"}}, {"year", {"2020"}}}));
  EXPECT_EQ(r.bloc.request.indicator, "gdp");
  EXPECT_EQ(core::date_of(r.bloc.request.on).to_string(), "2020-12-31");
  EXPECT_EQ(r.framework_name, "Quadrilateral Security Dialogue");
  EXPECT_TRUE(r.added.empty());

  const auto w = bloc(env(), bound<BlocRequest>({{"framework", {"quad"}},
                                                 {"year", {"2020"}},
                                                 {"indicator", {"milex"}},
                                                 {"on", {"2020-06-01"}},
                                                 {"add", {"South Korea", "gbr"}},
                                                 {"remove", {"India"}}}));
  EXPECT_EQ(w.bloc.request.indicator, "milex");
  EXPECT_EQ(core::date_of(w.bloc.request.on).to_string(), "2020-06-01");
  EXPECT_EQ(w.added, (std::vector<std::string>{"kor", "gbr"}));
  EXPECT_EQ(w.bloc.removed, std::vector<std::string>{"ind"});
}

// The help of --on used to say "default: today" while the default is 31 December of --year.
TEST(BlocQuery, HelpOfOnNamesTheRealDefault) {
  for (const char* name : {"bloc", "burden"}) {
    SCOPED_TRACE(name);
    const Query* q = catalog::find(name);
    ASSERT_NE(q, nullptr);
    const ParamInfo* on = q->param("on");
    ASSERT_NE(on, nullptr);
    EXPECT_NE(on->help.find("31 December of --year"), std::string::npos) << on->help;
    EXPECT_EQ(on->help.find("today"), std::string::npos) << on->help;
  }
  const auto help = lattice::testing::run_cli({"bloc", "--help"});
  EXPECT_NE(help.out.find("31 December of --year"), std::string::npos) << help.out;
}

TEST(BurdenQuery, NeedsEitherAYearOrAWholeRange) {
  auto errors_of = [](const RawArgs& raw) {
    RawArgs with = raw;
    with["framework"] = {"quad"};
    return bound<BurdenRequest>(with).validate();
  };
  EXPECT_TRUE(errors_of({{"year", {"2020"}}}).empty());
  EXPECT_TRUE(errors_of({{"from", {"2015"}}, {"to", {"2020"}}}).empty());
  EXPECT_TRUE(errors_of({{"from", {"2020"}}, {"to", {"2020"}}}).empty());
  for (const RawArgs& bad : std::vector<RawArgs>{{},
                                                 {{"from", {"2015"}}},
                                                 {{"to", {"2015"}}},
                                                 {{"from", {"2021"}}, {"to", {"2020"}}},
                                                 {{"year", {"2020"}}, {"from", {"2015"}}}}) {
    const auto errors = errors_of(bad);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].parameter, "year");
    EXPECT_TRUE(errors[0].is_usage());
  }
}

TEST(BurdenQuery, AYearOrASeries) {
  const auto one =
      burden(env(), bound<BurdenRequest>({{"framework", {"Quad"}}, {"year", {"2023"}}}));
  EXPECT_FALSE(one.is_series);
  EXPECT_EQ(one.framework, "quad");
  EXPECT_EQ(one.single.year, 2023);
  EXPECT_EQ(core::date_of(one.single.on).to_string(), "2023-12-31");
  EXPECT_EQ(one.single.members.size(), 4u);

  const auto many = burden(
      env(), bound<BurdenRequest>({{"framework", {"quad"}}, {"from", {"2015"}}, {"to", {"2017"}}}));
  EXPECT_TRUE(many.is_series);
  EXPECT_EQ(many.from, 2015);
  EXPECT_EQ(many.to, 2017);
  ASSERT_EQ(many.tests.size(), 3u);
  EXPECT_EQ(many.tests[2].year, 2017);
}

TEST(SpendingCharts, LinesFollowTheRequestAndStartAtTheFirstYear) {
  const auto r = spending_charts(env(), {{"jpn", "no_such_actor"}, 2000});
  EXPECT_TRUE(r.any_milex);
  ASSERT_EQ(r.lines.size(), 2u);
  EXPECT_EQ(r.lines[0].name, "Japan");
  EXPECT_EQ(r.lines[1].name, "no_such_actor");
  EXPECT_TRUE(r.lines[1].milex.empty());
  ASSERT_FALSE(r.lines[0].milex.empty());
  EXPECT_EQ(r.lines[0].milex.begin()->first, 2000);
  EXPECT_EQ(r.lines[0].milex_gdp.begin()->first, 2000);
  EXPECT_LT(r.lines[0].gdp.begin()->first, 2000);  // GDP is kept whole for the latest-values table

  const std::string html = views::spending_charts_section(r);
  EXPECT_NE(html.find("<section id=\"indicators\">"), std::string::npos);
  EXPECT_NE(html.find("<td>Japan</td>"), std::string::npos);
  EXPECT_NE(html.find("#c0392b"), std::string::npos);  // Japan's [[chart_actor]] colour
  EXPECT_EQ(r.lines[0].colour, "#c0392b");
  EXPECT_EQ(r.lines[1].colour, "");  // not a chart actor: the view takes one from its palette
}

TEST(SpendingCharts, NoMilitaryExpenditureGivesANote) {
  const auto r = spending_charts(env(), {{"no_such_actor"}, 1988});
  EXPECT_FALSE(r.any_milex);
  const std::string html = views::spending_charts_section(r);
  EXPECT_NE(html.find("The model has no military expenditure series."), std::string::npos);
  EXPECT_EQ(html.find("<svg"), std::string::npos);
}

}  // namespace
}  // namespace lattice::query
