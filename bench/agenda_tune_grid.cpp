// The parameter search of docs/agenda.md section 4 (was a disabled test): for each feature-option
// mask, beta, alpha, gamma and threshold, the pairwise scores of the agenda grouping on the tuning
// and held-out pairs of tests/fixtures/agenda/grouping.jsonl. The choice: the best tuning F1 among
// settings that keep the three named asks whole and apart (ties: the first in loop order). Also
// prints the best per mask (the ablation). Run with `make tune-agenda`; minutes, not a test.
#include <cstdio>

#include "agenda/grouping_fixture.h"

using namespace lattice::agenda;
using namespace lattice::agenda::grouping_fixture;

int main() {
  const auto& f = fixture();
  struct Best {
    double f1 = -1;
    ClusterParams p;
    int mask = 0;
    Scores held, tune, b3;
  };
  Best overall;
  for (int mask = 0; mask < 8; ++mask) {
    Best best;
    for (int bi = 0; bi <= 3; ++bi) {
      for (int ai = 5; ai <= 10; ++ai) {
        for (int gi = 0; gi <= 4; ++gi) {
          ClusterParams p;
          p.adjacency = bi / 10.0;
          p.alpha = ai / 10.0;
          p.domains = gi / 20.0;
          const auto s = matrix(f, p, mask);
          for (int ti = 2; ti <= 60; ++ti) {
            p.threshold = ti / 100.0;
            const auto labels = labels_of(average_linkage(s, p.threshold), f.inputs.size());
            if (!named_asks_whole_and_apart(f, labels)) continue;
            const auto tune = pairwise_scores(
                labels, f.gold, [&](size_t i, size_t j) { return tuning_pair(f, i, j); });
            if (tune.f1 > best.f1) {
              best.f1 = tune.f1;
              best.p = p;
              best.mask = mask;
              best.tune = tune;
              best.held = pairwise_scores(
                  labels, f.gold, [&](size_t i, size_t j) { return !tuning_pair(f, i, j); });
              best.b3 = bcubed_scores(labels, f.gold);
            }
          }
        }
      }
    }
    std::printf(
        "mask=%d (bigrams %d, concepts %d, summaries %d): beta=%.1f alpha=%.1f gamma=%.2f "
        "t=%.2f tune P=%.3f R=%.3f F1=%.3f held P=%.3f R=%.3f F1=%.3f B3 P=%.3f R=%.3f "
        "F1=%.3f\n",
        mask, mask & 1, (mask >> 1) & 1, (mask >> 2) & 1, best.p.adjacency, best.p.alpha,
        best.p.domains, best.p.threshold, best.tune.precision, best.tune.recall, best.tune.f1,
        best.held.precision, best.held.recall, best.held.f1, best.b3.precision, best.b3.recall,
        best.b3.f1);
    if (best.f1 > overall.f1) overall = best;
  }
  std::printf("best on tuning pairs: mask=%d beta=%.1f alpha=%.1f gamma=%.2f threshold=%.2f\n",
              overall.mask, overall.p.adjacency, overall.p.alpha, overall.p.domains,
              overall.p.threshold);
  return 0;
}
