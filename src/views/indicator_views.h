// Views of the indicator queries (series, bloc, burden): the JSON of `--json` (keys in
// docs/cli.md), the human text and, for series, the CSV. They format results and never compute.
#pragma once

#include "query/define.h"
#include "query/indicator_queries.h"

namespace lattice::views {

query::Views<query::SeriesResult> series_views();
query::Views<query::BlocResult> bloc_views();
query::Views<query::BurdenResult> burden_views();

}  // namespace lattice::views
