// The report's bargaining section: one chart per embedded example, stakeholder names, both
// models' forecasts, escaping, and a model list that can grow by one entry.
#include "render/html_bargain.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "bargain/embedded_examples.h"

namespace lattice::render {
namespace {

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1))
    ++n;
  return n;
}

TEST(HtmlBargainTest, EmbeddedExamplesParse) {
  std::vector<std::string> errors;
  const auto cases = embedded_bargain_cases(&errors);
  EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : errors.front());
  ASSERT_EQ(cases.size(), bargain::embedded_examples().size());
  ASSERT_GE(cases.size(), 4u);
  std::vector<std::string> ids;
  for (const auto& c : cases) ids.push_back(c.id);
  for (const char* id : {"futenma-relocation", "host-nation-support", "japan-defense-spending",
                         "us-cptpp-accession"})
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
}

TEST(HtmlBargainTest, OneChartPerExampleWithStakeholders) {
  const auto cases = embedded_bargain_cases();
  const std::string html = bargain_section(cases, default_bargain_models());
  EXPECT_EQ(html.rfind("<section id=\"bargaining\">", 0), 0u);
  // One chart per model with rounds (BDM and SMP; the compromise has none) per example.
  EXPECT_EQ(count(html, "<svg"), 2 * cases.size());
  EXPECT_EQ(count(html, "</svg>"), 2 * cases.size());
  EXPECT_EQ(count(html, "round by round (SMP (spatial model, KTAB defaults))</text>"),
            cases.size());
  for (const auto& c : cases) {
    EXPECT_NE(html.find("id=\"bargaining-" + c.id + "\""), std::string::npos) << c.id;
    for (const auto& a : c.scenario.actors)
      EXPECT_NE(html.find("<td>" + a.name + "</td>"), std::string::npos) << a.name;
  }
  EXPECT_EQ(count(html, "<td>Compromise (weighted mean)</td>"), cases.size());
  EXPECT_EQ(count(html, "<td>BDM (expected utility)</td>"), cases.size());
  EXPECT_EQ(count(html, "<td>SMP (spatial model, KTAB defaults)</td>"), cases.size());
  EXPECT_NE(html.find("Okinawa governor"), std::string::npos);
  EXPECT_NE(html.find("Illustrative"), std::string::npos);
}

TEST(HtmlBargainTest, ForecastsAndPolylines) {
  bargain::Scenario s;
  s.name = "A <b> test";
  s.dimensions = {"Scale"};
  s.actors = {{"Left & co", "", 10, {0}, {1}}, {"Right", "", 30, {100}, {1}}};
  const std::string html = bargain_section({{"t", s}}, default_bargain_models());
  // Compromise: (10*0 + 30*100) / 40 = 75.
  EXPECT_NE(html.find("<td>75.00</td>"), std::string::npos) << html;
  EXPECT_NE(html.find("A &lt;b&gt; test"), std::string::npos);
  EXPECT_EQ(html.find("A <b> test"), std::string::npos);
  EXPECT_NE(html.find("Left &amp; co"), std::string::npos);
  // Two charts (BDM, SMP), each with one polyline per actor plus the model's forecast by round.
  EXPECT_EQ(count(html, "<polyline"), 6u);
}

TEST(HtmlBargainTest, ModelsAreAParameter) {
  bargain::Scenario s;
  s.dimensions = {"Scale"};
  s.actors = {{"A", "", 1, {2}, {0.5}}, {"B", "", 1, {4}, {0.5}}};
  auto models = default_bargain_models();
  models.push_back({"Constant", [](const bargain::Scenario&) {
                      BargainForecast f;
                      f.forecast = {42};
                      f.note = "always 42";
                      return f;
                    }});
  const std::string html = bargain_section({{"x", s}}, models);
  EXPECT_NE(html.find("<td>Constant</td><td>42.00</td><td>always 42</td>"), std::string::npos)
      << html;
  // A model list without rounds draws no chart.
  const std::string no_chart = bargain_section({{"x", s}}, {models.back()});
  EXPECT_EQ(no_chart.find("<svg"), std::string::npos);
}

}  // namespace
}  // namespace lattice::render
