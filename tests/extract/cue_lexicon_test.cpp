// The cue lexicon's word lists, including those the prescription classifier kept inline before:
// each lookup takes a lower-case word and knows its own list only.
#include "extract/cue_lexicon.h"

#include <gtest/gtest.h>

namespace lattice::extract::cues {
namespace {

TEST(CueLexicon, ListsOfThePrescriptionClassifier) {
  EXPECT_TRUE(is_modal_adverb("also"));
  EXPECT_TRUE(is_modal_adverb("longer"));
  EXPECT_FALSE(is_modal_adverb("be"));
  EXPECT_TRUE(is_irregular_participle("undertaken"));
  EXPECT_FALSE(is_irregular_participle("expanded"));  // regular: the classifier checks "-ed"
  EXPECT_TRUE(is_copula("'s"));
  EXPECT_TRUE(is_copula("remains"));
  EXPECT_FALSE(is_copula("was"));
  EXPECT_TRUE(is_strong_adjective("indispensable"));
  EXPECT_FALSE(is_strong_adjective("important"));  // evaluative only: a borderline cue
  EXPECT_TRUE(is_prescriptive_noun("mission"));
  EXPECT_FALSE(is_prescriptive_noun("threat"));
  EXPECT_TRUE(is_insisting_verb("insisted"));
  EXPECT_FALSE(is_insisting_verb("said"));
  EXPECT_TRUE(is_saying_verb("said"));
  EXPECT_FALSE(is_saying_verb("insisted"));
  EXPECT_TRUE(is_emphasis_verb("underscoring"));
  EXPECT_FALSE(is_emphasis_verb("emphasis"));
  EXPECT_TRUE(is_epistemic_complement("self-evident"));
  EXPECT_FALSE(is_epistemic_complement("strengthened"));
}

TEST(CueLexicon, LookupsAreExactAndLowerCase) {
  EXPECT_FALSE(is_copula(""));
  EXPECT_FALSE(is_copula("Is"));
  EXPECT_FALSE(is_strong_adjective("critically"));
  EXPECT_TRUE(is_trigger("should"));
}

}  // namespace
}  // namespace lattice::extract::cues
