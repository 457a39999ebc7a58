// Views of the agenda query: the JSON of `--json` (keys in docs/cli.md and docs/agenda.md), the
// human text (items, then agreement and divergence; or the diff of a new document) and the
// report's HTML section (agenda_html.h). They format results and never compute.
#pragma once

#include "query/agenda_query.h"
#include "query/define.h"

namespace lattice::views {

query::Views<query::AgendaResult> agenda_views();

}  // namespace lattice::views
