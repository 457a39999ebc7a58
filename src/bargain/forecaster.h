// A model as the Monte Carlo sees it: a function from a scenario to one forecast per dimension
// (on the input scale). Every bargaining model provides one here, so that any model can be
// simulated through the same code. The functions returned are pure and safe to call from several
// threads at once.
#pragma once

#include <functional>
#include <vector>

#include "bargain/bdm.h"
#include "bargain/scenario.h"

namespace lattice::bargain {

using Forecaster = std::function<std::vector<double>(const Scenario&)>;

// The compromise model's forecast: the capability x salience weighted mean per dimension.
Forecaster compromise_forecaster();
// The BDM model's forecast with options o: the Condorcet median of the final positions.
Forecaster bdm_forecaster(const BdmOptions& o);

}  // namespace lattice::bargain
