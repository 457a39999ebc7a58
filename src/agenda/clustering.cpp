// Average-linkage agglomerative clustering with cached best partners (Lance-Williams update).
#include "agenda/clustering.h"

#include <algorithm>
#include <limits>

namespace lattice::agenda {

double combined_similarity(const SparseVector& va, const SparseVector& vb,
                           const std::vector<std::string>& ea, const std::vector<std::string>& eb,
                           double alpha) {
  return alpha * dot(va, vb) + (1.0 - alpha) * jaccard(ea, eb);
}

double feature_similarity(const FeatureSpace& f, size_t i, size_t j, const ClusterParams& p) {
  return p.alpha * dot(f.text[i], f.text[j]) +
         (1.0 - p.alpha) * weighted_jaccard(f.entities[i], f.entities[j]) +
         p.domains * weighted_jaccard(f.domains[i], f.domains[j]);
}

SimilarityMatrix similarity_matrix(const FeatureSpace& f, const ClusterParams& p,
                                   const std::vector<bool>& adjacent_to_next) {
  const size_t n = f.text.size();
  SimilarityMatrix s(n);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      double v = feature_similarity(f, i, j, p);
      if (j == i + 1 && i < adjacent_to_next.size() && adjacent_to_next[i]) v += p.adjacency;
      s.set(i, j, static_cast<float>(v));
    }
  }
  return s;
}

SimilarityMatrix similarity_matrix(const std::vector<SparseVector>& vectors,
                                   const std::vector<std::vector<std::string>>& entities,
                                   double alpha, const std::vector<bool>& adjacent_to_next,
                                   double beta) {
  const size_t n = vectors.size();
  SimilarityMatrix s(n);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      double v = combined_similarity(vectors[i], vectors[j], entities[i], entities[j], alpha);
      if (j == i + 1 && i < adjacent_to_next.size() && adjacent_to_next[i]) v += beta;
      s.set(i, j, static_cast<float>(v));
    }
  }
  return s;
}

std::vector<std::vector<size_t>> average_linkage(const SimilarityMatrix& input, double threshold) {
  const size_t n = input.size();
  SimilarityMatrix s = input;  // becomes the average similarity between clusters
  std::vector<std::vector<size_t>> members(n);
  for (size_t i = 0; i < n; ++i) members[i] = {i};
  std::vector<bool> active(n, true);
  constexpr size_t kNone = std::numeric_limits<size_t>::max();
  std::vector<size_t> best(n, kNone);
  std::vector<float> best_value(n, -std::numeric_limits<float>::infinity());
  // Best partner of cluster i: highest average, ties to the lowest index.
  auto rescan = [&](size_t i) {
    best[i] = kNone;
    best_value[i] = -std::numeric_limits<float>::infinity();
    for (size_t j = 0; j < n; ++j) {
      if (j == i || !active[j]) continue;
      if (s.at(i, j) > best_value[i]) {
        best_value[i] = s.at(i, j);
        best[i] = j;
      }
    }
  };
  for (size_t i = 0; i < n; ++i) rescan(i);
  const float limit = static_cast<float>(threshold);
  for (;;) {
    size_t a = kNone;
    for (size_t i = 0; i < n; ++i)
      if (active[i] && best[i] != kNone && (a == kNone || best_value[i] > best_value[a])) a = i;
    if (a == kNone || best_value[a] < limit) break;
    size_t b = best[a];
    if (b < a) std::swap(a, b);  // keep the lower index as the merged cluster's name
    const double na = static_cast<double>(members[a].size());
    const double nb = static_cast<double>(members[b].size());
    active[b] = false;
    for (size_t k = 0; k < n; ++k) {
      if (!active[k] || k == a) continue;
      s.set(a, k, static_cast<float>((na * s.at(a, k) + nb * s.at(b, k)) / (na + nb)));
    }
    members[a].insert(members[a].end(), members[b].begin(), members[b].end());
    members[b].clear();
    rescan(a);
    for (size_t k = 0; k < n; ++k) {
      if (!active[k] || k == a) continue;
      if (best[k] == a || best[k] == b) {
        rescan(k);
      } else if (s.at(k, a) > best_value[k] || (s.at(k, a) == best_value[k] && a < best[k])) {
        best_value[k] = s.at(k, a);
        best[k] = a;
      }
    }
  }
  std::vector<std::vector<size_t>> out;
  for (size_t i = 0; i < n; ++i) {
    if (!active[i]) continue;
    std::sort(members[i].begin(), members[i].end());
    out.push_back(std::move(members[i]));
  }
  std::sort(out.begin(), out.end(),
            [](const auto& x, const auto& y) { return x.front() < y.front(); });
  return out;
}

}  // namespace lattice::agenda
