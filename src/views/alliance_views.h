// Views of the historical alliance queries (alliances, similarity): the JSON of `--json` (keys in
// docs/cli.md), the human text, the CSV of similarity and the GraphML file of a year's network.
// They format results and never compute.
#pragma once

#include "query/alliance_queries.h"
#include "query/define.h"

namespace lattice::views {

query::Views<query::AlliancesResult> alliances_views();
query::Views<query::SimilarityResult> similarity_views();

}  // namespace lattice::views
