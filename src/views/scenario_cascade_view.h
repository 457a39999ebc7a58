// Views of the cascades and simulations of `lattice scenario --cascade / --simulate N`: text and
// JSON (keys in docs/cli.md and docs/scenarios.md). Used by scenario_views.cpp.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/model.h"
#include "scenario/cascade.h"
#include "scenario/simulate.h"

namespace lattice::views {

// {"rounds": [...], "sides": {"attacker": [...], "defender": [...]}, "stop": "..."}
nlohmann::json cascade_json(const model::Model& m, const scenario::CascadeResult& c);
// The rounds, who joins which side and why, the final sides and why the cascade stopped.
std::string cascade_text(const model::Model& m, const scenario::CascadeResult& c,
                         const scenario::CascadeOptions& o);

// {"runs", "seed", "conditional_factor", "coalition_sizes", "actors", "paths", ...}; it does not
// depend on the thread count.
nlohmann::json simulation_json(const model::Model& m, const scenario::SimulationResult& r,
                               const scenario::SimulationOptions& o);
// Coalition sizes, involvement per actor and the most frequent escalation paths.
std::string simulation_text(const model::Model& m, const scenario::SimulationResult& r,
                            const scenario::SimulationOptions& o);

}  // namespace lattice::views
