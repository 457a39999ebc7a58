// The catalog: the one list of every query Lattice offers. Front ends (the CLI, the HTTP server,
// the Python package) are generated from it, so each query is declared once, with the same
// parameter names, defaults, checks and views everywhere. Built on first use; immutable and
// safe to share between threads afterwards.
#pragma once

#include <string_view>
#include <vector>

#include "query/query.h"

namespace lattice::catalog {

// Every query, in the order front ends list them.
const std::vector<query::Query>& queries();
// The query called name, or null.
const query::Query* find(std::string_view name);

}  // namespace lattice::catalog
