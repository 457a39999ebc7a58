// Scores of a grouping against a reference grouping of the same items: pairwise precision,
// recall and F1 over a chosen subset of pairs, and B-cubed precision, recall and F1.
// Used to choose and test the agenda's parameters (docs/agenda.md). Pure; safe from any thread.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace lattice::agenda {

struct Scores {
  double precision = 0, recall = 0, f1 = 0;
  size_t true_pairs = 0, predicted_pairs = 0, correct_pairs = 0;  // pairwise only
};

// Pairwise scores: a pair (i < j) is predicted together when predicted[i] == predicted[j] and
// truly together when reference[i] == reference[j]; only pairs with counted(i, j) (null: all)
// are scored. precision = correct / predicted, recall = correct / true (1 when a denominator is
// 0). O(n^2).
Scores pairwise_scores(const std::vector<size_t>& predicted, const std::vector<size_t>& reference,
                       const std::function<bool(size_t, size_t)>& counted = nullptr);

// B-cubed: for each item, precision = |its predicted cluster ∩ its reference cluster| / |its
// predicted cluster|, recall the same over its reference cluster; averaged over items. O(n^2).
Scores bcubed_scores(const std::vector<size_t>& predicted, const std::vector<size_t>& reference);

// Cluster labels (cluster index per item) of a list of clusters over n items.
std::vector<size_t> labels_of(const std::vector<std::vector<size_t>>& clusters, size_t n);

}  // namespace lattice::agenda
