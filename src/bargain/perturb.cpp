// Random perturbation of a scenario's capabilities, positions and saliences.
#include "bargain/perturb.h"

#include <algorithm>
#include <cmath>

namespace lattice::bargain {

std::vector<std::pair<double, double>> position_ranges(const Scenario& s) {
  std::vector<std::pair<double, double>> ranges(s.dimensions.size(), {0.0, 0.0});
  for (size_t d = 0; d < s.dimensions.size(); ++d) {
    for (size_t a = 0; a < s.actors.size(); ++a) {
      const double x = s.actors[a].positions[d];
      if (a == 0) {
        ranges[d] = {x, x};
      } else {
        ranges[d].first = std::min(ranges[d].first, x);
        ranges[d].second = std::max(ranges[d].second, x);
      }
    }
  }
  return ranges;
}

Scenario perturb_scenario(const Scenario& s, const std::vector<std::pair<double, double>>& ranges,
                          double p, core::Random& rng) {
  Scenario out = s;
  if (p <= 0) return out;
  for (Actor& a : out.actors) {
    a.capability *= std::exp(p * rng.normal());
    for (size_t d = 0; d < a.positions.size(); ++d) {
      const auto [lo, hi] = ranges[d];
      a.positions[d] = std::clamp(a.positions[d] + p * (hi - lo) * rng.normal(), lo, hi);
      a.saliences[d] = std::clamp(a.saliences[d] + p * rng.normal(), 0.0, 1.0);
    }
  }
  return out;
}

}  // namespace lattice::bargain
