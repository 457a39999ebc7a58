// Views of the Monte Carlo of `lattice bargain FILE --simulate N`: the summary per dimension as
// text or as JSON (keys in docs/cli.md). Used by bargain_views.cpp.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "bargain/scenario.h"
#include "bargain/simulate.h"

namespace lattice::views {

// The JSON document of a simulation of `model` on s. It does not depend on the thread count.
nlohmann::json bargain_simulation_json(const bargain::Scenario& s, const std::string& model,
                                       const bargain::SimulationResult& r);
// The text report: a summary table and a histogram per dimension.
std::string bargain_simulation_text(const bargain::Scenario& s, const std::string& model,
                                    const bargain::SimulationResult& r);

}  // namespace lattice::views
