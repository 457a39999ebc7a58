// Views of the claim-check query: the JSON of `--json` (one object with a claims[] array, keys in
// docs/cli.md), the human text (per document a heading, a table and the arithmetic of each
// checked claim) and the report's claim-check section (HTML, all text escaped). They format
// results and never compute.
#pragma once

#include <string>

#include "query/claim_check_query.h"
#include "query/define.h"

namespace lattice::views {

query::Views<query::CheckResult> check_views();

// The report's section: an <h2 id="claim-checks"> and, per document, a table of its claims, or a
// note when no document file of the model was found.
std::string claim_checks_section(const query::CheckResult& r);

}  // namespace lattice::views
