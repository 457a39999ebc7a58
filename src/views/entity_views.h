// Views of the entity queries: `show` (the dossier as JSON and as indented text) and `resolve`
// (the ranked candidates as JSON and as tab-separated lines, with the verdict when the name fits
// nothing or several entities). They format results and never compute.
#pragma once

#include "query/define.h"
#include "query/entity_queries.h"

namespace lattice::views {

query::Views<query::ShowResult> show_views();
query::Views<query::ResolveResult> resolve_views();

}  // namespace lattice::views
