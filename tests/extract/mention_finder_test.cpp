// MentionFinder on the embedded U.S.-Japan model: names, aliases, capitals, acronyms, demonyms,
// longest match, case rules, possessives, hyphenated compounds, page breaks and markdown; ties
// between kinds on a hand-made model; a seed document of the shared corpus.
#include "extract/mention_finder.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "model/loader.h"
#include "test_support.h"

namespace lattice::extract {
namespace {

const model::Model& embedded() {
  static const std::shared_ptr<const model::Model> m = [] {
    model::LoadResult r = model::load_model_folder("");
    if (!r.model)
      for (const auto& d : r.diagnostics.items()) ADD_FAILURE() << d.to_string();
    return r.model;
  }();
  if (!m) throw std::runtime_error("embedded model did not load");
  return *m;
}

const MentionFinder& finder() {
  static const MentionFinder f(embedded());
  return f;
}

using V = std::vector<std::string>;

V ids(std::string_view text) {
  V out;
  for (const auto& m : finder().find(text)) out.push_back(m.id);
  return out;
}

// "id=covered text" for each mention.
V spans(std::string_view text) {
  V out;
  for (const auto& m : finder().find(text))
    out.push_back(m.id + "=" + std::string(text.substr(m.start, m.end - m.start)));
  return out;
}

TEST(MentionFinderTest, HyphenatedCompoundGivesBothStates) {
  EXPECT_EQ(spans("Deeper U.S.-Japan cooperation on chips."), (V{"usa=U.S.", "jpn=Japan"}));
  EXPECT_EQ(spans("A Japan-US summit"), (V{"jpn=Japan", "usa=US"}));
  // An en dash joins the same way.
  EXPECT_EQ(ids("the Japan\u2013ROK thaw"), (V{"jpn", "kor"}));
}

TEST(MentionFinderTest, AllianceNameIsLongerThanItsParts) {
  // Decision: the alliance framework's own name wins over usa + Japan.
  EXPECT_EQ(spans("They praised the U.S.-Japan alliance today."),
            (V{"us_japan_alliance=U.S.-Japan alliance"}));
  EXPECT_EQ(ids("the Japan-U.S. Alliance"), (V{"us_japan_alliance"}));
}

TEST(MentionFinderTest, CapitalsStandForStates) {
  EXPECT_EQ(spans("Tokyo and Washington agreed."), (V{"jpn=Tokyo", "usa=Washington"}));
  EXPECT_EQ(ids("Seoul, Pyongyang and Beijing"), (V{"kor", "prk", "chn"}));
  EXPECT_EQ(spans("Washington, D.C. \u2014 Today"), (V{"usa=Washington, D.C."}));
}

TEST(MentionFinderTest, PossessiveSpanExcludesTheApostropheS) {
  const std::string curly = "Japan\u2019s budget";
  const auto m = finder().find(curly);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].id, "jpn");
  EXPECT_EQ(m[0].start, 0u);
  EXPECT_EQ(m[0].end, 5u);
  EXPECT_EQ(spans("China's navy"), (V{"chn=China"}));
  // Curly and straight apostrophes inside a name are the same.
  EXPECT_EQ(ids("the People\u2019s Republic of China"), (V{"chn"}));
  EXPECT_EQ(ids("the People's Republic of China"), (V{"chn"}));
}

TEST(MentionFinderTest, LeadingTheIsNotPartOfTheSpan) {
  EXPECT_EQ(spans("Members of the Quad met."), (V{"quad=Quad"}));
  EXPECT_EQ(spans("in the Philippines"), (V{"phl=Philippines"}));
}

TEST(MentionFinderTest, LongestMatchWins) {
  EXPECT_EQ(spans("the ASEAN Regional Forum and ASEAN"),
            (V{"arf=ASEAN Regional Forum", "asean=ASEAN"}));
  EXPECT_EQ(ids("Republic of China versus People's Republic of China"), (V{"twn", "chn"}));
  EXPECT_EQ(ids("the South China Sea"), (V{"south_china_sea"}));
}

TEST(MentionFinderTest, AcronymsAreCaseSensitive) {
  EXPECT_TRUE(ids("let us go with them").empty());
  EXPECT_TRUE(ids("Tell us").empty());
  EXPECT_EQ(ids("US forces and the WTO"), (V{"usa", "wto"}));
  EXPECT_TRUE(ids("the wto").empty());
  EXPECT_EQ(ids("DPRK and ROK"), (V{"prk", "kor"}));
  // In capitals, "US" after a verb is the pronoun; elsewhere the country.
  EXPECT_TRUE(ids("## LET US BEGIN; CONTACT US").empty());
  EXPECT_EQ(ids("## THE US ROLE IN ASIA"), (V{"usa"}));
}

TEST(MentionFinderTest, CommonWordsOnlyMatchCapitalised) {
  EXPECT_TRUE(ids("a healthy diet and fine china").empty());
  EXPECT_TRUE(ids("a quad bike").empty());
  EXPECT_EQ(ids("the Diet voted"), (V{"japan_diet"}));
  // Headings in capitals still match.
  EXPECT_EQ(ids("# JAPAN AND CHINA"), (V{"jpn", "chn"}));
}

TEST(MentionFinderTest, WholeWordsOnly) {
  EXPECT_TRUE(ids("Chinatown and Japanology").empty());
  EXPECT_TRUE(ids("USAID").empty());
  EXPECT_TRUE(ids("the U.S.S.R. fell").empty());
  EXPECT_EQ(ids("the U.S. economy"), (V{"usa"}));
}

TEST(MentionFinderTest, WhiteSpaceRunsAndPageBreaksInsideNames) {
  const std::string text = "the Republic of\n\nKorea and the United   States";
  EXPECT_EQ(spans(text), (V{"kor=Republic of\n\nKorea", "usa=United   States"}));
}

TEST(MentionFinderTest, MarkdownEmphasisDoesNotBlock) {
  EXPECT_EQ(spans("**Japan** and *the Republic of Korea*"),
            (V{"jpn=Japan", "kor=Republic of Korea"}));
  EXPECT_EQ(spans("keep Japan\u2019s**\n\n**role"), (V{"jpn=Japan"}));
}

TEST(MentionFinderTest, Demonyms) {
  EXPECT_EQ(spans("Japanese and American officers"), (V{"jpn=Japanese", "usa=American"}));
  EXPECT_EQ(spans("South Korean and North Korean envoys"),
            (V{"kor=South Korean", "prk=North Korean"}));
  EXPECT_EQ(ids("Australian, Indian, Philippine, Russian, Taiwanese and British ships"),
            (V{"aus", "ind", "phl", "rus", "twn", "gbr"}));
  // A longer alias wins over the demonym; blockers name nothing.
  EXPECT_EQ(ids("Chinese Taipei"), (V{"twn"}));
  // "Indian" inside "Indian Ocean" names the ocean (a place of the model), not India; "Latin
  // America" names nothing.
  EXPECT_EQ(ids("Latin America and the Indian Ocean"), (V{"indian_ocean"}));
}

TEST(MentionFinderTest, SortedAndNonOverlapping) {
  const std::string text =
      "Tokyo, Canberra, New Delhi and Washington met in the Quad while the ASEAN Regional "
      "Forum and NATO watched; Beijing and Moscow objected.";
  const auto m = finder().find(text);
  ASSERT_EQ(m.size(), 9u);
  for (size_t k = 1; k < m.size(); ++k) EXPECT_LE(m[k - 1].end, m[k].start);
}

TEST(MentionFinderTest, AmbiguousNamePrefersActorThenFrameworkThenPlace) {
  model::ModelData d;
  model::Place p;
  p.id = "reef_place";
  p.name = "Coral Reef";
  p.aliases = {"Coral"};
  d.places.push_back(p);
  model::Framework f;
  f.id = "coral_pact";
  f.name = "Coral Pact";
  f.aliases = {"Coral", "Reef"};
  d.frameworks.push_back(f);
  model::Actor a;
  a.id = "coral_state";
  a.name = "Coral";
  d.actors.push_back(a);
  const model::Model m(std::move(d), "");
  const MentionFinder f2(m);
  auto got = f2.find("Coral, Reef and Coral Reef");
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].id, "coral_state");  // actor over framework and place
  EXPECT_EQ(got[1].id, "coral_pact");   // framework over ... nothing else; plain alias
  EXPECT_EQ(got[2].id, "reef_place");   // longest match
}

TEST(MentionFinderTest, EmptyAndOddInput) {
  EXPECT_TRUE(finder().find("").empty());
  EXPECT_TRUE(finder().find("\xff\xfe U").empty());
  EXPECT_EQ(ids("Japan"), (V{"jpn"}));
  EXPECT_EQ(ids("\xe2\x80"), V{});  // truncated UTF-8 at the end
}

TEST(MentionFinderTest, RandomBytesGiveValidSpans) {
  // Pieces of names, punctuation, multi-byte characters and broken UTF-8, glued at random.
  const std::vector<std::string> pieces = {
      "U",    ".",  "S",     "-",        "Japan", "\u2019", "s",          " ",
      "\n\n", "**", "Korea", "Republic", "of",    "ASEAN",  "Regional",   "Forum",
      "the",  "US", "us",    "\xe2\x80", "\xff",  "\u2013", "Washington", ",",
      "D",    "C",  "Quad",  "\u00e5",   "2",     "+",      "G7"};
  uint32_t seed = 12345;
  auto next = [&] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const size_t n = next() % 30;
    for (size_t k = 0; k < n; ++k) text += pieces[next() % pieces.size()];
    const auto m = finder().find(text);
    for (size_t k = 0; k < m.size(); ++k) {
      ASSERT_LT(m[k].start, m[k].end) << text;
      ASSERT_LE(m[k].end, text.size()) << text;
      if (k > 0) {
        ASSERT_LE(m[k - 1].end, m[k].start) << text;
      }
    }
  }
}

std::string read_seed() {
  std::ifstream in(lattice::testing::shared_dir() + "/corpus/seeds/001_412e78d0eac9eac5.txt",
                   std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(MentionFinderTest, SeedDocumentMentionsTheMainStates) {
  const std::string text = read_seed();
  ASSERT_FALSE(text.empty());
  const auto m = finder().find(text);
  auto has = [&](std::string_view id) {
    return std::any_of(m.begin(), m.end(), [&](const Mention& x) { return x.id == id; });
  };
  EXPECT_TRUE(has("jpn"));
  EXPECT_TRUE(has("usa"));
  EXPECT_TRUE(has("chn"));
  EXPECT_TRUE(has("prk"));
  EXPECT_TRUE(has("quad"));
  EXPECT_TRUE(has("us_japan_alliance"));
  for (size_t k = 1; k < m.size(); ++k) EXPECT_LE(m[k - 1].end, m[k].start);
  for (const auto& x : m) EXPECT_LE(x.end, text.size());
}

// Linear work without a clock: the seed document repeated to 8 MB gives exactly the mentions of
// one copy, repeated at shifted offsets. A finder that rescanned the text per position
// (quadratic) would need ~10^13 steps here and the CTest timeout fails it; the speed itself
// is measured in bench/long_inputs.cpp.
TEST(MentionFinderTest, RepeatedSeedGivesRepeatedMentions) {
  std::string seed = read_seed();
  ASSERT_FALSE(seed.empty());
  if (seed.back() != '\n') seed += '\n';  // no mention can run across copies
  const auto one = finder().find(seed);
  ASSERT_GT(one.size(), 100u);
  const size_t copies = (8u << 20) / seed.size() + 1;
  std::string text;
  text.reserve(copies * seed.size());
  for (size_t c = 0; c < copies; ++c) text += seed;
  const auto m = finder().find(text);
  ASSERT_EQ(m.size(), one.size() * copies);
  for (size_t k = 0; k < m.size(); ++k) {
    const Mention& expected = one[k % one.size()];
    const size_t shift = (k / one.size()) * seed.size();
    ASSERT_EQ(m[k].id, expected.id) << k;
    ASSERT_EQ(m[k].start, expected.start + shift) << k;
    ASSERT_EQ(m[k].end, expected.end + shift) << k;
  }
}

}  // namespace
}  // namespace lattice::extract
