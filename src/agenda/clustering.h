// Average-linkage agglomerative clustering of recommendations on a combined similarity:
// s(i, j) = alpha * cosine(text_i, text_j) + (1 - alpha) * wjaccard(entities_i, entities_j)
//           + gamma * wjaccard(domains_i, domains_j)
//           + beta * [i and j are consecutive recommendations of one document, < kAdjacentGap
//           apart]
// (features.h: text with lexicon concepts and model summaries, idf-weighted entities and domains;
// the adjacency term: a recommendation often continues the ask of the sentence before it).
// Clusters merge while the best average similarity between two clusters is at least the
// threshold. Deterministic: ties go to the pair whose lower member index is smallest (input
// order). Memory: a dense n x n float matrix (4 n^2 bytes: 36 MB for 3,000 recommendations,
// 400 MB for 10,000, the practical limit). Time: O(n^2) to fill; each merge updates one row
// and rescans the rows whose best partner was merged, so typically O(n^2) overall and O(n^3)
// in the worst case. Pure; safe from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "agenda/features.h"
#include "agenda/text_vectors.h"

namespace lattice::agenda {

// The parameters chosen on held-out pairs (docs/agenda.md, tests/agenda/grouping_test.cpp).
inline constexpr double kDefaultAlpha = 0.9;
inline constexpr double kDefaultThreshold = 0.17;
inline constexpr double kDefaultAdjacency = 0.1;
inline constexpr double kDefaultDomains = 0.0;
// Byte gap between two recommendations of a document below which they count as adjacent.
inline constexpr size_t kAdjacentGap = 200;

struct ClusterParams {
  double alpha = kDefaultAlpha;          // weight of the text cosine (the rest: entities)
  double threshold = kDefaultThreshold;  // least average similarity for a merge
  double adjacency = kDefaultAdjacency;  // beta: bonus of adjacent recommendations
  double domains = kDefaultDomains;      // gamma: weight of the domains' weighted Jaccard
};

// A dense symmetric matrix of similarities, diagonal unused.
class SimilarityMatrix {
 public:
  explicit SimilarityMatrix(size_t n) : n_(n), v_(n * n, 0.0f) {}
  size_t size() const { return n_; }
  float at(size_t i, size_t j) const { return v_[i * n_ + j]; }
  void set(size_t i, size_t j, float s) {
    v_[i * n_ + j] = s;
    v_[j * n_ + i] = s;
  }

 private:
  size_t n_;
  std::vector<float> v_;
};

// The similarity of recommendations i and j of a feature space (features.h), adjacency aside:
// alpha * cos(text) + (1 - alpha) * wjaccard(entities) + gamma * wjaccard(domains).
double feature_similarity(const FeatureSpace& f, size_t i, size_t j, const ClusterParams& p);

// The matrix of feature similarities, plus p.adjacency for adjacent_to_next pairs (as below).
SimilarityMatrix similarity_matrix(const FeatureSpace& f, const ClusterParams& p,
                                   const std::vector<bool>& adjacent_to_next = {});

// The combined similarity of a and b (plain cosine and entity Jaccard, no domains).
double combined_similarity(const SparseVector& va, const SparseVector& vb,
                           const std::vector<std::string>& ea, const std::vector<std::string>& eb,
                           double alpha);

// The matrix of combined similarities of n items (vectors and entities of equal length);
// adjacent_to_next[i] (may be empty: none) says item i and item i + 1 are adjacent, and adds
// beta to their similarity. O(n^2 (|v| + |e|)).
SimilarityMatrix similarity_matrix(const std::vector<SparseVector>& vectors,
                                   const std::vector<std::vector<std::string>>& entities,
                                   double alpha, const std::vector<bool>& adjacent_to_next = {},
                                   double beta = 0);

// The clusters: each a sorted list of item indices; clusters ordered by their first member.
std::vector<std::vector<size_t>> average_linkage(const SimilarityMatrix& s, double threshold);

}  // namespace lattice::agenda
