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

// By hand, with the formulas of docs/agenda.md: w(t, d) = (1 + ln tf) * idf(t), idf(t) =
// ln((1 + N) / (1 + df(t))), then each vector divided by its L2 norm. "the" is a stop word, so
// the stems are join, trade, pact (text 0), secur (text 1), talk (text 2), ids in that order.
// N = 4 (the empty text counts); df: join 2, trade 1, pact 2, secur 2, talk 1; every tf is 1.
//   common: idf = ln(5/3) = 0.510826    rare: idf = ln(5/2) = 0.916291
//   text 0 (join, trade, pact): norm sqrt(2 * 0.510826^2 + 0.916291^2) = 1.166822,
//     join = pact = 0.437792, trade = 0.785287
//   text 1 (join, pact, secur): all common, each 1/sqrt(3) = 0.577350
//   text 2 (secur, talk): norm sqrt(0.510826^2 + 0.916291^2) = 1.049062,
//     secur = 0.486935, talk = 0.873438
//   cos(0, 1) = 2 * 0.437792 * 0.577350 = 0.505519; cos(0, 2) = 0 (no shared stem).
// The rare terms (trade, talk: one text each) outweigh the common ones of the same text.
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

  ASSERT_EQ(space.stems, (std::vector<std::string>{"join", "trade", "pact", "secur", "talk"}));
  const double common = std::log(5.0 / 3.0), rare = std::log(5.0 / 2.0);
  EXPECT_NEAR(common, 0.510826, 1e-6);
  EXPECT_NEAR(rare, 0.916291, 1e-6);
  ASSERT_EQ(space.idf.size(), 5u);
  for (size_t t : {0u, 2u, 3u}) EXPECT_NEAR(space.idf[t], common, 1e-12) << space.stems[t];
  for (size_t t : {1u, 4u}) EXPECT_NEAR(space.idf[t], rare, 1e-12) << space.stems[t];

  const double n0 = std::sqrt(2 * common * common + rare * rare);
  const double n2 = std::sqrt(common * common + rare * rare);
  EXPECT_NEAR(n0, 1.166822, 1e-6);
  EXPECT_NEAR(n2, 1.049062, 1e-6);
  using V = SparseVector;
  auto expect_vector = [](const V& got, const V& want) {
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
      EXPECT_EQ(got[i].first, want[i].first) << i;
      EXPECT_NEAR(got[i].second, want[i].second, 1e-12) << "term " << want[i].first;
    }
  };
  expect_vector(space.vectors[0], V{{0, common / n0}, {1, rare / n0}, {2, common / n0}});
  expect_vector(space.vectors[1],
                V{{0, 1 / std::sqrt(3.0)}, {2, 1 / std::sqrt(3.0)}, {3, 1 / std::sqrt(3.0)}});
  expect_vector(space.vectors[2], V{{3, common / n2}, {4, rare / n2}});
  // The decimals of the derivation above.
  EXPECT_NEAR(space.vectors[0][0].second, 0.437792, 1e-6);
  EXPECT_NEAR(space.vectors[0][1].second, 0.785287, 1e-6);
  EXPECT_NEAR(space.vectors[2][0].second, 0.486935, 1e-6);
  EXPECT_NEAR(space.vectors[2][1].second, 0.873438, 1e-6);
  EXPECT_NEAR(dot(space.vectors[0], space.vectors[1]), 0.505519, 1e-6);
  // Rare terms weigh more than the common ones of the same text.
  EXPECT_GT(space.vectors[0][1].second, space.vectors[0][0].second);  // trade > join
  EXPECT_GT(space.vectors[2][1].second, space.vectors[2][0].second);  // talk > secur
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
