// analysis.toml: the facts about one alliance system that the analyses read from the model
// (focus pair, treaty areas, leaders, demonyms, report choices). A model without the file loads
// with empty defaults; a bad file gives precise file:line:col errors; ids are checked against the
// model.
#include <gtest/gtest.h>

#include <string>

#include "embedded_model.h"
#include "model/focus_names.h"
#include "model/loader.h"

namespace lattice::model {
namespace {

std::string dump(const core::Diagnostics& d) {
  std::string out;
  for (const auto& x : d.items()) out += "  " + x.to_string() + "\n";
  return out;
}

// Two states, a framework and a place, plus analysis.toml with the given text.
LoadResult load_with_analysis(const std::string& analysis) {
  ModelFiles files;
  files.root = "/nonexistent-lattice-root";
  files.files.push_back(
      {"mem/a.toml", "a.toml",
       "[[reference]]\nid = \"r\"\ntitle = \"R\"\n"
       "[[actor]]\nid = \"aaa\"\nname = \"Aland\"\nkind = \"state\"\n"
       "iso3 = \"AAA\"\nsources = [\"ref:r\"]\n"
       "[[actor]]\nid = \"bbb\"\nname = \"Bland\"\nkind = \"state\"\n"
       "iso3 = \"BBB\"\nsources = [\"ref:r\"]\n"
       "[[framework]]\nid = \"ab_pact\"\nname = \"AB Pact\"\nkind = \"alliance\"\n"
       "domains = [\"security\"]\nsources = [\"ref:r\"]\n"
       "[[place]]\nid = \"sea_area\"\nname = \"Sea Area\"\nkind = \"region\"\n"
       "sources = [\"ref:r\"]\n"});
  if (!analysis.empty()) files.files.push_back({"mem/analysis.toml", "analysis.toml", analysis});
  return load_model(files);
}

bool has_error(const LoadResult& r, int line, const std::string& text) {
  for (const auto& d : r.diagnostics.items())
    if (d.severity == core::Severity::kError && d.where.path == "mem/analysis.toml" &&
        d.where.line == line && d.message.find(text) != std::string::npos)
      return true;
  return false;
}

TEST(AnalysisFileTest, AModelWithoutTheFileHasEmptyDefaults) {
  const LoadResult r = load_with_analysis("");
  ASSERT_NE(r.model, nullptr) << dump(r.diagnostics);
  const Analysis& a = r.model->analysis();
  EXPECT_TRUE(a.focus.empty());
  EXPECT_TRUE(a.areas.empty());
  EXPECT_TRUE(a.leaders.empty());
  EXPECT_TRUE(a.demonyms.empty());
  EXPECT_TRUE(a.illustrations.empty());
  EXPECT_EQ(focus_label(*r.model), "");
}

TEST(AnalysisFileTest, ReadsEveryTable) {
  const LoadResult r = load_with_analysis(
      "[focus]\npair = [\"aaa\", \"bbb\"]\nalliance = \"ab_pact\"\ncapitals = [\"Acity\"]\n"
      "sources = [\"ref:r\"]\n"
      "[[area]]\nplace = \"sea_area\"\nstates = [\"aaa\"]\nother_states = \"unknown\"\n"
      "sources = [\"ref:r\"]\n"
      "[[acts_for]]\nactors = [\"aaa\"]\nstate = \"bbb\"\nsources = [\"ref:r\"]\n"
      "[[leader]]\nsurnames = [\"smith\"]\nstate = \"aaa\"\nsources = [\"ref:r\"]\n"
      "[[demonym]]\nstate = \"bbb\"\nwords = [\"Blandish\"]\n"
      "[[chart_actor]]\nactor = \"aaa\"\ncolour = \"#102030\"\n"
      "[[illustration]]\nby = \"aaa\"\nagainst = \"bbb\"\nsummary = \"A attacks B.\"\n"
      "[report]\nbargain_examples = [\"x\"]\nspending_title = \"T\"\n");
  ASSERT_NE(r.model, nullptr) << dump(r.diagnostics);
  const Analysis& a = r.model->analysis();
  EXPECT_EQ(a.focus.a, "aaa");
  EXPECT_EQ(a.focus.b, "bbb");
  EXPECT_EQ(a.focus.alliance, "ab_pact");
  ASSERT_EQ(a.areas.size(), 1u);
  EXPECT_TRUE(a.areas[0].others_unknown);
  ASSERT_EQ(a.leaders.size(), 1u);
  EXPECT_EQ(a.leaders[0].surnames, std::vector<std::string>{"smith"});
  ASSERT_EQ(a.demonyms.size(), 1u);
  ASSERT_EQ(a.chart_actors.size(), 1u);
  EXPECT_EQ(a.chart_actors[0].colour, "#102030");
  ASSERT_EQ(a.illustrations.size(), 1u);
  EXPECT_EQ(a.report.bargain_examples, std::vector<std::string>{"x"});
  // Without label and prose names, the display names.
  EXPECT_EQ(focus_label(*r.model), "Aland-Bland");
  EXPECT_EQ(focus_prose_name(*r.model, 1), "Bland");
}

TEST(AnalysisFileTest, ProblemsAreErrorsAtTheirLine) {
  const LoadResult r = load_with_analysis(
      "[focus]\npair = [\"aaa\"]\n"                                // 1-2: one actor only
      "[[area]]\nplace = \"nowhere\"\nother_states = \"maybe\"\n"  // 3-5
      "[[leader]]\nsurnames = [\"Smith\"]\nstate = \"bbb\"\n"      // 6-8: capitals
      "[[chart_actor]]\nactor = \"aaa\"\ncolour = \"red\"\n"       // 9-11
      "[[demonym]]\nstate = \"zzz\"\nwords = [\"Z\"]\n"            // 12-14: unknown id
      "[[leaders]]\nsurnames = [\"x\"]\n");                        // 15: unknown table
  EXPECT_EQ(r.model, nullptr);
  EXPECT_TRUE(has_error(r, 2, "must name exactly two actors")) << dump(r.diagnostics);
  EXPECT_TRUE(has_error(r, 5, "unknown other_states 'maybe'")) << dump(r.diagnostics);
  EXPECT_TRUE(has_error(r, 7, "must be written in lower case")) << dump(r.diagnostics);
  EXPECT_TRUE(has_error(r, 6, "names no source")) << dump(r.diagnostics);
  EXPECT_TRUE(has_error(r, 11, "must be written #rrggbb")) << dump(r.diagnostics);
  EXPECT_TRUE(has_error(r, 15, "unknown table 'leaders'")) << dump(r.diagnostics);
  EXPECT_TRUE(has_error(r, 15, "did you mean 'leader'")) << dump(r.diagnostics);
}

TEST(AnalysisFileTest, IdsMustNameEntitiesOfTheRightKind) {
  const LoadResult r = load_with_analysis(
      "[focus]\npair = [\"aaa\", \"ab_pact\"]\nalliance = \"aaa\"\nsources = [\"ref:r\"]\n"
      "[[area]]\nplace = \"nowhere\"\nstates = [\"aab\"]\nsources = [\"ref:r\"]\n"
      "[[illustration]]\nby = \"aaa\"\nagainst = \"bbb\"\nat = \"sea_aria\"\nsummary = \"S\"\n");
  EXPECT_EQ(r.model, nullptr);
  EXPECT_TRUE(has_error(r, 1, "'ab_pact' is a framework, expected actor")) << dump(r.diagnostics);
  EXPECT_TRUE(has_error(r, 1, "[focus] alliance 'aaa' is an actor")) << dump(r.diagnostics);
  EXPECT_TRUE(has_error(r, 5, "[[area]] place 'nowhere' is not a known place"))
      << dump(r.diagnostics);
  EXPECT_TRUE(has_error(r, 5, "did you mean 'aaa'")) << dump(r.diagnostics);
  EXPECT_TRUE(has_error(r, 9, "did you mean 'sea_area'")) << dump(r.diagnostics);
}

TEST(AnalysisFileTest, TheEmbeddedModelNamesItsFocusAndAreas) {
  const Model& m = lattice::testing::usjapan_model();
  EXPECT_EQ(m.analysis().focus.a, "usa");
  EXPECT_EQ(m.analysis().focus.b, "jpn");
  EXPECT_EQ(m.analysis().focus.alliance, "us_japan_alliance");
  EXPECT_EQ(focus_label(m), "U.S.-Japan");
  EXPECT_EQ(m.analysis().areas.size(), 2u);
  EXPECT_FALSE(m.analysis().leaders.empty());
}

}  // namespace
}  // namespace lattice::model
