// Views of the bargaining forecast (`lattice bargain FILE`): the JSON of `--json` (keys in
// docs/cli.md) and the text report, for each method (compromise, bdm, smp) and for the Monte
// Carlo. They format results and never compute.
#pragma once

#include <nlohmann/json.hpp>

#include "query/bargain_query.h"
#include "query/define.h"

namespace lattice::views {

query::Views<query::BargainResult> bargain_views();

// The scenario as the JSON of every method echoes it (`scenario` key).
nlohmann::json bargain_scenario_json(const bargain::Scenario& s);

}  // namespace lattice::views
