// The compromise model: capability-times-salience weighted mean and median per dimension.
#include "bargain/compromise.h"

#include <algorithm>
#include <numeric>

namespace lattice::bargain {

double weighted_mean(const std::vector<double>& xs, const std::vector<double>& ws) {
  double num = 0, den = 0;
  for (size_t i = 0; i < xs.size(); ++i) {
    num += ws[i] * xs[i];
    den += ws[i];
  }
  return den > 0 ? num / den : 0;
}

double weighted_median(const std::vector<double>& xs, const std::vector<double>& ws) {
  if (xs.empty()) return 0;
  std::vector<size_t> idx(xs.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return xs[a] < xs[b]; });
  const double total = std::accumulate(ws.begin(), ws.end(), 0.0);
  double cum = 0;
  for (size_t i : idx) {
    cum += ws[i];
    if (cum >= total / 2) return xs[i];
  }
  return xs[idx.back()];
}

CompromiseResult compromise(const Scenario& s) {
  CompromiseResult r;
  for (size_t d = 0; d < s.dimensions.size(); ++d) {
    std::vector<double> xs, ws;
    for (const auto& a : s.actors) {
      xs.push_back(a.positions[d]);
      ws.push_back(a.capability * a.saliences[d]);
    }
    CompromiseDimension cd;
    cd.mean = weighted_mean(xs, ws);
    cd.median = weighted_median(xs, ws);
    cd.total_weight = std::accumulate(ws.begin(), ws.end(), 0.0);
    r.dimensions.push_back(cd);
  }
  return r;
}

}  // namespace lattice::bargain
