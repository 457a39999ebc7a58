// Tests of the agenda's features: the concept lexicon, bigrams, summaries, IDF-weighted Jaccard
// and the feature similarity.
#include "agenda/features.h"

#include <gtest/gtest.h>

#include "agenda/clustering.h"
#include "agenda/lexicon.h"

namespace lattice::agenda {
namespace {

std::vector<std::string> concepts_of(std::string_view text) {
  Stemmer s;
  return concepts_in(content_words(text, s));
}

TEST(Lexicon, DifferentWordingsOfOneAskShareAConcept) {
  EXPECT_EQ(concepts_of("conclude the Special Measures Agreement"),
            (std::vector<std::string>{"host_nation_support"}));
  EXPECT_EQ(concepts_of("more host-nation support"),
            (std::vector<std::string>{"host_nation_support"}));
  EXPECT_EQ(concepts_of("rejoin the Trans-Pacific Partnership"),
            (std::vector<std::string>{"cptpp"}));
  EXPECT_EQ(concepts_of("a three-way meeting on denuclearizing the peninsula"),
            (std::vector<std::string>{"trilateral", "north_korea_nuclear"}));
  // The longest phrase wins: "missile defense" is not the nuclear concept.
  EXPECT_EQ(concepts_of("joint missile defense"),
            (std::vector<std::string>{"strike_missile_defense"}));
  EXPECT_TRUE(concepts_of("a fresh start for both leaders").empty());
}

TEST(WeightedJaccard, SharedWeightOverTotalWeight) {
  const SparseVector a = {{0, 1.0}, {1, 3.0}}, b = {{1, 3.0}, {2, 2.0}};
  EXPECT_DOUBLE_EQ(weighted_jaccard(a, b), 3.0 / 6.0);
  EXPECT_DOUBLE_EQ(weighted_jaccard({}, {}), 0.0);
  EXPECT_DOUBLE_EQ(weighted_jaccard(a, a), 1.0);
}

TEST(Features, ConceptsJoinSynonymsAndRareDomainsWeighMore) {
  const auto f = build_features(
      {"Conclude the special measures agreement.", "Raise host nation support.",
       "Hold trilateral talks.", "Hold summit talks."},
      {{}, {}, {"kor"}, {}}, {{"burden_sharing"}, {"burden_sharing"}, {"security"}, {"security"}},
      {false, true, false});
  EXPECT_GT(dot(f.text[0], f.text[1]), 0.0);  // only the concept is shared
  FeatureOptions none{false, false, false};
  const auto g =
      build_features({"Conclude the special measures agreement.", "Raise host nation support."},
                     {{}, {}}, {{}, {}}, none);
  EXPECT_DOUBLE_EQ(dot(g.text[0], g.text[1]), 0.0);
  EXPECT_DOUBLE_EQ(weighted_jaccard(f.domains[0], f.domains[1]), 1.0);
  EXPECT_DOUBLE_EQ(weighted_jaccard(f.domains[0], f.domains[2]), 0.0);
  ClusterParams p;
  p.alpha = 0.5;
  p.domains = 0.25;
  // text cosine of 2 and 3: "hold" and "talk" shared; no entity shared; same domain.
  EXPECT_NEAR(feature_similarity(f, 2, 3, p), 0.5 * dot(f.text[2], f.text[3]) + 0.25, 1e-12);
}

TEST(Features, SummaryIsAddedToModelSentencesOnly) {
  AgendaInput in;
  in.text = "Sentence.";
  in.summary = "Our words.";
  EXPECT_EQ(feature_text(in, {}), "Sentence.\nOur words.");
  EXPECT_EQ(feature_text(in, {false, true, false}), "Sentence.");
  in.text_is_summary = true;
  in.text = in.summary;
  EXPECT_EQ(feature_text(in, {}), "Our words.");
}

}  // namespace
}  // namespace lattice::agenda
