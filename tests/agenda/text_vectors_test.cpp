// Tests of the agenda's text vectors: content words and stems, TF-IDF weights and norms, entity
// sets and Jaccard.
#include "agenda/text_vectors.h"

#include <gtest/gtest.h>

#include <cmath>

#include "model/loader.h"

namespace lattice::agenda {
namespace {

TEST(ContentWords, LowerCasesStemsAndDropsStopWordsAndNumbers) {
  Stemmer s;
  const auto toks =
      content_words("The allies should conclude 2 Host-Nation Support agreements.", s);
  std::vector<std::string> stems;
  for (const auto& t : toks) stems.push_back(t.stem);
  EXPECT_EQ(stems, (std::vector<std::string>{"conclud", "host", "nation", "support", "agreement"}));
  EXPECT_EQ(toks[1].surface, "Host");
}

TEST(ContentWords, CurlyQuotesAndDashesSplitWords) {
  Stemmer s;
  const auto toks = content_words("Korea\xE2\x80\x99s trilateral\xE2\x80\x94talks 5G", s);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[0].stem, "korea");
  EXPECT_EQ(toks[2].stem, "talk");
  EXPECT_EQ(toks[3].stem, "5g");
}

TEST(TermSpace, VectorsAreUnitLengthAndRareTermsWeighMore) {
  const auto space =
      build_term_space({"join the trade pact", "join the security pact", "security talks", ""});
  for (size_t d = 0; d < 3; ++d) {
    double norm = 0;
    for (const auto& [t, w] : space.vectors[d]) norm += w * w;
    EXPECT_NEAR(norm, 1.0, 1e-9);
  }
  EXPECT_TRUE(space.vectors[3].empty());
  EXPECT_NEAR(dot(space.vectors[0], space.vectors[0]), 1.0, 1e-9);
  EXPECT_GT(dot(space.vectors[0], space.vectors[1]), 0.0);
  EXPECT_EQ(dot(space.vectors[0], space.vectors[2]), 0.0);
}

TEST(Entities, GenericAlliancePairIsLeftOutAndJaccardIsExact) {
  auto m = model::load_model_folder("").model;
  ASSERT_TRUE(m);
  extract::MentionFinder finder(*m);
  const auto e =
      entity_set("Washington and Tokyo ought to talk with South Korea.", {"usa", "jpn"}, finder);
  EXPECT_EQ(e, (std::vector<std::string>{"kor"}));
  EXPECT_DOUBLE_EQ(jaccard({"a", "b"}, {"b", "c"}), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(jaccard({}, {}), 0.0);
}

}  // namespace
}  // namespace lattice::agenda
