// Views of the validate query: JSON (validity, counts of errors and warnings, each diagnostic
// with its place, the model's entity counts) and one summary line of text, with the diagnostics
// as the verdict's note (stderr on the CLI). They format results and never compute.
#pragma once

#include "query/define.h"
#include "query/validate_query.h"

namespace lattice::views {

query::Views<query::ValidateResult> validate_views();

}  // namespace lattice::views
