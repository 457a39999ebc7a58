// Sentence segmentation: abbreviations, bullets, list numbers, headings, trimming conventions,
// page breaks inside sentences, and agreement with the gold annotations' sentence spans.
#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "test_support.h"

namespace lattice::text {
namespace {

std::vector<std::string> texts(std::string_view t) {
  std::vector<std::string> out;
  for (const Unit& u : segment(t)) out.emplace_back(t.substr(u.start, u.end - u.start));
  return out;
}

using Strings = std::vector<std::string>;

TEST(Segmenter, AbbreviationsOfTheFieldDoNotSplit) {
  EXPECT_EQ(
      texts("U.S. Forces Japan moved a unit. Gen. Brown agreed with Dr. Sato on Jan. 5."),
      (Strings{"U.S. Forces Japan moved a unit.", "Gen. Brown agreed with Dr. Sato on Jan. 5."}));
  EXPECT_EQ(texts("The U.N. and the U.K. met in Washington, D.C. on Friday."),
            (Strings{"The U.N. and the U.K. met in Washington, D.C. on Friday."}));
  EXPECT_EQ(texts("Allies, e.g. Australia, agreed. See No. 4 for details."),
            (Strings{"Allies, e.g. Australia, agreed.", "See No. 4 for details."}));
  EXPECT_EQ(texts("A paper by Richard L. Armitage appeared."),
            (Strings{"A paper by Richard L. Armitage appeared."}));
}

TEST(Segmenter, AcronymAtSentenceEndSplitsBeforeAnOpener) {
  EXPECT_EQ(texts("Tokyo hosted officials from the U.S. The talks went well."),
            (Strings{"Tokyo hosted officials from the U.S.", "The talks went well."}));
}

TEST(Segmenter, QuestionsExclamationsAndDecimals) {
  EXPECT_EQ(texts("Is 2.5 percent enough? No! Spending rose 3.1 percent."),
            (Strings{"Is 2.5 percent enough?", "No!", "Spending rose 3.1 percent."}));
}

TEST(Segmenter, LowerCaseAfterPeriodDoesNotSplit) {
  EXPECT_EQ(texts("It grew by approx. ten units . . . and more."),
            (Strings{"It grew by approx. ten units . . . and more."}));
}

TEST(Segmenter, BulletsAndListNumbersAreUnitsWithoutTheirMarkers) {
  const std::string t =
      "Our asks:\n\n  \u2022 Japan should spend more. It should also train more.\n"
      "- Both should meet yearly\n2. Expand the Budget\n(b) Keep talking.\n";
  const auto units = segment(t);
  ASSERT_EQ(texts(t),
            (Strings{"Our asks:", "Japan should spend more.", "It should also train more.",
                     "Both should meet yearly", "Expand the Budget", "Keep talking."}));
  EXPECT_EQ(units[1].kind, UnitKind::kBullet);
  EXPECT_EQ(units[2].kind, UnitKind::kSentence);
  EXPECT_EQ(units[3].kind, UnitKind::kBullet);
}

TEST(Segmenter, HeadingsAreUnits) {
  const std::string t = "# The Road Ahead\n\nBolster Joint Planning\n\nThe allies met twice.\n";
  const auto units = segment(t);
  ASSERT_EQ(texts(t),
            (Strings{"The Road Ahead", "Bolster Joint Planning", "The allies met twice."}));
  EXPECT_EQ(units[0].kind, UnitKind::kHeading);
  EXPECT_EQ(units[1].kind, UnitKind::kHeading);
  EXPECT_EQ(units[2].kind, UnitKind::kSentence);
}

TEST(Segmenter, EmphasisQuotesAndFootnotesAreTrimmedAtTheEdges) {
  EXPECT_EQ(texts("**Both capitals must act now.** Little else matters."),
            (Strings{"Both capitals must act now.", "Little else matters."}));
  EXPECT_EQ(texts("\u201CWe must keep going.\u201D\u00B2 Then they left."),
            (Strings{"We must keep going.", "Then they left."}));
  EXPECT_EQ(texts("He said, \u201Cthe allies\u2019 plan works.\u201D"),
            (Strings{"He said, \u201Cthe allies\u2019 plan works."}));
}

TEST(Segmenter, PageBreakInsideASentenceIsBridged) {
  const std::string t =
      "The two governments should work toward a shared basis for\n\n"
      "**deterrence in the region.** A new paragraph starts here.\n\n"
      "A Title Line\n\nlower case after a title starts a new unit.\n";
  EXPECT_EQ(texts(t),
            (Strings{"The two governments should work toward a shared basis for\n\n**deterrence in "
                     "the region.",
                     "A new paragraph starts here.", "A Title Line",
                     "lower case after a title starts a new unit."}));
}

TEST(Segmenter, WrappedLinesJoinButTitlesAndAddressesDoNot) {
  const std::string wrapped =
      "The leaders of the three countries agreed today to deepen their work with the\n"
      "United Kingdom on undersea capabilities. They will meet again.\n";
  EXPECT_EQ(texts(wrapped).size(), 2u);
  const std::string title =
      "A Long Headline About the Alliance and Its Future in the Region\nPress Note\n\nText.\n";
  EXPECT_EQ(texts(title),
            (Strings{"A Long Headline About the Alliance and Its Future in the Region",
                     "Press Note", "Text."}));
  EXPECT_EQ(texts("Some Institute  \n1000 Main Street  \nCapital City\n"),
            (Strings{"Some Institute", "1000 Main Street", "Capital City"}));
}

TEST(Segmenter, LabelsDatelinesFrontMatterAndContents) {
  EXPECT_EQ(texts("NOTICE: The ministers should meet."), (Strings{"The ministers should meet."}));
  EXPECT_EQ(texts("Canberra, Sept. 2 \u2014 The partners will consult."),
            (Strings{"The partners will consult."}));
  EXPECT_EQ(texts("---\ntitle: x\ndate: '2021-01-01'\n---\nBody text here.\n"),
            (Strings{"Body text here."}));
  const std::string toc = "Contents\n\nIntroduction\t1\nThe Way Forward\t7\n";
  const auto units = segment(toc);
  ASSERT_EQ(texts(toc), (Strings{"Contents", "Introduction\t1", "The Way Forward\t7"}));
  EXPECT_EQ(units[1].kind, UnitKind::kHeading);
}

TEST(Segmenter, PageNumbersAndRulesAreNotUnits) {
  EXPECT_EQ(texts("First page ends.\n\n12\n\n* * *\n\n\u00A0\n\nNext page.\n"),
            (Strings{"First page ends.", "Next page."}));
}

TEST(Segmenter, VeryLongRunsAreCutAndEmptyInputHasNoUnits) {
  EXPECT_TRUE(segment("").empty());
  EXPECT_TRUE(segment("\n\n   \n").empty());
  std::string line;
  for (int i = 0; i < 100000; ++i) line += "word ";
  const auto units = segment(line);
  ASSERT_GT(units.size(), 10u);
  for (const Unit& u : units) EXPECT_LE(u.end - u.start, 9000u);
}

TEST(Segmenter, UnitsAreOrderedTrimmedAndInRange) {
  const std::string t = "  \u2022 **One.** \u201CTwo?\u201D\n\n# Three\n- Four\n";
  size_t last = 0;
  for (const Unit& u : segment(t)) {
    EXPECT_LT(u.start, u.end);
    EXPECT_LE(u.end, t.size());
    EXPECT_GE(u.start, last);
    EXPECT_NE(t[u.start], ' ');
    EXPECT_NE(t[u.end - 1], ' ');
    last = u.end;
  }
}

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) ADD_FAILURE() << "cannot read " << path;
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// Every sentence span of the hand annotations is exactly one unit of the segmenter.
TEST(Segmenter, AgreesWithTheGoldSentenceSpans) {
  for (const std::string doc : {"001_412e78d0eac9eac5", "002_f1f0c03fea09e362"}) {
    const std::string text = read_file(testing::shared_dir() + "/corpus/seeds/" + doc + ".txt");
    ASSERT_FALSE(text.empty()) << doc;
    std::set<std::pair<size_t, size_t>> units;
    for (const Unit& u : segment(text)) units.insert({u.start, u.end});
    size_t checked = 0;
    for (const std::string kind : {"recs", "claims"}) {
      const std::string path = testing::shared_dir() + "/gold/" + doc + "." + kind + ".jsonl";
      std::ifstream gold(path);
      ASSERT_TRUE(gold) << "cannot read " << path;
      for (std::string line; std::getline(gold, line);) {
        const auto j = nlohmann::json::parse(line);
        const bool rec = kind == "recs";
        const size_t s = rec ? j["start"].get<size_t>() : j["sentence_start"].get<size_t>();
        const size_t e = rec ? j["end"].get<size_t>() : j["sentence_end"].get<size_t>();
        EXPECT_TRUE(units.count({s, e})) << doc << " " << s << "-" << e;
        ++checked;
      }
    }
    EXPECT_GT(checked, 40u) << doc;
  }
}

}  // namespace
}  // namespace lattice::text
