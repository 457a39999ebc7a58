// Inclusivity of a framework toward a region on a date: the share of the region's states it
// includes, who is left out, and the inequality (Gini) of the region's states' framework counts.
// Plain values; safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "model/model.h"

namespace lattice::latticework {

struct StateCount {
  std::string actor;
  size_t frameworks = 0;  // frameworks in force on the date the state is a member of
};

struct InclusivityResult {
  core::Day day;
  std::string framework, region;
  std::vector<std::string> states;    // the region's states existing on the date, sorted by id
  std::vector<std::string> included;  // members of the framework among them
  std::vector<std::string> left_out;  // the others
  double share = 0;                   // included / states (0 when no states)
  std::vector<StateCount> counts;     // per state, in states' order
  double gini = 0;                    // Gini coefficient of counts (population formula)
  double mean_count = 0;
};

// The region's states are its members that are states (actor kind "state") in existence on day.
// Membership counts as in networks.h. Returns an empty result when framework or region is unknown.
// O(frameworks + memberships).
InclusivityResult inclusivity(const model::Model& m, core::Day day, const std::string& framework,
                              const std::string& region);

// Gini coefficient of non-negative values: sum_i sum_j |x_i - x_j| / (2 n^2 mean); 0 when the
// values are empty or all zero. O(n log n).
double gini(std::vector<double> values);

}  // namespace lattice::latticework
