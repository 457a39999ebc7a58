// The forecast functions of the bargaining models, for the Monte Carlo.
#include "bargain/forecaster.h"

#include "bargain/compromise.h"

namespace lattice::bargain {

Forecaster compromise_forecaster() {
  return [](const Scenario& s) {
    std::vector<double> out;
    for (const auto& d : compromise(s).dimensions) out.push_back(d.mean);
    return out;
  };
}

Forecaster bdm_forecaster(const BdmOptions& o) {
  return [o](const Scenario& s) {
    std::vector<double> out;
    for (const auto& d : bdm(s, o).dimensions) out.push_back(d.forecast);
    return out;
  };
}

}  // namespace lattice::bargain
