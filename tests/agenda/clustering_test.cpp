// Tests of average-linkage clustering: threshold behaviour, average (not single) linkage,
// determinism and tie-breaking by input order, and the adjacency term.
#include "agenda/clustering.h"

#include <gtest/gtest.h>

namespace lattice::agenda {
namespace {

SimilarityMatrix matrix(const std::vector<std::vector<float>>& rows) {
  SimilarityMatrix s(rows.size());
  for (size_t i = 0; i < rows.size(); ++i)
    for (size_t j = i + 1; j < rows.size(); ++j) s.set(i, j, rows[i][j]);
  return s;
}

using Clusters = std::vector<std::vector<size_t>>;

TEST(AverageLinkage, MergesWhileTheAverageReachesTheThreshold) {
  const auto s = matrix({{0, .9f, .1f, 0}, {0, 0, .2f, 0}, {0, 0, 0, .5f}, {0, 0, 0, 0}});
  EXPECT_EQ(average_linkage(s, 0.95), (Clusters{{0}, {1}, {2}, {3}}));
  EXPECT_EQ(average_linkage(s, 0.5), (Clusters{{0, 1}, {2, 3}}));
  // {0,1} to {2,3}: average of .1, 0, .2, 0 = .075.
  EXPECT_EQ(average_linkage(s, 0.08), (Clusters{{0, 1}, {2, 3}}));
  EXPECT_EQ(average_linkage(s, 0.07), (Clusters{{0, 1, 2, 3}}));
}

TEST(AverageLinkage, UsesTheAverageNotTheBestLink) {
  // 2 is close to 0 but far from 1: average (.6 + 0) / 2 = .3 < .4.
  const auto s = matrix({{0, .8f, .6f}, {0, 0, 0}, {0, 0, 0}});
  EXPECT_EQ(average_linkage(s, 0.4), (Clusters{{0, 1}, {2}}));
}

TEST(AverageLinkage, TiesGoToInputOrderAndRunsAreIdentical) {
  // Every pair equally similar: 0 and 1 merge first, then the rest join in order.
  const auto s = matrix({{0, .5f, .5f}, {0, 0, .5f}, {0, 0, 0}});
  EXPECT_EQ(average_linkage(s, 0.5), (Clusters{{0, 1, 2}}));
  const auto t = matrix({{0, .5f, .5f, 0}, {0, 0, 0, .5f}, {0, 0, 0, .5f}, {0, 0, 0, 0}});
  const auto first = average_linkage(t, 0.3);
  for (int k = 0; k < 5; ++k) EXPECT_EQ(average_linkage(t, 0.3), first);
  EXPECT_EQ(average_linkage(t, 0.5), (Clusters{{0, 1}, {2, 3}}));
}

TEST(SimilarityMatrix, CombinesCosineEntitiesAndAdjacency) {
  const std::vector<SparseVector> v = {{{0, 1.0}}, {{0, 1.0}}, {{1, 1.0}}};
  const std::vector<std::vector<std::string>> e = {{"kor"}, {}, {"kor"}};
  const auto s = similarity_matrix(v, e, 0.75, {false, true, false}, 0.2);
  EXPECT_FLOAT_EQ(s.at(0, 1), 0.75f);
  EXPECT_FLOAT_EQ(s.at(0, 2), 0.25f);
  EXPECT_FLOAT_EQ(s.at(1, 2), 0.2f);
}

TEST(AverageLinkage, EmptyAndSingleInputs) {
  EXPECT_TRUE(average_linkage(SimilarityMatrix(0), 0.1).empty());
  EXPECT_EQ(average_linkage(SimilarityMatrix(1), 0.1), (Clusters{{0}}));
}

}  // namespace
}  // namespace lattice::agenda
