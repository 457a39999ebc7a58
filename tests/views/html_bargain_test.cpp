// The report's bargaining section formats the forecasts it is handed: a model list that can grow
// by one entry, and no chart for models without rounds. The section on the embedded examples
// (computed by query::bargain_examples) is tested in tests/query/bargain_report_test.cpp.
#include "views/html_bargain.h"

#include <gtest/gtest.h>

namespace lattice::views {
namespace {

TEST(HtmlBargainTest, ModelsAreAParameter) {
  bargain::Scenario s;
  s.dimensions = {"Scale"};
  s.actors = {{"A", "", 1, {2}, {0.5}}, {"B", "", 1, {4}, {0.5}}};
  BargainForecast rounds;
  rounds.forecast = {3};
  rounds.steps = {{{2, 4}, {3, 3}}};
  rounds.step_forecast = {{3, 3}};
  rounds.note = "settled";
  BargainForecast constant;
  constant.forecast = {42};
  constant.note = "always 42";
  const std::string html =
      bargain_section({{"x", s, {{"Rounds", rounds}, {"Constant", constant}}}});
  EXPECT_NE(html.find("<td>Constant</td><td>42.00</td><td>always 42</td>"), std::string::npos)
      << html;
  EXPECT_NE(html.find("<svg"), std::string::npos);
  // A model list without rounds draws no chart.
  const std::string no_chart = bargain_section({{"x", s, {{"Constant", constant}}}});
  EXPECT_EQ(no_chart.find("<svg"), std::string::npos);
}

TEST(HtmlBargainTest, ExamplesLeftOutAreListed) {
  const std::string html = bargain_section({}, {"examples/x/stakeholders.csv:2:1: error: <bad>"});
  EXPECT_NE(html.find("No examples were embedded"), std::string::npos);
  EXPECT_NE(html.find("<li>examples/x/stakeholders.csv:2:1: error: &lt;bad&gt;</li>"),
            std::string::npos)
      << html;
  EXPECT_EQ(html.substr(html.size() - 11), "</section>\n");
}

}  // namespace
}  // namespace lattice::views
