// The report's bargaining section, as `lattice report` builds it: query::bargain_examples runs
// compromise, BDM and SMP on every example embedded from examples/, and
// views::bargain_report_section formats them: one chart per model with rounds per example,
// stakeholder names, every model's forecast, escaping.
#include <gtest/gtest.h>

#include <algorithm>

#include "bargain/embedded_examples.h"
#include "embedded_model.h"
#include "query/bargain_query.h"
#include "views/bargain_report_view.h"

namespace lattice::views {
namespace {

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1))
    ++n;
  return n;
}

const query::Env& env() {
  static const query::Env e{lattice::testing::embedded_model_ptr(),
                            core::Date::from_parts(2024, 6, 1).first_day()};
  return e;
}

TEST(BargainReport, EmbeddedExamplesParse) {
  const auto r = query::bargain_examples(env());
  EXPECT_TRUE(r.left_out.empty()) << (r.left_out.empty() ? "" : r.left_out.front());
  ASSERT_EQ(r.examples.size(), bargain::embedded_examples().size());
  ASSERT_GE(r.examples.size(), 4u);
  std::vector<std::string> ids;
  for (const auto& c : r.examples) ids.push_back(c.id);
  for (const char* id : {"futenma-relocation", "host-nation-support", "japan-defense-spending",
                         "us-cptpp-accession"})
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
}

TEST(BargainReport, OneChartPerExampleWithStakeholders) {
  const auto r = query::bargain_examples(env());
  const auto& cases = r.examples;
  const std::string html = bargain_report_section(r);
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

TEST(BargainReport, ForecastsAndPolylines) {
  bargain::Scenario s;
  s.name = "A <b> test";
  s.dimensions = {"Scale"};
  s.actors = {{"Left & co", "", 10, {0}, {1}}, {"Right", "", 30, {100}, {1}}};
  const std::string html =
      views::bargain_section({bargain_report_case(query::bargain_example("t", s))});
  // Compromise: (10*0 + 30*100) / 40 = 75.
  EXPECT_NE(html.find("<td>75.00</td>"), std::string::npos) << html;
  EXPECT_NE(html.find("A &lt;b&gt; test"), std::string::npos);
  EXPECT_EQ(html.find("A <b> test"), std::string::npos);
  EXPECT_NE(html.find("Left &amp; co"), std::string::npos);
  // Two charts (BDM, SMP), each with one polyline per actor plus the model's forecast by round.
  EXPECT_EQ(count(html, "<polyline"), 6u);
}

}  // namespace
}  // namespace lattice::views
