// The agenda section of the HTML report: each item with its label, status, a timeline bar from
// its first to its last year (inline SVG), its organisations and recommendations; then the
// document-by-document agreement table. Self-contained HTML, all text escaped. A view: it
// formats the result of the agenda query (query/agenda_query.h) and computes nothing.
#pragma once

#include <string>

#include "query/agenda_query.h"

namespace lattice::views {

// The section (an <h2 id="agenda"> and what follows), with a note under the heading saying where
// the recommendations came from. Items of fewer than collapse_below recommendations are listed
// in one line each at the end.
std::string agenda_html(const query::AgendaResult& r, size_t collapse_below = 2);

}  // namespace lattice::views
