// The views of the report query: the whole self-contained HTML page (views::html_report with the
// sections the report's queries feed: agenda, latticework, indicators, claim checks, scenarios,
// bargaining), written by the front end as an export to the request's `out`; a text line and a
// JSON object saying what was written. Formats only.
#pragma once

#include <string>

#include "query/define.h"
#include "query/report_query.h"

namespace lattice::views {

// The page.
std::string report_page(const query::ReportResult& r);

query::Views<query::ReportResult> report_views();

}  // namespace lattice::views
