// Views of the document queries (text, extract, score): the JSON of `--json` and `--jsonl` (keys
// in docs/cli.md) and the human text. They format results and never compute.
#pragma once

#include "query/define.h"
#include "query/document_queries.h"

namespace lattice::views {

query::Views<query::TextResult> text_views();
query::Views<query::ExtractResult> extract_views();
query::Views<query::ScoreResult> score_views();

}  // namespace lattice::views
