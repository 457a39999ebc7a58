// The report's scenario section on the embedded U.S.-Japan model: an SVG per illustrative event
// with the actors drawn in (1960 treaty Art. V for the Senkakus; U.S.-ROK treaty Art. III for an
// attack on South Korea), and nothing drawn when the model lacks the actors. The section only
// formats: the cascades are run here as `lattice report` runs them (query::illustrative_cascade).
#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "embedded_model.h"
#include "model/loader.h"
#include "scenario/evaluate.h"
#include "test_support.h"
#include "views/html_scenario.h"

namespace lattice::views {
namespace {

const model::Model& usjapan() {
  return lattice::testing::usjapan_model();
}

size_t count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

// The section as the report builds it: the cascade of each illustrative event the model can
// evaluate, with the default options.
std::string scenario_section(const model::Model& m, core::Day day) {
  std::vector<CascadeIllustration> shown;
  for (const auto& ill : m.analysis().illustrations) {
    scenario::Event e;
    e.by = ill.by;
    e.against = ill.against;
    e.at = ill.at;
    e.day = day;
    if (!scenario::check_event(m, e).empty()) continue;
    shown.push_back({ill.summary, scenario::cascade(m, e, {})});
  }
  return views::scenario_section(m, day, shown);
}

TEST(HtmlScenario, SectionDrawsTheCascadesWithTheirActors) {
  const auto day = core::Date::parse("2025-06-01")->first_day();
  const std::string s = scenario_section(usjapan(), day);
  EXPECT_EQ(s.rfind("<section id=\"scenarios\">", 0), 0u);
  EXPECT_EQ(count(s, "<svg"), 2u);
  EXPECT_EQ(count(s, "</svg>"), 2u);
  for (const char* name : {"China", "Japan", "United States", "North Korea", "South Korea"})
    EXPECT_NE(s.find(std::string(">") + name + "<"), std::string::npos) << name;
  EXPECT_NE(s.find("R0 us_japan_1960_art5_usa"), std::string::npos);
  EXPECT_NE(s.find("R0 us_rok_mdt_art3_usa"), std::string::npos);
}

TEST(HtmlScenario, ModelWithoutTheActorsDrawsNothing) {
  auto r = model::load_model_folder(lattice::testing::fixture("models/mini"));
  ASSERT_TRUE(r.model);
  const std::string s = scenario_section(*r.model, core::Date::parse("2025-06-01")->first_day());
  EXPECT_EQ(s.find("<svg"), std::string::npos);
  EXPECT_NE(s.find("lacks"), std::string::npos);
}

}  // namespace
}  // namespace lattice::views
