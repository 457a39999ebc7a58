// Views of `lattice bargain FILE --method smp`: the spatial model's forecast per dimension, the
// positions after every turn and what explains each turn (risk attitudes, challenges, bargains
// taken), as text or as JSON (keys in docs/cli.md). Used by bargain_views.cpp.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "bargain/scenario.h"
#include "bargain/smp.h"

namespace lattice::views {

// The JSON document of an SMP run (without the scenario, which the caller adds).
nlohmann::json smp_json(const bargain::Scenario& s, const bargain::SmpResult& r);
// The text report of an SMP run.
std::string smp_text(const bargain::Scenario& s, const bargain::SmpResult& r);

}  // namespace lattice::views
