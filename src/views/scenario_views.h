// Views of commitment scenarios (`lattice scenario`): the JSON of `--json` (keys in docs/cli.md
// and docs/scenarios.md: one object for one event, an array of files for scenario files) and the
// text report (the findings by verdict, then the cascade and the simulation when asked). They
// format results and never compute.
#pragma once

#include "query/define.h"
#include "query/scenario_query.h"

namespace lattice::views {

query::Views<query::ScenarioResult> scenario_views();

}  // namespace lattice::views
