// Views of the catalog itself, so that front ends and users can read what every query takes:
// the JSON description of a query (`lattice queries --json`, later GET /api/v1/queries and
// lattice.catalog() in Python) and a text listing. They format; they never run a query.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "query/query.h"

namespace lattice::views {

// {name, summary, formats, params: [{name, help, type, required, positional, repeated, default,
// min, max, choices, entity_kind}], examples}; keys documented in docs/cli.md (lattice queries).
nlohmann::json query_json(const query::Query& q);
// One block per query: its name and summary, then one line per parameter.
std::string queries_text(const std::vector<query::Query>& queries);

}  // namespace lattice::views
