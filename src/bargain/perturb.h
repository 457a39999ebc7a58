// Random perturbation of a bargaining scenario, the input of one Monte Carlo run. With strength
// P >= 0, every actor's inputs are redrawn, in actor order (capability, then per dimension the
// position and the salience):
//   - capability c' = c * exp(N(0, P)) (log-normal; the median multiplier is 1);
//   - position x' = x + N(0, (P * range)^2), clamped to the range, where the range is the
//     smallest to the largest position any actor of the unperturbed scenario holds on that
//     dimension (no noise when all actors agree);
//   - salience s' = s + N(0, P^2), clamped to [0, 1].
// P = 0 returns the scenario unchanged. Pure apart from the generator it is handed.
#pragma once

#include <utility>
#include <vector>

#include "bargain/scenario.h"
#include "core/random.h"

namespace lattice::bargain {

// The smallest and largest position per dimension over all actors ({0, 0} without actors).
std::vector<std::pair<double, double>> position_ranges(const Scenario& s);

// A perturbed copy of s with strength p; `ranges` are position_ranges(s).
Scenario perturb_scenario(const Scenario& s, const std::vector<std::pair<double, double>>& ranges,
                          double p, core::Random& rng);

}  // namespace lattice::bargain
