// Views of the corpus queries (ingest, search): the JSON of `--json` (keys in docs/cli.md) and
// the human text. They format results and never compute.
#pragma once

#include "query/corpus_queries.h"
#include "query/define.h"

namespace lattice::views {

query::Views<query::IngestResult> ingest_views();
query::Views<query::SearchResult> search_views();

}  // namespace lattice::views
