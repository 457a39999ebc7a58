// Pairwise and B-cubed scores of a grouping against a reference grouping.
#include "agenda/grouping_score.h"

namespace lattice::agenda {
namespace {

double ratio(size_t a, size_t b) {
  return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b);
}
double harmonic(double p, double r) {
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

}  // namespace

Scores pairwise_scores(const std::vector<size_t>& predicted, const std::vector<size_t>& reference,
                       const std::function<bool(size_t, size_t)>& counted) {
  Scores s;
  const size_t n = predicted.size();
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      if (counted && !counted(i, j)) continue;
      const bool p = predicted[i] == predicted[j];
      const bool t = reference[i] == reference[j];
      s.predicted_pairs += p;
      s.true_pairs += t;
      s.correct_pairs += p && t;
    }
  }
  s.precision = ratio(s.correct_pairs, s.predicted_pairs);
  s.recall = ratio(s.correct_pairs, s.true_pairs);
  s.f1 = harmonic(s.precision, s.recall);
  return s;
}

Scores bcubed_scores(const std::vector<size_t>& predicted, const std::vector<size_t>& reference) {
  Scores s;
  const size_t n = predicted.size();
  if (n == 0) return s;
  double p = 0, r = 0;
  for (size_t i = 0; i < n; ++i) {
    size_t both = 0, in_pred = 0, in_ref = 0;
    for (size_t j = 0; j < n; ++j) {
      const bool a = predicted[i] == predicted[j];
      const bool b = reference[i] == reference[j];
      in_pred += a;
      in_ref += b;
      both += a && b;
    }
    p += ratio(both, in_pred);
    r += ratio(both, in_ref);
  }
  s.precision = p / static_cast<double>(n);
  s.recall = r / static_cast<double>(n);
  s.f1 = harmonic(s.precision, s.recall);
  return s;
}

std::vector<size_t> labels_of(const std::vector<std::vector<size_t>>& clusters, size_t n) {
  std::vector<size_t> out(n, 0);
  for (size_t c = 0; c < clusters.size(); ++c)
    for (size_t i : clusters[c])
      if (i < n) out[i] = c;
  return out;
}

}  // namespace lattice::agenda
