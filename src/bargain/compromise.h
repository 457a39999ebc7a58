// The compromise model: per dimension, the capability-times-salience weighted mean (the Nash
// bargaining solution of the exchange-model literature) and the weighted median. Pure.
#pragma once

#include <vector>

#include "bargain/scenario.h"

namespace lattice::bargain {

struct CompromiseDimension {
  double mean = 0;    // sum(c s x) / sum(c s)
  double median = 0;  // smallest actor position at which the cumulative weight reaches half
  double total_weight = 0;
};

struct CompromiseResult {
  std::vector<CompromiseDimension> dimensions;
};

// Weighted mean of xs with weights ws (0 when all weights are 0).
double weighted_mean(const std::vector<double>& xs, const std::vector<double>& ws);
// Weighted median: the smallest x whose cumulative weight (in sorted order) is at least half of
// the total (the lower median on ties).
double weighted_median(const std::vector<double>& xs, const std::vector<double>& ws);
CompromiseResult compromise(const Scenario& s);

}  // namespace lattice::bargain
