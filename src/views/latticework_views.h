// Views of the latticework queries (network, overlap, coverage, centrality, inclusivity): the
// JSON of `--json` (keys in docs/cli.md), the human text tables, the HTML fragments of the report
// and the network's exports (GraphML, a folder of CSV tables). They format results and never
// compute.
#pragma once

#include "query/define.h"
#include "query/latticework_queries.h"

namespace lattice::views {

query::Views<query::NetworkResult> network_views();
query::Views<query::OverlapResult> overlap_views();
query::Views<query::CoverageResult> coverage_views();
query::Views<query::CentralityResult> centrality_views();
query::Views<query::InclusivityResult> inclusivity_views();

}  // namespace lattice::views
